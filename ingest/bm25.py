"""Keyword side of hybrid retrieval: one tokenizer shared by the index and the retriever, plus a thin
wrapper over ``bm25s`` that saves/loads with the generation and filters by country.

Why a shared tokenizer: BM25 only matches if index and query are tokenized identically; keeping the one
function here means the retriever can never drift from what was indexed.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_DANISH

# \w+ keeps single digits ("5 år", "§ 3") which legal text needs; single letters are dropped below.
_WORD = re.compile(r"\w+", re.UNICODE)
_STOPWORDS = frozenset(STOPWORDS_DANISH)
BM25_DIR = "bm25"


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("danish")


def bm25_tokenize(text: str) -> list[str]:
    """Lower-case, drop Danish stop words and one-letter words (digits kept), Snowball-Danish stem."""
    words = [w for w in _WORD.findall(text.lower())
             if w not in _STOPWORDS and (len(w) > 1 or w.isdigit())]
    return _stemmer().stemWords(words)


class BM25Index:
    """BM25 over the chunks of one generation; document i is the i-th chunk id of the manifest."""

    def __init__(self, retriever: bm25s.BM25, ids: list[str], countries: list[str]) -> None:
        self._bm25 = retriever
        self.ids = ids
        self._countries = np.array(countries)
        self.size = int(retriever.scores["num_docs"])

    @classmethod
    def build(cls, texts: list[str], ids: list[str], countries: list[str]) -> "BM25Index":
        retriever = bm25s.BM25()  # Lucene BM25, k1=1.5, b=0.75: the bm25s defaults
        retriever.index([bm25_tokenize(t) for t in texts], show_progress=False)
        return cls(retriever, ids, countries)

    def save(self, folder: Path) -> dict[str, str]:
        """Write the index files; return {file name: sha256} for the manifest (detects a swapped index)."""
        folder.mkdir(parents=True, exist_ok=True)
        self._bm25.save(str(folder), show_progress=False)
        return file_digests(folder)

    @classmethod
    def load(cls, folder: Path, ids: list[str], countries: list[str]) -> "BM25Index":
        return cls(bm25s.BM25.load(str(folder), show_progress=False), ids, countries)

    def search(self, query: str, k: int, countries: list[str] | None = None) -> list[tuple[str, float]]:
        tokens = bm25_tokenize(query)
        if not tokens or k <= 0:
            return []
        scores = np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)
        if countries is not None:
            scores = np.where(np.isin(self._countries, countries), scores, 0.0)
        # brute force over ~700 docs is microseconds; only positive scores are real matches
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]


def file_digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}
