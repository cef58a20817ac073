"""Evidence per country for one turn: retrieval, the hard country filter, and when "weak" still answers.

One retrieval per country, so a comparison has evidence for every country it names. Below the
retriever's ``min_confidence`` a single-country turn still answers when two independent signals agree
– the query's topic detector and the retriever's own top chunk point at the same section – unless the
confidence is below ``AGREEMENT_FLOOR``. In a comparison a weak country keeps only its chunks from the
asked-about section. The support-staff view records every such decision.
"""

from __future__ import annotations

from assistant.pipeline.composer import CountryEvidence
from assistant.pipeline.protocols import Retriever
from assistant.pipeline.session import TurnPlan

AGREEMENT_FLOOR = 0.01  # below this the retriever's confidence is near-certain noise
# Chunks asked for when one country is in question. The retriever's top 5 are unchanged (the list is a
# prefix of its ranking); the extra chunks only give sentence selection the rest of a long section
# (the answering sentence of "BG 5" or "SE 4.2" often sits in a chunk ranked 6th-8th), and the rank
# prior keeps them behind the top chunks unless their sentence answers clearly better.
SENTENCE_POOL = 8


def gather_evidence(retriever: Retriever, plan: TurnPlan) -> tuple[list[CountryEvidence], list[dict], bool]:
    """(groups, debug rows, every country weak) for ``plan``."""
    groups, info = [], []
    weak_all = True
    for code in plan.countries:
        sections = plan.topic_sections + (plan.norway_sections if code == "NO" else [])
        pool = SENTENCE_POOL if len(plan.countries) == 1 else None  # a comparison keeps its balancing
        result = retriever.retrieve(plan.question, countries=[code], topic_sections=sections or None, k=pool)
        evidence = [e for e in result.evidence if e.chunk.country == code]  # hard filter, re-checked
        weak = bool(getattr(result, "weak", False)) or not evidence
        confidence = float(getattr(result, "confidence", 0.0))
        usable = evidence if not weak else []
        agreed = bool(weak and evidence and sections and evidence[0].chunk.section in sections
                      and confidence >= AGREEMENT_FLOOR)
        if agreed and len(plan.countries) == 1:
            # two independent signals agree: the query's topic detector and the retriever's own top
            # chunk point at the same section of the named country's page; the retriever's score alone
            # is low mostly for short or paraphrased questions, so answer (and say why in the debug view)
            usable = evidence
        elif weak and len(plan.countries) > 1 and sections:
            # in a comparison the topic is known from the question: the country's own section on it
            # is still the right citation even when this country's retrieval score is low
            usable = [e for e in evidence if e.chunk.section in sections]
        weak_all = weak_all and not usable
        groups.append(CountryEvidence(code, usable))
        info.append({"country": code, "confidence": round(confidence, 3), "weak": weak,
                     "weak_overridden": "topic agreement" if agreed and usable else None, "evidence": [
                         {"chunk_id": e.chunk.id, "section": e.chunk.section, "score": round(e.score, 4),
                          "dense_rank": e.dense_rank, "bm25_rank": e.bm25_rank, "boost": e.boost,
                          "reasons": e.reasons} for e in result.evidence]})
    return groups, info, weak_all
