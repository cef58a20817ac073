"""Which of the four user languages a question is written in: ``detect_language``.

Deterministic and dependency-free: a weighted stopword vote (assistant/query/data/language.toml)
plus letter evidence (ä/ö only occur in Swedish; æ/ø never in Swedish or English). Danish vs
Norwegian bokmål is the hard pair; the lexicon leans on their spelling differences ("hvad"/"hva",
"af"/"av", "mig"/"meg", "nogle"/"noen", "efter"/"etter", "gæld"/"gjeld", "løn"/"lønn").
Ties and empty evidence resolve to "da", the corpus language ("Og i Sverige?" is da or nb; da).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Literal

from ._text import nfc_casefold

LanguageCode = Literal["da", "nb", "sv", "en"]
_DATA = Path(__file__).parent / "data" / "language.toml"
_ORDER: tuple[LanguageCode, ...] = ("da", "nb", "sv", "en")  # tie-break order: da first
STRONG, WEAK = 3.0, 1.0

# Letter evidence, per occurrence: a Swedish letter is decisive in practice; Danish/Norwegian
# letters rule out Swedish and English but do not separate da from nb.
_LETTERS: dict[str, dict[str, float]] = {
    "ä": {"sv": 3.0}, "ö": {"sv": 3.0},
    "æ": {"da": 1.5, "nb": 1.5}, "ø": {"da": 1.5, "nb": 1.5},
    "å": {"da": 0.5, "nb": 0.5, "sv": 0.5},
}
# Any Nordic letter makes English implausible.
_NORDIC = set("æøåäö")
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, float]]:
    """word -> {language: weight}."""
    with _DATA.open("rb") as fh:
        raw = tomllib.load(fh)
    if set(raw) != {*_ORDER, "suffixes", "infixes", "prefixes"}:
        raise ValueError(f"language.toml: unexpected tables {sorted(raw)}")
    table: dict[str, dict[str, float]] = {}
    for lang in _ORDER:
        section = raw[lang]
        unknown = set(section) - {"strong", "words"}
        if unknown:
            raise ValueError(f"language.toml [{lang}]: unknown keys {unknown}")
        for weight, key in ((STRONG, "strong"), (WEAK, "words")):
            for word in section.get(key, []):
                if word != word.lower() or " " in word:
                    raise ValueError(f"language.toml [{lang}]: {word!r} must be one lower-case word")
                w = nfc_casefold(word)
                current = table.setdefault(w, {})
                current[lang] = max(weight, current.get(lang, 0.0))
    return table


@lru_cache(maxsize=1)
def _affixes() -> dict[str, dict[str, tuple[str, ...]]]:
    """{"suffixes"|"infixes"|"prefixes": {language: strings}} (longest first)."""
    with _DATA.open("rb") as fh:
        raw = tomllib.load(fh)
    out = {}
    for table in ("suffixes", "infixes", "prefixes"):
        if set(raw[table]) != set(_ORDER):
            raise ValueError(f"language.toml [{table}] needs exactly da, nb, sv, en")
        out[table] = {lang: tuple(sorted(map(nfc_casefold, raw[table][lang]), key=len, reverse=True))
                      for lang in _ORDER}
    return out


@lru_cache(maxsize=1)
def _country_names() -> dict[str, tuple[str, ...]]:
    """Country name -> the user languages that spell it so ("Slovenia": nb, en; "Frankrig": da).

    Read from the registry; a name shared by all four languages says nothing and is left out.
    """
    from assistant import countries as registry  # local: keep this module importable on its own

    users: dict[str, set[str]] = {}
    for country in registry.registry().values():
        if country.code == "EU":
            continue
        for lang in _ORDER:
            users.setdefault(nfc_casefold(country.names[lang]), set()).add(lang)
    return {name: tuple(sorted(langs)) for name, langs in users.items() if len(langs) < len(_ORDER)}


_MIN_SUFFIX_WORD = 6
PREFIX_WEIGHT = 2.0
# Per occurrence of æ/ø/å/ä/ö: English questions rarely contain them (a quoted German term may).
_NORDIC_PENALTY = 2.0


def language_scores(text: str) -> dict[str, float]:
    """The raw vote per language (exposed for debugging and tests)."""
    table = lexicon()
    affixes = _affixes()
    names = _country_names()
    low = nfc_casefold(text)
    scores = {lang: 0.0 for lang in _ORDER}
    for word in _WORD.findall(low):
        known = table.get(word)
        if known:
            for lang, weight in known.items():
                scores[lang] += weight
            continue
        if word in names:
            for lang in names[word]:
                scores[lang] += WEAK
            continue
        for lang in _ORDER:
            if any(word.startswith(p) for p in affixes["prefixes"][lang]):
                scores[lang] += PREFIX_WEIGHT
            elif len(word) >= _MIN_SUFFIX_WORD and word.endswith(affixes["suffixes"][lang]):
                # Unknown long word: its ending is weak evidence.
                scores[lang] += WEAK
            if any(i in word for i in affixes["infixes"][lang]):
                scores[lang] += WEAK
    for ch in low:
        for lang, weight in _LETTERS.get(ch, {}).items():
            scores[lang] += weight
        if ch in _NORDIC:
            scores["en"] -= _NORDIC_PENALTY
    return scores


def detect_language(text: str) -> LanguageCode:
    scores = language_scores(text)
    best = max(scores.values())
    if best <= 0:
        return "da"
    return next(lang for lang in _ORDER if scores[lang] == best)
