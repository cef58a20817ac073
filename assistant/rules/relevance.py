"""Whether a chosen rule's number answers the question at all.

A topic word fires on questions that ask for no number ("Må jeg sælge mit hus, efter at fogeden har beslaglagt
det?", "Who is appointed as auctioneer?"). Stating a number there answers another question, and the fact's
section then leads the answer. A rule is stated for such a question only when its number is the question's own
subject: a rule of the question's (or the conversation's) topic whose number is that topic's own (the appeal
deadline for "can I appeal?", the share of wages for "can they take my pay?"), or a rule the question names by
one of its reviewed keywords. Pure functions; the router (``router.py``) drops a rule that fails.
"""

from __future__ import annotations

import re

from assistant.query._text import nfc_casefold as _fold
from assistant.rules.asked import _DEFAULT_QUANTITY, asked_kind, asked_quantity
from assistant.rules.keywords import _keyword_score
from assistant.rules.question import TOPIC_FALLBACK, _scoring_text
from assistant.rules.schema import HOUR_UNITS, TIME_UNITS, Rule

# Topics whose rules time the acts AROUND the topic, not the topic itself: a sale's rules are the deadline to
# sue over an invalid auction, to ask for a suspension, the notice before it. "Kan de sælge mit hus?" asks
# whether there is a sale; none of these numbers answers it unless the question names that act.
_NUMBERS_AROUND = ("sale",)


# "Hva er grense for …", "Vilken preskriptionstid nämns …", "what is the maximum suspension": a noun naming a
# number asks for one without "how much" or "how long".
_NAMES_A_NUMBER = re.compile(
    r"(?<!\w)(?!(?:altid|alltid|samtid|samtidig|samtidigt)(?!\w))\w*(?:frist|fristen|frister|tid|tiden|periode|"
    r"perioden|period|grænse|grænsen|grense|grensen|gräns|gränsen|varighed|varighet|varaktighet)(?!\w)|"
    r"(?<!\w)(?:maksimal\w*|maximal\w*|maximum|minimum|minimal\w*|højeste|laveste|høyeste|laveste|högsta|lägsta|"
    r"highest|lowest|limit|threshold|duration|sats|satsen|rate|takst\w*)(?!\w)")


def asks_for_number(question: str, parsed: dict, follow_up: bool) -> bool:
    """The question asks for a time, an amount or a kind of number (or names one: "grense", "frist"), gives an
    amount or date to compute with, or continues a turn that did ("Og i Finland?", "Og hvis beløbet er 2.000 EUR?")."""
    if follow_up or asked_quantity(question) or asked_kind(question) or _NAMES_A_NUMBER.search(_fold(question)):
        return True
    return any(parsed.get(k) for k in ("start_date", "amount", "minimum_wage", "item_counts"))


# A time of day ("hvornår på auktionsdagen", "what time", "hvilket klokkeslæt") is no period: the rules model
# periods and amounts, never clock times (README), so no period rule answers it.
_CLOCK_TIME = re.compile(
    r"(?<!\w)(?:(?:hvornår|når|när|when) på (?:\w*dag\w*|\w*dagen)|(?:at )?what time(?! (?:limit|frame|period|do|does|have))|"
    r"(?:hvad|hva|vilken) tid på dagen|"
    r"(?:hvilket|hvilken|vilket|which) (?:klokkeslæt|klokkeslett|klockslag|tidspunkt)|hvor sent på dagen|"
    r"hur sent på dagen|how late (?:in|on) the day)(?!\w)")


# A question asking WHO acts ("Hvem træffer afgørelsen?", "Who sets the measures?", or a cleft "Er det dommeren
# selv, der står for …", "Är det domaren som …") asks for a person or body, not a number: the topic's default
# number (a wage scale for "lønfradrag") does not answer it. One that also asks for a number still gets it, and
# a "who" tacked on ("Kan jeg klage over det, og til hvem?") leaves the question's own ask standing.
# A leading place ("In Spain, who …", "I Sverige: hvem …") is the question's setting, not its ask.
_ASKS_WHO = re.compile(
    r"^\W*(?:(?:i|in|pa|på) \w+(?: \w+)?[,:]\s*)?(?:(?:og|and|och|men|but) )?(?:(?:til|for|af|av|hos|till|för|to|by|with) )?"
    r"(?:hvem|vem|who|whom)(?!\w)|"
    r"^\W*(?:er|var|är|is|was) (?:det|it) (?:\w+,? ){1,4}?(?:der|som|who)(?!\w)")


def asks_who(question: str) -> bool:
    return _ASKS_WHO.search(_fold(question)) is not None


# Information someone is asked to give ("has asked our company for details of an employee's salary", "bedt os
# om oplysninger om hans løn", "begärt uppgifter om lönen", "information about my income"): the question is
# about the duty to give it, not about the number of what it concerns (the wage scale for "salary"; dev
# q-2401). Only the information noun followed by what it is about.
_INFORMATION_ABOUT = re.compile(
    r"(?<!\w)(?:oplysning|oplysninger|oplysningerne|opplysning|opplysninger|opplysningene|uppgift|uppgifter|"
    r"uppgifterna|upplysning|upplysningar|upplysningarna|information|informationen|informasjon|informasjonen|"
    r"details?|particulars|data|records?|dokumentation|dokumentasjon|documentation|documents?) "
    r"(?:om|on|about|of|regarding|concerning|vedrørende|angående|rørende)(?!\w)")


def asks_about_information(question: str) -> bool:
    """The question is about information asked for (its giving), with no number asked."""
    return _INFORMATION_ABOUT.search(_fold(question)) is not None


def answers(rule: Rule, question: str, parsed: dict, topic: str | None, conversation_topic: str | None,
            follow_up: bool = False) -> bool:
    """Whether stating ``rule`` answers ``question`` (see the module doc)."""
    folded = _fold(question)
    if rule.unit in TIME_UNITS + HOUR_UNITS and _CLOCK_TIME.search(folded) \
            and not (_NAMES_A_NUMBER.search(folded) or asked_kind(question)):
        # a time of day, and no deadline or period named beside it ("What time limit applies …?" names one)
        return False
    if (asks_who(question) or asks_about_information(question)) \
            and not asks_for_number(question, parsed, follow_up):
        return False
    own = {t for t in (topic, TOPIC_FALLBACK.get(topic or "")) if t}
    # "Hvad er retsgebyret?" asks for an amount without saying so: a fee or a share of wages is the topic's number
    if rule.topic in own and topic in _DEFAULT_QUANTITY:
        return True
    if asks_for_number(question, parsed, follow_up):
        return True
    if _keyword_score(rule, _scoring_text(question)) > 0:
        return True
    subject = own | ({conversation_topic} if conversation_topic else set())
    return rule.topic in subject and rule.topic not in _NUMBERS_AROUND
