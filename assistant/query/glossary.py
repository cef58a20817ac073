"""Query expansion for the keyword (BM25) side: ``expand_query`` / ``expansion_terms``.

The corpus is Danish; users write Danish, Norwegian, Swedish or English, and everyday words ("take my
car", "lønnstrekk", "kronofogden"). BM25 only matches shared tokens, so we append the Danish corpus
terms for every glossary concept the question mentions. Data: assistant/query/data/glossary.toml.
Dense retrieval gets the original text; this only widens the lexical side.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ._text import TermIndex, nfc_casefold

_DATA = Path(__file__).parent / "data" / "glossary.toml"
SOURCE_LANGUAGES = ("da", "nb", "sv", "en")


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    id: str
    to: tuple[str, ...]  # Danish corpus terms
    terms: dict[str, tuple[str, ...]]  # language -> source terms as written in the data ("utmät*")


def _validate(raw: dict) -> list[GlossaryEntry]:
    entries: list[GlossaryEntry] = []
    ids: set[str] = set()
    for row in raw["entry"]:
        unknown = set(row) - {"id", "to", *SOURCE_LANGUAGES}
        if unknown:
            raise ValueError(f"glossary entry {row.get('id')}: unknown keys {unknown}")
        if row["id"] in ids:
            raise ValueError(f"glossary: duplicate id {row['id']}")
        ids.add(row["id"])
        if not row["to"]:
            raise ValueError(f"glossary entry {row['id']}: empty 'to'")
        terms = {lang: tuple(row.get(lang, [])) for lang in SOURCE_LANGUAGES}
        if not any(terms.values()):
            raise ValueError(f"glossary entry {row['id']}: no source terms")
        for lang, values in terms.items():
            for t in values:
                # A stem shorter than 4 letters would match half the language ("ta*").
                if t.endswith("*") and len(t) < 5:
                    raise ValueError(f"glossary entry {row['id']}: stem too short {t!r}")
                # a leading "*" marks a compound head ("*hund": familiehund, vagthund); 4+ letters, one word,
                # or "måneden" would read as "eden"
                if t.startswith("*") and (len(t) < 5 or t.endswith("*") or " " in t):
                    raise ValueError(f"glossary entry {row['id']}: compound head too short or not one word: {t!r}")
                if "*" in t[1:-1]:
                    raise ValueError(f"glossary entry {row['id']}: '*' only at the start or the end: {t!r}")
        entries.append(GlossaryEntry(row["id"], tuple(row["to"]), terms))
    return entries


@lru_cache(maxsize=1)
def _load() -> tuple[tuple[GlossaryEntry, ...], TermIndex]:
    with _DATA.open("rb") as fh:
        loaded = tuple(_validate(tomllib.load(fh)))
    items = [(t, i) for i, e in enumerate(loaded) for values in e.terms.values() for t in values]
    return loaded, TermIndex(items)


def entries() -> tuple[GlossaryEntry, ...]:
    return _load()[0]


def matched_entries(text: str) -> list[GlossaryEntry]:
    """Glossary concepts mentioned in ``text``, in order of first mention."""
    loaded, index = _load()
    first: dict[int, int] = {}
    for pos, _term, idx in index.find(text):
        first.setdefault(idx, pos)
    return [loaded[i] for i in sorted(first, key=first.__getitem__)]


def expansion_terms(text: str) -> list[str]:
    """Danish corpus terms to add for ``text`` (deduplicated, excluding words already present)."""
    # "Present" is judged on the text as typed (casefolded, accents kept): "lön" is not "løn" for
    # a BM25 tokenizer, so the Danish form must still be added.
    typed = re.findall(r"[^\W_]+", nfc_casefold(text))
    present = set(typed)
    present_text = " ".join(typed)
    out: list[str] = []
    for entry in matched_entries(text):
        for term in entry.to:
            f = nfc_casefold(term)
            if (f in present if " " not in f else f in present_text) or term in out:
                continue
            out.append(term)
    return out


def expand_query(text: str) -> str:
    """``text`` followed by the Danish corpus terms it implies (for BM25 only)."""
    extra = expansion_terms(text)
    return f"{text} {' '.join(extra)}" if extra else text
