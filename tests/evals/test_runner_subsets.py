"""Adding dev cases must not move the fast TEST sample that test_eval_fast asserts the targets on."""

from __future__ import annotations

import hashlib

import pytest

from evals import runner
from evals.golden_schema import ORIGINAL_QA_CASES

pytestmark = pytest.mark.unit

# ids of the fast test subset before any dev-only case was added (38 cases)
FROZEN_FAST_TEST_SHA256 = "910b824fe9883c32ab1345e07fb29e7b8d0fbdd2b6b2402ca4d8571e390566ae"


def test_fast_test_subset_is_unchanged_by_added_cases() -> None:
    ids = [c.id for c in runner.load_cases("fast", "test")]
    assert len(ids) == 38
    assert hashlib.sha256(",".join(ids).encode()).hexdigest() == FROZEN_FAST_TEST_SHA256


def test_case_filters_partition_the_set() -> None:
    every = {c.id for c in runner.load_cases("full", "all")}
    orig = {c.id for c in runner.load_cases("full", "all", cases_from="original")}
    new = {c.id for c in runner.load_cases("full", "all", cases_from="new")}
    assert orig | new == every and not orig & new and len(orig) == ORIGINAL_QA_CASES
    assert all(c.split == "dev" for c in runner.load_cases("full", "all", cases_from="new"))


def test_holdout_is_only_scored_when_asked_for_by_name() -> None:
    from evals.golden_schema import in_split

    assert [in_split("holdout", s) for s in ("all", "dev", "test", "holdout", "everything")] == \
        [False, False, False, True, True]
    assert in_split("dev", "all") and in_split("test", "all") and not in_split("dev", "test")
    assert all(c.split != "holdout" for c in runner.load_cases("fast", "everything"))
