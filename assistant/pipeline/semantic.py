"""A semantic signal for sentence selection: cosine of the question and each candidate sentence.

Sentence selection (``sentences.best_sentences``) is lexical: stems shared with the question, its
glossary expansion and a hand-written nb/sv/en → Danish lexicon. A question worded in a way the
lexicon does not know ("what does it take", a paraphrase in Swedish) shares no stem with the sentence
that answers it. The retriever's multilingual encoder (e5) bridges languages and paraphrases, so its
cosine between the question ("query:" embedding) and each candidate sentence ("passage:" embedding)
is added to the lexical score, with the weight ``settings.composer.semantic_weight``.

``SentenceScorer`` is the narrow interface the composer depends on; ``EmbeddingSentenceScorer`` wraps
any ``ingest.embedder.Embedder`` (the real e5 one, or the ``FakeEmbedder`` in unit tests). Sentence
vectors are cached in an LRU keyed by the SHA-256 of the sentence text, and the uncached sentences of
a turn are embedded in one batch; the question's vector comes from the embedder's own query cache
(the retriever has just embedded the same question).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Any, Protocol, runtime_checkable

import numpy as np


@runtime_checkable
class SentenceScorer(Protocol):
    def similarities(self, question: str, sentences: list[str]) -> list[float]:
        """Cosine similarity of ``question`` to each of ``sentences`` (same order)."""
        ...


def _key(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "replace")).digest()


class EmbeddingSentenceScorer:
    """Cosines from an embedder's query and passage vectors, with an LRU of sentence vectors."""

    def __init__(self, embedder: Any, cache_size: int = 20_000) -> None:
        self.embedder = embedder
        self.cache_size = cache_size
        self._cache: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def warm_up(self, sentences: list[str] | None = None) -> None:
        """Embed ``sentences`` now (e.g. a known set) so later turns find them cached."""
        if sentences:
            self._vectors(sentences)

    def _vectors(self, sentences: list[str]) -> np.ndarray:
        keys = [_key(s) for s in sentences]
        out: list[np.ndarray | None] = [None] * len(sentences)
        missing: dict[bytes, list[int]] = {}
        with self._lock:
            for i, k in enumerate(keys):
                hit = self._cache.get(k)
                if hit is not None:
                    self._cache.move_to_end(k)
                    out[i] = hit
                else:
                    missing.setdefault(k, []).append(i)
        if missing:
            first = [idxs[0] for idxs in missing.values()]
            vecs = np.asarray(self.embedder.embed_passages([sentences[i] for i in first]), dtype=np.float32)
            with self._lock:
                for (k, idxs), vec in zip(missing.items(), vecs):
                    vec = vec / max(float(np.linalg.norm(vec)), 1e-12)
                    self._cache[k] = vec
                    for i in idxs:
                        out[i] = vec
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        return np.stack(out) if out else np.zeros((0, 1), np.float32)  # type: ignore[arg-type]

    def similarities(self, question: str, sentences: list[str]) -> list[float]:
        if not sentences:
            return []
        q = np.asarray(self.embedder.embed_query(question), dtype=np.float32)
        q = q / max(float(np.linalg.norm(q)), 1e-12)
        return [float(x) for x in self._vectors(sentences) @ q]

    @property
    def cached(self) -> int:
        return len(self._cache)


def normalised(sims: list[float]) -> list[float]:
    """Min-max over one turn's candidates: e5 cosines of related text all sit in ~0.75–0.90, so the
    raw value says little; its place between the turn's worst (0) and best (1) candidate does."""
    if not sims:
        return []
    lo, hi = min(sims), max(sims)
    if hi - lo < 1e-6:
        return [0.0] * len(sims)
    return [(s - lo) / (hi - lo) for s in sims]
