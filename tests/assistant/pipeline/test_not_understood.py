"""Gibberish gets "I did not understand" (abstained, not a question back); real short turns never do;
a specific detail a page does not state (a fee, a deadline, a phone number) is not answered."""

import pytest

from assistant.models import Citation, Fact
from assistant.pipeline import prompts as P
from assistant.pipeline.stated import states_detail
from assistant.pipeline.understanding import asked_detail, detail_subject_sections, respell, understand
from tests.assistant.pipeline.probes_abstention import (DEADLINE_NOT_STATED, DEADLINE_STATED, GENUINE, GIBBERISH,
                                                        NOT_STATED)

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


@pytest.mark.parametrize("question,code", NOT_STATED)
def test_not_stated_questions_ask_for_a_detail(question, code):
    assert asked_detail(question) in {"money", "rate", "deadline", "contact"}


@pytest.mark.parametrize("question,code", DEADLINE_STATED + DEADLINE_NOT_STATED + [
    ("Hvor mange dage har jeg til at klage i Luxembourg?", "LU"),
    ("Hur lång tid har jag på mig att överklaga i Finland?", "FI"),
])
def test_deadline_without_the_word(question, code):
    assert asked_detail(question) == "deadline"


@pytest.mark.parametrize("question", [
    "How long does an attachment last in Sweden?",       # how long a measure lasts, not a deadline
    "Hvor mange dage gælder et udlæg i Belgien?",
    "Hvor længe gælder et udlæg i Sverige?",            # how long: pages answer in words
    "Hvilke omkostninger er der ved tvangsfuldbyrdelse i Tyskland?",
    "Hvem betaler gebyret i Frankrig?",                  # who, not what
    "By what date must the fee be paid in Slovenia?",    # a date, not the fee
    "Kan en afgørelse om udlæg appelleres i Tyskland?",
])
def test_not_a_detail_question(question):
    assert asked_detail(question) is None


def _fact(unit: str, section: str = "5") -> Fact:
    cit = Citation(country="DE", section=section, title="t", chunk_id="c", quote="q", url="u")
    return Fact(name="x", value=2, unit=unit, label="l", citation=cit)


def test_states_detail():
    assert states_detail("money", [], [("3.1", "Gebyret er 26 EUR.")])
    assert states_detail("money", [], [("3.1", "gebyret 2 % af fordringens værdi")])
    assert not states_detail("money", [], [("3.1", "Et eventuelt retsgebyr skal betales.")])
    assert not states_detail("money", [_fact("day")], [])
    assert states_detail("money", [_fact("EUR")], [])
    # a deadline: a figure with a deadline word, from the question's own section, or "no time limit"
    assert states_detail("deadline", [], [("5", "Klagen skal indgives inden for en frist på to uger.")], ["5"])
    assert not states_detail("deadline", [], [("1", "suspenderes i otte dage fra domsdatoen")], ["5"])
    assert not states_detail("deadline", [_fact("month", "4.3")], [], ["5"])
    assert states_detail("deadline", [_fact("week", "5")], [], ["5"])
    assert states_detail("deadline", [], [("5", "Der er ingen tidsfrist for appel.")], ["5"])
    # a rule fact off the subject's sections answers something else; a quoted fee names itself
    assert not states_detail("money", [_fact("EUR", "6")], [], ["4.1"])
    assert states_detail("money", [], [("3.1", "Gebyret er 26 EUR.")], ["4.1"])
    assert not states_detail("contact", [], [("2", "Fogeden er en offentlig embedsmand.")])
    assert states_detail("contact", [], [("2", "Se www.example.invalid")])


def test_unstated_fee_abstains(assistant):
    # the fake retriever quotes Austria's page, which names no fee: say so, never a neighbouring passage
    r = assistant.ask(assistant.new_session(), "Hvad er fogedens gebyr for et udlæg i Østrig?")
    assert r.abstained and not r.clarification and not r.citations
    assert r.debug["stage"] == "detail_not_stated"
    assert r.text == P.text("detail_not_stated", "da", countries="Østrig", what=P.text("detail_money", "da"))


@pytest.mark.parametrize("text", ["udlaeg i sverige", "Hvad med loen i Tyskland?", "Kan fogeden tage min loen i Sverige?"])
def test_spelt_out_danish_letters_are_about_enforcement(assistant, text):
    # "ae"/"oe"/"aa" for æ/ø/å (a keyboard without them): still a question about enforcement, never
    # "out of scope" (whether the fake retriever finds good evidence is another matter)
    assert understand(respell(text)).domain_signal
    r = assistant.ask(assistant.new_session(), text)
    assert r.debug["stage"] not in ("out_of_scope", "not_understood")


@pytest.mark.parametrize("question,wanted,unwanted", [
    # "frist" alone points to the limits section (6); the deadline's subject (appeal) decides
    ("What is the deadline for appealing an enforcement measure in Cyprus?", "5", "6"),
    # a compound keeps its subject: "forældelses-fristen" is about limitation
    ("Hvad er forældelsesfristen for at tvangsfuldbyrde en dom i Belgien?", "6", "5"),
])
def test_detail_subject_sections(question, wanted, unwanted):
    sections = detail_subject_sections(question)
    assert wanted in sections and unwanted not in sections


def test_no_named_detail_no_subject_sections():
    assert detail_subject_sections("Hvor længe gælder et udlæg i Sverige?") is None
    # a deadline asked without naming it: its topic is a weak guide to where it is stated
    assert detail_subject_sections("Hvor lang tid har jeg til at klage i Luxembourg?") is None


def test_gibberish_while_a_country_is_pending(assistant):
    # the question waiting for its country survives a garbled turn
    s = assistant.new_session()
    assert assistant.ask(s, "Hvor længe gælder et udlæg?").clarification
    assert assistant.ask(s, "qwpeoi zxcmnb").debug["stage"] == "not_understood"
    r = assistant.ask(s, "Sverige")
    assert r.debug["plan"]["followup"] == "clarification_answer"
    assert {c.country for c in r.citations} == {"SE"}
