"""Sentence-level evidence: the 1–3 source sentences that best answer the question.

A retrieved chunk is up to 1,200 characters; a citation should be the sentence that answers. Sentences
are cut as character spans of the chunk text, so every quote is a verbatim substring of the corpus.
Scoring is lexical (stems shared with the question, its glossary expansion and the topic's Danish
terms) plus the retrieval score, plus – with a ``SentenceScorer`` (``semantic``) – the question–sentence
cosine of the retriever's encoder, which finds the answering sentence of a paraphrase the lexicon does
not know. It stays deterministic and every term is listed in the support-staff view (``semantic=``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from collections.abc import Callable
from typing import Any

from assistant.models import Evidence
from assistant.pipeline.focus import (asks_cost, asks_court, asks_law, asks_only, asks_permission, names_court, names_law,
                                      states_cost, states_no_other, states_permission)
from assistant.pipeline.lexicon import danish_words
from assistant.pipeline.understanding import opens_with_condition
from assistant.pipeline.semantic import SentenceScorer, normalised
from assistant.settings import SentenceWeights

# Sentence end: . ! ? ; followed by whitespace and a capital/digit/quote, or a line break.
_SENT_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-ZÆØÅÄÖÜÉ0-9•(\"„«])|\n+")
_WORD = re.compile(r"[^\W_]+")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_MIN_LEN, _MAX_LEN = 25, 600
_MIN_STATEMENT = 12  # "Gebyret er 26 EUR." is short but complete: a capital, three words or more, a full stop
_STATEMENT = re.compile(r"[A-ZÆØÅÄÖÜ][^\W\d_]*(?:\s+\S+){2,}\.$")
_SHORT_ANSWER = 100  # a sentence this short that states the asked charge is a direct answer ("Udskriften er gratis.")
NEAR_TIE = 0.9  # a chunk of the lead's section scored this close to the top one ranks with it, not below
SECTION_REST_PRIOR = 0.3  # rank prior of a sentence outside the retrieved chunks, relative to its section's best chunk

# Danish corpus words per topic, so a question in any language scores the sentences that answer it.
TOPIC_TERMS: dict[str, tuple[str, ...]] = {
    "1": ("tvangsfuldbyrdelse", "fuldbyrdelse", "forstås", "afgørelse"),
    "2": ("myndighed", "foged", "fogedret", "retsbetjent", "domstol", "kompetent", "fuldbyrdelsesmyndighed"),
    "3": ("afgørelse", "begæring", "fuldbyrdelsesgrundlag", "eksigibel"),
    "3.1": ("begæring", "anmodning", "procedure", "indgives", "ansøgning", "udlæg"),
    "3.2": ("betingelse", "betingelser", "eksigibel", "forkyndt", "fuldbyrdelsesgrundlag", "begæring"),
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
    "och är att som på för med av kan det hur vad jag inte om hva hvordan jeg ikke av på "
    # light verbs ("Hva gjør namsmannen?"): "gør" matches every "der gøres udlæg i" in the corpus
    "gør gøre gøres gjør gjøre gjøres gör göra görs does doing done".split())


# "States a figure": a number (digits or a number word) followed by a unit – not a list marker "1."
# or an article number "artikel 1566".
_FIGURE = re.compile(
    r"(\d[\d.,]*|\b(?:en|et|én|ét|to|tre|fire|fem|seks|syv|sju|otte|åtte|ni|ti|elleve|tolv|tretten|fjorten|"
    r"femten|seksten|sytten|atten|nitten|tyve|tjue|tredive|tretti|fyrre|førti|halvtreds|hundrede|hundre|tusind|"
    r"tusen))\s*(%|procent|prosent|dage|dag|døgn|dager|uger|uge|uker|uke|måneder|måned|år|timer|"
    r"arbejdsdage|virkedager|ha|hektar|eur|euro|€|kr|kroner|lev|leva|ron|lei|huf|forint|czk|pln|zloty|sek|nok)(?!\w)"
    # a share in words, also plural ("to tredjedele", "tre femtedele", "to tredjedeler") and a multiple ("fem gange
    # mindstelønnen"): the sources state limits that way as often as in digits
    r"|\b(halvdelen|halvparten|(?:tredje|fjerde|femte|sjette)del(?:e|en|ene|er|erne)?)\b"
    r"|\b(?:to|tre|fire|fem|seks|syv|sju|otte|åtte|ni|ti|\d+)\s+(?:gange|ganger|gånger)\b"
    # a time of day answers "when": "senest kl. 10.00", "klokken 21", "kl. 6-21"
    r"|\b(?:kl\.|klokken|klockan)\s*\d{1,2}(?:[.:]\d{2})?", re.IGNORECASE)


_MONEY = re.compile(r"\d[\d .,]*\s*(eur|euro|€|kr|kroner|lev|leva|ron|lei|huf|forint|czk|pln|zloty|sek|nok)(?!\w)"
                    r"|(eur|€)\s*\d", re.IGNORECASE)


# a part of a whole: a percentage, or a fraction in words ("en tredjedel", "halvdelen")
_SHARE = re.compile(r"\d[\d.,]*\s*(%|procent|prosent|percent)(?!\w)"
                    r"|\b(halvdelen|halvparten|(?:tredje|fjerde|femte|sjette)del(?:e|en|ene|er|erne)?)\b", re.IGNORECASE)


def has_figure(text: str, money: bool = False, share: bool = False) -> bool:
    """The text states a figure with a unit (``money``: an amount of money; ``share``: a percentage or a
    fraction)."""
    return bool((_MONEY if money else _SHARE if share else _FIGURE).search(text))


# Sections that are lists of links rather than statements (Norway's "Further reading").
_LINK_SECTIONS = frozenset({"Videre lesning"})


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


def _stem(word: str) -> str:
    return word[:6] if len(word) > 6 else word


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    """``ingest.bm25.bm25_tokenize`` (Snowball-Danish stems, as retrieval uses), else None."""
    try:
        from ingest.bm25 import bm25_tokenize

        bm25_tokenize("fogeder")
        return bm25_tokenize
    except Exception:  # noqa: BLE001 - fall back to 6-character prefixes
        return None


@lru_cache(maxsize=8192)
def stems(text: str) -> frozenset[str]:
    """Content-word stems: "Fogeder", "fogeden" and "foged" all share one stem."""
    words = [w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 1]
    tok = _tokenizer()
    if tok is not None:
        return frozenset(st for st in tok(" ".join(words)) if len(st) > 1)
    return frozenset(_stem(w) for w in words)


@lru_cache(maxsize=1)
def _sections() -> dict[str, str]:
    try:
        from ingest.parser import sections_by_key

        return {k: v.text for k, v in sections_by_key().items()}
    except Exception:  # noqa: BLE001 - without the corpus a chunk is read on its own
        return {}


def _section_span(country: str, section: str, chunk_text: str) -> tuple[str, int]:
    """(text, offset of the chunk in it): the whole section when the chunk is a verbatim run of it (so a
    list cut by the chunker is still quoted whole and stays verbatim in the cited section), else the chunk."""
    full = _sections().get(f"{country}:{section}")
    pos = full.find(chunk_text) if full else -1
    return (full, pos) if full and pos >= 0 else (chunk_text, 0)


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


def _weight(overlap: set[str], weights: dict[str, float] | None = None) -> float:
    idf, unseen = _idf()
    return sum(idf.get(st, unseen) * (weights or {}).get(st, 1.0) for st in overlap)


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


def query_terms(question: str, topic_sections: list[str]) -> set[str]:
    """Stems of the question, its glossary expansion (when the query module offers one) and topic terms."""
    return set(term_weights(question, topic_sections))


CONTEXT_WEIGHT = 0.6  # a word of the earlier question a follow-up builds on, relative to the turn's own
NEW_WORD_WEIGHT = 1.5  # a word of a follow-up turn that the earlier question did not use, relative to the turn's own


def term_weights(question: str, topic_sections: list[str], focus: str | None = None) -> dict[str, float]:
    """Query stems → weight: the question's own words and their glossary expansion count fully; the
    topic's generic Danish terms count half (the primary topic) or a quarter (the other topics), so a
    sentence that shares the question's words beats one that only shares the topic's vocabulary.

    ``focus``: the follow-up turn itself when ``question`` is the earlier question plus that turn ("Hvem
    foretager …? Hvad hvis sagen handler om samvær med et barn?"): the turn's words count fully, the
    earlier question's words only as context, so the sentence about the new condition wins."""
    weights: dict[str, float] = {}
    for rank, sec in enumerate(topic_sections):
        for st in stems(" ".join(TOPIC_TERMS.get(sec, ()))):
            weights[st] = max(weights.get(st, 0.0), 0.5 if rank == 0 else 0.25)
    own = None
    new: frozenset[str] = frozenset()
    if focus and focus.strip() and focus.strip() != question.strip():
        own = stems(" ".join(_question_words(focus))) | stems(danish_words(focus))
        # a turn that asks the same question under a new condition ("Og hvis dommen gælder betaling i rater?"
        # after "Hvor længe kan dommen fuldbyrdes?"): the words the earlier question did not use ("rater") name
        # that condition, so the sentence stating it outranks the earlier answer's sentences, which share the
        # repeated words. Only for a condition: in a new question on the same matter ("Hvem kan bestemme det?",
        # "Og hvor længe har kreditor så?") the new words are the generic question words, not the answer's
        earlier = question.replace(focus.strip(), " ")
        if opens_with_condition(focus) and earlier.strip() != question.strip():
            new = own - stems(" ".join(_question_words(earlier))) - stems(danish_words(earlier))
    for st in stems(" ".join(_question_words(question))):
        weights[st] = (NEW_WORD_WEIGHT if st in new else 1.0) if own is None or st in own \
            else max(weights.get(st, 0.0), CONTEXT_WEIGHT)
    # everyday nb/sv/en words in Danish: a translation is a weaker signal than the asker's own word
    for st in stems(danish_words(question)):
        weights[st] = max(weights.get(st, 0.0), 0.75 * (NEW_WORD_WEIGHT if st in new else 1.0) if own is None or st in own
                           else CONTEXT_WEIGHT * 0.75)
    # the country is already fixed by retrieval's filter; its name in a sentence says nothing more
    for st in _country_stems():
        weights.pop(st, None)
    return weights


def _question_words(question: str) -> list[str]:
    """The question and its glossary expansion (nb/sv/en words → Danish corpus words)."""
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
    return words


@lru_cache(maxsize=1)
def _country_stems() -> frozenset[str]:
    from assistant import countries

    return frozenset(st for c in countries.registry().values() for n in c.names.values() for st in stems(n))


# a negated residence in a named place ("Hvis barnet ikke er bosat i Sverige", "som ikke har bopæl i Danmark") is
# living abroad: a question saying "bor i udlandet", "lives abroad" shares no word with it but the residence, since
# the country's name is dropped from the match (retrieval fixed the country already)
_NOT_RESIDENT = re.compile(r"\b(?:ikke|ikkje|inte|not)\s+(?:er\s+|har\s+|længere\s+)?"
                           r"(?:bosat|bosatt|bor|bopæl|hjemmehørende)\s+(?:[^\W\d_]+\s+)?i\s+(?-i:[A-ZÆØÅ])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _abroad_stems() -> frozenset[str]:
    return stems("udlandet")


def best_sentences(question: str, evidence: list[Evidence], topic_sections: list[str], *,
                   limit: int = 3, per_chunk: int = 2, asks_number: bool = False,
                   money: bool = False, focus: str | None = None, scorer: SentenceScorer | None = None,
                   semantic_weight: float = 0.0, weights: SentenceWeights | None = None,
                   near_tie: float = 0.0, detail: Callable[[str], bool] | None = None) -> list[Sentence]:
    """The ``limit`` best sentences over ``evidence``; the top-ranked chunk always gives the first one.

    Retrieval already weighed dense similarity, BM25 and the topic; the lexical score here only picks
    the sentences inside those chunks, so the chunk's rank carries most of the weight.

    ``scorer`` + ``semantic_weight`` > 0: each sentence also gets ``semantic_weight`` × its question
    cosine, min-max normalised over this call's candidates (0 = the least similar, 1 = the most), so a
    paraphrase the lexicon does not know still finds the answering sentence.

    ``weights``: how much each term of the score counts (``SentenceWeights``; default the hand-set values).
    ``near_tie`` > 0: one sentence beyond ``limit`` when it scores at least ``near_tie`` × the last pick.
    ``detail``: a test for the one detail the question asks for (``stated.quote_states``); a sentence passing
    it gets the ``states_detail`` term (the composer's second pass when the first picks did not state it).
    """
    w = weights or SentenceWeights()
    term_w = term_weights(question, topic_sections, focus)  # question stem -> weight
    terms = set(term_w)
    defines = bool(_ASKS_DEFINITION.search(question))
    asked = _asked_term(question) if defines else frozenset()
    permission = asks_permission(focus or question)
    cost = asks_cost(focus or question)  # "Skal jeg betale for …?": the sentence saying what it costs answers
    law = asks_law(focus or question)  # "Which act governs …?": the line naming the act answers
    court = asks_court(focus or question)  # "Hvilken domstol behandler …?": the sentence naming the court answers
    only = asks_only(focus or question)  # "det eneste sted, jeg har at bo": "ikke har anden bolig" answers
    primary = topic_sections[0] if topic_sections else None
    scored: list[Sentence] = []
    def _names_item(item: str) -> bool:
        # the question's own word (or its translation), not just the topic's vocabulary
        return any(term_w.get(st, 0.0) >= 0.75 for st in terms & stems(item))

    def consider(i: int, sent: str, off: int, abs_off: int, section_text: str, section: str,
                 rank_prior: float, topic_bonus: float, extra: list[str]) -> None:
        """Score one sentence of chunk ``i`` (``off`` relative to the chunk, ``abs_off`` to the section)."""
        if sent.endswith(")") and not _balanced(sent) and _balanced(sent[:-1].rstrip()):
            # a parenthesis opened in the sentence before closes at this one's end ("… (indgives til
            # distriktsdomstolen …). Søgsmålsfristen er én uge …)"): the sentence without the stray ")"
            sent = sent[:-1].rstrip()
        sent = _with_inline_rest(sent, abs_off, section_text)
        # a list intro + its items, read on in the section when the chunk ends inside the list
        listed = _with_items(Sentence(sent, i, abs_off, 0.0), section_text).text
        if listed != sent and not _balanced(listed):
            listed = sent  # the items do not read well as a quote: the sentence alone
        # a short statement is a quote ("Udskriften er gratis."); a short fragment or heading is not
        short_statement = len(sent) >= _MIN_STATEMENT and _STATEMENT.match(sent) is not None
        intro = None
        # a sub-heading that names a law ("Sager om tvangsfuldbyrdelse omfattet af lov om tvangsfuldbyrdelse
        # (utsökningsbalken)") is the answer to "which act governs …?": it says which law the cases under it fall under
        law_heading = law and topic_bonus > 0 and len(sent) >= _MIN_LEN and names_law(sent)
        if listed == sent and not law_heading and ((len(sent) < _MIN_LEN and not short_statement)
                               or (len(sent) < 100 and not sent.endswith((".", "!", "?", ";", ":", "|")))):
            # sub-headings and fragments are poor quotes (a short list intro is kept); a list item the
            # question names ("folkepension") is quoted with its list's intro
            intro = _list_intro(section_text, abs_off) if _ITEM.match(sent) and _names_item(sent) else None
            if intro is None:
                return
        sent = listed
        if not _balanced(sent):
            return  # cut-off fragments read badly as quotes
        row = sent.startswith("|") and sent.endswith("|")
        if "|" in sent and (not row or not re.search(r"[^\W\d_]", sent.replace("|", ""))):
            return  # a table's separator row, or a pipe inside a sentence
        if row and _header_row(section_text, abs_off):
            return  # column names ("| Type | Beskrivelse |") state nothing
        # a web address is no wording of the sentence: "https://oikeus.fi/ulosotto/…" shares "ulosotto" with
        # a question that names the authority, and lifted a "contact details are here" line over the answer
        sent_stems = stems(_URL.sub(" ", sent))
        if _NOT_RESIDENT.search(sent):
            sent_stems = sent_stems | _abroad_stems()  # "ikke er bosat i Sverige" says "bor i udlandet"
        overlap = terms & sent_stems
        part = _compound_overlap(terms - overlap, sent_stems - overlap)
        # a figure answers only in a sentence about the question: "seks måneder" in an unrelated
        # sentence must not pass for "how many days"
        # (a deadline compound counts: "Søgsmålsfristen er én uge" states the time limit asked for)
        figure = asks_number and bool(overlap - _unit_stems() or part & _deadline_stems()) and has_figure(sent, money)
        definition = defines and _is_definition(sent, asked)
        labelled = not definition and _labels_asked_term(sent, term_w)
        deontic = permission and states_permission(sent)
        charge = cost and states_cost(sent)
        # a short sentence that says the asked thing itself costs or is free ("Udskriften er gratis." for "Skal jeg
        # betale for udskriften …?") is the whole answer: it shares one word with the question, and its cosine, low
        # beside long sentences full of the question's other words, would leave it behind them
        direct_charge = charge and len(sent) < _SHORT_ANSWER and _names_item(sent)
        # only in the asked topic's sections: a law cited elsewhere in passing ("… i henhold til punkt 1412 i
        # bilaget til lov om retsgebyrer") is the source of a fee or a detail, not the law that governs the matter
        statute = law and topic_bonus > 0 and names_law(sent)
        # likewise a court named in the asked topic's sections (not the appeal court of section 5 for a
        # question about who hears the enforcement case)
        tribunal = court and topic_bonus > 0 and names_court(sent)
        features = {
            "lexical": _weight(overlap, term_w),  # shared words weighted by rarity (IDF ≈ 1 for "udlæg", 3–4 rare)
            "compound": _weight(part, term_w),
            "rank_prior": rank_prior, "topic": topic_bonus, "figure": float(figure),
            "link_list": float(section in _LINK_SECTIONS),  # a reading list answers nothing
            "too_long": float(len(sent) > _MAX_LEN),
            "table_row": float(row),  # a table row reads worse than a sentence; quoted when it alone answers
            "definition": float(definition),  # "X er: …" answers "Hvad er X?"
            "labelled": float(labelled),  # "* **Skyldner:** Motta varsel …" answers "Hva kan jeg gjøre som skyldner?"
            "permission": float(deontic),  # "må skyldner ikke disponere …" answers "Må jeg stadig sælge …?"
            "cost": 2.0 if direct_charge else float(charge),  # "Udskriften er gratis." answers "Skal jeg betale for udskriften?"
            "court": float(tribunal),  # "Byretterne … er sagligt kompetente" answers "Hvilken domstol …?"
            "law": float(statute),  # "… omfattet af lov om tvangsfuldbyrdelse (utsökningsbalken)" answers "which act?"
            "states_detail": float(detail is not None and detail(sent)),
            "only": float(only and states_no_other(sent)),  # "ikke har anden bolig" answers "my only home"
        }
        score = w.score(features)
        reasons = ([f"overlap={sorted(overlap)[:8]}", f"chunk_rank={i + 1}"] + (["states a figure"] if figure else [])
                   + ([f"compound={sorted(part)[:4]}"] if part else [])
                   + (["defines the asked term"] if definition else [])
                   + (["labelled with the asked term"] if labelled else [])
                   + (["states a permission or prohibition"] if deontic else [])
                   + (["states a charge or that it is free"] if charge else [])
                   + (["names a law"] if statute else []) + (["names a court"] if tribunal else [])
                   + (["states there is no other (the asked 'only')"] if features["only"] else []) + extra)
        lone_figure = asks_number and not figure and has_figure(sent, money)
        scored.append(Sentence(sent, i, off, round(score, 3), reasons + (["list item with its intro"] if intro else []),
                               semantic_ok=not lone_figure, features=features, intro=intro))

    # (country, section) → (first chunk index, section text, that chunk's offset, spans of retrieved chunks)
    sections_seen: dict[tuple[str, str], tuple[int, str, int, list[tuple[int, int]]]] = {}
    top_score = max((ev.score for ev in evidence), default=0.0)
    for i, ev in enumerate(evidence):
        # a chunk retrieval scored about as high as the top one (a second chunk of the asked-about section)
        # is not a rank-4 afterthought: its prior follows its score
        near = top_score > 0 and ev.chunk.section == evidence[0].chunk.section \
            and ev.score >= NEAR_TIE * top_score
        rank_prior = 2.0 * (ev.score / top_score if near else 1 / (1 + i))
        topic_bonus = 1.0 if ev.chunk.section == primary else (0.5 if ev.chunk.section in topic_sections else 0.0)
        section_text, base = _section_span(ev.chunk.country, ev.chunk.section, ev.chunk.text)
        if section_text is not ev.chunk.text:
            key = (ev.chunk.country, ev.chunk.section)
            entry = sections_seen.setdefault(key, (i, section_text, base, []))
            entry[3].append((base, base + len(ev.chunk.text)))
        for off, sent in split_sentences(ev.chunk.text):
            consider(i, sent, off, base + off, section_text, ev.chunk.section, rank_prior, topic_bonus, [])
    # the rest of each retrieved section: the answering sentence of a long section often sits in a
    # chunk retrieval ranked lower (or cut off); read there at a discount, credited to the section's
    # best chunk (the quote is verbatim in the cited section either way)
    for (country, section), (i, section_text, base, spans) in sections_seen.items():
        rank_prior = SECTION_REST_PRIOR * 2.0 / (1 + i)
        topic_bonus = 1.0 if section == primary else (0.5 if section in topic_sections else 0.0)
        for off, sent in split_sentences(section_text):
            if any(a < off + len(sent) and off < b for a, b in spans):
                continue  # read in a retrieved chunk already
            consider(i, sent, off - base, off, section_text, section, rank_prior, topic_bonus, ["rest of section"])
    if scorer is not None and semantic_weight > 0 and scored:
        _add_semantic(scored, question, scorer, semantic_weight)
    scored.sort(key=lambda s: (-s.score, s.evidence_index, s.start))
    chosen: list[Sentence] = []
    lead = next((s for s in scored if s.evidence_index == 0), None)
    if lead is not None:
        chosen.append(lead)
    per: dict[int, int] = {0: len(chosen)}
    for s in scored:
        if len(chosen) >= limit and not (near_tie > 0 and len(chosen) == limit and s.score >= near_tie * chosen[-1].score):
            # one more only when the scorer cannot tell it from the last pick (the answering sentence is
            # as likely to be this one): a near-tie is shown, not decided by a few hundredths
            break
        if s is lead or per.get(s.evidence_index, 0) >= per_chunk:
            continue
        if any(c.evidence_index == s.evidence_index and c.start < s.start + len(s.text)
               and s.start < c.start + len(c.text) for c in chosen):
            continue  # already quoted as part of a list
        if any(c.text == s.text for c in chosen):
            continue  # the same sentence in two sections (France's 4.3 and 6): quoted once
        chosen.append(s)
        per[s.evidence_index] = per.get(s.evidence_index, 0) + 1
    # the lead stays first; the others follow in chunk order, reading order within a chunk
    return chosen[:1] + sorted(chosen[1:], key=lambda s: (s.evidence_index, s.start))


def _add_semantic(scored: list[Sentence], question: str, scorer: SentenceScorer, weight: float) -> None:
    """Add ``weight`` × the normalised question–sentence cosine to each score (reason ``semantic=``)."""
    texts = list(dict.fromkeys(s.text for s in scored))
    sims = dict(zip(texts, normalised(scorer.similarities(question, texts))))
    for s in scored:
        if not s.semantic_ok:
            s.reasons.append("semantic withheld (unrelated figure)")
            continue
        s.score = round(s.score + weight * sims[s.text], 3)
        s.features["semantic"] = sims[s.text]
        s.reasons.append(f"semantic={sims[s.text]:.2f}")


def _header_row(text: str, start: int) -> bool:
    """A markdown table row whose line is the table's first one (the line above is not a row)."""
    line_start = text.rfind("\n", 0, start) + 1
    above = text[:line_start].rstrip("\n")
    above = above[above.rfind("\n") + 1:].strip()
    return not above.startswith("|") and text[line_start:].lstrip().startswith("|")


@lru_cache(maxsize=1)
def _deadline_stems() -> frozenset[str]:
    """"frist" as the head of a compound ("søgsmålsfrist", "klagefrist") names a time limit."""
    return stems("frist")


@lru_cache(maxsize=1)
def _unit_stems() -> frozenset[str]:
    """Units and currencies: a sentence sharing only "SEK" with the question is not about it."""
    words = ("procent prosent dage dag døgn dager uger uge uker uke måneder måned år timer arbejdsdage "
             "virkedager eur euro kr kroner lev leva ron lei huf forint czk pln zloty sek nok days weeks months "
             "years dagar veckor månader")
    return stems(words)


_ASKS_DEFINITION = re.compile(r"\b(?:hvad|hva|vad) (?:er|är|betyder|betyr|innebærer|indebærer|innebär)\b|"
                              r"\bwhat (?:is|are|does)\b|\bhvad forstås\b", re.IGNORECASE)
_DEFINES = re.compile(r"^\W*([^\W\d_]+)\W* (?:er|betyder|betyr|är|indebærer|innebærer|forstås)\b")


# List markers and letter references ("a) der …", "litra a)") close a parenthesis they never opened.
_MARKER_PAREN = re.compile(r"(?m)^[ \t•\-]*\(?[a-zæøå0-9ivx]{1,4}\)|(?<![\w(])[a-zæøå]\)")


def _balanced(text: str) -> bool:
    """Parentheses and quotation marks pair up (a cut-off fragment does not)."""
    bare = _MARKER_PAREN.sub("", text)
    return bare.count("(") == bare.count(")") and not text.count('"') % 2


def _is_definition(sentence: str, asked: frozenset[str]) -> bool:
    """"Tvangsfuldbyrdelsesgrundlag er: …" answers "Hvad er et tvangsfuldbyrdelsesgrundlag?": the sentence
    opens with the asked term (``_asked_term``) followed by "er"/"betyder"."""
    m = _DEFINES.match(sentence)
    return bool(m) and bool(stems(m.group(1)) & asked)


# Words between "hvad er" and the asked term: articles and numerals ("Hva er de tre vilkårene …?").
_DETERMINERS = frozenset("de den det dem en et ei ett a an the to tre fire fem seks syv sju otte åtte ni ti "
                         "två fyra sex åtta nio tio two three four five six seven eight nine ten".split())


def _asked_term(question: str) -> frozenset[str]:
    """Stems of the term a "what is X?" question asks about: X and its glossary translations. Only X: in
    "Hva er de tre vilkårene for at det kan tas utlegg i eiendeler?" a sentence that defines "løsøre"
    (a translation of "eiendeler") answers nothing about the three conditions."""
    m = _ASKS_DEFINITION.search(question)
    words = [w for w in re.findall(r"[^\W\d_]+", question[m.end():].lower())[:4] if w not in _DETERMINERS] if m else []
    if not words:
        return frozenset()
    return stems(" ".join(_question_words(words[0]))) | stems(danish_words(words[0]))


# A line labelled with one word: "* **Skyldner:** Motta varsel …", "– Løn: kendelse om lønindeholdelse".
_LABEL = re.compile(r"^[\s*•\-–]*\**([^\W\d_]+)\**\s*:\s*\**\s*[^\W\d_]")


def _labels_asked_term(sentence: str, weights: dict[str, float]) -> bool:
    """The sentence is a labelled line whose label is a word of the question itself (a role or an asset
    the question names), so it states what holds for exactly that."""
    m = _LABEL.match(sentence)
    return bool(m) and any(weights.get(st) == 1.0 for st in stems(m.group(1)))


def _compound_overlap(terms: set[str], sent_stems: frozenset[str] | set[str]) -> set[str]:
    """Query stems that are a part of a Danish compound in the sentence: "myndighed" in
    "fogedmyndigheden", "fuldbyrdelse" in "fuldbyrdelsesgrundlaget" (head or modifier, 5+ letters)."""
    return {t for t in terms if len(t) >= 5 and any(len(w) > len(t) + 2 and (w.endswith(t) or w.startswith(t))
                                                     for w in sent_stems)}


def _with_inline_rest(sent: str, start: int, text: str) -> str:
    """A sentence ending in ":" whose line goes on is quoted with the sentence that follows on that line:
    "Tvangsbøder kan dog ikke anvendes i visse tilfælde: Hvis en person er blevet dømt til at betale et
    bestemt beløb …" is one statement, cut in two by the splitter (a colon before a capital). The intro alone
    says nothing, and the rest alone drops what it is about ("• Udsættelser: 150-2 200 RON …" likewise).
    A colon at a line end opens a list instead (``_with_items``). The quote stays a verbatim span of ``text``."""
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


_ITEM = re.compile(r"[ \t]*(?:[•\-–*▪·]\s|\(?[a-zæøå]\)\s|\(?\d{1,2}[).]\s|\(?[ivx]{1,4}\)\s)")
_MAX_ITEMS, _MAX_LIST = 6, 600
_ANAPHORIC_INTRO = re.compile(r"(?:Det|Dette|Disse|De|Heriblandt|Herunder)\s")


def _list_intro(text: str, item_start: int) -> str | None:
    """The sentence ending in ":" that opens the list the item at ``item_start`` belongs to (the lines
    above it are items up to that line), or None when the item is not in such a list."""
    line_start = text.rfind("\n", 0, item_start) + 1
    while line_start > 0:
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev_start:line_start - 1]
        if not line.strip():
            return None  # a blank line: the list has no intro above
        if not _ITEM.match(line):
            last = split_sentences(line)
            intro = last[-1][1].strip() if last else ""
            return intro if intro.endswith(":") and len(intro) >= _MIN_LEN else None
        line_start = prev_start
    return None


def _with_items(sentence: Sentence, text: str) -> Sentence:
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
    nested = bool(_ITEM.match(sentence.text)) and not rest and sentence.text.endswith(":")
    if (_ITEM.match(sentence.text) and not nested) or len(rest) > 120 \
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
        if not _ITEM.match(line) or line_end - sentence.start > _MAX_LIST + len(sentence.text):
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
