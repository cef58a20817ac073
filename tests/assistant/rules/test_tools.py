"""Tools: LangChain StructuredTools returning cited Facts; errors are typed."""

from __future__ import annotations

import pytest
from langchain_core.tools import StructuredTool

from assistant import countries
from assistant.models import Fact
from assistant.rules.calculators import RuleInputError
from assistant.rules.schema import load_rules
from assistant.rules.tools import build_tools, call_tool, computable

pytestmark = pytest.mark.unit


def test_tools_are_structured_tools_with_schemas():
    tools = build_tools()
    assert set(tools) == {"lookup_rule", "compute_deadline", "compute_garnishment", "compute_fee", "compute_share",
                          "compute_total", "compute_time_fee", "compute_sum"}
    for tool in tools.values():
        assert isinstance(tool, StructuredTool)
        assert "rule_id" in tool.args


@pytest.mark.parametrize("rule_id", list(load_rules()))
def test_every_rule_looks_up_with_a_citation(rule_id):
    facts = call_tool("lookup_rule", {"rule_id": rule_id, "language": "en"})
    rule = load_rules()[rule_id]
    assert all(isinstance(f, Fact) for f in facts)
    cit = facts[0].citation
    assert cit.chunk_id == f"rule:{rule_id}" and cit.section == rule.section and cit.country == rule.country
    assert cit.url == countries.get(rule.country).url and cit.last_updated is not None
    assert rule.quote in cit.quote
    assert facts[0].flags == list(rule.flags)


@pytest.mark.parametrize("rule_id", [r.id for r in load_rules().values() if r.effective_calc == "period"
                                     and r.value_max is None and computable(r)])
def test_every_period_rule_computes(rule_id):
    facts = call_tool("compute_deadline", {"rule_id": rule_id, "start_date": "2024-02-29"})
    assert facts[1].unit == "date" and facts[2].unit == "text"


def test_bracket_table_cites_the_whole_table():
    facts = call_tool("compute_garnishment", {"rule_id": "ES-garnishment-scale", "net_pay": "2500",
                                              "minimum_wage": "1000"})
    assert "Nr.\u00a05" in facts[0].citation.quote
    assert {f.name.split(":")[-1]: f.value for f in facts[:2]} == {"seizable": 550, "remaining": 1950}
    # the scale's headline rate (one band's 30 %) is not stated beside the computed amount
    assert not any(f.unit == "percent" for f in facts)


def test_protected_amount_and_fee_rate():
    facts = call_tool("compute_garnishment", {"rule_id": "EE-garnishment-protected", "minimum_wage": "654",
                                              "dependants": 2})
    assert facts[-1].value == 1090
    fee = call_tool("compute_fee", {"rule_id": "PL-fee-enforcement", "amount": "1000", "reference_wage": "7000"})
    assert fee[1].value == 700  # 15 % = 150 raised to the minimum 1/10 × 7000


@pytest.mark.parametrize("name,args", [
    ("lookup_rule", {"rule_id": "XX-nothing"}),
    ("compute_deadline", {"rule_id": "DE-fee-sale", "start_date": "2024-01-01"}),   # not a period
    ("compute_deadline", {"rule_id": "IE-appeal-high-court", "start_date": "2024-01-01"}),  # a range
    ("compute_deadline", {"rule_id": "DE-appeal", "start_date": "2024-02-30"}),
    ("compute_deadline", {"rule_id": "DE-appeal"}),                                 # missing parameter
    ("compute_fee", {"rule_id": "PL-fee-enforcement", "amount": "-5"}),
    ("compute_fee", {"rule_id": "PL-fee-enforcement", "amount": "1e13"}),
    ("compute_fee", {"rule_id": "PL-fee-enforcement", "amount": "100"}),            # reference wage missing
    ("compute_fee", {"rule_id": "RO-indirect-enforcement-fee", "amount": "100"}),  # garbled: not computed
    ("compute_fee", {"rule_id": "GR-fee-seizure", "amount": "1800"}),              # inconsistent: not computed
    ("compute_garnishment", {"rule_id": "GR-wage-maintenance-share", "net_pay": "2000"}),  # garbled, not reviewed
    ("compute_garnishment", {"rule_id": "ES-garnishment-scale", "net_pay": "2000"}),  # minimum wage missing
    ("compute_garnishment", {"rule_id": "EE-garnishment-share", "net_pay": "2000"}),  # ambiguous: not computed
    ("no_such_tool", {}),
])
def test_invalid_calls_raise_typed_error(name, args):
    with pytest.raises(RuleInputError):
        call_tool(name, args)


def test_no_currency_conversion():
    with pytest.raises(RuleInputError, match="no conversion"):
        call_tool("compute_fee", {"rule_id": "GR-fee-auction-preparation", "amount": "1800", "currency": "kr"})
    facts = call_tool("compute_garnishment", {"rule_id": "HU-garnishment-wage", "net_pay": "400000", "currency": "HUF"})
    assert [f.unit for f in facts[1:3]] == ["HUF", "HUF"] and facts[1].value == 132000


def test_fee_tables_are_cited_and_bounded():
    facts = call_tool("compute_fee", {"rule_id": "DE-fee-table-b", "amount": "50000"})
    assert facts[1].value == 165 and facts[1].unit == "EUR" and "garbled" in facts[1].flags
    assert facts[0].citation.section == "6" and "Bilag" in facts[0].citation.quote
    with pytest.raises(RuleInputError):
        call_tool("compute_fee", {"rule_id": "DE-fee-table-b", "amount": "3000001"})  # beyond the table


def test_a_wage_scale_is_looked_up_band_by_band():
    # "how much of the pay between two and three times the minimum wage": the scale's headline value is one band
    facts = call_tool("lookup_rule", {"rule_id": "ES-garnishment-scale", "language": "en"})
    assert [(f.name.split(":")[-1], f.value, f.unit) for f in facts] == [
        ("band2", 30, "percent"), ("band3", 50, "percent"), ("band4", 60, "percent"), ("band5", 75, "percent"),
        ("band6", 90, "percent")]
    assert facts[1].label.endswith("above 2 and up to 3 times the minimum wage")
    assert facts[-1].label.endswith("above 5 times the minimum wage")
    # a fee table (amounts, not rates by multiples) keeps its single stated value
    assert len(call_tool("lookup_rule", {"rule_id": "GR-fee-seizure", "language": "en"})) >= 1
    assert call_tool("lookup_rule", {"rule_id": "GR-fee-seizure", "language": "en"})[0].name == "GR-fee-seizure"


def test_threshold_in_time_units_is_a_period_from_the_event():
    # "truffet inden for de sidste tre måneder": the custody order's age, counted from the decision's date
    rule = load_rules()["FI-custody-order"]
    assert rule.kind == "threshold" and rule.effective_calc == "period"
    facts = call_tool("compute_deadline", {"rule_id": rule.id, "start_date": "2025-01-15", "language": "da"})
    assert [f.value for f in facts if f.unit == "date"] == ["2025-04-15"]
    # an exempt amount in time units (food for a month) is no period
    assert load_rules()["LV-exempt-food"].effective_calc is None


@pytest.mark.parametrize("amount,factor,band", [("100", 0.5, "≤ 128 EUR"), ("128", 0.5, "≤ 128 EUR"),
                                                ("500", 1, "≤ 1280 EUR"), ("2000", 2, "> 1280 EUR")])
def test_a_factor_table_picks_the_claims_band(amount, factor, band):
    # FR 3.1 multiplies the fixed fee per act by 0.5, 1 or 2 by the claim's size: the band's factor is the answer
    # (not the headline 1), with the band that chose it; no money sum, as the fixed amount itself is not stated
    facts = call_tool("compute_fee", {"rule_id": "FR-fee-multiplier", "amount": amount, "language": "en"})
    assert (facts[0].value, facts[0].unit) == (factor, "multiplier")
    assert band in facts[1].value and "Afhængigt af kravets størrelse" in facts[0].citation.quote
    with pytest.raises(RuleInputError):
        call_tool("compute_fee", {"rule_id": "FR-fee-multiplier", "amount": amount, "currency": "DKK"})


@pytest.mark.parametrize("question,factor", [
    ("Jeg skylder 2 000 EUR til en kreditor i Frankrig. Hvordan regnes det faste gebyr for fogedens retsakter?", 2),
    ("I owe 100 EUR to a creditor in France. How is the fixed fee for each of the bailiff's acts calculated?", 0.5),
])
def test_the_claim_amount_picks_the_fee_factor(question, factor):
    from assistant.rules.router import route
    res = route(question)
    assert res.rule_id == "FR-fee-multiplier" and res.facts[0].value == factor
