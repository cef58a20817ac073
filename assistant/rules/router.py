"""Deterministic router: question → (country, topic) → rule → parsed arguments → tool call → Facts.

No model is involved, so the same question always gives the same rule and the support-staff view can
show exactly which tool ran with which arguments. The router never produces a number on its own: when
no rule matches (uncovered country, a topic the text gives no number for, no topic at all) it returns
no facts and a reason, and the caller falls back to retrieval.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from assistant.models import Fact
from assistant.rules.calculators import RuleInputError
from assistant.rules.concepts import ASKS_CONSEQUENCE, ASKS_IMPRISONMENT, FUEL_CUES
from assistant.rules.asked import _answers, asked_kind, asked_quantity, fits_kind
from assistant.rules.keywords import _keyword_score
from assistant.rules.parsing import parse_arguments, same_day
from assistant.rules.question import (
    _DATE_ASKED,
    _ELAPSED,
    TOPIC_CUES,
    _fold,
    _scoring_text,
    deadline_topic,
    detect_countries,
    detect_language,
    detect_topic,
    fee_subjects,
    implied_only,
)
from assistant.rules.relevance import answers
from assistant.rules.schema import TIME_UNITS, Rule, load_rules, rules_for
from assistant.rules.selection import (
    _tool_call,
    added_fee,
    capped_total,
    surcharged_fee,
    choose_rule,
    excluded,
    keyword_override,
    keyword_rule,
    label_override,
    label_rule,
    second_quantity,
    siblings,
)
from assistant.rules.tools import call_tool, contrast_rule


class RouterState(BaseModel):
    """What a conversation carries between turns, for follow-ups such as "Hvad hvis beløbet er 2.000 EUR?"."""

    countries: list[str] = Field(default_factory=list)
    topic: str | None = None
    last_rule_id: str | None = None
    last_args: dict = Field(default_factory=dict)
    # the turn named a case its topic's default rule excludes (a wage attachment: no time limit), so it got
    # no number; "Og hvis det er min bil?" still asks that topic
    set_aside: bool = False


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


# --------------------------------------------------------------------------- route

_ASKS_CONSEQUENCE = re.compile(r"(?<!\w)(?:" + ASKS_CONSEQUENCE + r"|" + ASKS_IMPRISONMENT + r")")
_ASKS_SANCTION = re.compile(r"(?<!\w)(?:" + ASKS_CONSEQUENCE + r")")
# A rule about deprivation of liberty (its keywords, English label or conditions): the only kind of rule that
# answers "Kan han havne i fengsel?" when nothing else asks for a number (a country without one gets no fact,
# never its order's validity or a wage share that mentions fines)
_DETENTION_RULE = re.compile(r"detention|detain|imprison|prison|jail|hæfte|fængsl|fengsl|fängsl|frihedsberøv")


# "Kan utmätningsmannen verkställa beslutet direkt?", "Kan fogeden fuldbyrde den med det samme?", "Can the bailiff
# enforce it straight away?" asks whether a step may be taken at once: a rule saying when it may be taken directly
# (its English label or conditions: FI's custody order made within three months) answers it, no other (dev q-1498)
_ASKS_AT_ONCE = re.compile(r"(?<!\w)(?:kan|kunne|må|får|can|could|may|will) (?:\w+ ){1,5}?(?:direkte|direkt|straks|"
                           r"omgående|omgaende|omedelbart|umiddelbart|med det samme|med en gang|med én gang|"
                           r"med detsamma|med en gång|directly|immediately|straight away|right away|at once)"
                           r"(?=\s*[?.!]|\s*$)")
_AT_ONCE_RULE = re.compile(r"(?<![\w-])(?:directly|immediately)(?!\w)")


def _about_at_once(rule: Rule) -> bool:
    return _AT_ONCE_RULE.search(_fold(" ".join([rule.labels.en, rule.conditions]))) is not None


def _about_detention(rule: Rule) -> bool:
    return _DETENTION_RULE.search(_fold(" ".join([*rule.keywords, rule.labels.en, rule.conditions]))) is not None

# A follow-up that changes the case but names no topic or number: "Og hvis det er min bil, de har taget?",
# "Hva med bilen?", "And what if it is my car?" keeps the conversation's topic.
# Norwegian opens one with "Enn …" ("Enn hvis kreditor er en privatperson?", "Enn bilen?": what about …), and
# "hvad så/nu hvis", "hva nå om", "vad då om", "what then if" put an adverb before the condition.
_FOLLOW_UP = re.compile(r"^\s*(?:(?:og|and|och|men|but) )?(?:hvad|hva|vad|what|how) (?:(?:så|nu|nå|då|then) )?"
                        r"(?:hvis|om|med|about|if)(?!\w)|"
                        # "Hva skjer hvis jeg ikke betaler det?", "What happens if …": the same subject's consequence
                        r"^\s*(?:(?:og|and|och|men|but) )?(?:hvad|hva|vad|what) (?:sker|skjer|händer|happens)"
                        r"(?: (?:der|det|så|då|then))?,? (?:hvis|om|if)(?!\w)|"
                        r"^\s*(?:og|and|och|men|but|enn) (?:hvis|om|if|når|when|for)(?!\w)|"
                        # an elliptical follow-up, a conjunction and a bare noun phrase: "Og selve dommen?",
                        # "Og dommen da?", "Och själva domen?", "And the judgment itself?" names another case of
                        # the same question (no question word of its own: "Og hvad så?" asks nothing new)
                        r"^\s*(?:og|and|och|men|but|enn) (?!(?:hvad|hva|vad|what|how|hvor|hur|hvorfor|varför|why|"
                        r"hvornår|når|när|when|hvem|vem|who|så|then|sen|da)(?!\w))(?:[\w'-]+ ){0,3}[\w'-]+\s*\?\s*$|"
                        # the bare noun phrase with a relative clause of its own: "And the monthly payments that
                        # fall due under that judgment in the future?", "Og de rater, der forfalder senere?", "Och
                        # de avbetalningar som förfaller senare?" (dev q-2260): a determiner, at most three words,
                        # the relative pronoun (not a modal after it: "And the bailiff, who can he ask?" is a
                        # question of its own)
                        r"^\s*(?:og|and|och|men|but|enn) (?:the|those|these|my|his|her|their|den|det|de|dei|dem|"
                        r"min|mine|mit|mitt|mina|hans|hendes|hennes|deres|deira|sin|sine|sina)(?: [\w'-]+){1,3},? "
                        r"(?:that|which|who|som|der|dere)(?! (?:can|could|will|would|must|should|may|kan|kunne|skal|ska|må|"
                        r"får|vil)(?!\w))(?: [\w'-]+){1,12}\s*\?\s*$|"
                        # a new fact of the case and whether it changes the answer: "Jeg forsørger to børn. Ændrer
                        # det noget?", "Endrer det noe?", "Ändrar det något?", "Does that change anything?", "Gør det
                        # nogen forskel?", "Does it make a difference?"
                        r"(?<!\w)(?:ændrer|endrer|ändrar|påvirker|påverkar|changes) (?:det|dette|detta|that|this|it) "
                        r"(?:noget|noe|något|anything)(?!\w)|"
                        r"(?<!\w)(?:does|will|would) (?:that|this|it) (?:change|affect) anything(?!\w)|"
                        r"(?<!\w)(?:gør|gjør|gör|does|will|would) (?:det|dette|detta|that|this|it) (?:make )?"
                        r"(?:nogen|noen|någon|any|a) (?:forskel|forskjell|skillnad|difference)(?!\w)|"
                        # the same answer asked of another case: "Gælder det også det underholdsbidrag …?",
                        # "Gjelder det også …?", "Gäller det också …?", "Does that also apply to …?"
                        r"^\s*(?:(?:og|and|och|men|but) )?(?:gælder|gjelder|gäller) (?:det|dette|detta|den|denne) "
                        r"(?:også|också|ogsa)(?!\w)|"
                        r"^\s*(?:(?:and|but) )?(?:does|do|will|would) (?:that|this|it|the same) (?:also )?apply(?!\w)")


def opens_follow_up(question: str) -> bool:
    """The turn opens as a follow-up of the same question ("Og hvis det er min bil?", "What happens if …")."""
    return _FOLLOW_UP.search(_fold(question)) is not None


def route(question: str, state: RouterState | None = None, language: str | None = None) -> RouteResult:
    """``language``: the reply's language when the caller knows it (the pipeline does), so a fact's label
    is in the same language as the answer around it; otherwise read from the question."""
    state = state or RouterState()
    language = language or detect_language(question)
    covered, uncovered = detect_countries(question)
    if covered and state.countries and set(covered) <= set(implied_only(question)):
        # "Og hvis jeg vil klage på noe namsmannen gjør …" in a conversation about Bulgaria: the asker's own
        # word for the bailiff implies Norway only when nothing else names a country; the conversation does
        covered = []
    topic = deadline_topic(question, detect_topic(question), state)
    if topic == "appeal" and "appeal" in fee_subjects(question):
        # "What is the appeal fee in Romania?" asks for an amount: the appeal's deadline does not answer it
        topic = "fee"
    parsed = parse_arguments(question)
    if "start_date" not in parsed and state.last_args.get("start_date") and same_day(question):
        # "Och om jag vill invända mot kostnadsbeslutet som delgavs mig samma dag?": the earlier turn's date,
        # whatever rule this turn chooses
        parsed["start_date"] = state.last_args["start_date"]
    result = RouteResult(language=language, parsed=parsed, topic=topic)

    if uncovered and not covered:
        names = ", ".join(uncovered)
        result.reason = f"not covered: the corpus has no page for {names}; no rule applies"
        result.countries = uncovered
        result.state = state
        return result
    countries = covered or list(state.countries)
    follow_up = False
    # a new amount or date in this turn ("Og hvis beløbet er 2.000 EUR?") re-runs the previous rule;
    # a follow-up cue without one ("Og hvis det er min bil?") chooses the rule again
    turn_args = bool(parsed.get("start_date") or parsed.get("amount") or parsed.get("minimum_wage") or parsed.get("hours"))
    cue = opens_follow_up(question)
    # a short quantity question that names nothing and points back ("Hvor lang tid har jeg til det?") asks it
    # of the same subject; one with words of its own ("hvornår kan pengene udbetales") asks something else
    bare = not covered and len(question.split()) <= 7 and _POINTS_BACK.search(_fold(question)) is not None \
        and asked_quantity(question) is not None
    # "So what is the last day the creditor can file?": a date asked with no topic, country or case of its own
    # asks it of the conversation's subject (dev q-1667)
    dated = not covered and state.topic is not None and asked_quantity(question) == "time" \
        and _DATE_ASKED.search(question) is not None
    bare = bare or dated
    # the previous turn's topic is kept even when its country stated no number for it ("Kan en dom i Luxemburg
    # preskriberas …?" → no rule; "Och om domen är från Lettland?" still asks the limitation period)
    if topic is None and (state.last_rule_id or state.set_aside or state.topic) and (turn_args or covered or cue or bare):
        # "Hvad hvis beløbet er 2.000 EUR?" / "Og i Sverige?": keep the previous topic (and arguments).
        topic, follow_up = state.topic, True
        parsed = {**{k: v for k, v in state.last_args.items() if k not in parsed}, **parsed}
        result.parsed, result.topic = parsed, topic
    result.countries = countries
    if not countries:
        result.reason = "no country recognised in the question or the conversation"
        return result
    # "vi fikk en avgjørelse om foreldreansvar for to måneder siden. Kan namsmannen gjennomføre den …?", "the order
    # was made two months ago; can the bailiff enforce it?": an elapsed time stated with a question asking no
    # quantity asks whether a period has run, so a period its own keywords name (how old the decision may be) answers
    elapsed = topic is None and asked_quantity(question) is None and _ELAPSED.search(_fold(question)) is not None
    # "Kan han havne i fengsel …?" asks whether detention is a sanction (dev q-2496): only a detention rule answers
    prison_only = topic is None and asked_quantity(question) is None and not elapsed \
        and not _ASKS_SANCTION.search(_fold(question)) and _ASKS_CONSEQUENCE.search(_fold(question)) is not None
    at_once = topic is None and asked_quantity(question) is None and not elapsed \
        and _ASKS_AT_ONCE.search(_fold(question)) is not None
    if topic is None and asked_quantity(question) is None and not _ASKS_CONSEQUENCE.search(_fold(question)) \
            and not elapsed and not at_once:
        # "Vad kan hända?" asks for no quantity, but for a sanction: the rule its words name may answer it
        result.reason = "no numeric topic (appeal, limitation, fee, garnishment …) recognised"
        result.state = state.model_copy(update={"countries": countries})
        return result

    # One rule per country: a comparison ("i Sverige og Finland") gets each country's own number.
    reasons, chosen = [], []
    for country in countries[:MAX_COUNTRIES]:
        reuse = follow_up and not covered and (turn_args or not cue)
        previous = load_rules().get(state.last_rule_id or "") if reuse else None
        rule = previous if previous is not None and previous.country == country else None
        if rule is not None and not _answers(rule, asked_quantity(question)):
            # "Jeg skylder 40 000 EUR. Hvor meget skal jeg mindst betale for at få udsættelsen?" after the deadline
            # to request it: a new amount with a question for money is not the previous time limit run again,
            # the topic's rules are chosen afresh (and the reverse: a time asked after an amount)
            rule = None
        kind = asked_kind(question) if rule is not None else None
        if kind and not fits_kind(rule, kind):
            # "Hvor længe kan den blive udsat?" after the deadline to request a suspension asks the same subject
            # for another kind of number (its length): the topic's one rule of that kind, not the previous one
            # again (the earlier turns set the case, so its words need not be repeated)
            fitting = [r for r in rules_for(country, topic) if fits_kind(r, kind) and not excluded(r, question)]
            rule = fitting[0] if len(fitting) == 1 else rule
        if rule is None and topic:
            rule = choose_rule(country, topic, question, parsed)
            rule = rule and label_override(rule, question, parsed, topic)
            rule = rule and keyword_override(rule, question, parsed, topic)
        if rule is not None and topic == "exempt" and _FUEL.search(_fold(question)) \
                and not _keyword_score(rule, _scoring_text(question)):
            rule = None
        if rule is not None and topic == "exempt" and _TOOLS.search(_fold(question)) \
                and not _keyword_score(rule, _scoring_text(question)) and not _about_tools(rule):
            rule = None
        if rule is None and topic and state.topic and state.topic != topic and country in state.countries:
            # "Og hvis tingene skal sælges på auktion?" after a fee question: the sale has no number of its
            # own here, but the conversation's topic (its fee) may
            rule = choose_rule(country, state.topic, question, parsed, labels=False)
            rule = rule if rule is not None and _keyword_score(rule, _scoring_text(question)) else None
        if rule is None:
            rule = keyword_rule(country, question, parsed, topic) or label_rule(country, question, parsed, topic)
            rule = rule if rule is None or _topic_allows(rule, question, topic) else None
            if elapsed and rule is not None and rule.unit not in TIME_UNITS:
                rule = None  # an elapsed time is compared with a period, never with an amount
        if prison_only and rule is not None and not _about_detention(rule):
            rule = None
        if at_once and rule is not None and not _about_at_once(rule):
            rule = None
        if rule is None:
            reasons.append(f"no rule: the {country} text states no number for topic '{topic}'" if topic else
                           "no numeric topic (appeal, limitation, fee, garnishment …) recognised")
            continue
        rule = surcharged_fee(capped_total(rule, parsed, question), parsed, question)
        if not answers(rule, question, parsed, topic, state.topic if state.last_rule_id else None, follow_up):
            reasons.append(f"rule {rule.id} not stated: its number does not answer the question (none asked, "
                           f"another subject, or a time of day)")
            continue
        chosen.append(rule)
        added = added_fee(rule, question, parsed)
        if added is not None:
            # "Hvad bliver de to gebyrer tilsammen?" with both fees named: both stated and cited, and their sum
            first, then = sorted((rule, added), key=lambda r: rules_for(country).index(r))
            facts, calls, reason = _run_sum(first, then, language)
        else:
            facts, calls, reason = _run(rule, parsed, language)
        contrast = contrast_rule(rule)
        if contrast is not None and calls[-1].name != "lookup_rule":
            # one side of a contradiction is never computed alone: the other reading's result beside it
            more, more_calls, _ = _run(contrast, parsed, language)
            if more_calls[-1].name != "lookup_rule":
                facts = facts + [f for f in more if f.name != contrast.id]
                calls = calls + more_calls
            else:
                facts, calls, reason = _stated_only(rule, calls, language, "its contrasting rule computes nothing")
        if calls[-1].name == "lookup_rule":
            for other in siblings(rule):
                more, more_calls, _ = _run(other, parsed, language)
                facts, calls = facts + more, calls + more_calls
        second = second_quantity(rule, question)
        if second is not None:
            # "what does it cost, and how quickly must it be paid?": the second number asked, beside the first
            more, more_calls, _ = _run(second, parsed, language)
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
    if "start_date" not in keep and state.last_args.get("start_date") and countries == list(state.countries):
        # the case's date stays with the conversation through a turn that named none ("became final on 1
        # September 2025" … "how long does he have?" … "so what is the last day?"), for a later follow-up
        keep["start_date"] = state.last_args["start_date"]
    topic = topic or (chosen[0].topic if chosen else None)
    result.topic = topic
    set_aside = not chosen and topic is not None and any(
        excluded(r, question) for c in countries for r in rules_for(c, topic) if r.primary)
    result.state = RouterState(countries=countries, topic=topic, last_rule_id=result.rule_id or state.last_rule_id,
                               last_args=keep, set_aside=set_aside)
    return result


# A rule's topic → the question topics its number never answers without that topic's own cue: a fee is no
# protected amount, wage share, threshold or time limit, and the time a court or bailiff has to act is no
# party's time to appeal. Other pairs overlap too much to be kept apart by cues (the reachability self-test
# lost seven rules when every topic was held to its cues).
# ("validity" is left out: its cue "senest"/"at the latest" also asks for any deadline's last day)
_NEVER_ANSWERS = {"fee": {"exempt", "garnishment", "threshold", "appeal", "limitation"},
                  "processing": {"appeal", "limitation"}}


# The fuel a home is heated with ("Kan han ta veden vi skal fyre med?", "brændsel", "firewood"): an exempt question
# about that one item is answered only by a rule whose keywords name it (Bulgaria's, Romania's fuel for three
# months; Poland's food and fuel for a month), never by the topic's default rule, which may be about food (Hungary's
# one month, whose sentence gives the fuel three) or cash
_FUEL = re.compile(r"(?<!\w)(?:brændsel|brændstof|brensel|brennstoff|bränsle|fuel|" + FUEL_CUES + r")(?!\w)")


# The tools of one's trade ("det værktøj, jeg bruger i mit arbejde", "verktøyet jeg bruker i jobben", "the tools I
# need for my job"): an exempt question about them is answered only by a rule whose keywords name them (Slovakia's
# amount), never by the topic's default (Poland's cash), like fuel above
_TOOLS = re.compile(r"(?<!\w)(?:værktøj\w*|verktøy\w*|verktyg\w*|tools?|arbejdsredskab\w*|arbeidsredskap\w*|"
                    r"arbetsredskap\w*|redskab\w*|redskap\w*)(?!\w)")


def _about_tools(rule: Rule) -> bool:
    """The rule's keywords, labels or conditions name the tools of a trade (Slovakia's "Fritagne arbejdsredskaber")."""
    labels = rule.labels
    return _TOOLS.search(_fold(" ".join([*rule.keywords, labels.da, labels.nb, labels.sv, labels.en,
                                         rule.conditions]))) is not None


_POINTS_BACK = re.compile(r"(?<!\w)(?:det|dette|den|denne|dem|it|that|this|them|de)(?!\w)")


def _topic_allows(rule: Rule, question: str, topic: str | None) -> bool:
    """A rule found by its keywords or label under another topic than the question's answers it only when the
    question also cues that topic: "how many euro are protected on a P-konto" (exempt) is not answered by the
    court fee for a garnishment order that shares the word "konto", nor an appeal's length by the days the court
    has to decide on the enforcement clause."""
    if topic is None or topic not in _NEVER_ANSWERS.get(rule.topic, ()):
        return True
    return re.search(TOPIC_CUES[rule.topic], _fold(question)) is not None


def _stated_only(rule: Rule, calls: list[ToolCall], language: str, why: str) -> tuple[list[Fact], list[ToolCall], str]:
    lookup = {"rule_id": rule.id, "language": language}
    calls = [*calls, ToolCall(name="lookup_rule", args=lookup)]
    return call_tool("lookup_rule", lookup), calls, f"rule {rule.id}: calculation not shown ({why}); stated value only"


def _run_sum(rule: Rule, other: Rule, language: str) -> tuple[list[Fact], list[ToolCall], str]:
    """Two fixed amounts added (``compute_sum``); should the tool refuse them, the first is stated alone."""
    args = {"rule_id": rule.id, "other_rule_id": other.id, "language": language}
    try:
        return call_tool("compute_sum", args), [ToolCall(name="compute_sum", args=args)], \
            f"rules {rule.id} + {other.id} (fee) for {rule.country}/{rule.topic}: sum"
    except RuleInputError:
        return _run(rule, {}, language)


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
