"""LangChain face of the hybrid retriever, so chains, agents and evaluators can use it unchanged.

``EnforcementRetriever.invoke("…")`` returns ``Document``s: page_content is the verbatim chunk text
(quotable), metadata is the chunk's metadata plus the chunk id, the fused score, the ranks and the
human-readable reasons. Per-call options (countries, topic sections, k) go through ``invoke(query, countries=[…])``.
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.retrieval.hybrid import HybridRetriever, RetrievalResult


class EnforcementRetriever(BaseRetriever):
    """``BaseRetriever`` over a :class:`HybridRetriever` (country filter, RRF, topic boost, confidence)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    hybrid: HybridRetriever
    k: int | None = None
    countries: list[str] | None = None  # fixed filter; None = detect from each query

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun,
                                **kwargs: Any) -> list[Document]:
        result = self.hybrid.retrieve(
            query, countries=kwargs.get("countries", self.countries),
            topic_sections=kwargs.get("topic_sections"), k=kwargs.get("k", self.k),
        )
        return to_documents(result)


def to_documents(result: RetrievalResult) -> list[Document]:
    docs = []
    for ev in result.evidence:
        meta: dict[str, Any] = dict(ev.chunk.metadata())
        meta.update(chunk_id=ev.chunk.id, score=ev.score, dense_rank=ev.dense_rank, bm25_rank=ev.bm25_rank,
                    boost=ev.boost, reasons=list(ev.reasons), confidence=result.confidence, weak=result.weak)
        docs.append(Document(page_content=ev.chunk.text, metadata=meta, id=ev.chunk.id))
    return docs
