"""The CLI is thin; these tests drive it in-process with the keyword retriever (--fake)."""

import io
import json

import pytest

from assistant.cli import main

pytestmark = pytest.mark.unit


def run(argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    code = main(["--fake", *argv], stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_ask_json():
    code, out, _ = run(["ask", "Hvor længe gælder et udlæg i Sverige?", "--json"])
    reply = json.loads(out)
    assert code == 0 and reply["citations"] and reply["citations"][0]["country"] == "SE"
    assert "debug" not in reply


def test_ask_country_flag_and_markdown():
    code, out, _ = run(["ask", "Hvor længe gælder et udlæg?", "--country", "SE"])
    assert code == 0 and "Sverige" in out and "Kilder:" in out


def test_chat_keeps_the_session():
    code, out, _ = run(["chat"], stdin="Hvor længe gælder et udlæg i Belgien?\nOg i Sverige?\n/quit\n")
    assert code == 0
    assert "**Belgien**" in out and "**Sverige**" in out


def test_batch_with_malformed_lines(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "a", "turns": ["Hvor længe gælder et udlæg i Belgien?", "Og i Sverige?"]}),
        "{not json",
        json.dumps({"id": "b", "turns": "not a list"}),
        json.dumps(["x"]),
        "",
        json.dumps({"id": "c", "turns": ["Hvordan fuldbyrdes en dom i Danmark?"]}),
    ]), encoding="utf-8")
    dst = tmp_path / "out" / "replies.jsonl"
    code, _, err = run(["batch", str(src), str(dst)])
    assert code == 0, err
    rows = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert [r.get("id") for r in rows] == ["a", None, None, None, "c"]
    assert [r.get("line") for r in rows if "error" in r] == [2, 3, 4]
    a = rows[0]["replies"]
    assert len(a) == 2 and a[1]["citations"][0]["country"] == "SE"  # turns share one conversation
    assert rows[-1]["replies"][0]["abstained"] is True
    assert not list(dst.parent.glob(".replies.jsonl.*"))  # no temp file left behind


def test_batch_unreadable_input_fails(tmp_path):
    code, _, err = run(["batch", str(tmp_path / "missing.jsonl"), str(tmp_path / "o.jsonl")])
    assert code != 0 and "cannot read" in err


def test_batch_unwritable_output_fails(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "turns": ["Hej"]}), encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(["batch", str(src), str(blocker / "out.jsonl")])
    assert code != 0 and "cannot write" in err
