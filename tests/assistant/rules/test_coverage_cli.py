"""``python -m assistant.rules coverage [--json]``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[3]


def run(*args):
    return subprocess.run([sys.executable, "-m", "assistant.rules", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_coverage_table_and_flags():
    out = run("coverage")
    assert out.returncode == 0, out.stderr
    assert "Flagged rules" in out.stdout and "GR-fee-seizure" in out.stdout
    assert any(line.startswith("NO ") for line in out.stdout.splitlines())


def test_coverage_json():
    out = run("coverage", "--json")
    report = json.loads(out.stdout)
    assert report["countries"]["NO"]["total"] == 0
    assert sum(r["total"] for r in report["countries"].values()) == report["total"]
    assert all(f["note"] for f in report["flagged"])


def test_usage_error():
    assert run("nonsense").returncode == 2


def test_check_command_passes_and_explains_whitespace(monkeypatch):
    out = run("check")
    assert out.returncode == 0 and "quotes verbatim" in out.stdout
    from assistant.rules import check as check_mod
    from assistant.rules.schema import Rule, load_rules

    rule = load_rules()["CZ-appeal"]
    broken = Rule(**{**rule.model_dump(), "quote": rule.quote.replace("\u00a0", " ")})
    monkeypatch.setattr(check_mod, "load_rules", lambda: {"CZ-appeal": broken})
    (problem,) = check_mod.check()
    assert "whitespace differs" in problem and "\\u00a0" in problem
