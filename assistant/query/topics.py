"""Which section of a national page a question is about: ``detect_topic``.

Keyword weights from assistant/query/data/topics.toml in da/nb/sv/en. The result is a SOFT signal
for retrieval (boost the matching sections, never filter): a question may touch several sections,
and one with no topic words gets an empty result rather than a guess.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ._text import TermIndex, fold, fold_with_map, nfc_casefold

_DATA = Path(__file__).parent / "data" / "topics.toml"

# The numbered sections every e-Justice page has; topics.toml may only point at these.
SECTIONS = ("1", "2", "3", "3.1", "3.2", "4", "4.1", "4.2", "4.3", "5", "6")
# Headings of the Norwegian article (Section.number for Norway is the heading text itself).
NORWAY_HEADINGS = (
    "Innledning",  # the lead paragraph before the first heading (ingest.parser.NORWAY_LEAD)
    "Hva er Tvangsfullbyrdelse?",
    "Juridisk grunnlag",
    "Prosess for Tvangsfullbyrdelse",
    "Typer Tvangsfullbyrdelse",
    "Roller og ansvar",
    "Forhold til Inkasso",
    "Vanlige fallgruver",
)
STRONG, WEAK, HINT = 2.0, 1.0, 0.5
# Sections whose score is at least this share of the best one are reported alongside it.
_KEEP_RATIO = 0.5
_MAX_SECTIONS = 3


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    section: str
    norway: tuple[str, ...]
    strong: tuple[str, ...]
    terms: tuple[str, ...]
    hints: tuple[str, ...] = ()
    # Sections where SOME pages treat this topic instead (e.g. exempt assets: 6 on most pages, 4.1 on
    # Germany's). Never boosted blindly: retrieval moves weight there only on pages whose own text
    # uses the topic's words there (assistant/retrieval/topic_map.py).
    also: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TopicIntent:
    sections: list[str] = field(default_factory=list)  # most likely first; [] = no topic signal
    score: float = 0.0  # raw weight of the best section (0 = nothing matched)
    confidence: float = 0.0  # best section's share of all matched weight, 0..1
    scores: dict[str, float] = field(default_factory=dict)  # every matched section -> weight
    norway_sections: list[str] = field(default_factory=list)  # Norwegian headings, best first
    matched: list[tuple[str, str]] = field(default_factory=list)  # (topic id, folded term)
    # topic id -> its own weight, so retrieval can place each topic on a given country's page
    topic_scores: dict[str, float] = field(default_factory=dict)

    @property
    def primary(self) -> str | None:
        return self.sections[0] if self.sections else None


@lru_cache(maxsize=1)
def _load() -> tuple[tuple[Topic, ...], TermIndex]:
    with _DATA.open("rb") as fh:
        raw = tomllib.load(fh)
    topics: list[Topic] = []
    ids: set[str] = set()
    for row in raw["topic"]:
        unknown = set(row) - {"id", "section", "norway", "strong", "terms", "hints", "also"}
        if unknown:
            raise ValueError(f"topics.toml {row.get('id')}: unknown keys {unknown}")
        if row["id"] in ids:
            raise ValueError(f"topics.toml: duplicate id {row['id']}")
        ids.add(row["id"])
        if row["section"] not in SECTIONS:
            raise ValueError(f"topics.toml {row['id']}: unknown section {row['section']}")
        also = tuple(row.get("also", []))
        if any(a not in SECTIONS or a == row["section"] for a in also):
            raise ValueError(f"topics.toml {row['id']}: bad also {also}")
        bad = [h for h in row["norway"] if h not in NORWAY_HEADINGS]
        if bad:
            raise ValueError(f"topics.toml {row['id']}: unknown Norwegian headings {bad}")
        topics.append(Topic(row["id"], row["section"], tuple(row["norway"]),
                            tuple(row.get("strong", [])), tuple(row.get("terms", [])),
                            tuple(row.get("hints", [])), also))
    items: list[tuple[str, object]] = []
    for i, t in enumerate(topics):
        items += [(term, (i, STRONG)) for term in t.strong]
        items += [(term, (i, WEAK)) for term in t.terms]
        items += [(term, (i, HINT)) for term in t.hints]
    return tuple(topics), TermIndex(items)


def topics() -> tuple[Topic, ...]:
    return _load()[0]


# A stem or a folded spelling that also matches an unrelated word: folding collapses "oe" and strips "ø", so
# the Danish past tense "boede" (lived) reads as "bøde" (a fine), "klar" (ready) as "klær" (clothes), "vare"
# (last) as "være" (be), "boet" (the estate) as "bot" (a fine), "begår" (commits) as "begär" (requests); a
# prefix runs on into another word ("provisionally" under "provision*", "formular" under "formue*",
# "grundlæggende" under "grundlag*", "ophavsret" under "ophæv*"). topics.toml [collisions] lists, per term,
# those other words exactly as written (accent-sensitive, casefolded; a trailing "*" = any word starting so);
# a hit of the term on such a word is dropped. The term keeps every other spelling ("bøder", "boder").
_WORD_RUN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _collisions() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """folded term key as TermIndex.find reports it ("*bode" for "bøde*") -> (exact words, word prefixes)."""
    with _DATA.open("rb") as fh:
        raw = tomllib.load(fh).get("collisions", {})
    known = {t for topic in topics() for t in (*topic.strong, *topic.terms, *topic.hints)}
    out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for term, words in raw.items():
        if term not in known:
            raise ValueError(f"topics.toml [collisions]: {term!r} is no topic term")
        marker = "*" if term.endswith("*") and not term.startswith("*") else ""
        key = marker + " ".join(fold(term.strip("*")).split())
        exact = tuple(nfc_casefold(w) for w in words if not w.endswith("*"))
        prefixes = tuple(nfc_casefold(w[:-1]) for w in words if w.endswith("*"))
        out[key] = exact, prefixes
    return out


def _find(text: str) -> list[tuple[int, str, object]]:
    """TermIndex.find without the hits that fall on a word listed in [collisions] for their term."""
    hits = _load()[1].find(text)
    collisions = _collisions()
    if not any(term in collisions for _p, term, _x in hits):
        return hits
    folded = fold_with_map(text)
    words = [(m.start(), m.end(), nfc_casefold(m.group())) for m in _WORD_RUN.finditer(folded.source)]
    out = []
    for pos, term, payload in hits:
        bad = collisions.get(term)
        if bad:
            start, end = folded.span(pos, min(pos + len(term.lstrip("*<")), len(folded.text)))
            exact, prefixes = bad
            if any(s < end and start < e and (w in exact or w.startswith(prefixes)) for s, e, w in words):
                continue
        out.append((pos, term, payload))
    return out


# "Hvem på Malta sørger for …?", "What happens in Bulgaria if …": a place phrase inside a question splits
# the topic phrase around it ("hvem sørger for", "what happens if"); the country is read elsewhere
# (places.detect_countries) and is no topic word, so the phrase is cut out before matching.
_PLACE_PREPOSITION = re.compile(r"\b(?:i|på|in|fra|från|from|for|för)\s+$", re.IGNORECASE)


def without_places(text: str) -> str:
    """``text`` with each country name, and the preposition right before it, cut out."""
    from .places import detect_countries

    spans = sorted(((m.start, m.end) for m in detect_countries(text).spans if m.kind == "name"), reverse=True)
    for start, end in spans:
        m = _PLACE_PREPOSITION.search(text, 0, start)
        text = text[:m.start() if m else start] + text[end:]
    return text


# "Må min chef stadig udbetale lønnen?", "Får arbetsgivaren fortfarande betala ut lönen?", "May my employer
# still pay me?": what someone may still do once enforcement has begun is the same effects question as "må jeg
# stadig …" whoever the subject is (the debtor, the employer holding the wages, the bank), so a short subject
# between the permission verb and "still" reads as the first person the lexicon lists. Permission verbs only
# (må/får/may): "kan kreditor stadig …" is as often a time-limit question.
_SUBJECT_STILL = re.compile(
    r"\b(?P<verb>må|får|may)\s+(?P<subject>(?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s+(?P<still>stadig|fortsatt|fortfarande|still)\b",
    re.IGNORECASE)
_PRONOUN = {"må": "jeg", "får": "jeg", "may": "i"}


def _first_person_still(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        verb, still = m.group("verb"), m.group("still")
        pronoun = "jag" if still.casefold() == "fortfarande" else _PRONOUN[verb.casefold()]
        return f"{verb} {pronoun} {still}"

    return _SUBJECT_STILL.sub(repl, text)


# "Har han lov til det?", "får han lov att ta den?", "har de lov å …": "lov" there is permission ("allowed to"),
# not a law, and read as the legal_basis word it pulled the section-1 boost onto "may the bailiff take our cow?"
# questions. A law is "lov om …", "loven", "ifølge loven", never "lov" before til/å/att.
_PERMISSION_LOV = re.compile(r"\blov(?=\s+(?:til|å|att)\b)", re.IGNORECASE)


def _without_permission_lov(text: str) -> str:
    return _PERMISSION_LOV.sub("", text)


# "Who can actually enforce …?", "Kan fogeden egentlig tage …?", "Får de verkligen ta …?": a filler adverb inside
# a topic phrase splits it ("who can enforce", "hvem kan fuldbyrde") as a place name would; it names no topic
# itself (no lexicon term holds one), so it is cut out before matching.
_FILLER = re.compile(
    r"\s*\b(?:actually|really|faktisk|faktiskt|egentlig|egentligen|virkelig|verkligen)\b(?=\s)", re.IGNORECASE)


def _without_fillers(text: str) -> str:
    return _FILLER.sub("", text)


def _asked_span(text: str) -> tuple[int, int]:
    """(start, end) of the sentence holding the message's last question mark; (0, len) when there is none.
    A start of 0 means no sentence sets a case before the question: nothing to break a tie with."""
    q = text.rfind("?")
    if q < 0:
        return 0, len(text)
    start = max(text.rfind(c, 0, q) for c in ".!?\n") + 1
    return start, q + 1


def detect_topic(text: str) -> TopicIntent:
    text = _without_fillers(_without_permission_lov(_first_person_still(without_places(text))))
    loaded, _index = _load()
    hits = [(pos, pos + len(term.lstrip("*")), term, i, weight) for pos, term, (i, weight) in _find(text)]
    # A weaker hit lying inside a longer, stronger phrase is not counted again ("limit" inside "time
    # limit on", "koster" inside "hvad koster"), whichever topic it belongs to. The same word scored
    # by two topics (forældelse: strong for 6, weak for 4.3) counts for both.
    kept = [
        h for h in hits
        if not any(o[4] > h[4] and o[0] <= h[0] and h[1] <= o[1] and o[1] - o[0] > h[1] - h[0] for o in hits)
    ]
    # A term counts once per topic.
    per_term: dict[tuple[int, str], float] = {}
    for _s, _e, term, i, weight in kept:
        per_term[(i, term)] = max(weight, per_term.get((i, term), 0.0))
    # Hints only tip a balance: alone they are no topic.
    if all(w <= HINT for w in per_term.values()):
        return TopicIntent()
    topic_scores: dict[int, float] = {}
    matched: list[tuple[str, str]] = []
    # ... and only for a topic that has a word of its own: "Må fogeden tage det brænde …" names the
    # bailiff in passing, and a section-2 boost from that hint put 2 above 4.1 (dev retrieval, new rows)
    real = {i for (i, _t), w in per_term.items() if w > HINT}
    for (i, term), weight in per_term.items():
        if i not in real:
            continue
        topic_scores[i] = topic_scores.get(i, 0.0) + weight
        matched.append((loaded[i].id, term))

    scores: dict[str, float] = {}
    for i, s in topic_scores.items():
        scores[loaded[i].section] = scores.get(loaded[i].section, 0.0) + s
    # A tie goes to the section the question sentence itself names by a strong term: "Min kreditor har fået
    # arrest i min bil. Hvor længe kan arresten vare?" sets the case (assets) and then asks for a duration
    # (4.3). A weak, generic phrase there ("hvad sker der") does not outweigh the case the message describes
    start, end = _asked_span(text)
    asked: dict[str, float] = {}
    for s_, e_, term, i, weight in kept:
        if start > 0 and i in real and weight >= STRONG and start <= s_ and e_ <= end:
            asked[loaded[i].section] = asked.get(loaded[i].section, 0.0) + weight
    ranked = sorted(scores, key=lambda s: (-scores[s], -asked.get(s, 0.0), SECTIONS.index(s)))
    best = scores[ranked[0]]
    sections = [s for s in ranked if scores[s] >= best * _KEEP_RATIO][:_MAX_SECTIONS]

    headings: dict[str, float] = {}
    for i, s in topic_scores.items():
        for rank, h in enumerate(loaded[i].norway):
            # The first heading of a topic is its main answer; later ones are weaker.
            headings[h] = headings.get(h, 0.0) + s / (rank + 1)
    norway = sorted(headings, key=lambda h: (-headings[h], NORWAY_HEADINGS.index(h)))
    # Same keep rule as the numbered sections: a heading reached only through a hint ("hva er" ->
    # the article's general intro headings) or through a topic's later, weaker heading must not ride
    # along with the question's real topic. The intro headings summarise every other heading, so a
    # boost for them wins nearly every Norwegian question otherwise.
    norway = [h for h in norway if headings[h] >= headings[norway[0]] * _KEEP_RATIO]
    return TopicIntent(
        sections=sections,
        score=best,
        confidence=round(best / sum(scores.values()), 3),
        scores=scores,
        norway_sections=norway[:_MAX_SECTIONS],
        matched=sorted(matched),
        topic_scores={loaded[i].id: s for i, s in topic_scores.items()},
    )


def term_mass(text: str) -> dict[str, float]:
    """topic id -> number of the topic's distinct STRONG terms found in ``text``, times their weight.

    For passages, not questions: retrieval sums it per section of each national page to learn where
    THAT page treats a topic (e.g. Estonia puts limitation periods under 4.3, not 6). Only strong terms
    count: they name the topic itself ("forældelse", "fritaget for udlæg"), while ordinary terms
    ("løn", "frist") turn up in every section that lists assets or deadlines. On the dev split, counting
    ordinary terms too made the placement sensitive to the prior (topic_map.PRIOR); strong-only did not.
    """
    loaded, _index = _load()
    found = {(i, term) for _pos, term, (i, weight) in _find(text) if weight >= STRONG}
    out: dict[str, float] = {}
    for i, _term in found:
        out[loaded[i].id] = out.get(loaded[i].id, 0.0) + STRONG
    return out
