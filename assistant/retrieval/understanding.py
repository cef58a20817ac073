"""Query understanding for retrieval: adapters over the query package (countries, topic, keyword query).

The query package is written in parallel; these adapters read its results defensively so a small
change of shape there does not break retrieval. hybrid.py imports them under their old private names
(``_detect_topic`` etc.), which the tests stub.

Topic weights come in two flavours with the same output shape ({section, "CC:section" or Norwegian
heading: weight in [0, 1]}):
- ``detect_topic_weights``: the retriever detects the topic itself (weights = the detector's strength);
- ``explicit_topic_weights``: the caller names the sections (the QA pipeline does, from its turn plan,
  so a follow-up keeps the earlier topic). Explicit sections get full weight, but on a named country's
  page they are placed with the per-country topic map like detected ones, so "limitation periods"
  boosts Estonia's 4.3 too and not only the nominal 6.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from assistant.retrieval.topic_map import TopicMap


def detect_countries(question: str) -> tuple[list[str], list[str], list[tuple[int, int]]]:
    """(covered codes, uncovered codes, character spans of the country mentions)."""
    from assistant.query import detect_countries as detect

    det = detect(question)
    spans = [m for m in getattr(det, "spans", []) or [] if hasattr(m, "start")]
    covered = list(getattr(det, "covered", []) or [])
    # Users write their own country's officer generically: "kronofogden (fogeden) i Polen",
    # "namsmannen i Polen". A country known only from such an officer/body mention is dropped when
    # another country is named outright; otherwise the hard filter would mix in Sweden or Norway.
    named = {c for m in spans if getattr(m, "kind", "") != "body" for c in m.codes}
    if named:
        body_only = {c for m in spans if getattr(m, "kind", "") == "body" for c in m.codes} - named
        covered = [c for c in covered if c not in body_only]
    return covered, list(getattr(det, "uncovered", []) or []), [(m.start, m.end) for m in spans]


def has_enforcement_vocabulary(question: str) -> bool:
    """Does the question use the domain's own words (scope.toml [enforcement]); a confidence signal."""
    try:
        from assistant.query.scope import has_enforcement_signal
    except ImportError:
        return False
    return bool(has_enforcement_signal(question))


def strip_spans(question: str, spans: list[tuple[int, int]]) -> str:
    """Drop the country mentions from the keyword query.

    Every indexed chunk starts with its country's name, so under the hard country filter the name
    matches every candidate alike: it adds nothing to the ranking but inflates the BM25 score of an
    off-topic question ("What is the capital of France?"), which would fool the confidence signal.
    """
    for start, end in sorted(spans, reverse=True):
        question = question[:start] + " " + question[end:]
    return question


# Topic strength that counts as certain: one strong keyword ("forældelsesfrist") in topics.toml.
_TOPIC_FULL = 2.0
# Per-country sections kept for the boost: at least this share of the page's best one, at most three
# (the detector's own rule for bare sections, assistant/query/topics.py).
_KEEP_RATIO = 0.5
_MAX_SECTIONS = 3


def detect_topic_weights(question: str, countries: list[str] | None = None,
                         topic_map: TopicMap | None = None) -> dict[str, float]:
    """{section, "CC:section" or Norwegian heading: weight in [0, 1]} from the topic detector; {} = no signal.

    With a country filter and a topic map, each named country gets its own keys ("EE:4.3"): the
    topic's weight split between its nominal section and the sections where that page uses the
    topic's words (see topic_map). Without, the bare section numbers apply to every country.
    """
    intent, placing = _intent(question)
    sections = list(getattr(intent, "sections", []) or [])
    if intent is None or not sections:
        return {}
    scores: dict[str, float] = dict(getattr(intent, "scores", {}) or {})
    best = max(scores.values(), default=0.0) or float(getattr(intent, "score", 0.0) or 1.0)
    strength = min(1.0, best / _TOPIC_FULL)  # a lone weak hint boosts less than a strong term
    per_topic: dict[str, float] = dict(getattr(intent, "topic_scores", {}) or {})
    numbered = [c for c in countries or [] if c != "NO"]  # Norway's page has headings, handled below
    if topic_map is not None and per_topic and numbered:
        out = _place(per_topic, placing, numbered, topic_map, strength)
    else:
        out = {s: strength * (scores.get(s, best) / best) for s in sections}
    # Norway's article has its own headings; the detector ranks them best first.
    for rank, heading in enumerate(getattr(intent, "norway_sections", []) or []):
        out[heading] = strength / (rank + 1)
    return out


def explicit_topic_weights(question: str, sections: list[str], countries: list[str] | None = None,
                           topic_map: TopicMap | None = None) -> dict[str, float]:
    """Weights for caller-given sections: full weight, placed per named country like detected topics.

    Every named section keeps a flat full-weight boost. Only the topics the question itself shows AND
    whose nominal section the caller named add per-page keys ("EE:4.3" for limitation periods) for
    the other sections where that page treats them (the caller's sections are the decision; the
    question only says which topic behind a section is meant).
    """
    flat = {s: 1.0 for s in sections}
    numbered = [c for c in countries or [] if c != "NO"]
    if topic_map is None or not numbered:
        return flat
    intent, placing = _intent(question)
    per_topic = {t: s for t, s in (getattr(intent, "topic_scores", {}) or {}).items()
                 if t in placing and placing[t][0] in flat and s > 0}
    if not per_topic:
        return flat
    # The named sections keep their full weight (placing them relative to the page's best topic
    # section made a named 4.3 weaker than a named 3.2 on Luxembourg's page and cost a citation in the
    # dev QA eval); the map only ADDS the page's other sections for those topics.
    out = dict(flat)
    for key, w in _place(per_topic, placing, numbered, topic_map, 1.0).items():
        if key.split(":", 1)[1] not in flat:
            out[key] = max(out.get(key, 0.0), w)
    # A page that treats the topic under another section and has none of its words in the named one
    # (Greece: assets under the bare 4, its 4.1 about a debtor who does not comply): the named section of
    # THAT page gets no boost (a per-country key overrides the flat one, fusion.topic_weight), its own gets it.
    for country, leads in _leads(getattr(intent, "topic_scores", {}) or {}, list(flat), placing, numbered,
                                 topic_map).items():
        for nominal, lead in leads.items():
            out[f"{country}:{nominal}"] = 0.0
            out[f"{country}:{lead}"] = 1.0
    return out


def page_leads(question: str, sections: list[str], countries: list[str],
               topic_map: TopicMap | None) -> dict[str, dict[str, str]]:
    """country -> {named section: the section that treats its topic on that page instead} (TopicMap.page_lead).

    Only pages where it differs appear; Norway (headings) never does."""
    numbered = [c for c in countries if c != "NO"]
    if topic_map is None or not numbered or not sections:
        return {}
    intent, placing = _intent(question)
    return _leads(getattr(intent, "topic_scores", {}) or {}, sections, placing, numbered, topic_map)


def _leads(scores: Mapping[str, float], sections: list[str], placing: Mapping[str, tuple[str, ...]],
           numbered: list[str], topic_map: TopicMap) -> dict[str, dict[str, str]]:
    """Only the question's clear main topic moves (its score above every other topic's, its nominal section
    named): "afslået min anmodning om rater … klage" is as much an appeal as a procedure question, and
    moving its procedure boost to a page's bare 3 quoted that page's list of titles instead."""
    lead_of = getattr(topic_map, "page_lead", None)
    ranked = sorted(((s, t) for t, s in scores.items() if s > 0), reverse=True)
    if lead_of is None or not ranked or (len(ranked) > 1 and ranked[1][0] >= ranked[0][0]):
        return {}
    main = ranked[0][1]
    if main not in placing or placing[main][0] not in sections:
        return {}
    nominal, *also = placing[main]
    out: dict[str, dict[str, str]] = {}
    for country in numbered:
        lead = lead_of(country, main, nominal, also)
        if lead:
            out[country] = {nominal: lead}
    return out


def _intent(question: str) -> tuple[Any, Mapping[str, tuple[str, ...]]]:
    """(the detector's TopicIntent or None, topic id -> (nominal section, *also sections))."""
    try:
        from assistant.query import detect_topic
        from assistant.query.topics import topics as topic_list
    except ImportError:
        return None, {}
    return detect_topic(question), {t.id: (t.section, *t.also) for t in topic_list()}


def _place(per_topic: Mapping[str, float], placing: Mapping[str, tuple[str, ...]], numbered: list[str],
           topic_map: TopicMap, strength: float) -> dict[str, float]:
    """Per-country keys: each page's sections for the topics, relative to that page's best, top three."""
    out: dict[str, float] = {}
    for country in numbered:
        placed = topic_map.section_scores(country, per_topic, placing)
        top = max(placed.values(), default=0.0)
        if top <= 0:
            continue
        ranked = sorted(placed, key=lambda s: (-placed[s], _section_order(s)))
        for sec in [s for s in ranked if placed[s] >= top * _KEEP_RATIO][:_MAX_SECTIONS]:
            out[f"{country}:{sec}"] = strength * placed[sec] / top
    return out


def _section_order(section: str) -> int:
    """Tie-break like the detector: the page's order of sections (unknown ones last)."""
    from assistant.query.topics import SECTIONS

    return SECTIONS.index(section) if section in SECTIONS else len(SECTIONS)


def question_language(question: str) -> str:
    """"da", "nb", "sv" or "en" from the query package's detector; "" when it is unavailable."""
    try:
        from assistant.query import detect_language
    except ImportError:
        return ""
    lang: Any = detect_language(question)
    return str(getattr(lang, "language", lang) or "")


def keyword_query(question: str) -> str:
    """The BM25 query: the question plus glossary terms (nb/sv/en → the corpus' Danish words), each
    stem once (see ``unique_stems``)."""
    return unique_stems(_expanded(question))


def _expanded(question: str) -> str:
    try:
        from assistant.query import expand_query
    except ImportError:
        return question
    expanded: Any = expand_query(question)
    if isinstance(expanded, str):
        return expanded
    for attr in ("text", "query", "expanded"):
        value = getattr(expanded, attr, None)
        if isinstance(value, str):
            return value
    terms = getattr(expanded, "terms", expanded)
    try:
        return " ".join([question, *map(str, terms)])
    except TypeError:
        return question


_WORD = re.compile(r"\w+", re.UNICODE)


def unique_stems(query: str) -> str:
    """Keep each word whose BM25 stem is new; drop repeats ("fogeden … foged fogeder" → "fogeden").

    Why: BM25 sums a query term once per occurrence, and the glossary adds the corpus' own forms of
    words the question already has. A Danish "Kan fogeden tage min hund?" became foged ×4 + hund ×1,
    so the everywhere-word "foged" outweighed the question's real subject. Each stem counts once.
    """
    from ingest.bm25 import bm25_tokenize

    seen: set[str] = set()
    kept = []
    for word in _WORD.findall(query):
        stems = bm25_tokenize(word)
        if stems and stems[0] not in seen:
            seen.add(stems[0])
            kept.append(word)
    return " ".join(kept)
