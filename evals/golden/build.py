"""Build retrieval.jsonl and qa.jsonl from the hand-written sources and print the counts.

    python -m evals.golden.build          # rewrite both files, then print counts
    python -m evals.golden.build --check  # only print counts of the committed files

The questions, expected countries/sections and quotes are written by hand in ``_retrieval_src.py`` and
``_qa_src.py``. This script only numbers the cases (in source order), assigns the split and serialises.

Split rule (deterministic, stratified): retrieval cases are grouped by language, QA cases by kind; within
a group, cases in id order alternate dev, test, dev, test … (the first of each group is dev). A QA case
written with an explicit ``split`` (all cases after q-241 are pinned to dev), or a retrieval row with a
7th element (all rows after r-185 are pinned to dev), keeps it and is left out of the alternation, so
adding cases never moves an existing case between dev and test.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from assistant.jsonl import jsonl_line
from evals.golden_schema import QA_PATH, RETRIEVAL_PATH, load_qa, load_retrieval

HERE = Path(__file__).parent


def _alternate(keys: list[str]) -> list[str]:
    seen: dict[str, int] = defaultdict(int)
    out = []
    for k in keys:
        out.append("dev" if seen[k] % 2 == 0 else "test")
        seen[k] += 1
    return out


def build_retrieval() -> list[dict]:
    from evals.golden._retrieval_src import R

    rows = []
    for n, src in enumerate(R, 1):
        lang, country, sections, style, question, evidence, *pinned = src
        rows.append({
            "id": f"r-{n:03d}", "question": question, "language": lang, "country": country,
            "sections": list(sections), "evidence": [{"section": s, "quote": q} for s, q in evidence],
            "style": style, "split": pinned[0] if pinned else "",
        })
    free = [r for r in rows if not r["split"]]  # pinned rows stay out of the alternation
    for row, split in zip(free, _alternate([r["language"] for r in free]), strict=True):
        row["split"] = split
    return rows


def build_qa() -> list[dict]:
    from evals.golden._qa_src import CASES

    rows = []
    for n, case in enumerate(CASES, 1):
        notes = case.get("notes", "")
        turns = []
        for t in case["turns"]:
            t = dict(t)
            context = t.pop("_context", [])
            if context:
                ctx = " ".join(f"Corpus context ({e['country']} {e['section']}): «{e['quote']}»." for e in context)
                notes = f"{notes} {ctx}".strip()
            turns.append(t)
        rows.append({"id": f"q-{n:03d}", "kind": case["kind"], "language": case["language"],
                     "split": case.get("split", ""), "turns": turns, "notes": notes})
    free = [r for r in rows if not r["split"]]  # pinned cases stay out of the alternation
    for row, split in zip(free, _alternate([r["kind"] for r in free]), strict=True):
        row["split"] = split
    return rows


def _write(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.writelines(jsonl_line(r) for r in rows)


def _table(title: str, counter: Counter, total: int) -> list[str]:
    lines = [f"{title}:"]
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        lines.append(f"  {k:<14} {v:>4}  ({100 * v / total:4.1f} %)")
    return lines


def counts() -> str:
    ret, qa = load_retrieval(), load_qa()
    out = [f"retrieval.jsonl: {len(ret)} questions"]
    out += _table("language", Counter(r.language for r in ret), len(ret))
    out += _table("split", Counter(r.split for r in ret), len(ret))
    out += _table("style", Counter(r.style for r in ret), len(ret))
    out.append("language x split: " + ", ".join(
        f"{lang} {c['dev']}/{c['test']}" for lang, c in sorted(
            {lang: Counter(r.split for r in ret if r.language == lang) for lang in {r.language for r in ret}}.items())))
    per_country = Counter(r.country for r in ret)
    out.append("per country: " + " ".join(f"{k}={v}" for k, v in sorted(per_country.items())))
    per_section = Counter(s for r in ret for s in r.sections)
    out.append("per acceptable section: " + " ".join(f"{k}={v}" for k, v in sorted(per_section.items())))
    out.append("")
    out.append(f"qa.jsonl: {len(qa)} cases, {sum(len(c.turns) for c in qa)} turns")
    out += _table("kind", Counter(c.kind for c in qa), len(qa))
    out += _table("language", Counter(c.language for c in qa), len(qa))
    out += _table("split", Counter(c.split for c in qa), len(qa))
    out.append("kind x split: " + ", ".join(
        f"{k} {c['dev']}/{c['test']}" for k, c in sorted(
            {k: Counter(x.split for x in qa if x.kind == k) for k in {x.kind for x in qa}}.items())))
    cc = Counter(c for case in qa for t in case.turns for c in t.countries)
    out.append("expected-country mentions (turns): " + " ".join(f"{k}={v}" for k, v in sorted(cc.items())))
    mentioned = Counter(c for case in qa for t in case.turns for c in t.mentioned_countries)
    out.append("abstentions naming a country: " + " ".join(f"{k}={v}" for k, v in sorted(mentioned.items())))
    out.append(f"clarify turns: {sum(t.clarify for c in qa for t in c.turns)}")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only print the counts of the existing files")
    args = ap.parse_args()
    if not args.check:
        _write(RETRIEVAL_PATH, build_retrieval())
        _write(QA_PATH, build_qa())
    print(counts())


if __name__ == "__main__":
    main()
