"""A damaged index at start-up (``Assistant.warm_up()`` on a temp data dir, fake embedder, real Chroma and
BM25 files): it rebuilds with a clear log line, or stops with a message saying what to run, and never
answers from a broken index. Real files are damaged."""

from __future__ import annotations

import json
import logging
import os
import shutil

import numpy as np
import pytest

from assistant.pipeline import Assistant
from assistant.settings import Settings
from ingest.bm25 import BM25Index
from ingest.embedder import make_embedder
from ingest.index import IndexDamagedError, IndexMissingError, IndexReader, gen_dir, index_root, read_manifest
from tests.reliability.conftest import assert_reply_contract

pytestmark = pytest.mark.unit

QUESTIONS = [("Hvor længe gælder et udlæg i Sverige?", "SE"), ("Kan afgørelsen ankes i Belgien?", "BE"),
             ("Hvem er foged i Tyskland?", "DE")]


def _root(s: Settings):
    return index_root(s)


def _gen1(s: Settings):
    return gen_dir(_root(s), 1)


def _answers_are_grounded(assistant: Assistant, sections) -> None:
    cited = 0
    for q, code in QUESTIONS:
        r = assistant.ask(assistant.new_session(), q)
        assert r.debug["stage"] != "error", r.debug
        assert_reply_contract(r, sections)
        assert {c.country for c in r.citations} <= {code}
        cited += bool(r.citations)
        # the retriever returns chunks of that country only, each one verbatim in its section
        res = assistant._retriever.retrieve(q, countries=[code])
        assert res.evidence and all(e.chunk.country == code for e in res.evidence)
        for e in res.evidence:
            assert e.chunk.text in sections[f"{e.chunk.country}:{e.chunk.section}"].text
    assert cited, "no question was answered with citations: the repaired index serves nothing"


def _warm(settings, caplog) -> Assistant:
    a = Assistant(settings)
    with caplog.at_level(logging.WARNING, logger="ingest"):
        a.warm_up()
    return a


# ---- damage ----------------------------------------------------------------------------------------

def _partial_generation_pointed_at(s):
    """A killed ingest left gen-2 half written (Chroma, no BM25, no manifest) and CURRENT names it."""
    g2 = gen_dir(_root(s), 2)
    shutil.copytree(_gen1(s) / "chroma", g2 / "chroma")
    (_root(s) / "CURRENT").write_text(json.dumps({"generation": 2}))


def _pointer_to_missing_generation(s):
    (_root(s) / "CURRENT").write_text(json.dumps({"generation": 7}))


def _pointer_truncated(s):
    (_root(s) / "CURRENT").write_bytes(b'{"generat')


def _pointer_lost(s):
    (_root(s) / "CURRENT").unlink()


def _manifest_truncated(s):
    m = _gen1(s) / "manifest.json"
    m.write_bytes(m.read_bytes()[: m.stat().st_size // 2])


def _chroma_bytes_overwritten_4k(s):
    """Overwrite one 4 KiB page of chroma.sqlite3 (chromadb's Rust core panics on this one)."""
    with open(_gen1(s) / "chroma" / "chroma.sqlite3", "r+b") as fh:
        fh.seek(4096)
        fh.write(os.urandom(4096))


def _chroma_header_overwritten(s):
    with open(_gen1(s) / "chroma" / "chroma.sqlite3", "r+b") as fh:
        fh.seek(100)
        fh.write(b"\xff" * 512)


def _chroma_truncated(s):
    db = _gen1(s) / "chroma" / "chroma.sqlite3"
    with open(db, "r+b") as fh:
        fh.truncate(db.stat().st_size // 3)


def _bm25_from_another_corpus(s):
    """BM25 out of step with Chroma: the files of a different (smaller) index, manifest untouched."""
    folder = _gen1(s) / "bm25"
    shutil.rmtree(folder)
    BM25Index.build(["udlæg i løn", "fogedretten"], ["a", "b"], ["SE", "SE"]).save(folder)


def _bm25_in_step_with_manifest_but_not_chroma(s):
    """The sneaky one: BM25 rebuilt over fewer chunks AND the manifest's digests updated to match it, so
    only the document count tells BM25 and Chroma apart."""
    folder = _gen1(s) / "bm25"
    man_path = _gen1(s) / "manifest.json"
    manifest = read_manifest(_gen1(s))
    shutil.rmtree(folder)
    chunks = manifest.chunks[:-5]
    digests = BM25Index.build([c.text for c in chunks], [c.id for c in chunks], [c.country for c in chunks]).save(folder)
    data = json.loads(man_path.read_text(encoding="utf-8"))
    data["bm25_files"] = digests
    man_path.write_text(json.dumps(data), encoding="utf-8")


def _bm25_file_deleted(s):
    (_gen1(s) / "bm25" / "vocab.index.json").unlink()


def _chroma_folder_emptied(s):
    shutil.rmtree(_gen1(s) / "chroma")
    (_gen1(s) / "chroma").mkdir()


@pytest.mark.parametrize("damage, expect", [
    (_partial_generation_pointed_at, "manifest.json is missing"),
    (_pointer_to_missing_generation, "gen-7, which does not exist"),
    (_pointer_truncated, "pointer file .* is unreadable"),
    (_pointer_lost, "pointer file .* is missing"),
    (_manifest_truncated, "manifest.json is corrupt"),
    (_chroma_bytes_overwritten_4k, "Chroma (store|collection) .* (corrupt|unreadable)"),
    (_chroma_header_overwritten, "Chroma (store|collection) .* (corrupt|unreadable)"),
    (_chroma_truncated, "Chroma (store|collection) .* (corrupt|unreadable)"),
    (_bm25_from_another_corpus, "BM25 files .* do not match the manifest"),
    (_bm25_in_step_with_manifest_but_not_chroma, "BM25 index has 623 documents"),
    (_bm25_file_deleted, "BM25 files .* do not match"),
    (_chroma_folder_emptied, "Chroma collection .* unreadable"),
])
def test_damaged_index_is_rebuilt_at_start(index_copy, sections, caplog, damage, expect):
    settings = index_copy
    damage(settings)
    # the read side names the damage and the command
    with pytest.raises(IndexDamagedError, match=expect) as err:
        IndexReader.open(settings, make_embedder(settings))
    assert str(err.value).endswith("run: python -m ingest")
    a = _warm(settings, caplog)
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING and r.name == "ingest"]
    assert any("rebuilding it now" in m for m in logged), logged
    reader = a._retriever.index
    assert reader.generation > 1 and len(reader.chunks) == 628
    _answers_are_grounded(a, sections)


def test_leftover_partial_generation_is_ignored(index_copy, sections, caplog):
    """A half-written newer generation that CURRENT does not name: start-up reads the published one,
    without rebuilding."""
    g2 = gen_dir(_root(index_copy), 2)
    shutil.copytree(_gen1(index_copy) / "chroma", g2 / "chroma")
    (g2 / "manifest.json").write_bytes(b"{")
    a = _warm(index_copy, caplog)
    assert a._retriever.index.generation == 1
    assert not [r for r in caplog.records if r.name == "ingest" and r.levelno >= logging.WARNING]
    _answers_are_grounded(a, sections)


def test_missing_index_is_built_on_first_start(tmp_path, sections, caplog):
    settings = Settings(paths={"data_dir": tmp_path}, embedding={"model": "fake"})
    a = _warm(settings, caplog)
    assert "missing: building it now" in caplog.text
    _answers_are_grounded(a, sections)


def test_random_page_damage_never_gives_different_vectors(built_index, index_copy, caplog):
    """Wherever a page of chroma.sqlite3 is overwritten, the index either refuses (and is rebuilt) or
    the vectors it serves are exactly the published ones."""
    clean = IndexReader.open(Settings(paths={"data_dir": built_index}, embedding={"model": "fake"}),
                             make_embedder(index_copy))
    db = _gen1(index_copy) / "chroma" / "chroma.sqlite3"
    size = db.stat().st_size
    rng = np.random.default_rng(7)
    for offset in sorted(rng.integers(0, size // 4096, size=4) * 4096):
        with open(db, "r+b") as fh:
            fh.seek(int(offset))
            fh.write(rng.bytes(4096))
    try:
        reader = IndexReader.open(index_copy, make_embedder(index_copy))
    except IndexDamagedError as exc:
        assert "run: python -m ingest" in str(exc)
        reader = _warm(index_copy, caplog)._retriever.index
        assert reader.generation == 2
    assert reader.ids == clean.ids
    assert np.array_equal(reader._matrix, clean._matrix)


def test_unrepairable_index_stops_with_the_command_to_run(index_copy, tmp_path):
    """When the automatic rebuild itself fails (here: the corpus is gone), start-up stops with one message
    that says what failed and what to run; ask() then answers with an error reply, never from the index."""
    settings = Settings(paths={"data_dir": index_copy.paths.data_dir, "corpus_dir": tmp_path / "no-corpus"},
                        embedding={"model": "fake"})
    _pointer_to_missing_generation(settings)
    a = Assistant(settings)
    with pytest.raises(IndexDamagedError, match=r"could not be built automatically .*run: python -m ingest"):
        a.warm_up()
    r = a.ask(a.new_session(), "Hvor længe gælder et udlæg i Sverige?")
    assert r.abstained and not r.citations and r.debug["stage"] == "error"

    empty = Settings(paths={"data_dir": tmp_path / "empty", "corpus_dir": tmp_path / "no-corpus"},
                     embedding={"model": "fake"})
    with pytest.raises(IndexMissingError, match=r"could not be built automatically .*run: python -m ingest"):
        Assistant(empty).warm_up()
