"""The read side: search contract, tokenizer, and every kind of damage → a clear error + self-repair."""

from __future__ import annotations

import json
import logging
import shutil

import numpy as np
import pytest

from assistant.settings import Settings
from ingest.bm25 import BM25Index, bm25_tokenize
from ingest.embedder import FakeEmbedder, make_embedder
from ingest.index import (IndexDamagedError, IndexMissingError, IndexReader, ensure_index, gen_dir,
                          index_root)
from ingest.pipeline import ingest

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One fake-embedder index per module; tests that damage it work on a copy."""
    data = tmp_path_factory.mktemp("built")
    settings = Settings(paths={"data_dir": data}, embedding={"model": "fake"})
    ingest(settings, make_embedder(settings), progress=False)
    return data


@pytest.fixture
def fresh(built, tmp_path):
    shutil.copytree(built, tmp_path / "data")
    settings = Settings(paths={"data_dir": tmp_path / "data"}, embedding={"model": "fake"})
    return settings, make_embedder(settings)


def test_bm25_tokenize_danish():
    toks = bm25_tokenize("Fogedretten foretager udlæg i lønnen efter 5 år og 3 måneder")
    assert "fogedret" in toks and "udlæg" in toks and "5" in toks and "3" in toks
    assert not {"i", "og", "efter"} & set(toks)  # Danish stop words
    assert bm25_tokenize("FOGEDRETTEN") == bm25_tokenize("fogedretten")
    assert bm25_tokenize("og i at") == []


def test_reader_contract(fresh):
    settings, emb = fresh
    reader = IndexReader.open(settings, emb)
    assert reader.generation == 1 and len(reader.chunks) == 628
    assert list(reader.chunks)[0] == reader.manifest.chunks[0].id  # corpus order
    q = emb.embed_query("lønindeholdelse og udlæg i Tyskland")
    hits = reader.dense_search(q, 10)
    scores = [s for _, s in hits]
    assert len(hits) == 10 and scores == sorted(scores, reverse=True) and -1 <= scores[-1] <= scores[0] <= 1
    # numpy brute force agrees with Chroma's HNSW (the store)
    assert [i for i, _ in hits[:5]] == [i for i, _ in reader.dense_search_chroma(q, 5)]
    assert np.allclose([s for _, s in hits[:5]], [s for _, s in reader.dense_search_chroma(q, 5)], atol=1e-4)
    # country filter is a hard filter on both sides
    for search in (lambda c: reader.dense_search(q, 20, c), lambda c: reader.bm25_search("udlæg løn", 20, c),
                   lambda c: reader.dense_search_chroma(q, 20, c)):
        got = search(["DE", "AT"])
        assert got and {reader.chunks[i].country for i, _ in got} <= {"DE", "AT"}
        assert search([]) == []
    bm = reader.bm25_search("fogedretten udlæg", 5)
    assert bm and [s for _, s in bm] == sorted((s for _, s in bm), reverse=True) and bm[0][1] > 0
    assert reader.bm25_search("og i at", 5) == []


def test_missing_index(tmp_path):
    settings = Settings(paths={"data_dir": tmp_path}, embedding={"model": "fake"})
    with pytest.raises(IndexMissingError, match="run: python -m ingest"):
        IndexReader.open(settings, FakeEmbedder())


def _drop_pointer(settings):
    (index_root(settings) / "CURRENT").unlink()


def _corrupt_manifest(settings):
    path = gen_dir(index_root(settings), 1) / "manifest.json"
    path.write_bytes(path.read_bytes()[:5000])


def _bm25_out_of_step(settings):
    # a BM25 index over fewer documents than Chroma holds, saved where the generation's one was
    folder = gen_dir(index_root(settings), 1) / "bm25"
    shutil.rmtree(folder)
    BM25Index.build(["udlæg i løn", "fogedretten"], ["a", "b"], ["DE", "DE"]).save(folder)


def _chroma_lost_a_vector(settings):
    reader = IndexReader.open(settings, make_embedder(settings))
    reader.collection.delete(ids=[next(iter(reader.chunks))])


def _chroma_file_corrupt(settings):
    db = gen_dir(index_root(settings), 1) / "chroma" / "chroma.sqlite3"
    db.write_bytes(b"not a database" * 100)


def _chroma_folder_gone(settings):
    shutil.rmtree(gen_dir(index_root(settings), 1) / "chroma")


def _pointer_garbage(settings):
    (index_root(settings) / "CURRENT").write_text("{not json")


@pytest.mark.parametrize("damage, what", [
    (_drop_pointer, "pointer file"),
    (_pointer_garbage, "pointer file"),
    (_corrupt_manifest, "manifest.json is corrupt"),
    (_bm25_out_of_step, "BM25 files"),
    (_chroma_lost_a_vector, "holds 627 vectors"),
    (_chroma_file_corrupt, "Chroma collection .* unreadable"),
    (_chroma_folder_gone, "Chroma folder .* is missing"),
])
def test_damage_is_reported_and_repaired(fresh, damage, what, caplog):
    settings, emb = fresh
    damage(settings)
    with pytest.raises(IndexDamagedError, match=what) as err:
        IndexReader.open(settings, emb)
    assert "run: python -m ingest" in str(err.value)
    with caplog.at_level(logging.WARNING, logger="ingest"):
        reader = ensure_index(settings, emb, progress=False)
    assert "rebuilding it now" in caplog.text
    assert len(reader.chunks) == 628 and reader.generation == 2
    assert reader.dense_search(emb.embed_query("udlæg"), 3)


def test_other_embedder_is_refused(fresh):
    settings, _ = fresh
    with pytest.raises(IndexDamagedError, match="built with embedder"):
        IndexReader.open(settings, FakeEmbedder(dim=32))


def test_manifest_lists_what_was_built(fresh):
    settings, emb = fresh
    manifest = json.loads((gen_dir(index_root(settings), 1) / "manifest.json").read_text())
    assert manifest["embedder"] == emb.name and manifest["generation"] == 1
    assert len(manifest["chunks"]) == 628 and len(manifest["corpus_hash"]) == 64
    assert set(manifest["bm25_files"]) >= {"params.index.json", "vocab.index.json"}
