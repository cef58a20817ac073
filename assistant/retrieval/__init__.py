"""Hybrid retrieval over the enforcement corpus (dense + BM25, country filter, topic boost, confidence)."""

from assistant.retrieval.confidence import ConfidenceModel
from assistant.retrieval.hybrid import HybridRetriever, RetrievalResult

__all__ = ["ConfidenceModel", "HybridRetriever", "RetrievalResult", "EnforcementRetriever"]


def __getattr__(name: str):
    # langchain-core is only imported by callers that ask for the adapter (keeps CLI start-up cheap).
    if name == "EnforcementRetriever":
        from assistant.retrieval.langchain_adapter import EnforcementRetriever

        return EnforcementRetriever
    raise AttributeError(name)
