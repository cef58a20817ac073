"""A reduction by a percentage of a stated amount, a fee with a surcharge per further started hour,
"what must one pay" as an amount question, arrest vs udlæg, and a negated appeal cue as a mere condition."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.rules import calculators as calc
from assistant.rules.asked import asked_quantity
from assistant.rules.calculators import RuleInputError
from assistant.rules.parsing import parse_hours
from assistant.rules.question import detect_topic
from assistant.rules.router import route
from assistant.rules.selection import clashes, measure
from assistant.rules.schema import load_rules
from assistant.rules.tools import call_tool

pytestmark = pytest.mark.unit


def test_reduced_amount():
    res = calc.reduced_amount(Decimal("300"), "1/2", Decimal("50"))
    assert res.fee == Decimal("150.00")
    assert calc.reduced_amount(Decimal("99.99"), "1/3").fee == Decimal("66.66")
    with pytest.raises(RuleInputError):
        calc.reduced_amount(Decimal("100"), "3/2")


@pytest.mark.parametrize("hours,total", [("5", "138.00"), ("3", "98.00"), ("3.5", "118.00"), ("1", "98.00"),
                                         ("4", "118.00"), ("4.01", "138.00")])
def test_time_surcharge_counts_started_hours_beyond_the_threshold(hours, total):
    assert calc.time_surcharge(Decimal("98"), hours, "20", "3").fee == Decimal(total)


def test_time_surcharge_rejects_absurd_durations():
    for bad in ("0", "-2", "100000"):
        with pytest.raises(RuleInputError):
            calc.time_surcharge(Decimal("98"), bad, "20", "3")


@pytest.mark.parametrize("text,hours", [("tog fem timmar", "5"), ("5 timer", "5"), ("4,5 hours", "4.5"),
                                        ("halvanden time", "1.5"), ("seks timer", "6"), ("ingen tid", None)])
def test_parse_hours(text, hours):
    assert parse_hours(text) == hours


def test_eviction_fee_with_time_surcharge():
    res = route("En avhysning i Tyskland tog fem timmar för kronofogden. Hur mycket blir avgiften inklusive "
                "tidstillägget?")
    assert res.rule_id == "DE-fee-eviction" and res.tool_calls[0].name == "compute_time_fee"
    assert {f.name: f.value for f in res.facts}["DE-fee-eviction:total"] == 138
    # without a duration only the stated fee
    plain = route("Hvad koster en udsættelse af fast ejendom i Tyskland?")
    assert [f.value for f in plain.facts] == [98]
    # a follow-up giving the duration computes it
    follow = route("Og hvis det tog seks timer?", plain.state)
    assert {f.name: f.value for f in follow.facts}["DE-fee-eviction:total"] == 158


def test_time_fee_tool_needs_a_surcharge_rule():
    with pytest.raises(RuleInputError):
        call_tool("compute_time_fee", {"rule_id": "DE-fee-sale", "hours": "5"})


def test_fee_reduced_when_enforcement_is_lifted():
    res = route("Jeg aftalte et gebyr på 300 EUR med fogeden i Grækenland, men fuldbyrdelsen blev ophævet. "
                "Hvad bliver gebyret så?")
    assert res.rule_id == "GR-fee-reduction-lifted" and res.tool_calls[0].name == "compute_share"
    values = {f.name: f.value for f in res.facts}
    assert values["GR-fee-reduction-lifted:reduced"] == 150 and values["GR-fee-reduction-lifted"] == 50


@pytest.mark.parametrize("question", ["Hvad skal man betale i kørselspenge til fogeden?", "Vad måste jag betala?",
                                      "What do I have to pay the bailiff?", "Hva må jeg betale?"])
def test_what_must_one_pay_asks_for_an_amount(question):
    assert asked_quantity(question) == "amount"


def test_travel_money_in_greece():
    res = route("Hvad skal man betale i kørselspenge til fogeden i Grækenland?")
    assert res.rule_id == "GR-fee-travel"


def test_arrest_is_not_udlaeg():
    assert measure("kendelse om arrest i mit løsøre") == "arrest"
    assert measure("udlæg i løsøre") == "udlaeg"
    assert measure("arrest og udlæg") is None
    rules = load_rules()
    assert clashes(rules["BE-udlaeg-movables-validity"], "arrest")
    assert not clashes(rules["BE-arrest-validity"], "arrest")
    assert not clashes(rules["BE-udlaeg-movables-validity"], None)
    res = route("Fogedretten i Belgien afsagde kendelse om arrest i mit løsøre den 12. juni 2024. "
                "Hvornår udløber arresten senest?")
    assert res.rule_id == "BE-arrest-validity"
    assert {f.name: f.value for f in res.facts}["BE-arrest-validity:end_date"] == "2027-06-12"
    assert route("Hvor længe gælder udlæg i løsøre i Belgien?").rule_id == "BE-udlaeg-movables-validity"


def test_a_negated_appeal_cue_is_a_condition():
    assert detect_topic("By what date must it be sold, if I don't object in writing?") == "sale"
    assert detect_topic("Hvornår skal det sælges, hvis jeg ikke klager?") == "sale"
    assert detect_topic("Can I object to the sale?") == "appeal"
    res = route("The bailiff in Cyprus seized my furniture on 14 May 2025. By what date must it be sold at the "
                "latest, if I don't object in writing?")
    assert res.rule_id == "CY-sale-deadline"
    assert {f.name: f.value for f in res.facts}["CY-sale-deadline:end_date"] == "2025-05-17"


def test_an_inconsistent_rule_is_computed_only_beside_the_reading_it_contradicts():
    res = route("Jeg vil have tinglyst pant i Tyskland til sikkerhed for en fordring på 40 000 EUR. Hvad bliver gebyret?")
    values = {f.name: f.value for f in res.facts}
    assert values["DE-fee-mortgage:fee"] == 400 and values["DE-fee-table-b:fee"] == 145
    assert "inconsistent" in next(f for f in res.facts if f.name == "DE-fee-mortgage:fee").flags
    # the table's headline value (its first band) is no answer here
    assert "DE-fee-table-b" not in values
    # without an amount only the stated rate
    assert [f.value for f in route("Hvad koster tinglysning af pant i Tyskland?").facts] == [1]


def test_every_contrast_names_an_existing_rule_of_the_same_country():
    rules = load_rules()
    for rule in rules.values():
        if rule.params.get("compute") == "with_contrast":
            other = rules[rule.params["contrast"]]
            assert other.country == rule.country and "inconsistent" in rule.flags


@pytest.mark.parametrize("rule_id,language", [("DE-fee-eviction", "en"), ("DE-fee-surrender-movables", "da"),
                                               ("DE-fee-eviction", "nb"), ("DE-fee-eviction", "sv")])
def test_time_fee_states_its_inputs_cited(rule_id, language):
    # the rate per further started hour and the hours it starts after are stated beside the total, cited
    # like the fee: a reader can check 98 + 2 × 20 only with 20 EUR and 3 hours in front of them
    facts = {f.name: f for f in call_tool("compute_time_fee", {"rule_id": rule_id, "hours": "5", "language": language})}
    rate, after = facts[f"{rule_id}:per_hour"], facts[f"{rule_id}:after_hours"]
    assert (rate.value, rate.unit) == (20, "EUR") and (after.value, after.unit) == (3, "hour")
    assert rate.citation.chunk_id == after.citation.chunk_id == f"rule:{rule_id}"
    assert "20\u00a0EUR" in rate.citation.quote


def test_surcharge_asked_with_a_length_is_the_fee_it_is_added_to():
    # "gebyret for udlægget inklusive tidstillæg", the length given: the attachment fee's total, not the
    # surcharge's 20 EUR alone (the page adds the KV 500 surcharge to the attachment of movables too)
    res = route("En Gerichtsvollzieher i Tyskland brugte 4 timer og 20 minutter på at gøre udlæg i mit indbo. "
                "Hvad løber gebyret for udlægget op i inklusive tidstillæg?")
    assert res.rule_id == "DE-fee-attachment-movables" and res.tool_calls[0].name == "compute_time_fee"
    assert {f.name: f.value for f in res.facts}["DE-fee-attachment-movables:total"] == 66
    # without a length the surcharge asked about is the surcharge's own figure
    assert [f.value for f in route("Hvor meget er fogedens tidstillæg pr. time i Tyskland?").facts] == [20]


def test_time_fee_cites_the_passage_from_the_fee_to_its_surcharge():
    # the fee and its surcharge stand two sentences apart: the calculation cites the whole passage so that
    # 26 EUR, three hours and 20 EUR all sit inside the quote shown beside the total
    facts = call_tool("compute_time_fee", {"rule_id": "DE-fee-attachment-movables", "hours": "5"})
    quote = facts[0].citation.quote
    assert all(f.citation.quote == quote for f in facts)
    assert quote.startswith("Der skal betales et gebyr på 26\u00a0EUR") and quote.endswith("påbegyndt time.")
    assert "tre\u00a0timer" in quote and "20\u00a0EUR" in quote
    # the plain lookup still cites the fee's own sentence
    assert call_tool("lookup_rule", {"rule_id": "DE-fee-attachment-movables"})[0].citation.quote == \
        "Der skal betales et gebyr på 26\u00a0EUR for fogedens udlæg i skyldners løsøre"
