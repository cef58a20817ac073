"""The fast eval subset against the REAL default pipeline (model + index), targets asserted on its TEST split.

~70 cases / ~80 turns, about 2 minutes on 2 cores including model load. The targets are the product's
acceptance bar; when one fails, the failing case ids and reasons are in the assertion message. Do not
loosen a target to make this pass: fix the component at fault (or the golden case, on evidence).

Targets not met yet are listed in ``NOT_MET`` and run as strict xfails: they still run and report their
failing cases, and the moment one is met the strict xfail fails, so it must be moved out of ``NOT_MET``.
Grounding (no unsupported citation or number) is never allowed to regress.
"""

from __future__ import annotations

import pytest

from evals import runner

pytestmark = [pytest.mark.integration, pytest.mark.slow]

TARGETS = {  # metric → (comparison, bound)
    "citation_hit": (">=", 0.95),
    "numeric_exact": (">=", 1.00),
    "abstain_precision": (">=", 0.95),
    "abstain_recall": (">=", 0.95),
    "must_include": (">=", 0.90),
    "unsupported_citations": ("<=", 0),
}


# Measured on the fast TEST split when this list was last edited; see the README's figures.
NOT_MET: set[str] = set()  # citation hit and must-include met on the fast subset in session 8, abstention precision in session 9


@pytest.fixture(scope="module")
def test_summary() -> dict:
    cases = runner.load_cases("fast", "test")
    rows = runner.score(cases, runner.run(cases, runner.PipelineAnswerer()))
    return runner.summarize(rows, ["test"])["test"]


def _failures(summary: dict) -> str:
    return "\n".join(f"  {f['id']} ({f['kind']}, {f['language']}) [{', '.join(f['suspects'])}]: " + "; ".join(f["reasons"])
                     for f in summary["failures"])


def test_no_batch_errors(test_summary):
    assert test_summary["overall"]["errors"] == 0, _failures(test_summary)


def test_every_number_is_grounded(test_summary):
    assert test_summary["overall"]["unsupported_numbers"] == 0, _failures(test_summary)


@pytest.mark.parametrize("metric", [
    pytest.param(m, marks=pytest.mark.xfail(strict=True, reason=f"{m}: target not met yet (issue 7 open)"))
    if m in NOT_MET else m for m in TARGETS])
def test_target(test_summary, metric):
    op, bound = TARGETS[metric]
    value = test_summary["overall"][metric]
    assert value is not None, f"{metric}: no applicable turns in the fast test split"
    ok = value >= bound if op == ">=" else value <= bound
    assert ok, f"{metric} = {value} (target {op} {bound}) on the fast TEST split; failing cases:\n" \
               f"{_failures(test_summary)}"
