"""``python -m assistant.rules check``: verify every quote against the parsed corpus.

For a quote that is not verbatim only because of whitespace (the source uses non-breaking spaces in
"15 dage", "2 000 EUR"), it prints the exact source text as a TOML string to paste, so a reviewer never
has to type invisible characters. It never edits the data files itself.
"""

from __future__ import annotations

import re

from assistant.rules.schema import load_rules

_SPACE = "[ \u00a0\u202f\t]+"


def toml_string(text: str) -> str:
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + body.replace("\u00a0", "\\u00a0").replace("\u202f", "\\u202f") + '"'


def check() -> list[str]:
    from ingest.parser import parse_corpus

    sections = {s.key: s for s in parse_corpus()}
    problems = []
    for rule in load_rules().values():
        section = sections.get(f"{rule.country}:{rule.section}")
        for quote in (rule.quote, *rule.extra_quotes):
            if section is not None and quote in section.text:
                continue
            pattern = _SPACE.join(re.escape(word) for word in quote.split())
            hits = [k for k, s in sections.items() if re.search(pattern, s.text)]
            where = section.text if section is not None else ""
            m = re.search(pattern, where)
            if m:
                problems.append(f"{rule.id}: whitespace differs; use quote = {toml_string(m.group(0))}")
            else:
                problems.append(f"{rule.id}: not in {rule.country}:{rule.section}" +
                                (f" (found in {', '.join(hits)})" if hits else " (not found anywhere)"))
    return problems


def main(argv: list[str]) -> int:
    problems = check()
    print("\n".join(problems) if problems else f"all {len(load_rules())} rules: quotes verbatim in their sections")
    return 1 if problems else 0
