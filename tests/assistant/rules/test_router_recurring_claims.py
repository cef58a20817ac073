"""Router and tools: a claim falling due again and again (rent, monthly payments, future instalments) is the
rules' periodic/recurring obligation, and a period the text runs "from the end of the calendar year" in which
the claim falls due is counted from 31 December of that year."""

from __future__ import annotations

import pytest

from assistant.rules.concepts import with_concepts
from assistant.rules.router import route
from assistant.rules.tools import call_tool

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    # dev q-2261
    "Min tidligere lejer i Estland skulle have betalt husleje den 1. marts 2023, men gjorde det aldrig. "
    "Hvornår er kravet på netop den måneds husleje forældet?",
    "Leietakeren min i Estland skulle betalt husleien 1. mars 2023. Når er kravet på den månedens husleie foreldet?",
    "Min hyresgäst i Estland skulle ha betalat hyran den 1 mars 2023. När preskriberas fordran på den månadens hyra?",
    "My tenant in Estonia should have paid the rent on 1 March 2023. When does the claim for that month's rent "
    "become time-barred?",
])
def test_rent_is_a_recurring_obligation_counted_from_the_end_of_the_year(question):
    res = route(question)
    assert res.rule_id == "EE-limitation-recurring"
    end = next(f for f in res.facts if f.name.endswith(":end_date"))
    assert end.value == "2026-12-31"


@pytest.mark.parametrize("text", [
    "the monthly payments under the judgment", "de månedlige betalinger", "de fremtidige ydelser",
    "framtida betalningar", "hver måned", "unpaid rent",
])
def test_periodic_payment_words_read_as_periodic(text):
    assert "periodisk" in with_concepts(text)


@pytest.mark.parametrize("text", [
    # a monthly wage is no periodic claim; Danish "rent" means "purely"
    "my monthly salary is 2000 eur", "min månedlige løn", "det er rent faktisk en dom",
])
def test_other_monthly_or_rent_words_are_not_periodic(text):
    assert "periodisk" not in with_concepts(text)


def test_judgment_limitation_still_counts_from_the_event():
    res = route("Min dom fra Estland trådte i kraft den 1. marts 2023. Hvornår er kravet forældet?")
    assert res.rule_id == "EE-limitation"
    assert next(f for f in res.facts if f.name.endswith(":end_date")).value == "2033-03-01"


def test_calendar_year_end_start_is_stated_in_the_method():
    facts = call_tool("compute_deadline", {"rule_id": "EE-limitation-recurring", "start_date": "2023-03-01",
                                           "language": "en"})
    assert facts[1].value == "2026-12-31"
    assert "end of the calendar year" in facts[2].value and "2023-12-31" in facts[2].value
    assert "kalenderår" in facts[0].citation.quote

