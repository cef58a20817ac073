"""Thumbs up/down with an optional comment, stored in SQLite (WAL) so no feedback is ever lost.

Each write is its own transaction on its own connection: safe across threads and processes, and a
process killed mid-write leaves either the whole row or nothing (SQLite's journal guarantees it).

CLI: ``python -m assistant.feedback export OUT.csv`` (atomic: written to a temp file, then renamed).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sqlite3
import sys
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

from assistant.atomic import write_atomic
from assistant.models import Reply
from assistant.settings import get_settings

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at  TEXT NOT NULL,
    session_id  TEXT NOT NULL,
    rating      INTEGER NOT NULL CHECK (rating IN (-1, 1)),
    comment     TEXT NOT NULL DEFAULT '',
    question    TEXT NOT NULL,
    answer      TEXT NOT NULL,
    citations   TEXT NOT NULL,   -- JSON list of Citation
    language    TEXT NOT NULL DEFAULT ''
)
"""
COLUMNS = ("id", "created_at", "session_id", "rating", "comment", "question", "answer", "citations", "language")
MAX_COMMENT = 2000


class FeedbackStore:
    """Append-only feedback table. Configuration in the constructor; one connection per call."""

    def __init__(self, path: Path | None = None, timeout_s: float = 30.0):
        self.path = Path(path or get_settings().paths.feedback_db)
        self.timeout_s = timeout_s
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as conn, conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=self.timeout_s, isolation_level=None)
        conn.execute("PRAGMA synchronous=FULL")  # a committed row survives a crash
        conn.execute(f"PRAGMA busy_timeout={int(self.timeout_s * 1000)}")
        return conn

    def add(self, *, session_id: str, rating: int, question: str, reply: Reply | None = None,
            answer: str | None = None, comment: str = "") -> int:
        """Store one rating (+1 or -1); returns the row id."""
        if rating not in (-1, 1):
            raise ValueError("rating must be +1 (thumbs up) or -1 (thumbs down)")
        citations = json.dumps([c.model_dump(mode="json") for c in reply.citations] if reply else [],
                               ensure_ascii=False)
        row = (datetime.now(timezone.utc).isoformat(timespec="seconds"), session_id, rating,
               (comment or "")[:MAX_COMMENT], question, answer if answer is not None else (reply.text if reply else ""),
               citations, reply.language if reply else "")
        with closing(self._connect()) as conn:
            conn.execute("BEGIN IMMEDIATE")
            cur = conn.execute(
                "INSERT INTO feedback (created_at, session_id, rating, comment, question, answer, citations, language)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)
            conn.execute("COMMIT")
            return int(cur.lastrowid)

    def rows(self, session_id: str | None = None) -> list[dict]:
        with closing(self._connect()) as conn:
            conn.row_factory = sqlite3.Row
            sql, args = "SELECT * FROM feedback", ()
            if session_id:
                sql, args = sql + " WHERE session_id = ?", (session_id,)
            return [dict(r) for r in conn.execute(sql + " ORDER BY id", args)]

    def count(self) -> int:
        with closing(self._connect()) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM feedback").fetchone()[0])

    def export_csv(self, out: Path) -> int:
        """Write every row to ``out`` atomically; returns the number of rows."""
        rows = self.rows()
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        write_atomic(out, buf.getvalue())
        return len(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant.feedback", description="Feedback store tools.")
    sub = parser.add_subparsers(dest="command", required=True)
    exp = sub.add_parser("export", help="export all feedback as CSV")
    exp.add_argument("out", type=Path)
    exp.add_argument("--db", type=Path, default=None, help="SQLite file (default: settings)")
    exp.add_argument("--json", action="store_true", help="print a JSON summary")
    args = parser.parse_args(argv)
    n = FeedbackStore(args.db).export_csv(args.out)
    print(json.dumps({"rows": n, "out": str(args.out)}) if args.json else f"exported {n} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
