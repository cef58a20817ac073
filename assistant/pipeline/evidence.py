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


# follow-ups whose retrieval question is an earlier question reused as it was asked, the country coming from
# the turn: "Sverige" answering "which country?", "Og hvis jeg flytter til Slovakiet?"
_REUSED_QUESTION = frozenset({"country_switch", "clarification_answer"})


def country_query(question: str, code: str) -> str:
    """The retrieval question for ``code``'s page when ``question`` names no country at all.

    A country switch or the answer to "which country?" reuses an earlier question that names none ("Kan fogeden
    tage min hund?" before "Jeg bor i Tjekkiet." / "Og hvis jeg flytter til Slovakiet?"): the turn that named the
    country is not part of it. Every chunk opens with its country's name, so the embedding of the question
    that names the page's country lies nearer that page's own passages on the subject; without it the
    follow-up ranked other chunks than the same question asked with the country. The page's Danish name is
    added (the pages are Danish; the keyword side strips country names anyway). A question that names a
    country (another one included) is left as asked.
    """
    from assistant.pipeline.composer import country_name
    from assistant.retrieval.understanding import detect_countries

    covered, uncovered, _spans = detect_countries(question)
    if covered or uncovered:
        return question
    name = country_name(code, "da")
    return question if name == code else f"{question} ({name})"


def gather_evidence(retriever: Retriever, plan: TurnPlan) -> tuple[list[CountryEvidence], list[dict], bool]:
    """(groups, debug rows, every country weak) for ``plan``."""
    groups, info = [], []
    weak_all = True
    for code in plan.countries:
        sections = plan.topic_sections + (plan.norway_sections if code == "NO" else [])
        pool = SENTENCE_POOL if len(plan.countries) == 1 else None  # a comparison keeps its balancing
        # an earlier question reused for the turn's one country: the country's name in the query
        query = country_query(plan.question, code) if (
            len(plan.countries) == 1 and plan.followup in _REUSED_QUESTION) else plan.question
        result = retriever.retrieve(query, countries=[code], topic_sections=sections or None, k=pool)
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


def page_sections(question: str, topic_sections: list[str], countries: list[str],
                  topic_map: object | None) -> dict[str, list[str]]:
    """Country -> the question's sections as that country's page arranges them, for pages that differ.

    ``topic_sections`` are the nominal e-Justice sections ("4.1" for what may be seized). A page may treat
    the topic elsewhere and leave its nominal section to something else (Greece: the assets under the bare
    heading 4, its 4.1 about a debtor who does not comply). Where retrieval moved the boost on a page
    (``retrieval.understanding.page_leads``, derived from the page texts), the page's own section goes
    before the nominal one for that country's quotes and lead. Norway's page has headings, not numbers.
    """
    from assistant.retrieval.understanding import page_leads

    out: dict[str, list[str]] = {}
    for code, leads in page_leads(question, topic_sections, countries, topic_map).items():
        order: list[str] = []
        for s in topic_sections:
            order += [x for x in (leads.get(s), s) if x and x not in order]
        out[code] = order
    return out
