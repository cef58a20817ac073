import pytest

from assistant.pipeline.inputs import clean_input, escape_user_text

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("raw", ["", "   ", "\n\t ", "\x00\x00", None])
def test_empty(raw):
    assert clean_input(raw, 2000).problem == "empty"


def test_too_long_is_refused_not_cut():
    c = clean_input("a" * 10_000, 2000)
    assert c.problem == "too_long" and c.original_length == 10_000 and c.text == ""


def test_limit_is_inclusive():
    assert clean_input("a" * 2000, 2000).problem is None


def test_controls_stripped_newline_tab_kept():
    c = clean_input("Hej\x00 med\x07 dig\x1b[31m\nlinje\tto\u202e", 2000)
    assert c.text == "Hej med dig[31m\nlinje\tto"


def test_escape_user_text():
    assert escape_user_text("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"
