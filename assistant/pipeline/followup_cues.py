"""How a turn's wording says it follows the last one: cue patterns and word lists, no conversation state.

``ChatSession.plan`` asks these about a turn: does it open like a continuation ("Og i Sverige?"), point
back at what was just answered ("Kan den forlænges?", "… longer than that?"), ask the last question about
a new object ("Og selve dommen?"), only name or frame a country ("Det gäller Lettland."), only move the
case to another country, or change only the amount or date; and whether its out-of-scope part is only a
health circumstance. The answers depend on the turn's text (and its ``Understanding``) alone.
"""

from __future__ import annotations

import re

from assistant.pipeline.understanding import Understanding

# A turn that opens like this continues the conversation ("Og i Sverige?", "What about Austria?").
# "Hvad hvis …", "Hva om …", "Vad om …", "What if …" open a condition on the last question as surely as "Og hvis …"
# does (opens_with_condition): without them "Hva om jeg hadde bodd i Sverige i stedet?" (dev q-2076) was no
# follow-up and, naming no topic, was declined as out of scope; "Hvad så hvis …", "Hva så om …", "What then if …" too
_FOLLOWUP_CUE = re.compile(
    r"^\s*(og|and|och|men|but|hvad med|hva med|vad med|hur är det|what about|how about|"
    r"(?:hvad|hva|vad|what)\s+(?:(?:så|then)\s+)?(?:hvis|om|if)|"
    r"samme|same|også|også i|then|så|hvis|if|om|dersom)\b", re.IGNORECASE)

# "Kan den forlænges?", "Can it be extended?", "Gælder det også for pension?": a short question about
# the thing just answered, pointed at by a pronoun or by its own noun ("fristen", "the deadline")
_ANAPHOR_CUE = re.compile(
    r"^\s*(?:kan|can|could|may|må|får|skal|will|would|is|er|är|blir|bliver|gælder|gjelder|gäller|does|do|"
    r"hvordan|how|hur)\b(?:\s+\w+){0,2}?\s+(?:it|den|det|denne|dette|fristen|tidsfristen|deadline|"
    r"the deadline|the time limit|this|that|these)\b", re.IGNORECASE)
# ... or a question word asking about it, the pronoun last: "Hvem kan bestemme det?", "Vem bestämmer det?",
# "When does that happen?" (after "Kan jeg blive sat i hæfte …?", "det" is the detention, not enforcement
# in general, which "hvem" alone would point to)
_WH_ANAPHOR_CUE = re.compile(
    r"^\s*(?:hvem|hvornår|hvor|når|who|when|where|vem|när|var)\b(?:\s+\w+){1,3}?\s+"
    r"(?:it|den|det|denne|dette|this|that)\s*\?*\s*$", re.IGNORECASE)
_ANAPHOR_MAX_WORDS = 6
# "Can the bailiff give me longer than that?", "Kan fogeden give mig længere end det?", "Kan jeg få mer enn det?",
# "Kan de ge mig längre än så?": a comparison with "that" measures against the figure just answered (the
# deadline, the amount), wherever the pronoun stands, so the subject before it may take a few more words
_COMPARATIVE_ANAPHOR = re.compile(
    r"\b(?:than|end|enn|än)\s+(?:that|this|it|det|dette|detta|så)\s*\?*\s*$", re.IGNORECASE)
_COMPARATIVE_MAX_WORDS = 10
# "Og selve dommen?", "And a judgment of the lower courts?": a fragment after "and" with no verb or question word
# of its own asks the last question again about a new object, however many words the object takes ("Og hvis det
# er en bil?" is a condition, handled by opens_with_condition). The negative list holds the words that would make it a
# question of its own.
_ELLIPSIS = re.compile(
    r"^\s*(?:og|and|och|men|but|enn)\s+(?!(?:kan|can|could|is|are|er|är|var|was|må|får|skal|ska|will|would|"
    r"does|do|did|har|have|has|hvad|hva|vad|what|who|hvem|vem|how|hvordan|hur|when|hvornår|når|när|where|hvor|"
    r"hvilken|hvilke|vilken|vilka|which|why|hvorfor|varför|if|hvis|om|dersom)\b)[^?!.]*\?*\s*$", re.IGNORECASE)
_ELLIPSIS_MAX_WORDS = 8


def continues(text: str) -> bool:
    """The turn opens like a follow-up ("Og i Sverige?", "What about Austria?", "Hvis …")."""
    return bool(_FOLLOWUP_CUE.match(text))


def points_back(text: str, n_words: int) -> bool:
    """A short question about the thing just answered: a pronoun or its noun ("Kan den forlænges?", "Hvem
    kan bestemme det?"), or a comparison with it ("Kan jeg få mer enn det?", which may take a few more words)."""
    return bool((n_words <= _ANAPHOR_MAX_WORDS and (_ANAPHOR_CUE.match(text) or _WH_ANAPHOR_CUE.match(text)))
                or (n_words <= _COMPARATIVE_MAX_WORDS and _COMPARATIVE_ANAPHOR.search(text)))


# "And what's the latest the bailiff can carry out the seizure after that?", "Hvor lang tid har han efter det?",
# "Hva skjer etter det?", "Vad händer därefter?": a question that ends by anchoring itself in time to what was just
# answered ("after that" = after the precetto, the notice, the sale) asks about the same step of the same procedure,
# whatever topic its own nouns cue ("seizure" alone cues the assets section; dev q-2550 t1 lost the precetto)
_ANCHORED_IN_LAST = re.compile(
    r"(?:\b(?:after|before|since|until|from)\s+(?:that|this|then)|"
    r"\b(?:efter|etter|før|för|inden|innen|siden|sedan|fra|från)\s+(?:det|dette|detta|da|dess)|"
    r"\b(?:derefter|deretter|därefter|thereafter|afterwards|bagefter|etterpå|efteråt))\s*[?.!]*\s*$", re.IGNORECASE)
_ANCHORED_MAX_WORDS = 16


def anchored_in_last(text: str, n_words: int) -> bool:
    """A question placed in time relative to the thing just answered ("… after that?", "… efter det?")."""
    return n_words <= _ANCHORED_MAX_WORDS and bool(_ANCHORED_IN_LAST.search(text))


def is_ellipsis(text: str, n_words: int) -> bool:
    """A verbless fragment after "and" ("Og selve dommen?"): the last question about a new object."""
    return n_words <= _ELLIPSIS_MAX_WORDS and bool(_ELLIPSIS.match(text))


# Words that only frame a country: "Det gäller Lettland.", "Det drejer sig om Letland", "It's in Latvia",
# "Jeg bor i Letland", "The country is Latvia, please", or ask the last question again for it: "Samma fråga
# för Finland", "Gælder det samme i Norge?", "Er det anderledes i Polen?", "How does that compare with
# Austria?", "Hvad siger reglerne i Sverige?". Such a turn says where, nothing else.
_COUNTRY_FRAME = frozenset("""
    det dette detta it its it's this that the here her här gäller gælder gjelder concerns concerning drejer dreier
    handlar handler sig seg om about is er är was var in i på at on jeg jag i i'm im am bor live lives living
    sagen saken fallet case landet land country please tak takk tack så so well ok okay nu now
    skyldneren gäldenären debtor the han hun hon he she vi we vores vår our min mitt my
    samme same samma spørgsmål spørsmål fråga frågan question for för til to too også
    anderledes annerledes annorlunda different differently compare compares compared comparison sammenlignet
    sammenliknet jämfört jämför with med like som as
    hvordan hvorledes hur how what hvad hva vad what's does do gør gjør gör
    reglerne reglene reglerna regler rules rule siger sier säger say says står ud ut look looks
    apply applies
    der there finns fins noget noe något anything something
    tilsvarende tilsvarande lignende liknende liknande motsvarande similar equivalent likewise
    """.split())
# ... or asks whether the like holds there: "Gælder der noget tilsvarende i Belgien?", "Finns det något liknande i
# Belgien?", "Is there anything similar in Belgium?" (dev H12 q-2074 t2: read as a new question, declined): the
# similarity words of all four languages point at the last question, like "samme" does


def bare_country_turn(text: str, u: Understanding) -> bool:
    """True when the turn is little more than country names ("Sverige", "Norway?") or frames one
    ("Det gäller Lettland.", "It's in Latvia")."""
    words = re.findall(r"\w+(?:'\w+)?", text.lower())
    if len(words) <= 2 + len(u.covered):
        return True
    rest = [w for w in words if w not in _COUNTRY_FRAME]
    return bool(u.covered) and len(rest) <= len(u.covered) and len(words) <= 8


# A condition that only moves the case to another country ("Og hvis jeg flytter til Slovakiet?", "Och om jag
# bor i Polen?", "And if I moved to Austria?") adds nothing to the question but the country: a plain country switch
_RELOCATION = frozenset("""
    og och and men but hvis if om dersom hvad hva vad what
    flytter flytte flyttet flyttede flyttar flyttade flyttat flytta move moves moved moving
    bor bo boede bodde boet lived fra från from
    bodd bott bosat bosatt bosatte resided reside live living
    hadde hade havde had har have haft ville would skulle should were was var
    instead stedet stället istället istedet istedenfor stedenfor
    """.split())
# ... also in the perfect or the conditional, with "instead" ("Hva om jeg hadde bodd i Sverige i stedet?", "Och om
# jag hade bott i Polen istället?", "What if I had lived in Austria instead?"; dev q-2076): the auxiliaries, the
# participles and "instead" name nothing new either, so the turn is the same question for another country


# "Og i Finland, hvis flere kreditorer har bedt om utlegg?", "Og i Belgien, når skyldnerens indbo er solgt på
# auktion?", "And in Sweden, if the debtor has no income?": a country switch that adds a condition after the country.
# The condition is part of what is asked (the same question there, under it), so its words must stay in the query;
# read as a plain country switch the question became the last one alone and the condition was lost (dev q-2258 t1)
_TRAILING_CONDITION = re.compile(
    r"^\s*(?:og|and|och|men|but)\s+(?:i|in|på|for|för)\s+[^,;–—-]{2,40}?\s*[,;–—-]\s*"
    r"(?:hvis|if|dersom|om|når|när|when)\b", re.IGNORECASE)


def country_then_condition(text: str, u: Understanding) -> bool:
    """A turn that names a country and then a condition ("Og i Finland, hvis flere kreditorer …?")."""
    return bool(u.covered) and bool(_TRAILING_CONDITION.match(text))


def only_relocates(text: str, u: Understanding) -> bool:
    words = re.findall(r"\w+(?:'\w+)?", text.lower())
    rest = [w for w in words if w not in _COUNTRY_FRAME and w not in _RELOCATION]
    return len(rest) <= len(u.covered)


def health_circumstance(text: str) -> bool:
    """True when the text is out of scope only as a medical/health question (assistant.query.scope)."""
    from assistant.query.scope import out_of_scope_category

    category = out_of_scope_category(text)
    return category is not None and category.id == "medical"


# "Hva med dødsboet?", "What about my inheritance?", "Och vad med arvet?": a question word that only introduces
# the object, like "og" does in an ellipsis
_WHAT_ABOUT = re.compile(
    r"^\s*(?:(?:og|and|och|men|but)\s+)?(?:hvad med|hva med|vad med|hur är det med|what about|how about)\s+(?=\w)",
    re.IGNORECASE)
_OPENING = re.compile(
    r"^\s*(?:(?:og|and|och|men|but)\s+)?(?:hvad med|hva med|vad med|hur är det med|what about|how about|"
    r"(?:(?:hvad|hva|vad|what)\s+)?(?:hvis|if|dersom|om))?\s*", re.IGNORECASE)
# a question word after the opening makes it a question of its own ("Og hvordan fordeles arven?")
_OWN_QUESTION = re.compile(
    r"\b(?:hvad|hva|vad|what|who|whom|hvem|vem|how|hvordan|hur|when|hvornår|når|när|where|hvor|var|hvilken|hvilket|"
    r"hvilke|vilken|vilket|vilka|which|why|hvorfor|varför|hvorledes)\b", re.IGNORECASE)


def names_new_object(text: str, n_words: int) -> bool:
    """A short elliptical follow-up that only names a new object for the question in focus: "Og min arv?",
    "And my inheritance?", "Hva med dødsboet?", "Og hvis det er en arv?" (no question word of its own after
    the opening, at most a few words)."""
    from assistant.pipeline.understanding import opens_with_condition

    if n_words > _ELLIPSIS_MAX_WORDS:
        return False
    if not (is_ellipsis(text, n_words) or _WHAT_ABOUT.match(text) or opens_with_condition(text)):
        return False
    rest = text[_OPENING.match(text).end():]
    return not _OWN_QUESTION.search(rest)


def ordinary_object(text: str) -> bool:
    """True when the text is out of scope only through an ordinary category term that can name an object of an
    enforcement question (an estate, a divorce settlement, a fine; not a recipe or the weather), never through an
    override term (a prison sentence, the limitation of an offence: criminal law whatever else is said)."""
    from assistant.query.scope import ordinary_out_of_scope_category

    category = ordinary_out_of_scope_category(text)
    return category is not None and category.followup_object


# the words of an amount or date change that name nothing new: "Og hvis gjelden er på 2 000 EUR?", "What if the
# amount is 2,000 EUR?", "Och om datumet är 1 april 2024?"
_CHANGE_FRAME = frozenset("""
    gælden gjelden gjelda skulden skuld debt the debt claim kravet fordringen beløbet beløpet beloppet amount sum summen
    summa datoen datumet date dagen day instead i stedet istället heller være vara be til at of på
    eur euro euros kr kroner kronor dkk nok sek dollar usd de dei
    januar januari january februar februari february marts mars march april maj mai may juni june juli july
    august augusti september oktober october november december
    """.split()) | _RELOCATION | _COUNTRY_FRAME


def condition_words(text: str) -> list[str]:
    """The words of a condition beyond the amount or date it changes."""
    return [w for w in re.findall(r"[^\W\d_]+", text.lower()) if w not in _CHANGE_FRAME]
