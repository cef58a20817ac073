"""Turn the two source documents into typed ``Section`` records.

- The e-Justice file: one page per country, each opened by ``Procedurer for fuldbyrdelse af en
  retsafgørelse - <Land>``, with the eleven canonical section headings (1, 2, 3, 3.1, 3.2, 4, 4.1, 4.2,
  4.3, 5, 6) and closed by a ``Sidste opdatering`` footer. Sub-headings such as ``3.1.1. Arrest`` stay
  inside their parent section, so section-level citations are comparable across countries.
- The Norwegian markdown article: front matter, then one section per ``##`` heading; the lead paragraph
  before the first heading is the section "Innledning".

Section text keeps the source lines word for word (inline link markers and noise lines removed), so any
quote taken from it is verbatim corpus text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from assistant.countries import by_danish_name
from assistant.models import Section
from assistant.settings import get_settings
from ingest.noise import PAGE_TITLE_RE, UPDATED_RE, LineKind, classify, clean

# The canonical headings of every e-Justice page, in order. Matching the full heading (not just a number)
# keeps numbered list items such as "2. Private fogeder." inside the text.
EJUSTICE_HEADINGS: tuple[tuple[str, str], ...] = (
    ("1", "Hvad forstås ved tvangsfuldbyrdelse i civil- og handelsretlige sager?"),
    ("2", "Hvilke(n) myndighed(er) har beføjelse til at foretage tvangsfuldbyrdelse?"),
    ("3", "Hvornår kan der træffes afgørelse om tvangsfuldbyrdelse?"),
    ("3.1", "Proceduren"),
    ("3.2", "De vigtigste betingelser"),
    ("4", "Genstanden for og karakteren af tvangsfuldbyrdelsesskridt"),
    ("4.1", "Hvilke former for aktiver kan gøres til genstand for sådanne skridt?"),
    ("4.2", "Hvad er retsvirkningen heraf?"),
    ("4.3", "Hvor længe kan disse skridt opretholdes?"),
    ("5", "Kan en afgørelse om tvangsfuldbyrdelse appelleres?"),
    ("6", "Findes der nogen begrænsninger for tvangsfuldbyrdelse, navnlig med hensyn til debitorbeskyttelse og tidsfrister?"),
)
SECTION_NUMBERS: tuple[str, ...] = tuple(n for n, _ in EJUSTICE_HEADINGS)
_HEADING_LINES = {f"{n} {t}": (n, t) for n, t in EJUSTICE_HEADINGS}

EU_INTRO_SECTION = ("0", "How to enforce a court decision")
NORWAY_LEAD = "Innledning"
_MD_HEADING_RE = re.compile(r"^#{2,6}\s+(?P<title>.+?)\s*$")


class CorpusError(ValueError):
    """The source does not have the structure the parser relies on."""


@dataclass
class _Open:
    """A section being collected."""

    country: str
    number: str
    title: str
    line_start: int
    body: list[tuple[int, str]] = field(default_factory=list)

    def close(self, line_end: int, source: str, updated: date | None) -> Section:
        return Section(
            country=self.country, number=self.number, title=self.title,
            text="\n".join(t for _, t in self.body), line_start=self.line_start, line_end=line_end,
            source=source, last_updated=updated, lines=tuple(n for n, _ in self.body),
        )


def _date(match: re.Match[str]) -> date:
    return date(int(match["y"]), int(match["m"]), int(match["d"]))


def parse_ejustice(lines: list[str], source: str) -> list[Section]:
    """Parse the e-Justice file. ``lines`` are the raw lines without newlines (line 1 = index 0)."""
    names = by_danish_name()
    sections: list[Section] = []
    pending: list[_Open] = []          # sections of the current page, closed when its footer is seen
    current = _Open("EU", *EU_INTRO_SECTION, line_start=1)
    last_line = 0

    def finish_page(updated: date | None) -> None:
        nonlocal current
        pending.append(current)
        for i, sec in enumerate(pending):
            end = pending[i + 1].line_start - 1 if i + 1 < len(pending) else last_line
            sections.append(sec.close(max(end, sec.line_start), source, updated))
        pending.clear()

    expected = 0  # index into EJUSTICE_HEADINGS of the next heading on this page
    for idx, raw in enumerate(lines, start=1):
        kind = classify(raw)
        if kind is LineKind.PAGE_TITLE:
            land = PAGE_TITLE_RE.match(raw)["country"]  # type: ignore[index]
            if land not in names:
                raise CorpusError(f"line {idx}: unknown country page {land!r}")
            if current is not None:
                raise CorpusError(f"line {idx}: page {land!r} starts before the previous page's footer")
            current = _Open(names[land].code, "", "", line_start=idx)  # placeholder until heading 1
            expected = 0
            continue
        if kind is LineKind.UPDATED:
            if current is None:
                raise CorpusError(f"line {idx}: footer outside a page")
            finish_page(_date(UPDATED_RE.match(raw)))  # type: ignore[arg-type]
            current = None
            continue
        if kind is not LineKind.TEXT:
            continue
        if current is None:
            raise CorpusError(f"line {idx}: text between pages: {raw[:60]!r}")
        heading = _HEADING_LINES.get(raw.strip())
        if heading and current.country != "EU":
            number, title = heading
            if SECTION_NUMBERS.index(number) != expected:
                raise CorpusError(f"line {idx}: heading {number} out of order on the {current.country} page")
            expected += 1
            if current.number:              # close the previous section of this page
                pending.append(current)
            elif current.body:
                raise CorpusError(f"line {idx}: text before section 1 on the {current.country} page")
            current = _Open(current.country, number, title, line_start=idx)
            continue
        current.body.append((idx, clean(raw)))
        last_line = idx
    if current is not None or pending:
        raise CorpusError("the file ends inside a page (no 'Sidste opdatering' footer)")
    for sec in sections:
        if sec.country != "EU" and not sec.number:
            raise CorpusError(f"{sec.country}: page without section headings")
    return sections


def parse_norwegian_markdown(lines: list[str], source: str, updated: date | None = None) -> list[Section]:
    """Parse the Norwegian article: one section per heading; front matter is metadata."""
    body_start = 0
    if lines and lines[0].strip() == "---":
        try:
            body_start = lines.index("---", 1) + 1
        except ValueError as exc:
            raise CorpusError("unterminated front matter") from exc
    sections: list[Section] = []
    current = _Open("NO", NORWAY_LEAD, NORWAY_LEAD, line_start=body_start + 1)
    last_line = body_start
    for idx, raw in enumerate(lines[body_start:], start=body_start + 1):
        if classify(raw) is not LineKind.TEXT:
            continue
        match = _MD_HEADING_RE.match(raw)
        if match:
            if current.body:
                sections.append(current.close(last_line, source, updated))
            title = match["title"]
            current = _Open("NO", title, title, line_start=idx)
            continue
        current.body.append((idx, clean(raw)))
        last_line = idx
    sections.append(current.close(max(last_line, current.line_start), source, updated))
    return sections


def front_matter(lines: list[str]) -> dict[str, str]:
    """The article's front matter as a flat dict (title, description …)."""
    if not lines or lines[0].strip() != "---":
        return {}
    out: dict[str, str] = {}
    for raw in lines[1:lines.index("---", 1)]:
        key, _, value = raw.partition(":")
        out[key.strip()] = value.strip().strip('"')
    return out


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def load_manifest(corpus_dir: Path) -> dict:
    return json.loads((corpus_dir / "manifest.json").read_text(encoding="utf-8"))


def parse_corpus(corpus_dir: Path | None = None) -> list[Section]:
    """All sections of every source listed in the corpus manifest, in source order."""
    return list(_parse_corpus_cached(str(corpus_dir or get_settings().paths.corpus_dir)))


@lru_cache(maxsize=4)
def _parse_corpus_cached(corpus_dir: str) -> tuple[Section, ...]:
    root = Path(corpus_dir)
    sections: list[Section] = []
    for src in load_manifest(root)["sources"]:
        lines = read_lines(root / "sources" / src["file"])
        if src["format"] == "ejustice":
            sections += parse_ejustice(lines, src["file"])
        elif src["format"] == "markdown":
            updated = date.fromisoformat(src["last_updated"]) if src.get("last_updated") else None
            sections += parse_norwegian_markdown(lines, src["file"], updated)
        else:
            raise CorpusError(f"unknown source format {src['format']!r}")
    return tuple(sections)


def sections_by_key(corpus_dir: Path | None = None) -> dict[str, Section]:
    """Sections keyed 'CC:number' (e.g. 'SE:4.3', 'NO:Roller og ansvar')."""
    return {s.key: s for s in parse_corpus(corpus_dir)}
