"""Atomicity against a real process: SIGKILL a `python -m ingest` and the previous index still answers."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.settings import ROOT, Settings
from ingest.embedder import make_embedder
from ingest.index import IndexMissingError, IndexReader, cache_path, gen_dir, index_root
from ingest.pipeline import DELAY_ENV, PUBLISH_DELAY_ENV, ingest

pytestmark = [pytest.mark.integration, pytest.mark.slow]

QUERIES = ["udlæg i løn", "fogedretten tvangsauktion fast ejendom", "Hvor længe kan skridt opretholdes?"]


def answers(reader: IndexReader, emb) -> list:
    out = []
    for q in QUERIES:
        out.append(reader.dense_search(emb.embed_query(q), 10))
        out.append(reader.bm25_search(q, 10))
        out.append(reader.dense_search(emb.embed_query(q), 5, ["DE", "SE"]))
    return out


def start_ingest(data: Path, *args: str, **env: str) -> subprocess.Popen:
    full = {**os.environ, "EA_PATHS__DATA_DIR": str(data), "EA_EMBEDDING__MODEL": "fake", **env}
    return subprocess.Popen([sys.executable, "-m", "ingest", "--quiet", *args], cwd=ROOT, env=full,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_line(proc: subprocess.Popen, needle: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if needle in line:
            return
        if not line and proc.poll() is not None:
            break
    proc.kill()
    pytest.fail(f"ingest never logged {needle!r} (rc={proc.poll()})")


@pytest.fixture
def published(tmp_path):
    settings = Settings(paths={"data_dir": tmp_path}, embedding={"model": "fake"})
    emb = make_embedder(settings)
    ingest(settings, emb, progress=False)
    reader = IndexReader.open(settings, emb)
    return settings, emb, answers(reader, emb)


def test_sigkill_mid_embedding_keeps_previous_generation(published, tmp_path):
    settings, emb, before = published
    # 628 chunks / 8 per batch × 0.1 s ≈ 8 s of embedding: plenty of time to land a kill inside it
    proc = start_ingest(tmp_path, "--rebuild", EA_EMBEDDING__BATCH_SIZE="8", **{DELAY_ENV: "0.1"})
    wait_for_line(proc, "to embed")
    time.sleep(1.0)
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    reader = IndexReader.open(settings, emb)
    assert reader.generation == 1
    assert answers(reader, emb) == before

    # the next run finds nothing to do: unchanged corpus, valid generation
    done = start_ingest(tmp_path)
    out, err = done.communicate(timeout=60)
    assert done.returncode == 0, err
    assert "(0 embedded, 628 reused, 0 removed)" in out and "gen 1" in out


def test_sigkill_before_publish_keeps_previous_generation(published, tmp_path):
    settings, emb, before = published
    proc = start_ingest(tmp_path, "--rebuild", **{PUBLISH_DELAY_ENV: "30"})
    wait_for_line(proc, "sleeping before publish")
    root = index_root(settings)
    assert (gen_dir(root, 2) / "manifest.json").exists()  # fully written, just not published
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)

    reader = IndexReader.open(settings, emb)
    assert reader.generation == 1 and answers(reader, emb) == before

    done = start_ingest(tmp_path, "--rebuild")
    out, err = done.communicate(timeout=60)
    assert done.returncode == 0, err
    assert "gen 3" in out  # number 2 is never reused
    assert not gen_dir(root, 2).exists()  # the unpublished debris was cleaned up
    assert IndexReader.open(settings, emb).generation == 3


def test_killed_first_ingest_resumes_from_cached_batches(tmp_path):
    settings = Settings(paths={"data_dir": tmp_path}, embedding={"model": "fake"})
    proc = start_ingest(tmp_path, EA_EMBEDDING__BATCH_SIZE="8", **{DELAY_ENV: "0.1"})
    wait_for_line(proc, "to embed")
    cached, deadline = 0, time.monotonic() + 60
    while cached < 24 and time.monotonic() < deadline:  # at least three batches committed
        time.sleep(0.1)
        try:
            with sqlite3.connect(cache_path(settings)) as db:
                cached = db.execute("SELECT count(*) FROM vec").fetchone()[0]
        except sqlite3.Error:
            pass
    assert proc.poll() is None and cached >= 24
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)

    with pytest.raises(IndexMissingError):  # nothing was ever published: missing, not damaged
        IndexReader.open(settings, make_embedder(settings))
    done = start_ingest(tmp_path)
    out, err = done.communicate(timeout=60)
    assert done.returncode == 0, err
    embedded, reused = map(int, re.search(r"\((\d+) embedded, (\d+) reused, 0 removed\)", out).groups())
    assert reused >= cached and embedded + reused == 628  # the batches finished before the kill
    assert IndexReader.open(settings, make_embedder(settings)).generation == 1


def test_cli_failure_is_one_clear_line(tmp_path):
    proc = start_ingest(tmp_path, "--corpus", str(tmp_path / "nowhere"))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1 and out == ""
    assert "ingest: FAILED" in err and "not a corpus folder" in err
