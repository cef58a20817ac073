"""Router: an eviction of someone else (the tenant as the object between verb and
particle) and a duration in hours and minutes, whose minutes begin a further hour of a time surcharge."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.rules.parsing import parse_hours
from assistant.rules.router import route

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text,hours", [
    ("4 timer og 20 minutter", "4.333333"), ("fyra timmar och tjugo minuter", "4.333333"),
    ("4 hours 20 minutes", "4.333333"), ("4 h 20 min", "4.333333"), ("4 timer, 20 min.", "4.333333"),
    ("fire timer og et kvarter", "4.25"), ("three hours and forty-five minutes", "3.75"),
    ("fire og en halv time", "4.5"), ("four and a half hours", "4.5"),
    ("3 timer og 0 minutter", "3"), ("to timer og 75 minutter", None), ("5 timer", "5"), ("kl. 5", None),
])
def test_hours_with_minutes(text, hours):
    assert parse_hours(text) == hours


@pytest.mark.parametrize("question", [
    "Fogeden i Tyskland var 4 timer og 20 minutter om at sætte min lejer ud af lejligheden. Hvad bliver gebyret?",
    "Namsmannen i Tyskland brukte 4 timer og 20 minutter på å sette leietakeren min ut. Hva blir gebyret?",
    "Kronofogden i Tyskland behövde fyra timmar och tjugo minuter för att sätta ut hyresgästen. Vad blir avgiften?",
    "The bailiff in Germany took 4 h 20 min to put my tenant out of the flat. What is the fee?",
])
def test_eviction_of_a_tenant_lasting_hours_and_minutes(question):
    res = route(question)
    assert res.rule_id == "DE-fee-eviction"
    assert res.tool_calls[0].name == "compute_time_fee"
    total = next(f for f in res.facts if f.name == "DE-fee-eviction:total")
    assert Decimal(str(total.value)) == Decimal("138")
