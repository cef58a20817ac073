"""Deterministic stand-ins for retrieval and rules, over the REAL parsed corpus.

Used by unit tests and by ``python -m assistant --fake`` so the pipeline can be exercised without the
embedding model. ``KeywordRetriever`` ranks real chunks by stem overlap (hard country filter, soft
topic boost, like the real one); ``TableRouter`` turns the reviewed rule files into Facts and has two
toy calculators so follow-ups that change an amount or a date can be tested.
"""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from assistant import countries
from assistant.models import Chunk, Citation, Evidence, Fact
from assistant.pipeline.protocols import RouteOutcome, RuleCall, RuleState
from assistant.pipeline.term_weights import query_terms, stems

_RULES_DIR = Path(__file__).resolve().parent.parent / "rules" / "data"


@lru_cache(maxsize=1)
def corpus_chunks() -> tuple[Chunk, ...]:
    from ingest.chunker import chunk_sections
    from ingest.parser import parse_corpus

    return tuple(chunk_sections([s for s in parse_corpus() if s.country != "EU"]))


class FakeResult:
    def __init__(self, evidence: list[Evidence], confidence: float, weak: bool) -> None:
        self.evidence, self.confidence, self.weak = evidence, confidence, weak
        self.countries: list[str] = []
        self.topic_sections: list[str] = []


class KeywordRetriever:
    """Keyword-overlap retrieval over the real chunks; deterministic and fast."""

    def __init__(self, min_overlap: int = 2) -> None:
        self.min_overlap = min_overlap
        self.calls: list[dict] = []
        # like the real index, the chunk's country names are part of what is matched
        self._stems = {c.id: stems(" ".join(countries.get(c.country).names.values()) + " " + c.title + " " + c.text)
                       for c in corpus_chunks()}

    def warm_up(self) -> None:  # same surface as the real retriever
        pass

    def retrieve(self, question: str, *, countries: list[str] | None = None,
                 topic_sections: list[str] | None = None, k: int | None = None) -> FakeResult:
        self.calls.append({"question": question, "countries": countries, "topic_sections": topic_sections})
        topic_sections = topic_sections or []
        terms = query_terms(question, topic_sections)
        scored = []
        for c in corpus_chunks():
            if countries and c.country not in countries:
                continue
            overlap = len(terms & self._stems[c.id])
            boost = 1.5 if c.section in topic_sections else 0.0
            scored.append((overlap + boost, overlap, c))
        scored.sort(key=lambda t: (-t[0], t[2].id))
        top = scored[: k or 5]
        evidence = [Evidence(chunk=c, score=float(s), bm25_rank=i + 1, reasons=[f"overlap={o}"])
                    for i, (s, o, c) in enumerate(top)]
        best = top[0][1] if top else 0
        confidence = min(1.0, best / 8)
        result = FakeResult(evidence, confidence, best < self.min_overlap)
        result.countries = list(countries or [])
        result.topic_sections = topic_sections
        return result


@lru_cache(maxsize=1)
def rule_table() -> dict[str, list[dict]]:
    table: dict[str, list[dict]] = {}
    for path in sorted(_RULES_DIR.glob("*.toml")):
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        table[data["country"]] = data.get("rule", [])
    return table


def _fact(country: str, rule: dict, language: str, value=None, unit=None, name=None, label=None) -> Fact:
    from ingest.parser import sections_by_key

    sec = sections_by_key()[f"{country}:{rule['section']}"]
    cit = Citation(country=country, section=sec.number, title=sec.title, chunk_id=f"rule:{rule['id']}",
                   quote=rule["quote"], url=countries.get(country).url or "", last_updated=sec.last_updated)
    return Fact(name=name or rule["id"], value=rule["value"] if value is None else value,
                unit=unit or rule["unit"], label=label or rule["labels"].get(language, rule["labels"]["en"]),
                citation=cit)


class TableRouter:
    """Facts straight from the rule files, plus toy calculators ('deadline_date', 'fee_share')."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, RuleState]] = []

    def route(self, question: str, state: RuleState) -> RouteOutcome:
        self.calls.append((question, state))
        out = RouteOutcome()
        low = question.lower()
        for code in state.countries:
            every = rule_table().get(code, [])
            rules = [r for r in every if r["section"] in state.topic_sections]
            hits = [r for r in rules if any(k.lower() in low for k in r.get("keywords", []))]
            # a question naming two of a rule's keywords points at it whatever the topic guess was
            strong = [r for r in every if sum(k.lower() in low for k in r.get("keywords", [])) >= 2]
            picked = (strong or hits or [r for r in rules if r.get("primary")])[:2]
            for rule in picked:
                out.facts.append(_fact(code, rule, state.language))
                out.trace.append({"tool": "lookup_rule", "args": {"rule": rule["id"]}})
            if picked and (state.amount is not None or (state.rerun and state.last_call)):
                self._calculate(code, picked[0], state, out)
            elif picked and state.on_date is not None and picked[0]["unit"] in ("day", "week", "month"):
                self._calculate(code, picked[0], state, out)
        return out

    def _calculate(self, code: str, rule: dict, state: RuleState, out: RouteOutcome) -> None:
        last = state.last_call.args if state.last_call else {}
        amount = state.amount if state.amount is not None else last.get("amount")
        start = state.on_date or (date.fromisoformat(last["start"]) if last.get("start") else None)
        if amount is not None:
            args = {"country": code, "rule": rule["id"], "amount": amount}
            value = round(float(amount) * 0.1, 2)
            out.facts.append(_fact(code, rule, state.language, value=value, unit="EUR", name="fee_share",
                                   label="fee_share (test calculator)"))
            out.calls.append(RuleCall("fee_share", args))
            out.trace.append({"tool": "fee_share", "args": args, "result": value})
        elif start is not None:
            days = {"day": 1, "week": 7, "month": 30}.get(rule["unit"], 1) * int(rule["value"])
            args = {"country": code, "rule": rule["id"], "start": start.isoformat()}
            value = (start + timedelta(days=days)).isoformat()
            out.facts.append(_fact(code, rule, state.language, value=value, unit="date", name="deadline_date",
                                   label="deadline_date (test calculator)"))
            out.calls.append(RuleCall("deadline_date", args))
            out.trace.append({"tool": "deadline_date", "args": args, "result": value})
