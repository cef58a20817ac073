"""Feedback is never lost: concurrent writers, a killed writer, atomic CSV export."""

import csv
import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from assistant.feedback import FeedbackStore, main
from assistant.models import Citation, Reply

ROOT = Path(__file__).resolve().parents[2]


def _reply(i: int) -> Reply:
    cit = Citation(key=1, country="SE", section="5", title="Kan en afgørelse om tvangsfuldbyrdelse appelleres?",
                   chunk_id=f"c{i}", quote="citat", url="https://example.invalid")
    return Reply(text=f"svar {i}", citations=[cit], language="da")


@pytest.mark.unit
def test_roundtrip_and_validation(tmp_path):
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    rid = store.add(session_id="s1", rating=1, question="Hvad er udlæg?", reply=_reply(1), comment="fint")
    row = store.rows("s1")[0]
    assert row["id"] == rid and row["rating"] == 1 and row["comment"] == "fint"
    assert '"chunk_id": "c1"' in row["citations"]
    with pytest.raises(ValueError):
        store.add(session_id="s1", rating=0, question="q")
    assert store.count() == 1


@pytest.mark.unit
def test_concurrent_threads_lose_nothing(tmp_path):
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    with ThreadPoolExecutor(max_workers=16) as pool:
        list(pool.map(lambda i: store.add(session_id=f"s{i % 7}", rating=1 if i % 2 else -1,
                                          question=f"q{i}", reply=_reply(i)), range(400)))
    assert store.count() == 400
    assert {r["question"] for r in store.rows()} == {f"q{i}" for i in range(400)}


_WRITER = """
import sys
from assistant.feedback import FeedbackStore
store = FeedbackStore(sys.argv[1])
for i in range(int(sys.argv[3])):
    store.add(session_id=sys.argv[2], rating=1, question=f"{sys.argv[2]}-{i}", answer="a" * 2000)
"""


@pytest.mark.integration
def test_concurrent_processes_lose_nothing(tmp_path):
    db = tmp_path / "fb.sqlite3"
    FeedbackStore(db)
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(db), f"p{n}", "60"], cwd=ROOT) for n in range(4)]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    assert FeedbackStore(db).count() == 240


@pytest.mark.integration
def test_process_killed_mid_write_keeps_the_database(tmp_path):
    db = tmp_path / "fb.sqlite3"
    FeedbackStore(db).add(session_id="before", rating=1, question="kept")
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(db), "victim", "100000"], cwd=ROOT)
    time.sleep(1.5)  # let it write a few hundred rows, then kill it without warning
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    store = FeedbackStore(db)
    rows = store.rows()
    assert rows[0]["question"] == "kept"
    assert len(rows) > 1  # the killed writer's committed rows survived
    assert all(r["answer"] == "a" * 2000 for r in rows[1:])  # no torn row
    store.add(session_id="after", rating=-1, question="still writable")
    assert store.count() == len(rows) + 1


@pytest.mark.unit
def test_export_csv_is_complete_and_atomic(tmp_path):
    store = FeedbackStore(tmp_path / "fb.sqlite3")
    for i in range(5):
        store.add(session_id="s", rating=1, question=f'q{i}, "quoted"\nline', reply=_reply(i))
    out = tmp_path / "out" / "feedback.csv"
    assert main(["export", str(out), "--db", str(tmp_path / "fb.sqlite3")]) == 0
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["question"] for r in rows] == [f'q{i}, "quoted"\nline' for i in range(5)]
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".tmp")]
