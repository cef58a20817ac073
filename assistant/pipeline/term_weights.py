"""Query term weights: which stems of a question count, and how much, when a sentence is scored.

A question's words (and their glossary expansion into the corpus's Danish) count fully, the asked topic's
generic Danish terms (``TOPIC_TERMS``) half or a quarter, and in a follow-up the earlier question's words
only as context. ``stems`` reduces a text to the content-word stems retrieval uses (Snowball Danish), and
``idf_weight`` weighs an overlap by how rare each stem is in the corpus, so a rare legal term the question
shares with a sentence says more than "udlæg".
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any

from assistant.pipeline.lexicon import danish_words
from assistant.pipeline.understanding import opens_with_condition

_WORD = re.compile(r"[^\W_]+")

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
    "gør gøre gøres gjør gjøre gjøres gör göra görs does doing done "
    # "stille" is a light verb too: "stilles i bero" (put on hold, the suspension entry's Danish) and "stiller
    # sikkerhed" (lodge security) share only it, and a question about a stop lifted the security sentence
    "stille stilles stiller stillet stilt "
    # English "still" stems to the same "stil" ("Can I still …?" is no word of the answer)
    "still".split())


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


def idf_weight(overlap: set[str], weights: dict[str, float] | None = None) -> float:
    idf, unseen = _idf()
    return sum(idf.get(st, unseen) * (weights or {}).get(st, 1.0) for st in overlap)


def query_terms(question: str, topic_sections: list[str]) -> set[str]:
    """Stems of the question, its glossary expansion (when the query module offers one) and topic terms."""
    return set(term_weights(question, topic_sections))


CONTEXT_WEIGHT = 0.6  # a word of the earlier question a follow-up builds on, relative to the turn's own
NEW_WORD_WEIGHT = 1.5  # a word of a follow-up turn that the earlier question did not use, relative to the turn's own


def term_weights(question: str, topic_sections: list[str], focus: str | None = None,
                 page: str | None = None) -> dict[str, float]:
    """Query stems → weight: the question's own words and their glossary expansion count fully; the
    topic's generic Danish terms count half (the primary topic) or a quarter (the other topics), so a
    sentence that shares the question's words beats one that only shares the topic's vocabulary.

    ``focus``: the follow-up turn itself when ``question`` is the earlier question plus that turn ("Hvem
    foretager …? Hvad hvis sagen handler om samvær med et barn?"): the turn's words count fully, the
    earlier question's words only as context, so the sentence about the new condition wins.

    ``page``: the country whose sentences are scored; the lexicon's everyday-word families count only where
    that page does not use the asker's own word (``lexicon.danish_words``)."""
    weights: dict[str, float] = {}
    for rank, sec in enumerate(topic_sections):
        for st in stems(" ".join(TOPIC_TERMS.get(sec, ()))):
            weights[st] = max(weights.get(st, 0.0), 0.5 if rank == 0 else 0.25)
    own = None
    new: frozenset[str] = frozenset()
    if focus and focus.strip() and focus.strip() != question.strip():
        own = stems(" ".join(question_words(focus))) | stems(danish_words(focus, page))
        # a turn that asks the same question under a new condition ("Og hvis dommen gælder betaling i rater?"
        # after "Hvor længe kan dommen fuldbyrdes?"): the words the earlier question did not use ("rater") name
        # that condition, so the sentence stating it outranks the earlier answer's sentences, which share the
        # repeated words. Only for a condition: in a new question on the same matter ("Hvem kan bestemme det?",
        # "Og hvor længe har kreditor så?") the new words are the generic question words, not the answer's
        earlier = question.replace(focus.strip(), " ")
        if opens_with_condition(focus) and earlier.strip() != question.strip():
            new = own - stems(" ".join(question_words(earlier))) - stems(danish_words(earlier, page))
    for st in stems(" ".join(question_words(question))):
        weights[st] = (NEW_WORD_WEIGHT if st in new else 1.0) if own is None or st in own \
            else max(weights.get(st, 0.0), CONTEXT_WEIGHT)
    # everyday nb/sv/en words in Danish: a translation is a weaker signal than the asker's own word
    for st in stems(danish_words(question, page)):
        weights[st] = max(weights.get(st, 0.0), 0.75 * (NEW_WORD_WEIGHT if st in new else 1.0) if own is None or st in own
                           else CONTEXT_WEIGHT * 0.75)
    # the country is already fixed by retrieval's filter; its name in a sentence says nothing more
    for st in _country_stems():
        weights.pop(st, None)
    return weights


def question_words(question: str) -> list[str]:
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


def compound_overlap(terms: set[str], sent_stems: frozenset[str] | set[str]) -> set[str]:
    """Query stems that are a part of a Danish compound in the sentence: "myndighed" in
    "fogedmyndigheden", "fuldbyrdelse" in "fuldbyrdelsesgrundlaget" (head or modifier, 5+ letters)."""
    return {t for t in terms if len(t) >= 5 and any(len(w) > len(t) + 2 and (w.endswith(t) or w.startswith(t))
                                                     for w in sent_stems)}
