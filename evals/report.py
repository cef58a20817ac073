"""Render eval results: the side-by-side summary table, per-kind/per-language tables, failures.

Plain Markdown tables, so the same text is printed to the terminal and written to report.md.
"""

from __future__ import annotations

import json
from pathlib import Path

# (key in metrics.aggregate, label, format); targets are the ones tests/evals/test_eval_fast.py asserts
ROWS = [
    ("citation_hit", "citation hit", "rate", "≥ 0.95"),
    ("citation_precision", "citation precision", "rate", ""),
    ("citations_per_answer", "citations per answer", "mean", ""),
    ("recall_at_5", "section Recall@5", "rate", ""),
    ("must_include", "must-include", "rate", "≥ 0.90"),
    ("numeric_exact", "numeric exactness", "rate", "= 1.00"),
    ("numeric_strict", "numeric, no off-golden fact (diag.)", "rate", ""),
    ("abstain_precision", "abstention precision", "rate", "≥ 0.95"),
    ("abstain_recall", "abstention recall", "rate", "≥ 0.95"),
    ("clarify_accuracy", "clarification accuracy", "rate", ""),
    ("clarify_recall", "clarification recall", "rate", ""),
    ("false_clarify", "false clarifications", "int", ""),
    ("unsupported_citations", "unsupported citations", "int", "= 0"),
    ("unsupported_numbers", "unsupported numbers", "int", ""),
    ("latency_median_ms", "latency median (ms)", "ms", ""),
    ("latency_p95_ms", "latency p95 (ms)", "ms", ""),
]
COLS = [("citation_hit", "cite"), ("recall_at_5", "R@5"), ("must_include", "must"), ("numeric_exact", "num"),
        ("abstain_precision", "absP"), ("abstain_recall", "absR"), ("clarify_recall", "clar"),
        ("unsupported_citations", "badCit"), ("unsupported_numbers", "badNum"),
        ("latency_median_ms", "p50 ms"), ("latency_p95_ms", "p95 ms")]
_FMT = {"cite": "rate", "R@5": "rate", "must": "rate", "num": "rate", "absP": "rate", "absR": "rate",
        "clar": "rate", "badCit": "int", "badNum": "int", "p50 ms": "ms", "p95 ms": "ms"}
_COUNT = {"citation_hit": "n_answerable", "numeric_exact": "n_numeric", "numeric_strict": "n_numeric", "abstain_recall": "n_abstain",
          "clarify_recall": "n_clarify", "unsupported_citations": "n_citations"}


def fmt(value, kind: str) -> str:
    if value is None:
        return "–"
    if kind == "rate":
        return f"{value:.2f}"
    if kind == "mean":
        return f"{value:.1f}"
    if kind == "ms":
        return f"{value:.0f}"
    return str(value)


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    line = lambda cells: "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    return "\n".join([line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


def summary_table(results: dict[str, dict], splits: list[str]) -> str:
    """Metric rows × (system, split) columns: the default pipeline next to the tutorial baseline."""
    cols = [(system, split) for split in splits for system in results if split in results[system]]
    header = ["metric", "target", *[f"{system} {split}" for system, split in cols]]
    rows = []
    for key, label, kind, target in ROWS:
        cells = []
        for system, split in cols:
            agg = results[system][split]["overall"]
            cell = fmt(agg.get(key), kind)
            if key in _COUNT and agg.get(key) is not None:
                cell += f" /{agg[_COUNT[key]]}" if kind == "int" else f" (n={agg[_COUNT[key]]})"
            cells.append(cell)
        rows.append([label, target, *cells])
    n = [f"{results[s][sp]['cases']} cases / {results[s][sp]['overall']['turns']} turns" for s, sp in cols]
    rows.insert(0, ["cases / turns", "", *n])
    return _table(header, rows)


def breakdown_table(summary: dict) -> str:
    """Per kind and per language rows for one system and one split."""
    header = ["group", "turns", *[c for _, c in COLS]]
    rows = []
    for title, groups in (("kind", summary["kind"]), ("lang", summary["language"])):
        for name, agg in groups.items():
            rows.append([f"{title}:{name}", str(agg["turns"]), *[fmt(agg.get(k), _FMT[c]) for k, c in COLS]])
    agg = summary["overall"]
    rows.append(["all", str(agg["turns"]), *[fmt(agg.get(k), _FMT[c]) for k, c in COLS]])
    return _table(header, rows)


def failures_md(summary: dict, limit: int | None = None) -> str:
    fails = summary["failures"][:limit] if limit else summary["failures"]
    if not fails:
        return "(none)"
    return "\n".join(f"- **{f['id']}** ({f['kind']}, {f['language']}) [suspect: {', '.join(f.get('suspects') or ['?'])}]: "
                     + "; ".join(f["reasons"]) for f in fails)


def suspect_counts(summary: dict) -> str:
    """How many failed cases point at each component (triage; a case may point at several)."""
    counts: dict[str, int] = {}
    for f in summary["failures"]:
        for s in f.get("suspects") or ["?"]:
            counts[s] = counts.get(s, 0) + 1
    return ", ".join(f"{k}: {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])) or "–"


def render(report: dict) -> str:
    """The whole Markdown report (also what ``python -m evals`` prints, minus the failure lists)."""
    results, splits = report["results"], report["splits"]
    parts = [f"# QA eval – subset {report['subset']}, split {report['split']}",
             f"{report['started']} · {report['duration_s']:.0f} s · golden {report['golden']} · "
             f"pipeline {report.get('pipeline', 'default')}",
             "", "## Summary (default pipeline vs. LangChain tutorial baseline)", "",
             summary_table(results, splits)]
    for system, per_split in results.items():
        for split in splits:
            if split in per_split:
                parts += ["", f"## {system} – {split}: per kind and language", "", breakdown_table(per_split[split])]
    for system, per_split in results.items():
        for split in splits:
            if split in per_split:
                n = len(per_split[split]["failures"])
                parts += ["", f"## {system} – {split}: failed cases ({n})", "",
                          f"Suspected components: {suspect_counts(per_split[split])}", "", failures_md(per_split[split])]
    return "\n".join(parts) + "\n"


def write(report: dict, out_dir: Path) -> tuple[Path, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    md, js = out_dir / "report.md", out_dir / "report.json"
    md.write_text(render(report), encoding="utf-8")
    js.write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    return md, js
