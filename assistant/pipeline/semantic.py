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

A sentence met for the first time costs ~5–15 ms to embed on one core, so a turn over an unseen section
would take up to a second. ``Assistant.warm_up`` therefore loads every candidate sentence of the index
from ``<index_dir>/<fingerprint>/sentence_vectors.npz``; when the file is missing it is built once
(``prepared_scorer``: every chunk's candidate sentences, ~30 s on one core, like a missing index is built)
and saved, so later processes start with it in ~20 ms.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from pathlib import Path
from collections import OrderedDict
from typing import Any, Protocol, runtime_checkable

import numpy as np

log = logging.getLogger(__name__)


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
        self.built_for = ""  # digest of the chunks the loaded file was built for

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

    # ------------------------------------------------------------------------------ persistence
    def load(self, path: Path) -> int:
        """Add the vectors saved at ``path`` to the cache; returns how many (0 when absent/unreadable)."""
        try:
            with np.load(path) as data:
                keys, vecs = data["keys"], data["vectors"]
                self.built_for = str(data["built_for"]) if "built_for" in data else ""
        except (OSError, ValueError, KeyError) as exc:
            if Path(path).exists():
                log.warning("sentence vectors at %s unreadable (%s): rebuilt", path, exc)
            return 0
        with self._lock:
            for k, v in zip(keys, vecs):
                self._cache[bytes(k)] = v
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return len(keys)

    def save(self, path: Path, built_for: str = "") -> None:
        """Write the cached vectors to ``path`` (atomically: a reader never sees half a file); ``built_for``:
        the digest of the chunks they cover (a later start with the same chunks skips the check)."""
        with self._lock:
            keys = np.array([np.frombuffer(k, dtype=np.uint8) for k in self._cache], dtype=np.uint8)
            vecs = np.stack(list(self._cache.values())) if self._cache else np.zeros((0, 1), np.float32)
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp.npz")
        np.savez(tmp, keys=keys.reshape(len(vecs), 32), vectors=vecs.astype(np.float32), built_for=np.array(built_for))
        os.replace(tmp, path)

    def embed_missing(self, texts: list[str], progress: bool = True) -> int:
        """Embed the ``texts`` not cached yet, in batches, with a progress bar on a TTY (the one-time build on
        first run, like the index build); returns how many were embedded."""
        from tqdm import tqdm

        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if _key(t) not in self._cache]
        with tqdm(total=len(missing), desc="sentence vectors", unit="sentence", disable=None if progress else True,
                  leave=False) as bar:
            for i in range(0, len(missing), 256):
                self._vectors(missing[i:i + 256])
                bar.update(len(missing[i:i + 256]))
        return len(missing)


class _Recorder:
    def __init__(self) -> None:
        self.texts: dict[str, None] = {}

    def similarities(self, question: str, sentences: list[str]) -> list[float]:
        self.texts.update(dict.fromkeys(sentences))
        return [0.0] * len(sentences)


def candidate_sentences(chunks: list[Any]) -> list[str]:
    """Every text ``best_sentences`` scores for a turn whose evidence includes one of ``chunks``: the
    chunk's own sentences (list intros with their items) and the rest of its section. The candidates do
    not depend on the question, so one pass over the index's chunks finds them all."""
    from assistant.models import Evidence
    from assistant.pipeline.sentences import best_sentences

    rec = _Recorder()
    for ch in chunks:
        best_sentences("", [Evidence(chunk=ch, score=1.0)], [], limit=1, scorer=rec, semantic_weight=1.0)
    return list(rec.texts)


def vectors_path(settings: Any) -> Path:
    """Where the sentence vectors of the current index (its fingerprint names model and chunking) live."""
    return Path(settings.paths.index_dir) / settings.index_fingerprint() / "sentence_vectors.npz"


def prepared_scorer(embedder: Any, settings: Any, chunks: list[Any] | None) -> EmbeddingSentenceScorer:
    """A scorer whose cache holds every candidate sentence of ``chunks``: loaded from disk, or built now
    and saved (once per index) when the file is missing or lacks some of them."""
    scorer = EmbeddingSentenceScorer(embedder, settings.composer.sentence_cache_size)
    if not chunks:
        return scorer
    path = vectors_path(settings)
    loaded = scorer.load(path)
    digest = chunks_digest(chunks)
    if loaded and scorer.built_for == digest:
        return scorer  # built for exactly these chunks: no need to enumerate their sentences (~1 s)
    embedded = scorer.embed_missing(candidate_sentences(chunks))
    if embedded:
        log.info("embedded %d candidate sentences (once per index) into %s", embedded, path)
    try:  # records the new digest (and the new vectors, if any)
        scorer.save(path, digest)
    except OSError as exc:  # a read-only data dir: the vectors stay in memory for this process
        log.warning("sentence vectors not saved (%s)", exc)
    log.info("sentence vectors: %d loaded, %d embedded", loaded, embedded)
    return scorer


def chunks_digest(chunks: list[Any]) -> str:
    h = hashlib.sha256()
    for ch in chunks:
        h.update(f"{ch.id}\x00{ch.country}\x00{ch.section}\x00{ch.text}\x01".encode("utf-8", "replace"))
    return h.hexdigest()[:16]


def normalised(sims: list[float]) -> list[float]:
    """Min-max over one turn's candidates: e5 cosines of related text all sit in ~0.75–0.90, so the
    raw value says little; its place between the turn's worst (0) and best (1) candidate does."""
    if not sims:
        return []
    lo, hi = min(sims), max(sims)
    if hi - lo < 1e-6:
        return [0.0] * len(sims)
    return [(s - lo) / (hi - lo) for s in sims]
