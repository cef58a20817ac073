"""A per-item amount with a variant priced apart in the same sentence ("30 EUR til hver og 60 EUR, hvis vidnet er en
foged"): a total over the items the question counts, the variant counted only where the question sets it apart."""

from __future__ import annotations

import pytest

from assistant.rules import calculators as calc
from assistant.rules.calculators import RuleInputError
from assistant.rules.parsing import parse_arguments
from assistant.rules.router import route

pytestmark = pytest.mark.unit


def _values(res):
    return [(f.value, f.unit) for f in res.facts if f.unit != "text"]


@pytest.mark.parametrize("question", [
    "Fogeden i Grækenland tog to vidner med til udlægget: en almindelig voksen og en anden foged. "
    "Hvor meget skal der betales i vidnegebyr i alt?",
    "Namsmannen i Hellas tok med seg to vitner til utlegget: en vanlig voksen og en annen namsmann. "
    "Hvor mye må betales i vitnegebyr totalt?",
    "Kronofogden i Grekland tog med två vittnen: en vanlig vuxen och en annan kronofogde. "
    "Hur mycket ska betalas i avgift till vittnen totalt?",
    "The bailiff in Greece brought two witnesses to the seizure: an ordinary adult and another bailiff. "
    "How much is the witness fee in total?",
    "The bailiff in Greece brought two witnesses, one of them is a bailiff. How much is the witness fee in total?",
])
def test_witnesses_one_of_them_another_bailiff(question):
    res = route(question)
    assert res.rule_id == "GR-fee-witness" and res.tool_calls[0].name == "compute_total"
    assert (30, "EUR") in _values(res) and (60, "EUR") in _values(res) and (90, "EUR") in _values(res)


def test_witnesses_without_a_bailiff_among_them_each_pay_the_plain_fee():
    res = route("The bailiff in Greece brought three witnesses. What are the witness fees in total?")
    assert (90, "EUR") in _values(res) and (60, "EUR") in _values(res)  # 3 × 30; the variant still stated


def test_a_bailiff_who_acts_is_no_witness():
    # "en foged" alone is as likely the bailiff who acts: only "en anden foged"/"another bailiff"/"one of them"
    assert "variant_counts" not in parse_arguments("To vidner var med, da en foged foretog udlæg. Hvad koster det?")
    assert parse_arguments("to vidner: en nabo og en anden foged")["variant_counts"] == {"bailiff": 1}


def test_variant_total_and_its_bounds():
    res = calc.per_item_total("30", 2, variant_value="60", variant_count=1)
    assert res.fee == calc.Decimal("90.00") and [s.key for s in res.steps] == ["times", "times", "plus"]
    assert calc.per_item_total("30", 2, variant_value="60", variant_count=2).fee == calc.Decimal("120.00")
    with pytest.raises(RuleInputError):
        calc.per_item_total("30", 2, variant_value="60", variant_count=3)
    with pytest.raises(RuleInputError):
        calc.per_item_total("30", 2, variant_count=1)


@pytest.mark.parametrize("question", [
    "Jeg har tre bankkontoer i Slovakia. Hvor mye er til sammen beskyttet mot utlegg fra kontoene?",
    "Jeg har tre bankkonti i Slovakiet. Hvor meget er i alt beskyttet mod udlæg på kontiene?",
    "Jag har tre bankkonton i Slovakien. Hur mycket är sammanlagt skyddat mot utmätning?",
    "I have three bank accounts in Slovakia. How much is protected from attachment altogether?",
])
def test_several_accounts_count_the_amount_stated_per_account(question):
    # the topic's rule states 165 EUR on an account; asked with three accounts, the rule stating the same amount
    # per account counts them
    res = route(question)
    assert res.rule_id == "SK-account-exempt-each" and (495, "EUR") in _values(res)


def test_one_account_keeps_the_topics_rule():
    res = route("Jeg har en bankkonto i Slovakia. Hvor mye er beskyttet mot utlegg?")
    assert res.rule_id == "SK-account-exempt"
