"""Sentence-level evidence: the 1–3 source sentences that best answer the question.

A retrieved chunk is up to 1,200 characters; a citation should be the sentence that answers. Sentences
are cut as character spans of the chunk text, so every quote is a verbatim substring of the corpus.
Scoring is lexical (stems shared with the question, its glossary expansion and the topic's Danish
terms) plus the retrieval score, so it is deterministic and explainable in the support-staff view.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from assistant.models import Evidence

# Sentence end: . ! ? ; followed by whitespace and a capital/digit/quote, or a line break.
_SENT_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-ZÆØÅÄÖÜÉ0-9•(\"„«])|\n+")
_WORD = re.compile(r"[^\W_]+")
_MIN_LEN, _MAX_LEN = 25, 600

# Danish corpus words per topic, so a question in any language scores the sentences that answer it.
TOPIC_TERMS: dict[str, tuple[str, ...]] = {
    "1": ("tvangsfuldbyrdelse", "fuldbyrdelse", "forstås", "afgørelse"),
    "2": ("myndighed", "foged", "fogedret", "retsbetjent", "domstol", "kompetent", "fuldbyrdelsesmyndighed"),
    "3": ("afgørelse", "begæring", "fuldbyrdelsesgrundlag", "eksigibel"),
    "3.1": ("begæring", "anmodning", "procedure", "indgives", "ansøgning", "udlæg"),
    "3.2": ("betingelse", "betingelser", "eksigibel", "forkyndt", "fuldbyrdelsesgrundlag"),
    "4": ("aktiver", "udlæg", "skridt"),
    "4.1": ("aktiver", "løsøre", "fast", "ejendom", "løn", "bankkonto", "fordringer", "udlæg"),
    "4.2": ("retsvirkning", "virkning", "råde", "ugyldig", "rådighed"),
    "4.3": ("længe", "opretholdes", "gyldig", "gyldighed", "forlænges", "forlængelse", "bortfalder", "år",
            "måneder", "tidsgrænse", "udløber"),
    "5": ("appel", "appelleres", "klage", "anke", "indsigelse", "påklage", "frist", "dage"),
    "6": ("begrænsning", "beskyttelse", "debitor", "undtaget", "forældelse", "frist", "eksistensminimum"),
}

_STOP = frozenset(
    "og i at er en et den det de af til på for med som om kan der har ikke eller hvad hvordan hvor "
    "jeg min mit mine skal vil the a an of to in on for is are be and or what how can i my do does "
    "och är att som på för med av kan det hur vad jag inte om hva hvordan jeg ikke av på".split())


# "States a figure": a number (digits or a number word) followed by a unit – not a list marker "1."
# or an article number "artikel 1566".
_FIGURE = re.compile(
    r"(\d[\d.,]*|\b(?:en|et|én|ét|to|tre|fire|fem|seks|syv|sju|otte|åtte|ni|ti|elleve|tolv|tretten|fjorten|"
    r"femten|seksten|sytten|atten|nitten|tyve|tjue|tredive|tretti|fyrre|førti|halvtreds|hundrede|hundre|tusind|"
    r"tusen))\s*(%|procent|prosent|dage|dag|døgn|dager|uger|uge|uker|uke|måneder|måned|år|timer|"
    r"arbejdsdage|virkedager|eur|euro|€|kr|kroner|lev|leva|ron|lei|huf|forint|czk|pln|zloty|sek|nok)(?!\w)"
    r"|\b(halvdelen|halvparten|tredjedel|fjerdedel|femtedel)\b", re.IGNORECASE)


_MONEY = re.compile(r"\d[\d .,]*\s*(eur|euro|€|kr|kroner|lev|leva|ron|lei|huf|forint|czk|pln|zloty|sek|nok)(?!\w)"
                    r"|(eur|€)\s*\d", re.IGNORECASE)


def has_figure(text: str, money: bool = False) -> bool:
    """The text states a figure with a unit (``money``: an amount of money)."""
    return bool((_MONEY if money else _FIGURE).search(text))


# Sections that are lists of links rather than statements (Norway's "Further reading").
_LINK_SECTIONS = frozenset({"Videre lesning"})


@dataclass
class Sentence:
    text: str
    evidence_index: int
    start: int
    score: float
    reasons: list[str] = field(default_factory=list)


def _stem(word: str) -> str:
    return word[:6] if len(word) > 6 else word


def stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1}


@lru_cache(maxsize=1)
def _idf() -> tuple[dict[str, float], float]:
    """Inverse document frequency of stems over every corpus section: a rare legal term the question
    shares with a sentence ("advokattvang", "Vermögensauskunft") says far more than "udlæg"."""
    from ingest.parser import parse_corpus

    docs = [stems(sec.text) for sec in parse_corpus()]
    df: dict[str, int] = {}
    for d in docs:
        for st in d:
            df[st] = df.get(st, 0) + 1
    n = len(docs)
    return {st: math.log((n + 1) / (c + 0.5)) for st, c in df.items()}, math.log(n + 1)


def _weight(overlap: set[str]) -> float:
    idf, unseen = _idf()
    return sum(idf.get(st, unseen) for st in overlap)


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; each sentence is exactly ``text[offset:offset+len]``."""
    out, pos = [], 0
    for m in _SENT_END.finditer(text):
        out.append((pos, text[pos:m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    result = []
    for off, s in out:
        stripped = s.strip()
        if stripped:
            result.append((off + s.index(stripped), stripped))
    return result


def query_terms(question: str, topic_sections: list[str]) -> set[str]:
    """Stems of the question, its glossary expansion (when the query module offers one) and topic terms."""
    words = [question]
    try:
        from assistant.pipeline.understanding import query_attr

        expand_query = query_attr("expand_query")  # optional: nb/sv/en words → Danish corpus words
        expanded: Any = expand_query(question) if expand_query else ""
        if isinstance(expanded, str):
            words.append(expanded)
        else:
            for attr in ("text", "query", "expanded"):
                if isinstance(getattr(expanded, attr, None), str):
                    words.append(getattr(expanded, attr))
                    break
            else:
                terms = getattr(expanded, "terms", None)
                if terms:
                    words.extend(map(str, terms))
    except Exception:  # noqa: BLE001 - the expansion only improves ranking; never fail a reply on it
        pass
    for sec in topic_sections:
        words.extend(TOPIC_TERMS.get(sec, ()))
    # the country is already fixed by retrieval's filter; its name in a sentence says nothing more
    return stems(" ".join(words)) - _country_stems()


@lru_cache(maxsize=1)
def _country_stems() -> frozenset[str]:
    from assistant import countries

    return frozenset(st for c in countries.registry().values() for n in c.names.values() for st in stems(n))


def best_sentences(question: str, evidence: list[Evidence], topic_sections: list[str], *,
                   limit: int = 3, per_chunk: int = 2, asks_number: bool = False,
                   money: bool = False) -> list[Sentence]:
    """The ``limit`` best sentences over ``evidence``; the top-ranked chunk always gives the first one.

    Retrieval already weighed dense similarity, BM25 and the topic; the lexical score here only picks
    the sentences inside those chunks, so the chunk's rank carries most of the weight.
    """
    terms = query_terms(question, topic_sections)
    primary = topic_sections[0] if topic_sections else None
    scored: list[Sentence] = []
    for i, ev in enumerate(evidence):
        rank_prior = 2.0 / (1 + i)
        topic_bonus = 1.0 if ev.chunk.section == primary else (0.5 if ev.chunk.section in topic_sections else 0.0)
        for off, sent in split_sentences(ev.chunk.text):
            if len(sent) < _MIN_LEN or (len(sent) < 100 and not sent.endswith((".", "!", "?", ";", ":"))):
                continue  # sub-headings and fragments are poor quotes
            if "|" in sent or sent.count("(") != sent.count(")") or sent.count('"') % 2:
                continue  # markdown table rows and cut-off fragments read badly as quotes
            overlap = terms & stems(sent)
            figure = asks_number and has_figure(sent, money)
            # shared words weighted by rarity (IDF ≈ 1 for "udlæg", 3–4 for a rare legal term)
            score = _weight(overlap) + rank_prior + topic_bonus + (2.0 if figure else 0.0)
            if ev.chunk.section in _LINK_SECTIONS:
                score -= 3.0  # a reading list answers nothing; quote it only when nothing else exists
            if len(sent) > _MAX_LEN:
                score -= 0.5
            reasons = [f"overlap={sorted(overlap)[:8]}", f"chunk_rank={i + 1}"] + (["states a figure"] if figure else [])
            scored.append(Sentence(sent, i, off, round(score, 3), reasons))
    scored.sort(key=lambda s: (-s.score, s.evidence_index, s.start))
    chosen: list[Sentence] = []
    lead = next((s for s in scored if s.evidence_index == 0), None)
    if lead is not None:
        chosen.append(lead)
    per: dict[int, int] = {0: len(chosen)}
    for s in scored:
        if len(chosen) >= limit:
            break
        if s is lead or per.get(s.evidence_index, 0) >= per_chunk:
            continue
        chosen.append(s)
        per[s.evidence_index] = per.get(s.evidence_index, 0) + 1
    # the lead stays first; the others follow in chunk order, reading order within a chunk
    return chosen[:1] + sorted(chosen[1:], key=lambda s: (s.evidence_index, s.start))
