"""Text normalisation and phrase matching shared by every query-understanding module.

Users type country names and legal terms with or without accents ("Østrig", "Ostrig", "Graekenland",
"Osterrike"), in any case and with Scandinavian letters spelt out ("ae", "oe", "aa"). Every lexicon
term and every query is therefore brought to one *folded* form before matching:

* Unicode NFC, then ``casefold`` (so "Straße" == "strasse"),
* diacritics stripped (é→e, ü→u, ä→a, ö→o, å→a), æ→ae, ø→o, œ→oe, ß→ss,
* the digraphs "ae", "oe", "aa", "ue" collapsed to their first letter, applied to BOTH sides, so
  "Grækenland", "Graekenland" and "Grakenland" all fold to "grakenland".

The fold keeps, for every folded character, the index of the original character it came from, so a
match found in folded text can be reported as a span of the user's original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters that do not decompose under NFD but have a conventional ASCII spelling.
_SPECIAL = {"æ": "ae", "ø": "o", "œ": "oe", "ß": "ss", "ð": "d", "þ": "th", "ł": "l", "đ": "d", "ı": "i"}
# Digraph collapsing (second pass). Order matters only for overlapping pairs, which the left-to-right
# scan resolves deterministically.
_DIGRAPHS = {"ae": "a", "oe": "o", "aa": "a", "ue": "u"}
# Apostrophes users type for the English genitive ("Germany's", "Germany’s").
_APOSTROPHES = "'’`´"


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded string plus, per folded character, the original index range it came from."""

    text: str
    starts: tuple[int, ...]  # first original index each folded char comes from
    ends: tuple[int, ...]  # one past the last original index
    source: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty [start, end) range of the folded text back to the original text."""
        return self.starts[start], self.ends[end - 1]


def _fold_char(ch: str) -> str:
    out = []
    for c in ch.casefold():
        if c in _SPECIAL:
            out.append(_SPECIAL[c])
            continue
        # NFKD, not NFD: fullwidth or styled letters ("ＧＬＥＭ", "𝐠𝐥𝐞𝐦") fold to the plain ones, so no lexicon
        # or injection pattern is dodged by typing them
        out.append("".join(d for d in unicodedata.normalize("NFKD", c) if not unicodedata.combining(d)))
    return "".join(out)


def fold_with_map(text: str) -> Folded:
    """Fold ``text`` (see module doc) and keep where each folded character came from."""
    text = unicodedata.normalize("NFC", text)
    chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch in _APOSTROPHES:
            ch = "'"
        for c in _fold_char(ch):
            chars.append(c)
            origin.append(i)
    # Second pass: collapse digraphs; the kept letter spans both original letters.
    out_c: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(chars)
    while i < n:
        pair = chars[i] + chars[i + 1] if i + 1 < n else ""
        if pair in _DIGRAPHS:
            out_c.append(_DIGRAPHS[pair])
            starts.append(origin[i])
            ends.append(origin[i + 1] + 1)
            i += 2
            continue
        out_c.append(chars[i])
        starts.append(origin[i])
        ends.append(origin[i] + 1)
        i += 1
    return Folded("".join(out_c), tuple(starts), tuple(ends), text)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """The folded form of ``text`` (no position map); used for lexicon terms."""
    return fold_with_map(text).text


def nfc_casefold(text: str) -> str:
    """NFC + casefold without stripping accents (for accent-sensitive terms)."""
    return unicodedata.normalize("NFC", text).casefold()


# A "word character" for boundaries: letters and digits of any script. Hyphen and apostrophe are
# boundaries ("EU-land" splits); genitives like "Germany's" are listed as their own terms.
_WORD = r"[^\W_]"


def term_pattern(folded_terms: list[str], *, prefix: bool = False) -> re.Pattern[str]:
    """One regex matching any of ``folded_terms`` as whole words (or word prefixes if ``prefix``).

    Longer alternatives are tried first so "northern ireland" wins over "ireland" at the same start.
    Internal whitespace in a term matches any run of whitespace.
    """
    alts = sorted({t for t in folded_terms if t}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in alts)
    tail = "" if prefix else rf"(?!{_WORD})"
    return re.compile(rf"(?<!{_WORD})(?:{body}){tail}")


_WORD_START = re.compile(rf"(?<!{_WORD}){_WORD}")


# A compound head ("*hund") matches after a modifier of at least this many letters ("familiehund", "vagthund").
COMPOUND_MODIFIER_MIN = 3


def term_key(term: str) -> str:
    """The folded key ``TermIndex.find`` reports for a lexicon term ("*" first for a word prefix, "utmät*")."""
    key = " ".join(fold(term.strip("*")).split())
    return "*" + key if term.endswith("*") and not term.startswith("*") else key


class TermIndex:
    """Find lexicon terms in text, each term carrying a payload.

    Terms are folded; a trailing "*" marks a word prefix ("utmät*"). A leading "*" marks a compound
    head: the term also matches as the last part of a Danish/Norwegian/Swedish compound ("*hund" finds
    "familiehund", "vagthund", "gårdhund"). It is opt-in per term: matching every term as a head would
    read "måneden" as "eden" (oath) and "ejendommen" as "dommen" (judgment).
    Unlike a single ``finditer``, matching is retried at every word start, so a short term inside a
    longer matched phrase ("bil" inside "ta bilen min") is still found: every lexicon entry gets its
    own chance.
    """

    def __init__(self, items: list[tuple[str, object]]):
        self._payloads: dict[str, list[object]] = {}
        whole: list[str] = []
        prefix: list[str] = []
        heads: list[str] = []
        for term, payload in items:
            is_head = term.startswith("*")
            is_prefix = term.endswith("*") and not is_head
            key = term_key(term).lstrip("*")
            if not key:
                raise ValueError(f"empty term {term!r}")
            if is_head:
                whole.append(key)  # the head alone is a word too ("hund")
                heads.append(key)
            else:
                (prefix if is_prefix else whole).append(key)
            for marker in ("*" if is_prefix else "", *(("<",) if is_head else ())):
                bucket = self._payloads.setdefault(marker + key, [])
                if payload not in bucket:
                    bucket.append(payload)
        self._whole = term_pattern(whole) if whole else None
        self._prefix = term_pattern(prefix, prefix=True) if prefix else None
        alts = "|".join(re.escape(h) for h in sorted(set(heads), key=len, reverse=True))
        self._heads = re.compile(rf"(?<!{_WORD}){_WORD}{{{COMPOUND_MODIFIER_MIN},}}?({alts})(?!{_WORD})") \
            if heads else None

    def find(self, text: str) -> list[tuple[int, str, object]]:
        """(position in folded text, matched folded term, payload), ordered by position."""
        folded = fold(text)
        out: list[tuple[int, str, object]] = []
        starts = [m.start() for m in _WORD_START.finditer(folded)]
        for pattern, marker in ((self._whole, ""), (self._prefix, "*")):
            if pattern is None:
                continue
            for start in starts:
                m = pattern.match(folded, start)
                if not m:
                    continue
                key = " ".join(m.group(0).split())
                for payload in self._payloads.get(marker + key, ()):
                    out.append((start, marker + key, payload))
        if self._heads is not None:
            for m in self._heads.finditer(folded):
                for payload in self._payloads.get("<" + m.group(1), ()):
                    out.append((m.start(), "<" + m.group(1), payload))
        out.sort(key=lambda x: x[0])
        return out
