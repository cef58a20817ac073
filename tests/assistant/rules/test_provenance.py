"""Every rule's quote is verbatim corpus text inside the section the rule cites (via ingest.parser)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from assistant import countries
from assistant.rules.schema import DATA_DIR, load_rules
from ingest.parser import parse_corpus

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def sections():
    return {s.key: s for s in parse_corpus()}


RULES = list(load_rules().values())


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_quote_is_verbatim_in_cited_section(rule, sections):
    section = sections.get(f"{rule.country}:{rule.section}")
    assert section is not None, f"{rule.id}: no section {rule.country}:{rule.section}"
    for quote in (rule.quote, *rule.extra_quotes):
        assert quote in section.text, f"{rule.id}: quote not found verbatim in {section.key}: {quote[:80]!r}"


def test_every_covered_country_has_a_file():
    files = {p.stem for p in DATA_DIR.glob("*.toml")}
    assert set(countries.covered_codes()) <= files


def test_every_e_justice_country_has_rules_and_norway_none():
    by_country = {c: [r for r in RULES if r.country == c] for c in countries.covered_codes()}
    assert by_country.pop("NO") == []  # the Norwegian article states no number
    assert all(by_country.values()), [c for c, rs in by_country.items() if not rs]


def test_quoted_value_appears_in_quote():
    """Cheap guard against typing the wrong number: a digit value must appear in its quote (as digits,
    with the source's decimal comma), or the quote must spell small numbers out."""
    words = {1: ("en", "et", "én", "ét", "ene"), 2: ("to",), 3: ("tre",), 4: ("fire",), 5: ("fem",), 6: ("seks",),
             7: ("syv",), 8: ("otte",), 10: ("ti",), 12: ("tolv",), 14: ("fjorten",), 15: ("femten",), 30: ("tredive",)}
    for r in RULES:
        if isinstance(r.value, str):
            continue
        text = " ".join((r.quote, *r.extra_quotes)).replace("\u00a0", " ")
        # integers as plain digits: ':g' would write 1 000 000 as '1e+06'
        digits = str(int(r.value)) if float(r.value).is_integer() else f"{r.value:g}".replace(".", ",")
        spelled = words.get(r.value, ()) if float(r.value).is_integer() else ()
        assert digits in text.replace(" ", "").replace(".", "") or digits in text or any(
            f" {w} " in f" {text} " for w in spelled) or r.unit in ("minimum_wage", "percent", "fraction"), r.id


def test_rules_on_known_garbled_passages_are_flagged(sections):
    """A quote overlapping a passage listed in corpus/garbled.toml must carry a flag."""
    passages = tomllib.loads((ROOT / "corpus" / "garbled.toml").read_text(encoding="utf-8"))["passage"]
    for r in RULES:
        text = sections[f"{r.country}:{r.section}"].text
        for p in passages:
            if (p["country"], p["section"]) != (r.country, r.section):
                continue
            i = text.find(p["quote"])
            for q in (r.quote, *r.extra_quotes):
                j = text.find(q)
                if i >= 0 and j >= 0 and j < i + len(p["quote"]) and i < j + len(q):
                    assert r.flags, f"{r.id} overlaps a garbled passage but has no flag"


def _source_number(value) -> str:
    """Format like the source tables: non-breaking-space thousands, decimal comma ('2\u00a0535,00')."""
    whole, _, cents = f"{value:.2f}".partition(".") if "." in str(value) else (str(value), "", "")
    grouped = f"{int(whole):,}".replace(",", "\u00a0")
    return f"{grouped},{cents}" if cents else grouped


def test_fee_table_rows_are_in_the_quote():
    """Each (value, fee) row of a transcribed fee table appears as two consecutive lines of the quote."""
    tables = [r for r in RULES if r.calc == "fee_table" and all(b.upto is not None for b in r.brackets[:-1])
              and r.id.startswith("DE-fee-table")]
    assert tables
    for r in tables:
        for b in r.brackets:
            row = f"{_source_number(b.upto)}\n{_source_number(b.fixed)}"
            assert row in r.quote or f"{_source_number(b.upto)}\n{_source_number(b.fixed)}Bilag" in r.quote, (r.id, row)
