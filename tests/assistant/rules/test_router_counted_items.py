"""Counted items a per-item rule charges: a duty charged "for hvert eksigibelt dokument" is counted per title the
asker names."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.rules.router import RouterState, route

pytestmark = pytest.mark.unit


def _values(res):
    return [(Decimal(str(f.value)), f.unit) for f in res.facts if f.unit != "text"]


def test_stamp_duty_per_enforceable_document_counts_the_titles():
    first = route("Hvad koster stempelafgiften, når jeg beder om en fuldbyrdelseserklæring i Rumænien?")
    res = route("Og hvis jeg har tre domme mod den samme skyldner?", first.state)
    assert res.rule_id == "RO-stamp-duty" and res.tool_calls[0].name == "compute_total"
    assert (Decimal("60"), "RON") in _values(res)
