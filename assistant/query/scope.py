"""Is the question for us at all? ``detect_out_of_scope``, ``looks_like_injection``, ``asks_to_evade`` and
``asks_to_forge``.

Both are signals for the pipeline, never decisions. Lexicon: assistant/query/data/scope.toml.

Out of scope is judged conservatively: a category word ("skat", "skilsmisse", "brott") only counts
when the question carries no enforcement signal, because tax debt, maintenance after a divorce or a
civil claim after a crime are exactly what the bailiff enforces. Only `override` terms (prison
sentences) flag a question that also mentions enforcement.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ._text import TermIndex, fold, term_key

_DATA = Path(__file__).parent / "data" / "scope.toml"
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_UPPER_ESCAPE = re.compile(r"\\[A-Z]")


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    reason: str
    terms: tuple[str, ...]
    override: tuple[str, ...]
    # regexes (plain spelling, folded) that flag even beside enforcement words, for what a phrase list cannot
    # say: "Kan JEG trække mine … fra i skat?" is a tax deduction, "Kan Gældsstyrelsen trække gælden fra i
    # skatten?" a set-off by the collector
    override_patterns: tuple[re.Pattern[str], ...] = ()
    # a term of the category may name a new object of an enforcement question in focus ("Og min arv?" after
    # "Kan fogeden tage udlæg i min bil?"); false for topics that never do (a recipe, the weather)
    followup_object: bool = True
    # regexes (plain spelling, folded) under which the `override` terms count as ordinary terms: the prison term for
    # the debtor's OWN enforcement offence (hiding assets from the bailiff or the creditors) is stated on the pages
    # ("Hvor lang fengselsstraff kan man få for å skjule eiendeler for namsmannen?"), so beside an enforcement word
    # it stays in scope like "Kan skyldner straffes for at skjule aktiver for fogeden?"
    override_yields: tuple[re.Pattern[str], ...] = ()
    # enforcement terms (as written in [enforcement], e.g. "betal*") that do not keep a question of this category
    # in scope: paying a speeding fine is no enforcement of a judgment ("Jeg har fået en fartbøde … kan jeg nægte
    # at betale?"), the bailiff seizing for one still is ("Kan fogeden gøre udlæg for en ubetalt fartbøde?")
    weak_enforcement: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class _Scope:
    categories: tuple[Category, ...]
    enforcement: TermIndex
    terms: TermIndex  # payload: (category index, is_override)
    injection: tuple[re.Pattern[str], ...]
    evasion: tuple[re.Pattern[str], ...]
    lawful: tuple[re.Pattern[str], ...] = ()  # asks what the law says of such an act: never an evasion
    forgery: tuple[re.Pattern[str], ...] = ()


def fold_pattern(pattern: str) -> str:
    """Fold every run of letters of a regex so it can be written in plain spelling (see scope.toml)."""
    if _UPPER_ESCAPE.search(pattern):
        raise ValueError(f"uppercase regex escape not allowed (folding lowers it): {pattern!r}")
    return _LETTER_RUN.sub(lambda m: fold(m.group(0)), pattern)


@lru_cache(maxsize=1)
def _load() -> _Scope:
    with _DATA.open("rb") as fh:
        raw = tomllib.load(fh)
    categories: list[Category] = []
    items: list[tuple[str, object]] = []
    for row in raw["category"]:
        unknown = set(row) - {"id", "reason", "terms", "override", "override_patterns", "followup_object",
                                 "override_yields", "weak_enforcement"}
        if unknown:
            raise ValueError(f"scope.toml {row.get('id')}: unknown keys {unknown}")
        cat = Category(row["id"], row["reason"], tuple(row["terms"]), tuple(row.get("override", [])),
                       tuple(re.compile(fold_pattern(x)) for x in row.get("override_patterns", [])),
                       bool(row.get("followup_object", True)),
                       tuple(re.compile(fold_pattern(x)) for x in row.get("override_yields", [])),
                       frozenset(term_key(t) for t in row.get("weak_enforcement", [])))
        i = len(categories)
        categories.append(cat)
        items += [(t, (i, False)) for t in cat.terms]
        items += [(t, (i, True)) for t in cat.override]
    enforcement_terms = raw["enforcement"]["terms"]
    stray = {k for c in categories for k in c.weak_enforcement} - {term_key(t) for t in enforcement_terms}
    if stray:
        raise ValueError(f"scope.toml: weak_enforcement terms not in [enforcement]: {sorted(stray)}")
    clash = {fold(t) for t in enforcement_terms} & {fold(t) for c in categories for t in c.terms + c.override}
    if clash:
        raise ValueError(f"scope.toml: terms both enforcement and out-of-scope: {sorted(clash)}")
    patterns = tuple(re.compile(fold_pattern(p)) for p in raw["injection"]["patterns"])
    evasion = tuple(re.compile(fold_pattern(p)) for p in raw["evasion"]["patterns"])
    lawful = tuple(re.compile(fold_pattern(p)) for p in raw["evasion"].get("lawful", []))
    forgery = tuple(re.compile(fold_pattern(p)) for p in raw["forgery"]["patterns"])
    return _Scope(tuple(categories), TermIndex([(t, True) for t in enforcement_terms]), TermIndex(items), patterns,
                  evasion, lawful, forgery)


def categories() -> tuple[Category, ...]:
    return _load().categories


def has_enforcement_signal(text: str, category: Category | None = None) -> bool:
    """An enforcement term in ``text``; for ``category``, one of its ``weak_enforcement`` terms does not count."""
    hits = _load().enforcement.find(text)
    weak = category.weak_enforcement if category is not None else frozenset()
    return any(key not in weak for _, key, _ in hits)


def _override_yields(index: int, folded: str) -> bool:
    return any(p.search(folded) for p in _load().categories[index].override_yields)


def out_of_scope_category(text: str) -> Category | None:
    """The first out-of-scope category the question falls in, or None."""
    scope = _load()
    folded = fold(text)
    for cat in scope.categories:
        if any(p.search(folded) for p in cat.override_patterns):
            return cat
    hits = scope.terms.find(text)
    if not hits:
        return None
    overrides = [payload for _, _, payload in hits if payload[1] and not _override_yields(payload[0], folded)]
    if overrides:
        return scope.categories[overrides[0][0]]
    if any(payload[1] for _, _, payload in hits):
        return None  # a yielded override names the debtor's enforcement offence: that is the enforcement signal
    category = scope.categories[hits[0][2][0]]
    return None if has_enforcement_signal(text, category) else category


def ordinary_out_of_scope_category(text: str) -> Category | None:
    """The out-of-scope category when only its ordinary terms put the text there: no override term or pattern
    (a prison sentence, the limitation of an offence) fires. Such a term may name a new object of a question
    in focus ("Og min arv?" after "Kan fogeden tage udlæg i min bil?"); an override never does."""
    scope = _load()
    folded = fold(text)
    if any(p.search(folded) for cat in scope.categories for p in cat.override_patterns):
        return None
    hits = scope.terms.find(text)
    if not hits or any(payload[1] for _, _, payload in hits):
        return None
    category = scope.categories[hits[0][2][0]]
    return None if has_enforcement_signal(text, category) else category


def detect_out_of_scope(text: str) -> str | None:
    """A short English reason when the question is clearly not about enforcing civil judgments."""
    category = out_of_scope_category(text)
    return category.reason if category else None


def asks_to_evade(text: str) -> bool:
    """True when the asker wants help to hide assets from, or evade, enforcement (da/nb/sv/en)."""
    folded = fold(text)
    scope = _load()
    if any(p.search(folded) for p in scope.lawful):
        return False  # "Is it a crime to hide …?", "What happens if I transfer …?": the law is asked for
    return any(p.search(folded) for p in scope.evasion)


def asks_to_forge(text: str) -> bool:
    """True when the asker wants a document made that passes for an authority's: a fake or forged court order,
    judgment or signature, or one that looks official or bears a stamp (da/nb/sv/en)."""
    folded = fold(text)
    return any(p.search(folded) for p in _load().forgery)


def looks_like_injection(text: str) -> bool:
    """True when the text uses prompt-injection phrasing in da/nb/sv/en."""
    folded = fold(text)
    return any(p.search(folded) for p in _load().injection)
