"""Keywords: a short keyword as the modifier of a compound ("salgs|provenyet", "salgs|summen") does not name
what the question is about; a long one still does ("tinglysnings|registret"), and so does one before a fee or
time limit ("salgs|gebyret": the fee named by what it is for)."""

from __future__ import annotations

import pytest

from assistant.rules.router import route

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question,rule_id", [
    ("Hva er frist for fordeling av salgsprovenyet i Belgia?", "BE-distribution"),
    ("Hvor lang tid har namsmannen i Belgia til å fordele salgsprovenyet?", "BE-distribution"),
])
def test_a_short_keyword_as_a_compound_modifier_does_not_name_the_subject(question, rule_id):
    assert route(question).rule_id == rule_id


def test_a_long_keyword_as_a_compound_modifier_still_counts():
    res = route("Hvad er frist for indførelse af udlægskendelsen i tinglysningsregistret i Belgien?")
    assert res.rule_id == "BE-attachment-order-registration"


def test_a_fee_named_by_what_it_is_for_keeps_its_modifier():
    assert route("Hvad er salgsgebyret i Tyskland?").rule_id == "DE-fee-sale"
