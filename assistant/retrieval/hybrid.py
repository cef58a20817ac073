"""Hybrid retrieval: dense (Chroma) + BM25, hard country filter, weighted RRF, soft topic boost.

Why hybrid: the e5 encoder matches paraphrases across languages (a Norwegian "trekk i lønn" finds the
Danish "lønindeholdelse"), while BM25 on the glossary-expanded query nails exact legal terms and numbers
("26 EUR", "Vermögensauskunft") that dense vectors blur. Why a HARD country filter: a chunk about the
wrong country is never a right answer, however similar its wording – every page has the same eleven
headings. Why only a SOFT topic boost: topic detection is a guess; a filter on a wrong guess would lose
the answer, a boost merely reorders near-ties.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from assistant.models import Chunk, Evidence
from assistant.retrieval import confidence as conf
from assistant.retrieval import fusion
from assistant.retrieval.topic_map import TopicMap

if TYPE_CHECKING:
    from assistant.settings import Settings
    from ingest.embedder import Embedder
    from ingest.index import IndexReader


# At most this many chunks of one section before the other sections get a turn (see fusion.diversify).
# 2 and 1 tie on the dev split (Recall@5 0.99 with either); 2 lets a long section keep its second
# chunk in the top k, which the answer composer may need to quote.
PER_SECTION = 2

# Fusion parameters (RetrievalSettings defaults) were tuned on the DEV split with evals/bench_retrieval.py,
# from the middle of the dev plateau (rrf_k 5–10, dense 0.75–1.0, boost 0.4–0.6), not its best point.


class RetrievalResult(BaseModel):
    """What one retrieval returns: evidence best first, plus what the support-staff view needs."""

    evidence: list[Evidence] = Field(default_factory=list, description="Best first.")
    confidence: float = Field(0.0, ge=0.0, le=1.0, description="Calibrated P(the answer is in the evidence).")
    countries: list[str] = Field(default_factory=list, description="Countries actually filtered on; [] = none.")
    uncovered: list[str] = Field(default_factory=list, description="Mentioned countries the corpus lacks.")
    topic_sections: list[str] = Field(default_factory=list, description="Sections given the soft boost.")
    weak: bool = Field(True, description="confidence < settings.retrieval.min_confidence.")
    features: dict[str, float] = Field(default_factory=dict, description="Inputs of the confidence model.")
    timings_ms: dict[str, float] = Field(default_factory=dict)


class HybridRetriever:
    def __init__(self, settings: Settings, index: IndexReader, embedder: Embedder, *,
                 confidence_model: conf.ConfidenceModel | None = None, per_section: int = PER_SECTION) -> None:
        self.settings = settings
        self.index = index
        self.embedder = embedder
        self.confidence_model = confidence_model or conf.DEFAULT_MODEL
        self.per_section = per_section
        self._topic_map: tuple[object, TopicMap] | None = None

    @property
    def topic_map(self) -> TopicMap:
        """Where each page treats each topic, derived from the index's chunk texts (built once per index)."""
        chunks = self.index.chunks
        if self._topic_map is None or self._topic_map[0] is not chunks:
            self._topic_map = (chunks, TopicMap.for_index(chunks))
        return self._topic_map[1]

    def warm_up(self) -> None:
        """Load the encoder and touch both indexes so the first user question is not the slow one."""
        self.embedder.warm_up()
        _ = self.topic_map
        vec = self.embedder.embed_query("warm-up: tvangsfuldbyrdelse")
        self.index.dense_search(vec, 1)
        self.index.bm25_search("tvangsfuldbyrdelse", 1)

    # ------------------------------------------------------------------------------------------ API
    def retrieve(self, question: str, *, countries: list[str] | None = None,
                 topic_sections: list[str] | None = None, k: int | None = None) -> RetrievalResult:
        cfg = self.settings.retrieval
        k = k or cfg.k
        t0 = time.perf_counter()
        detected, uncovered, mentions = _detect_countries(question)
        if countries is None:  # a per-call override (e.g. from the chat state) beats detection
            countries = detected
            if not countries and uncovered:
                # Only countries the corpus does not cover: any evidence would be about another country.
                return RetrievalResult(countries=[], uncovered=uncovered, weak=True,
                                       topic_sections=topic_sections or [])
        else:
            uncovered = []
        countries = [c.upper() for c in countries]
        # explicit topic sections get full weight; detected ones their relative strength
        topics = _detect_topic(question, countries, self.topic_map) if topic_sections is None \
            else {t: 1.0 for t in topic_sections}
        t1 = time.perf_counter()

        filt = countries or None
        # more candidates for comparisons, so no requested country falls out before balancing
        n_cand = min(500, cfg.candidates * max(1, len(countries)))
        qvec = self.embedder.embed_query(question)
        t2 = time.perf_counter()
        dense = self.index.dense_search(qvec, n_cand, countries=filt)
        t3 = time.perf_counter()
        bm25 = self.index.bm25_search(_keyword_query(_strip_spans(question, mentions)), n_cand, countries=filt)
        bm25 = [(cid, s) for cid, s in bm25 if s > 0]  # a zero score is "no shared word", not rank n
        t4 = time.perf_counter()

        evidence, feats = self._fuse(dense, bm25, countries, topics, k)
        feats["vocabulary"] = 1.0 if _has_enforcement_vocabulary(question) else 0.0
        confidence = self.confidence_model.predict(feats) if evidence else 0.0
        t5 = time.perf_counter()
        timings = {"understand": t1 - t0, "embed": t2 - t1, "dense": t3 - t2, "bm25": t4 - t3,
                   "fuse": t5 - t4, "total": t5 - t0}
        return RetrievalResult(
            evidence=evidence, confidence=confidence, countries=countries, uncovered=uncovered,
            topic_sections=list(topics), weak=confidence < cfg.min_confidence, features=feats,
            timings_ms={name: round(v * 1000, 3) for name, v in timings.items()},
        )

    # ------------------------------------------------------------------------------------ internals
    def _fuse(self, dense: list[tuple[str, float]], bm25: list[tuple[str, float]], countries: list[str],
              topics: dict[str, float], k: int) -> tuple[list[Evidence], dict[str, float]]:
        cfg = self.settings.retrieval
        chunks: dict[str, Chunk] = self.index.chunks
        dense_ids, bm25_ids = [c for c, _ in dense], [c for c, _ in bm25]
        weights = {"dense": cfg.dense_weight, "bm25": cfg.bm25_weight}
        fused = fusion.rrf_scores({"dense": dense_ids, "bm25": bm25_ids}, weights, cfg.rrf_k)
        ceiling = fusion.rrf_ceiling(weights, cfg.rrf_k) or 1.0
        # The boost is in units of the ceiling: topic_boost = 0.5 is worth half of "first in both lists".
        boosts = {}
        for cid in fused if topics else ():
            weight = fusion.topic_weight(chunks[cid].country, chunks[cid].section, topics)
            if weight > 0:
                boosts[cid] = cfg.topic_boost * weight
        total = {cid: s / ceiling + boosts.get(cid, 0.0) for cid, s in fused.items()}
        ranked = sorted(total, key=lambda cid: (-total[cid], cid))  # id tie-break keeps runs reproducible
        ranked = fusion.diversify(ranked, lambda cid: f"{chunks[cid].country}:{chunks[cid].section}",
                                  self.per_section)
        top = fusion.balance_by_country(ranked, lambda cid: chunks[cid].country, countries, k)
        balanced = set(top) - set(ranked[:len(top)])

        d_rank = {cid: (i + 1, s) for i, (cid, s) in enumerate(dense)}
        b_rank = {cid: (i + 1, s) for i, (cid, s) in enumerate(bm25)}
        evidence = []
        for cid in top:
            ch = chunks[cid]
            reasons = []
            if cid in d_rank:
                reasons.append(f"meaning match: rank {d_rank[cid][0]} by embedding (cosine {d_rank[cid][1]:.3f})")
            else:
                reasons.append("no embedding match among the candidates")
            if cid in b_rank:
                reasons.append(f"keyword match: rank {b_rank[cid][0]} by BM25 (score {b_rank[cid][1]:.2f})")
            else:
                reasons.append("no keyword match")
            if cid in boosts:
                reasons.append(f"topic boost +{boosts[cid]:.2f}: section {ch.section} fits the question's topic")
            if countries:
                reasons.append(f"country filter: {', '.join(countries)}")
            if cid in balanced:
                reasons.append(f"kept so {ch.country} has its share of a comparison")
            evidence.append(Evidence(chunk=ch, score=round(total[cid], 6), dense_rank=d_rank.get(cid, (None,))[0],
                                     bm25_rank=b_rank.get(cid, (None,))[0], boost=boosts.get(cid, 0.0),
                                     reasons=reasons))
        feats = conf.features(
            top_score=fused[ranked[0]] / ceiling if ranked else 0.0,
            top_cosine=dense[0][1] if dense else 0.0,
            bm25_top_score=bm25[0][1] if bm25 else 0.0,
            agree=conf.agreement(dense_ids, bm25_ids),
            topic=max(topics.values(), default=0.0),
        )
        return evidence, feats


# ---------------------------------------------------------------------------- query understanding
# The query package is written in parallel; these adapters read its results defensively so a small
# change of shape there does not break retrieval.

def _detect_countries(question: str) -> tuple[list[str], list[str], list[tuple[int, int]]]:
    """(covered codes, uncovered codes, character spans of the country mentions)."""
    from assistant.query import detect_countries

    det = detect_countries(question)
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


def _has_enforcement_vocabulary(question: str) -> bool:
    """Does the question use the domain's own words (scope.toml [enforcement]); a confidence signal."""
    try:
        from assistant.query.scope import has_enforcement_signal
    except ImportError:
        return False
    return bool(has_enforcement_signal(question))


def _strip_spans(question: str, spans: list[tuple[int, int]]) -> str:
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


def _detect_topic(question: str, countries: list[str] | None = None,
                  topic_map: TopicMap | None = None) -> dict[str, float]:
    """{section, "CC:section" or Norwegian heading: weight in [0, 1]} from the topic detector; {} = no signal.

    With a country filter and a topic map, each named country gets its own keys ("EE:4.3"): the
    topic's weight split between its nominal section and the sections where that page uses the
    topic's words (see topic_map). Without, the bare section numbers apply to every country.
    """
    try:
        from assistant.query import detect_topic
        from assistant.query.topics import topics as topic_list
    except ImportError:
        return {}
    intent: Any = detect_topic(question)
    sections = list(getattr(intent, "sections", []) or [])
    if not sections:
        return {}
    scores: dict[str, float] = dict(getattr(intent, "scores", {}) or {})
    best = max(scores.values(), default=0.0) or float(getattr(intent, "score", 0.0) or 1.0)
    strength = min(1.0, best / _TOPIC_FULL)  # a lone weak hint boosts less than a strong term
    per_topic: dict[str, float] = dict(getattr(intent, "topic_scores", {}) or {})
    numbered = [c for c in countries or [] if c != "NO"]  # Norway's page has headings, handled below
    if topic_map is not None and per_topic and numbered:
        placing = {t.id: (t.section, *t.also) for t in topic_list()}
        out = {}
        for country in numbered:
            placed = topic_map.section_scores(country, per_topic, placing)
            top = max(placed.values(), default=0.0)
            if top <= 0:
                continue
            ranked = sorted(placed, key=lambda s: (-placed[s], _section_order(s)))
            for sec in [s for s in ranked if placed[s] >= top * _KEEP_RATIO][:_MAX_SECTIONS]:
                out[f"{country}:{sec}"] = strength * placed[sec] / top
    else:
        out = {s: strength * (scores.get(s, best) / best) for s in sections}
    # Norway's article has its own headings; the detector ranks them best first.
    for rank, heading in enumerate(getattr(intent, "norway_sections", []) or []):
        out[heading] = strength / (rank + 1)
    return out


def _section_order(section: str) -> int:
    """Tie-break like the detector: the page's order of sections (unknown ones last)."""
    from assistant.query.topics import SECTIONS

    return SECTIONS.index(section) if section in SECTIONS else len(SECTIONS)


def _keyword_query(question: str) -> str:
    """The BM25 query: the question plus glossary terms (nb/sv/en → the corpus' Danish words)."""
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
