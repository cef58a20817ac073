"""Full-pipeline answerability of the rules: does a question the ROUTER answers end as an answer the user sees?

``assistant.rules.reachability`` words questions from every rule's own data and checks the router only. Here
every such question whose router status is ``hit`` goes through the real pipeline (one fresh session each,
the batch contract's way: ``make_assistant`` + ``ask``) and ends in one of:

- ``stated``: the reply's facts include the rule (or a rule stating the same value and unit) AND its number
  appears in the reply's text;
- ``declined``: the reply abstains or asks back (stage detail_not_stated, number_not_stated, weak_evidence,
  clarify, uncovered, out_of_scope …);
- ``other``: answered, but without the fact (no fact of the rule, or its number missing from the text).

    python -m evals.answerability [--json] [--limit N]

Prints counts overall, per language, per stage and the rules with most failures, and the wall time.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter, defaultdict

import assistant.settings  # noqa: F401  (offline environment before any model library is imported)

STATED, DECLINED, OTHER = "stated", "declined", "other"


def number_forms(rule, language: str) -> list[str]:
    """How the composer writes the rule's figure(s) in ``language`` (composer.format_number; a fraction as is)."""
    from assistant.pipeline.composer import format_number

    forms = []
    for v in (rule.value, rule.value_max):
        if v is None:
            continue
        if isinstance(v, str):
            forms.append(v)
            try:
                f = float(v)
            except ValueError:
                continue
            v = int(f) if f.is_integer() else f
        forms.append(format_number(v, language))
    return forms


def number_in_text(forms: list[str], text: str) -> bool:
    """One of the forms stands alone in the text as a number ("15" not inside "150" or "1,15")."""
    return any(re.search(r"(?<![\d.,/])" + re.escape(f) + r"(?![\d/]|[.,]\d)", text) for f in forms)


def classify(reply, rule, rules: dict) -> tuple[str, str]:
    """(outcome, detail): detail is the stage of a declined reply, else what the answer lacks."""
    stage = (reply.debug or {}).get("stage") or "?"
    if reply.abstained or reply.clarification:
        return DECLINED, stage
    ids = {f.name.split(":")[0] for f in reply.facts}
    given = [rules[i] for i in ids if i in rules]
    if not any(r.id == rule.id or r.same_number(rule) for r in given):
        return OTHER, "no_fact" if not given else "other_fact"
    if not number_in_text(number_forms(rule, reply.language or "en"), reply.text):
        return OTHER, "number_not_in_text"
    return STATED, stage


def hit_questions(limit: int | None = None) -> list[tuple]:
    """(rule, language, question) for every reachability question the router answers with the rule."""
    from assistant.rules.reachability import LANGUAGES, check_rule
    from assistant.rules.schema import load_rules

    out = []
    for rule in sorted(load_rules().values(), key=lambda r: r.id):
        for lang in LANGUAGES:
            out += [(rule, lang, o.question) for o in check_rule(rule, lang) if o.status == "hit"]
    if limit:  # an even spread over rules and languages, not the first few countries
        step = max(1, len(out) // limit)
        out = out[::step][:limit]
    return out


def run(limit: int | None = None, assistant=None) -> dict:
    from assistant.rules.schema import load_rules

    if assistant is None:
        from assistant.cli import make_assistant

        assistant = make_assistant(False)
        assistant.warm_up()
    rules = dict(load_rules())
    t0 = time.perf_counter()
    rows = []
    for rule, lang, q in hit_questions(limit):
        reply = assistant.ask(assistant.new_session(), q)
        outcome, detail = classify(reply, rule, rules)
        rows.append({"rule": rule.id, "language": lang, "question": q, "outcome": outcome, "detail": detail,
                     "answer": reply.text[:300]})
    return summarize(rows, time.perf_counter() - t0)


def summarize(rows: list[dict], seconds: float = 0.0) -> dict:
    def counts(part: list[dict]) -> dict:
        c = Counter(r["outcome"] for r in part)
        n = len(part)
        return {"n": n, **{k: c[k] for k in (STATED, DECLINED, OTHER)},
                "stated_share": round(c[STATED] / n, 3) if n else 0.0}

    by_lang: dict[str, list] = defaultdict(list)
    fails: Counter = Counter()
    for r in rows:
        by_lang[r["language"]].append(r)
        if r["outcome"] != STATED:
            fails[r["rule"]] += 1
    return {
        "overall": counts(rows),
        "by_language": {k: counts(v) for k, v in sorted(by_lang.items())},
        "by_detail": dict(Counter(f"{r['outcome']}:{r['detail']}" for r in rows if r["outcome"] != STATED)
                          .most_common()),
        "top_rules": fails.most_common(25),
        "seconds": round(seconds, 1),
        "rows": rows,
    }


def main(argv: list[str]) -> int:
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    report = run(limit)
    if "--json" in argv:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    o = report["overall"]
    print(f"answerability: stated {o['stated_share']:.3f} ({o[STATED]}/{o['n']} hit questions); "
          f"declined {o[DECLINED]}, other {o[OTHER]}  [{report['seconds']} s]")
    for lang, c in report["by_language"].items():
        print(f"  {lang}: stated {c['stated_share']:.3f} ({c[STATED]}/{c['n']}), declined {c[DECLINED]}, other {c[OTHER]}")
    print("by stage / reason:")
    for k, n in report["by_detail"].items():
        print(f"  {k}: {n}")
    print("rules with most failures:")
    for rule, n in report["top_rules"]:
        print(f"  {rule}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
