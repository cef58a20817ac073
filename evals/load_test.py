"""Load and soak test: simulated users through gradio_client against a real app on localhost.

    python -m evals.load_test --users 20 --seconds 120            # the load test
    python -m evals.load_test --users 8 --seconds 1800 --soak     # the soak (30 minutes at most)

Each user holds its own conversation about its own country and sends a follow-up without a country;
if sessions leaked, the follow-up would cite another user's country (cross-talk). Every answer is
rated, and the feedback rows are counted in SQLite afterwards. The request loop is bounded in time
and count and stops by itself. Prints one summary (and --json for machines).

A started app writes its feedback to a throw-away SQLite file (``--feedback-db`` to choose one), so
load runs never pollute the real feedback table; the index and model are read from the normal data dir.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
# (country code, first question naming it, follow-up without a country)
SCRIPTS = [
    ("SE", "Kan man klage over udlæg i Sverige?", "Hvor længe varer udlægget?"),
    ("DE", "Hvem foretager tvangsfuldbyrdelse i Tyskland?", "Kan afgørelsen ankes?"),
    ("FI", "Hvor lenge varer et utlegg i Finland?", "Kan vedtaket påklages?"),
    ("EE", "Hur mycket av lönen kan utmätas i Estland?", "Kan beslutet överklagas?"),
    ("IE", "Who is the bailiff in Ireland, and what does enforcement cost?", "Can the decision be appealed?"),
    ("BE", "Hvad er forældelsesfristen for en dom i Belgien?", "Hvilke aktiver kan der gøres udlæg i?"),
    ("PL", "Hvad koster tvangsfuldbyrdelse i Polen?", "Kan afgørelsen appelleres?"),
    ("AT", "Kan fogeden tage min bil i Østrig?", "Kan afgørelsen appelleres?"),
    ("NL", "Hvordan fuldbyrdes en dom i Nederlandene?", "Hvilke aktiver kan der gøres udlæg i?"),
    ("FR", "Hvem er foged i Frankrig?", "Kan afgørelsen appelleres?"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data_dir: Path | None, port: int, timeout_s: float = 600, feedback_db: Path | None = None,
                 log_path: Path | None = None) -> subprocess.Popen:
    env = {**os.environ, "EA_APP__PORT": str(port), "EA_APP__HOST": "127.0.0.1", "EA_APP__CONCURRENCY_LIMIT": "4"}
    if data_dir:
        env["EA_PATHS__DATA_DIR"] = str(data_dir)
    if feedback_db:
        env["EA_PATHS__FEEDBACK_DB"] = str(feedback_db)
    log_fh = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115 - owned by the child
    proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=log_fh, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout_s
    where = f" (log: {log_path})" if log_path else ""
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"app exited with {proc.returncode} before listening{where}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc
        except OSError:
            time.sleep(0.5)
    stop_server(proc)
    raise RuntimeError(f"app did not start listening in time{where}")


def stop_server(proc: subprocess.Popen) -> None:
    """Terminate the app we started (by its pid); kill it if it does not exit within 30 s."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=30)


def _rss_mb(pid: int) -> float:
    proc = psutil.Process(pid)
    return sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)]) / 2**20


class User(threading.Thread):
    """One simulated user: conversations about its country until the deadline or max_requests."""

    def __init__(self, url: str, n: int, deadline: float, max_requests: int):
        super().__init__(daemon=True)
        self.url, self.n, self.deadline, self.max_requests = url, n, deadline, max_requests
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.crosstalk: list[str] = []
        self.context_lost: list[str] = []
        self.feedback_sent = 0

    def _ask(self, client, history, text, country_code):
        t0 = time.perf_counter()
        out = client.predict(text, history, "auto", api_name="/ask")
        self.latencies.append(time.perf_counter() - t0)
        _, history, _debug, copy_text = out
        return history, copy_text

    def run(self) -> None:
        from gradio_client import Client
        code, first, follow = SCRIPTS[self.n % len(SCRIPTS)]
        from assistant.countries import get
        names = {get(c).names["da"] for c, _, _ in SCRIPTS} | {get(c).names["en"] for c, _, _ in SCRIPTS}
        mine = {get(code).names["da"], get(code).names["en"]}
        try:
            client = Client(self.url, verbose=False)
        except Exception as exc:  # noqa: BLE001 - reported, not raised: the run goes on
            self.errors.append(f"connect: {exc}")
            return
        requests = 0
        while time.monotonic() < self.deadline and requests < self.max_requests:
            try:
                client.predict(api_name="/new_conversation")
                history: list = []
                for text in (first, follow):
                    history, copy_text = self._ask(client, history, text, code)
                    requests += 1
                    # cited countries in the copy text must be this user's only
                    cited = {n for n in names if f"] {n} –" in copy_text}
                    if cited - mine:
                        self.crosstalk.append(f"user {self.n} ({code}) got {sorted(cited - mine)} for {text!r}")
                    elif not cited & mine:
                        # every script answers with a citation of its country (the follow-up only through
                        # the session's focus): none means the session was lost or mixed up
                        self.context_lost.append(f"user {self.n} ({code}) got no {code} citation for {text!r}")
                client.predict("👍", f"load-user-{self.n}", api_name="/feedback")
                self.feedback_sent += 1
            except Exception as exc:  # noqa: BLE001
                self.errors.append(repr(exc)[:300])
                requests += 1
                time.sleep(0.5)  # a dead or overloaded server is not hammered in a tight loop


def run(users: int, seconds: float, url: str | None, data_dir: Path | None, max_requests: int, soak: bool,
        feedback_db: Path | None = None) -> dict:
    proc = None
    if url is None:
        if feedback_db is None:  # never write load-test ratings into the real feedback table
            feedback_db = Path(tempfile.mkdtemp(prefix="load-test-")) / "feedback.sqlite3"
        port = free_port()
        proc = start_server(data_dir, port, feedback_db=feedback_db,
                            log_path=feedback_db.parent / f"app-{port}.log")
        url = f"http://127.0.0.1:{port}/"
    elif feedback_db is None:
        from assistant.settings import Settings

        feedback_db = Settings(paths={"data_dir": data_dir}).paths.feedback_db if data_dir \
            else Settings().paths.feedback_db
    before = _count(feedback_db)
    rss_start = _rss_mb(proc.pid) if proc else None
    samples: list[float] = []
    times: list[float] = []  # seconds since the users started, one per sample
    deadline = time.monotonic() + seconds
    crowd = [User(url, i, deadline, max_requests) for i in range(users)]
    started = time.monotonic()
    try:
        for u in crowd:
            u.start()
        while any(u.is_alive() for u in crowd):
            if proc:
                samples.append(_rss_mb(proc.pid))
                times.append(time.monotonic() - started)
            time.sleep(min(5.0, max(0.5, seconds / 20)))
        for u in crowd:
            u.join()
        elapsed = time.monotonic() - started
        time.sleep(1)
        stored = _count(feedback_db) - before
        if proc:
            samples.append(_rss_mb(proc.pid))
            times.append(time.monotonic() - started)
    finally:
        if proc:
            stop_server(proc)
    lat = sorted(x for u in crowd for x in u.latencies)
    result = {
        "users": users, "seconds": seconds, "requests": len(lat),
        "errors": sum(len(u.errors) for u in crowd), "error_samples": [e for u in crowd for e in u.errors][:5],
        "crosstalk": [c for u in crowd for c in u.crosstalk][:5],
        "context_lost": [c for u in crowd for c in u.context_lost][:5],
        "elapsed_s": round(elapsed, 1),
        "throughput_rps": round(len(lat) / elapsed, 2) if elapsed else None,
        "p50_ms": round(statistics.median(lat) * 1000, 1) if lat else None,
        "p95_ms": round(lat[int(0.95 * (len(lat) - 1))] * 1000, 1) if lat else None,
        "feedback_sent": sum(u.feedback_sent for u in crowd),
        "feedback_stored": stored,
        "feedback_db": str(feedback_db),
        "rss_start_mb": round(rss_start, 1) if rss_start else None,
        "rss_end_mb": round(samples[-1], 1) if samples else None,
        "rss_max_mb": round(max(samples), 1) if samples else None,
        # ~10 evenly spaced samples: a plateau is warm-up, a steady climb is a leak
        "rss_trend_mb": [round(samples[int(i * (len(samples) - 1) / 9)]) for i in range(10)] if samples else [],
        # RSS at each whole minute, and the least-squares slope after the first minute (warm-up):
        # about 0 for a plateau, a steady positive drift for a leak
        "rss_by_minute_mb": _by_minute(times, samples),
        "rss_drift_mb_per_min": _drift_per_min(times, samples),
        "soak": soak,
    }
    return result


def _by_minute(times: list[float], samples: list[float]) -> list[int]:
    out = []
    for minute in range(int(times[-1] // 60) + 1 if times else 0):
        out.append(round(next(s for t, s in zip(times, samples) if t >= minute * 60)))
    return out


def _drift_per_min(times: list[float], samples: list[float], warm_up_s: float = 60) -> float | None:
    pts = [(t, s) for t, s in zip(times, samples) if t >= warm_up_s]
    if len(pts) < 3 or len({t for t, _ in pts}) < 2:
        return None
    fit = statistics.linear_regression([t for t, _ in pts], [s for _, s in pts])  # least squares
    return round(60 * fit.slope, 2)


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        try:
            return int(conn.execute("SELECT COUNT(*) FROM feedback").fetchone()[0])
        except sqlite3.OperationalError:
            return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=120, help="duration (capped at 1800)")
    ap.add_argument("--url", help="use a running app instead of starting one")
    ap.add_argument("--data-dir", type=Path, help="data dir for the started app (index, feedback)")
    ap.add_argument("--max-requests", type=int, default=100_000, help="per-user request cap")
    ap.add_argument("--soak", action="store_true", help="label the run as a soak (RSS drift reported)")
    ap.add_argument("--feedback-db", type=Path,
                    help="feedback SQLite file (default: a temp file for a started app, settings for --url)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    res = run(args.users, min(args.seconds, 1800), args.url, args.data_dir, args.max_requests, args.soak,
              args.feedback_db)
    if args.json:
        print(json.dumps(res, ensure_ascii=False))
    else:
        for k, v in res.items():
            print(f"{k:>16}: {v}")
    ok = (res["errors"] == 0 and not res["crosstalk"] and not res["context_lost"]
          and res["feedback_stored"] == res["feedback_sent"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
