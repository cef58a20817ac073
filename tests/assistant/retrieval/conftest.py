"""A tiny in-memory index with the IndexReader surface (chunks, dense_search, bm25_search).

Unit tests use it with FakeEmbedder so retrieval logic is tested without Chroma or a model; the real
BM25 class and tokenizer are used so the keyword side behaves exactly as in production.
"""

from __future__ import annotations

import numpy as np
import pytest

from assistant.models import Chunk
from assistant.settings import Settings
from ingest.bm25 import BM25Index
from ingest.embedder import FakeEmbedder


def make_chunk(country: str, section: str, text: str, title: str = "Titel") -> Chunk:
    return Chunk(id=Chunk.make_id(country, section, text), country=country, section=section, title=title,
                 text=text, line_start=1, line_end=1, source="test.txt")


class MemoryIndex:
    def __init__(self, chunks: list[Chunk], embedder) -> None:
        self.chunks = {c.id: c for c in chunks}
        self._ids = [c.id for c in chunks]
        self._countries = np.array([c.country for c in chunks])
        self._vectors = embedder.embed_passages([c.text for c in chunks])
        self._bm25 = BM25Index.build([c.text for c in chunks], self._ids, [c.country for c in chunks])
        self.dense_calls: list[list[str] | None] = []
        self.bm25_calls: list[str] = []

    def dense_search(self, query_vec, k, countries=None):
        self.dense_calls.append(countries)
        sims = self._vectors @ np.asarray(query_vec)
        order = [i for i in np.argsort(-sims, kind="stable")
                 if countries is None or self._countries[i] in countries]
        return [(self._ids[i], float(sims[i])) for i in order[:k]]

    def bm25_search(self, query, k, countries=None):
        self.bm25_calls.append(query)
        return self._bm25.search(query, k, countries)


CORPUS = [
    ("SE", "2", "Fuldbyrdelsen gennemføres af den svenske fogedmyndighed Kronofogdemyndigheten."),
    ("SE", "4.3", "Der er ingen tidsgrænse for gyldigheden af en afgørelse om udlæg."),
    ("SE", "6", "Ved udlæg i løn kan der ikke gøres udlæg i en bestemt del af lønnen."),
    ("SE", "5", "Afgørelser om udlæg kan appelleres indtil tre uger efter forkyndelsen."),
    ("DK", "2", "Fogedretten gennemfører fuldbyrdelsen i Danmark."),
    ("DK", "4.3", "Udlæg bortfalder efter fire år hvis pantet ikke tvangsauktioneres."),
    ("DK", "6", "Skyldner beholder en del af lønnen til nødvendige leveomkostninger ved udlæg i løn."),
    ("DE", "3.1", "Der skal betales et gebyr på 26 EUR for fogedens udlæg i skyldners løsøre."),
    ("DE", "4.3", "Lønindeholdelse gælder indtil kravet er betalt fuldt ud."),
    ("NO", "Roller og ansvar", "Namsmannen gjennomfører utleggsforretning og tvangssalg."),
]


@pytest.fixture
def embedder():
    return FakeEmbedder(dim=128)


@pytest.fixture
def chunks():
    return [make_chunk(c, s, t) for c, s, t in CORPUS]


@pytest.fixture
def index(chunks, embedder):
    return MemoryIndex(chunks, embedder)


@pytest.fixture
def settings():
    return Settings()


from assistant.retrieval import hybrid as _hybrid  # noqa: E402

# the real adapters, for the tests that check them against the query package
ORIGINAL = {name: getattr(_hybrid, name)
            for name in ("_detect_countries", "_detect_topic", "_explicit_topics", "_keyword_query",
                         "_question_language")}


@pytest.fixture(autouse=True)
def _no_query_package(monkeypatch):
    """Unit tests must not depend on the query-understanding package's lexicons: stub its functions."""
    from assistant.retrieval import hybrid

    monkeypatch.setattr(hybrid, "_detect_countries", lambda q: ([], [], []))
    monkeypatch.setattr(hybrid, "_detect_topic", lambda q, *_: {})
    monkeypatch.setattr(hybrid, "_explicit_topics", lambda q, sections, *_: {s: 1.0 for s in sections})
    monkeypatch.setattr(hybrid, "_keyword_query", lambda q: q)
    monkeypatch.setattr(hybrid, "_question_language", lambda q: "da")  # the corpus' language
