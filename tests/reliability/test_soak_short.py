"""Short soak for CI: the real app (real model + index) on a free localhost port, 4 simulated users for
60 s through gradio_client (``evals/load_test.py``). No errors, no cross-talk between sessions, every
rating stored; prints requests, p50/p95 and the app's RSS at start and end.

    pytest -m "integration and slow" tests/reliability/test_soak_short.py -s
"""

from __future__ import annotations

import json

import pytest

from evals import load_test

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def test_soak_short(tmp_path):
    feedback_db = tmp_path / "feedback.sqlite3"  # never the real feedback table
    res = load_test.run(users=4, seconds=60, url=None, data_dir=None, max_requests=10_000, soak=True,
                        feedback_db=feedback_db)
    print("\nsoak-short:", json.dumps({k: res[k] for k in ("users", "elapsed_s", "requests", "errors", "p50_ms",
                                                          "p95_ms", "rss_start_mb", "rss_end_mb", "rss_max_mb",
                                                          "feedback_sent", "feedback_stored")}))
    assert res["errors"] == 0, res["error_samples"]
    assert res["crosstalk"] == [] and res["context_lost"] == []
    assert res["requests"] >= 4 * 2  # every user finished at least one conversation
    assert res["feedback_sent"] > 0 and res["feedback_stored"] == res["feedback_sent"]
    # a 60 s run is far too short to prove there is no leak, but a gross one shows already
    assert res["rss_end_mb"] < res["rss_start_mb"] * 1.5 + 200
