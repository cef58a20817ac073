"""Reading a numeric question: its countries, language, topic, what quantity it asks for (a time, an
amount, money in a named currency), negated keywords and what a fee is named after.

Pure functions over the question text; the router (``router.py``) and rule selection (``selection.py``)
build on them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.rules.concepts import with_concepts
from assistant.rules.parsing import WAGE_REFERENCES, parse_arguments
from assistant.query._text import nfc_casefold
from assistant.rules.schema import HOUR_UNITS, TIME_UNITS, Rule

if TYPE_CHECKING:  # the router's conversation state; only its last rule and topic are read here
    from assistant.rules.router import RouterState

# --------------------------------------------------------------------------- countries

_fold = nfc_casefold  # NFC + casefold, accents kept


def _local_detect(text: str) -> tuple[list[str], list[str]]:
    """Fallback matcher over the registry names (all languages + native), whole words, genitive -s."""
    from assistant.countries import registry
    folded, covered, uncovered = _fold(text), [], []
    hits = []
    for c in registry().values():
        if c.code == "EU":
            continue
        for name in {n for n in c.names.values() for n in n.split(" / ")}:
            m = re.search(r"(?<!\w)" + re.escape(_fold(name)) + r"(?:s|'s)?(?!\w)", folded)
            if m:
                hits.append((m.start(), c.code, c.covered))
                break
    for _, code, is_covered in sorted(hits):
        (covered if is_covered else uncovered).append(code)
    return covered, uncovered


def detect_countries(text: str) -> tuple[list[str], list[str]]:
    """(covered, uncovered) ISO codes in order of mention. Uses the query module's full lexicon when
    present (adjectives, misspellings, bodies) and the local matcher otherwise."""
    try:
        from assistant.query.places import detect_countries as full
    except ImportError:
        return _local_detect(text)
    found = full(text)
    # A named country outranks one inferred from an enforcement body ("namsmannen", "kronofogden"):
    # "Hvor mye kan namsmannen ta av lønna i Finland" is about Finland.
    named = [c for s in found.spans if s.kind != "body" for c in s.codes]
    covered = sorted(found.covered, key=lambda c: (c not in named, found.covered.index(c)))
    return covered, list(found.uncovered)


# --------------------------------------------------------------------------- topics and language

# Checked in this order; the first topic with a hit wins, so "gebyr for udlæg i løn" is a fee question
# and "klage over lønindeholdelse" an appeal question.
_HOW_LONG_VALID = (r"hvor længe (?:gælder|varer|holder|er .* gyldig)|hvor lenge (?:gjelder|varer|er .* gyldig)|"
                   r"hur länge (?:gäller|varar|är .* giltig)|how long (?:does|do|is|are|will) .* (?:last|valid|remain)|"
                   # "Till vilket datum gäller den?", "Hvilken dato gælder kendelsen til?", "until what date is it valid"
                   r"(?:til|till|indtil|inntil|until|up to) (?:hvilken|hvilket|vilken|vilket|which|what) (?:dato|datum|date)\w* "
                   r"(?:gælder|gjelder|gäller|is|does|will)|"
                   r"(?:hvilken|hvilket|vilken|vilket) (?:dato|datum)\w* (?:gælder|gjelder|gäller) .*(?:til|till|indtil|inntil)\b")
# "Hur länge kan en dom verkställas?" asks how long an enforcement title stays enforceable: the limitation
# period (its neighbour, validity, is searched too). Verbs only: in "Hvor længe er en eksigibel dom gyldig?"
# the adjective names the judgment and "gyldig" asks for validity.
_HOW_LONG_ENFORCEABLE = (
    r"hvor længe kan .*(?:fuldbyrdes|tvangsfuldbyrdes|eksekveres|inddrives|gøres gældende)|"
    r"hvor lenge kan .*(?:fullbyrdes|tvangsfullbyrdes|håndheves|inndrives|gjøres gjeldende)|"
    r"hur länge kan .*(?:verkställas|drivas in|göras gällande|exekveras)|"
    r"how long can .*(?:be enforced|be executed|be collected|be recovered)")
TOPIC_PATTERNS: list[tuple[str, str]] = [
    ("appeal", r"appel|anke|ankefrist|kære|klag|påklag|indsigelse|innsigelse|invänd|överklag|overklag|appeal|"
               r"object|complain|challenge|bestride|bestrid|anfægt|anfekt|contest|"
               # the national names of the remedy, quoted untranslated in questions ("fristen for Rekurs")
               r"rekurs|beschwerde|berufung|recours|ricorso|recurso|odvolan|sprzeciw|zażalen"),
    ("limitation", r"forældelse|forælde|foreldelse|forelde|preskri|limitation|time-barred|time barred|statute of|"
                   r"ikke længere|ikke lenger|inte längre|no longer|" + _HOW_LONG_ENFORCEABLE),
    # Fee stems also match inside compounds: "retsgebyret", "grundafgiften", "stempelafgift".
    ("fee", r"\w*gebyr|\w*afgift|\w*avgift|\w*omkostning|kostnad|kostnader|koster|kostar|fee\b|fees\b|cost|"
            r"charge|moms|vat\b|grundsats|stamp duty|duty\b|"
            # what a professional is paid: "fogedens salær", "auktionslederens honorar"
            r"\w*salær|\w*salær\w*|\w*honorar\w*|vederlag\w*"),
    ("validity", _HOW_LONG_VALID),
    # compounds end in the wage word: "nettomånedsløn", "månadslönen", "bruttolønna"
    ("garnishment", r"\w*(?:løn|lønn|lön)(?:nen|na|en|a|ne|s)?(?!\w)|løn|lønn|lön|wage|salary|salaries|garnish|nettoløn|pension|pensjon|indkomst|inntekt|inkomst|income|mindsteløn"),
    ("exempt", r"fritage|fritaget|undtaget|unntatt|undantag|exempt|protected|beskyttet|beskyttes|skyddad|skyddas|fødevare|mat\b|livsmedel|food|kontanter|cash|"
                # "can they take the tools I work with?" asks what is exempt
                r"værktøj|verktøy|verktyg|tools?\b|arbejdsredskab|arbeidsredskap|arbetsredskap"),
    ("sale", r"salg|sælge|solgt|auktion|auksjon|sale\b|sell|sold|auction|försälj|säljas|selges|sælges"),
    ("waiting", r"vente|ventetid|väntetid|vänta|waiting|wait\b|tidligst|tidligste|tidigast|earliest|how soon|"
                r"hvornår kan .* (?:begynde|starte|gå i gang)|før .* kan (?:begynde|starte)|innan .* kan|"
                # the time that passes between two steps: "hvor lang tid går der fra påbuddet, til …", "hvor mange
                # dage efter dommen kan der fuldbyrdes", "how many days after … can"
                r"(?:går der|går det|der gå|det gå|passes|pass|goes by|go by)\b.*\b(?:til|till|until|before|før|innan)\b|"
                r"(?:dage|dager|dagar|days|uger|uker|veckor|weeks) (?:efter|etter|after) .* (?:kan|can|får|may)\b"),
    ("voluntary", r"frivillig|voluntar|comply|betale før|betala innan|pay before"),
    ("validity", r"gyldig|giltig|valid|varighed|varighet|lasts?\b(?! day)|udløber|utløper|löper ut|expire|bortfald|"
                 r"senest|senast|seinast|at the latest"),
    ("threshold", r"beløbsgrænse|grænse|beløpsgrense|grense|gräns|threshold|lav værdi|low.value"),
    ("processing", r"hvor hurtigt|hvor raskt|hur snabbt|how quickly|how fast|træffe afgørelse|avgjørelse|decide"),
]
# Every cue of a topic in one pattern (a topic may have several rows above: "validity" has two, and
# dict(TOPIC_PATTERNS) would keep only the last).
TOPIC_CUES: dict[str, str] = {}
for _topic, _pattern in TOPIC_PATTERNS:
    TOPIC_CUES[_topic] = f"{TOPIC_CUES[_topic]}|(?:{_pattern})" if _topic in TOPIC_CUES else f"(?:{_pattern})"

# A question about the same facts under a neighbouring heading: the texts put "how long is a judgment
# valid" under limitation in one country and under validity in another.
TOPIC_FALLBACK = {"validity": "limitation", "limitation": "validity", "waiting": "voluntary",
                  "voluntary": "waiting", "exempt": "garnishment", "garnishment": "exempt"}

_LANG_MARKERS = {
    "sv": r"\b(?:hur|och|är|inte|jag|vad|måste|dagar|gäller|för att|överklaga|lön|lönen|efter|på sig|mycket)\b",
    "nb": r"\b(?:hva|hvor lenge|mye|ble|lønna|nettolønna|vedtaket?|eiendeler|foreldes|namsmannen|ikke|jeg|gjelder|dager|"
          r"etter|må|å)\b",
    "en": r"\b(?:what|how|the|is|can|does|days|deadline|if|my|of|when|much)\b",
    "da": r"\b(?:hvad|hvor længe|meget|blev|løn|lønnen|afgørelsen?|skyldner|fogeden|forældes|ikke|jeg|gælder|dage|"
          r"efter|skal|kan man|til at|fra)\b",
}


def detect_language(text: str) -> str:
    folded = _fold(text)
    scores = {lang: len(re.findall(p, folded)) for lang, p in _LANG_MARKERS.items()}
    if re.search(r"[æø]", folded) and not re.search(r"[äö]", folded):
        scores["da"] += 1
        scores["nb"] += 1
    if re.search(r"[äö]", folded):
        scores["sv"] += 2
    best = max(scores.values())
    for lang in ("da", "nb", "sv", "en"):  # Danish wins ties: it is the corpus language
        if scores[lang] == best:
            return lang
    return "da"


# "Hvornår udløber fristen, hvis afgørelsen blev forkyndt den 3. marts 2026?": "udløber" is a validity cue,
# but the question asks when a *deadline* ends, counted from the service of a decision.
_DEADLINE_WORD = re.compile(r"frist|deadline|time limit")
_EXPIRY_ONLY = re.compile(r"udløber|utløper|löper ut|går ut|expire|run out|runs out|senest|senast|at the latest")
_VALIDITY_WORD = re.compile(r"gyldig|giltig|valid|varighed|varighet|bortfald|" + _HOW_LONG_VALID)
_SERVED = re.compile(r"forkynd|forkynt|delgiv|delgav|delges|served|service of|notified|underrettet|meddelt")


def deadline_topic(question: str, topic: str | None, state: RouterState) -> str | None:
    """A deadline-expiry question whose only topic cue is "udløber"/"expire" is no validity question:
    in a conversation it follows the previous topic (None lets the follow-up logic keep it); otherwise a
    deadline counted from the service of a decision is the time to appeal or object."""
    folded = _fold(question)
    if topic not in (None, "validity") or not _DEADLINE_WORD.search(folded):
        return topic
    if topic == "validity" and (not _EXPIRY_ONLY.search(folded) or _VALIDITY_WORD.search(folded)):
        return topic
    if state.last_rule_id and state.topic:
        return None
    return "appeal" if _SERVED.search(folded) else topic


# "Hvor lang tid har domstolen på å avgjøre en klage?" asks how long a body has to DECIDE (processing), not
# how long one has to appeal: a verb of deciding (never the noun "afgørelse") with a time question. Where the
# text states no decision time, the appeal deadline is no answer to it (no fact rather than the wrong one).
_DECIDE_VERB = re.compile(r"(?<!\w)(?:afgøre|afgøres|avgjøre|avgjøres|avgöra|avgörs|avgöras|decide|decided|"
                          # to deal with a complaint: "hvor hurtigt skal retten behandle en klage"
                          r"behandle|behandles|behandla|behandlas|handlægge|handlægges|handlägga|handläggas|"
                          r"hear|heard|deal with|dealt with|"
                          r"træffe (?:en )?afgørelse|treffe (?:en )?avgjørelse|fatta (?:ett )?beslut|rule on|"
                          r"beslutte|besluttes|beslutter|besluta|beslutar|beslutas)(?!\w)")


# "Hvor mange år har jeg til at inddrive kravet?", "how long do I have to collect it?": a span of time asked
# about enforcing or collecting a claim, with no other topic, is the limitation period. Not when it asks how
# soon ("tidligst", "before") or how long enforcement takes ("tager", "takes"): those are a wait or a process.
_SPAN_ASKED = re.compile(r"(?<!\w)(?:hvor længe|hvor lenge|hur länge|how long|hvor mange år|hur många år|"
                         r"how many years|hvor lang tid|hur lång tid)(?!\w)")
_ENFORCE_VERB = re.compile(r"(?<!\w)(?:tvangs)?(?:fuldbyrd|fullbyrd|inddriv|inndriv|eksekver|håndhæv|håndhev)\w*|"
                           r"(?<!\w)(?:verkställ\w*|driva in|drivas in|enforc\w*|collect\w*|recover\w*)")
_NOT_A_LIMIT = re.compile(r"(?<!\w)(?:tidligst|tidligste|tidigast|earliest|før|innan|innen|before|dröjer|går der|"
                          r"vente|venter|vänta|wait|tager|tar|tog|takes|take|took|varer|varar|lasts?)(?!\w)")


# "Hvor mange dage har jeg til at betale?": the time a debtor is given to pay is the voluntary-compliance period
# (only with a time question: "what happens if I ignore an order to pay?" asks for no period).
_TIME_TO_PAY = re.compile(r"(?<!\w)(?:at|to|att|å) (?:betale|betala|pay)(?!\w)")


# Answering someone else's complaint ("kommentere en indsigelse", "reply to an objection") is a step of the
# proceedings, like deciding one: with a time question it asks for that time, not for the appeal deadline.
_ANSWER_COMPLAINT = re.compile(
    r"(?<!\w)(?:kommentere|kommentera|besvare|besvara|svare på|svara på|udtale sig om|uttale seg om|yttra sig över|"
    r"reply to|respond to|comment on|answer) (?:\w+ ){0,3}?(?:indsigelse|innsigelse|invändning|klage|klagen|"
    r"klagan|objection|complaint|appeal|appel|anke|överklagande)\w*")


def detect_topic(text: str) -> str | None:
    folded = _fold(text)
    time = asked_quantity(text) == "time"
    if (_DECIDE_VERB.search(folded) or _ANSWER_COMPLAINT.search(folded)) and time:
        return "processing"
    topic = _pattern_topic(folded)
    if topic is None and _SPAN_ASKED.search(folded) and _ENFORCE_VERB.search(folded) \
            and not _NOT_A_LIMIT.search(folded):
        return "limitation"
    if topic is None and time and _TIME_TO_PAY.search(folded):
        return "voluntary"
    return topic


def _pattern_topic(folded: str) -> str | None:
    for topic, pattern in TOPIC_PATTERNS:
        if re.search(r"(?<!\w)(?:" + pattern + r")", folded):
            return topic
    return None


# --------------------------------------------------------------------------- rule choice

# A keyword the question negates names the case it is NOT about: "en almindelig gæld, der ikke er
# underholdsbidrag" rules the maintenance rule out. A negation counts up to three words before the keyword,
# within its clause (no punctuation and no "men"/"but" in between).
_NEGATION = re.compile(r"(?<!\w)(?:ikke|ikkje|inte|icke|not|non|never|aldrig|aldri|uden|uten|utan|without|"
                       r"andet end|andre end|annet enn|andre enn|annat än|andra än|other than|except|bortset fra|"
                       r"undtagen|utom|isn't|aren't|doesn't|don't)(?!\w)")
_CLAUSE_BREAK = re.compile(r"[,.;:!?()]|(?<!\w)(?:men|but|og|and|och|eller|or)(?!\w)")


# "når det ikke drejer sig om underholdsbidrag", "if it is not about maintenance": saying what a case is about
# is one word ("er") for the window, so the negation still reaches the keyword
_IS_ABOUT = re.compile(r"(?<!\w)(?:drejer sig om|handler om|dreier seg om|handlar om|gäller|angår|vedrører|gælder|"
                       r"gjelder|concerns|is about|relates to|er tale om|är fråga om)(?!\w)")


def _negated(folded: str, start: int) -> bool:
    """Whether the word starting at ``start`` is negated: a negation among the three words before it,
    with no clause break in between."""
    before = _IS_ABOUT.sub("er", _CLAUSE_BREAK.split(folded[:start])[-1])
    window = " ".join(before.split()[-3:])
    return bool(_NEGATION.search(window))


# A rule about a failure to act ("Non-payment of child support", "fails to appear") has the negated act as its
# case: "betaler ikke børnebidrag", "hvis jeg ikke møder op" describe it, so there a negated keyword counts for it.
_FAILURE_CASE = re.compile(r"\b(?:non-(?:payment|appearance|compliance)|fails? to|failure to|does not comply)\b", re.IGNORECASE)
# A keyword of up to three letters ("dom", "ha", "bil") is a whole word with at most an inflection ending:
# as a prefix it would match "domstolen", "har", "bilag".
_SHORT_KEYWORD = 3
_INFLECTION = r"(?:e|en|et|er|erne|s|es|n|ne|na|a|ar|arna|or|orna)?(?!\w)"
_COMPOUND_HEAD = 8  # a keyword this long is a word of its own, also as the head of a compound


def cross_fold(text: str) -> str:
    """Danish/Norwegian æ, ø written as the Swedish ä, ö, so one language's keyword finds the cognate of
    another ("begæring"/"begäran", "gæld"/"gäld", "løn"/"lön"); same length, so offsets are kept."""
    return text.replace("æ", "ä").replace("ø", "ö")


def _quantity_word(keyword: str) -> bool:
    """Words asking for a kind of number ("procent", "andel", "how much", "hvor længe", "frist") say what is
    asked, not which rule answers it: as keywords they would pick a rule for every percentage question."""
    return bool(_ASKS_TIME.fullmatch(keyword) or _ASKS_AMOUNT.fullmatch(keyword))


def _keyword_hits(keyword: str, text: str) -> tuple[list[int], list[int]]:
    """Where a folded keyword starts a word of ``text`` (cross-folded), and where it is instead the head (last
    part) of a compound word ("sagsomkostninger", "retsafgiften"): the compound's start. Short keywords are
    whole words; only long ones are compound heads."""
    k = re.escape(cross_fold(keyword))
    ending = _INFLECTION if len(keyword) <= _SHORT_KEYWORD else ""
    direct = [m.start() for m in re.finditer(r"(?<!\w)" + k + ending, text)]
    heads = [m.start() for m in re.finditer(r"(?<!\w)\w{4,}" + k + _INFLECTION, text)] \
        if len(keyword) >= _COMPOUND_HEAD else []
    return direct, heads


def _keyword_score(rule: Rule, folded: str, ignore: Callable[[str], bool] | None = None) -> int:
    """How many of the rule's keywords (folded; those ``ignore`` rejects left out) start a word of ``folded``
    or end a compound no other keyword of the rule starts ("fuldbyrdelseskendelse" counts once, not also as
    "kendelse"); a keyword the question only uses negated ("ikke er underholdsbidrag") counts against the rule,
    unless the rule is about that failure to act."""
    score, text = 0, cross_fold(folded)
    failure = bool(_FAILURE_CASE.search(rule.conditions or ""))
    found = {k: _keyword_hits(k, text) for k in map(_fold, rule.keywords)
             if not (ignore and ignore(k)) and not _quantity_word(k)}
    starts = {h for direct, _ in found.values() for h in direct}
    for direct, heads in found.values():
        hits = direct + [h for h in heads if h not in starts]
        if hits:
            score += 1 if failure or any(not _negated(folded, h) for h in hits) else -1
    return score


_ASKS_TIME = re.compile(
    # Not bare "når"/"när"/"when": they are also plain conjunctions ("når lønnen er 3.000 EUR").
    r"frist|hvornår|hvor lang tid|hvor længe|hvor mange (?:\w*dage|uger|måneder|år|timer)|når (?:går|udløber|utløper|forældes|foreldes)|"
    r"hvor lang\b|hvor lenge|hvor mange \w*dager|hvor mange timer|när (?:går|löper|preskriberas)|hur länge|hur lång\b|"
    r"hur många \w*dagar|hur många timmar|deadline|time limit|when (?:does|do|is|will|can|must)|how long|"
    r"how many (?:working |business |calendar )?(?:days|weeks|months|years|hours)|"
    r"udløber|utløper|löper ut|expire|period|"
    # a date is a time: "den sidste dag, hvor udlægget kan finde sted", "til hvilken dato"
    r"(?:sidste|seneste|siste|seneste|sista|senaste|last|latest|final) (?:dag|dagen|dato|datoen|datum|datumet|day|date)\b|"
    r"(?:hvilken|vilken|vilket|which|what) (?:dato|datum|date|dag)\b|"
    # how fast or how often something happens is a time too: "hvor hurtigt skal retten …", "how often must …"
    r"hvor (?:hurtigt|hurtig|fort|raskt|tit|ofte|hyppigt)\b|hur (?:snabbt|fort|ofta)\b|how (?:quickly|fast|soon|often)\b",
    re.IGNORECASE)
_ASKS_AMOUNT = re.compile(
    r"hvor meget|hvor stor|hvad koster|koster|hvor mye|hva koster|hur mycket|hur stor|vad kostar|kostar|how much|"
    r"what does .* cost|hvilket beløb|amount|beløb|beløp|belopp|procent|prosent|percent|andel|share|sats",
    re.IGNORECASE)
# a fine is a sum of money: "what is the maximum fine", "hvor stor er bøden" (and the subject of a fine rule)
_ASKS_FINE = re.compile(r"(?<!\w)(?:bøde|bøden|bøder|bot|boten|böter|bøter|fine|fines)(?!\w)", re.IGNORECASE)


# "Hvad er retsgebyret i Slovenien?" asks for an amount even without "hvor meget".
_DEFAULT_QUANTITY = {"fee": "amount", "garnishment": "amount"}


def asked_quantity(question: str) -> str | None:
    """'time' or 'amount' when the question clearly asks for one kind of number, else None."""
    t = bool(_ASKS_TIME.search(question))
    a = bool(_ASKS_AMOUNT.search(question) or _ASKS_FINE.search(question))
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
    r"udsættes|utsettes|skjutas upp|forlænges|förlängas)(?!\w)")
# A part of a whole ("hvor stor en procentdel", "what share") is a percentage or a fraction, not an amount of
# money or a multiple of the minimum wage. ("How much of my pay is protected" asks for an amount: not here.)
_ASKS_SHARE = re.compile(
    r"(?<!\w)(?:procent\w*|prosent\w*|percent\w*|andel\w*|share|fraction|brøkdel|"
    r"hvor stor (?:en )?del|hvor stor (?:en )?part|hur stor del|how large a part|what part)(?!\w)")


def asked_kind(question: str) -> str | None:
    """'deadline', 'duration' or 'share' when the question says which kind of number it wants, else None."""
    folded = _fold(question)
    if _ASKS_DEADLINE.search(folded):
        return "deadline"
    if _ASKS_DURATION.search(folded):
        return "duration"
    return "share" if _ASKS_SHARE.search(folded) else None


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


# A fee named by what it is for ("försäljningsavgiften", "salgsgebyret", "the sales fee", "gebyr for salg")
# is that fee: another fee of the same country (a basic fee) does not answer it, and when no rule is about it
# the router returns nothing, so the answer can say the text states no such amount.
_FEE_SUBJECT_TOPICS = ("sale", "appeal")
_FEE_WORD = r"(?:gebyr|afgift|avgift|omkostning|kostnad|fee|fees|charge|charges)"
_FEE_SUBJECT = re.compile(
    r"(?<!\w)(\w+?)(?:gebyr|afgift|avgift|omkostning|kostnad)|"           # compounds: "salgsgebyret"
    r"(?<!\w)(\w+) (?:fee|fees|charge|charges)(?!\w)|"                     # "the sales fee"
    r"(?<!\w)" + _FEE_WORD + r"\w* (?:for|för|of|on|ved|vid) (?:(?:the|a|an|en|et|ett|at|att|å|af|av) )?(\w+)|"
    # "Hva koster salget?", "Hvad koster det at sælge …?", "what does it cost to sell …?"
    r"(?<!\w)(?:koster|kostar|kostet|cost|costs) (?:det |it )?(?:(?:at|att|å|to|en|et|ett|the|a|an) )?(\w+)")


def fee_subjects(question: str) -> set[str]:
    """The specific topics (sale, appeal) a question's fee is named after: {"sale"} for "salgsgebyr"."""
    found = set()
    for m in _FEE_SUBJECT.finditer(_fold(question)):
        word = next(g for g in m.groups() if g)
        for t in _FEE_SUBJECT_TOPICS:
            # a sale may end a compound ("tvangsauktionen"); appeal stems only start one ("anke", not "banken")
            find = re.search if t == "sale" else re.match
            if any(find(TOPIC_CUES[t], w) for w in {word, word.rstrip("s")} if w):
                found.add(t)
    return found


def _about(rule: Rule, subjects: set[str]) -> bool:
    """Whether a fee rule is the fee of every subject asked for (its keywords and labels name it)."""
    if not subjects or rule.topic != "fee":
        return True
    text = _fold(" ".join([*rule.keywords, *rule.labels.model_dump().values()]))
    return all(re.search(r"(?<!\w)\w*(?:" + TOPIC_CUES[t] + r")", text) for t in subjects)


# How a net wage is described ("efter skat og bidrag", "after tax and contributions") names no claim: its
# "bidrag" (social contributions) is not maintenance ("underholdsbidrag"), so it is no keyword.
_PAY_DEDUCTIONS = re.compile(
    r"(?:efter|etter|after|net of) (?:\w+ )?(?:skat|skatt|tax|taxes)(?: (?:og|and|och) (?:\w+ )?"
    r"(?:bidrag|afgifter|avgifter|contributions|social security|arbejdsmarkedsbidrag))?", re.IGNORECASE)


# How a question asks for a date ("hvad er sidste dag", "senast vilket datum", "the last day") says WHAT is asked
# (a time, see _ASKS_TIME), never which rule: "sidste" there is no keyword of the rule on the LAST measure.
_DATE_ASKED = re.compile(
    r"(?<!\w)(?:(?:den|det|the) )?(?:sidste|seneste|siste|sista|senaste|last|latest|final) "
    r"(?:dag|dagen|dato|datoen|datum|datumet|day|date)(?!\w)|"
    r"(?<!\w)(?:senest|senast|seinast|at the latest|by)? ?(?:på |on )?(?:hvilken|hvilket|vilken|vilket|which|what) "
    r"(?:dato|datoen|datum|datumet|date|dag|day)(?!\w)", re.IGNORECASE)


def _scoring_text(question: str) -> str:
    """The question as keywords are scored against it: reference wages, pay deductions and the words asking
    for a date left out; the everyday words for a legal concept joined by the rules' own (``concepts.py``)."""
    return with_concepts(_fold(_DATE_ASKED.sub(" ", _PAY_DEDUCTIONS.sub(" ", WAGE_REFERENCES.sub(" ", question)))))
