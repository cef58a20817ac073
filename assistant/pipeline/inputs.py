"""Input hygiene: every user message passes here before anything else sees it.

Policy (documented for support staff): text longer than ``settings.app.max_input_chars`` is REFUSED
with a clear message rather than cut, because a cut question may silently lose the country or the
detail that changes the answer. Control characters are stripped (newline and tab kept), NUL bytes
removed, Unicode normalised to NFC. Markup is never executed: replies are plain Markdown, and any
user-derived text we echo goes through ``escape_user_text``.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

# C0/C1 controls except \t and \n, plus the Unicode bidi overrides and zero-width characters that can
# hide text from a reviewer.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")

Problem = Literal["empty", "too_long"]


@dataclass(frozen=True)
class CleanInput:
    text: str
    problem: Problem | None = None
    original_length: int = 0


def clean_input(raw: object, max_chars: int) -> CleanInput:
    """Normalise ``raw``; report 'empty' or 'too_long' instead of raising."""
    text = raw if isinstance(raw, str) else ("" if raw is None else str(raw))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", unicodedata.normalize("NFC", text))
    text = text.strip()
    if not text:
        return CleanInput("", "empty", 0)
    if len(text) > max_chars:
        return CleanInput("", "too_long", len(text))
    return CleanInput(text, None, len(text))


def escape_user_text(text: str) -> str:
    """Escape HTML so echoed user text can never become markup in the app."""
    return html.escape(text, quote=False)
