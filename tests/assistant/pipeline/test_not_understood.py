"""Gibberish gets "I did not understand" (abstained, not a question back); real short turns never do."""

import pytest

from assistant.pipeline import prompts as P
from assistant.pipeline.understanding import respell, understand
from tests.assistant.pipeline.probes_abstention import GENUINE, GIBBERISH

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text", GIBBERISH)
def test_gibberish_is_not_understood(assistant, text):
    r = assistant.ask(assistant.new_session(), text)
    assert r.abstained and not r.clarification and not r.citations
    assert r.debug["stage"] == "not_understood"
    assert r.text == P.text("not_understood", r.language)


def test_not_understood_in_the_users_language(assistant):
    # the real words decide ("Hvad" → Danish; "utlegg" → Norwegian); none at all → Danish
    assert assistant.ask(assistant.new_session(), "Hvad xkjq plorf zzkt?").language == "da"
    assert assistant.ask(assistant.new_session(), "vbnm tyui ghjk utlegg").language == "nb"
    assert assistant.ask(assistant.new_session(), "qwpeoi zxcmnb").language == "da"


def test_gibberish_mid_conversation_keeps_focus_and_language(assistant):
    s = assistant.new_session()
    first = assistant.ask(s, "How long does an attachment last in Sweden?")
    assert not first.abstained
    r = assistant.ask(s, "qwpeoi zxcmnb sdfkjh")
    assert r.debug["stage"] == "not_understood" and r.language == "en"
    assert s.countries == ["SE"] and s.language == "en"
    follow = assistant.ask(s, "And in Austria?")
    assert {c.country for c in follow.citations} == {"AT"}


def test_bare_number_is_not_gibberish():
    # "2000" may be the new amount for the last calculation
    assert not understand("2000").gibberish
    assert understand("???").gibberish


@pytest.mark.parametrize("text,before", GENUINE)
def test_real_short_turns_are_understood(assistant, text, before):
    s = assistant.new_session()
    for b in before:
        assistant.ask(s, b)
    r = assistant.ask(s, text)
    assert r.debug["stage"] != "not_understood"


@pytest.mark.parametrize("text", ["udlaeg i sverige", "Hvad med loen i Tyskland?", "Kan fogeden tage min loen i Sverige?"])
def test_spelt_out_danish_letters_are_about_enforcement(assistant, text):
    # "ae"/"oe"/"aa" for æ/ø/å (a keyboard without them): still a question about enforcement, never
    # "out of scope" (whether the fake retriever finds good evidence is another matter)
    assert understand(respell(text)).domain_signal
    r = assistant.ask(assistant.new_session(), text)
    assert r.debug["stage"] not in ("out_of_scope", "not_understood")


def test_gibberish_while_a_country_is_pending(assistant):
    # the question waiting for its country survives a garbled turn
    s = assistant.new_session()
    assert assistant.ask(s, "Hvor længe gælder et udlæg?").clarification
    assert assistant.ask(s, "qwpeoi zxcmnb").debug["stage"] == "not_understood"
    r = assistant.ask(s, "Sverige")
    assert r.debug["plan"]["followup"] == "clarification_answer"
    assert {c.country for c in r.citations} == {"SE"}
