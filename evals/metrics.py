"""Pure scoring functions for the QA evals: one golden ``Turn`` + one ``Reply`` → per-turn checks.

Everything here is deterministic and model-free so it can be unit-tested with hand-made Replies
(``tests/evals/test_metrics.py``). The runner (``evals/runner.py``) only produces Replies and
aggregates what ``score_turn`` returns.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import date

from assistant.models import Citation, Reply
from evals.golden_schema import Number, Turn

K = 5  # section Recall@k of retrieval

# Unit words a number may be followed by. Prefix match (regex stems) so inflections count too:
# "uger", "ugers", "veckor", "dagar", "måneders", "years'" … Keys are the golden units.
UNIT_WORDS: dict[str, str] = {
    "day": r"dag|day|døgn|dygn",
    # "tre arbejdsdage" is not three days: a working day is its own unit
    "working_day": r"arbejdsdag|arbeidsdag|virkedag|arbetsdag|hverdag|vardag|bankdag|working day|business day",
    "week": r"uge|uke|veck|week",
    "month": r"måned|månad|month|mdr|mån",
    "year": r"år|year|yr",
    "percent": r"%|procent|prosent|percent|per cent|pct",
    "EUR": r"eur|euro|€",
}
# Number words the corpus and replies use ("tre uger", "ti år"); only small integers are ever spelled.
NUMBER_WORDS: dict[str, int] = {
    w: n for n, words in {
        1: "en et ett ein one", 2: "to två two", 3: "tre three", 4: "fire fyra four", 5: "fem five",
        6: "seks sex six", 7: "syv sju seven", 8: "otte åtte åtta eight", 9: "ni nio nine",
        10: "ti tio ten", 11: "elleve elva eleven", 12: "tolv twelve", 14: "fjorten fourteen",
        15: "femten femton fifteen", 20: "tyve tjue tjugo twenty", 30: "tredive tretti trettio thirty",
    }.items() for w in words.split()
}
MONTHS: dict[str, int] = {}
for _names in ("januar februar marts april maj juni juli august september oktober november december",
               "januar februar mars april mai juni juli august september oktober november desember",
               "januari februari mars april maj juni juli augusti september oktober november december",
               "january february march april may june july august september october november december"):
    for _i, _m in enumerate(_names.split(), start=1):
        MONTHS[_m] = _i
        MONTHS.setdefault(_m[:3], _i)  # abbreviated: "22 mar. 2024", "Sep 1, 2024"

_NUM = r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


def norm(text: str) -> str:
    """Lower-case, NFC, markdown emphasis removed, every whitespace run (incl. no-break) → one space."""
    text = unicodedata.normalize("NFC", text).replace("**", "").replace("__", "")
    return re.sub(r"\s+", " ", text).strip().lower()


def _parse_number(token: str) -> set[float]:
    """All values a written number may denote: "2 400", "2.400", "2,5" and "2.5" are all understood."""
    t = re.sub(r"[ \u00a0\u202f]", "", token)
    out: set[float] = set()
    for dec, thou in ((",", "."), (".", ",")):
        s = t.replace(thou, "")
        if s.count(dec) <= 1:
            try:
                out.add(float(s.replace(dec, ".")))
            except ValueError:
                pass
    return out


# ------------------------------------------------------------------------------------- citations
def cited_pairs(reply: Reply) -> set[tuple[str, str]]:
    """(country, section) of every citation, including those attached to Facts."""
    return {(c.country, c.section) for c in all_citations(reply)}


def all_citations(reply: Reply) -> list[Citation]:
    return list(reply.citations) + [f.citation for f in reply.facts]


def _covers(turn: Turn, pairs: Iterable[tuple[str, str]]) -> bool:
    """True when every expected country has at least one acceptable (country, section) among ``pairs``."""
    want = set(turn.section_pairs())
    got = set(pairs) & want
    return all(any(c == country for c, _ in got) for country in turn.countries)


def citation_hit(turn: Turn, reply: Reply) -> bool | None:
    """None for turns that should not be answered; comparisons need every expected country cited."""
    if turn.abstain or turn.clarify:
        return None
    return _covers(turn, cited_pairs(reply))


def citation_precision(turn: Turn, reply: Reply) -> float | None:
    """Share of the distinct cited (country, section) pairs that are acceptable for the turn.

    A diagnostic without a target: it counts a supporting neighbour section (e.g. the appeal section
    quoted beside the answer) as imprecise, so it is a lower bound. It exists so that a change which
    raises citation hit by quoting more sections shows its cost. None for unanswered turns.
    """
    if turn.abstain or turn.clarify:
        return None
    pairs = cited_pairs(reply)
    if not pairs:
        return None
    return len(pairs & set(turn.section_pairs())) / len(pairs)


def retrieved_topk(reply: Reply, k: int = K) -> list[tuple[str, str]]:
    """Top-k (country, section) of each retrieval in ``debug["retrieval"]``.

    The pipeline retrieves once per country ([{"country", "evidence": [{"section", …}]}]), so a
    comparison gets k per country; an evidence row may carry its own "country" (the baseline's one
    unfiltered search does).
    """
    out: list[tuple[str, str]] = []
    for group in (reply.debug or {}).get("retrieval") or []:
        for ev in (group.get("evidence") or [])[:k]:
            out.append((ev.get("country") or group.get("country"), str(ev.get("section"))))
    return out


def recall_at_k(turn: Turn, reply: Reply, k: int = K) -> bool | None:
    if turn.abstain or turn.clarify:
        return None
    return _covers(turn, retrieved_topk(reply, k))


def quotes_text(reply: Reply) -> str:
    return "\n".join(c.quote for c in all_citations(reply))


def missing_terms(turn: Turn, reply: Reply) -> list[str]:
    """must_include terms absent (case/whitespace-insensitive) from the text and the cited quotes."""
    hay = norm(reply.text + "\n" + quotes_text(reply))
    return [t for t in turn.must_include if norm(t) not in hay]


# --------------------------------------------------------------------------------------- numbers
_UNIT_ALIASES = {"working_days": "working_day", "days": "day", "weeks": "week", "months": "month", "years": "year", "%": "percent",
                 "pct": "percent", "euro": "EUR", "eur": "EUR", "€": "EUR", "iso_date": "date"}


def _unit(u: str) -> str:
    return _UNIT_ALIASES.get(u.strip().lower(), _UNIT_ALIASES.get(u.strip(), u.strip()))


def _same_value(a: object, b: object) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < 1e-6
    if isinstance(b, str) and isinstance(a, (int, float)):
        return float(a) in _parse_number(b) if re.fullmatch(_NUM, b.strip()) else False
    return str(a).strip()[:10] == str(b).strip()[:10]


def fact_states(number: Number, reply: Reply) -> bool:
    """A Fact with equal value and (normalised) unit."""
    return any(_unit(f.unit).lower() == _unit(number.unit).lower() and _same_value(number.value, f.value)
               for f in reply.facts)


def dates_in(text: str) -> set[date]:
    """ISO dates and the usual da/nb/sv/en forms: 22. marts 2024, 22 March 2024, March 22, 2024, 22.3.2024."""
    t = norm(text)
    found: set[date] = set()

    def add(y: str, m: int | None, d: str) -> None:
        try:
            if m:
                found.add(date(int(y), m, int(d)))
        except ValueError:
            pass

    for y, m, d in re.findall(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", t):
        add(y, int(m), d)
    for d, m, y in re.findall(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b", t):
        add(y, int(m), d)
    for d, name, y in re.findall(r"\b(\d{1,2})\.? ([a-zæøå]+)\.? (\d{4})\b", t):
        add(y, MONTHS.get(name), d)
    for name, d, y in re.findall(r"\b([a-z]+)\.? (\d{1,2}),? (\d{4})\b", t):
        add(y, MONTHS.get(name), d)
    return found


def _numbers_with_unit(text: str, unit: str) -> set[float]:
    """Values written right before a unit word (or after it for currencies: "EUR 800", "€800")."""
    t = norm(text)
    stem = UNIT_WORDS.get(unit, re.escape(unit.lower()))
    words = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    out: set[float] = set()
    for tok in re.findall(rf"(?<![\w.,])({_NUM}|{words}) ?-?(?:{stem})", t):
        out |= {float(NUMBER_WORDS[tok])} if tok in NUMBER_WORDS else _parse_number(tok)
    if unit not in ("day", "working_day", "week", "month", "year", "percent"):  # currency before the amount
        for tok in re.findall(rf"(?:{stem}) ?({_NUM})(?![\d])", t):
            out |= _parse_number(tok)
    return out


def text_states(number: Number, text: str) -> bool:
    if number.unit == "date":
        return date.fromisoformat(str(number.value)) in dates_in(text)
    return float(number.value) in _numbers_with_unit(text, number.unit)  # type: ignore[arg-type]


def off_golden_facts(turn: Turn, reply: Reply) -> list[str]:
    """Stated Facts in the unit of an expected number but with none of the expected values ("2 week" when
    3 weeks are expected): numeric exactness passes when the right number is stated anywhere, so a
    second, wrong figure beside it is counted here (a diagnostic: an intermediate step of a calculation
    in the same unit is counted too)."""
    units = {_unit(n.unit).lower() for n in turn.numbers}
    return [f"{f.name}={f.value} {f.unit}" for f in reply.facts
            if _unit(f.unit).lower() in units
            and not any(_unit(f.unit).lower() == _unit(n.unit).lower() and _same_value(n.value, f.value)
                        for n in turn.numbers)]


def missing_numbers(turn: Turn, reply: Reply) -> list[str]:
    """Expected numbers that are neither a matching Fact nor "<number> <unit word>" in the reply text."""
    return [f"{n.value} {n.unit}" for n in turn.numbers if not (fact_states(n, reply) or text_states(n, reply.text))]


# ----------------------------------------------------------------------------------- groundedness
def unsupported_citations(reply: Reply, sections: Mapping[str, object]) -> list[str]:
    """Citations whose quote is not verbatim inside the cited country+section text.

    ``sections`` is ``ingest.parser.sections_by_key()`` ("SE:5" → Section with ``.text``). Strict
    substring on purpose: a citation is a promise that these exact words are in that section.
    """
    bad = []
    for c in all_citations(reply):
        section = sections.get(f"{c.country}:{c.section}")
        body = getattr(section, "text", None) if section is not None else None
        if body is None or not c.quote or c.quote not in body:
            bad.append(f"{c.country}:{c.section} «{c.quote[:60]}»")
    return bad


# ------------------------------------------------------------------------------------- one turn
def score_turn(turn: Turn, reply: Reply | None, sections: Mapping[str, object],
               unsupported_numbers: Callable[[Reply], list[str]] | None = None) -> dict:
    """All checks for one turn. Booleans, or None where a check does not apply; ``reasons`` = failures."""
    if reply is None:  # the batch returned an error record for this conversation
        return {"error": True, "reasons": ["no reply (batch error)"], "suspects": ["batch/pipeline error"]}
    answerable = not (turn.abstain or turn.clarify)
    predicted_abstain = reply.abstained and not reply.clarification
    r: dict = {
        "answerable": answerable,
        "citation_hit": citation_hit(turn, reply),
        "citation_precision": citation_precision(turn, reply),
        "recall_at_k": recall_at_k(turn, reply),
        "must_total": len(turn.must_include) if answerable else 0,
        "must_missing": missing_terms(turn, reply) if answerable else [],
        "numbers_missing": missing_numbers(turn, reply) if (answerable and turn.numbers) else [],
        "has_numbers": bool(answerable and turn.numbers),
        "facts_off_golden": off_golden_facts(turn, reply) if (answerable and turn.numbers) else [],
        "expect_abstain": turn.abstain, "abstained": predicted_abstain,
        "expect_clarify": turn.clarify, "clarified": reply.clarification,
        "unsupported_citations": unsupported_citations(reply, sections),
        "n_citations": len(all_citations(reply)),
        "unsupported_numbers": list(unsupported_numbers(reply)) if unsupported_numbers else [],
        "stage": (reply.debug or {}).get("stage"),
        "facts": [f"{f.name}={f.value} {f.unit}" for f in reply.facts],
    }
    reasons = []
    if r["citation_hit"] is False:
        reasons.append(f"citation miss: cited {sorted(cited_pairs(reply))} want {turn.section_pairs()}")
    if r["must_missing"]:
        reasons.append(f"must_include missing {r['must_missing']}")
    if r["numbers_missing"]:
        reasons.append(f"number not stated {r['numbers_missing']}")
    if turn.abstain != predicted_abstain:
        reasons.append("answered, should abstain" if turn.abstain else "abstained, should answer")
    if turn.clarify != reply.clarification:
        reasons.append("did not ask back" if turn.clarify else "asked back unexpectedly")
    if r["unsupported_citations"]:
        reasons.append(f"unsupported citation {r['unsupported_citations'][:2]}")
    if r["unsupported_numbers"]:
        reasons.append(f"unsupported numbers {r['unsupported_numbers'][:5]}")
    if reasons and r["recall_at_k"] is False:  # diagnostic only: points at retrieval as the cause
        reasons.append(f"retrieval@{K} miss: got {retrieved_topk(reply)[:K]}")
    r["reasons"] = reasons
    r["suspects"] = suspects(r) if reasons else []
    return r


def suspects(r: dict) -> list[str]:
    """First guess at the component at fault, from the checks and the pipeline's debug stage.

    A triage aid for the failure list, not a verdict: the golden case itself may be wrong, which only
    reading the case and the corpus can tell.
    """
    out = []
    if r.get("error"):
        return ["batch/pipeline error"]
    if r["expect_abstain"] and not r["abstained"]:
        out.append("abstention (asked back instead)" if r["clarified"] else "abstention (answered)")
    if r["expect_clarify"] and not r["clarified"]:
        out.append("router/understanding (did not ask for the country)")
    if r["answerable"] and r["abstained"]:
        stage = r.get("stage")
        out.append({"weak_evidence": "retrieval (weak evidence, abstained)",
                    "out_of_scope": "router/understanding (judged out of scope)",
                    "uncovered": "router/understanding (judged uncovered country)",
                    "number_not_stated": "composer/stated (judged the figure not stated)",
                    "detail_not_stated": "composer/stated (judged the detail not stated)",
                    "not_understood": "understanding (judged not a question)",
                    "evasion": "understanding (judged a request to evade enforcement)",
                    "injection": "understanding (judged an injection)"}.get(stage, f"abstention ({stage})"))
    elif r["answerable"] and r["clarified"] and not r["expect_clarify"]:
        out.append("router/understanding (asked back unexpectedly)")
    elif r["answerable"]:
        if r["citation_hit"] is False:
            out.append("retrieval" if r["recall_at_k"] is False else "composer (cited the wrong section)")
        if r["numbers_missing"]:
            out.append("router/rules (no/wrong fact)")
        if r["must_missing"] and r["citation_hit"]:
            out.append("composer (sentence selection)")
    if r["unsupported_citations"] or r["unsupported_numbers"]:
        out.append("composer (grounding)")
    return list(dict.fromkeys(out))


# ------------------------------------------------------------------------------------ aggregation
def _rate(values: Iterable[bool | None]) -> tuple[float | None, int]:
    v = [bool(x) for x in values if x is not None]
    return (sum(v) / len(v) if v else None), len(v)


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(q * (len(s) - 1)))))]


def aggregate(rows: list[dict]) -> dict:
    """Metrics over scored turns (each row = score_turn output + "latency_ms" + "kind")."""
    ok = [r for r in rows if not r.get("error")]
    out: dict = {"turns": len(rows), "errors": len(rows) - len(ok)}
    out["citation_hit"], out["n_answerable"] = _rate(r["citation_hit"] for r in ok)
    out["recall_at_5"], _ = _rate(r["recall_at_k"] for r in ok)
    prec = [r["citation_precision"] for r in ok if r.get("citation_precision") is not None]
    out["citation_precision"] = statistics.fmean(prec) if prec else None
    answered = [r for r in ok if r["answerable"] and not r["abstained"] and not r["clarified"]]
    out["citations_per_answer"] = (statistics.fmean(r["n_citations"] for r in answered) if answered else None)
    total = sum(r["must_total"] for r in ok)
    out["must_include"] = (total - sum(len(r["must_missing"]) for r in ok)) / total if total else None
    num = [r for r in ok if r["has_numbers"] and r.get("kind") in ("numeric", "calculation")]
    out["numeric_exact"] = sum(not r["numbers_missing"] for r in num) / len(num) if num else None
    out["n_numeric"] = len(num)
    # stricter: also no stated fact in an expected unit with a value the turn does not expect
    out["numeric_strict"] = (sum(not r["numbers_missing"] and not r.get("facts_off_golden") for r in num) / len(num)
                             if num else None)
    tp = sum(r["expect_abstain"] and r["abstained"] for r in ok)
    fp = sum(not r["expect_abstain"] and r["abstained"] for r in ok)
    fn = sum(r["expect_abstain"] and not r["abstained"] for r in ok)
    out["abstain_precision"] = tp / (tp + fp) if tp + fp else None
    out["abstain_recall"] = tp / (tp + fn) if tp + fn else None
    out["n_abstain"] = tp + fn
    clar = [r for r in ok if r["expect_clarify"] or r["clarified"]]
    out["clarify_accuracy"] = sum(r["expect_clarify"] == r["clarified"] for r in ok) / len(ok) if ok else None
    out["clarify_recall"], out["n_clarify"] = _rate(r["clarified"] for r in ok if r["expect_clarify"])
    out["false_clarify"] = sum(r["clarified"] and not r["expect_clarify"] for r in clar)
    out["unsupported_citations"] = sum(len(r["unsupported_citations"]) for r in ok)
    out["n_citations"] = sum(r["n_citations"] for r in ok)
    out["unsupported_numbers"] = sum(len(r["unsupported_numbers"]) for r in ok)
    lat = [r["latency_ms"] for r in rows if r.get("latency_ms") is not None]
    out["latency_median_ms"] = statistics.median(lat) if lat else None
    out["latency_p95_ms"] = percentile(lat, 0.95)
    return out
