"""The on-disk index: generation layout, the manifest, the publish pointer and the read side.

Layout (one folder per index fingerprint, so a changed model/chunking config never reads a stale index)::

    index_dir/<fingerprint>/
        CURRENT                   {"generation": 4}: the only thing a reader trusts; replaced atomically
        ingest.lock               filelock: one ingest at a time per index
        LAST_GENERATION           high-water mark: a generation number is never reused
        embeddings.sqlite3        embedding cache keyed by (embedder name, chunk id, text sha), both modes
        gen-4/manifest.json       chunks in corpus order, counts, hashes; written last, before publishing
        gen-4/bm25/               bm25s files
        gen-4/chroma/             Chroma persistent dir (mode "persistent"); in mode "http" the vectors
                                  live on the server in collection "<name>-g4" instead, and the
                                  pointer/manifests/BM25 sit in index_dir/<fingerprint>-http-<host>-<port>/

A generation is immutable once CURRENT points at it, so readers need no lock.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from pydantic import BaseModel, ValidationError

from assistant.models import Chunk
from assistant.atomic import write_atomic
from assistant.settings import Settings
from ingest.bm25 import BM25_DIR, BM25Index, file_digests

if TYPE_CHECKING:
    from ingest.embedder import Embedder

log = logging.getLogger("ingest")

MANIFEST_VERSION = 1
POINTER = "CURRENT"
MANIFEST = "manifest.json"
RUN_HINT = "run: python -m ingest"


class IndexMissingError(RuntimeError):
    """No index has been built for this configuration yet."""


class IndexDamagedError(RuntimeError):
    """The published index is inconsistent or unreadable."""


def _damaged(what: str) -> IndexDamagedError:
    return IndexDamagedError(f"index damaged: {what}; {RUN_HINT}")


class Manifest(BaseModel):
    """Everything a reader needs to validate one generation (Chroma and BM25 are checked against it)."""

    version: int = MANIFEST_VERSION
    fingerprint: str
    collection: str              # Chroma collection of this generation
    generation: int
    embedder: str
    dim: int
    corpus_hash: str             # sha256 of the corpus source files (provenance)
    content_hash: str            # sha256 over (id, text sha, metadata) of all chunks: "nothing changed" test
    chunks: list[Chunk]          # corpus order
    text_sha: list[str]          # sha256[:16] of embedding_text(chunk), parallel to chunks
    bm25_files: dict[str, str]   # file name -> sha256
    created: str
    stats: dict[str, float | int] = {}


# ---- layout -------------------------------------------------------------------------------------

def index_root(settings: Settings) -> Path:
    """Pointer + generations of this configuration. A server-backed index gets its own folder so that
    switching ``chroma.mode`` (or server) never reads generations whose vectors live elsewhere."""
    root = settings.paths.index_dir / settings.index_fingerprint()
    if settings.chroma.mode == "http":
        server = re.sub(r"[^A-Za-z0-9.-]", "_", f"{settings.chroma.host}-{settings.chroma.port}")
        root = root.with_name(f"{root.name}-http-{server}")
    return root


def cache_path(settings: Settings) -> Path:
    """The embedding cache is shared by both modes: vectors depend on the fingerprint only."""
    return settings.paths.index_dir / settings.index_fingerprint() / "embeddings.sqlite3"


def gen_dir(root: Path, gen: int) -> Path:
    return root / f"gen-{gen}"


def collection_for(settings: Settings, gen: int) -> str:
    # A persistent generation has its own folder, so the base name is enough; a server holds every
    # generation side by side, so the name carries the number.
    base = settings.collection_name()
    return f"{base}-g{gen}" if settings.chroma.mode == "http" else base


def list_generations(root: Path) -> list[int]:
    if not root.is_dir():
        return []
    gens = []
    for p in root.iterdir():
        if p.is_dir() and p.name.startswith("gen-") and p.name[4:].isdigit():
            gens.append(int(p.name[4:]))
    return sorted(gens)


def read_pointer(root: Path) -> int:
    path = root / POINTER
    if not path.exists():
        complete = [g for g in list_generations(root) if (gen_dir(root, g) / MANIFEST).exists()]
        if complete:  # built before, but the pointer is gone: do not guess which generation is good
            raise _damaged(f"pointer file {path} is missing")
        raise IndexMissingError(f"no index at {root}; {RUN_HINT}")
    try:
        gen = int(json.loads(path.read_text(encoding="utf-8"))["generation"])
    except (ValueError, KeyError, TypeError) as exc:
        raise _damaged(f"pointer file {path} is unreadable ({exc})") from exc
    if not gen_dir(root, gen).is_dir():
        raise _damaged(f"pointer names gen-{gen}, which does not exist under {root}")
    return gen


def publish(root: Path, gen: int) -> None:
    write_atomic(root / POINTER, json.dumps({"generation": gen}) + "\n")


def read_manifest(folder: Path) -> Manifest:
    path = folder / MANIFEST
    try:
        return Manifest.model_validate_json(path.read_bytes())
    except FileNotFoundError as exc:
        raise _damaged(f"{path} is missing") from exc
    except (ValidationError, ValueError) as exc:
        raise _damaged(f"{path} is corrupt ({str(exc).splitlines()[0]})") from exc


# ---- Chroma --------------------------------------------------------------------------------------

def chroma_client(settings: Settings, folder: Path | None):
    """Persistent client on a generation folder, or an HTTP client on the configured server."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_cfg = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma.mode == "http":
        return chromadb.HttpClient(host=settings.chroma.host, port=settings.chroma.port, settings=chroma_cfg)
    assert folder is not None
    return chromadb.PersistentClient(path=str(folder / "chroma"), settings=chroma_cfg)


def get_collection(client, name: str):
    # embedding_function=None: we always pass vectors; Chroma's default would try to download a model.
    return client.get_collection(name, embedding_function=None)


# ---- read side -----------------------------------------------------------------------------------

class IndexReader:
    """A validated, published generation: dense (numpy over vectors loaded from Chroma) + BM25 search."""

    def __init__(self, settings: Settings, manifest: Manifest, collection, matrix: np.ndarray,
                 bm25: BM25Index) -> None:
        self.settings = settings
        self.manifest = manifest
        self.generation = manifest.generation
        self.chunks: dict[str, Chunk] = {c.id: c for c in manifest.chunks}
        self.ids: list[str] = [c.id for c in manifest.chunks]
        self._row = {cid: i for i, cid in enumerate(self.ids)}
        self.collection = collection  # kept for metadata queries / cross-checks; Chroma is the store
        self._matrix = matrix         # (n, dim) float32, row i = self.ids[i]
        self._countries = np.array([c.country for c in manifest.chunks])
        self._bm25 = bm25

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder) -> "IndexReader":
        root = index_root(settings)
        gen = read_pointer(root)
        folder = gen_dir(root, gen)
        manifest = read_manifest(folder)
        if manifest.generation != gen or manifest.fingerprint != settings.index_fingerprint():
            raise _damaged(f"{folder / MANIFEST} belongs to another generation or configuration")
        if manifest.embedder != embedder.name or manifest.dim != embedder.dim:
            raise _damaged(f"gen-{gen} was built with embedder {manifest.embedder!r} (dim {manifest.dim}), "
                           f"not {embedder.name!r} (dim {embedder.dim})")
        ids = [c.id for c in manifest.chunks]
        if len(set(ids)) != len(ids) or len(manifest.text_sha) != len(ids):
            raise _damaged(f"{folder / MANIFEST} lists duplicate chunk ids")
        if settings.chroma.mode == "persistent" and not (folder / "chroma").is_dir():
            raise _damaged(f"Chroma folder {folder / 'chroma'} is missing")
        matrix, collection = _load_vectors(settings, folder, manifest, ids)
        bm25 = _load_bm25(folder, manifest, ids)
        return cls(settings, manifest, collection, matrix, bm25)

    def dense_search(self, query_vec: np.ndarray, k: int,
                     countries: list[str] | None = None) -> list[tuple[str, float]]:
        """(chunk_id, cosine similarity), best first. Brute force: ~700 × 384 dot products ≈ 50 µs."""
        if k <= 0 or (countries is not None and not countries):
            return []
        q = np.asarray(query_vec, dtype=np.float32).reshape(-1)
        q = q / max(float(np.linalg.norm(q)), 1e-12)
        scores = self._matrix @ q
        idx = np.flatnonzero(np.isin(self._countries, countries)) if countries is not None \
            else np.arange(len(scores))
        if idx.size == 0:
            return []
        sub = scores[idx]
        k = min(k, idx.size)
        top = np.argpartition(-sub, k - 1)[:k]
        top = top[np.argsort(-sub[top], kind="stable")]
        return [(self.ids[idx[i]], float(sub[i])) for i in top]

    def dense_search_chroma(self, query_vec: np.ndarray, k: int,
                            countries: list[str] | None = None) -> list[tuple[str, float]]:
        """Same contract through Chroma's HNSW: a cross-check and a fallback for much larger corpora."""
        where = {"country": {"$in": list(countries)}} if countries is not None else None
        if k <= 0 or (countries is not None and not countries):
            return []
        res = self.collection.query(query_embeddings=[np.asarray(query_vec, np.float32).tolist()],
                                    n_results=k, where=where, include=["distances"])
        return [(cid, 1.0 - float(d)) for cid, d in zip(res["ids"][0], res["distances"][0])]

    def bm25_search(self, query: str, k: int, countries: list[str] | None = None) -> list[tuple[str, float]]:
        if countries is not None and not countries:
            return []
        return self._bm25.search(query, k, countries)

    def vector(self, chunk_id: str) -> np.ndarray:
        return self._matrix[self._row[chunk_id]].copy()


def _load_vectors(settings: Settings, folder: Path, manifest: Manifest, ids: list[str]):
    """Read every vector back from Chroma and check it is exactly the manifest's chunk set."""
    try:
        collection = get_collection(chroma_client(settings, folder), manifest.collection)
        got = collection.get(include=["embeddings"])
    except (ConnectionError, OSError) as exc:
        raise RuntimeError(f"Chroma server {settings.chroma.host}:{settings.chroma.port} unreachable: {exc}") \
            from exc
    except Exception as exc:  # noqa: BLE001 - chromadb raises NotFoundError/ValueError/InternalError
        if "connect" in str(exc).lower():
            raise RuntimeError(f"Chroma server {settings.chroma.host}:{settings.chroma.port} unreachable: "
                               f"{exc}") from exc
        raise _damaged(f"Chroma collection {manifest.collection!r} unreadable ({exc})") from exc
    except BaseException as exc:
        # chromadb's Rust core panics on some malformed files ("database disk image is malformed"); pyo3
        # raises that as PanicException, a BaseException, which would otherwise crash the app's start
        if type(exc).__name__ != "PanicException":
            raise
        raise _damaged(f"Chroma store {folder / 'chroma'} is corrupt ({str(exc)[:200]})") from None
    if len(got["ids"]) != len(ids) or set(got["ids"]) != set(ids):
        raise _damaged(f"Chroma collection {manifest.collection!r} holds {len(got['ids'])} vectors, "
                       f"manifest lists {len(ids)} chunks (or different ids)")
    row = {cid: i for i, cid in enumerate(got["ids"])}
    emb = np.asarray(got["embeddings"], dtype=np.float32)
    if emb.ndim != 2 or emb.shape[1] != manifest.dim or not np.isfinite(emb).all():
        raise _damaged(f"Chroma collection {manifest.collection!r} has vectors of shape {emb.shape}")
    matrix = emb[[row[c] for c in ids]]
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    return np.ascontiguousarray(matrix), collection


def _load_bm25(folder: Path, manifest: Manifest, ids: list[str]) -> BM25Index:
    bm_dir = folder / BM25_DIR
    if not bm_dir.is_dir():
        raise _damaged(f"BM25 folder {bm_dir} is missing")
    if file_digests(bm_dir) != manifest.bm25_files:
        raise _damaged(f"BM25 files in {bm_dir} do not match the manifest (out of step with Chroma)")
    try:
        bm25 = BM25Index.load(bm_dir, ids, [c.country for c in manifest.chunks])
    except Exception as exc:  # noqa: BLE001 - bm25s raises assorted errors on bad files
        raise _damaged(f"BM25 index in {bm_dir} unreadable ({exc})") from exc
    if bm25.size != len(ids):
        raise _damaged(f"BM25 index has {bm25.size} documents, Chroma/manifest {len(ids)}")
    return bm25


def ensure_index(settings: Settings, embedder: Embedder, progress: bool = True) -> IndexReader:
    """Open the published index; build it first when it is missing or damaged (app first run)."""
    try:
        return IndexReader.open(settings, embedder)
    except IndexMissingError:
        log.warning("index %s missing: building it now (first run)", settings.collection_name())
        failure: type[RuntimeError] = IndexMissingError
    except IndexDamagedError as exc:
        log.warning("%s; rebuilding it now", exc)
        failure = IndexDamagedError
    from ingest.pipeline import ingest  # late: the pipeline imports this module

    try:
        ingest(settings, embedder, progress=progress)
    except Exception as exc:  # noqa: BLE001 - e.g. corpus missing, disk full, read-only data dir
        # stop with one line that says what failed and what to run, not a bare library traceback
        raise failure(f"index {settings.collection_name()} could not be built automatically "
                      f"({type(exc).__name__}: {str(exc)[:300]}); fix that, then {RUN_HINT}") from exc
    return IndexReader.open(settings, embedder)
