"""Corpus → chunks → vectors → a new published generation, incrementally and atomically.

Incremental: vectors come from an SQLite embedding cache keyed by (embedder name, chunk id, text sha)
or from the previous generation; only chunks with neither are embedded. An unchanged corpus publishes
nothing new. Atomic: every generation is built in its own folder (and, on a server, its own collection)
that no reader looks at until ``CURRENT`` is replaced; a killed run leaves only debris that the next
run deletes. ``rebuild=True`` ignores both the previous generation and the cache (everything is
embedded again); the cache is still refreshed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from filelock import FileLock, Timeout

from assistant.models import Chunk
from assistant.settings import Settings
from ingest.bm25 import BM25_DIR, BM25Index
from assistant.atomic import fsync_path, write_atomic
from ingest.chunker import chunk_sections, embedding_text, garbled_passages
from ingest.embedder import Embedder
from ingest.index import (MANIFEST, POINTER, IndexDamagedError, IndexMissingError, IndexReader, Manifest,
                          cache_path, chroma_client, collection_for, gen_dir, index_root,
                          list_generations, publish, read_pointer)
from ingest.parser import load_manifest, parse_corpus

log = logging.getLogger("ingest")

# Test-only hooks: seconds to sleep after each embedding batch / just before publishing, so a test can
# SIGKILL a real ingest in the two windows that matter (mid-embedding; new generation written, unpublished).
DELAY_ENV = "EA_INGEST_TEST_BATCH_DELAY"
PUBLISH_DELAY_ENV = "EA_INGEST_TEST_PUBLISH_DELAY"


@dataclass
class IngestReport:
    chunks: int
    embedded: int
    reused: int
    removed: int
    seconds: float
    collection: str
    generation: int
    published: bool       # False when the corpus was unchanged and the current generation kept
    index_dir: str

    def summary(self) -> str:
        return (f"ingest: {self.chunks} chunks ({self.embedded} embedded, {self.reused} reused, "
                f"{self.removed} removed) in {self.seconds:.1f} s → collection {self.collection} "
                f"gen {self.generation}" + ("" if self.published else " (unchanged)"))

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


class EmbeddingCache:
    """(embedder, chunk id, text sha) → float32 vector. SQLite: each batch commits, so a killed run
    keeps the batches it finished and the next run does not embed them again."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path, timeout=30)
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (embedder TEXT, chunk_id TEXT, text_sha TEXT, "
                         "dim INTEGER, data BLOB, PRIMARY KEY (embedder, chunk_id, text_sha))")

    def get_many(self, embedder: str, dim: int, keys: list[tuple[str, str]]) -> dict[str, np.ndarray]:
        rows = self._db.execute("SELECT chunk_id, text_sha, data FROM vec WHERE embedder = ? AND dim = ?",
                                (embedder, dim)).fetchall()
        wanted = set(keys)
        out = {}
        for cid, sha, blob in rows:
            vec = np.frombuffer(blob, dtype=np.float32)
            if (cid, sha) in wanted and vec.shape == (dim,) and np.isfinite(vec).all():
                out[cid] = vec
        return out

    def put_many(self, embedder: str, items: list[tuple[str, str, np.ndarray]]) -> None:
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?, ?, ?, ?)",
                                 [(embedder, cid, sha, len(v), np.asarray(v, np.float32).tobytes())
                                  for cid, sha, v in items])

    def close(self) -> None:
        self._db.close()


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def load_chunks(settings: Settings, corpus_dir: Path | None = None) -> list[Chunk]:
    corpus = Path(corpus_dir or settings.paths.corpus_dir)
    return chunk_sections(parse_corpus(corpus), settings.chunking, garbled=garbled_passages(str(corpus)))


def corpus_hash(corpus_dir: Path) -> str:
    h = hashlib.sha256()
    for src in load_manifest(corpus_dir)["sources"]:
        h.update(src["file"].encode() + b"\0" + (corpus_dir / "sources" / src["file"]).read_bytes())
    return h.hexdigest()


def content_hash(chunks: list[Chunk], text_sha: list[str], embedder: str) -> str:
    h = hashlib.sha256(embedder.encode())
    for c, sha in zip(chunks, text_sha):
        h.update(json.dumps([c.id, sha, c.metadata()], sort_keys=True).encode())
    return h.hexdigest()


def cleanup(settings: Settings, root: Path) -> None:
    """Keep the current generation and the newest complete one before it (a running app may still read
    it); delete everything else, including half-built generations of killed runs."""
    try:
        current = read_pointer(root)
    except (IndexMissingError, IndexDamagedError):
        current = None
    keep = set()
    if current is not None:
        keep.add(current)
        older = [g for g in list_generations(root) if g < current and (gen_dir(root, g) / MANIFEST).exists()]
        if older:
            keep.add(older[-1])
    stale = [g for g in list_generations(root) if g not in keep]
    for g in stale:
        shutil.rmtree(gen_dir(root, g), ignore_errors=True)
    if settings.chroma.mode == "http":
        prefix = settings.collection_name() + "-g"
        client = chroma_client(settings, None)
        for col in client.list_collections():
            name = col if isinstance(col, str) else col.name
            if name.startswith(prefix) and name[len(prefix):].isdigit() and int(name[len(prefix):]) not in keep:
                client.delete_collection(name)
    if stale:
        log.info("removed stale generations %s", stale)


def _next_generation(root: Path) -> int:
    """Numbers are never reused, even after the folders are wiped: a reader (or Chroma's in-process
    client cache) may still hold the old path."""
    counter = root / "LAST_GENERATION"
    try:
        last = int(counter.read_text())
    except (OSError, ValueError):
        last = 0
    gen = max(list_generations(root) + [last]) + 1
    write_atomic(counter, f"{gen}\n")
    return gen


def _embed_missing(embedder: Embedder, cache: EmbeddingCache, todo: list[tuple[str, str, str]],
                   batch_size: int, progress: bool) -> dict[str, np.ndarray]:
    from tqdm import tqdm

    delay = float(os.environ.get(DELAY_ENV, "0") or 0)
    out: dict[str, np.ndarray] = {}
    if not todo:
        return out
    embedder.warm_up()
    # Similar lengths in one batch waste less padding (~36% fewer tokens on this corpus).
    todo = sorted(todo, key=lambda item: len(item[2]))
    with tqdm(total=len(todo), desc="embedding", unit="chunk", disable=not progress, leave=False) as bar:
        for start in range(0, len(todo), batch_size):
            batch = todo[start:start + batch_size]
            vecs = np.asarray(embedder.embed_passages([t for _, _, t in batch]), dtype=np.float32)
            if vecs.shape != (len(batch), embedder.dim) or not np.isfinite(vecs).all():
                raise RuntimeError(f"embedder {embedder.name} returned vectors of shape {vecs.shape}")
            cache.put_many(embedder.name, [(cid, sha, v) for (cid, sha, _), v in zip(batch, vecs)])
            out.update({cid: v for (cid, _, _), v in zip(batch, vecs)})
            bar.update(len(batch))
            if delay:
                time.sleep(delay)
    return out


def _write_chroma(settings: Settings, folder: Path, name: str, chunks: list[Chunk], texts: list[str],
                  matrix: np.ndarray) -> None:
    client = chroma_client(settings, folder)
    if settings.chroma.mode == "http":  # debris of a killed run with the same number
        try:
            client.delete_collection(name)
        except Exception:  # noqa: BLE001 - NotFoundError when absent
            pass
    col = client.create_collection(name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}},
                                   metadata={"fingerprint": settings.index_fingerprint()})
    step = min(1000, client.get_max_batch_size())
    for s in range(0, len(chunks), step):
        col.add(ids=[c.id for c in chunks[s:s + step]], embeddings=matrix[s:s + step],
                documents=texts[s:s + step], metadatas=[c.metadata() for c in chunks[s:s + step]])


def ingest(settings: Settings, embedder: Embedder, *, rebuild: bool = False, corpus_dir: Path | None = None,
           progress: bool = True, lock_timeout: float = 600) -> IngestReport:
    """Build or update the index for ``settings``; returns the report whose ``summary()`` the CLI prints."""
    t0 = time.perf_counter()
    root = index_root(settings)
    root.mkdir(parents=True, exist_ok=True)
    corpus = Path(corpus_dir or settings.paths.corpus_dir)
    lock = FileLock(str(root / "ingest.lock"))
    try:
        lock.acquire(timeout=lock_timeout)
    except Timeout as exc:
        raise RuntimeError(f"another ingest holds {root / 'ingest.lock'} (waited {lock_timeout:.0f} s)") from exc
    try:
        cleanup(settings, root)
        chunks = load_chunks(settings, corpus)
        texts = [embedding_text(c) for c in chunks]
        shas = [_sha(t) for t in texts]
        chash = content_hash(chunks, shas, embedder.name)

        prev: IndexReader | None = None
        if not rebuild:
            try:
                prev = IndexReader.open(settings, embedder)
            except IndexMissingError:
                pass
            except IndexDamagedError as exc:
                log.warning("%s; building a fresh generation", exc)
        base = settings.collection_name()
        if prev is not None and prev.manifest.content_hash == chash:
            return IngestReport(len(chunks), 0, len(chunks), 0, time.perf_counter() - t0, base,
                                prev.generation, False, str(root))

        # vectors: cache first, then the previous generation, then the embedder
        cache_file = cache_path(settings)
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        cache = EmbeddingCache(cache_file)
        try:
            keys = [(c.id, sha) for c, sha in zip(chunks, shas)]
            have = {} if rebuild else cache.get_many(embedder.name, embedder.dim, keys)
            if prev is not None:
                prev_sha = dict(zip(prev.ids, prev.manifest.text_sha))
                for c, sha in zip(chunks, shas):
                    if c.id not in have and prev_sha.get(c.id) == sha:
                        have[c.id] = prev.vector(c.id)
            todo = [(c.id, sha, t) for c, sha, t in zip(chunks, shas, texts) if c.id not in have]
            # similar lengths per batch → little padding in the encoder (order does not change vectors)
            todo.sort(key=lambda item: len(item[2]), reverse=True)
            log.info("%d chunks: %d to embed with %s", len(chunks), len(todo), embedder.name)
            have.update(_embed_missing(embedder, cache, todo, settings.embedding.batch_size, progress))
        finally:
            cache.close()
        matrix = np.stack([have[c.id] for c in chunks]).astype(np.float32)

        gen = _next_generation(root)
        folder = gen_dir(root, gen)
        folder.mkdir()
        name = collection_for(settings, gen)
        _write_chroma(settings, folder, name, chunks, texts, matrix)
        bm25_files = BM25Index.build(texts, [c.id for c in chunks], [c.country for c in chunks]).save(folder / BM25_DIR)
        removed = len(set(prev.ids) - {c.id for c in chunks}) if prev is not None else 0
        manifest = Manifest(fingerprint=settings.index_fingerprint(), collection=name, generation=gen,
                            embedder=embedder.name, dim=embedder.dim, corpus_hash=corpus_hash(corpus),
                            content_hash=chash, chunks=chunks, text_sha=shas, bm25_files=bm25_files,
                            created=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                            stats={"embedded": len(todo), "removed": removed})
        write_atomic(folder / MANIFEST, manifest.model_dump_json())
        for dirpath, _, files in os.walk(folder):  # everything durable before the pointer names it
            for f in files:
                fsync_path(Path(dirpath) / f)
            fsync_path(Path(dirpath))
        if os.environ.get(PUBLISH_DELAY_ENV):
            log.info("test hook: gen-%d written, sleeping before publish", gen)
            time.sleep(float(os.environ[PUBLISH_DELAY_ENV]))
        publish(root, gen)
        log.info("published gen-%d (%s)", gen, root / POINTER)
        cleanup(settings, root)
        return IngestReport(len(chunks), len(todo), len(chunks) - len(todo), removed,
                            time.perf_counter() - t0, base, gen, True, str(root))
    finally:
        lock.release()
