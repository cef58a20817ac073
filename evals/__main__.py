"""End-to-end QA eval of the default pipeline (and the LangChain tutorial baseline) on the golden cases.

    python -m evals [--subset fast|full] [--split dev|test|holdout|all|everything] [--cases all|original|new] [--out DIR]
                    [--no-baseline] [--json]

Writes DIR/report.md and DIR/report.json (default evals/reports/<UTC timestamp>/, gitignored) and prints
the summary table (or, with --json, the whole report as JSON). Tune on dev; test is reported, never tuned on;
holdout (written blind, after test had been read case by case) is left out of ``all`` and scored once.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import assistant.settings  # noqa: F401  (offline environment first)
from evals import report as rep
from evals import runner
from evals.golden_schema import QA_PATH

REPORTS = Path(__file__).parent / "reports"


def evaluate(subset: str = "fast", split: str = "all", baseline: bool = True, fake: bool = False,
             progress: bool = True, cases_from: str = "all") -> dict:
    """Run and score; returns the report dict (results[system][split] = runner.summarize output)."""
    started = datetime.now(timezone.utc)
    t0 = time.perf_counter()
    cases = runner.load_cases(subset, split, cases_from=cases_from)
    splits = {"all": ["test", "dev"], "everything": ["test", "holdout", "dev"]}.get(split, [split])
    log = (lambda msg: print(msg, file=sys.stderr)) if progress else (lambda msg: None)
    log(f"{len(cases)} cases ({sum(len(c.turns) for c in cases)} turns), subset={subset}, split={split}")
    pipeline = runner.PipelineAnswerer(fake=fake)
    log(f"pipeline ready after {time.perf_counter() - t0:.0f} s")
    rows = {"pipeline": runner.score(cases, runner.run(cases, pipeline, progress))}
    log(f"pipeline done after {time.perf_counter() - t0:.0f} s")
    if baseline:
        base = runner.baseline_answerer(pipeline.embedder)
        rows["baseline"] = runner.score(cases, runner.run(cases, base))
        log(f"baseline done after {time.perf_counter() - t0:.0f} s")
    return {"subset": subset, "split": split, "pipeline": "fake (--fake)" if fake else "default", "splits": splits, "started": started.isoformat(timespec="seconds"),
            "duration_s": time.perf_counter() - t0, "golden": str(QA_PATH.name), "case_ids": [c.id for c in cases],
            "results": {name: runner.summarize(r, splits) for name, r in rows.items()},
            "turns": {name: [{k: v for k, v in row.items()} for row in r] for name, r in rows.items()}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals", description=__doc__.splitlines()[0])
    ap.add_argument("--subset", choices=("fast", "full"), default="full")
    ap.add_argument("--split", choices=("dev", "test", "holdout", "all", "everything"), default="all",
                    help="all = test + dev; holdout = the blind cases, scored once; everything = all three")
    ap.add_argument("--cases", choices=("all", "original", "new"), default="all",
                    help="original = q-001 … q-241, new = the dev-only cases added after them")
    ap.add_argument("--out", type=Path, default=None, help="report folder (default evals/reports/<timestamp>/)")
    ap.add_argument("--no-baseline", action="store_true", help="skip the LangChain tutorial baseline")
    ap.add_argument("--fake", action="store_true", help="keyword retriever + rule tables (wiring check, no model)")
    ap.add_argument("--json", action="store_true", help="print the report as JSON instead of tables")
    args = ap.parse_args(argv)
    report = evaluate(args.subset, args.split, baseline=not args.no_baseline, fake=args.fake,
                      cases_from=args.cases)
    out = args.out or REPORTS / datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    md, js = rep.write(report, out)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        print(rep.summary_table(report["results"], report["splits"]))
        for split in report["splits"]:
            print(f"\npipeline – {split}: per kind and language")
            print(rep.breakdown_table(report["results"]["pipeline"][split]))
            summary = report["results"]["pipeline"][split]
            print(f"\npipeline – {split}: {len(summary['failures'])} failed cases (listed in {md});"
                  f" suspected components: {rep.suspect_counts(summary)}")
    print(f"\nwrote {md} and {js}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
