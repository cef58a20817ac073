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

from ._text import TermIndex, fold, nfc_casefold

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


# An age under 18 stated in words means a minor ("Min søn på 16", "en 16-årig", "hon är 15 år", "my
# 16-year-old", "aged 16"): the pages say "mindreårige", never an age. Matched on folded text (å→a, ø→o).
# Only forms that state a person's age: "a judgment that is 10 years old" is no minor, so a bare "N years
# old" / "N år" counts after a person word or a personal pronoun only.
_AGE = (r"(?:1[0-7]|[1-9]|ti|tio|ten|elleve|elva|eleven|tolv|twelve|tretten|tretton|thirteen|fjorten|fjorton|"
        r"fourteen|femten|femton|fifteen|seksten|sexton|sixteen|sytten|sjutton|seventeen)")
# The debtor is a person too ("Min skyldner i Rumænien er kun 17 år gammel", "my debtor is only 17"): the pages'
# minors rules are about minor debtors (Romania 3.2: no enforcement unless their guardian is present). A place
# may stand between the person and the verb ("skyldneren i Rumænien er 17", "the debtor in Spain is 16").
_PERSON = (r"(?:son|sonn|sonnen|sonen|datter|dattera|datteren|dotter|dottern|barn|barnet|dreng|drengen|pige|pigen|"
           r"gutt|gutten|jente|jenta|pojke|pojken|flicka|flickan|daughter|child|kid|boy|girl|teenager|"
           r"skyldner|skyldneren|skyldnaren|debitor|debitoren|galdenar|galdenaren|debtor|"
           r"han|hun|hon|he|she|jeg|jag|eg|i|who)(?:\s+(?:min|mi|mitt|mine|var|vart))?"
           r"(?:\s+(?:i|in|pa)\s+[^\W\d_]+)?,?")  # "sønnen min er 16", "skyldneren i Rumænien er 17"
# what a "10-årig"/"10-year-old" may be besides a person: a judgment, a debt, a claim
_THING = (r"judge?ments?|debts?|claims?|rulings?|orders?|decisions?|cases?|loans?|dom|dommen|domme|domar|domen|gald|"
          r"galden|gjeld|gjelden|skuld|skulden|krav|kravet|fordring\w*|fordran|sag|sagen|sak|saken|afgorelse\w*|"
          r"avgjorelse\w*|avgorande\w*|lan|lanet|laan")
_MINOR_AGE = re.compile(
    rf"(?<![\w-]){_AGE}\s*-\s*(?:aring\w*|(?:arig\w*|years?-olds?)(?![\w-])(?!\s+(?:{_THING})\b))"  # 16-åring, 16-årig(e) søn
    rf"|\b{_PERSON}\s+(?:(?:pa|of|aged|is|am|er|ar|blir|bliver)\s+)(?:kun\s+|bare\s+|bara\s+|only\s+|just\s+)?"
    rf"{_AGE}(?:\s+(?:ar|years?)(?:\s+(?:gammel|gammal|old))?)?(?![\w.,]*\d)(?!\s*(?:dage|dager|dagar|days|uger|uker|"
    rf"veckor|weeks|maneder|manader|months|kr|kroner|kronor|euro|eur|%|procent|prosent|percent))"
    rf"|\b(?:aged|at\s+the\s+age\s+of|i\s+en\s+alder\s+af|i\s+alderen|i\s+alder|i\s+en\s+alder\s+av|i\s+aldern)\s+{_AGE}\b",
    re.IGNORECASE)
MINORS_ENTRY = "minors_guardians"


def states_minor_age(text: str) -> bool:
    """``text`` gives someone's age as under 18 ("min søn på 16", "a 16-year-old", "hon är 15 år")."""
    return bool(_MINOR_AGE.search(fold(text)))


def matched_entries(text: str) -> list[GlossaryEntry]:
    """Glossary concepts mentioned in ``text``, in order of first mention."""
    loaded, index = _load()
    first: dict[int, int] = {}
    for pos, _term, idx in index.find(text):
        first.setdefault(idx, pos)
    age = _MINOR_AGE.search(fold(text))
    if age is not None:  # an age under 18 is the minors concept, stated as a number
        idx = next((i for i, e in enumerate(loaded) if e.id == MINORS_ENTRY), None)
        if idx is not None:
            first[idx] = min(first.get(idx, age.start()), age.start())
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
