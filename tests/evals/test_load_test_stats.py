"""The soak's RSS summaries: per-minute samples and the drift after warm-up (issue #8)."""

from __future__ import annotations

import pytest

from evals.load_test import _by_minute, _drift_per_min

pytestmark = pytest.mark.unit


def test_a_plateau_after_warm_up_has_no_drift():
    times = [0, 30, 60, 90, 120, 150, 180]
    assert _drift_per_min(times, [100, 130, 131, 131, 131, 131, 131]) == pytest.approx(0.0, abs=0.1)


def test_a_steady_climb_is_reported_per_minute():
    times = [float(t) for t in range(0, 601, 30)]
    rss = [1000 + 7 * t / 60 for t in times]  # 7 MB per minute, the old leak's rate
    assert _drift_per_min(times, rss) == pytest.approx(7.0)
    assert _by_minute(times, rss) == [round(1000 + 7 * m) for m in range(11)]


def test_too_few_samples_after_warm_up_give_no_figure():
    assert _drift_per_min([0, 30, 61, 62], [1, 2, 3, 4]) is None
    assert _by_minute([], []) == []
