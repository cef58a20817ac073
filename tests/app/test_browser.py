"""A real browser (Debian's Chromium via playwright-core) drives the real app on localhost."""

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from evals.load_test import free_port, start_server, stop_server
from ingest.parser import parse_corpus

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("browser_test.mjs")
SCREENSHOT = ROOT / "evals" / "artifacts" / "app-screenshot.png"

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _require_browser_tools() -> None:
    # CI installs both in .ci/setup.sh --test; a missing tool is a failure, not a skip.
    assert shutil.which("node"), "node is not installed"
    assert Path("/usr/bin/chromium").exists(), "Debian's chromium is missing: run bash .ci/setup.sh --test"
    assert (ROOT / "node_modules" / "playwright-core").exists(), "playwright-core missing: bash .ci/setup.sh --test"


def test_ask_stream_cite_feedback_and_xss(tmp_path):
    _require_browser_tools()
    port, feedback_db = free_port(), tmp_path / "feedback.sqlite3"
    app = start_server(None, port, feedback_db=feedback_db, log_path=tmp_path / "app.log")
    try:
        shot = tmp_path / "app.png"
        run = subprocess.run(["node", str(SCRIPT), f"http://127.0.0.1:{port}/", str(shot)], cwd=ROOT,
                             capture_output=True, text=True, timeout=600)
        seen = json.loads(run.stdout.strip().splitlines()[-1]) if run.stdout.strip() else {}
        assert seen.get("ok"), f"browser run failed: {seen.get('error') or run.stderr[-2000:]}"
    finally:
        stop_server(app)

    # a streamed answer with at least one source card whose expanded quote is verbatim corpus text
    assert seen["streamed_states"] >= 2, seen
    assert seen["cards"] >= 1
    assert len(seen["quote"]) > 20
    assert any(seen["quote"] in s.text for s in parse_corpus() if s.country == "SE"), seen["quote"]
    assert "Sverige" in seen["card_summary"]
    # thumbs up landed in SQLite with the question and the cited answer
    with sqlite3.connect(feedback_db) as conn:
        rows = conn.execute("SELECT rating, question, citations FROM feedback").fetchall()
    assert len(rows) == 1 and rows[0][0] == 1
    assert "Sverige" in rows[0][1] and '"country": "SE"' in rows[0][2]
    # hostile markup shows literally and never runs
    assert seen["dialogs"] == 0
    assert seen["literal_payload"] >= 1
    assert seen["script_tags_in_chat"] == 0
    assert shot.stat().st_size > 10_000
    if os.environ.get("EA_UPDATE_SCREENSHOT") == "1":  # a test run never rewrites a tracked file by default
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)
