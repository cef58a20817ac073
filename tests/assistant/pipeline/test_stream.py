import pytest

from assistant.models import Reply

pytestmark = pytest.mark.unit


def test_stream_yields_increments_then_reply(assistant):
    s = assistant.new_session()
    items = list(assistant.ask_stream(s, "Hvor længe gælder et udlæg i Sverige?"))
    *pieces, final = items
    assert isinstance(final, Reply) and all(isinstance(p, str) for p in pieces) and len(pieces) > 1
    assert "".join(pieces) == final.text
    assert s.countries == ["SE"]  # streaming updates the session like ask()


def test_stream_on_bad_input(assistant):
    items = list(assistant.ask_stream(assistant.new_session(), ""))
    assert isinstance(items[-1], Reply) and items[-1].clarification
