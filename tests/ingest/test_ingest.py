"""Incremental ingest with the deterministic fake embedder: idempotence, diffs, rebuild, lock, cleanup."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest
from filelock import FileLock

from assistant.settings import ROOT, Settings
from ingest.embedder import FakeEmbedder, make_embedder
from ingest.index import IndexReader, ensure_index, index_root, list_generations
from ingest.parser import parse_corpus
from ingest.pipeline import ingest, load_chunks

pytestmark = pytest.mark.unit


def fake_settings(tmp: Path, **extra) -> Settings:
    return Settings(paths={"data_dir": tmp}, embedding={"model": "fake"}, **extra)


def edited_corpus(dst: Path) -> tuple[Path, str, str]:
    """A copy of the corpus with one line of DE:1 changed and one line of FR:5 deleted."""
    shutil.copytree(ROOT / "corpus", dst)
    secs = {s.key: s for s in parse_corpus(ROOT / "corpus")}
    changed, deleted = secs["DE:1"], secs["FR:5"]
    src = dst / "sources" / changed.source
    lines = src.read_text(encoding="utf-8").split("\n")
    lines[changed.lines[0] - 1] += " Denne sætning er tilføjet i testen."
    assert deleted.source == changed.source and len(deleted.lines) > 1
    del lines[deleted.lines[-1] - 1]
    src.write_text("\n".join(lines), encoding="utf-8")
    return dst, changed.key, deleted.key


def test_second_run_embeds_nothing(tmp_path):
    settings = fake_settings(tmp_path)
    emb = make_embedder(settings)
    first = ingest(settings, emb, progress=False)
    assert (first.chunks, first.embedded, first.reused, first.removed, first.generation) == (628, 628, 0, 0, 1)
    ids_before = list(IndexReader.open(settings, emb).chunks)

    second = ingest(settings, emb, progress=False)
    assert (second.embedded, second.reused, second.removed) == (0, 628, 0)
    assert second.generation == 1 and not second.published
    assert "(0 embedded, 628 reused, 0 removed)" in second.summary()
    assert second.summary().startswith("ingest: 628 chunks")
    reader = IndexReader.open(settings, emb)
    assert list(reader.chunks) == ids_before == [c.id for c in load_chunks(settings)]


def test_changed_section_reembeds_only_its_chunks(tmp_path):
    settings = fake_settings(tmp_path / "data")
    emb = make_embedder(settings)
    ingest(settings, emb, progress=False)
    old = IndexReader.open(settings, emb)
    corpus, changed_key, deleted_key = edited_corpus(tmp_path / "corpus")

    report = ingest(settings, emb, corpus_dir=corpus, progress=False)
    new = IndexReader.open(settings, emb)
    added, gone = set(new.chunks) - set(old.chunks), set(old.chunks) - set(new.chunks)
    assert report.published and report.generation == 2
    assert report.embedded == len(added) and 1 <= len(added) <= 6
    assert report.removed == len(gone) >= 2
    assert report.reused == len(new.chunks) - len(added)
    # every new/removed chunk belongs to one of the two edited sections
    assert {f"{new.chunks[i].country}:{new.chunks[i].section}" for i in added} <= {changed_key, deleted_key}
    assert {f"{old.chunks[i].country}:{old.chunks[i].section}" for i in gone} == {changed_key, deleted_key}
    # removed from Chroma and from BM25, not only from the manifest
    assert new.collection.get(ids=sorted(gone))["ids"] == []
    assert new.collection.count() == len(new.chunks)
    for cid in gone:
        text = old.chunks[cid].text
        assert cid not in {i for i, _ in new.bm25_search(text, 50)}
    # untouched chunks keep their vectors bit for bit
    same = next(iter(set(old.chunks) & set(new.chunks)))
    assert (old.vector(same) == new.vector(same)).all()
    # the previous generation is kept for readers that still hold it
    assert list_generations(index_root(settings)) == [1, 2]


def test_rebuild_starts_from_nothing_and_cleanup_keeps_two(tmp_path):
    settings = fake_settings(tmp_path)
    emb = make_embedder(settings)
    ingest(settings, emb, progress=False)
    for gen in (2, 3):
        report = ingest(settings, emb, rebuild=True, progress=False)
        assert (report.embedded, report.generation, report.published) == (628, gen, True)
    assert list_generations(index_root(settings)) == [2, 3]
    assert IndexReader.open(settings, emb).generation == 3


def test_cache_spares_embedding_after_lost_generation(tmp_path):
    settings = fake_settings(tmp_path)
    emb = make_embedder(settings)
    ingest(settings, emb, progress=False)
    root = index_root(settings)
    shutil.rmtree(root / "gen-1")
    (root / "CURRENT").unlink()
    report = ingest(settings, emb, progress=False)  # only the SQLite cache is left
    assert (report.embedded, report.reused, report.generation) == (0, 628, 2)


def test_second_ingest_waits_for_the_lock(tmp_path):
    settings = fake_settings(tmp_path)
    root = index_root(settings)
    root.mkdir(parents=True)
    with FileLock(str(root / "ingest.lock")):
        with pytest.raises(RuntimeError, match="another ingest"):
            ingest(settings, make_embedder(settings), progress=False, lock_timeout=0.2)


def test_ensure_index_builds_on_first_run(tmp_path, caplog):
    settings = fake_settings(tmp_path)
    with caplog.at_level(logging.WARNING, logger="ingest"):
        reader = ensure_index(settings, make_embedder(settings), progress=False)
    assert reader.generation == 1 and len(reader.chunks) == 628
    assert "missing: building it now" in caplog.text


def test_summary_and_json_report(tmp_path):
    settings = fake_settings(tmp_path)
    report = ingest(settings, FakeEmbedder(), progress=False)
    line = report.summary()
    assert line.startswith("ingest: 628 chunks (628 embedded, 0 reused, 0 removed) in ")
    assert line.endswith(f"→ collection {settings.collection_name()} gen 1")
    assert '"embedded": 628' in report.to_json()
