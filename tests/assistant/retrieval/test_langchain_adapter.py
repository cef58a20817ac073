import pytest
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from assistant.retrieval import EnforcementRetriever, HybridRetriever

pytestmark = pytest.mark.unit


def test_adapter_returns_documents_with_metadata(settings, index, embedder):
    retriever = EnforcementRetriever(hybrid=HybridRetriever(settings, index, embedder), k=3)
    assert isinstance(retriever, BaseRetriever)
    docs = retriever.invoke("gebyr 26 EUR løsøre", countries=["DE"])
    assert len(docs) == 2 and all(isinstance(d, Document) for d in docs)  # DE has two chunks
    top = docs[0]
    assert top.page_content == index.chunks[top.metadata["chunk_id"]].text
    assert top.metadata["country"] == "DE" and top.metadata["section"] == "3.1"
    assert {"score", "reasons", "dense_rank", "bm25_rank", "confidence", "line_start"} <= set(top.metadata)
    assert isinstance(top.metadata["reasons"], list) and top.metadata["reasons"]


def test_adapter_fixed_countries_and_batch(settings, index, embedder):
    retriever = EnforcementRetriever(hybrid=HybridRetriever(settings, index, embedder), countries=["SE"])
    for docs in retriever.batch(["udlæg i løn", "appel frist"]):
        assert docs and {d.metadata["country"] for d in docs} == {"SE"}
