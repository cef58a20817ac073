"""The pipeline with the REAL deterministic rules router (no model needed) and the keyword retriever."""

import pytest

from assistant.pipeline import Assistant
from assistant.pipeline.fakes import KeywordRetriever
from assistant.pipeline.rules_adapter import RealRulesRouter, _only_country
from tests.assistant.pipeline.conftest import assert_grounded

pytestmark = pytest.mark.unit


@pytest.fixture
def real_rules(settings):
    return Assistant(settings, retriever=KeywordRetriever(), router=RealRulesRouter())


def _fact(reply, suffix):
    return next(f for f in reply.facts if f.name.endswith(suffix))


def test_amount_followup_reruns_the_garnishment_calculation(real_rules, sections):
    s = real_rules.new_session()
    r1 = real_rules.ask(s, "Hvor meget kan der trækkes i løn i Ungarn, hvis min nettoløn er 300.000 HUF?")
    assert _fact(r1, ":seizable").value == 99000
    r2 = real_rules.ask(s, "Hvad hvis beløbet er 400.000 HUF?")
    assert r2.debug["plan"]["followup"] == "amount_or_date_change"
    assert _fact(r2, ":seizable").value == 132000
    assert r2.debug["tool_calls"][0]["args"]["net_pay"] == "400000.00"
    for r in (r1, r2):
        assert_grounded(r, sections)


def test_date_followup_reruns_the_deadline(real_rules, sections):
    s = real_rules.new_session()
    r1 = real_rules.ask(s, "Hvad er appelfristen i Tyskland, hvis afgørelsen er forkyndt 1. marts 2024?")
    assert _fact(r1, ":end_date").value == "2024-03-15"
    r2 = real_rules.ask(s, "Og hvis datoen er 1. april 2024?")
    assert _fact(r2, ":end_date").value == "2024-04-15"
    assert {c.country for c in r2.citations} == {"DE"}
    assert_grounded(r2, sections)


def test_comparison_asks_the_router_once_per_country(real_rules, sections):
    r = real_rules.ask(real_rules.new_session(), "Sammenlign appelfristen i Tyskland, Østrig og Sverige")
    assert {f.citation.country for f in r.facts} == {"DE", "AT", "SE"}
    assert [t["country"] for t in r.debug["tool_calls"]] == ["DE", "AT", "SE"]
    assert_grounded(r, sections)


def test_clarification_answer_reaches_the_router(real_rules):
    s = real_rules.new_session()
    assert real_rules.ask(s, "Hvad er appelfristen for udlæg?").clarification
    r = real_rules.ask(s, "Sverige")
    assert r.facts and r.facts[0].citation.country == "SE"


def test_only_country_rewrites_mentions():
    assert _only_country("Sammenlign Tyskland og Østrig", "SE") == "Sammenlign Sverige og Sverige"
    assert _only_country("Hvad er fristen?", "SE") == "Hvad er fristen? (Sverige)"


def test_year_less_date_keeps_the_previous_year(real_rules, sections):
    s = real_rules.new_session()
    real_rules.ask(s, "Kronofogden forkyndte en afgørelse om udlæg i min båd den 1. marts 2024 i Sverige. "
                      "Hvornår udløber appelfristen?")
    r = real_rules.ask(s, "Hvad hvis den blev forkyndt den 10. marts i stedet?")
    assert _fact(r, ":end_date").value == "2024-03-31"
    assert_grounded(r, sections)


def test_fact_labels_are_in_the_reply_language():
    from assistant.pipeline.protocols import RuleState
    from assistant.rules.router import route

    # the router alone reads the language from the words ("appeal" reads as English); told the reply's
    # language, it labels in that one
    danish = route("Hvad er fristen for appel i Østrig?", language="da")
    english = route("Hvad er fristen for appel i Østrig?", language="en")
    assert danish.facts and english.facts
    assert danish.facts[0].label != english.facts[0].label
    # the adapter passes the pipeline's language on
    out = RealRulesRouter().route("Hvad er fristen for appel i Østrig?", RuleState(countries=["AT"], language="en"))
    assert out.facts and out.facts[0].label == english.facts[0].label
    # an injected router without a language parameter is still called, without one
    seen = []
    fake = RealRulesRouter(route_fn=lambda q, s: seen.append(q) or route(q, s), state_cls=type(danish.state))
    fake.route("Hvad er fristen for appel i Østrig?", RuleState(countries=["AT"], language="en"))
    assert seen == ["Hvad er fristen for appel i Østrig?"]


def test_a_self_contained_question_does_not_inherit_the_previous_rule(real_rules):
    s = real_rules.new_session()
    first = real_rules.ask(s, "Hvor længe har jeg til at klage over udlæg i Finland?")
    assert any(f.citation.country == "FI" for f in first.facts)
    # a new question of its own that names another country: not "Og i Estland?", so no Estonian appeal deadline
    second = real_rules.ask(s, "Kan fogeden tage min folkepension i Estland?")
    assert second.debug["plan"]["followup"] is None
    assert not any("appeal" in f.name or "complaint" in f.name for f in second.facts)
    # while "Og i Estland?" still carries the appeal question over
    s2 = real_rules.new_session()
    real_rules.ask(s2, "Hvor længe har jeg til at klage over udlæg i Finland?")
    third = real_rules.ask(s2, "Og i Estland?")
    assert third.debug["plan"]["followup"] == "country_switch"
    assert any(f.citation.country == "EE" and f.citation.section == "5" for f in third.facts)


def test_a_conditional_country_switch_reaches_the_router_with_the_conversation(real_rules):
    # "Og hvis dommen er fra Nederlandene?" names a topic word ("dommen"), so the session sees no follow-up; it
    # still opens as the router's follow-up ("Og hvis …") and so asks the last turn's limitation period again
    s = real_rules.new_session()
    first = real_rules.ask(s, "Hvor længe efter den endelige dom kan jeg få den fuldbyrdet i Ungarn?")
    assert any(f.citation.country == "HU" for f in first.facts)
    second = real_rules.ask(s, "Og hvis dommen er fra Nederlandene?")
    assert [(f.value, f.unit) for f in second.facts if f.citation.country == "NL"] == [(20, "year")]
