"""A total asked of two fixed fees the question names ("udlæg i løsøre … sælge det … to gebyrer tilsammen"): both
stated and cited, and their sum worked out (``compute_sum``); never a rate, a table or a flagged figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.rules import calculators as calc
from assistant.rules.calculators import RuleInputError
from assistant.rules.router import route
from assistant.rules.tools import call_tool

pytestmark = pytest.mark.unit


def _values(res):
    return [(f.value, f.unit) for f in res.facts if f.unit != "text"]


@pytest.mark.parametrize("question", [
    "Fogeden i Tyskland skal gøre udlæg i min skyldners løsøre og bagefter sælge det på auktion. "
    "Hvad koster de to gebyrer tilsammen?",
    "Namsmannen i Tyskland skal ta utlegg i løsøre og deretter selge det. Hva blir gebyrene til sammen?",
    "Kronofogden i Tyskland ska utmäta lös egendom och sedan sälja den på auktion. Vad blir avgifterna sammanlagt?",
    "In Germany the bailiff will attach the debtor's movables and then sell them at auction. "
    "What are the two fees together?",
])
def test_two_named_fees_asked_together_are_added(question):
    res = route(question)
    assert res.tool_calls[0].name == "compute_sum"
    assert {(26, "EUR"), (52, "EUR"), (78, "EUR")} <= set(_values(res))
    cited = {f.citation.chunk_id for f in res.facts}
    assert {"rule:DE-fee-attachment-movables", "rule:DE-fee-sale"} <= cited


@pytest.mark.parametrize("question", [
    "Hvad koster det at sælge udlagte ting i Tyskland?",                       # one fee, no total
    "Hvad er gebyret for udlæg i løsøre og salg i Tyskland?",                  # both named, no total asked
    "Hvad koster udlæg i løsøre i Tyskland i alt, hvis det varer 5 timer?",   # one fee with its surcharge
])
def test_no_sum_without_a_total_of_two_fixed_fees(question):
    res = route(question)
    assert all(c.name != "compute_sum" for c in res.tool_calls)


def test_sum_tool_refuses_a_rate_or_another_unit():
    with pytest.raises(RuleInputError):
        call_tool("compute_sum", {"rule_id": "DE-fee-sale", "other_rule_id": "DE-fee-mortgage"})
    with pytest.raises(RuleInputError):
        call_tool("compute_sum", {"rule_id": "DE-fee-sale", "other_rule_id": "DE-fee-sale"})


def test_sum_of_amounts_states_the_addition():
    res = calc.sum_of_amounts(Decimal("26"), Decimal("52"))
    assert res.fee == Decimal("78.00") and res.steps[0].key == "plus"
