"""Deterministic router: question → (country, topic) → rule → parsed arguments → tool call → Facts.

No model is involved, so the same question always gives the same rule and the support-staff view can
show exactly which tool ran with which arguments. The router never produces a number on its own: when
no rule matches (uncovered country, a topic the text gives no number for, no topic at all) it returns
no facts and a reason, and the caller falls back to retrieval.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from pydantic import BaseModel, Field

from assistant.models import Fact
from assistant.rules.calculators import RuleInputError
from assistant.rules.labels import STEM, label_score, stems
from assistant.rules.parsing import WAGE_REFERENCES, parse_arguments
from assistant.rules.schema import Rule, load_rules, rules_for
from assistant.rules.tools import call_tool, computable


class RouterState(BaseModel):
    """What a conversation carries between turns, for follow-ups such as "Hvad hvis beløbet er 2.000 EUR?"."""

    countries: list[str] = Field(default_factory=list)
    topic: str | None = None
    last_rule_id: str | None = None
    last_args: dict = Field(default_factory=dict)


class ToolCall(BaseModel):
    name: str
    args: dict


MAX_COUNTRIES = 5  # a comparison beyond this is not a numeric question any more


class RouteResult(BaseModel):
    rule_id: str | None = Field(None, description="The (first) rule used; None when no rule applies.")
    rule_ids: list[str] = Field(default_factory=list, description="One rule per country for comparisons.")
    facts: list[Fact] = Field(default_factory=list)
    tool_calls: list[ToolCall] = Field(default_factory=list)
    parsed: dict = Field(default_factory=dict, description="Arguments read from the question.")
    countries: list[str] = Field(default_factory=list)
    topic: str | None = None
    language: str = "da"
    reason: str = ""
    state: RouterState = Field(default_factory=RouterState)


# --------------------------------------------------------------------------- countries

def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


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
               r"object|complain|challenge|bestride|"
               # the national names of the remedy, quoted untranslated in questions ("fristen for Rekurs")
               r"rekurs|beschwerde|berufung|recours|ricorso|recurso|odvolan|sprzeciw|zażalen"),
    ("limitation", r"forældelse|forælde|foreldelse|forelde|preskri|limitation|time-barred|time barred|statute of|"
                   r"ikke længere|ikke lenger|inte längre|no longer|" + _HOW_LONG_ENFORCEABLE),
    # Fee stems also match inside compounds: "retsgebyret", "grundafgiften", "stempelafgift".
    ("fee", r"\w*gebyr|\w*afgift|\w*avgift|\w*omkostning|kostnad|kostnader|koster|kostar|fee\b|fees\b|cost|"
            r"charge|moms|vat\b|grundsats|stamp duty|duty\b"),
    ("validity", _HOW_LONG_VALID),
    # compounds end in the wage word: "nettomånedsløn", "månadslönen", "bruttolønna"
    ("garnishment", r"\w*(?:løn|lønn|lön)(?:nen|na|en|a|ne|s)?(?!\w)|løn|lønn|lön|wage|salary|salaries|garnish|nettoløn|pension|pensjon|indkomst|inntekt|inkomst|income|mindsteløn"),
    ("exempt", r"fritage|fritaget|undtaget|unntatt|undantag|exempt|protected|beskyttet|beskyttes|skyddad|skyddas|fødevare|mat\b|livsmedel|food|kontanter|cash|"
                # "can they take the tools I work with?" asks what is exempt
                r"værktøj|verktøy|verktyg|tools?\b|arbejdsredskab|arbeidsredskap|arbetsredskap"),
    ("sale", r"salg|sælge|solgt|auktion|auksjon|sale\b|sell|sold|auction|försälj|säljas|selges|sælges"),
    ("waiting", r"vente|ventetid|väntetid|vänta|waiting|wait\b|tidligst|tidligste|tidigast|earliest|how soon|"
                r"hvornår kan .* (?:begynde|starte|gå i gang)|før .* kan (?:begynde|starte)|innan .* kan"),
    ("voluntary", r"frivillig|voluntar|comply|betale før|betala innan|pay before"),
    ("validity", r"gyldig|giltig|valid|varighed|varighet|lasts?\b(?! day)|udløber|utløper|löper ut|expire|bortfald|"
                 r"senest|senast|seinast|at the latest"),
    ("threshold", r"beløbsgrænse|grænse|beløpsgrense|grense|gräns|threshold|lav værdi|low.value"),
    ("processing", r"hvor hurtigt|hvor raskt|hur snabbt|how quickly|how fast|træffe afgørelse|avgjørelse|decide"),
]
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
                          r"træffe (?:en )?afgørelse|treffe (?:en )?avgjørelse|fatta (?:ett )?beslut|rule on)(?!\w)")


def detect_topic(text: str) -> str | None:
    folded = _fold(text)
    if _DECIDE_VERB.search(folded) and asked_quantity(text) == "time":
        return "processing"
    return _pattern_topic(folded)


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


def _negated(folded: str, start: int) -> bool:
    """Whether the word starting at ``start`` is negated: a negation among the three words before it,
    with no clause break in between."""
    before = _CLAUSE_BREAK.split(folded[:start])[-1]
    window = " ".join(before.split()[-3:])
    return bool(_NEGATION.search(window))


def _keyword_score(rule: Rule, folded: str, ignore: Callable[[str], bool] | None = None) -> int:
    """How many of the rule's keywords (folded; those ``ignore`` rejects left out) start a word of ``folded``;
    a keyword the question only uses negated ("ikke er underholdsbidrag") counts against the rule."""
    score = 0
    for k in map(_fold, rule.keywords):
        if ignore and ignore(k):
            continue
        hits = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(k), folded)]
        if hits:
            score += 1 if any(not _negated(folded, h) for h in hits) else -1
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
    r"what does .* cost|hvilket beløb|amount|beløb|beløp|belopp|procent|prosent|percent|andel|share|sats", re.IGNORECASE)


# "Hvad er retsgebyret i Slovenien?" asks for an amount even without "hvor meget".
_DEFAULT_QUANTITY = {"fee": "amount", "garnishment": "amount"}


def asked_quantity(question: str) -> str | None:
    """'time' or 'amount' when the question clearly asks for one kind of number, else None."""
    t, a = bool(_ASKS_TIME.search(question)), bool(_ASKS_AMOUNT.search(question))
    return "time" if t and not a else "amount" if a and not t else None


def _answers(rule: Rule, wants: str | None) -> bool:
    """A time limit does not answer "how much does it cost?", and a fee does not answer "how long?":
    returning the neighbouring number would be a wrong answer with a correct citation."""
    if wants is None or rule.kind in ("exempt_amount", "threshold"):
        return True
    is_time = rule.unit in ("day", "working_day", "week", "month", "year", "hour")
    return is_time == (wants == "time")


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
    topics = dict(TOPIC_PATTERNS)
    found = set()
    for m in _FEE_SUBJECT.finditer(_fold(question)):
        word = next(g for g in m.groups() if g)
        for t in _FEE_SUBJECT_TOPICS:
            # a sale may end a compound ("tvangsauktionen"); appeal stems only start one ("anke", not "banken")
            find = re.search if t == "sale" else re.match
            if any(find(r"(?:" + topics[t] + r")", w) for w in {word, word.rstrip("s")} if w):
                found.add(t)
    return found


def _about(rule: Rule, subjects: set[str]) -> bool:
    """Whether a fee rule is the fee of every subject asked for (its keywords and labels name it)."""
    if not subjects or rule.topic != "fee":
        return True
    topics = dict(TOPIC_PATTERNS)
    text = _fold(" ".join([*rule.keywords, *rule.labels.model_dump().values()]))
    return all(re.search(r"(?<!\w)\w*(?:" + topics[t] + r")", text) for t in subjects)


# How a net wage is described ("efter skat og bidrag", "after tax and contributions") names no claim: its
# "bidrag" (social contributions) is not maintenance ("underholdsbidrag"), so it is no keyword.
_PAY_DEDUCTIONS = re.compile(
    r"(?:efter|etter|after|net of) (?:\w+ )?(?:skat|skatt|tax|taxes)(?: (?:og|and|och) (?:\w+ )?"
    r"(?:bidrag|afgifter|avgifter|contributions|social security|arbejdsmarkedsbidrag))?", re.IGNORECASE)


def _scoring_text(question: str) -> str:
    """The question as keywords are scored against it: reference wages and pay deductions left out."""
    return _fold(_PAY_DEDUCTIONS.sub(" ", WAGE_REFERENCES.sub(" ", question)))


def choose_rule(country: str, topic: str, question: str, parsed: dict | None = None, labels: bool = True) -> Rule | None:
    """Best keyword match among the country's rules for the topic and its neighbour topic; ties go to a
    rule that can compute with the arguments given (a fee table when an amount is stated), then to the
    exact topic, then to the rule marked 'primary', then to file order."""
    parsed = parsed or {}
    folded = _scoring_text(question)
    candidates = rules_for(country, topic)
    neighbour = TOPIC_FALLBACK.get(topic)
    candidates += rules_for(country, neighbour) if neighbour else []
    wants = asked_quantity(question) or _DEFAULT_QUANTITY.get(topic)
    subjects = fee_subjects(question)
    money = wants_money(question, parsed)
    candidates = [r for r in candidates if _answers(r, wants) and _about(r, subjects) and _gives_money(r, money)]
    if not candidates:
        return None
    qs = stems(_label_text(question))
    keyword = {r.id: _keyword_score(r, folded) for r in candidates}
    # the reviewed keywords decide; the labels break their ties (not in a follow-up, whose case is set by the
    # earlier turns the labels do not see)
    return max(candidates, key=lambda r: (keyword[r.id], _label_rank(r, folded, qs) if labels else 0.0,
                                          _tool_call(r, parsed, "da")[0] != "lookup_rule",
                                          r.topic == topic, r.primary, -candidates.index(r)))


# A label score counts only when it is distinctive: one word shared with a rule's label ("fogedens") is
# no reason to pass over the rule the topic and keywords chose.
LABEL_MIN = 2.5      # about one word unique to the rule among its country's rules
LABEL_MARGIN = 1.5   # the fallback winner must beat the runner-up (with another number) by this factor


def _label_rank(rule: Rule, folded: str, qs: set[str]) -> float:
    score = label_score(rule, folded, qs)
    return score if score >= LABEL_MIN else 0.0


def _strictly_answers(rule: Rule, wants: str | None) -> bool:
    """For a rule chosen by its label alone, the kind of number must match what is asked: an exempt amount
    or a threshold is no answer to "by what date must the fee be paid?"."""
    if wants is None:
        return True
    is_time = rule.unit in ("day", "working_day", "week", "month", "year", "hour")
    return is_time == (wants == "time")


def _label_stems(question: str, topic: str | None, fallback: bool = False) -> set[str]:
    """The question's stems a rule's label may match. Words that cue a topic the detection overruled stay
    overruled ("Hvor lang tid har retten til at afgøre en klage?" asks for a decision time; the appeal
    deadline's label says "klage"); in the fallback (the detected topic gave no rule) the detected topic's own
    cues point at that topic and vouch for no other (as in keyword_rule)."""
    folded = _scoring_text(question)
    qs = stems(_label_text(question))
    pattern_topic = _pattern_topic(folded)
    dropped = {t for t in (pattern_topic if pattern_topic != topic else None, topic if fallback else None) if t}
    if not dropped:
        return qs
    # a word that starts with a cue ("gyldigheden"); a compound that only ends in one ("retsgebyret") names
    # which fee, so it is no cue
    cues = dict(TOPIC_PATTERNS)
    return qs - {w[:STEM] for w in re.findall(r"\w+", folded)
                 if any(re.match(r"(?:" + cues[t].replace(r"\w*", "") + r")", w) for t in dropped)}


def _label_text(question: str) -> str:
    """The question as labels are scored against it: the question words ("hvor lang tid", "sidste dag",
    "hvilket beløb") name the kind of number asked for, not which rule; the scoring text's exclusions too."""
    return _scoring_text(question)


LABEL_STRONG = 4.0  # about two words unique to a rule among its country's rules


def label_override(rule: Rule, question: str, parsed: dict | None, topic: str | None) -> Rule:
    """The topic's rule, unless no keyword of it matches and the question clearly describes another rule of the
    country in that rule's own label words: "…anfægte gyldigheden af selve dokumentet efter den første
    fuldbyrdelsesforanstaltning" names the first measure's challenge deadline, though "gyldighed" cues validity.
    The other rule must give the kind of number asked for, state another number, score at least LABEL_STRONG
    and beat the topic's rule and every other rival by LABEL_MARGIN."""
    folded = _scoring_text(question)
    if _keyword_score(rule, folded) > 0:
        return rule
    wants = asked_quantity(question) or _DEFAULT_QUANTITY.get(topic or "")
    money = wants_money(question, parsed)
    subjects = fee_subjects(question)
    qs = _label_stems(question, topic)
    scored = sorted(((label_score(r, folded, qs), r) for r in rules_for(rule.country)
                     if _strictly_answers(r, wants) and _about(r, subjects) and _gives_money(r, money)),
                    key=lambda x: -x[0])
    if not scored:
        return rule
    best, winner = scored[0]
    if winner.id == rule.id or best < LABEL_STRONG or (winner.value, winner.unit) == (rule.value, rule.unit):
        return rule
    rivals = [k for k, r in scored[1:] if (r.value, r.unit, r.value_max) != (winner.value, winner.unit, winner.value_max)]
    if best < LABEL_MARGIN * max([label_score(rule, folded, qs), *rivals[:1]]):
        return rule
    return winner


def label_rule(country: str, question: str, parsed: dict | None = None, topic: str | None = None) -> Rule | None:
    """Last resort: the country's rule whose own label (in any language; English conditions too) the question
    uses most, when it clearly beats every rule stating another number and gives the kind of number asked for.
    No clear winner gives no rule (the answer then says the text states no such number)."""
    folded = _scoring_text(question)
    wants = asked_quantity(question) or _DEFAULT_QUANTITY.get(topic or "")
    if wants is None and topic is None:
        return None
    money = wants_money(question, parsed)
    subjects = fee_subjects(question)
    qs = _label_stems(question, topic, fallback=True)
    scored = sorted(((label_score(r, folded, qs), r) for r in rules_for(country)
                     if _strictly_answers(r, wants) and _about(r, subjects) and _gives_money(r, money)),
                    key=lambda x: -x[0])
    if not scored or scored[0][0] < LABEL_MIN:
        return None
    best, rule = scored[0]
    rivals = [k for k, r in scored[1:] if (r.value, r.unit, r.value_max) != (rule.value, rule.unit, rule.value_max)]
    if rivals and best < LABEL_MARGIN * rivals[0]:
        return None
    return rule


# Keywords that name enforcement itself: nearly every question uses them, so in the fallback they say
# nothing about WHICH number is asked for ("Hvor meget kan der tages udlæg i af lønnen?" is no fee question).
_GENERIC_KEYWORDS = frozenset({"udlæg", "utlegg", "utmätning", "attach", "attachment", "seizure", "seize",
                               "foged", "fogeden", "bailiff", "namsmann", "kronofogden", "fuldbyrdelse",
                               "tvangsfuldbyrdelse", "enforcement", "kreditor", "creditor", "skyldner", "debtor"})


def keyword_rule(country: str, question: str, parsed: dict | None = None, topic: str | None = None) -> Rule | None:
    """When the question has no recognised topic, or the country has no rule under it: the country's rule
    whose own keywords the question uses ("fogedens vidne", "udsættelse"), whatever its topic. Only a
    clear winner counts (a tie between rules of different topics is a guess), and only a rule that gives
    the kind of number asked for."""
    folded = _scoring_text(question)
    # "What is the appeal fee?" asks for an amount even without "how much"
    wants = asked_quantity(question) or _DEFAULT_QUANTITY.get(topic or "")
    money = wants_money(question, parsed)
    # a keyword that is itself a cue of the detected topic ("løn" for garnishment) points at that topic,
    # which has no rule here; it cannot vouch for a rule under another one
    cue = dict(TOPIC_PATTERNS).get(topic or "")

    def ignore(keyword: str) -> bool:
        return keyword in _GENERIC_KEYWORDS or bool(cue and re.fullmatch(r"(?:" + cue + r")\w*", keyword))

    subjects = fee_subjects(question)
    scored = [(_keyword_score(r, folded, ignore), r) for r in rules_for(country)
              if _answers(r, wants) and _about(r, subjects) and _gives_money(r, money)]
    scored = [(k, r) for k, r in scored if k > 0]
    if not scored:
        return None
    best = max(k for k, _ in scored)
    top = [r for k, r in scored if k == best]
    if len({r.topic for r in top}) > 1:
        return None
    return choose_rule(country, top[0].topic, question, parsed) if len(top) > 1 else top[0]


def siblings(rule: Rule) -> list[Rule]:
    """Rules quoting the very same passage: one sentence stating two figures ("30 EUR til hver og 60 EUR,
    hvis vidnet er en foged") answers with both, never with half of what it says."""
    return [r for r in rules_for(rule.country) if r.id != rule.id and r.quote == rule.quote]


# --------------------------------------------------------------------------- tool choice

def _tool_call(rule: Rule, parsed: dict, language: str) -> tuple[str, dict]:
    calc = rule.effective_calc if computable(rule) else None
    base = {"rule_id": rule.id, "language": language}
    money = {"currency": parsed["currency"]} if parsed.get("currency") else {}
    if calc == "period" and "start_date" in parsed and rule.value_max is None:
        return "compute_deadline", {**base, "start_date": parsed["start_date"]}
    if calc in ("garnishment_share", "garnishment_brackets") and "amount" in parsed:
        args = {**base, **money, "net_pay": parsed["amount"]}
        if "minimum_wage" in parsed:
            args["minimum_wage"] = parsed["minimum_wage"]
        return "compute_garnishment", args
    if calc == "protected_amount" and ("minimum_wage" in parsed or "amount" in parsed):
        args = {**base, **money, "minimum_wage": parsed.get("minimum_wage", parsed.get("amount"))}
        if "dependants" in parsed:
            args["dependants"] = parsed["dependants"]
        return "compute_garnishment", args
    if calc == "share_of_amount" and "amount" in parsed and rule.value_max is None:
        return "compute_share", {**base, **money, "amount": parsed["amount"]}
    count = (parsed.get("item_counts") or {}).get(rule.params.get("item", ""))
    if calc == "per_item" and count and count > 1:
        return "compute_total", {**base, "count": count}
    if calc in ("fee_rate", "fee_table") and "amount" in parsed and rule.value_max is None:
        args = {**base, **money, "amount": parsed["amount"]}
        if "reference_wage" in parsed:
            args["reference_wage"] = parsed["reference_wage"]
        return "compute_fee", args
    return "lookup_rule", base


# --------------------------------------------------------------------------- route

# A follow-up that changes the case but names no topic or number: "Og hvis det er min bil, de har taget?",
# "Hva med bilen?", "And what if it is my car?" keeps the conversation's topic.
_FOLLOW_UP = re.compile(r"^\s*(?:(?:og|and|och|men|but) )?(?:hvad|hva|vad|what|how) (?:hvis|om|med|about|if)(?!\w)|"
                        r"^\s*(?:og|and|och|men|but) (?:hvis|om|if|når|when|for)(?!\w)")


def route(question: str, state: RouterState | None = None) -> RouteResult:
    state = state or RouterState()
    language = detect_language(question)
    covered, uncovered = detect_countries(question)
    topic = deadline_topic(question, detect_topic(question), state)
    if topic == "appeal" and "appeal" in fee_subjects(question):
        # "What is the appeal fee in Romania?" asks for an amount: the appeal's deadline does not answer it
        topic = "fee"
    parsed = parse_arguments(question)
    result = RouteResult(language=language, parsed=parsed, topic=topic)

    if uncovered and not covered:
        names = ", ".join(uncovered)
        result.reason = f"not covered: the corpus has no page for {names}; no rule applies"
        result.countries = uncovered
        result.state = state
        return result
    countries = covered or list(state.countries)
    follow_up = False
    if topic is None and state.last_rule_id and (parsed.get("start_date") or parsed.get("amount")
                                                 or parsed.get("minimum_wage") or covered
                                                 or _FOLLOW_UP.search(_fold(question))):
        # "Hvad hvis beløbet er 2.000 EUR?" / "Og i Sverige?": keep the previous topic (and arguments).
        topic, follow_up = state.topic, True
        parsed = {**{k: v for k, v in state.last_args.items() if k not in parsed}, **parsed}
        result.parsed, result.topic = parsed, topic
    result.countries = countries
    if not countries:
        result.reason = "no country recognised in the question or the conversation"
        return result
    if topic is None and asked_quantity(question) is None:
        result.reason = "no numeric topic (appeal, limitation, fee, garnishment …) recognised"
        result.state = state.model_copy(update={"countries": countries})
        return result

    # One rule per country: a comparison ("i Sverige og Finland") gets each country's own number.
    reasons, chosen = [], []
    for country in countries[:MAX_COUNTRIES]:
        # an argument-only follow-up reruns the previous rule; "Og hvis det er min bil?" chooses again
        reuse = follow_up and not covered and not _FOLLOW_UP.search(_fold(question))
        previous = load_rules().get(state.last_rule_id or "") if reuse else None
        rule = previous if previous is not None and previous.country == country else None
        if rule is None and topic:
            rule = choose_rule(country, topic, question, parsed)
            rule = rule and label_override(rule, question, parsed, topic)
        if rule is None and topic and state.topic and state.topic != topic and country in state.countries:
            # "Og hvis tingene skal sælges på auktion?" after a fee question: the sale has no number of its
            # own here, but the conversation's topic (its fee) may
            rule = choose_rule(country, state.topic, question, parsed, labels=False)
            rule = rule if rule is not None and _keyword_score(rule, _fold(question)) else None
        rule = rule or keyword_rule(country, question, parsed, topic)
        rule = rule or label_rule(country, question, parsed, topic)
        if rule is None:
            reasons.append(f"no rule: the {country} text states no number for topic '{topic}'" if topic else
                           "no numeric topic (appeal, limitation, fee, garnishment …) recognised")
            continue
        chosen.append(rule)
        facts, calls, reason = _run(rule, parsed, language)
        if calls[-1].name == "lookup_rule":
            for other in siblings(rule):
                more, more_calls, _ = _run(other, parsed, language)
                facts, calls = facts + more, calls + more_calls
        result.facts += facts
        result.tool_calls += calls
        reasons.append(reason)
    if uncovered:
        reasons.append(f"not covered (no page in the corpus): {', '.join(uncovered)}")
    if parsed.get("date_error"):
        reasons.append(parsed["date_error"])
    if len(countries) > MAX_COUNTRIES:
        reasons.append(f"only the first {MAX_COUNTRIES} countries answered")
    result.reason = "; ".join(reasons)
    result.rule_ids = [r.id for r in chosen]
    result.rule_id = chosen[0].id if chosen else None
    keep = {k: v for k, v in parsed.items() if k != "date_error"}
    topic = topic or (chosen[0].topic if chosen else None)
    result.topic = topic
    result.state = RouterState(countries=countries, topic=topic, last_rule_id=result.rule_id or state.last_rule_id,
                               last_args=keep)
    return result


def _run(rule: Rule, parsed: dict, language: str) -> tuple[list[Fact], list[ToolCall], str]:
    """Call the rule's tool; on bad or missing arguments still state the rule's own number (never a
    guessed computation) and say why nothing was computed."""
    name, args = _tool_call(rule, parsed, language)
    calls = [ToolCall(name=name, args=args)]
    try:
        return call_tool(name, args), calls, f"rule {rule.id} ({rule.kind}) for {rule.country}/{rule.topic}"
    except RuleInputError as exc:
        lookup = {"rule_id": rule.id, "language": language}
        calls.append(ToolCall(name="lookup_rule", args=lookup))
        return call_tool("lookup_rule", lookup), calls, f"rule {rule.id}: calculation not possible ({exc}); stated value only"
