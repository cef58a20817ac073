"""Number audit: every number in the corpus is a rule, a recognised reference or a reviewed non-rule."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.rules.audit import audit, audit_sections, extract, load_allowlist
from assistant.rules.schema import load_rules

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[3]


@dataclass
class Sec:
    country: str
    number: str
    text: str


def _audit(text: str, rules=(), allowlist=(), country: str = "CZ", number: str = "5"):
    return audit_sections([Sec(country, number, text)], list(rules), list(allowlist))


def test_whole_corpus_has_no_unexplained_number():
    report = audit()
    assert report.unexplained == [], [f"{m.country}:{m.section} {m.span!r}" for m in report.unexplained]
    assert report.stale_allowlist == []
    assert report.summary()["by_status"]["rule"] > 700


def test_allowlist_entries_have_reasons():
    entries = load_allowlist()
    assert entries and all(e["reason"].strip() and e["span"].strip() for e in entries)
    assert len(entries) <= 40  # the heuristics keep it short; a long list means they missed a pattern


def test_uncovered_number_is_reported():
    report = _audit("Appellen skal indgives senest 30\u00a0dage efter forkyndelsen.")
    [m] = report.unexplained
    assert (m.span, m.unit, m.value) == ("30\u00a0dage", "day", "30")


@pytest.mark.parametrize("text, span, unit, value", [
    ("inden for tre uger efter afgørelsen", "tre uger", "week", "3"),
    ("i seks måneder", "seks måneder", "month", "6"),
    ("gyldig i to år", "to år", "year", "2"),
    ("et gebyr på 10\u00a0% af beløbet", "10\u00a0%", "percent", "10"),
    ("et gebyr på EUR 1\u00a0000 pr. sag", "EUR 1\u00a0000", "EUR", "1000"),
    ("op til 1/3 af lønnen", "1/3", "fraction", "1/3"),
    ("kun to femtedele af kravet", "to femtedele", "fraction", "2/5"),
    ("op til halvdelen af lønnen", "halvdelen", "fraction", "1/2"),
    ("senest fem hverdage efter", "fem hverdage", "working_day", "5"),
    ("værdier på op til 3 mio. EUR", "3 mio. EUR", "EUR", "3000000"),
    ("i højst 48 timer", "48 timer", "hour", "48"),
])
def test_quantities_with_units(text, span, unit, value):
    [m] = [m for m in extract("XX", "1", text) if m.category == "quantity"]
    assert (m.span, m.unit, m.value) == (span, unit, value)


def test_range_takes_the_unit_of_its_end():
    found = extract("RO", "3.1", "Meddelelse – 20-400\u00a0RON")
    assert [(m.span, m.unit) for m in found] == [("20", "RON"), ("400\u00a0RON", "RON")]


@pytest.mark.parametrize("text", [
    "jf. artikel 1386 i loven",
    "lov nr. 123 af 1987",
    "§\u00a054, stk.\u00a02 og 3, i lov om retsplejen",
    "forordning (EU) nr. 1215/2012 af 12. december 2012 om retternes kompetence",
    "artikel L. 111-3 og R. 111-1 til R. 111-5",
    "3.1.4. Omkostninger",
    "se https://example.invalid/page2019.htm",
    "Enforcement of Court Orders Acts af 1926 og 2009",
    "artikel 52/A-52/B i lov om retslig fuldbyrdelse",
])
def test_references_are_recognised(text):
    report = _audit(text)
    assert report.unexplained == [], [m.span for m in report.unexplained]
    assert all(m.category == "reference" for m in report.mentions)


def test_a_historic_date_and_a_clock_time_need_review():
    report = _audit("Fra den 1. januar 2017 må fogeden kun komme mellem kl. 6.00 og kl. 21.00.")
    assert {m.span for m in report.unexplained} == {"1. januar 2017", "kl. 6.00", "kl. 21.00"}


def test_rule_quote_covers_a_mention_and_allowlist_explains_another():
    rule = next(r for r in load_rules().values() if r.id == "CZ-appeal")
    text = f"{rule.quote} Ellers gælder 60 dage."
    report = _audit(text, [rule], [{"country": "CZ", "section": "5", "span": "60 dage", "reason": "test"}])
    assert [(m.status, m.explanation) for m in report.mentions] == [("rule", "CZ-appeal"), ("allowlisted", "test")]


def test_same_value_only_counts_in_the_quote_sentence():
    rule = next(r for r in load_rules().values() if r.id == "CZ-appeal")
    same = _audit(f"{rule.quote}, altså 15 dage i alt.", [rule])
    other = _audit(f"{rule.quote}. Retten afgør sagen inden 15 dage.", [rule])
    assert same.unexplained == [] and [m.span for m in other.unexplained] == ["15 dage"]


def test_stale_allowlist_entry_is_reported():
    report = _audit("Ingen tal her.", allowlist=[{"country": "CZ", "section": "5", "span": "9 dage", "reason": "x"}])
    assert len(report.stale_allowlist) == 1


def test_cli_json_and_exit_code():
    out = subprocess.run([sys.executable, "-m", "assistant.rules", "audit", "--json"], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["summary"]["by_status"]["unexplained"] == 0 and report["mentions"]
