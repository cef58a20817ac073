"""Ingest benchmark: full ingest from scratch, then an incremental no-change run, side by side.

Runs the real CLI (``python -m ingest --json``) as a child process with the DEFAULT settings (real model
via ``make_embedder``), so the figures include interpreter start-up and model loading. Only the index
location differs: a fresh temp data dir whose ``models/`` links to the already converted model folder,
so "from scratch" means no index and no embedding cache, and the repo's ``var/index`` is never touched.

Peak RSS: sampled every 20 ms over the child and all its descendants (psutil), and cross-checked with
the CLI's own ``getrusage(RUSAGE_SELF).ru_maxrss`` (the kernel's exact peak). CPU time (user+sys of the
child tree) is printed too: on a shared 2-core machine it is the figure that does not move with load.

Usage: ``python -m evals.bench_ingest [--keep DIR] [--model NAME] [--backend torch|onnx]``
Targets: full ingest ≤ 60 s on 2 cores (aim < 20 s), peak RSS ≤ 2 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
TARGET_S, TARGET_RSS_MB = 60.0, 2048.0


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_ingest(env: dict[str, str], *args: str) -> dict:
    """One CLI run: wall time, the CLI's own JSON report and peak RSS of the process tree."""
    t0 = time.perf_counter()
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    child = subprocess.Popen([sys.executable, "-m", "ingest", "--json", *args], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak, done = 0, threading.Event()

    def sample() -> None:
        nonlocal peak
        ps = psutil.Process(child.pid)
        while not done.is_set():
            try:
                peak = max(peak, _tree_rss(ps))
            except psutil.Error:
                return
            time.sleep(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = child.communicate()
    wall = time.perf_counter() - t0
    done.set()
    sampler.join()
    if child.returncode != 0:
        sys.exit(f"ingest failed (rc {child.returncode}):\n{err[-3000:]}")
    report = json.loads(out.strip().splitlines()[-1])
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    for line in err.splitlines():  # surface warnings (e.g. a damaged previous generation)
        if line.startswith(("WARNING", "ERROR")):
            print(f"  [child] {line}", file=sys.stderr)
    cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    return {"wall_s": wall, "ingest_s": report["seconds"], "cpu_s": cpu, "chunks": report["chunks"],
            "embedded": report["embedded"], "reused": report["reused"], "generation": report["generation"],
            "published": report["published"], "peak_rss_mb": peak / 2**20,
            "kernel_peak_rss_mb": report.get("peak_rss_mb", 0.0)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--keep", type=Path, help="use (and keep) this data dir instead of a temp one")
    ap.add_argument("--model", help="override EA_EMBEDDING__MODEL (default: the settings default)")
    ap.add_argument("--backend", help="override EA_EMBEDDING__BACKEND")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from assistant.settings import Settings

    defaults = Settings()
    tmp = tempfile.TemporaryDirectory(prefix="bench-ingest-") if args.keep is None else None
    data = Path(tmp.name) if tmp else args.keep
    data.mkdir(parents=True, exist_ok=True)
    models = data / "models"
    if not models.exists() and defaults.paths.model_dir.exists():
        models.symlink_to(defaults.paths.model_dir.resolve(), target_is_directory=True)
    env = {**os.environ, "EA_PATHS__DATA_DIR": str(data)}
    if args.model:
        env["EA_EMBEDDING__MODEL"] = args.model
    if args.backend:
        env["EA_EMBEDDING__BACKEND"] = args.backend

    full = run_ingest(env)
    incr = run_ingest(env)
    settings = Settings(paths={"data_dir": data}, **({"embedding": {"model": args.model}} if args.model else {}))
    print(f"ingest benchmark — model {args.model or defaults.embedding.model}, backend "
          f"{args.backend or defaults.embedding.backend}, {psutil.cpu_count()} CPUs, "
          f"index {settings.collection_name()}")
    rows = [("wall time (s, incl. start-up)", "wall_s", "{:.1f}"),
            ("ingest time (s, CLI report)", "ingest_s", "{:.1f}"),
            ("chunks", "chunks", "{}"), ("embedded / reused", None, None),
            ("chunks/s (wall)", None, None), ("peak RSS tree (MB, sampled)", "peak_rss_mb", "{:.0f}"),
            ("peak RSS ingest (MB, kernel)", "kernel_peak_rss_mb", "{:.0f}"),
            ("CPU time user+sys (s)", "cpu_s", "{:.1f}"), ("new generation published", "published", "{}")]
    print(f"{'':32}{'full (scratch)':>16}{'incremental':>16}")
    for label, key, fmt in rows:
        if label.startswith("embedded"):
            cells = [f"{r['embedded']} / {r['reused']}" for r in (full, incr)]
        elif label.startswith("chunks/s"):
            cells = [f"{r['chunks'] / r['wall_s']:.1f}" for r in (full, incr)]
        else:
            cells = [fmt.format(r[key]) for r in (full, incr)]
        print(f"{label:32}{cells[0]:>16}{cells[1]:>16}")
    ok_time, ok_rss = full["wall_s"] <= TARGET_S, max(full["peak_rss_mb"], full["kernel_peak_rss_mb"]) <= TARGET_RSS_MB
    print(f"targets: full ingest ≤ {TARGET_S:.0f} s: {'OK' if ok_time else 'MISSED'}; "
          f"peak RSS ≤ {TARGET_RSS_MB:.0f} MB: {'OK' if ok_rss else 'MISSED'}")
    print(f"load average during the runs: {os.getloadavg()[0]:.1f} (CPU time / {psutil.cpu_count()} ≈ "
          f"uncontended wall floor: {full['cpu_s'] / psutil.cpu_count():.0f} s)")
    print(json.dumps({"full": full, "incremental": incr}))
    if tmp:
        tmp.cleanup()
    return 0 if ok_time and ok_rss else 1


if __name__ == "__main__":
    sys.exit(main())
