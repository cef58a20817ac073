"""Retrieval benchmark: LangChain tutorial baseline vs. BM25 vs. dense vs. our hybrid.

    python -m evals.bench_retrieval [--split test|dev|all] [--rows all|original|new] [--json] [--fit-confidence]
                                    [--no-baseline]

Section-level scoring: a hit is a retrieved chunk with the expected country AND one of the question's
acceptable sections. Recall@1, Recall@5 and MRR (over the retrieved list: 4 for the baseline, 10 for
the others) per language and overall; country detection on single-country questions; hybrid latency
(warm, query-embedding cache cleared) and peak RSS; confidence separation (AUC, accuracy at
``min_confidence``, at the dev balanced-accuracy best, at the dev threshold keeping 97% of answerable
questions) between the split's answerable questions (golden retrieval + self-contained QA turns) and
its negatives (golden/confidence_negatives.jsonl).

BM25-only and dense-only use the same country filter and glossary expansion as the hybrid, so their
columns isolate what fusion and the topic boost add. The baseline gets nothing but the raw files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import assistant.settings  # noqa: F401  (offline environment first)
from assistant.retrieval import confidence as conf
from assistant.retrieval.hybrid import HybridRetriever, _detect_countries, _keyword_query
from assistant.settings import Settings, get_settings
from evals.golden_schema import ORIGINAL_RETRIEVAL_ROWS, in_split

GOLDEN = Path(__file__).parent / "golden" / "retrieval.jsonl"
LANGS = ("da", "nb", "sv", "en")

# Questions the corpus cannot answer (label 0 for the confidence fit), one JSON object a line with
# id, split, language, category (mixed, other_law, general, gibberish, greeting) and question. Split like
# the golden set: fit on dev, report on test.
NEGATIVES = Path(__file__).parent / "golden" / "confidence_negatives.jsonl"
# Answerable recall the confidence threshold must keep on dev: a false abstention costs a user an
# answer the corpus has, so the threshold is the highest one that keeps this share of dev positives.
TARGET_RECALL = 0.97




def select_rows(rows: list[dict], which: str) -> list[dict]:
    """``original``: r-001 … r-185; ``new``: the dev rows written after them; ``all``: both."""
    if which == "all":
        return rows
    return [r for r in rows if (int(r["id"][2:]) <= ORIGINAL_RETRIEVAL_ROWS) == (which == "original")]


def load_golden(split: str, path: Path | None = None) -> list[dict]:
    text = (path or GOLDEN).read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [r for r in rows if in_split(r.get("split", ""), split)]


def out_of_scope(split: str, path: Path = NEGATIVES) -> list[str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["question"] for r in rows if in_split(r["split"], split)]


def qa_turns(split: str) -> list[tuple[str, list[str]]]:
    """Answerable opening QA turns (question, countries) that name their own countries.

    Later turns ("Og i Sverige?", "Jeg bor på Cypern.") are left out: the pipeline retrieves for the
    question resolved from the conversation, not for the turn's text, so it cannot be replayed here.
    """
    from evals.golden_schema import load_qa

    out = []
    for case in load_qa():
        if not in_split(case.split, split):
            continue
        for t in case.turns[:1]:
            if t.abstain or t.clarify or not t.countries:
                continue
            if set(_detect_countries(t.question)[0]) == set(t.countries):
                out.append((t.question, list(t.countries)))
    return out


# --------------------------------------------------------------------------------------- scoring
def score(rows: list[dict], ranked: list[list[tuple[str, str]]]) -> dict:
    """Recall@1, Recall@5, MRR overall and per language. ``ranked``: (country, section) per hit."""
    by_lang: dict[str, list[tuple[int, int, float]]] = defaultdict(list)
    for row, hits in zip(rows, ranked):
        ok = [c == row["country"] and s in row["sections"] for c, s in hits]
        first = ok.index(True) + 1 if True in ok else None
        m = (int(first == 1), int(first is not None and first <= 5), 1 / first if first else 0.0)
        by_lang[row["language"]].append(m)
        by_lang["all"].append(m)
    return {lang: {"n": len(v), "r1": sum(x[0] for x in v) / len(v), "r5": sum(x[1] for x in v) / len(v),
                   "mrr": sum(x[2] for x in v) / len(v)} for lang, v in by_lang.items()}


def misses(rows: list[dict], ranked: list[list[tuple[str, str]]]) -> list[dict]:
    out = []
    for row, hits in zip(rows, ranked):
        if not any(c == row["country"] and s in row["sections"] for c, s in hits[:5]):
            out.append({"id": row["id"], "language": row["language"], "question": row["question"],
                        "want": f"{row['country']}:{'|'.join(row['sections'])}",
                        "got": [f"{c}:{s}" for c, s in hits[:5]]})
    return out


# ------------------------------------------------------------------------------------ retrievers
class LCEmbeddings:
    """Our embedder as a LangChain ``Embeddings`` (same model for the baseline, so only the method differs)."""

    def __init__(self, embedder, cache_dir: Path | None = None) -> None:
        self.embedder = embedder
        self.cache_dir = cache_dir

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        # The baseline's ~660 raw chunks take minutes to embed on 2 cores: cache them by content.
        import numpy as np

        key = hashlib.sha256("\x1e".join([self.embedder.name, *texts]).encode()).hexdigest()[:16]
        path = self.cache_dir / f"baseline-{key}.npy" if self.cache_dir else None
        if path is not None and path.exists():
            return np.load(path).tolist()
        vectors = self.embedder.embed_passages(list(texts))
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.save(path, vectors)
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text).tolist()


def build_tutorial_store(settings: Settings, embedder, collection: str = "tutorial-baseline"):
    """The LangChain RAG tutorial index: recursive 1000/200 splits of the raw files in Chroma, no metadata.

    Returns ``(store, locate)``; ``locate(metadata) -> (country, section)`` is for scoring only. Shared by
    this benchmark and the QA eval's baseline (same splits and embedding cache, so vectors are reused).
    """
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_core.embeddings import Embeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from ingest.parser import parse_corpus

    Embeddings.register(LCEmbeddings)
    sections = parse_corpus(settings.paths.corpus_dir)
    spans: dict[str, list] = defaultdict(list)
    for s in sections:
        spans[s.source].append((s.line_start, s.line_end, s.country, s.number))
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
    raws = {p.name: p.read_text(encoding="utf-8")
            for p in sorted((settings.paths.corpus_dir / "sources").glob("*")) if p.is_file()}
    docs = []
    for name, raw in raws.items():
        docs += splitter.split_documents([Document(page_content=raw, metadata={"source": name})])

    def locate(meta: dict) -> tuple[str, str]:
        """Scoring only (never seen by retrieval): the section whose line span holds the start line."""
        line = raws[meta["source"]].count("\n", 0, meta["start_index"]) + 1
        cands = [sp for sp in spans[meta["source"]] if sp[0] <= line] or spans[meta["source"]][:1]
        inside = [sp for sp in cands if sp[1] >= line]
        _, _, country, number = (inside or [max(cands)])[0]
        return country, number

    client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
    store = Chroma(collection_name=collection, embedding_function=LCEmbeddings(embedder, settings.paths.data_dir / "bench"),
                   client=client)
    # one add call, so the whole corpus is one embed_documents call (and one cache entry)
    store.add_documents(docs, ids=[f"b{i}" for i in range(len(docs))])
    print(f"baseline: {len(docs)} recursive chunks", file=sys.stderr)
    return store, locate


def tutorial_baseline(settings: Settings, embedder) -> Callable[[str], list[tuple[str, str]]]:
    """The LangChain RAG tutorial: recursive 1000/200 splits of the raw files, Chroma, similarity_search(k=4)."""
    store, locate = build_tutorial_store(settings, embedder)
    return lambda q: [locate(d.metadata) for d in store.similarity_search(q, k=4)]


def make_retrievers(settings: Settings, index, embedder, hybrid: HybridRetriever) -> dict[str, Callable]:
    chunks = index.chunks

    def filt(q: str) -> list[str] | None:
        covered = _detect_countries(q)[0]
        return covered or None

    def bm25(q: str):
        return [(chunks[c].country, chunks[c].section) for c, _ in index.bm25_search(_keyword_query(q), 10, filt(q))]

    def dense(q: str):
        return [(chunks[c].country, chunks[c].section)
                for c, _ in index.dense_search(embedder.embed_query(q), 10, filt(q))]

    def hyb(q: str):
        return [(e.chunk.country, e.chunk.section) for e in hybrid.retrieve(q, k=10).evidence]

    return {"bm25": bm25, "dense": dense, "hybrid": hyb}


# ----------------------------------------------------------------------------------------- report
def confidence_rows(hybrid: HybridRetriever, rows: list[dict], oos: list[str],
                    qa: list[tuple[str, list[str]]] = ()) -> tuple[list[dict], list[int]]:
    """Features and labels: golden retrieval questions and answerable QA turns (1), negatives (0).

    QA turns are retrieved once per country with that country forced, as the pipeline does.
    """
    calls = [(r["question"], None, 1) for r in rows]
    calls += [(q, [code], 1) for q, codes in qa for code in codes]
    calls += [(q, None, 0) for q in oos]
    feats, labels = [], []
    for q, countries, label in calls:
        res = hybrid.retrieve(q, countries=countries)
        if not res.evidence:
            # only uncovered countries ("… i Danmark"): refused by rule with confidence 0, never
            # reaching the model, so such rows would only flatter the fit and the figures
            continue
        feats.append(res.features)
        labels.append(label)
    return feats, labels


def best_threshold(model: conf.ConfidenceModel, feats: list[dict], labels: list[int]) -> float:
    """The threshold with the best balanced accuracy (choose it on dev, then report test at it)."""
    p = [model.predict(f) for f in feats]

    def bal(t: float) -> float:
        tp = sum(pi >= t for pi, li in zip(p, labels) if li) / max(1, sum(labels))
        tn = sum(pi < t for pi, li in zip(p, labels) if not li) / max(1, len(labels) - sum(labels))
        return (tp + tn) / 2

    return max((round(t / 100, 2) for t in range(5, 96)), key=lambda t: (bal(t), -abs(t - 0.5)))


def recall_threshold(model: conf.ConfidenceModel, feats: list[dict], labels: list[int],
                     target: float = TARGET_RECALL) -> float:
    """The highest threshold (0.01 steps) that keeps ``target`` of the answerable questions."""
    p = [model.predict(f) for f, li in zip(feats, labels) if li]
    ok = [t / 100 for t in range(1, 100) if sum(pi >= t / 100 for pi in p) >= target * len(p)]
    return round(max(ok, default=0.01), 2)


def separation(model: conf.ConfidenceModel, feats: list[dict], labels: list[int], threshold: float) -> dict:
    p = [model.predict(f) for f in feats]
    acc = sum((pi >= threshold) == bool(li) for pi, li in zip(p, labels)) / len(labels)
    return {"threshold": threshold, "auc": conf.auc(p, labels), "accuracy": acc, "n_pos": sum(labels), "n_neg": len(labels) - sum(labels),
            "false_abstain": sum(pi < threshold for pi, li in zip(p, labels) if li),
            "false_answer": sum(pi >= threshold for pi, li in zip(p, labels) if not li)}


def latency(hybrid: HybridRetriever, questions: list[str]) -> dict:
    """Wall time per question (warm, cache cleared), plus the thread's CPU time and the stage medians.

    CPU time is reported next to wall time because the machine is shared: when other work holds both
    cores, wall time measures the queue, CPU time what a retrieval itself costs.
    """
    cache = getattr(hybrid.embedder, "_cache", None)
    if cache is not None:
        cache.clear()  # measure the real query embedding, not a cache hit
    wall, cpu, stages = [], [], defaultdict(list)
    for q in questions:
        t, c = time.perf_counter(), time.thread_time()
        res = hybrid.retrieve(q)
        wall.append((time.perf_counter() - t) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
        for name, ms in res.timings_ms.items():
            stages[name].append(ms)

    def p95(xs: list[float]) -> float:
        xs = sorted(xs)
        return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]

    return {"n": len(wall), "median_ms": statistics.median(wall), "p95_ms": p95(wall), "max_ms": max(wall),
            "cpu_median_ms": statistics.median(cpu), "cpu_p95_ms": p95(cpu),
            "stages_median_ms": {k: round(statistics.median(v), 2) for k, v in stages.items()},
            "load_avg_1m": os.getloadavg()[0], "torch_threads": hybrid.settings.embedding.num_threads}


def print_table(results: dict[str, dict], split: str) -> None:
    names = list(results)
    print(f"\nSection-level retrieval, split={split}")
    print(f"{'lang':<5}{'n':>5}  " + "  ".join(f"{n:^20}" for n in names))
    print(f"{'':<5}{'':>5}  " + "  ".join(f"{'R@1   R@5   MRR':^20}" for _ in names))
    for lang in (*LANGS, "all"):
        if lang not in results[names[0]]:
            continue
        cells = "  ".join(f"{r[lang]['r1']:.2f}  {r[lang]['r5']:.2f}  {r[lang]['mrr']:.2f}".center(20)
                          for r in results.values())
        print(f"{lang:<5}{results[names[0]][lang]['n']:>5}  {cells}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test", choices=("test", "dev", "all"))
    ap.add_argument("--rows", default="all", choices=("all", "original", "new"),
                    help="score only the original rows (r-001 … r-185) or only the later dev rows")
    ap.add_argument("--json", action="store_true", help="print one JSON document instead of tables")
    ap.add_argument("--no-baseline", action="store_true", help="skip the tutorial baseline (embeds the raw corpus)")
    ap.add_argument("--fit-confidence", action="store_true", help="fit the confidence model on DEV and print it")
    ap.add_argument("--golden", type=Path, default=None, help="another golden file (default: golden/retrieval.jsonl)")
    ap.add_argument("--misses", action="store_true", help="list the hybrid's Recall@5 misses")
    args = ap.parse_args(argv)

    from ingest.embedder import make_embedder
    from ingest.index import ensure_index

    settings = get_settings()
    embedder = make_embedder(settings)
    index = ensure_index(settings, embedder)
    hybrid = HybridRetriever(settings, index, embedder)
    hybrid.warm_up()
    rows = select_rows(load_golden(args.split, args.golden), args.rows)
    questions = [r["question"] for r in rows]

    retrievers = make_retrievers(settings, index, embedder, hybrid)
    if not args.no_baseline:
        retrievers = {"tutorial": tutorial_baseline(settings, embedder), **retrievers}
    ranked = {name: [fn(q) for q in questions] for name, fn in retrievers.items()}
    results = {name: score(rows, r) for name, r in ranked.items()}

    single = [r for r in rows if r["country"] not in ("EU", None)]
    detected = sum(_detect_countries(r["question"])[0] == [r["country"]] for r in single)
    wrong_country = [{"id": r["id"], "question": r["question"], "want": r["country"],
                      "got": _detect_countries(r["question"])} for r in single
                     if _detect_countries(r["question"])[0] != [r["country"]]]
    lat = latency(hybrid, questions)

    model = hybrid.confidence_model
    dev_feats, dev_labels = confidence_rows(hybrid, load_golden("dev", args.golden), out_of_scope("dev"),
                                            qa_turns("dev"))
    if args.fit_confidence:
        model = conf.fit(dev_feats, dev_labels, note="fit on dev golden + dev QA turns vs dev negatives")
        hybrid.confidence_model = model
    dev_threshold = best_threshold(model, dev_feats, dev_labels)
    dev_recall_threshold = recall_threshold(model, dev_feats, dev_labels)
    feats, labels = (dev_feats, dev_labels) if args.split == "dev" else \
        confidence_rows(hybrid, rows, out_of_scope(args.split), qa_turns(args.split))
    sep = {"at_setting": separation(model, feats, labels, settings.retrieval.min_confidence),
           "at_dev_best": separation(model, feats, labels, dev_threshold),
           f"at_dev_recall_{TARGET_RECALL:.2f}": separation(model, feats, labels, dev_recall_threshold)}
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    report = {"split": args.split, "rows": args.rows, "n": len(rows), "results": results,
              "country_detection": {"n": len(single), "accuracy": detected / max(1, len(single)),
                                    "wrong": wrong_country},
              "latency_hybrid": lat, "peak_rss_mb": peak_rss_mb, "confidence": sep,
              "retrieval_settings": settings.retrieval.model_dump(),
              "hybrid_misses": misses(rows, ranked["hybrid"])}
    if args.fit_confidence:
        report["confidence_model"] = model.model_dump()
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    print_table(results, args.split if args.rows == "all" else f"{args.split}, rows={args.rows}")
    print(f"\ncountry detection (single-country questions): {detected}/{len(single)}"
          f" = {detected / max(1, len(single)):.3f}")
    for w in wrong_country:
        print(f"  {w['id']}: want {w['want']}, got {w['got']}  {w['question']}")
    print(f"hybrid latency (warm, n={lat['n']}, encoder threads {lat['torch_threads']}, load avg "
          f"{lat['load_avg_1m']:.1f} on {os.cpu_count()} cores): wall median {lat['median_ms']:.1f} ms, "
          f"p95 {lat['p95_ms']:.1f} ms, max {lat['max_ms']:.1f} ms; CPU median {lat['cpu_median_ms']:.1f} ms, "
          f"p95 {lat['cpu_p95_ms']:.1f} ms")
    print("  stage medians (ms):", ", ".join(f"{k} {v}" for k, v in lat["stages_median_ms"].items()))
    print(f"peak RSS: {peak_rss_mb:.0f} MB")
    for name, sp in sep.items():
        print(f"confidence at {sp['threshold']:.2f} ({name}): AUC {sp['auc']:.3f}, accuracy {sp['accuracy']:.3f} "
              f"({sp['n_pos']} answerable, {sp['n_neg']} out of scope; false abstain {sp['false_abstain']}, "
              f"false answer {sp['false_answer']})")
    if args.fit_confidence:
        print("fitted confidence model:", json.dumps(model.model_dump()))
    if args.misses:
        for m in report["hybrid_misses"]:
            print(f"  MISS {m['id']} [{m['language']}] want {m['want']} got {m['got']}: {m['question']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
