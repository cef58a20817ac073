"""Server mode against a real `chroma run` on a free localhost port: ingest, query, re-ingest, cleanup."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.settings import Settings
from ingest.embedder import make_embedder
from ingest.index import IndexReader, collection_for, index_root
from ingest.pipeline import chroma_client, ingest

pytestmark = [pytest.mark.integration, pytest.mark.slow]

CHROMA = Path(sys.executable).with_name("chroma")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    # chromadb (a pinned dependency) ships the CLI: its absence is a broken install, not a skip
    assert CHROMA.exists() or shutil.which("chroma"), "chroma CLI missing from the environment"
    port = free_port()
    log = open(tmp_path / "chroma.log", "w")
    proc = subprocess.Popen([str(CHROMA if CHROMA.exists() else "chroma"), "run", "--path",
                             str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"chroma server did not come up:\n{(tmp_path / 'chroma.log').read_text()[-2000:]}")
            time.sleep(0.2)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_http_round_trip(chroma_server, tmp_path, monkeypatch):
    monkeypatch.setenv("EA_CHROMA__MODE", "http")
    monkeypatch.setenv("EA_CHROMA__HOST", "127.0.0.1")
    monkeypatch.setenv("EA_CHROMA__PORT", str(chroma_server))
    settings = Settings(paths={"data_dir": tmp_path / "data"}, embedding={"model": "fake"})
    assert settings.chroma.mode == "http" and settings.chroma.port == chroma_server
    emb = make_embedder(settings)

    first = ingest(settings, emb, progress=False)
    assert (first.embedded, first.generation) == (628, 1)
    reader = IndexReader.open(settings, emb)
    q = emb.embed_query("udlæg i løn")
    hits = reader.dense_search(q, 5)
    assert [i for i, _ in hits] == [i for i, _ in reader.dense_search_chroma(q, 5)]
    assert {reader.chunks[i].country for i, _ in reader.dense_search(q, 5, ["SE"])} == {"SE"}
    assert reader.bm25_search("udlæg løn", 5)
    assert not (index_root(settings) / "gen-1" / "chroma").exists()  # vectors live on the server

    # unchanged → nothing new; --rebuild → collection -g2, and -g1 kept for running readers
    assert not ingest(settings, emb, progress=False).published
    for gen in (2, 3):
        assert ingest(settings, emb, rebuild=True, progress=False).generation == gen
    names = sorted(c.name for c in chroma_client(settings, None).list_collections())
    assert names == [collection_for(settings, 2), collection_for(settings, 3)]
    again = IndexReader.open(settings, emb)
    assert again.generation == 3 and again.dense_search(q, 5) == hits

    # a persistent index on the same data dir is separate, but shares the embedding cache
    monkeypatch.setenv("EA_CHROMA__MODE", "persistent")
    local = Settings(paths={"data_dir": tmp_path / "data"}, embedding={"model": "fake"})
    assert index_root(local) != index_root(settings)
    report = ingest(local, emb, progress=False)
    assert (report.embedded, report.generation) == (0, 1)
    assert IndexReader.open(local, emb).dense_search(q, 5) == hits
