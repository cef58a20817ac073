"""JSON Lines output shared by the CLI batch writer and the golden-data builder."""

from __future__ import annotations

import json

# Characters JSON allows raw inside strings but that str.splitlines() (and some JSONL readers) treat as
# line breaks: escaped in our output, so one reply is always exactly one line for any reader.
_LINE_BREAKS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def jsonl_line(obj: object) -> str:
    """One JSON Lines record: UTF-8 text kept readable, Unicode line separators escaped."""
    text = json.dumps(obj, ensure_ascii=False, default=str)
    for raw, escaped in _LINE_BREAKS.items():
        text = text.replace(raw, escaped)
    return text + "\n"
