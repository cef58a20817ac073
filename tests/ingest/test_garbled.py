"""corpus/garbled.toml: every flagged passage is verbatim section text and really gets flagged in the chunks."""

from collections import Counter

import pytest

from ingest.chunker import chunk_sections, garbled_passages
from ingest.parser import parse_corpus, sections_by_key

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def passages():
    garbled_passages.cache_clear()  # lru_cached: make sure we read the file as it is now
    found = garbled_passages()
    yield found
    garbled_passages.cache_clear()


@pytest.fixture(scope="module")
def chunks(passages):
    # the default call reads corpus/garbled.toml through the (freshly cleared) cache, as the app does
    return chunk_sections(parse_corpus())


def test_file_has_a_selective_number_of_entries(passages):
    assert len(passages) >= 15  # the register is reviewed data; a floor catches an emptied file


def test_every_quote_is_verbatim_section_text(passages):
    by_key = sections_by_key()
    for p in passages:
        key = f"{p.country}:{p.section}"
        assert key in by_key, f"unknown section {key}"
        assert p.quote in by_key[key].text, f"{key}: quote not found verbatim: {p.quote[:60]!r}"


def test_quotes_are_single_lines_of_sensible_length(passages):
    for p in passages:
        assert "\n" not in p.quote, p.quote[:60]
        assert 20 <= len(p.quote) <= 300, (p.country, p.section, len(p.quote))
        assert p.quote == p.quote.strip(), p.quote[:60]


def test_notes_are_non_empty(passages):
    for p in passages:
        assert p.note.strip(), f"{p.country}:{p.section} has an empty note"


def test_no_duplicates(passages):
    counts = Counter((p.country, p.section, p.quote) for p in passages)
    assert [k for k, n in counts.items() if n > 1] == []
    quotes = Counter(p.quote for p in passages)
    assert [q for q, n in quotes.items() if n > 1] == []


def test_every_entry_flags_at_least_one_chunk(passages, chunks):
    flagged = [c for c in chunks if c.garbled]
    for p in passages:
        hits = [c for c in flagged if (c.country, c.section) == (p.country, p.section)
                and (p.quote in c.text or c.text in p.quote)]
        assert hits, f"{p.country}:{p.section}: no chunk flagged for {p.quote[:60]!r}"


def test_flags_stay_in_their_own_sections(passages, chunks):
    keys = {(p.country, p.section) for p in passages}
    assert all((c.country, c.section) in keys for c in chunks if c.garbled)
