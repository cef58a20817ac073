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
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from assistant.models import Chunk, Evidence
from assistant.retrieval import confidence as conf
from assistant.retrieval import fusion
from assistant.retrieval.topic_map import TopicMap
from assistant.retrieval.understanding import detect_countries as _detect_countries
from assistant.retrieval.understanding import detect_topic_weights as _detect_topic
from assistant.retrieval.understanding import explicit_topic_weights as _explicit_topics
from assistant.retrieval.understanding import has_enforcement_vocabulary as _has_enforcement_vocabulary
from assistant.retrieval.understanding import keyword_query as _keyword_query
from assistant.retrieval.understanding import question_language as _question_language
from assistant.retrieval.understanding import strip_spans as _strip_spans

if TYPE_CHECKING:
    from assistant.settings import Settings
    from ingest.embedder import Embedder
    from ingest.index import IndexReader


# At most this many chunks of one section before the other sections get a turn (see fusion.diversify).
# 1 gains a little section-level MRR on the dev split (mean over the fusion grid 0.923 vs 0.919), but
# the answer composer quotes a long section's second chunk: with 1, two dev QA answers lost a
# must-include sentence. So 2.
PER_SECTION = 2
# ... except in the first slots, which hold this many different sections (fusion.diversify): on dev
# this gets most of the MRR of 1 chunk per section (fusion-grid mean 0.939 vs 0.936 without, 0.940 with
# per_section 1; at the defaults 0.951 vs 0.948) and keeps the second chunks in slots 4–5.
DISTINCT_HEAD = 3

# The pages are in Danish: a Danish question is read by BM25 and the encoder in the corpus' language.
CORPUS_LANGUAGE = "da"

# Fusion parameters (RetrievalSettings defaults) were tuned on the DEV split with evals/bench_retrieval.py,
# from the middle of the dev plateau (rrf_k 3–7, boost 0.5–0.8, consensus scale 0–0.25 for Danish
# questions: MRR 0.93–0.95 around rrf_k 5 / boost 0.6), not its best point. Without the consensus
# damping the plateau was narrow: boosts above 0.6 or rrf_k above 10 overturned what both retrievers
# agreed on (grid mean MRR 0.903 without it, 0.919 damping every language, 0.930 Danish only).


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
        # explicit topic sections get full weight (placed per page like detected ones); detected
        # ones their relative strength
        if topic_sections is None:
            topics = _detect_topic(question, countries, self.topic_map)
        else:
            topics = _explicit_topics(question, list(topic_sections), countries, self.topic_map)
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

        # agreement of the two retrievers is trusted over the topic guess only for questions in the
        # corpus' own language (see fusion.consensus_scale)
        agreed_scale = cfg.consensus_boost_scale if _question_language(question) == CORPUS_LANGUAGE else 1.0
        evidence, feats = self._fuse(dense, bm25, countries, topics, k, agreed_scale)
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
              topics: dict[str, float], k: int, agreed_scale: float = 1.0) -> tuple[list[Evidence], dict[str, float]]:
        cfg = self.settings.retrieval
        chunks: dict[str, Chunk] = self.index.chunks
        dense_ids, bm25_ids = [c for c, _ in dense], [c for c, _ in bm25]
        weights = {"dense": cfg.dense_weight, "bm25": cfg.bm25_weight}
        fused = fusion.rrf_scores({"dense": dense_ids, "bm25": bm25_ids}, weights, cfg.rrf_k)
        ceiling = fusion.rrf_ceiling(weights, cfg.rrf_k) or 1.0
        # The boost is in units of the ceiling: topic_boost = 0.6 is worth 0.6 of "first in both lists".
        # When both retrievers put the same chunk first, that agreement is stronger evidence than the
        # topic guess, so the boost shrinks (see fusion.consensus_scale).
        boost = cfg.topic_boost * fusion.consensus_scale(dense_ids, bm25_ids, agreed_scale)
        boosts = {}
        for cid in fused if topics and boost > 0 else ():
            weight = fusion.topic_weight(chunks[cid].country, chunks[cid].section, topics)
            if weight > 0:
                boosts[cid] = boost * weight
        total = {cid: s / ceiling + boosts.get(cid, 0.0) for cid, s in fused.items()}
        ranked = sorted(total, key=lambda cid: (-total[cid], cid))  # id tie-break keeps runs reproducible
        ranked = fusion.diversify(ranked, lambda cid: f"{chunks[cid].country}:{chunks[cid].section}",
                                  self.per_section, DISTINCT_HEAD if self.per_section > 1 else 0)
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
            top_score=self._feature_score(ranked[0] if ranked else None, dense_ids, bm25_ids, weights),
            top_cosine=dense[0][1] if dense else 0.0,
            bm25_top_score=bm25[0][1] if bm25 else 0.0,
            agree=conf.agreement(dense_ids, bm25_ids),
            topic=max(topics.values(), default=0.0),
        )
        return evidence, feats

    @staticmethod
    def _feature_score(top: str | None, dense_ids: list[str], bm25_ids: list[str],
                       weights: dict[str, float]) -> float:
        """The best chunk's fused score at the confidence model's own RRF constant (conf.FEATURE_RRF_K)."""
        if top is None:
            return 0.0
        k = conf.FEATURE_RRF_K
        score = sum(w / (k + ids.index(top) + 1) for ids, w in ((dense_ids, weights["dense"]), (bm25_ids, weights["bm25"]))
                    if w > 0 and top in ids)
        return score / (fusion.rrf_ceiling(weights, k) or 1.0)
