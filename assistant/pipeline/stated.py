"""One specific detail asked for, and whether the evidence states it: ``asked_detail``,
``detail_subject_sections``, ``states_detail``.

"What is the fee / the deadline / the phone number …?" asks for one detail a page either states or
does not. A reply may only answer when a rule fact of that kind or a quoted sentence gives it;
otherwise the page does not say, and quoting a neighbouring passage would look like an answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.models import Fact
from assistant.rules.labels import stems
from assistant.rules.question import TOPIC_CUES
from assistant.rules.schema import Rule
from assistant.pipeline.sentence_features import has_figure
from assistant.pipeline.understanding import _EXTENSION, topic_sections

# Kind of detail -> the nouns that name it (word starts, compounds included: "retsafgiften",
# "appelfristen"). Costs in general ("hvilke omkostninger") and "how long" are left out: pages answer
# those in words.
_DETAIL_NOUNS: dict[str, str] = {
    "money": r"\w*(?:gebyr|afgift|avgift|salær|honorar|takst)\w*|fees?|charges?|price|pris(?:en)?",
    "rate": r"\w*(?:rentesats|räntesats)\w*|rente[nr]?|räntan?|interest rate|rate of interest",
    "deadline": r"\w*frist\w*|deadline|time[ -]limit",
    "contact": r"\w*(?:telefon|phone)\w*|e-?mail\w*|hjemmeside\w*|website|webbplats\w*|nettside\w*",
}
_DETAIL_ASK = {kind: re.compile(
    # "By what date must the fee be paid?" asks for a date, not for the fee
    r"\b(?:hvad|hva|vad|what|which|hvilke[nt]?|vilke[nt]|vilka)\b(?!\W+(?:date|dato|datum|day|dag|dagen)\b)"
    r"(?:\W+\w+){0,4}?\W+(?:" + nouns + r")\b",
    re.IGNORECASE) for kind, nouns in _DETAIL_NOUNS.items()}
# A time limit asked by its LENGTH ("Hvor lang klagefrist har jeg …?", "Hvor lang er ankefristen?", "Hur lång är
# överklagandefristen?", "How long is the deadline to object?"): a deadline asked for as surely as "Hvad er
# fristen?" (dev q-2143: a Norwegian page naming no appeal deadline was answered with its steps). The length
# word must lead to the time-limit noun itself, so "Hvor lang tid tager det at klage?" (no "frist") stays as before.
_DEADLINE_LENGTH_ASK = re.compile(
    r"\b(?:hvor\s+lange?|hur\s+lång[at]?|how\s+long)\b(?:\W+\w+){0,4}?\W+(?:" + _DETAIL_NOUNS["deadline"] + r")\b",
    re.IGNORECASE)
# "How long do I have to appeal?", "Inden for hvor lang tid …?", "Hvornår skal den senest …?": the time
# allowed for a step, i.e. a deadline, without the word. ("How long does an attachment last?" is not.)
_DEADLINE_PHRASE = re.compile(
    r"\b(?:hvor lang tid har|hvor lenge har|hur lång tid har|how long do(?:es)?\s+\w+(?:\s+\w+)?\s+have\s+to"
    r"|(?:hvor mange|hur många|how many)\s+(?:dage|dager|dagar|days|uger|uker|veckor|weeks|måneder|månader|"
    r"months)\s+(?:har|do|does)"
    r"|inden for hvor lang tid|innen hvor lang tid|innenfor hvor lang tid|inom hur lång tid|within how (?:long|many)"
    r"|(?:hvornår|når|när|when)\b(?:\W+\w+){0,6}?\W+(?:senest|senast|at the latest))\b",
    re.IGNORECASE)


# The limitation of the judgment or claim itself ("forældelsesfristen", "preskriptionstiden", "is it
# time-barred?"): a page states it in words of its own, or a rule of kind limitation_period gives it.
# "forælder" (parent) is not one of them, hence the explicit endings.
_LIMITATION = re.compile(
    r"\b\w*(?:forældelse|foreldelse|preskription)\w*|\b(?:forældes|foreldes|forældet|foreldet|preskriberas|"
    r"preskriberad)\b|\blimitation periods?\b|\bstatute of limitations?\b|\btime[- ]barred\b",
    re.IGNORECASE)


# ... or says in plain words that the title or the right itself expires, or does not ("Eksigible dokumenter
# … udløber ikke, og rettigheder … fortabes ikke med tiden"): the same detail, answered
_TITLE_OR_RIGHT = re.compile(r"\b(?:eksigib\w*|dom|domme|dommen|fuldbyrdelsesgrundlag\w*|tvangsfuldbyrdelsesgrundlag\w*|"
                             r"krav|kravet|fordring\w*|rettighed\w*|ret til)\b", re.IGNORECASE)
_EXPIRES = re.compile(r"\b(?:udløber|udløbe|fortabes|bortfalder|mister sin gyldighed)\b", re.IGNORECASE)
# ... but not a time limit for a step ("klagefristen udløber efter 8 dage", "fristen for at anke dommen udløber"):
# that is an appeal or objection deadline, not the life of the title
_STEP_DEADLINE = re.compile(r"\w*frist\w*|\banke\w*|\bklage\w*|\bappel\w*|\bindsigelse\w*", re.IGNORECASE)


# "Hvad tager en privat foged i Bulgarien i gebyr for …?": the fee named after the verb, further from the
# question word than _DETAIL_ASK reaches ("i gebyr", "som avgift", "in fees")
_MONEY_AFTER_VERB = re.compile(
    r"\b(?:hvad|hva|vad|what|hvor meget|hvor mye|hur mycket|how much)\b.*\b(?:i|som|in|as)\s+"
    r"(?:gebyr\w*|afgift\w*|avgift\w*|salær\w*|honorar\w*|fees?|charges?)\b", re.IGNORECASE)


# "På hvilke tidspunkter af døgnet …?", "what time of day …?", "vilka klockslag …?": the hours of the day a
# step may (not) take place. A page answers with a clock time ("mellem kl. 6.00 og kl. 21.00") or in words of
# the day's course ("mellem solopgang og solnedgang", "om natten"); "visse tidspunkter" alone does not say which.
_CLOCK_ASK = re.compile(
    r"\b(?:tidspunkt(?:er|erne)?\s+(?:af|på)\s+døgnet|tid(?:er|erna)?\s+på\s+(?:dygnet|dagen|døgnet)|"
    r"times?\s+of\s+(?:the\s+)?day|klokkeslæt\w*|klokkeslett\w*|klockslag\w*|(?:which|what)\s+hours|"
    r"at\s+what\s+time|hvilke[nt]?\s+timer|hvilket\s+tidsrum|hvilke\s+tidsrum|vilka\s+timmar)\b",
    re.IGNORECASE)
_CLOCK_STATED = re.compile(
    r"\b(?:kl\.|klokken|klockan|at)\s*\d{1,2}\b|\b\d{1,2}[.:]\d{2}\b|\b(?:solopgang|soloppgang|soluppgång|"
    r"solnedgang|solnedgång|sunrise|sunset|nat|natt|natten|nattetid|night|dagtimer\w*)\b", re.IGNORECASE)


# A clause that asks a yes/no question of its own: a modal or auxiliary verb before its subject ("kan det så
# ankes?", "Can it be appealed?", "Får jag överklaga?"). A follow-up turn asking one has moved on from the
# earlier turn's detail (the fee asked two turns back is not what "kan det så ankes?" asks about).
_OWN_YES_NO = re.compile(
    r"(?:^|[,;:]\s*)(?:og\s+|and\s+|och\s+|men\s+|but\s+)?(?:kan|kunne|må|skal|vil|får|bør|bliver|blir|er|har|"
    r"ska|måste|är|can|could|may|must|shall|should|will|would|is|are|does|do)\s+"
    r"(?:det|den|jeg|han|hun|de|man|vi|du|dette|jag|hon|it|i|he|she|they|we|you|this|that)\b", re.IGNORECASE)

# ... unless it asks about the same thing again ("Er det det samme i Norge?", "Does that also apply …?")
_SAME_AGAIN = re.compile(r"\b(?:samme|same|også|också|too|also|likadan\w*|likeså|ligeså|lige så|like)\b",
                         re.IGNORECASE)


def _last_turn(text: str) -> str:
    """The resolved question's last sentence: the current turn of a follow-up ("<earlier turns>? <this one>")."""
    parts = [p for p in re.split(r"(?<=[?.!])\s+", text.strip()) if p.strip()]
    return parts[-1] if parts else text


def asked_detail(text: str) -> str | None:
    """'limitation' | 'money' | 'rate' | 'deadline' | 'contact' | 'clock' when the question asks about one
    specific detail ("Hvad er fogedens gebyr?", "Hvor lang er forældelsesfristen?"), else None.

    A follow-up's resolved question carries the earlier turns; when the last turn asks a yes/no question of its
    own and names no detail ("Hvis retten afviser …, kan det så ankes?"), the earlier turn's detail is not asked."""
    last = _last_turn(text)
    if last != text.strip() and _OWN_YES_NO.search(last) and _asked_detail(last) is None \
            and not _ANY_DETAIL_NOUN.search(last) and not _SAME_AGAIN.search(last):
        return None
    return _asked_detail(text)


def _asked_detail(text: str) -> str | None:
    if _LIMITATION.search(text):
        return "limitation"
    if _CLOCK_ASK.search(text):
        return "clock"
    for kind, pattern in _DETAIL_ASK.items():
        if pattern.search(text):
            return kind
    if _DEADLINE_LENGTH_ASK.search(text):
        return "deadline"
    if _MONEY_AFTER_VERB.search(text):
        return "money"
    return "deadline" if _DEADLINE_PHRASE.search(text) else None


# Each kind's nouns without their leading \w*, compiled once: stripping only the noun itself keeps the
# subject of a compound ("forældelsesfristen" keeps "forældelses")
_DETAIL_NOUN_ONLY = {kind: re.compile(r"(?:" + re.sub(r"\\w\*(?=[(a-z])", "", nouns) + r")\b", re.IGNORECASE)
                     for kind, nouns in _DETAIL_NOUNS.items()}


def detail_subject_sections(text: str) -> list[str] | None:
    """The sections of what a NAMED detail belongs to: "the deadline (fristen) to APPEAL" → 5, without
    the limits section that "frist" itself points to (a page's every deadline is not this one's).
    None when no detail is named ("How long do I have to appeal?"): nothing then narrows the sections,
    since the topic of such a question is a weak guide to where its deadline is stated."""
    kind = next((k for k, pattern in _DETAIL_ASK.items() if pattern.search(text)), None)
    if _LIMITATION.search(text):  # a limitation is found by its words, not by section
        return None
    if kind is None:
        # "Hvor mange dage har jeg til at gøre indsigelse?" names no detail noun but an appeal: its
        # deadline is an appeal's (section 5, or a sentence about appealing), not "udlægget skal finde
        # sted senest 90 dage" from the procedure section
        return [_APPEAL_SECTION] if _APPEAL.search(text) else None
    if kind == "deadline" and _APPEAL.search(text):
        # a deadline asked beside a verb of challenging is the challenge's: in "Jeg vil anfægte gyldigheden af et
        # dokument … Hvad er fristen?" ("challenge the validity of …", "bestride gyldigheten av …") the validity
        # is what is challenged, not the subject of the deadline (4.3's period a measure stays valid)
        return [_APPEAL_SECTION]
    return topic_sections(_DETAIL_NOUN_ONLY[kind].sub(" ", text))


# Appealing, objecting, complaining: the rules router's appeal cues (any word containing one: "påklages"),
# and a dispute over enforcement ("fuldbyrdelsestvist"), which is a challenge too
_APPEAL_WORD = r"(?<!\w)\w*(?:" + TOPIC_CUES["appeal"] + r")"
_APPEAL = re.compile(_APPEAL_WORD + r"|(?<!\w)\w*(?:tvist|dispute)", re.IGNORECASE)
_APPEAL_SECTION = "5"
# ... and in a quote, a dispute only when it is one over the enforcement ("tvister i forbindelse med
# fuldbyrdelsen"): Croatia's "i tilfælde af tvister vedrørende veksler og checks inden for tre dage" is the
# time to pay on a bill of exchange, not a deadline to appeal
_APPEAL_QUOTE = re.compile(_APPEAL_WORD + r"|\w+stvist|"
                           r"\btvist\w*\s+(?:\w+\s+){0,3}?(?:tvangs)?fuldbyrdelse\w*", re.IGNORECASE)
# A sentence that speaks of a charge: the fee and rate nouns of a detail question, and the sources' words for
# a base rate, costs, outlays, payment
_CHARGE = re.compile(_DETAIL_NOUNS["money"] + "|" + _DETAIL_NOUNS["rate"] +
                     r"|sats|omkostning|udgift|\bbetal(?:e|er|es|t)\b|koste|vederlag", re.IGNORECASE)

_TIME_UNITS = frozenset({"day", "week", "month", "year", "working_day", "hour", "date"})
_NON_MONEY_UNITS = _TIME_UNITS | {"text", "ha", "fraction", "multiplier"}
_PERCENT = re.compile(r"\d\s*(%|procent|prosent|percent)", re.IGNORECASE)
# "there is no time limit" answers "what is the deadline?" in words
_NO_LIMIT = re.compile(
    r"\b(?:ingen|ikke nogen|ikke noen|inte någon|no)\s+(?:\w+\s+)?(?:tidsfrist|frist|tidsgrænse|tidsgrense|"
    r"tidsgräns|time limit|deadline)", re.IGNORECASE)
# a deadline is a figure with a word that makes it one ("inden for en frist på to uger", "senest …")
_DEADLINE_CUE = re.compile(r"frist|inden|senest|indtil|innen|inom|within", re.IGNORECASE)
_CONTACT = re.compile(r"\d[\d ()+\-]{5,}\d|@|www\.|https?://", re.IGNORECASE)
# ... or in words, by the event that ends the time allowed: "Tredjeparter, der påberåber sig tinglige rettigheder over
# fast ejendom, kan indbringe en appel for fogedretten, indtil ejendommen er solgt eller overdraget" (Italy's page,
# D22 q-2579) states how long a third party has to object as surely as "inden 20 dage": until the sale. Only a
# sale, auction or transfer of the asset ends it; "indtil gælden er betalt" is how long a measure lasts, no deadline
_UNTIL_EVENT = re.compile(
    r"\b(?:indtil|inntil|until|tills|fram\s+till|frem\s+til|inden|innen|innan|før|before)\b(?:\s+\w+){0,4}?\s+"
    r"(?:(?:er|blir|bliver|blev|ble|har\s+været|är|har\s+blivit|is|has\s+been|was)\s+)?"
    r"(?:solgt|sålt|såld|sålts|sold|overdraget|overdratt|överlåten|överlåtits|transferred|"
    r"\w*auktion\w*|\w*auksjon\w*|salg|salget|salgsdato\w*|försäljning\w*|sale|the\s+sale)\b",
    re.IGNORECASE)


def _rule_of(fact: Fact) -> Rule | None:
    """The rule a fact comes from ("BE-limitation:end_date" → BE-limitation), None for an unknown name."""
    from assistant.rules.tools import get_rule

    try:
        return get_rule(fact.name.split(":")[0])
    except (KeyError, ValueError):
        return None


def _fact_answers(kind: str, fact: Fact) -> bool:
    if kind == "limitation":
        return getattr(_rule_of(fact), "kind", None) == "limitation_period"
    if kind == "deadline":
        return fact.unit in _TIME_UNITS
    if kind in ("money", "rate"):
        return fact.unit not in _NON_MONEY_UNITS
    return False


def quote_states(kind: str, quote: str) -> bool:
    """The sentence states a detail of ``kind`` (or that there is none)."""
    if kind == "limitation":
        return bool(_LIMITATION.search(quote)) or bool(
            _TITLE_OR_RIGHT.search(quote) and _EXPIRES.search(quote) and not _STEP_DEADLINE.search(quote))
    if kind == "deadline":
        return (has_figure(quote) and bool(_DEADLINE_CUE.search(quote))) or bool(_NO_LIMIT.search(quote)) \
            or bool(_UNTIL_EVENT.search(quote))
    if kind in ("money", "rate"):
        return has_figure(quote, money=True) or bool(_PERCENT.search(quote))
    if kind == "contact":
        return bool(_CONTACT.search(quote))
    if kind == "clock":
        return bool(_CLOCK_STATED.search(quote))
    return True


_ANY_DETAIL_NOUN = re.compile("|".join(p.pattern for p in _DETAIL_NOUN_ONLY.values()), re.IGNORECASE)


def names_rule(rule: Rule | None, question: str) -> bool:
    """The question names the rule's own subject: every content word of its label in one language (the detail
    noun itself aside: "time limit" asks what "deadline" labels) is in the question. "Hvad er fristen for salg
    af beslaglagt ejendom i Cypern?" names CY-sale-deadline's "frist for salg af beslaglagt ejendom", though the
    topic's sections it points to (4.1/4.2: seizing property) are not the sale's (6)."""
    if rule is None or not question:
        return False
    # the detail noun is left out on both sides, so "retsgebyr" in both keeps the same stem "rets"
    asked = stems(_ANY_DETAIL_NOUN.sub(" ", question))
    for label in rule.labels.model_dump().values():
        own = stems(_ANY_DETAIL_NOUN.sub(" ", label))
        if own and own <= asked:
            return True
    return False


def states_detail(kind: str, facts: Iterable[Fact], quotes: Iterable[tuple[str, str]],
                  sections: Iterable[str] = (), question: str = "") -> bool:
    """True when a rule fact of the asked kind, or a quote, states the detail (or that there is none).

    ``quotes`` are (section, text); ``sections`` are those of what the detail belongs to (see
    ``understanding.detail_subject_sections``). A deadline counts only from them: "the deadline to
    appeal" is not the six months a measure lasts (4.3) nor the three days before a sale (6), though
    both are deadlines of the same page; a rule fact counts only from them too.
    """
    wanted = set(sections)
    appeal = kind == "deadline" and wanted == {_APPEAL_SECTION}

    def on_topic(section: str, fact: Fact | None = None, quote: str = "") -> bool:
        # a rule fact is one number about one thing: off the subject's sections it answers something
        # else (Spain's 30 % cap on costs is not a bailiff's fee); a quoted fee names itself; an appeal
        # deadline may be stated beside the measure it appeals (a rule of topic appeal, a sentence
        # that speaks of appealing)
        if not wanted or section in wanted:
            return True
        if fact is not None and names_rule(_rule_of(fact), question):
            # the rules router chose the rule the question names by its own label: that names the subject
            # more exactly than the topic's sections, which are a guess from the question's words
            return True
        if kind in ("money", "rate") and fact is None:
            # off the subject's sections an amount answers only as a charge: "beløbet ikke overstiger
            # 25000 EUR" (which claims qualify, Malta) is not the fee asked for
            return bool(_CHARGE.search(quote))
        if appeal:
            return getattr(_rule_of(fact), "topic", None) == "appeal" if fact is not None else bool(_APPEAL_QUOTE.search(quote))
        return False

    return any(_fact_answers(kind, f) and on_topic(f.citation.section, fact=f) for f in facts) or \
        any(quote_states(kind, q) and on_topic(s, quote=q) for s, q in quotes)


# A quote that answers "Kan fristen forlænges?": it speaks of extending, renewing, suspending,
# interrupting or resuming. (Not "udsæt…": in Danish that is also eviction.)
_EXTENSION_STATED = re.compile(
    r"\b(?:forlæng\w*|fornye\w*|fornyet\w*|fornyelse\w*|suspender\w*|afbryd\w*|genoptag\w*|"
    r"ny frist|yderligere frist)", re.IGNORECASE)


# ... and one that says the period itself is extended or renewed ("Fristen kan forlænges …", "kan fornyes"): the
# sentence a second pass may look for (speaking of a suspension or an interruption is no answer to "can it be
# extended?" when it is picked only for that word)
_PROLONGATION_STATED = re.compile(r"\b(?:forlæng\w*|fornye\w*|fornyet\w*|fornyelse\w*|ny frist|yderligere frist)",
                                  re.IGNORECASE)


def states_prolongation(quote: str) -> bool:
    """The quote says a period is extended or renewed ("Fristen kan forlænges i velbegrundede tilfælde")."""
    return bool(_PROLONGATION_STATED.search(quote))


def asks_extension(text: str) -> bool:
    """The question asks whether something can be extended (or renewed, postponed)."""
    return bool(_EXTENSION.search(text))


def states_extension(quote: str) -> bool:
    """The quote speaks of extending, renewing, suspending, interrupting or resuming."""
    return bool(_EXTENSION_STATED.search(quote))


# Paying ("betale", "indbetalt", "betalas", "pay", "paid"): a deadline asked "to pay it" is the time to pay a
# charge, and a sentence stating a time limit while speaking of paying states that one
_PAYING = re.compile(r"\b\w*(?:betal|pay|paid)\w*", re.IGNORECASE)


def second_pass_test(kind: str | None, question: str):
    """The sentence test the composer's second pass favours when the first picks did not state the asked
    detail, or None when no second pass is safe. Details a sentence names in words (a limitation, a contact)
    always; a deadline only when it is the time to PAY ("Hvor mye er rettsgebyret, og hvor lang tid har jeg på
    meg til å betale det?"): then only a time limit in a sentence about paying passes, not the page's other
    deadlines (an appeal's, a sale's)."""
    if kind in ("limitation", "contact"):
        return lambda text: quote_states(kind, text)
    if kind == "deadline" and _PAYING.search(question):
        return lambda text: quote_states(kind, text) and bool(_PAYING.search(text))
    return None


# "Hvor mange bistader …?", "How many beehives …?": a count of the named thing. A sentence stating a number of
# that thing ("ti bistader") states it, though the thing is no unit has_figure knows.
# The count may be partitive, the thing after "af/av/of" and a determiner ("Hvor mange af mine bistader …?", "Hvor
# mange av dyrene mine …?", "Hur många av mina bikupor …?", "How many of my beehives …?"; dev q-2045): the same
# count of the same thing, which the bare pattern missed and judged the stated "ti bistader" not stated.
_COUNT_ASK = re.compile(
    r"\b(?:hvor mange|hur många|how many)\s+(?:(?:af|av|of)\s+(?:(?:mine|mina|min|mit|mitt|my|dine|dina|din|your|"
    r"vores|våre|våra|our|hans|hendes|hennes|his|her|deres|their|de|dem|dei|the|these|those|disse|dessa)\s+)?)?"
    r"([^\W\d_]{4,})", re.IGNORECASE)
_NUMBER = (r"(?:\d+|en|et|én|ét|ett|one|to|two|tre|three|två|fire|four|fyra|fem|five|seks|sex|six|syv|sju|seven|"
           r"otte|åtte|åtta|eight|ni|nio|nine|ti|tio|ten|elleve|elva|eleven|tolv|twelve|femten|femton|fifteen|"
           r"tyve|tjue|tjugo|twenty)")


def states_count(question: str, quote: str) -> bool:
    """The question asks how many of a thing and the quote states a number of it (same word start: "bistader",
    "bistade")."""
    m = _COUNT_ASK.search(question)
    if not m or has_figure("2 " + m.group(1)) or has_figure("2 " + m.group(1), money=True):
        # "hvor mange euro / dage …?" counts a unit: only a figure with that unit (has_figure) states it
        return False
    head = re.escape(m.group(1)[:max(4, len(m.group(1)) - 3)])
    return bool(re.search(r"\b" + _NUMBER + r"\s+(?:stykker\s+|styk\s+|stk\.\s+)?" + head, quote, re.IGNORECASE))
