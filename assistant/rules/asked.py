"""What a question asks for: a time or an amount (``asked_quantity``), which kind of number (a deadline, a
duration, a share: ``asked_kind``), money in a named currency (``wants_money``), and which rules can give it
(``_answers``, ``_gives_money``). Pure functions over the question text.
"""

from __future__ import annotations

import re

from assistant.query._text import nfc_casefold as _fold
from assistant.rules.concepts import NOT_SEIZED
from assistant.rules.parsing import parse_arguments
from assistant.rules.schema import HOUR_UNITS, TIME_UNITS, Rule

# "the latest" asked as a noun ("what's the latest the bailiff can carry out the seizure?", "hvad er det seneste,
# fogeden kan …", "vad är det senaste …") is "at the latest": the last time to act (H16 q-2550). Shared with the
# validity topic of ``assistant.rules.question``; not the latest news or version.
LATEST_ASKED = (r"(?:what(?:'s|’s| is| was)?|hvad er|hva er|vad är) (?:the|det|den) (?:latest|seneste|senaste)\b"
                r"(?! (?:news|nyt|nytt|nye|nya|version|versjon|versionen)\b)")

_ASKS_TIME = re.compile(
    # Not bare "når"/"när"/"when": they are also plain conjunctions ("når lønnen er 3.000 EUR").
    r"frist|hvornår|hvor lang tid|hvor længe|hvor mange (?:\w*dage|uger|måneder|år|timer)|når (?:går|udløber|utløper|forældes|foreldes)|"
    r"hvor lang\b|hvor lenge|hvor mange \w*dager|hvor mange timer|när (?:går|löper|preskriberas)|hur länge|hur lång\b|"
    r"hur många \w*dagar|hur många timmar|deadline|time limit|when (?:does|do|is|will|can|must)|how long|"
    r"how many (?:working |business |calendar )?(?:days|weeks|months|years|hours)|"
    r"udløber|utløper|löper ut|expire|period|"
    # "what's the latest the bailiff can …", "hvad er det seneste, fogeden kan …": the last time to act
    + LATEST_ASKED + r"|"
    # a date is a time: "den sidste dag, hvor udlægget kan finde sted", "til hvilken dato"
    r"(?:sidste|seneste|siste|seneste|sista|senaste|last|latest|final) (?:dag|dagen|dato|datoen|datum|datumet|day|date)\b|"
    # the first day one may act on is a date too: "hvad er den første dag, jeg kan …", "the first day I can …"
    r"(?:første|första|first|tidligste|tidigaste|earliest) (?:dag|dagen|dato|datoen|datum|datumet|day|date)\b|"
    r"(?:hvilken|vilken|vilket|which|what) (?:dato|datum|date|dag)\b|"
    # how fast or how often something happens is a time too: "hvor hurtigt skal retten …", "how often must …"
    r"hvor (?:hurtigt|hurtig|fort|raskt|tit|ofte|hyppigt)\b|hur (?:snabbt|fort|ofta)\b|how (?:quickly|fast|soon|often)\b",
    re.IGNORECASE)
_ASKS_AMOUNT = re.compile(
    r"hvor meget|hvor stor|hvad koster|koster|hvor mye|hva koster|hur mycket|hur stor|vad kostar|kostar|how much|"
    r"what does .* cost|hvilket beløb|amount|beløb|beløp|belopp|procent|prosent|percent|andel|share|sats|"
    # what one must pay: "hvad skal man betale i kørselspenge", "vad måste jag betala", "what do I have to pay"
    r"(?:hvad|hva|vad|what) (?:skal|må|måste|ska|skall|do|does|must|will|should) (?:\w+ ){0,3}?(?:betale|betala|pay)\b",
    re.IGNORECASE)
# a fine is a sum of money: "what is the maximum fine", "hvor stor er bøden" (and the subject of a fine rule)
_ASKS_FINE = re.compile(r"(?<!\w)(?:bøde|bøden|bøder|bot|boten|böter|bøter|fine|fines)(?!\w)", re.IGNORECASE)


# "Hvad er retsgebyret i Slovenien?" asks for an amount even without "hvor meget".
_DEFAULT_QUANTITY = {"fee": "amount", "garnishment": "amount"}


def asks_time(question: str) -> bool:
    """The question asks for a time (a period, a date, how soon or how often)."""
    return bool(_ASKS_TIME.search(question))


# How a sum is paid is no amount asked: "den skal betales i ett beløp", "betales i et samlet beløb", "betalas i
# ett belopp", "payable in one amount", "in a lump sum" say it falls due at once, not in instalments (dev q-2442)
_ONE_SUM = re.compile(r"(?<!\w)(?:i|in) (?:et|ett|eitt|én|en|one|a single|a|single) (?:samlet |samlat |samla |"
                      r"enkelt |single |lump )?(?:beløb|beløp|belopp|amount|sum|payment)(?!\w)|(?<!\w)lump sum(?!\w)",
                      re.IGNORECASE)


def asks_amount(question: str) -> bool:
    """The question asks for an amount (a sum, a share, a fee or a fine)."""
    question = _ONE_SUM.sub(" ", question)
    return bool(_ASKS_AMOUNT.search(question) or _ASKS_FINE.search(question))


def asked_quantity(question: str) -> str | None:
    """'time' or 'amount' when the question clearly asks for one kind of number, else None."""
    t, a = asks_time(question), asks_amount(question)
    return "time" if t and not a else "amount" if a and not t else None


# Which kind of period is asked for: by when the asker must act ("senast vilket datum måste jag begära …",
# "how long do I have to file …") is a deadline; how long something may last or be put off ("hvor længe må
# afdragsordningen vare", "how long can the auction be postponed") is a duration. It ranks a topic's rules
# before their keywords, never filters them.
_ASKS_DEADLINE = re.compile(
    r"(?<!\w)(?:skal|må|måste|ska|skall|must|have to|has to|need to|should) (?:jeg|jag|eg|man|vi|i|we|you|"
    r"kreditor|kreditoren|kreditorn|the creditor) (?:\w+ ){0,3}?(?:begære|begäre|begära|begjære|indgive|inngi|"
    r"ge in|lämna in|ansøge|søke|ansöka|apply|file|lodge|request|submit|klage|klaga|appeal|anke|overklage|"
    r"överklaga|object|gøre indsigelse|gjøre innsigelse)(?!\w)|"
    # "hvornår skal fogeden senest …", "by when must …": the latest time to act
    r"(?<!\w)(?:hvornår|når|när|when) (?:skal|må|måste|ska|must) (?:\w+ ){0,3}?(?:senest|senast|at the latest)(?!\w)|"
    r"(?<!\w)by when (?:must|should|do|does|has|have)(?!\w)")
_ASKS_DURATION = re.compile(
    r"(?<!\w)(?:hvor længe|hvor lenge|hur länge|how long) (?:må|kan|can|may|får|will|does|do|is|er|är) "
    r"(?:\w+ ){0,5}?(?:vare|varer|vara|varar|last|continue|gælde|gjelde|gälla|suspended|postponed|detained|"
    r"udsættes|utsettes|skjutas upp|forlænges|förlängas|"
    # the passive with a participle: "hvor længe kan den blive udsat", "hur länge kan den bli uppskjuten"
    r"udsat|utsatt|uppskjuten|uppskjutet|forlænget|forlenget|förlängd|förlängt)(?!\w)")
# A part of a whole ("hvor stor en procentdel", "what share") is a percentage or a fraction, not an amount of
# money or a multiple of the minimum wage. ("How much of my pay is protected" asks for an amount: not here.)
_ASKS_SHARE = re.compile(
    r"(?<!\w)(?:procent\w*|prosent\w*|percent\w*|andel\w*|share|fraction|brøkdel|"
    r"hvor stor (?:en )?del|hvor stor (?:en )?part|hur stor del|how large a part|what part)(?!\w)")


# "Hvor stor en del", "what part" is a part of a whole, but the part the debtor keeps ("hvor stor en del af min
# løn må ikke beslaglægges", "what part of my income is protected", "hur stor del får jag behålla") is stated by
# the rules as an amount as often as a share: as with "how much of my pay is protected", the keywords decide.
# A word naming a share ("procentdel", "andel", "percent") still asks for one.
_VAGUE_PART = re.compile(r"(?<!\w)(?:hvor stor (?:en )?del|hvor stor (?:en )?part|hur stor del|how large a part|"
                         r"what part)(?!\w)")
_KEPT_PART = re.compile(
    r"(?<!\w)(?:(?:er|is|are|är|blir|bliver|bli|be|remains?) (?:\w+ )?(?:fritaget|fritatt|beskyttet|protected|exempt|"
    r"undantag\w*|skyddad|skyddat|unntatt)|(?:må|får|kan|get to|may|can|do|does) (?:\w+ ){0,2}?(?:beholde|behålla|keep|"
    r"retain)|" + NOT_SEIZED + r")(?!\w)")


# "Hvor skal jeg så indgive min indsigelse?", "where must I file", "var ska jag lämna in", "how should I apply",
# "til hvilken domstol skal jeg klage", "to which court must I appeal":
# a question word of place or manner right before the modal asks where or how to act, not by when (dev q-2193)
_PLACE_OR_MANNER = re.compile(r"(?<!\w)(?:hvor|hvorhen|hvortil|hvordan|hvorledes|korleis|var|vart|hur|where|how|"
                              r"(?:til|to|till|at|with|hos|for|för|before) (?:hvilken|hvilket|vilken|vilket|which|what) "
                              r"\w+)\s+$")


def _asks_deadline(folded: str) -> bool:
    return any(not _PLACE_OR_MANNER.search(folded[:m.start()]) for m in _ASKS_DEADLINE.finditer(folded))


def asked_kind(question: str) -> str | None:
    """'deadline', 'duration' or 'share' when the question says which kind of number it wants, else None."""
    folded = _fold(question)
    if _asks_deadline(folded):
        return "deadline"
    if _ASKS_DURATION.search(folded):
        return "duration"
    shares = [m.group(0) for m in _ASKS_SHARE.finditer(folded)]
    if shares and _KEPT_PART.search(folded) and all(_VAGUE_PART.fullmatch(s) for s in shares):
        return None
    return "share" if shares else None


def fits_kind(rule: Rule, kind: str | None) -> bool:
    if kind == "share":
        return rule.unit in ("percent", "fraction")
    return kind is not None and rule.kind == kind


def _answers(rule: Rule, wants: str | None, strict: bool = False) -> bool:
    """A time limit does not answer "how much does it cost?", and a fee does not answer "how long?":
    returning the neighbouring number would be a wrong answer with a correct citation. An exempt amount or a
    threshold passes as context for either, unless ``strict`` (a rule chosen by its label alone: an exempt
    amount is no answer to "by what date must the fee be paid?")."""
    if wants is None or (not strict and rule.kind in ("exempt_amount", "threshold")):
        return True
    return (rule.unit in TIME_UNITS + HOUR_UNITS) == (wants == "time")


# "How much is the lowest old-age pension …, in forint?" asks for an amount of money: with no amount in the
# question to apply it to, a percentage (or a multiple of an unstated reference) does not answer it.
_CURRENCY_NAMES = (r"forint|huf|euro|euros|eur|kroner|kronor|kronur|kr|lei|ron|zloty|złoty|pln|czk|koruna|kuna|"
                   r"leva|bgn|dkk|nok|sek")
_ASKS_CURRENCY = re.compile(r"(?<!\w)(?:in|i|på|en|into|how many|hvor mange|hur många) (?:" + _CURRENCY_NAMES + r")(?!\w)",
                            re.IGNORECASE)
_MONEY_UNIT = re.compile(r"[A-Z]{3}|kr")


def wants_money(question: str, parsed: dict | None = None) -> bool:
    """The question asks for an amount in a currency and states none to compute from."""
    parsed = parse_arguments(question) if parsed is None else parsed
    return bool(_ASKS_CURRENCY.search(question)) and "amount" not in parsed and "minimum_wage" not in parsed


def _gives_money(rule: Rule, money: bool) -> bool:
    return not money or bool(_MONEY_UNIT.fullmatch(rule.unit))
