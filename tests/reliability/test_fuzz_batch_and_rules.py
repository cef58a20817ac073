"""Malformed ``batch`` files (the real CLI on temp files) and calculators at the edges of their ranges."""

from __future__ import annotations

import io
import json
import os
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings as hsettings, strategies as st

from assistant.cli import main
from assistant.models import Reply
from assistant.rules import RuleInputError, call_tool, load_rules
from assistant.rules import calculators as calc
from assistant.rules.parsing import parse_amounts, parse_arguments, parse_dates

pytestmark = pytest.mark.unit

GOOD = {"id": "good", "turns": ["Hvor længe gælder et udlæg i Sverige?", "Og i Belgien?"]}
MALFORMED = [
    "{not json",                                          # invalid JSON
    '{"id": 1, "turns": "Hvor længe?"}',                  # turns not a list
    '{"id": 2}',                                          # turns missing
    '{"id": 3, "turns": [1, 2, null]}',                   # wrong types inside
    '{"id": 4, "turns": [["nested"]]}',
    '["not", "an", "object"]',
    "42", "null", '"a string"', "true",
    '{"id": 5, "turns": ["x"]',                           # truncated
    '{"id": 6, "turns": ["' + "x" * 300_000 + '"',        # huge and truncated
    "\ufeff{\"id\": 7}",                                  # BOM in mid-file, then object without turns
    '{"id": 8, "turns": ["a", 1]}',
    "NaN", "[" * 50_000 + "]" * 50_000,                   # deep nesting (RecursionError inside json)
]


def _run_batch(tmp_path, body: bytes, name="in.jsonl"):
    src, dst = tmp_path / name, tmp_path / "out" / "replies.jsonl"
    src.write_bytes(body)
    out, err = io.StringIO(), io.StringIO()
    code = main(["--fake", "batch", str(src), str(dst)], stdin=io.StringIO(), stdout=out, stderr=err)
    return code, dst, err.getvalue()


def _rows(dst):
    return [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]


def test_unicode_line_separators_stay_inside_one_reply_line(tmp_path):
    """U+0085/U+2028/U+2029 are legal raw in JSON strings but line breaks for str.splitlines():
    the batch output escapes them, so every reader sees one reply per line."""
    lines = [json.dumps({"id": sep, "turns": [f"Hvor{sep}længe gælder udlæg i Sverige?"]}) for sep in ("\x85", "\u2028", "\u2029")]
    code, dst, err = _run_batch(tmp_path, "\n".join(lines).encode("utf-8"))
    assert code == 0, err
    rows = _rows(dst)  # splitlines()-based on purpose
    assert [r["id"] for r in rows] == ["\x85", "\u2028", "\u2029"]
    assert all(len(r["replies"]) == 1 for r in rows)


def test_every_malformed_line_is_reported_and_the_rest_answered(tmp_path):
    lines = [json.dumps(GOOD)] + MALFORMED + [json.dumps({**GOOD, "id": "last", "country": ["SE"]})]
    code, dst, err = _run_batch(tmp_path, "\n".join(lines).encode("utf-8"))
    assert code == 0, err
    rows = _rows(dst)
    answered = [r for r in rows if "replies" in r]
    errors = [r for r in rows if "error" in r]
    # which lines are malformed is decided by the contract: a dict with a list of strings in "turns"
    assert [r["id"] for r in answered] == ["good", "last"]
    assert [r["line"] for r in errors] == list(range(2, 2 + len(MALFORMED)))
    assert all(isinstance(r["error"], str) and len(r["error"]) <= 300 for r in errors)
    for r in answered:
        assert len(r["replies"]) == 2
        for rep in r["replies"]:
            Reply.model_validate(rep)
    assert {c["country"] for c in answered[0]["replies"][1]["citations"]} == {"BE"}  # one session per line
    assert "2 conversations answered, %d malformed lines" % len(MALFORMED) in err
    assert not [p for p in dst.parent.iterdir() if p.name != dst.name]  # no temp file left


def test_binary_garbage_and_invalid_utf8(tmp_path):
    body = (json.dumps(GOOD).encode() + b"\n" + os.urandom(2048).replace(b"\n", b"") + b"\n"
            + b"\xff\xfe\x00\x00{\"id\": 1}\n" + b"\x00" * 1000 + b"\n" + json.dumps({**GOOD, "id": "z"}).encode())
    code, dst, err = _run_batch(tmp_path, body)
    assert code == 0, err
    rows = _rows(dst)
    assert [r.get("id") for r in rows if "replies" in r] == ["good", "z"]
    assert [r["line"] for r in rows if "error" in r] == [2, 3, 4]


def test_line_numbers_are_physical_lines(tmp_path):
    """U+2028/U+2029/\\x85 are legal inside JSON strings: they must not split a line (nor shift the numbers
    of the lines after it); a leading BOM and CRLF endings are accepted."""
    first = json.dumps({"id": "u", "turns": ["Hvor længe gælder et udlæg\u2028i Sverige?\u2029\x85"]},
                       ensure_ascii=False)
    body = "\ufeff" + first + "\r\n{bad\r\n" + json.dumps({**GOOD, "id": "w"}) + "\r\n"
    code, dst, err = _run_batch(tmp_path, body.encode("utf-8"))
    assert code == 0, err
    rows = _rows(dst)
    assert [r.get("id") for r in rows] == ["u", None, "w"] and rows[1]["line"] == 2
    assert {c["country"] for c in rows[0]["replies"][0]["citations"]} == {"SE"}


def test_hostile_turn_text_inside_valid_lines(tmp_path):
    turns = ["\x00" * 10, "x" * 100_000, "<script>alert(1)</script>", "\u202eSverige", "😀" * 500, "", " "]
    code, dst, err = _run_batch(tmp_path, json.dumps({"id": "h", "turns": turns}).encode())
    assert code == 0, err
    (row,) = _rows(dst)
    assert len(row["replies"]) == len(turns)
    for rep in row["replies"]:
        r = Reply.model_validate(rep)
        assert "<script" not in r.text and "\x00" not in r.text


_line = st.one_of(
    st.binary(max_size=200).map(lambda b: b.replace(b"\n", b"").replace(b"\r", b"")),
    st.text(max_size=200).map(lambda t: t.replace("\n", " ").replace("\r", " ").encode("utf-8", "replace")),
    st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                 lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children,
                                                                                  max_size=4),
                 max_leaves=10).map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({"id": st.integers() | st.text(max_size=10) | st.none(),
                           "turns": st.lists(st.text(max_size=40), max_size=2)}).map(
        lambda v: json.dumps(v).encode()),
)


@hsettings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(junk=st.lists(_line, min_size=1, max_size=6))
@example(junk=[b'{"id": "\\u0085", "turns": []}'])  # found by the fuzzer: NEL in an id split a reply line
def test_fuzz_batch_lines(tmp_path_factory, junk):
    tmp = tmp_path_factory.mktemp("batch")
    body = json.dumps(GOOD).encode() + b"\n" + b"\n".join(junk) + b"\n" + json.dumps({**GOOD, "id": "tail"}).encode()
    code, dst, err = _run_batch(tmp, body)
    assert code == 0, err
    rows = _rows(dst)
    assert rows[0]["id"] == "good" and rows[-1]["id"] == "tail" and len(rows[-1]["replies"]) == 2
    for r in rows:  # every non-blank line is either answered or reported with its line number
        assert ("replies" in r) != ("error" in r)
        for rep in r.get("replies", []):
            Reply.model_validate(rep)


# ---- calculators ----------------------------------------------------------------------------------

_dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
_edge_dates = st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(9999, 12, 1), date(2024, 2, 29),
                               date(2100, 2, 28), date(1900, 2, 28), date(2023, 1, 31)])
_ints = st.integers(min_value=-10**6, max_value=10**6) | st.sampled_from([0, -1, 2**31, 2**63, -2**63, 10**100])
_units = st.sampled_from(["day", "working_day", "week", "month", "year", "days", "", "fortnight", "DAY"])
_money = (st.decimals(allow_nan=True, allow_infinity=True)
          | st.sampled_from([Decimal("1e12"), Decimal("1e12") + 1, Decimal("-0.01"), Decimal("0"), Decimal("1e-30"),
                             Decimal("9" * 60), "1.000,50", "abc", "", None, float("nan"), -1, 10**40])
          | st.floats(allow_nan=True, allow_infinity=True))
_EXPECTED = (RuleInputError,)


def _only_rule_errors(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except RuleInputError:
        return None


@hsettings(max_examples=150, deadline=None)
@given(start=_dates | _edge_dates | st.sampled_from(["2024-02-30", "0000-01-01", "9999-12-32", "", "x", "2024-2-1"]),
       amount=_ints, unit=_units)
def test_add_period_edges(start, amount, unit):
    res = _only_rule_errors(calc.add_period, start, amount, unit)
    if res is not None:
        assert res.end >= res.start and 0 < res.amount <= 366 * calc.MAX_YEARS


@hsettings(max_examples=120, deadline=None)
@given(net=_money, share=st.sampled_from(["1/3", "0", "1", "1/2", "0.5", "2/3", "1/10"]), protected=_money)
def test_garnishment_edges(net, share, protected):
    res = _only_rule_errors(calc.garnishment_share, net, share, protected)
    if res is not None:
        assert Decimal(0) <= res.seizable if hasattr(res, "seizable") else True


@hsettings(max_examples=120, deadline=None)
@given(amount=_money, rate=st.sampled_from(["0", "0.5", "5", "10", "100", "1.25"]),
       lo=st.none() | st.sampled_from([Decimal("0"), Decimal("26"), Decimal("1e12")]),
       hi=st.none() | st.sampled_from([Decimal("0"), Decimal("500"), Decimal("1e12")]))
def test_fee_rate_edges(amount, rate, lo, hi):
    """User amounts at every edge; the rate and bounds are what the reviewed rule tables hold."""
    res = _only_rule_errors(calc.fee_rate, amount, rate, lo, hi)
    if res is not None:
        assert res.fee >= 0


_RULES = sorted(load_rules())


@hsettings(max_examples=150, deadline=None)
@given(rule=st.sampled_from(_RULES) | st.text(max_size=20),
       tool=st.sampled_from(["compute_deadline", "compute_garnishment", "compute_fee", "lookup_rule", "nope"]),
       start=st.dates().map(str) | st.text(max_size=12), money=_money.map(str), deps=_ints)
def test_call_tool_edges(rule, tool, start, money, deps):
    """Any rule with any arguments through the LangChain tool surface: Facts or RuleInputError."""
    args = {"rule_id": rule, "start_date": start, "net_pay": money, "amount": money, "minimum_wage": money,
            "dependants": deps, "reference_wage": money}
    facts = _only_rule_errors(call_tool, tool, args)
    for f in facts or []:
        assert f.citation.quote


@hsettings(max_examples=150, deadline=None)
@given(text=st.text(max_size=120) | st.builds(
    "{} {} {}".format, st.sampled_from(["beløbet er", "løn", "krav på", "fra", "den", "€"]),
    st.from_regex(r"[0-9., \u00a0]{1,60}", fullmatch=True), st.sampled_from(["EUR", "kr", "", "2024", "år"])))
def test_parsers_never_raise(text):
    parse_dates(text)
    parse_amounts(text)
    parse_arguments(text)


@pytest.mark.parametrize("fn, args", [
    (calc.add_period, ("2024-01-01", 10**9, "day")),
    (calc.add_period, ("2024-01-01", 101, "year")),
    (calc.add_period, ("9999-12-31", 1, "day")),
    (calc.add_period, ("2024-01-01", 0, "day")),
    (calc.add_period, ("2024-01-01", -5, "month")),
    (calc.fee_rate, (Decimal("1e13"), 5)),
    (calc.fee_rate, (Decimal("-1"), 5)),
    (calc.fee_rate, (Decimal("NaN"), 5)),
    (calc.garnishment_share, (Decimal("Infinity"), "1/3")),
])
def test_absurd_ranges_are_refused(fn, args):
    with pytest.raises(RuleInputError):
        fn(*args)
