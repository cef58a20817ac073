"""No input crashes the assistant; bad input gets a helpful reply."""

import string

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from assistant.pipeline import prompts as P
from assistant.pipeline.grounding import unsupported_numbers

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("raw", ["", "   ", "\n\n", "\x00", None, 42])
def test_empty_gets_friendly_prompt(assistant, raw):
    r = assistant.ask(assistant.new_session(), raw)
    if raw == 42:
        assert r.text  # a number is treated as text, answered or asked back
        return
    assert r.text == P.text("empty", "da") and r.clarification and not r.citations


def test_ten_thousand_chars_refused(assistant):
    r = assistant.ask(assistant.new_session(), "Hvor længe gælder udlæg i Sverige? " * 300)
    assert r.abstained and not r.citations and "2000" in r.text
    assert r.debug["stage"] == "input" and r.debug["problem"] == "too_long"


def test_nul_and_control_characters(assistant):
    r = assistant.ask(assistant.new_session(), "Hvor længe\x00 gælder\x07 et udlæg\x1b i Sverige?")
    assert not r.abstained and {c.country for c in r.citations} == {"SE"}


def test_script_is_never_echoed(assistant):
    r = assistant.ask(assistant.new_session(), "<script>alert('x')</script> Hvor længe gælder et udlæg i Sverige?")
    assert "<script" not in r.text.lower()
    r = assistant.ask(assistant.new_session(), "<img src=x onerror=alert(1)>")
    assert "<img" not in r.text


def test_internal_error_becomes_reply(settings, caplog):
    from assistant.pipeline import Assistant

    class Broken:
        def retrieve(self, *a, **k):
            raise RuntimeError("index gone")

    a = Assistant(settings, retriever=Broken())
    r = a.ask(a.new_session(), "Hvor længe gælder et udlæg i Sverige med min gæld på 5.000 EUR?")
    assert r.abstained and r.text == P.text("error", "da") and r.debug["stage"] == "error"
    # the log names the failure but not the user's message (log_user_text is off)
    assert "index gone" in caplog.text or "RuntimeError" in caplog.text
    assert "5.000" not in caplog.text


_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300) | st.sampled_from([
    "Og i Sverige?", "Hvad hvis beløbet er 2.000 EUR?", "Sverige", "<b>x</b>", "\x00" * 5, "?" * 3000,
]) | st.text(alphabet=string.printable, max_size=80).map(lambda t: f"{t} udlæg i Tyskland")


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(turns=st.lists(_TEXT, min_size=1, max_size=3))
def test_fuzz_never_crashes_and_stays_grounded(assistant, turns):
    s = assistant.new_session()
    for t in turns:
        r = assistant.ask(s, t)
        assert r.text and r.debug["stage"] != "error", r.debug
        assert unsupported_numbers(r) == [], r.text


def test_too_long_answers_in_the_askers_language(assistant):
    r = assistant.ask(assistant.new_session(), "How long does an attachment last in Sweden? " * 100)
    assert r.language == "en" and r.text.startswith("Your question is too long")


@hsettings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(turns=st.lists(_TEXT | st.sampled_from([
    "Hvad er appelfristen i Tyskland, hvis afgørelsen er forkyndt 31. februar 2024?",
    "Hvor meget kan der trækkes i løn i Ungarn, hvis min nettoløn er -5 HUF?",
    "Hvad hvis beløbet er 99999999999999999999 EUR?", "Og hvis datoen er 1. april 0001?",
    "Sammenlign Tyskland, Østrig, Sverige, Finland, Polen, Ungarn og Norge",
]), min_size=1, max_size=3))
def test_fuzz_with_the_real_rules_router(settings, turns):
    from assistant.pipeline import Assistant
    from assistant.pipeline.fakes import KeywordRetriever
    from assistant.pipeline.rules_adapter import RealRulesRouter

    a = Assistant(settings, retriever=KeywordRetriever(), router=RealRulesRouter())
    s = a.new_session()
    for t in turns:
        r = a.ask(s, t)
        assert r.text and r.debug["stage"] != "error", r.debug
        assert unsupported_numbers(r) == [], r.text


@pytest.mark.parametrize("question", ["Wie lange dauert die Pfändung in Österreich?",
                                      "Combien de temps dure la saisie en France?",
                                      "¿Cuánto tiempo dura el embargo en España?"])
def test_a_question_in_another_language_is_told_which_languages_we_answer(assistant, question):
    """Not answered from the cognates we happen to recognise, nor asked for a country: the reply names the
    four languages, in each of them, and cites nothing."""
    r = assistant.ask(assistant.new_session(), question)
    assert r.abstained and not r.citations and not r.clarification
    assert r.debug["stage"] == "other_language"
    for lang in ("en", "da", "nb", "sv"):
        assert P.text("other_language", lang) in r.text


def test_a_later_question_in_our_language_is_answered(assistant):
    s = assistant.new_session()
    assistant.ask(s, "Wie lange dauert die Pfändung in Österreich?")
    r = assistant.ask(s, "Hvor længe gælder et udlæg i Østrig?")
    assert not r.abstained and {c.country for c in r.citations} == {"AT"}
