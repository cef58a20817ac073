"""Which countries a question is about: ``detect_countries``.

Lexicon: the registry (assistant/data/countries.toml, names in five languages) plus
assistant/query/data/places.toml (adjectives, misspellings, enforcement bodies, uncovered places).
Matching is deterministic: folded whole-word matching (see _text.py), leftmost-longest, so
"Nordirland" is the UK and never Ireland, and "Nederlandene" is one match, not "Nederland" + rest.

Covered = the corpus has a page (24 e-Justice states + Norway). Everything else detected is reported
in ``uncovered`` so the pipeline can say "not covered" instead of answering from the wrong page.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Literal

from assistant import countries as registry_mod

from ._text import fold, fold_with_map, nfc_casefold, term_pattern

_DATA = Path(__file__).parent / "data" / "places.toml"

Kind = Literal["name", "adjective", "body", "generic", "iso"]

# Inflections generated for lowercase (Scandinavian) adjective/nationality stems:
# "tysk" -> tyske, tyska, tyskt, tysken, tyskerne ...; capitalised (English) entries only get "-s".
_SCANDI_SUFFIXES = ("", "e", "a", "t", "s", "en", "ne", "er", "erne", "ene", "ar", "arna", "es")
_ENGLISH_SUFFIXES = ("", "s")
# Genitives generated for names: "Sveriges", "Germany's".
_NAME_SUFFIXES = ("", "s", "'s")


@dataclass(frozen=True, slots=True)
class CountryMatch:
    """One recognised mention: its span in the original text and what it resolved to."""

    start: int
    end: int
    text: str
    codes: tuple[str, ...]  # usually one; a shared body ("huissier") may resolve to several
    kind: Kind
    covered: bool


@dataclass(frozen=True, slots=True)
class CountryDetection:
    covered: list[str] = field(default_factory=list)  # ISO codes, order of first mention
    uncovered: list[str] = field(default_factory=list)  # ISO codes (DK, PT, LT, GB, US, CH ...)
    is_comparison: bool = False  # two or more covered countries
    spans: list[CountryMatch] = field(default_factory=list)
    # Covered codes that come ONLY from the asker's own word for the bailiff ("namsmannen" -> NO,
    # "Kronofogden" -> SE, see places.toml `generic`). Such a question names no country, so the
    # pipeline may ask back instead of assuming (golden q-144). Empty whenever a country is named.
    implied: list[str] = field(default_factory=list)

    @property
    def countries(self) -> list[str]:
        """All detected codes, covered first."""
        return self.covered + self.uncovered


@dataclass(frozen=True, slots=True)
class _Entry:
    codes: tuple[str, ...]
    kind: Kind
    default: str | None = None  # for shared bodies
    exact: str | None = None  # required NFC-casefolded surface form (accent-sensitive) or None
    case_exact: str | None = None  # required case-sensitive surface form or None


@dataclass(frozen=True, slots=True)
class _Lexicon:
    entries: dict[str, list[_Entry]]  # folded alias -> entries
    pattern: re.Pattern[str]
    covered: frozenset[str]
    names: dict[str, list[str]]  # code -> every name (for tests and messages)
    display: dict[str, dict[str, str]]  # non-registry code -> {language: display name}
    iso: dict[str, str]  # token -> code
    iso_ambiguous: frozenset[str]
    language_prepositions: frozenset[str]
    language_modifiers: frozenset[str]


def _load_raw() -> dict:
    with _DATA.open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    raw = _load_raw()
    reg = {c.code: c for c in registry_mod.registry().values() if c.code != "EU"}
    covered = frozenset(c for c, country in reg.items() if country.covered)
    entries: dict[str, list[_Entry]] = {}
    names: dict[str, list[str]] = {}
    display: dict[str, dict[str, str]] = {}

    def add(alias: str, entry: _Entry) -> None:
        key = " ".join(fold(alias).split())
        if not key:
            raise ValueError(f"empty alias for {entry.codes}")
        bucket = entries.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)

    seen_codes: set[str] = set()
    for place in raw["place"]:
        code = place["code"]
        if code in seen_codes:
            raise ValueError(f"places.toml: duplicate place {code}")
        seen_codes.add(code)
        unknown = set(place) - {"code", "names", "cities", "adjectives", "bodies", "generic", "exact", "display"}
        if unknown:
            raise ValueError(f"places.toml: {code} has unknown keys {unknown}")
        if code not in reg:
            shown = place.get("display", {})
            if set(shown) != {"da", "nb", "sv", "en"}:
                raise ValueError(f"places.toml: {code} needs display names in da, nb, sv and en")
            display[code] = dict(shown)
        base: list[str] = []
        if code in reg:
            for value in reg[code].names.values():
                base.extend(v.strip() for v in value.split("/"))
        all_names = base + list(place.get("names", []))
        names[code] = list(dict.fromkeys(all_names)) or [code]
        for name in all_names:
            for suf in _NAME_SUFFIXES:
                add(name + suf, _Entry((code,), "name"))
        for city in place.get("cities", []):
            # "fogedretten i Aarhus" names Denmark; a city is matched like a name but is never shown as one
            for suf in _NAME_SUFFIXES:
                add(city + suf, _Entry((code,), "name"))
        for adj in place.get("adjectives", []):
            suffixes = _SCANDI_SUFFIXES if adj[:1].islower() else _ENGLISH_SUFFIXES
            for suf in suffixes:
                add(adj + suf, _Entry((code,), "adjective"))
        for body in place.get("bodies", []):
            add(body, _Entry((code,), "body"))
        for body in place.get("generic", []):
            add(body, _Entry((code,), "generic"))
        for form in place.get("exact", []):
            # Case-sensitive when the form has capitals ("Island", "US"), otherwise accent-sensitive
            # ("exekutor" = CZ vs "exekútor" = SK, which fold to the same string).
            if form != form.lower():
                add(form, _Entry((code,), "name", case_exact=unicodedata.normalize("NFC", form)))
            else:
                add(form, _Entry((code,), "body", exact=nfc_casefold(form)))
    # An alias may only point at two countries when an exact surface form tells them apart
    # (exekutor/exekútor); otherwise the data is ambiguous and must use [[shared_body]].
    for key, bucket in entries.items():
        loose = {e.codes for e in bucket if e.exact is None and e.case_exact is None and e.default is None}
        if len(loose) > 1:
            raise ValueError(f"places.toml: {key!r} is listed for several countries {sorted(loose)}")
    missing = covered - seen_codes
    if missing:
        raise ValueError(f"places.toml lacks covered countries {sorted(missing)}")

    for shared in raw.get("shared_body", []):
        codes = tuple(shared["codes"])
        if shared["default"] not in codes or not set(codes) <= covered:
            raise ValueError(f"shared_body {shared['terms'][0]}: bad codes/default")
        for term in shared["terms"]:
            add(term, _Entry(codes, "body", default=shared["default"]))

    iso_raw = raw["iso"]
    aliases = iso_raw.get("aliases", {})
    iso = {tok: aliases.get(tok, tok) for tok in iso_raw["codes"]}
    for code in iso.values():
        if code not in seen_codes:
            raise ValueError(f"iso code {code} has no place entry")
    return _Lexicon(
        entries=entries,
        pattern=term_pattern(list(entries)),
        covered=covered,
        names=names,
        display=display,
        iso=iso,
        iso_ambiguous=frozenset(iso_raw.get("ambiguous", [])),
        language_prepositions=frozenset(fold(p) for p in raw["language_mention"]["prepositions"]),
        language_modifiers=frozenset(fold(p) for p in raw["language_mention"].get("modifiers", [])),
    )


def place_name(code: str, language: str = "da") -> str:
    """Display name of any known place (registry countries in the asked language)."""
    reg = registry_mod.registry()
    if code in reg:
        return reg[code].name(language)
    shown = lexicon().display.get(code)
    if shown is None:
        return code
    return shown.get(language) or shown["en"]


def known_places() -> dict[str, list[str]]:
    """code -> names (for tests and for the pipeline's "not covered" message)."""
    return dict(lexicon().names)


_ISO_TOKEN = re.compile(r"(?<![^\W_])([A-Z]{2})(?![^\W_])")
_UPPER_WORD = re.compile(r"[^\W\d_]{2,}")


def _iso_matches(text: str, lex: _Lexicon) -> list[CountryMatch]:
    """Standalone uppercase two-letter codes, never in shouted (mostly uppercase) text."""
    # Shouted text ("DE SKAL BETALE") has no trustworthy capitals: give up when most ordinary words
    # (not themselves codes) are all-caps.
    plain = [w for w in _UPPER_WORD.findall(text) if w not in lex.iso]
    if plain and sum(w.isupper() for w in plain) * 2 > len(plain):
        return []
    found = []
    for m in _ISO_TOKEN.finditer(text):
        tok = m.group(1)
        if tok not in lex.iso:
            continue
        # Reject when a neighbouring word is also all-caps and not a code: "DE SKAL", "IT SUPPORT".
        before = _UPPER_WORD.findall(text[: m.start()])
        after = _UPPER_WORD.findall(text[m.end():])
        neighbours = ([before[-1]] if before else []) + ([after[0]] if after else [])
        if any(w.isupper() and w not in lex.iso for w in neighbours):
            continue
        found.append((m, tok))
    unambiguous = [tok for _, tok in found if tok not in lex.iso_ambiguous]
    out = []
    for m, tok in found:
        if tok in lex.iso_ambiguous and not unambiguous:
            continue
        code = lex.iso[tok]
        out.append(CountryMatch(m.start(), m.end(), tok, (code,), "iso", code in lex.covered))
    return out


def _is_language_mention(folded: str, fstart: int, fend: int, lex: _Lexicon) -> bool:
    """'svar på dansk', 'in German?': a language adjective after a preposition, ending the clause."""
    before = folded[:fstart].split()
    if before and before[-1] in lex.language_modifiers:
        before = before[:-1]
    if not before or before[-1] not in lex.language_prepositions:
        return False
    rest = folded[fend:].lstrip()
    return not rest or not (rest[0].isalnum())


# A place the lexicon does not know, named after a locative preposition with a capital letter ("Kronofogden i
# Kalifornien", "namsmannen i Ruritania", "the Kronofogden in Texas"): beside it the asker's word for the bailiff
# is their vocabulary, as beside a named country, not a choice of Sweden or Norway; the question names a place we
# cannot place, so nothing is assumed (the pipeline asks back). Months, weekdays and language names are
# capitalised in English without being places.
_LOCATIVE_PROPER = re.compile(r"(?<![\w-])(?:i|in|på|fra|från|from|ved|vid|near|nær|nära)\s+"
                              r"((?-i:[A-ZÆØÅÄÖÜÉ])[^\W\d_]{2,}(?:[\s-](?-i:[A-ZÆØÅÄÖÜÉ])[^\W\d_]+)*)")
_NOT_PLACES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "english", "danish", "norwegian", "swedish", "german", "french", "engelska", "engelsk", "dansk", "danska",
    "norsk", "norska", "svensk", "svenska", "bokmål", "nynorsk", "court", "the",
})


def _names_unknown_place(source: str, spans: list[CountryMatch]) -> bool:
    for m in _LOCATIVE_PROPER.finditer(source):
        start, end = m.span(1)
        if any(s.start < end and start < s.end for s in spans):
            continue  # a known place or body ("i Stockholm", "hos Kronofogden i Sverige")
        if m.group(1).split()[0].split("-")[0].casefold() in _NOT_PLACES:
            continue
        return True
    return False


def detect_countries(text: str) -> CountryDetection:
    lex = lexicon()
    folded = fold_with_map(text)
    source = folded.source
    surface_cf = nfc_casefold(source)
    raw_matches: list[tuple[int, int, list[_Entry]]] = []
    for m in lex.pattern.finditer(folded.text):
        start, end = folded.span(m.start(), m.end())
        key = " ".join(m.group(0).split())
        surface = source[start:end]
        candidates = []
        for entry in lex.entries.get(key, []):
            if entry.case_exact is not None and surface != entry.case_exact:
                continue
            if entry.exact is not None and surface_cf[start:end] != entry.exact:
                continue
            if entry.kind == "adjective" and _is_language_mention(folded.text, m.start(), m.end(), lex):
                continue
            candidates.append(entry)
        if candidates:
            raw_matches.append((start, end, candidates))

    spans: list[CountryMatch] = []
    shared: list[tuple[int, int, _Entry]] = []
    for start, end, candidates in raw_matches:
        single = [e for e in candidates if e.default is None]
        if single:
            code = single[0].codes[0]
            spans.append(CountryMatch(start, end, source[start:end], (code,), single[0].kind, code in lex.covered))
        else:
            shared.append((start, end, candidates[0]))
    # ISO tokens: only where no name match already covers the span.
    for iso in _iso_matches(source, lex):
        if not any(s.start < iso.end and iso.start < s.end for s in spans):
            spans.append(iso)
    # Generic bailiff words ("kronofogden", "namsmannen") name their country only when no country is
    # named otherwise. Next to a named country the span stays (callers strip mentions from queries)
    # but is marked not covered, so nothing counts or rewrites it.
    implied: list[str] = []
    if any(s.kind != "generic" for s in spans) or shared or (spans and _names_unknown_place(source, spans)):
        spans = [replace(s, covered=False) if s.kind == "generic" else s for s in spans]
    else:
        implied = list(dict.fromkeys(c for s in spans for c in s.codes))
    # A country's own word for its bailiff ("exekutor", "huissier") beside another country's NAME is the
    # asker's vocabulary, not a second country: "en exekutor i Litauen" asks about Lithuania only.
    by_name = {c for s in spans if s.kind in ("name", "adjective", "iso") for c in s.codes}
    if by_name:
        spans = [replace(s, covered=False, kind="generic") if s.kind == "body" and not set(s.codes) & by_name
                 else s for s in spans]
    # Shared bodies resolve against the countries named elsewhere, else to their default.
    named = {c for s in spans for c in s.codes}
    for start, end, entry in shared:
        chosen = tuple(c for c in entry.codes if c in named)
        if not chosen and by_name:
            spans.append(CountryMatch(start, end, source[start:end], (entry.default,), "generic", False))
            continue
        spans.append(CountryMatch(start, end, source[start:end], chosen or (entry.default,), "body", True))
    spans.sort(key=lambda s: (s.start, s.end))

    covered: list[str] = []
    uncovered: list[str] = []
    for span in spans:
        if span.kind == "generic" and not span.covered:
            continue
        for code in span.codes:
            target = covered if code in lex.covered else uncovered
            if code not in target:
                target.append(code)
    return CountryDetection(covered=covered, uncovered=uncovered, is_comparison=len(covered) >= 2, spans=spans,
                            implied=implied)
