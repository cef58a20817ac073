"""Gibberish vs. real (short, odd, misspelt) turns: ``assistant.query.wordlike``."""

import socket

import pytest

from assistant.query import wordlike
from tests.assistant.pipeline.probes_abstention import GENUINE, GIBBERISH

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text", GIBBERISH)
def test_gibberish_is_flagged(text):
    assert wordlike.looks_like_gibberish(text)


@pytest.mark.parametrize("text", sorted({t for t, _ in GENUINE}))
def test_real_short_turns_are_words(text):
    assert not wordlike.looks_like_gibberish(text)


@pytest.mark.parametrize("token", [
    "udlæg", "udlaeg",              # corpus word, and spelt without æ
    "appelfristen",                 # compound of two corpus words
    "utmätningsbeslut",             # compound with a linking s
    "fuldbyrdelsse",                # typo of a corpus word (its first letters)
    "Kronofogden", "namsmannen",    # glossary terms
    "Luxembourg", "Österrike",      # country names
    "garnishment", "hvad", "och",   # general word lists
])
def test_words(token):
    assert wordlike.is_word(token)


@pytest.mark.parametrize("token", ["xxxx", "aaaaaaa", "qwpeoi", "sdfkjh", "fnuggel", "zmxn"])
def test_not_words(token):
    assert not wordlike.is_word(token)


def test_half_words_is_not_gibberish():
    # the threshold: exactly half of the tokens being words passes ("garnishee Malta")
    assert wordlike.known_share("xqzv Malta") == (1, 2)
    assert not wordlike.looks_like_gibberish("xqzv Malta")
    assert wordlike.looks_like_gibberish("xqzv plimf Malta")


def test_half_words_with_two_mashes_is_gibberish():
    # one unknown token beside a word may be a rare real word; two beside two words are a keyboard mash
    assert wordlike.known_share("Kan fogeden sdlkfj wpeoir?") == (2, 4)
    assert wordlike.looks_like_gibberish("Kan fogeden sdlkfj wpeoir?")
    assert wordlike.looks_like_gibberish("xqzv plimf Malta udlæg")
    assert not wordlike.looks_like_gibberish("Kan fogeden tage garnishee?")


def test_word_lists_load_without_network(monkeypatch):
    # wordfreq ships its lists in the wheel: loading them must not open a socket
    def no_network(*args, **kwargs):
        raise AssertionError("network access while loading word lists")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    wordlike.general_words.cache_clear()
    try:
        words = wordlike.general_words()
    finally:
        wordlike.general_words.cache_clear()
    assert {"hvad", "hva", "vad", "what", "sverige"} <= words


@pytest.mark.parametrize("typed,expected", [
    ("udlaeg i sverige", "udlæg i sverige"),
    ("Hvornaar udloeber fristen?", "Hvornår udløber fristen?"),
    ("Kan fogeden tage min gaeld?", "Kan fogeden tage min gæld?"),
    # general words and names stay as typed
    ("What does a shoe cost in Sweden?", "What does a shoe cost in Sweden?"),
    ("Aarhus", "Aarhus"),
])
def test_respell(typed, expected):
    assert wordlike.respell(typed) == expected


@pytest.mark.parametrize("text, code", [
    ("Wie lange dauert die Pfändung?", "de"), ("Kann der Gerichtsvollzieher mein Auto pfänden?", "de"),
    ("Combien de temps dure la saisie en France?", "fr"), ("Le huissier peut-il saisir ma voiture?", "fr"),
    ("¿Cuánto tiempo dura el embargo en España?", "es"), ("Quanto dura il pignoramento in Italia?", "it"),
    ("Hoe lang duurt het beslag in Nederland?", "nl"), ("Ile trwa zajęcie komornicze w Polsce?", "pl"),
    ("Quanto tempo demora a penhora em Portugal?", "pt"),
])
def test_other_language_is_recognised(text, code):
    assert wordlike.other_language(text) == code


@pytest.mark.parametrize("text", [
    "Kan Gerichtsvollzieher i Tyskland tage min bil?", "Can the huissier de justice seize my car in France?",
    "Hvor lang tid har jeg til at appellere en décision i Frankrig?", "Vad gör kronofogden i Italien?",
    "Hvor mye kan namsmannen ta av lønna mi?", "Deutschland", "Og i Frankrig?",
])
def test_our_languages_with_foreign_terms_are_ours(text):
    assert wordlike.other_language(text) is None


def test_no_golden_question_reads_as_another_language():
    import json
    from pathlib import Path

    rows = Path(__file__).resolve().parents[3] / "evals" / "golden" / "qa.jsonl"
    # dev and test only: a holdout question is never printed, not even by a failing test
    questions = [(case["id"], t["question"]) for line in rows.read_text(encoding="utf-8").splitlines()
                 if (case := json.loads(line))["split"] != "holdout" for t in case["turns"]]
    flagged = [(i, q) for i, q in questions if not wordlike.looks_like_gibberish(q) and wordlike.other_language(q)]
    assert not flagged, flagged[:5]


@pytest.mark.parametrize("token", ["blabla", "hmm", "lol", "Haha"])
def test_fillers_are_not_words(token):
    # in the general word lists, but they say nothing (session 13, dev q-1903)
    assert wordlike.general_words() and not wordlike.is_word(token)


def test_legal_words_in_fillers_and_mashes_are_gibberish():
    assert wordlike.looks_like_gibberish("namsmann ??? qxv 88 utlegg blabla zzz hmm")
    # one filler beside a real follow-up leaves it a question
    assert not wordlike.looks_like_gibberish("Hmm, og i Sverige?")
    assert not wordlike.looks_like_gibberish("hmm udlæg?")


def test_repeated_words_count_once():
    # D19 q-2243: legal words stuffed between noise ("lön lön") are not a sentence; counted once each, three
    # words stand beside three mashes, while a terse real question ("utmätning lön Sverige?") stays words
    text = "kronofogden blaha ??? utmätning qwp 404 ååå /// lön lön"
    assert wordlike.known_share(text) == (3, 6)
    assert wordlike.looks_like_gibberish(text)
    assert not wordlike.looks_like_gibberish("utmätning lön Sverige?")
    assert not wordlike.looks_like_gibberish("Kan fogeden tage min løn, og kan fogeden tage min bil?")


@pytest.mark.parametrize("text", [
    "udlæg?? brrr foged 77 kvæk tvangsauktion ### plop",           # da
    "utlegg!! grr namsmann 12 kvakk tvangssalg ### plopp",          # nb
    "utmätning?? brrr kronofogden 77 kvack exekution ### plopp",    # sv
    "garnishment?? brrr bailiff 77 quack enforcement ### plop",    # en: "quack" is an English word
    "fogeden bip bop lønindeholdelse zzz",
    "kronofogden wiii utmätning pling plong",
    "bailiff blorp writ squee ding",
    "utmätning klonk kronofogden ### pling",
])
def test_legal_words_padded_with_noise_and_sound_words_are_gibberish(text):
    # two to four legal words, mashes and sound words the general lists hold ("plopp", "quack", "ding"), and
    # no word a sentence is built from
    assert wordlike.looks_like_gibberish(text)


@pytest.mark.parametrize("text", [
    "Kan fogeden tage min campingvgon?",   # a typo inside a real sentence: its function words stay
    "udlæg campingvogn påhængsvogn",       # rare long nouns are no sound words
    "kronofogden brrr utmätning",          # one mash beside two legal words
    "udlæg bil Tyskland", "utmätning lön Polen", "lønindeholdelse Frankrig?", "garnishee Malta",
    "tvangsbøde Frankrig hvor meget", "what about garnishment in Ireland",
])
def test_keyword_turns_with_little_noise_are_not_gibberish(text):
    assert not wordlike.looks_like_gibberish(text)


def test_rare_sound_words_count_only_among_noise():
    # the padded share is judged only when a non-word is there and no frequent word is
    assert wordlike._padded_share("Kan fogeden tage min bil?") is None
    assert wordlike._padded_share("udlæg bil Tyskland") is None
    assert wordlike._padded_share("namsmann brrr utlegg plopp") == (2, 4)


@pytest.mark.parametrize("text", [
    "fogeden fogeden udlæg ??? blåbær kendelse 4411 hhhh appel appel zzz",        # da (dev q-2419)
    "namsmann namsmann utlegg ## tyttebær kjennelse 2231 kkkk anke anke qqq",     # nb
    "utmätning utmätning lön lön brrr",                                          # sv
    "seizure seizure wages pfft",                                                # en
    "udlæg udlæg løn løn qwzx", "tvangsauktion tvangsauktion tvangsauktion zzz", "garnishment zzz garnishment",
])
def test_legal_words_repeated_in_noise_are_gibberish(text):
    # among noise a word said again is stutter padding the heap out, not a second word
    assert wordlike.looks_like_gibberish(text)


@pytest.mark.parametrize("text", [
    "udlæg udlæg Tyskland bil",                          # no noise: a bare list of legal words
    "lønindeholdelse lønindeholdelse Frankrig",
    "appeal deadline Ireland Ireland",
    "Fogeden fogeden, hvad kan fogeden tage i Tyskland?",   # prose repeats words and has its function words
    "Kan kronofogden ta min lön, lön är allt jag har?",
    "Can the bailiff bailiff take my car in Malta?",
    "Hvor meget hvor meget må fogeden tage i Polen?",
])
def test_repeated_words_without_noise_are_not_gibberish(text):
    assert not wordlike.looks_like_gibberish(text)


def test_repeats_count_as_noise_only_in_a_heap():
    assert wordlike._padded_share("udlæg udlæg løn løn qwzx") == (2, 5)
    assert wordlike.known_share("udlæg udlæg løn løn qwzx") == (2, 3)


@pytest.mark.parametrize("text", [
    "utlegg namsmann ??? trrrk 12 12 tvangssalg bla bla ok??",      # nb (D22 q-2604)
    "udlæg fogeden ??? brrk 12 tvangsauktion bla ok",               # da
    "kronofogden ??? pfrr 44 utmätning bla bla okej",               # sv
    "bailiff ??? grrk 12 garnishment blah okay",                    # en
])
def test_an_acknowledgement_makes_no_sentence_of_a_heap(text):
    # "ok" is frequent in every list but builds no sentence: the heap is judged, and "ok" counts as no word there
    assert wordlike.looks_like_gibberish(text)


@pytest.mark.parametrize("text", ["Ok", "Ok, og i Sverige?", "ok takk", "Okay, what about Malta?", "udlæg ok?",
                                  "udlæg bil Tyskland ok", "Okej, kan kronofogden ta min bil?"])
def test_an_acknowledgement_beside_words_is_no_noise(text):
    assert not wordlike.looks_like_gibberish(text)


@pytest.mark.parametrize("text", [
    "kronofogden dom utmätning plopp brrr pling 77",     # sv: "dom" is also colloquial "they", Zipf 6
    "dom kronofogden qwxz utmätning plopp bip",
    "namsmann dom utlegg plopp brrr pling",              # nb
    "judgment bailiff plopp brrr pling 77",              # en
])
def test_a_frequent_enforcement_keyword_makes_no_sentence_of_a_heap(text):
    assert wordlike.looks_like_gibberish(text)


@pytest.mark.parametrize("text", ["dom?", "Och domen?", "Kan kronofogden verkställa en dom från Polen?",
                                  "dom kronofogden utmätning", "Vad gäller för en dom från Tyskland, plopp?",
                                  "Betale dom Norge?"])
def test_a_keyword_in_a_sentence_or_without_noise_is_no_noise(text):
    assert not wordlike.looks_like_gibberish(text)


@pytest.mark.parametrize("text", [
    "Hvor lenge skal en torskefilet ligge i ovnen på 200 grader?",
    "How long does it take to boil an egg in Sweden?",
    "Hur länge ska potatisen koka?",
])
def test_everyday_content_words_are_none_of_the_pages(text):
    assert wordlike.everyday_content(text)


@pytest.mark.parametrize("text", [
    "Hur länge får de behålla mina grejer?",      # "behålla" is a page word
    "Hvor lenge kan de beholde tingene mine?",
    "How long does the whole thing usually take?",  # frequent words only: says nothing
    "How long can they hold onto my stuff?",      # one content word only
])
def test_enforcement_or_contentless_questions_are_not_everyday(text):
    assert not wordlike.everyday_content(text)
