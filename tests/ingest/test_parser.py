"""The parser: 24 countries plus Norway, every section present, and no legal line lost."""

import hashlib
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from assistant.countries import covered_codes
from ingest.noise import LineKind, classify, clean
from ingest.parser import (EJUSTICE_HEADINGS, SECTION_NUMBERS, CorpusError, load_manifest, parse_corpus,
                           parse_ejustice, read_lines)

pytestmark = pytest.mark.unit
CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SEEDS = CORPUS.parent.parent / "shared" / "seeds"
EJ = "003_43cce42097bd27ff.txt"
NO = "000_4640a0437160f84f.txt"


@pytest.fixture(scope="module")
def sections():
    return parse_corpus(CORPUS)


def test_24_ejustice_countries_plus_norway(sections):
    countries = {s.country for s in sections} - {"EU"}
    assert countries == set(covered_codes())
    assert len(countries) == 25
    assert not {"DK", "PT", "LT"} & countries


def test_every_ejustice_page_has_all_eleven_sections_in_order(sections):
    per_country: dict[str, list[str]] = {}
    for s in sections:
        per_country.setdefault(s.country, []).append(s.number)
    for code, numbers in per_country.items():
        if code in ("NO", "EU"):
            continue
        assert tuple(numbers) == SECTION_NUMBERS, code
    titles = {s.number: s.title for s in sections if s.country == "SE"}
    assert titles == dict(EJUSTICE_HEADINGS)


def test_norway_sections_are_its_headings(sections):
    norway = [s.number for s in sections if s.country == "NO"]
    assert norway == ["Innledning", "Hva er Tvangsfullbyrdelse?", "Juridisk grunnlag", "Prosess for Tvangsfullbyrdelse",
                      "Typer Tvangsfullbyrdelse", "Roller og ansvar", "Forhold til Inkasso", "Vanlige fallgruver",
                      "Videre lesning"]
    lead = next(s for s in sections if s.key == "NO:Innledning")
    assert lead.text.startswith("**Tvangsfullbyrdelse** er prosessen")


def test_last_updated_dates_match_the_manifest(sections):
    manifest = load_manifest(CORPUS)
    pages = manifest["sources"][0]["pages"]
    for s in sections:
        if s.source == EJ:
            assert s.last_updated == date.fromisoformat(pages[s.country]), s.key
    assert next(s for s in sections if s.key == "ES:1").last_updated == date(2017, 7, 27)


@pytest.mark.parametrize("name", [EJ, NO])
def test_no_legal_line_lost(sections, name):
    """Line by line: every non-noise source line lands in exactly one section, word for word."""
    raw = read_lines(CORPUS / "sources" / name)
    owner: Counter[int] = Counter()
    text_of: dict[int, str] = {}
    headings = set()
    for s in sections:
        if s.source != name:
            continue
        if s.line_start not in s.lines:  # the heading line itself (the EU intro has none)
            headings.add(s.line_start)
        for line_no, body in zip(s.lines, s.text.split("\n")):
            owner[line_no] += 1
            text_of[line_no] = body
    in_front_matter = set(range(1, raw.index("---", 1) + 2)) if raw[0] == "---" else set()
    for idx, line in enumerate(raw, start=1):
        kind = classify(line)
        if kind is LineKind.TEXT and idx not in in_front_matter and idx not in headings:
            assert owner[idx] == 1, f"{name}:{idx} lands in {owner[idx]} sections: {line[:70]!r}"
            assert text_of[idx] == clean(line)
        else:
            assert owner[idx] == 0, f"{name}:{idx} ({kind}) should not be section text"


def test_noise_is_stripped_and_text_kept(sections):
    joined = "\n".join(s.text for s in sections)
    for noise in ("Link åbner i nyt vindue", "Denne webside er en del af", "Sidste opdatering",
                  "Your-Europe", "De nationale sprogudgaver", "Følgende sprog er allerede oversat"):
        assert noise not in joined
    # an inline link marker goes, the sentence around it stays word for word
    ee = next(s for s in sections if s.key == "EE:2")
    assert "Fogeder (kohtutäiturid) – kontaktoplysninger findes her." in ee.text


def test_sources_are_the_seeds_byte_for_byte():
    manifest = load_manifest(CORPUS)
    for src in manifest["sources"]:
        data = (CORPUS / "sources" / src["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == src["sha256"]
        if SEEDS.exists():
            assert data == (SEEDS / src["file"]).read_bytes()
        for key in ("title", "publisher", "url", "language", "retrieved", "notice"):
            assert key in src


def test_structure_errors_are_reported():
    with pytest.raises(CorpusError, match="unknown country"):
        parse_ejustice(["Procedurer for fuldbyrdelse af en retsafgørelse - Atlantis"], "x")
    with pytest.raises(CorpusError, match="footer"):
        parse_ejustice(["Procedurer for fuldbyrdelse af en retsafgørelse - Sverige",
                        "1 Hvad forstås ved tvangsfuldbyrdelse i civil- og handelsretlige sager?", "tekst"], "x")
