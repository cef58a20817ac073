"""Sections → chunks. A chunk never crosses a country or section boundary.

Each chunk body is a contiguous slice of its section's text, so a chunk is always quotable verbatim.
Long sections are split at paragraph boundaries first, then at sentence boundaries, and only as a last
resort at a word boundary.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from assistant.countries import get as get_country
from assistant.models import Chunk, GarbledPassage, Section
from assistant.settings import ChunkingSettings, get_settings

# A sentence ends at . ! ? or ; followed by space and an upper-case letter, digit, bullet or quote.
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-ZÆØÅÄÖÜÉ0-9•(\"„«])")
# Short lines without a full stop are sub-headings ("3.1.1. Arrest", "Gebyr"): a good place to cut.
_SUBHEADING_MAX = 90


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return [s for s in spans if s[1] > s[0]]


def _split_long(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """Split one over-long paragraph into sentence spans; hard-wrap only a sentence longer than the limit.

    The spans are packed into chunks afterwards, so each may be short.
    """
    cuts = [start] + [start + m.end() for m in _SENTENCE_END.finditer(text[start:end])] + [end]
    pieces: list[tuple[int, int]] = []
    for a, b in zip(cuts, cuts[1:]):
        while b - a > limit:
            space = text.rfind(" ", a + 1, a + limit)
            cut = space if space > a else a + limit
            pieces.append((a, cut))
            a = cut
        pieces.append((a, b))
    return [(a, b) for a, b in pieces if text[a:b].strip()]


def _is_subheading(text: str, span: tuple[int, int]) -> bool:
    line = text[span[0]:span[1]].strip()
    return len(line) <= _SUBHEADING_MAX and not line.endswith((".", ":", ";", ","))


def split_section(section: Section, cfg: ChunkingSettings) -> list[tuple[int, int]]:
    """Character spans of ``section.text`` that become chunk bodies."""
    text, limit = section.text, cfg.max_chars
    units: list[tuple[int, int]] = []
    for span in _paragraph_spans(text):
        units += _split_long(text, *span, limit) if span[1] - span[0] > limit else [span]
    groups: list[tuple[int, int]] = []
    for a, b in units:
        if groups:
            g0, g1 = groups[-1]
            fits = b - g0 <= limit
            # start afresh at a sub-heading once the current chunk has substance
            fresh = _is_subheading(text, (a, b)) and g1 - g0 >= cfg.min_chars
            if fits and not fresh:
                groups[-1] = (g0, b)
                continue
        groups.append((a, b))
    # a short tail reads badly on its own: merge it back when the result stays within 125 % of the limit
    if len(groups) > 1 and groups[-1][1] - groups[-1][0] < cfg.min_chars:
        (a0, _), (_, b1) = groups[-2], groups[-1]
        if b1 - a0 <= limit * 1.25:
            groups[-2:] = [(a0, b1)]
    return groups


def _line_of(section: Section, offset: int) -> int:
    """Source line number of a character offset in the section text."""
    row = section.text.count("\n", 0, offset)
    return section.lines[row] if section.lines else section.line_start


@lru_cache(maxsize=1)
def garbled_passages(corpus_dir: str | None = None) -> tuple[GarbledPassage, ...]:
    path = Path(corpus_dir or get_settings().paths.corpus_dir) / "garbled.toml"
    if not path.exists():
        return ()
    with path.open("rb") as fh:
        return tuple(GarbledPassage(**row) for row in tomllib.load(fh).get("passage", []))


def _garbled(country: str, section: str, body: str, passages: Iterable[GarbledPassage]) -> bool:
    return any(p.country == country and p.section == section and (p.quote in body or body in p.quote)
               for p in passages)


def chunk_sections(sections: Iterable[Section], cfg: ChunkingSettings | None = None,
                   garbled: Iterable[GarbledPassage] | None = None) -> list[Chunk]:
    cfg = cfg or get_settings().chunking
    garbled = tuple(garbled if garbled is not None else garbled_passages())
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for sec in sections:
        for a, b in split_section(sec, cfg):
            body = sec.text[a:b].strip()
            if not body:
                continue
            a = sec.text.index(body, a)
            cid = Chunk.make_id(sec.country, sec.number, body)
            if cid in seen:  # identical text twice in one section: keep ids unique and stable
                cid = Chunk.make_id(sec.country, sec.number, f"{a}:{body}")
            seen.add(cid)
            chunks.append(Chunk(
                id=cid, country=sec.country, section=sec.number, title=sec.title, text=body,
                line_start=_line_of(sec, a), line_end=_line_of(sec, a + len(body) - 1), source=sec.source,
                last_updated=sec.last_updated, garbled=_garbled(sec.country, sec.number, body, garbled),
            ))
    return chunks


def embedding_text(chunk: Chunk) -> str:
    """What the embedder and BM25 see: the context header (Danish and English country name) + body."""
    country = get_country(chunk.country)
    name = country.names["da"] if country.names["da"] == country.names["en"] else \
        f"{country.names['da']} ({country.names['en']})"
    return f"{chunk.context_header(name)}\n{chunk.text}"
