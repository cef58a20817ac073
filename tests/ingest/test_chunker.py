"""Chunk boundaries: never across a country or section; verbatim; stable ids; nothing dropped."""

import re
from datetime import date

import pytest

from assistant.models import GarbledPassage, Section
from assistant.settings import ChunkingSettings
from ingest.chunker import chunk_sections, embedding_text
from ingest.parser import parse_corpus

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def corpus():
    sections = parse_corpus()
    return sections, chunk_sections(sections)


def test_chunks_stay_inside_their_section_verbatim(corpus):
    sections, chunks = corpus
    by_key = {s.key: s for s in sections}
    for c in chunks:
        sec = by_key[f"{c.country}:{c.section}"]
        assert c.text in sec.text
        assert c.title == sec.title and c.last_updated == sec.last_updated
        assert sec.line_start <= c.line_start <= c.line_end <= sec.line_end


def test_no_section_text_is_dropped(corpus):
    sections, chunks = corpus
    for sec in sections:
        mine = [c.text for c in chunks if (c.country, c.section) == (sec.country, sec.number)]
        words = lambda t: re.findall(r"\S+", t)  # noqa: E731
        assert sum(len(words(t)) for t in mine) == len(words(sec.text)), sec.key


def test_sizes_are_bounded(corpus):
    _, chunks = corpus
    cfg = ChunkingSettings()
    assert max(len(c.text) for c in chunks) <= cfg.max_chars * 1.25


def test_ids_are_stable_unique_content_hashes(corpus):
    sections, chunks = corpus
    again = chunk_sections(parse_corpus())
    assert [c.id for c in chunks] == [c.id for c in again]
    assert len({c.id for c in chunks}) == len(chunks)


def _section(text: str) -> Section:
    lines = tuple(range(10, 10 + text.count("\n") + 1))
    return Section(country="SE", number="5", title="Kan en afgørelse om tvangsfuldbyrdelse appelleres?", text=text,
                   line_start=9, line_end=lines[-1], source="x.txt", last_updated=date(2020, 12, 16), lines=lines)


def test_long_paragraph_splits_at_sentence_boundaries():
    sentences = [f"Sætning nummer {i} handler om udlæg og frister i sagen." for i in range(60)]
    sec = _section(" ".join(sentences))
    chunks = chunk_sections([sec], ChunkingSettings(max_chars=400, min_chars=100), garbled=())
    assert len(chunks) > 3
    for c in chunks:
        assert len(c.text) <= 500
        assert c.text.startswith("Sætning") and c.text.endswith("sagen.")


def test_paragraphs_pack_and_lines_are_tracked():
    sec = _section("Første afsnit.\nAndet afsnit.\n" + "x " * 300 + "\nSidste afsnit.")
    chunks = chunk_sections([sec], ChunkingSettings(max_chars=400, min_chars=50), garbled=())
    assert chunks[0].text.startswith("Første afsnit.\nAndet afsnit.")
    assert chunks[0].line_start == 10
    assert chunks[-1].line_end == 13


def test_garbled_passages_are_flagged():
    sec = _section("God tekst her.\nDen ufuldbyrdende kendelse som afgørelser om udlæg ikke.")
    flag = GarbledPassage(country="SE", section="5", quote="Den ufuldbyrdende kendelse", note="test")
    chunks = chunk_sections([sec], ChunkingSettings(max_chars=200, min_chars=0), garbled=[flag])
    assert any(c.garbled for c in chunks)


def test_embedding_text_carries_context(corpus):
    _, chunks = corpus
    c = next(c for c in chunks if c.country == "SE" and c.section == "5")
    head = embedding_text(c).split("\n")[0]
    assert head.startswith("Sverige (Sweden) – 5 Kan en afgørelse")
