"""The typed chain from source to answer: Section → Chunk → Evidence → Reply.

``Citation`` and ``Fact`` are the two things a reply may show; both carry a verbatim quote of corpus text.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Language = Literal["da", "nb", "sv", "en"]
LANGUAGES: tuple[Language, ...] = ("da", "nb", "sv", "en")


class Country(BaseModel):
    """A state the assistant may be asked about, covered by the corpus or not."""

    model_config = ConfigDict(frozen=True)

    code: str = Field(description="ISO 3166-1 alpha-2 (Greece is GR).")
    names: dict[str, str] = Field(description="Name per language: da, nb, sv, en and 'native'.")
    covered: bool = Field(description="True when the corpus has a page for it.")
    eu: bool = Field(True, description="EU member state.")
    url: str | None = Field(None, description="The source page for this country.")

    def name(self, language: str = "da") -> str:
        return self.names.get(language) or self.names["en"]


class Section(BaseModel):
    """One numbered section of a national page (or one heading of the Norwegian article)."""

    model_config = ConfigDict(frozen=True)

    country: str = Field(description="ISO alpha-2 code; 'EU' for the portal's introduction.")
    number: str = Field(description="'1', '3.1', '4.3' …; for Norway the heading text itself.")
    title: str = Field(description="The heading text without its number.")
    text: str = Field(description="The section body, source lines joined by newlines, noise removed.")
    line_start: int = Field(description="1-based first source line of the section (its heading).")
    line_end: int = Field(description="1-based last source line (inclusive).")
    source: str = Field(description="File name of the source inside corpus/sources.")
    last_updated: date | None = Field(None, description="The page's 'Sidste opdatering' date.")
    lines: tuple[int, ...] = Field((), description="Source line numbers of the body lines, in order.")

    @property
    def key(self) -> str:
        return f"{self.country}:{self.number}"


class GarbledPassage(BaseModel):
    """A passage whose Danish is a garbled translation: flagged as data, never silently trusted."""

    country: str
    section: str
    quote: str = Field(description="Verbatim text of the garbled passage.")
    note: str = Field(description="Why it is flagged.")


class Chunk(BaseModel):
    """A piece of one section; never crosses a country or section boundary."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Stable content hash.")
    country: str
    section: str
    title: str
    text: str = Field(description="Verbatim section text (a contiguous run of the section body).")
    line_start: int
    line_end: int
    source: str
    last_updated: date | None = None
    garbled: bool = Field(False, description="Overlaps a known garbled passage.")

    @staticmethod
    def make_id(country: str, section: str, text: str) -> str:
        digest = hashlib.sha256(f"{country}\x1f{section}\x1f{text}".encode()).hexdigest()
        return digest[:24]

    def context_header(self, country_name: str) -> str:
        """The context an embedding sees in front of the body: country, section number and title."""
        if self.section == self.title:
            return f"{country_name} – {self.title}"
        return f"{country_name} – {self.section} {self.title}"

    def metadata(self) -> dict[str, str | int | bool]:
        return {
            "country": self.country, "section": self.section, "title": self.title,
            "line_start": self.line_start, "line_end": self.line_end, "source": self.source,
            "last_updated": self.last_updated.isoformat() if self.last_updated else "",
            "garbled": self.garbled,
        }


class Citation(BaseModel):
    """What the UI shows for a source: country, section, title, verbatim quote and link."""

    key: int | None = Field(None, description="The [n] marker used in the reply text.")
    country: str
    section: str
    title: str
    chunk_id: str
    quote: str = Field(description="Verbatim corpus text from the cited section.")
    url: str
    last_updated: date | None = None


class Evidence(BaseModel):
    """A retrieved chunk with the reasons it was chosen (shown in the support-staff view)."""

    chunk: Chunk
    score: float
    dense_rank: int | None = None
    bm25_rank: int | None = None
    boost: float = 0.0
    reasons: list[str] = Field(default_factory=list)


class Phrase(BaseModel):
    """One language-free part of an explanation: which template (``assistant.pipeline.prompts.CALC``)
    and the values it is filled with. The rules module decides the case and the numbers; the reader's
    wording is the template's, so a Danish reader never gets the English text."""

    model_config = ConfigDict(frozen=True)

    key: str
    values: dict[str, str | int] = Field(default_factory=dict)
    sep: str = Field(" ", description="Put before this part when it follows another one.")


class Fact(BaseModel):
    """A number from the rules module, cited exactly like a retrieved passage."""

    name: str
    value: float | int | str
    unit: str = Field(description="day|week|month|year|percent|EUR|date|… ")
    label: str
    citation: Citation
    flags: list[str] = Field(default_factory=list, description="e.g. 'ambiguous', 'garbled'.")
    wording: list[Phrase] = Field(default_factory=list, description="A text fact's parts; ``value`` is "
                                  "their wording in one language, re-worded for the reader by the composer.")


class Reply(BaseModel):
    """The answer contract shared by the CLI, the batch mode, the app and the evals."""

    text: str
    citations: list[Citation] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    abstained: bool = False
    language: Language = "da"
    clarification: bool = Field(False, description="The reply asks the user a question back.")
    debug: dict | None = Field(None, description="Support-staff view: evidence, tool calls, confidence.")
