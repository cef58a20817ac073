"""Coverage report: how many rules each country has, by kind, and which rules are flagged.

Run ``python -m assistant.rules coverage [--json]``. Reviewers use it to spot a country with suspiciously
few numbers and to re-read every flagged (ambiguous / inconsistent / garbled / outdated) rule.
"""

from __future__ import annotations

import json
from collections import Counter

from assistant import countries
from assistant.rules.schema import load_rules

KINDS = ("duration", "deadline", "waiting_period", "limitation_period", "percentage", "fee", "threshold",
         "exempt_amount", "bracket_table")
_SHORT = {"duration": "dur", "deadline": "dl", "waiting_period": "wait", "limitation_period": "lim",
          "percentage": "pct", "fee": "fee", "threshold": "thr", "exempt_amount": "exm", "bracket_table": "tbl"}


def coverage() -> dict:
    rules = list(load_rules().values())
    table = {}
    for code in countries.covered_codes():
        counts = Counter(r.kind for r in rules if r.country == code)
        table[code] = {"total": sum(counts.values()), **{k: counts.get(k, 0) for k in KINDS}}
    flagged = [{"id": r.id, "flags": list(r.flags), "note": r.note} for r in rules if r.flags]
    return {"total": len(rules), "countries": table, "flagged": flagged}


def render(report: dict) -> str:
    head = f"{'CC':<4}{'total':>6}" + "".join(f"{_SHORT[k]:>6}" for k in KINDS)
    lines = [head, "-" * len(head)]
    for code, row in report["countries"].items():
        lines.append(f"{code:<4}{row['total']:>6}" + "".join(f"{row[k]:>6}" for k in KINDS))
    lines += ["-" * len(head), f"{report['total']} rules; legend: " +
              ", ".join(f"{v}={k}" for k, v in _SHORT.items()), "", f"Flagged rules ({len(report['flagged'])}):"]
    lines += [f"  {f['id']} [{', '.join(f['flags'])}]: {f['note']}" for f in report["flagged"]]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    report = coverage()
    print(json.dumps(report, ensure_ascii=False, indent=2) if "--json" in argv else render(report))
    return 0
