"""Command line: ``python -m assistant ask|chat|batch``. Thin: all logic lives in the pipeline.

* ``ask "…" [--json] [--country XX]`` – one question, Markdown (or the Reply as JSON) on stdout.
* ``chat`` – a REPL that keeps one session (follow-ups work); ``/debug`` toggles the staff view.
* ``batch IN.jsonl OUT.jsonl`` – each line ``{"id": …, "turns": ["q1", …]}`` is one conversation;
  each output line is ``{"id": …, "replies": [Reply, …]}``; a malformed line becomes
  ``{"line": N, "error": "…"}`` and the rest is still answered. OUT is written atomically.
  Exit code is non-zero only when IN cannot be read or OUT cannot be written.
``--fake`` answers from the keyword retriever and the rule tables (no embedding model; for demos/tests).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any, TextIO

from assistant.atomic import write_atomic
from assistant.jsonl import jsonl_line
from assistant.pipeline.service import Assistant


def make_assistant(fake: bool = False) -> Assistant:
    """The real stack, or (``fake``) the keyword retriever with the real deterministic rules router."""
    if fake:
        from assistant.pipeline.fakes import KeywordRetriever, TableRouter

        try:
            from assistant.pipeline.rules_adapter import RealRulesRouter

            router = RealRulesRouter()
        except ImportError:  # rules package absent: the toy rule tables still exercise the pipeline
            router = TableRouter()
        return Assistant(retriever=KeywordRetriever(), router=router)
    return Assistant()


def _reply_json(reply: Any, debug: bool) -> dict:
    data = reply.model_dump(mode="json")
    if not debug:
        data.pop("debug", None)
    return data


def cmd_ask(args: argparse.Namespace, assistant: Assistant, out: TextIO) -> int:
    session = assistant.new_session()
    reply = assistant.ask(session, args.question, country=args.country)
    if args.json:
        out.write(json.dumps(_reply_json(reply, args.debug), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(reply.text + "\n")
        if args.debug:
            out.write(json.dumps(reply.debug, ensure_ascii=False, indent=2, default=str) + "\n")
    return 0


def cmd_chat(args: argparse.Namespace, assistant: Assistant, out: TextIO, inp: TextIO) -> int:
    session = assistant.new_session()
    show_debug = args.debug
    from assistant.pipeline.prompts import CLI_BANNER

    out.write(CLI_BANNER + "\n")
    while True:
        out.write("> ")
        out.flush()
        line = inp.readline()
        if not line or line.strip() in ("/quit", "/exit"):
            out.write("\n")
            return 0
        if line.strip() == "/debug":
            show_debug = not show_debug
            continue
        if line.strip() == "/new":
            session = assistant.new_session()
            continue
        for piece in assistant.ask_stream(session, line, country=args.country):
            if isinstance(piece, str):
                out.write(piece)
            elif show_debug:
                out.write("\n" + json.dumps(piece.debug, ensure_ascii=False, indent=2, default=str))
        out.write("\n\n")


def run_batch(assistant: Assistant, lines: list[str], debug: bool = False) -> list[dict]:
    """Answer every conversation; a bad line becomes an error record, never an exception."""
    results: list[dict] = []
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
            if not isinstance(item, dict):
                raise ValueError("line is not a JSON object")
            turns = item.get("turns")
            if not isinstance(turns, list) or not all(isinstance(t, str) for t in turns):
                raise ValueError("'turns' must be a list of strings")
        except (ValueError, json.JSONDecodeError, RecursionError) as exc:  # RecursionError: "[[[[…" nesting
            results.append({"line": n, "error": (str(exc) or type(exc).__name__)[:300]})
            continue
        session = assistant.new_session()
        country = item.get("country") if isinstance(item.get("country"), str) else None
        replies = [_reply_json(assistant.ask(session, t, country=country), debug) for t in turns]
        results.append({"id": item.get("id"), "replies": replies})
    return results


def cmd_batch(args: argparse.Namespace, assistant: Assistant, err: TextIO) -> int:
    try:
        # split on "\n" only: str.splitlines() also breaks at U+2028/U+2029/\x85, which JSON allows
        # inside strings, and that would turn one valid line into two malformed ones; utf-8-sig drops a BOM
        lines = Path(args.input).read_bytes().decode("utf-8-sig", errors="replace").split("\n")
    except OSError as exc:
        err.write(f"cannot read {args.input}: {exc}\n")
        return 2
    results = run_batch(assistant, lines, debug=args.debug)
    body = "".join(jsonl_line(r) for r in results)
    try:
        write_atomic(Path(args.output), body)
    except OSError as exc:
        err.write(f"cannot write {args.output}: {exc}\n")
        return 3
    errors = sum(1 for r in results if "error" in r)
    err.write(f"{len(results) - errors} conversations answered, {errors} malformed lines -> {args.output}\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant",
                                     description="Enforcement-law assistant (24 EU states and Norway).")
    parser.add_argument("--fake", action="store_true", help="keyword retriever + rule tables; no model")
    parser.add_argument("--debug", action="store_true", help="include the support-staff view")
    parser.add_argument("-v", "--verbose", action="store_true", help="log to stderr")
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print the Reply as JSON")
    ask.add_argument("--country", help="ISO code of the country in focus, e.g. SE")
    chat = sub.add_parser("chat", help="interactive conversation")
    chat.add_argument("--country", help="ISO code of the country in focus")
    batch = sub.add_parser("batch", help="answer conversations from a JSONL file")
    batch.add_argument("input")
    batch.add_argument("output")
    return parser


def main(argv: list[str] | None = None, *, stdin: TextIO | None = None, stdout: TextIO | None = None,
         stderr: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    out, err, inp = stdout or sys.stdout, stderr or sys.stderr, stdin or sys.stdin
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, stream=err)
    assistant = make_assistant(args.fake)
    if args.command == "ask":
        return cmd_ask(args, assistant, out)
    if args.command == "chat":
        return cmd_chat(args, assistant, out, inp)
    return cmd_batch(args, assistant, err)
