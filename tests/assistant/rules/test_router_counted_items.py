"""Counted items a per-item rule charges: the payment settling the balance ("dog ikke ved betaling af restgælden")
is not charged, and a duty charged "for hvert eksigibelt dokument" is counted per title the asker names."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.rules.router import RouterState, route

pytestmark = pytest.mark.unit


def _values(res):
    return [(Decimal(str(f.value)), f.unit) for f in res.facts if f.unit != "text"]


@pytest.mark.parametrize("question", [
    "Jeg betaler min gæld til fogeden i Frankrig i fire rater, hvor den fjerde rate er restgælden. "
    "Hvor meget kan han opkræve i udgifter til sagsstyring?",
    "Jeg betaler gjelden til namsmannen i Frankrike i fire avdrag, og det fjerde avdraget er restgjelden. "
    "Hvor mye kan han kreve i saksbehandlingskostnader?",
    "Jag betalar skulden till kronofogden i Frankrike i fyra avbetalningar där den fjärde är restskulden. "
    "Hur mycket kan han ta ut i hanteringsavgift?",
    "I pay the bailiff in France in four instalments, the fourth one paying off the balance. "
    "How much can he charge in case-management costs?",
])
def test_the_instalment_settling_the_balance_is_not_charged(question):
    res = route(question)
    assert res.rule_id == "FR-fee-management" and res.tool_calls[0].args["count"] == 3
    assert (Decimal("19.26"), "EUR") in _values(res)


@pytest.mark.parametrize("question", [
    "I pay the bailiff in France in four instalments. How much can he charge in case-management costs?",
    # the balance paid beside the four counted instalments: all four are charged
    "I'm paying off a debt through a French bailiff: four instalments and then the remaining balance. "
    "How much can he charge me in case-management costs?",
    "Jeg betaler fogeden i Frankrig i fire rater og derefter restgælden. Hvor meget kan han opkræve i sagsstyring?",
])
def test_instalments_besides_the_balance_are_all_charged(question):
    res = route(question)
    assert (Decimal("25.68"), "EUR") in _values(res)


def test_stamp_duty_per_enforceable_document_counts_the_titles():
    first = route("Hvad koster stempelafgiften, når jeg beder om en fuldbyrdelseserklæring i Rumænien?")
    res = route("Og hvis jeg har tre domme mod den samme skyldner?", first.state)
    assert res.rule_id == "RO-stamp-duty" and res.tool_calls[0].name == "compute_total"
    assert (Decimal("60"), "RON") in _values(res)
