"""Run the golden QA cases through the batch contract and score them.

The default pipeline is called in-process through ``assistant.cli.run_batch`` (the function behind
``python -m assistant batch``), so the embedding model loads once and the evals see exactly what batch
users see. The LangChain tutorial baseline answers the same cases through the same batch-shaped
interface, so both are scored by the same code.
"""

from __future__ import annotations

import hashlib
import json
import math
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import assistant.settings  # noqa: F401  (offline environment before any model library is imported)
from assistant.models import Citation, Reply
from evals import metrics
from evals.golden_schema import ORIGINAL_QA_CASES, QACase, in_split, load_qa

# lines (batch JSONL input) → batch output records ({"id", "replies"} or {"line", "error"})
Answerer = Callable[[list[str]], list[dict]]

FAST_FRACTION = 0.28
KINDS = ("factual", "numeric", "calculation", "multi_turn", "comparison", "paraphrase", "abstention")
LANGS = ("da", "nb", "sv", "en")


def is_original(case_id: str) -> bool:
    return int(case_id.split("-")[1]) <= ORIGINAL_QA_CASES


# ------------------------------------------------------------------------------------------ cases
def _hash(case_id: str) -> str:
    return hashlib.sha256(f"evals-fast:{case_id}".encode()).hexdigest()


def fast_subset(cases: list[QACase], fraction: float = FAST_FRACTION) -> list[QACase]:
    """Deterministic stratified sample: per (kind, language) the round(fraction·n) cases (≥ 1) with the
    smallest id hash. Independent of split, so the test half of it is a fixed, untuned sample too. The
    original and the added cases are stratified apart, so adding dev cases never changes the test sample."""
    strata: dict[tuple[str, str, bool], list[QACase]] = defaultdict(list)
    for c in cases:
        strata[(c.kind, c.language, is_original(c.id))].append(c)
    keep: set[str] = set()
    for group in strata.values():
        n = max(1, math.floor(fraction * len(group) + 0.5))
        keep |= {c.id for c in sorted(group, key=lambda c: _hash(c.id))[:n]}
    return [c for c in cases if c.id in keep]


def load_cases(subset: str = "full", split: str = "all", path: Path | None = None,
               cases_from: str = "all") -> list[QACase]:
    """``cases_from``: "all", "original" (q-001 … q-241) or "new" (the dev cases added after them)."""
    cases = load_qa(path) if path else load_qa()
    if subset == "fast":  # the fast subset (run in CI) never includes holdout cases
        cases = [c for c in cases if c.split != "holdout"]
        cases = fast_subset(cases)
    if cases_from != "all":
        cases = [c for c in cases if is_original(c.id) == (cases_from == "original")]
    return [c for c in cases if in_split(c.split, split)]



# ---------------------------------------------------------------------------------------- running
class PipelineAnswerer:
    """The real default pipeline behind ``python -m assistant batch`` (debug on: evidence, timings)."""

    def __init__(self, fake: bool = False) -> None:
        from assistant.cli import make_assistant

        self.assistant = make_assistant(fake)
        self.assistant.warm_up()  # load once, outside the timed turns

    def __call__(self, lines: list[str]) -> list[dict]:
        from assistant.cli import run_batch

        return run_batch(self.assistant, lines, debug=True)

    @property
    def embedder(self):
        """The loaded embedder, so the baseline does not load the model a second time."""
        return getattr(getattr(self.assistant, "_retriever", None), "embedder", None)


def run(cases: list[QACase], answer: Answerer, progress: bool = False) -> dict[str, dict]:
    """One batch line per case (so each conversation is timed); returns id → {"replies", "latency_ms"}."""
    out: dict[str, dict] = {}
    for i, case in enumerate(cases, 1):
        line = json.dumps({"id": case.id, "turns": [t.question for t in case.turns]}, ensure_ascii=False)
        t0 = time.perf_counter()
        records = answer([line])
        wall = (time.perf_counter() - t0) * 1000
        rec = records[0] if records else {"error": "no output"}
        replies: list[Reply | None] = [None] * len(case.turns)
        if "error" not in rec and rec.get("id") == case.id:
            try:  # a reply that breaks the contract is scored as missing, not a crash of the whole run
                replies = [Reply.model_validate(r) for r in rec["replies"]][:len(case.turns)]
                replies += [None] * (len(case.turns) - len(replies))
            except (ValueError, TypeError, KeyError) as exc:
                rec = {"error": f"invalid reply: {exc}"[:300]}
        # per-turn time from the pipeline's own timer; the conversation's wall time split evenly otherwise
        lat = [((r.debug or {}).get("timings_ms") or {}).get("total") if r is not None else None for r in replies]
        lat = [x if x is not None else wall / len(case.turns) for x in lat]
        out[case.id] = {"replies": replies, "latency_ms": lat, "error": rec.get("error")}
        if progress and i % 10 == 0:
            print(f"  {i}/{len(cases)} cases", file=sys.stderr)
    return out


def score(cases: list[QACase], runs: dict[str, dict], sections: dict | None = None,
          unsupported_numbers: Callable[[Reply], list[str]] | None = None) -> list[dict]:
    """One row per turn: metrics.score_turn plus case metadata and latency."""
    if sections is None:
        from ingest.parser import sections_by_key

        sections = sections_by_key()
    if unsupported_numbers is None:
        from assistant.pipeline.grounding import unsupported_numbers
    rows = []
    for case in cases:
        got = runs[case.id]
        for n, (turn, reply) in enumerate(zip(case.turns, got["replies"])):
            row = metrics.score_turn(turn, reply, sections, unsupported_numbers)
            row.update(id=case.id, turn=n, kind=case.kind, language=case.language, split=case.split,
                       latency_ms=got["latency_ms"][n], answer=reply.text[:600] if reply else None)
            rows.append(row)
    return rows


def summarize(rows: list[dict], splits: list[str]) -> dict:
    """split → {"overall", "kind": {…}, "language": {…}, "failures": [{id, reasons}]}."""
    out = {}
    for split in splits:
        part = [r for r in rows if in_split(r["split"], split)]
        failures: dict[str, list[str]] = defaultdict(list)
        suspects: dict[str, list[str]] = defaultdict(list)
        for r in part:
            for reason in r["reasons"]:
                failures[r["id"]].append(f"t{r['turn'] + 1}: {reason}" if r["turn"] else reason)
            suspects[r["id"]] += [s for s in r.get("suspects", []) if s not in suspects[r["id"]]]
        out[split] = {
            "overall": metrics.aggregate(part),
            "kind": {k: metrics.aggregate([r for r in part if r["kind"] == k]) for k in KINDS
                     if any(r["kind"] == k for r in part)},
            "language": {g: metrics.aggregate([r for r in part if r["language"] == g]) for g in LANGS
                         if any(r["language"] == g for r in part)},
            "cases": len({r["id"] for r in part}),
            "failures": [{"id": i, "kind": next(r["kind"] for r in part if r["id"] == i),
                          "language": next(r["language"] for r in part if r["id"] == i), "reasons": rs,
                          "suspects": suspects[i]}
                         for i, rs in failures.items()],
        }
    return out


# ---------------------------------------------------------------------------------------- baseline
def baseline_answerer(embedder=None) -> Answerer:
    """Tutorial RAG without an LLM: answer = the 4 retrieved chunks concatenated, each chunk cited with
    its mapped country/section and the chunk text as quote; never abstains, no conversation memory."""
    from assistant.settings import get_settings

    settings = get_settings()
    if embedder is None:
        from ingest.embedder import make_embedder

        embedder = make_embedder(settings)
    from evals.bench_retrieval import build_tutorial_store

    store, locate = build_tutorial_store(settings, embedder, "qa-tutorial-baseline")

    def answer_turn(question: str) -> dict:
        t0 = time.perf_counter()
        docs = store.similarity_search(question, k=4)
        cites, evidence = [], []
        for i, d in enumerate(docs, 1):
            country, section = locate(d.metadata)
            cites.append(Citation(key=i, country=country, section=section, title="", chunk_id=f"{d.metadata['source']}"
                                  f"@{d.metadata['start_index']}", quote=d.page_content, url=""))
            evidence.append({"country": country, "section": section, "rank": i})
        ms = (time.perf_counter() - t0) * 1000
        reply = Reply(text="\n\n".join(d.page_content for d in docs), citations=cites,
                      debug={"stage": "baseline", "retrieval": [{"country": None, "evidence": evidence}],
                             "timings_ms": {"total": round(ms, 1)}})
        return reply.model_dump(mode="json")

    def answer(lines: list[str]) -> list[dict]:
        out = []
        for raw in lines:
            item = json.loads(raw)
            out.append({"id": item["id"], "replies": [answer_turn(q) for q in item["turns"]]})
        return out

    return answer
