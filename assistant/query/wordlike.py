"""Is a message written in words of da/nb/sv/en at all? ``looks_like_gibberish`` / ``known_share``.

A message is judged by the share of its letter tokens that are words: a keyboard mash with a country
or "udlæg" in it ("kjhsdf sdfkjh udlæg sdfkj") is not a question to ask a country for, while a short
real turn ("Og i Sverige?", "udlæg?", "hvad med løn") is made of words only. A token is a word when:

* it is in a general word list of Danish, Norwegian bokmål, Swedish or English: ``wordfreq``'s
  "small" lists (every word seen at least once per million words, Zipf ≥ 3; shipped in the wheel,
  read from disk, no network),
* or it is in the vocabulary of the corpus pages (the legal words the lists miss: "udlæg",
  "eksekutionsfundament"), a glossary term (all four languages) or a country name,
* or it is a compound of two such words ("appelfristen", "lønindeholdelse"), or starts like a corpus
  word of six or more letters (a typo or inflection of a legal term: "fuldbyrdelsse").

Corpus, glossary and place words are compared folded ("udlaeg" = "udlæg", see ``_text``). A token
of one repeated letter ("xxxx", "aaaa") is never a word. Only the signal lives here; the pipeline
decides what to reply.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from ._text import fold, nfc_casefold

log = logging.getLogger(__name__)

LANGUAGES = ("da", "nb", "sv", "en")
# Below half of the tokens being words, the message is not a question in these languages: a real
# question is mostly function words ("hvad", "i", "med"), which every list has. Exactly half passes
# when one token is unknown (a rare real word: "garnishee Malta"), not when two or more are: "Kan fogeden
# sdlkfj wpeoir?" is two words and two mashes, with nothing to ask a country for.
MIN_KNOWN_SHARE = 0.5
_MAX_UNKNOWN_AT_HALF = 1
_TOKEN = re.compile(r"[^\W\d_]+")
_PREFIX = 5        # a corpus word's first letters that a typo or an inflection keeps
_MIN_PREFIX_WORD = 6
_MIN_PART = 3      # each half of a compound
# Fillers and interjections are in the word lists ("blabla", "hmm", "lol" are frequent in chat text) but say
# nothing: "namsmann ??? qxv 88 utlegg blabla zzz hmm" is two legal words in noise, not a question to ask a
# country for (session 13, dev q-1903). They count as unknown; one beside a real question ("Hmm, og i Sverige?")
# still leaves most of the tokens words.
_FILLERS = frozenset({
    "bla", "blabla", "blablabla", "blah", "blahblah", "hmm", "hmmm", "hm", "mmm", "øh", "öh", "eh", "ehm",
    "uh", "uhm", "um", "umm", "lol", "haha", "hahaha", "hehe", "hihi", "asdf", "qwerty", "yada", "trallala",
})


@lru_cache(maxsize=1)
def general_words() -> frozenset[str]:
    """Lower-case words of the four languages' ``wordfreq`` small lists (empty if it is missing)."""
    try:
        import wordfreq
    except ImportError:  # pinned in pyproject; without it only the corpus and lexicons count
        log.warning("wordfreq missing: judging words by the corpus vocabulary only")
        return frozenset()
    paths = wordfreq.available_languages("small")
    words: set[str] = set()
    for lang in LANGUAGES:
        for bucket in wordfreq.read_cBpack(paths[lang]):
            words.update(bucket)
    return frozenset(nfc_casefold(w) for w in words if w.isalpha())


@lru_cache(maxsize=1)
def corpus_words() -> frozenset[str]:
    """Lower-case words of the corpus pages, as spelt there."""
    words: set[str] = set()
    try:
        from ingest.parser import sections_by_key

        for section in sections_by_key().values():
            words.update(_TOKEN.findall(nfc_casefold(f"{section.title} {section.text}")))
    except Exception as exc:  # noqa: BLE001 - a missing corpus leaves the word lists
        log.warning("corpus vocabulary unavailable: %s", exc)
    return frozenset(words)


@lru_cache(maxsize=1)
def domain_words() -> tuple[frozenset[str], frozenset[str]]:
    """Folded corpus, glossary, language-lexicon and place words, and the corpus words' prefixes."""
    words = {fold(w) for w in corpus_words()}
    prefixes = {w[:_PREFIX] for w in words if len(w) >= _MIN_PREFIX_WORD}
    from . import glossary, language, places

    for entry in glossary.entries():
        for terms in entry.terms.values():
            for term in terms:
                words.update(fold(w) for w in _TOKEN.findall(term))
                if term.endswith("*"):
                    prefixes.add(fold(term[:-1])[:_PREFIX])
        words.update(fold(w) for t in entry.to for w in _TOKEN.findall(t))
    words.update(fold(w) for w in language.lexicon())
    for names in places.known_places().values():
        words.update(fold(w) for name in names for w in _TOKEN.findall(name))
    return frozenset(words), frozenset(p for p in prefixes if len(p) == _PREFIX)


def _plain(token: str) -> bool:
    folded = fold(token)
    words, _ = domain_words()
    return nfc_casefold(token) in general_words() or folded in words


def is_word(token: str) -> bool:
    """True when ``token`` (letters only) is a word of da/nb/sv/en or of the corpus (see module doc)."""
    if len(set(token.casefold())) == 1 and len(token) > 1:
        return False
    if nfc_casefold(token) in _FILLERS:
        return False
    if _plain(token):
        return True
    low = nfc_casefold(token)
    if len(low) >= _MIN_PREFIX_WORD and fold(low)[:_PREFIX] in domain_words()[1]:
        return True
    # compounds: "appelfristen", "lønindeholdelse", "utmätningsbeslut" (with a linking s)
    for i in range(_MIN_PART, len(low) - _MIN_PART + 1):
        left, right = low[:i], low[i:]
        if _plain(right) and (_plain(left) or (left.endswith("s") and len(left) > _MIN_PART
                                              and _plain(left[:-1]))):
            return True
    return False


_SPELT_OUT = re.compile(r"ae|oe|aa", re.IGNORECASE)
_LETTER = {"ae": "æ", "oe": "ø", "aa": "å"}


def respell(text: str) -> str:
    """Corpus words typed without æ/ø/å ("udlaeg", "loen", "gaeld") in the corpus spelling.

    Only a token that is no general word and becomes a corpus word is changed ("does" stays)."""
    def one(m: re.Match[str]) -> str:
        token = m.group(0)
        low = nfc_casefold(token)
        if not _SPELT_OUT.search(low) or low in general_words():
            return token
        fixed = _SPELT_OUT.sub(lambda p: _LETTER[p.group(0).lower()], low)
        if fixed not in corpus_words():
            return token
        return fixed.capitalize() if token[:1].isupper() else fixed

    return _TOKEN.sub(one, text)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def known_share(text: str) -> tuple[int, int]:
    """(words, tokens) of ``text``: distinct words, and those plus every token that is no word.

    A repeated word adds no evidence that the message is a sentence: "kronofogden blaha utmätning qwp ååå
    lön lön" is three legal words stuffed between noise, and counting "lön" twice let it pass as mostly
    words (D19 q-2243). A repeated mash stays noise each time ("fnord fnord Frankrig fnord"). Real prose
    repeats words too ("i", "og", "fogeden"), but those drop from both counts, so a long question is
    still judged by its few unknown tokens against its many distinct words."""
    toks = tokens(text)
    known = [t for t in toks if is_word(t)]
    distinct = len({nfc_casefold(t) for t in known})
    return distinct, distinct + len(toks) - len(known)


def known_words(text: str) -> str:
    """Only the tokens that are words (to detect the language of a mostly garbled message)."""
    return " ".join(t for t in tokens(text) if is_word(t))


# Noise padded with legal words: "utlegg?? brrr namsmann 77 kvakk tvangssalg ### plopp" (dev q-2301) is three
# legal words, two mashes and a sound word ("plopp", "quack", "bip", "ding", "pling") that the general lists hold
# because chat text uses it. A message with a non-word in it and none of the frequent words every real sentence
# is built from ("kan", "hvad", "i", "the", "och": Zipf >= _SENTENCE_ZIPF in one of our languages) is a heap of
# keywords in noise; there a short general-list word (at most _SOUND_LEN letters) that is rare in all four
# languages (Zipf < _RARE_ZIPF) and no corpus, glossary or place word says nothing either, so it counts as
# unknown. A rare long word is a real noun more likely than a sound ("udlæg campingvogn"). A real question with a typo
# keeps its function words ("Kan fogeden tage min campingvgon?"), and a bare list of legal words without any
# noise ("udlæg bil Tyskland") is left alone. In such a heap a word said again is stutter padding it out, like
# the noise, not a second word: "fogeden fogeden udlæg ??? blåbær kendelse 4411 hhhh appel appel zzz" (dev
# q-2419) is four legal words in five tokens of noise. ``known_share`` drops a repeat from both counts, so that
# prose repeating "i" and "og" is not punished; prose has its sentence words and is never judged here.
_SENTENCE_ZIPF = 5.0
_RARE_ZIPF = 4.0
_SOUND_LEN = 6
# Chat acknowledgements are frequent in every list ("ok" Zipf 5.3) but build no sentence: "utlegg namsmann ???
# trrrk 12 12 tvangssalg bla bla ok??" (D22 q-2604) is three legal words in noise, and its "ok" made it pass for
# prose, so the heap was never judged. In a heap they are neither sentence words nor words, like the fillers; alone
# ("Ok", "Ok, og i Sverige?") every token is a word and nothing is judged here.
_ACKNOWLEDGEMENTS = frozenset({"ok", "okay", "okey", "okej", "oki", "okidoki", "jep", "yep", "yup"})


def _zipf(token: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        return 0.0
    low = nfc_casefold(token)
    return max(zipf_frequency(low, lang, wordlist="small") for lang in LANGUAGES)


def _builds_sentence(token: str) -> bool:
    """A frequent word that builds sentences: not a chat acknowledgement, nor an enforcement keyword that is frequent
    only through a homograph (Swedish "dom" is also colloquial "they", Zipf 6): "kronofogden dom utmätning plopp brrr
    pling" is three keywords in noise, and its "dom" let it pass for prose. A keyword heap is made of exactly those
    words; a real sentence keeps its function words ("kan", "i", "och")."""
    if _zipf(token) < _SENTENCE_ZIPF or nfc_casefold(token) in _ACKNOWLEDGEMENTS:
        return False
    from .scope import has_enforcement_signal

    return not has_enforcement_signal(token)


def _padded_share(text: str) -> tuple[int, int] | None:
    """(words, tokens) as ``known_share`` counts them but with rare sound words as unknown, when ``text`` is
    keywords in noise (see above); None when it is not."""
    toks = tokens(text)
    if all(is_word(t) for t in toks) or any(_builds_sentence(t) for t in toks):
        return None
    words, _ = domain_words()
    known = [t for t in toks if is_word(t) and nfc_casefold(t) not in _ACKNOWLEDGEMENTS
             and (fold(t) in words or len(t) > _SOUND_LEN or _zipf(t) >= _RARE_ZIPF
                  or nfc_casefold(t) not in general_words())]
    distinct = len({nfc_casefold(t) for t in known})
    # here a repeated word is stutter, not a second word: it counts as unknown, not as nothing (see above)
    return distinct, len(toks)


def _judged(known: int, total: int) -> bool:
    if total == 0 or known / total < MIN_KNOWN_SHARE:
        return True
    return known / total == MIN_KNOWN_SHARE and total - known > _MAX_UNKNOWN_AT_HALF


def looks_like_gibberish(text: str) -> bool:
    """True when fewer than half of the letter tokens are words, when exactly half are and more than one
    token is unknown, or when there is no letter at all; keywords in noise are judged with their rare sound
    words as unknown (see ``_padded_share``)."""
    if _judged(*known_share(text)):
        return True
    padded = _padded_share(text)
    return padded is not None and _judged(*padded)


# An everyday question in a frame the pages share ("Hvor lenge skal en torskefilet ligge i ovnen på 200 grader?", D23
# q-2744: "hvor lenge" is the duration topic's cue) is told from an enforcement question by its content words: the
# words that carry the subject (rare in all four languages, Zipf < _SENTENCE_ZIPF, three letters or more: "torskefilet",
# "ovnen", "grader", "boil", "egg") are none of the pages', glossary's or places' words. An enforcement question
# without an enforcement term still names one of those ("Hur länge får de behålla mina grejer?": "behålla" is a page
# word), and a question made of frequent words only ("How long does it take?") says nothing either way and is left
# alone. At least two such words, so one stray word (a name, a typo) never decides it.
_MIN_EVERYDAY_WORDS = 2


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    from . import places

    return frozenset(fold(w) for names in places.known_places().values() for name in names for w in _TOKEN.findall(name))


def everyday_content(text: str) -> bool:
    """True when ``text`` has at least two content words and none is a corpus or glossary word (see above). A place
    ("… i Sverige?") names where, not what: it is no content word either way."""
    words, _ = domain_words()
    content = [t for t in tokens(text) if len(t) >= 3 and _zipf(t) < _SENTENCE_ZIPF and fold(t) not in _place_words()]
    return len(content) >= _MIN_EVERYDAY_WORDS and not any(fold(t) in words for t in content)


# Languages a question may come in that the assistant does not answer in: the pages' own EU languages
# most likely to be tried. A message is in one of them when its words are far more frequent there than in
# any of ours ("Wie lange dauert die Pfändung?": German 24 against Danish 12 on wordfreq's Zipf scale).
OTHER_LANGUAGES = ("de", "fr", "es", "it", "nl", "pl", "pt")
_OTHER_RATIO = 1.5      # the other language's summed Zipf frequency against our best one …
_OTHER_MARGIN = 3.0     # … plus a margin, so that a Danish question with a German term stays Danish
_OTHER_MIN_TOKENS = 3   # "Deutschland", "merci": too short to tell


def other_language(text: str) -> str | None:
    """The code of a language we do not answer in (see ``OTHER_LANGUAGES``) when ``text`` is clearly
    written in it, else None. Frequencies come from ``wordfreq``'s small lists (read from disk)."""
    toks = [nfc_casefold(t) for t in tokens(text)]
    if len(toks) < _OTHER_MIN_TOKENS:
        return None
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # without the lists no language can be told apart
        return None

    score = {lang: sum(zipf_frequency(t, lang, wordlist="small") for t in toks)
             for lang in (*LANGUAGES, *OTHER_LANGUAGES)}
    ours = max(score[lang] for lang in LANGUAGES)
    best = max(OTHER_LANGUAGES, key=score.__getitem__)
    return best if score[best] > _OTHER_RATIO * ours + _OTHER_MARGIN else None
