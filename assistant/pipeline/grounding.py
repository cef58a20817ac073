"""Checks that a reply only states what its sources support. Used by the pipeline, tests and evals.

``unsupported_numbers(reply)`` lists every number in the reply text that is neither a ``Fact`` value
nor present in a cited quote. The citation metadata the Sources list and tables print (section number
after "afsnit/avsnitt/section" or in a table cell, last-updated date, link) is blanked out first and
never counts as support. Numbers are compared as values, so "2.000", "2,000" and 2000 agree.
Replies that only report a problem with the input (stage "input") state settings, not claims, and are
skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.models import Citation, Reply

_MARKER = re.compile(r"\[\d+\]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SECTION_CELL = re.compile(r"\|\s*(\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)*)\s*\|")


def _candidates(token: str, pieces: bool = False) -> set[float]:
    """Every value a written number may denote (Danish and English separators both considered)."""
    out: set[float] = set()
    plain = token.replace(".", "").replace(",", "")
    out.add(float(plain))
    for dec, thou in ((",", "."), (".", ",")):
        t = token.replace(thou, "")
        if t.count(dec) <= 1:
            try:
                out.add(float(t.replace(dec, ".")))
            except ValueError:
                pass
    if pieces:  # only on the allowed side: a quoted "1.566" also supports writing "1566"
        out |= {float(p) for p in re.split(r"[.,]", token) if p}
    return out


def numbers_in(text: str) -> list[str]:
    return _NUMBER.findall(_MARKER.sub(" ", text))


def _values(texts: Iterable[str]) -> set[float]:
    vals: set[float] = set()
    for t in texts:
        for tok in _NUMBER.findall(t):
            vals |= _candidates(tok)
    return vals


def _without_metadata(text: str, citations: list[Citation]) -> str:
    """Blank out what the Sources list and the table print about a citation (link, date, section
    number), so those digits can never vouch for a number in a claim."""
    for c in citations:
        if c.url:
            text = text.replace(c.url, " ")
        if c.last_updated:
            text = text.replace(c.last_updated.isoformat(), " ")
        sec = re.escape(c.section)
        text = re.sub(rf"((?:afsnit|avsnitt|section)\s+){sec}(?![\d.,]\d)", r"\1", text, flags=re.IGNORECASE)
    sections = {c.section for c in citations}

    def cell(m: re.Match[str]) -> str:  # a comparison table's section cell: "| 4.3, 4.1 |"
        items = [x.strip() for x in m.group(1).split(",")]
        return "| |" if all(x in sections for x in items) else m.group(0)

    return _SECTION_CELL.sub(cell, text)


def supported_values(reply: Reply) -> set[float]:
    """Values a claim may state: Fact values and numbers inside the verbatim quotes."""
    texts = [c.quote for c in reply.citations] + [f.citation.quote for f in reply.facts]
    texts += [str(f.value) for f in reply.facts]
    vals = _values(texts)
    for f in reply.facts:
        if isinstance(f.value, (int, float)):
            vals.add(float(f.value))
    return vals


def unsupported_numbers(reply: Reply) -> list[str]:
    """Numbers in ``reply.text`` that no Fact or cited quote supports (empty list = grounded)."""
    if (reply.debug or {}).get("stage") == "input":
        return []
    allowed = supported_values(reply)
    text = _without_metadata(reply.text, reply.citations + [f.citation for f in reply.facts])
    return [tok for tok in numbers_in(text) if not (_candidates(tok) & allowed)]


def unknown_markers(reply: Reply) -> list[int]:
    """Citation markers [n] in the text that match no citation key."""
    keys = {c.key for c in reply.citations} | {f.citation.key for f in reply.facts}
    return sorted({int(m[1:-1]) for m in _MARKER.findall(reply.text)} - keys)
