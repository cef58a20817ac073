"""What in the scraped pages is not law: portal chrome, translation notices, link markers.

Every source line is classified; the parser keeps only ``LineKind.TEXT`` lines (cleaned of inline link
markers) and a test checks that each of those lands in exactly one section.
"""

from __future__ import annotations

import re
from enum import Enum


class LineKind(str, Enum):
    TEXT = "text"            # legal or explanatory text: kept word for word
    BLANK = "blank"          # empty or whitespace-only (incl. no-break spaces)
    NOISE = "noise"          # portal footer, feedback prompt, translation notice, navigation
    PAGE_TITLE = "page"      # "Procedurer for fuldbyrdelse af en retsafgørelse - <Land>"
    UPDATED = "updated"      # "Sidste opdatering: DD/MM/YYYY" (kept as metadata, not text)
    MARKUP = "markup"        # markdown front matter, images, table rules: no words of the text


# Inline marker the portal puts before every external link; never part of the text.
INLINE_LINK_MARKER = "Link åbner i nyt vindue"

PAGE_TITLE_RE = re.compile(r"^Procedurer for fuldbyrdelse af en retsafgørelse - (?P<country>.+?)\s*$")
UPDATED_RE = re.compile(r"^(?:Sidste opdatering|Last update): (?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4})\s*$")

# Whole lines that are portal chrome. Prefix matches, because the notices carry the language name.
_NOISE_PREFIXES = (
    "Denne webside er en del af",
    "Vi vil gerne have din",
    "Your-Europe",
    "De nationale sprogudgaver af denne side vedligeholdes",
    "Den originale sprogudgave af denne side",
    "Følgende sprog er allerede oversat.",
    "Please select the relevant country's flag",
    "This page is maintained by the European Commission.",
)

_MD_IMAGE_RE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_MD_TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def strip_inline_noise(line: str) -> str:
    """Remove the portal's inline link markers, leaving the words around them untouched."""
    return line.replace(INLINE_LINK_MARKER, "")


def classify(line: str) -> LineKind:
    """Classify one raw source line (without its newline)."""
    if not line.strip():  # str.strip() also removes U+00A0, which the portal leaves on empty lines
        return LineKind.BLANK
    if PAGE_TITLE_RE.match(line):
        return LineKind.PAGE_TITLE
    if UPDATED_RE.match(line):
        return LineKind.UPDATED
    if line.startswith(_NOISE_PREFIXES):
        return LineKind.NOISE
    if _MD_IMAGE_RE.match(line) or _MD_TABLE_RULE_RE.match(line):
        return LineKind.MARKUP
    return LineKind.TEXT


def clean(line: str) -> str:
    """The kept form of a TEXT line: inline markers out, trailing whitespace trimmed."""
    return strip_inline_noise(line).rstrip()
