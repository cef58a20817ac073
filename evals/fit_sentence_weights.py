"""Fit the composer's sentence-score weights on the dev split's evidence quotes.

    python -m evals.fit_sentence_weights [--validate-from 560] [--l2 1.0] [--json]

The composer quotes the best-scoring sentences of the retrieved sections; each candidate's score is a
weighted sum of terms (``SentenceWeights`` + ``semantic_weight``). This runs the real pipeline over the
dev cases turn by turn, keeps every candidate with its terms, marks those that contain one of the turn's
golden evidence quotes, and fits the weights by pairwise logistic regression (a quoted sentence should
outscore each one that is not), pulled towards the hand-set values by an L2 term so that scarce evidence
does not move a weight far.

Cases from ``--validate-from`` on are left out of the fit and reported apart: a fit is only worth taking
if it also ranks better on cases it never saw. Only dev cases are read; test and holdout never are.
It prints both weight sets and, per part, how often a golden sentence is among the top ``limit`` picks.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass

import numpy as np

import assistant.settings  # noqa: F401  (offline environment first)
from assistant.settings import SentenceWeights, get_settings

FEATURES = [*SentenceWeights.model_fields, "semantic"]


@dataclass
class Candidates:
    """One ``best_sentences`` call: its candidates' terms and which of them quote the golden evidence."""

    case_id: str
    limit: int
    x: np.ndarray  # (n, len(FEATURES))
    gold: np.ndarray  # (n,) bool


def collect(case_ids: set[str] | None = None) -> list[Candidates]:
    """Run the default pipeline over dev and record every sentence-selection call."""
    from assistant.cli import make_assistant
    from assistant.pipeline import composer
    from evals.golden_schema import load_qa

    calls: list[tuple[int, list]] = []
    original = composer.best_sentences

    def recording(question, evidence, topic_sections, *, limit=3, **kw):
        every = original(question, evidence, topic_sections, limit=10_000, per_chunk=10_000, **kw)
        calls.append((limit, [(s.text, evidence[s.evidence_index].chunk.country, s.features) for s in every]))
        return original(question, evidence, topic_sections, limit=limit, **kw)

    composer.best_sentences = recording
    try:
        assistant = make_assistant(False)
        assistant.warm_up()
        out: list[Candidates] = []
        for case in load_qa():
            if case.split != "dev" or (case_ids is not None and case.id not in case_ids):
                continue
            session = assistant.new_session()
            for turn in case.turns:
                calls.clear()
                assistant.ask(session, turn.question)
                quotes = [(e.country, e.quote) for e in turn.evidence]
                if turn.abstain or not quotes:
                    continue
                for limit, cands in calls:
                    gold = np.array([any(c == country and q in text for c, q in quotes) for text, country, _ in cands])
                    if not cands or not gold.any() or gold.all():
                        continue
                    x = np.array([[f.get(name, 0.0) for name in FEATURES] for _, _, f in cands])
                    out.append(Candidates(case.id, limit, x, gold))
        return out
    finally:
        composer.best_sentences = original


def top_hit(data: list[Candidates], w: np.ndarray) -> float:
    """Share of calls where a golden sentence is among the ``limit`` best by score. A proxy: the composer
    also takes its lead from the top chunk, caps sentences per chunk and adds a near-tie, which this
    ranking by score alone does not."""
    if not data:
        return float("nan")
    hits = 0
    for d in data:
        order = np.argsort(-(d.x @ w), kind="stable")
        hits += bool(d.gold[order[:d.limit]].any())
    return hits / len(data)


def fit(data: list[Candidates], w0: np.ndarray, l2: float, steps: int = 3000, lr: float = 0.05) -> np.ndarray:
    """Pairwise logistic regression (each golden sentence against each other candidate of its call),
    each call weighing the same, with ``l2`` × ||w - w0||² keeping the weights near the hand-set ones."""
    diffs, weights = [], []
    for d in data:
        pos, neg = d.x[d.gold], d.x[~d.gold]
        pairs = (pos[:, None, :] - neg[None, :, :]).reshape(-1, d.x.shape[1])
        diffs.append(pairs)
        weights.append(np.full(len(pairs), 1.0 / len(pairs)))
    diff, pw = np.concatenate(diffs), np.concatenate(weights)
    pw = pw / pw.sum()
    w = w0.copy()
    for _ in range(steps):
        margin = diff @ w
        grad = -(diff * (pw * (1.0 / (1.0 + np.exp(np.clip(margin, -50, 50)))))[:, None]).sum(0)
        grad += 2 * l2 * (w - w0)
        w -= lr * grad
    return w


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evals.fit_sentence_weights", description=__doc__.splitlines()[0])
    ap.add_argument("--validate-from", type=int, default=560, help="dev cases q-NNN from this number on are not fitted")
    ap.add_argument("--l2", type=float, default=0.01, help="pull towards the hand-set weights")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    settings = get_settings()
    w0 = np.array([*settings.composer.sentence_weights.model_dump().values(), settings.composer.semantic_weight])
    data = collect()
    train = [d for d in data if int(d.case_id[2:]) < args.validate_from]
    held = [d for d in data if int(d.case_id[2:]) >= args.validate_from]
    w = fit(train, w0, args.l2)
    result = {
        "calls": {"fit": len(train), "validate": len(held)},
        "weights": {"hand_set": dict(zip(FEATURES, np.round(w0, 3).tolist())),
                    "fitted": dict(zip(FEATURES, np.round(w, 3).tolist()))},
        "top_hit": {"hand_set": {"fit": top_hit(train, w0), "validate": top_hit(held, w0)},
                    "fitted": {"fit": top_hit(train, w), "validate": top_hit(held, w)}},
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"calls: fit {len(train)}, validate {len(held)} (q-{args.validate_from:03d} on)")
    print(f"{'term':<12} {'hand-set':>9} {'fitted':>9}")
    for name, a, b in zip(FEATURES, w0, w):
        print(f"{name:<12} {a:>9.3f} {b:>9.3f}")
    for name, part in result["top_hit"].items():
        print(f"golden sentence in the picks, {name}: fit {part['fit']:.3f}, validate {part['validate']:.3f}")
    print("env: " + " ".join(f"EA_COMPOSER__SENTENCE_WEIGHTS__{n.upper()}={v:.3f}" for n, v in zip(FEATURES[:-1], w))
          + f" EA_COMPOSER__SEMANTIC_WEIGHT={w[-1]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
