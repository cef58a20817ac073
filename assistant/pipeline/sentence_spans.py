"""Candidate sentences: a chunk's text cut into quotable spans, each a verbatim substring of the corpus.

``split_sentences`` cuts at sentence ends but not after an abbreviation, a list number or inside a
parenthesis; ``section_span`` reads a chunk inside its whole section so a list the chunker cut is quoted
whole; ``with_inline_rest``, ``with_items`` and ``list_intro`` join a colon-ended intro with what it
announces; ``balanced`` and ``header_row`` tell a cut-off fragment or a table header, which read badly as
quotes. Nothing here scores: that is ``sentences``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

# Sentence end: . ! ? ; followed by whitespace and a capital/digit/quote, or a line break.
_SENT_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-ZÆØÅÄÖÜÉ0-9•(\"„«])|\n+")
MIN_LEN = 25  # a shorter line is a heading or a fragment, not a quote (a short full statement aside)


@dataclass
class Sentence:
    text: str
    evidence_index: int
    start: int
    score: float
    reasons: list[str] = field(default_factory=list)
    # False: the semantic term must not lift this sentence (a figure asked for, stated in a sentence that
    # shares no word with the question: it only sounds like an answer, "grundsatsen 600 SEK" for
    # "the protected amount in SEK", and would pass the number check for one)
    semantic_ok: bool = True
    # the score's terms before weighting (``SentenceWeights``): kept so the weights can be fitted on dev
    features: dict[str, float] = field(default_factory=dict)
    # a list item quoted alone ("11) folkepension i det omfang, det er fastsat ved lov") reads only with the
    # intro that says what the list is ("Der må ikke foretages udlæg i følgende indtægter:"): both verbatim
    intro: str | None = None


@lru_cache(maxsize=1)
def _sections() -> dict[str, str]:
    try:
        from ingest.parser import sections_by_key

        return {k: v.text for k, v in sections_by_key().items()}
    except Exception:  # noqa: BLE001 - without the corpus a chunk is read on its own
        return {}


def section_span(country: str, section: str, chunk_text: str) -> tuple[str, int]:
    """(text, offset of the chunk in it): the whole section when the chunk is a verbatim run of it (so a
    list cut by the chunker is still quoted whole and stays verbatim in the cited section), else the chunk."""
    full = _sections().get(f"{country}:{section}")
    pos = full.find(chunk_text) if full else -1
    return (full, pos) if full and pos >= 0 else (chunk_text, 0)


# A period after these is an abbreviation, not a sentence end ("mellem kl. 6.00 og 21.00", "jf. § 3",
# "stk. 2", "bl.a. Fogedretten"). Compared lower-case, without the final period.
_ABBREV = frozenset(
    "kl jf jfr stk nr bl.a f.eks fx art mv m.v ca pkt lit dvs d.v.s inkl evt ifm iht jr resp hhv vedr bek "
    "kap afs tlf obs z.b u.a bzw abs vgl gem ggf t.o.m fr.o.m s.k t.ex".split())
_TAIL = re.compile(r"(?:^|(?<=[\s(\[„\"«]))([^\s(\[„\"«]+)\.$")


def _abbreviation_end(before: str) -> bool:
    """``before`` (the text up to a candidate break) ends in an abbreviation or a list/ordinal number."""
    if not before.endswith("."):
        return False
    m = _TAIL.search(before)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in _ABBREV or word.rstrip(".") in _ABBREV:
        return True
    if word.isdigit() and len(word) <= 2:
        line = before[before.rfind("\n") + 1:]
        # "1." opening a line, or a table cell ("| 1. Formalisering | … |"), numbers what follows;
        # splitting there cut every numbered table row in two and left none quotable
        return line.rsplit("|", 1)[-1].strip() == word + "."
    return False


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; each sentence is exactly ``text[offset:offset+len]``."""
    out, pos = [], 0
    for m in _SENT_END.finditer(text):
        if "\n" not in m.group(0):
            before = text[pos:m.start()]
            if _abbreviation_end(before):
                continue  # "kl. 6.00", "jf. § 3", "stk. 2": the sentence goes on
            if before.count("(") > before.count(")") or before.count("[") > before.count("]") \
                    or before.count('"') % 2:
                continue  # inside a parenthesis, a link or a quotation ("(se art. 5. Stk. 2)")
        out.append((pos, text[pos:m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    result = []
    for off, s in out:
        stripped = s.strip()
        if stripped:
            result.append((off + s.index(stripped), stripped))
    return result


def header_row(text: str, start: int) -> bool:
    """A markdown table row whose line is the table's first one (the line above is not a row)."""
    line_start = text.rfind("\n", 0, start) + 1
    above = text[:line_start].rstrip("\n")
    above = above[above.rfind("\n") + 1:].strip()
    return not above.startswith("|") and text[line_start:].lstrip().startswith("|")


# List markers and letter references ("a) der …", "litra a)") close a parenthesis they never opened.
_MARKER_PAREN = re.compile(r"(?m)^[ \t•\-]*\(?[a-zæøå0-9ivx]{1,4}\)|(?<![\w(])[a-zæøå]\)")


def balanced(text: str) -> bool:
    """Parentheses and quotation marks pair up (a cut-off fragment does not)."""
    bare = _MARKER_PAREN.sub("", text)
    return bare.count("(") == bare.count(")") and not text.count('"') % 2


def with_inline_rest(sent: str, start: int, text: str) -> str:
    """A sentence ending in ":" whose line goes on is quoted with the sentence that follows on that line:
    "Tvangsbøder kan dog ikke anvendes i visse tilfælde: Hvis en person er blevet dømt til at betale et
    bestemt beløb …" is one statement, cut in two by the splitter (a colon before a capital). The intro alone
    says nothing, and the rest alone drops what it is about ("• Udsættelser: 150-2 200 RON …" likewise).
    A colon at a line end opens a list instead (``with_items``). The quote stays a verbatim span of ``text``."""
    if not sent.endswith(":") or text[start:start + len(sent)] != sent:
        return sent
    end = start + len(sent)
    nl = text.find("\n", end)
    rest = text[end:len(text) if nl < 0 else nl]
    parts = split_sentences(rest) if rest.strip() else []
    if not parts:
        return sent
    off, first = parts[0]
    return text[start:end + off + len(first)]


# A sentence that states what happens otherwise ("I modsat fald bortfalder tvangsfuldbyrdelsesdokumentet.",
# "Ellers …") completes the rule of the sentence before it: the deadline and its consequence are one statement.
# So does a breach of what that sentence imposes ("… kan således ikke afhænde løsøret. Hvis skyldneren ikke overholder
# denne forpligtelse til at beholde aktivet, begår skyldneren en lovovertrædelse.", "Hvis tredjeparten ikke opfylder
# disse betingelser, …"): "denne"/"disse" points back to it.
_CONSEQUENCE = re.compile(r"(?:I modsat fald|I så fald|Ellers|Sker (?:det|dette) ikke)\b"
                          r"|Hvis\s+(?:[^\W\d_]+\s+){1,3}?ikke\s+(?:overholder|opfylder|efterkommer|efterlever)\s+"
                          r"(?:denne|dette|disse)\b")


def with_consequence(sent: str, start: int, text: str) -> str:
    """``sent`` with the next sentence on its line when that one states the consequence otherwise ("Udlægget
    skal finde sted senest 90 dage efter … I modsat fald bortfalder tvangsfuldbyrdelsesdokumentet."): the rule
    alone omits what a missed deadline does, and the consequence alone does not say what it follows from.
    The quote stays a verbatim span of ``text``."""
    if text[start:start + len(sent)] != sent or _CONSEQUENCE.match(sent):
        return sent
    end = start + len(sent)
    nl = text.find("\n", end)
    rest = text[end:len(text) if nl < 0 else nl]
    parts = split_sentences(rest) if rest.strip() else []
    if not parts or not _CONSEQUENCE.match(parts[0][1]):
        return sent
    off, nxt = parts[0]
    return text[start:end + off + len(nxt)]


# "Det betyder, at de har pligt til at udlevere de oplysninger …": the sentence says what the one before it means, and
# its "de" is that sentence's subject ("alle privatpersoner samt offentligretlige og privatretlige organer"). Not "Det
# betyder dog ikke noget, …" ("it does not matter"), which states something of its own.
# Likewise "I sidstnævnte tilfælde fuldbyrdes en dom, som endnu ikke har retskraft, …": which case is "the latter" is
# said only in the sentence before ("Fuldbyrdelsen kan være endelig eller foreløbig.").
_MEANS = re.compile(r"(?:Det|Dette)\s+(?:betyder|indebærer),?\s+at\b|Det\s+vil\s+sige\b"
                    r"|I\s+(?:sidst|først)nævnte\s+tilfælde\b")


def with_antecedent(sent: str, start: int, text: str) -> tuple[str, int]:
    """``sent`` with the sentence before it on its line when ``sent`` says what that one means ("… en forpligtelse for
    alle privatpersoner … til at bidrage til fuldbyrdelsesforanstaltningerne … Det betyder, at de har pligt til …"),
    and how many characters the quote now starts earlier (0: unchanged). The quote stays a verbatim span of ``text``."""
    if text[start:start + len(sent)] != sent or not _MEANS.match(sent):
        return sent, 0
    line_start = text.rfind("\n", 0, start) + 1
    parts = split_sentences(text[line_start:start])
    if not parts:
        return sent, 0
    begin = line_start + parts[-1][0]
    return text[begin:start + len(sent)], start - begin


# "Fogeden (Gerichtsvollzieher) er … under administrativt tilsyn af retsformanden ved den lokale domstol. Han/hun er dog
# funktionelt uafhængig …": the next sentence takes the same subject up by a pronoun and qualifies what was said with
# "dog" (however); the sentence alone says the opposite of what the two say together.
_QUALIFIER = re.compile(r"(?:Han/hun|Hun/han|Han|Hun|Den|Det|De|Denne|Dette|Disse)\s+(?:[^\W\d_]+\s+){0,2}?dog\b")


def with_qualifier(sent: str, start: int, text: str, max_len: int = 600) -> str:
    """``sent`` with the next sentence on its line when that one qualifies it ("Han/hun er dog funktionelt uafhængig
    …", "Dette gælder dog ikke, hvis …"), unless the two would be longer than ``max_len``. The quote stays a verbatim
    span of ``text``."""
    if text[start:start + len(sent)] != sent:
        return sent
    end = start + len(sent)
    nl = text.find("\n", end)
    rest = text[end:len(text) if nl < 0 else nl]
    parts = split_sentences(rest) if rest.strip() else []
    if not parts or not _QUALIFIER.match(parts[0][1]):
        return sent
    off, nxt = parts[0]
    joined = text[start:end + off + len(nxt)]
    return joined if len(joined) <= max_len else sent


ITEM = re.compile(r"[ \t]*(?:[•\-–*▪·]\s|\(?[a-zæøå]\)\s|\(?\d{1,2}[).]\s|\(?[ivx]{1,4}\)\s)")
_MAX_ITEMS, _MAX_LIST = 6, 600
_ANAPHORIC_INTRO = re.compile(r"(?:Det|Dette|Disse|De|Heriblandt|Herunder)\s")


def list_intro(text: str, item_start: int) -> str | None:
    """The sentence ending in ":" that opens the list the item at ``item_start`` belongs to (the lines
    above it are items up to that line), or None when the item is not in such a list."""
    line_start = text.rfind("\n", 0, item_start) + 1
    while line_start > 0:
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev_start:line_start - 1]
        if not line.strip():
            return None  # a blank line: the list has no intro above
        if not ITEM.match(line):
            last = split_sentences(line)
            intro = last[-1][1].strip() if last else ""
            return intro if intro.endswith(":") and len(intro) >= MIN_LEN else None
        line_start = prev_start
    return None


def with_items(sentence: Sentence, text: str) -> Sentence:
    """A list intro ("… følgende:") quoted with the item lines under it (up to 6 lines / 600 chars):
    the items hold the terms the intro announces. The quote stays a verbatim span of ``text``."""
    end = sentence.start + len(sentence.text)
    nl = text.find("\n", end)
    if nl < 0:
        return sentence
    # the intro is what is left of the line: this sentence, or this sentence plus a lead-in fragment
    # ("… skal være opfyldt. Aktiverne skal" / "… er f.eks.") that the items complete
    tail = text[sentence.start:nl].rstrip()
    rest = text[end:nl].strip()
    # an anaphoric list intro ("Det er ifølge OZ følgende dokumenter:") needs the sentence it refers back to
    intro = bool(_ANAPHORIC_INTRO.match(rest)) and rest.endswith(":") and not re.search(r"[.!?;:](?:\s|$)", rest[:-1])
    # an item that introduces a sub-list (" • møbler og udstyr:" over "  • en seng …") takes the items
    # indented deeper than itself: they are what it announces, and too short to be quoted alone
    line_start = text.rfind("\n", 0, sentence.start) + 1
    own_indent = len(text[line_start:sentence.start]) if not text[line_start:sentence.start].strip() else 0
    nested = bool(ITEM.match(sentence.text)) and not rest and sentence.text.endswith(":")
    if (ITEM.match(sentence.text) and not nested) or len(rest) > 120 \
            or (re.search(r"[.!?;:](?:\s|$)", rest) and not intro):
        return sentence  # an item itself, or a full sentence (its own intro) follows on the line
    if not (tail.endswith(":") or not tail.endswith((".", "!", "?", ";"))
                               or _abbreviation_end(tail)):
        return sentence
    pos, items = end, 0
    while items < _MAX_ITEMS:
        nl = text.find("\n", pos)
        if nl < 0:
            break
        line_start = nl + 1
        while line_start < len(text) and text[line_start] == "\n":
            line_start += 1
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if not ITEM.match(line) or line_end - sentence.start > _MAX_LIST + len(sentence.text):
            break
        if nested and len(line) - len(line.lstrip()) <= own_indent:
            break  # back at the item's own level: its sub-list has ended
        if items and text[pos:nl].strip():  # the items must be adjacent lines
            break
        pos, items = line_end, items + 1
    if not items:
        return sentence
    quote = text[sentence.start:pos].rstrip()
    return Sentence(quote, sentence.evidence_index, sentence.start, sentence.score,
                    sentence.reasons + [f"list items={items}"])
