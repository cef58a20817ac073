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
from assistant.rules.question import TOPIC_CUES, TOPIC_FALLBACK, _scoring_text
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
# A leading place ("In Spain, who …", "I Sverige: hvem …") is the question's setting, not its ask. (The composer's
# ``focus.asks_who`` also takes a who after a clause break, for the sentence naming the office: there a tacked-on
# "og til hvem?" does ask for the office.)
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


# A question asking WHERE to act ("hvor skal jeg indgive min indsigelse?", "hvor kan jeg klage?", "var ska jag
# lämna in invändningen?", "where do I file the objection?", "to which court …", "til hvilken myndighed …") asks for a
# place or body, not a number: the topic's deadline does not answer it (dev q-2193). Danish/Norwegian "hvor" only
# directly before a verb ("hvor lang tid", "hvor meget" ask a degree), Swedish "var"/"vart" only before a modal or
# a verb of sending ("var det …" is "was it"). (The composer's ``sentence_features.asks_where_filed`` is narrower: a
# where-to-lodge question, for the sentence naming the place; this one keeps any where-question from a number.)
_ASKS_WHERE = re.compile(
    r"(?<!\w)(?:hvor|hvorhen|hvortil) (?:skal|kan|må|bør|sender|indgiver|indsender|inngir|sendes|indgives|inngis|"
    r"klager|henvender|finder|finner)(?!\w)|"
    r"(?<!\w)(?:var|vart|vart) (?:ska|skall|kan|måste|bör|skickar|lämnar|vänder|överklagar)(?!\w)|"
    r"(?<!\w)where (?:do|does|can|could|must|should|shall|will|would|to|is|are)(?!\w)|"
    r"(?<!\w)(?:to|with|at|before|til|hos|for|till|vid|hos) (?:which|what|hvilken|hvilket|hvilke|vilken|vilket|vilka) "
    r"(?:court|courts|authority|body|office|domstol\w*|ret|retten|myndighed\w*|myndighet\w*|instans\w*|kontor\w*)"
    r"(?!\w)")


def asks_where(question: str) -> bool:
    """The question asks where (or to which body) to act."""
    return _ASKS_WHERE.search(_fold(question)) is not None


# A question asking from WHEN a period is counted ("Fra hvornår regnes gyldighedsperioden?", "Från när räknas
# tiden?", "From when does the period run?", "hvornår begynder fristen at løbe?", "when does the period start to
# run?") asks for the event that starts it, not for the period's length (dev q-2571): a period rule answers it only
# when the question also asks how long or for a date. Narrower than the composer's ``sentence_features.asks_start``
# on purpose: "from what date can the creditor start enforcing" and "take effect" still get their period's number.
_ASKS_START = re.compile(
    r"(?<!\w)(?:fra hvornår|fra når|från när|from when|from what (?:point|moment)|fra hvilket tidspunkt|"
    r"från vilken tidpunkt) (?:\w+ ){0,4}?(?:regnes|beregnes|tælles|telles|løber|løper|räknas|beräknas|löper|"
    r"counted|calculated|run|runs)(?!\w)|"
    r"(?<!\w)(?:hvornår|når|när|when) (?:begynder|begynner|starter|börjar|does|do|will) (?:\w+ ){0,4}?"
    r"(?:at løbe|å løpe|att löpa|start to run|begin to run|start running|begin running)(?!\w)")
_ASKS_LENGTH = re.compile(r"(?<!\w)(?:hvor længe|hvor lenge|hur länge|how long|hvor lang|hur lång|hvor mange|hur många|"
                          r"how many|(?:sidste|siste|sista|last|latest|seneste|senaste|final) (?:dag|dagen|dato|datoen|datum|"
                          r"datumet|day|date))(?!\w)")


def asks_start_only(question: str) -> bool:
    """The question asks when a period starts running, not how long it is or when it ends."""
    folded = _fold(question)
    return _ASKS_START.search(folded) is not None and _ASKS_LENGTH.search(folded) is None


# "Hvad er tidligste salg af udlagte aktiver?", "What is the time within which appeals are decided?": a question
# asking what a thing is names that thing; its keywords name the rule as they always did.
_ASKS_WHAT_IS = re.compile(r"^\W*(?:(?:og|and|och|men|but|so|så) )?(?:hvad|hva|vad|what|which|hvilken|hvilket|hvilke|"
                           r"vilken|vilket|vilka) (?:er|is|är|are|var|was|blir|bliver|will be)(?!\w)")


def _keyword_named(rule: Rule, question: str, topic: str | None, subject: set[str]) -> bool:
    """The question names ``rule`` by a keyword of its own. Unless it asks what a thing is, two kinds of keyword
    name only the case: a keyword of the topic's default rule that is itself a cue of the question's topic ("salg"
    for "Kan en anden kreditor stoppe et salg?") names that topic, not the rule's number (dev q-784); and a keyword
    of a rule under another topic than the one the question asks about ("lejlighed" for a housing-cost cap when the
    question asks how to keep the flat from being sold) names a thing of the case, not that rule's number (dev
    q-2494)."""
    if _ASKS_WHAT_IS.search(_fold(question)):
        return _keyword_score(rule, _scoring_text(question)) > 0
    if topic is not None and rule.topic not in subject:
        return False
    cue = TOPIC_CUES.get(topic or "") if rule.primary else None

    def ignore(keyword: str) -> bool:
        return bool(cue and re.fullmatch(r"(?:" + cue + r")\w*", keyword))

    return _keyword_score(rule, _scoring_text(question), ignore) > 0


# "Kan de tage hele min løn?", "Can they garnish my salary?": the wage share answers a question about taking the
# income. One where the income is only part of the case ("Tæller min kones løn med, når de regner det ud?", "Hjælper
# det, hvis jeg åbner en ny konto og får lønnen sat ind der?") asks something else (dev q-1633, q-1851): the asked
# question must name a taking, seizing, deducting or keeping (of it, or the enforcement begun: "har börjat driva
# in min skuld").
_TAKES = re.compile(
    r"(?<!\w)(?:tage|tager|tag|taget|tages|tog|ta|tar|tatt|tas|tok|take|takes|taken|taking|took|udlæg|utlegg|utmät\w*|"
    r"beslag\w*|seize\w*|seizing|garnish\w*|attach\w*|trække|trækker|trækkes|trukket|trekke|trekker|trekkes|trukket|"
    r"dra|drar|dras|dragit|deduct\w*|fradrag\w*|indehold\w*|lønindehold\w*|lønnstrekk\w*|löneutmät\w*|"
    r"beholde|beholder|behålla|behåller|keep|keeps|kept|retain|left|tilbage|igjen|kvar|røre|rører|touch|"
    r"inddrive|inddrives|inddrevet|innkreve|innkreves|driva in|drivs in|collect\w*|recover\w*|"
    r"utsök\w*|ulosot\w*|dække|dækket|dækkes|dekke|dekket|dekkes|täcka|täckt|täcks|cover|covered|pant\w*)(?!\w)")


def _takes_income(question: str) -> bool:
    """The question names a taking of the income, or asks what a thing is ("Hvad er månedlig mindsteløn?")."""
    folded = _fold(question)
    return _TAKES.search(folded) is not None or _ASKS_WHAT_IS.search(folded) is not None


def answers(rule: Rule, question: str, parsed: dict, topic: str | None, conversation_topic: str | None,
            follow_up: bool = False) -> bool:
    """Whether stating ``rule`` answers ``question`` (see the module doc)."""
    folded = _fold(question)
    if rule.unit in TIME_UNITS + HOUR_UNITS and _CLOCK_TIME.search(folded) \
            and not (_NAMES_A_NUMBER.search(folded) or asked_kind(question)):
        # a time of day, and no deadline or period named beside it ("What time limit applies …?" names one)
        return False
    if (asks_who(question) or asks_where(question) or asks_about_information(question)) \
            and not asks_for_number(question, parsed, follow_up):
        return False
    if rule.unit in TIME_UNITS and asks_start_only(question) and not follow_up:
        return False
    own = {t for t in (topic, TOPIC_FALLBACK.get(topic or "")) if t}
    # "Hvad er retsgebyret?" asks for an amount without saying so: a fee or a share of wages is the topic's number
    if rule.topic in own and topic in _DEFAULT_QUANTITY and (topic != "garnishment" or _takes_income(question)):
        return True
    if asks_for_number(question, parsed, follow_up):
        return True
    subject = own | ({conversation_topic} if conversation_topic else set())
    if _keyword_named(rule, question, topic, subject):
        return True
    return rule.topic in subject and rule.topic not in _NUMBERS_AROUND \
        and (rule.topic != "garnishment" or _takes_income(question))
