"""Choosing the rule that answers a question among a country's rules: hand-written keywords first,
then the rules' own labels as tie-break, override and last-resort fallback (see ``labels.py``), and
which tool a chosen rule is run with.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from assistant.rules.asked import (
    _DEFAULT_QUANTITY,
    _answers,
    _gives_money,
    asked_kind,
    asked_quantity,
    asks_amount,
    asks_time,
    fits_kind,
    wants_money,
)
from assistant.query._text import nfc_casefold as _fold
from assistant.rules.keywords import _keyword_hits, _keyword_score, _negated, cross_fold, names_failure
from assistant.rules.labels import GENERIC_WORDS, STEM, label_score, stems
from assistant.rules.question import TOPIC_CUES, TOPIC_FALLBACK, _about, _pattern_topic, _scoring_text, fee_subjects
from assistant.rules.schema import TIME_UNITS, Rule, load_rules, rules_for, to_fraction
from assistant.rules.tools import computable


def eligible(rules: list[Rule], question: str, parsed: dict | None, topic: str | None,
             strict: bool = False) -> list[Rule]:
    """The rules that can answer the question at all: they give the kind of number asked for (a time, an
    amount; ``strict`` for a rule chosen by its label alone), a fee named by its subject is that fee, and an
    amount asked in a currency is money. "What is the appeal fee?" asks for an amount even without "how much"."""
    asked = asked_quantity(question)
    wants = asked or _DEFAULT_QUANTITY.get(topic or "")
    subjects = fee_subjects(question)
    money = wants_money(question, parsed)
    # "Og hvis jeg ikke betaler gebyret med det samme?" asks no kind of number: what follows a failure to act is
    # the rule about that failure (a time to pay the fee after all), not the topic's default kind (an amount)
    folded = _scoring_text(question) if asked is None and not strict else ""

    def fits(r: Rule) -> bool:
        return _answers(r, wants, strict=strict) or bool(folded and names_failure(r, folded))
    return [r for r in rules if fits(r) and _about(r, subjects) and _gives_money(r, money)]


def choose_rule(country: str, topic: str, question: str, parsed: dict | None = None, labels: bool = True) -> Rule | None:
    """Best keyword match among the country's rules for the topic and its neighbour topic; ties go to a
    rule that can compute with the arguments given (a fee table when an amount is stated), then to the
    exact topic, then to the rule marked 'primary', then to file order."""
    parsed = parsed or {}
    folded = _scoring_text(question)
    candidates = rules_for(country, topic)
    neighbour = TOPIC_FALLBACK.get(topic)
    candidates += rules_for(country, neighbour) if neighbour else []
    candidates = eligible(candidates, question, parsed, topic)
    # the question names a case the topic's default rule excludes: the page answers that case otherwise
    # (Sweden: no time limit to appeal a wage attachment), so only a rule named by its own keywords stands in
    set_aside = [r for r in candidates if excluded(r, question)]
    candidates = [r for r in candidates if r not in set_aside]
    default_set_aside = any(r.primary for r in set_aside)
    if not candidates:
        return None
    qs = stems(_scoring_text(question)) if labels else set()
    # a rule under the neighbour topic cannot claim a cue of the asked topic as its keyword: "fritaget" makes
    # a question an exempt one, it does not make it the garnishment rule that lists the word
    cue = TOPIC_CUES.get(topic, "")

    text = cross_fold(folded)

    @cache
    def direct_hits(keyword: str) -> frozenset[int]:  # each keyword's word starts, found once per question
        return frozenset(_keyword_hits(keyword, text)[0])

    def shadowed(rule: Rule, k: str) -> bool:
        # a keyword that, wherever it matches, only begins a longer keyword of a competing rule is that rule's
        # word: "auktionarius" (the auctioneer's fee) is no "auktion" (the fee for preparing one), "auctioneer"
        # no "auction". Only between rules stating different numbers: where both state the same one ("afvis",
        # "afvisning": two 15-day deadlines) the longer word tells no amount apart, and the usual order decides
        hits = direct_hits(k)
        return bool(hits) and any(len(w) > len(k) and w.startswith(k) and hits <= direct_hits(w)
                                  for other in candidates if other is not rule and not other.same_number(rule)
                                  for w in map(_fold, other.keywords))

    def ignored(rule: Rule) -> Callable[[str], bool]:
        borrowed = rule.topic != topic and bool(cue)
        return lambda k: (borrowed and bool(re.fullmatch(r"(?:" + cue + r")\w*", k))) or shadowed(rule, k)
    keyword = {r.id: _keyword_score(r, folded, ignored(r)) for r in candidates}
    # the kind of period or number the question explicitly asks for comes first ("hur länge kan auktionen
    # skjutas upp" is the suspension's length, whatever the request deadline's keywords); then the reviewed
    # keywords decide; the labels break their ties (not in a follow-up, whose case is set by the earlier turns
    # the labels do not see)
    # (a factor table, FR's fixed fee × 0.5, 1 or 2 by the claim, computes a factor and no fee: a stated amount
    # does not make it the fee asked for, only its own words do)
    kind = asked_kind(question)
    asked_measure = measure(folded)
    best = max(candidates, key=lambda r: (fits_kind(r, kind), not clashes(r, asked_measure), keyword[r.id],
                                          _label_rank(r, folded, qs) if labels else 0.0,
                                          _tool_call(r, parsed, "da")[0] != "lookup_rule" and r.unit != "multiplier",
                                          r.topic == topic, r.primary, -candidates.index(r)))
    if kind == "share" and not fits_kind(best, kind) and keyword[best.id] <= 0 \
            and not (labels and _label_rank(best, folded, qs)):
        # "hvor mange procent af min løn …" and the country states no percentage or fraction: a number of another
        # kind (a month's food, a fee) answers it only when the question names that rule's own case
        return None
    if topic in _NARROW_NEIGHBOUR and best.topic != topic and keyword[best.id] <= 0 \
            and not (labels and _label_rank(best, folded, qs)):
        return None  # "can they take the cash I keep at home?" is not answered by a share of business income
    if not best.primary and keyword[best.id] <= 0 and (default_set_aside or (labels and not label_score(best, folded, qs))):
        # a rule that is not its topic's default is a special case (a maintenance claim, a self-employed
        # debtor): stated only when the question uses one of its words, never as the only rule at hand
        return None
    return best


# Two measures the texts keep apart: an arrest (a protective attachment, "kvarstad") secures a claim before
# judgment; an udlæg ("utlegg", "utmätning") enforces one. "Kendelse om arrest i mit løsøre" is an arrest in
# movables, and a rule about udlæg in movables (same keyword "løsøre") does not answer it, nor the reverse.
_MEASURES = {
    "arrest": re.compile(r"(?<!\w)(?:arrest\w*|kvarstad\w*|sikringsarrest\w*|protective attachment|"
                         r"conservatory attachment|precautionary attachment|saisie conservatoire)"),
    "udlaeg": re.compile(r"(?<!\w)(?:udlæg\w*|utlegg\w*|utmät\w*|\w+udlæg\w*|\w+utlegg\w*)"),
}


def measure(folded: str) -> str | None:
    """'arrest' or 'udlaeg' when a (folded) text names exactly one of the two measures, else None."""
    named = [m for m, rx in _MEASURES.items() if rx.search(folded)]
    return named[0] if len(named) == 1 else None


def rule_measure(rule: Rule) -> str | None:
    """The measure a rule is about, read from its Nordic labels and its conditions."""
    labels = rule.labels
    return measure(_fold(" ".join((labels.da, labels.nb, labels.sv, rule.conditions))))


# "utmätning av annat än lön" names wages only to set them aside
_SET_ASIDE = re.compile(r"(?:end|enn|än|than|except|undtagen|unntatt|utom)\s+$")


def excluded(rule: Rule, question: str) -> bool:
    """The question names a case the rule says it does not cover (``Rule.excludes``): not negated, not
    set aside ("other than wages")."""
    if not rule.excludes:
        return False
    folded = _fold(question)
    text = cross_fold(folded)
    return any(not _negated(folded, h) and not _SET_ASIDE.search(text[max(0, h - 12):h])
               for k in rule.excludes for h in _keyword_hits(_fold(k), text)[0])


def clashes(rule: Rule, asked: str | None) -> bool:
    """The question names one measure and the rule is about the other."""
    own = rule_measure(rule) if asked else None
    return own is not None and own != asked


# What is exempt is asked about things; a garnishment rule (a share of wages, of business income) answers it
# only when the question names its case (a keyword or its label), not as the neighbour topic's default.
_NARROW_NEIGHBOUR = ("exempt",)


# A label score counts only when it is distinctive: one word shared with a rule's label ("fogedens") is
# no reason to pass over the rule the topic and keywords chose.
LABEL_MIN = 2.5      # about one word unique to the rule among its country's rules
LABEL_MARGIN = 1.5   # the fallback winner must beat the runner-up (with another number) by this factor


def _label_rank(rule: Rule, folded: str, qs: set[str]) -> float:
    score = label_score(rule, folded, qs)
    return score if score >= LABEL_MIN else 0.0


def _label_stems(question: str, topic: str | None, fallback: bool = False) -> set[str]:
    """The question's stems a rule's label may match. Words that cue a topic the detection overruled stay
    overruled ("Hvor lang tid har retten til at afgøre en klage?" asks for a decision time; the appeal
    deadline's label says "klage"); in the fallback (the detected topic gave no rule) the detected topic's own
    cues point at that topic and vouch for no other (as in keyword_rule)."""
    folded = _scoring_text(question)
    qs = stems(_scoring_text(question))
    pattern_topic = _pattern_topic(folded)
    # ("other", the topic of a rule found by its keywords alone, has no cues of its own to drop)
    dropped = {t for t in (pattern_topic if pattern_topic != topic else None, topic if fallback else None)
               if t and t in TOPIC_CUES}
    if not dropped:
        return qs
    # a word that starts with a cue ("gyldigheden"); a compound that only ends in one ("retsgebyret") names
    # which fee, so it is no cue
    return qs - {w[:STEM] for w in re.findall(r"\w+", folded)
                 if any(re.match(r"(?:" + TOPIC_CUES[t].replace(r"\w*", "") + r")", w) for t in dropped)}


LABEL_STRONG = 4.0  # about two words unique to a rule among its country's rules


def _label_ranking(country: str, question: str, parsed: dict | None, topic: str | None,
                   fallback: bool) -> tuple[str, set[str], list[tuple[float, Rule]]]:
    """The country's rules that give the kind of number asked for (strictly), best label score first."""
    folded = _scoring_text(question)
    qs = _label_stems(question, topic, fallback=fallback)
    rules = eligible(rules_for(country), question, parsed, topic, strict=True)
    # a rule whose case the question denies ("en almindelig gæld, ikke børnebidrag", "not child support": its
    # keywords only negated) is no label candidate: its label words are the very case the asker rules out
    rules = [r for r in rules if _keyword_score(r, folded) >= 0]
    return folded, qs, sorted(((label_score(r, folded, qs), r) for r in rules), key=lambda x: -x[0])


def _runner_up(scored: list[tuple[float, Rule]], winner: Rule) -> list[float]:
    """The label scores of the rivals stating another number than the winner, best first."""
    return [k for k, r in scored[1:] if not r.same_number(winner)]


def label_override(rule: Rule, question: str, parsed: dict | None, topic: str | None) -> Rule:
    """The topic's rule, unless no keyword of it matches and the question clearly describes another rule of the
    country in that rule's own label words: "…anfægte gyldigheden af selve dokumentet efter den første
    fuldbyrdelsesforanstaltning" names the first measure's challenge deadline, though "gyldighed" cues validity.
    The other rule must give the kind of number asked for, state another number, score at least LABEL_STRONG
    and beat the topic's rule and every other rival by LABEL_MARGIN."""
    if _keyword_score(rule, _scoring_text(question)) > 0:
        return rule
    folded, qs, scored = _label_ranking(rule.country, question, parsed, topic, fallback=False)
    if not scored:
        return rule
    best, winner = scored[0]
    if winner.id == rule.id or best < LABEL_STRONG or winner.same_number(rule):
        return rule
    if best < LABEL_MARGIN * max([label_score(rule, folded, qs), *_runner_up(scored, winner)[:1]]):
        return rule
    return winner


def label_rule(country: str, question: str, parsed: dict | None = None, topic: str | None = None) -> Rule | None:
    """Last resort: the country's rule whose own label (in any language; English conditions too) the question
    uses most, when it clearly beats every rule stating another number and gives the kind of number asked for.
    No clear winner gives no rule (the answer then says the text states no such number)."""
    if topic is None and asked_quantity(question) is None:
        return None
    _, _, scored = _label_ranking(country, question, parsed, topic, fallback=True)
    if not scored or scored[0][0] < LABEL_MIN:
        return None
    best, rule = scored[0]
    rivals = _runner_up(scored, rule)
    if rivals and best < LABEL_MARGIN * rivals[0]:
        # no clear label winner; but a question that dates an event ("den første fuldbyrdelsesforanstaltning …
        # den 10. april 2025 … sidste dag") asks for the period counted from THAT event: the one close rival whose
        # own text counts its period from an event the question names is the answer, and its end is computed
        close = [r for k, r in scored if k * LABEL_MARGIN > best and k >= LABEL_MIN]
        dated = [r for r in close if (parsed or {}).get("start_date") and counted_from_named_event(r, question)]
        return dated[0] if len(dated) == 1 else None
    return rule


# "15 dage efter den første fuldbyrdelsesforanstaltning", "30 days from service of the order": the event a period
# is counted from, in the rule's (Danish) quote or its English conditions
_FROM_EVENT = re.compile(r"(?<!\w)(?:efter|etter|fra|från|after|from|of)\s+((?:[\w-]+\s+){0,3}[\w-]+)")


def counted_from_named_event(rule: Rule, question: str) -> bool:
    """The rule is a period counted from an event (``_FROM_EVENT`` in its quote or conditions) whose own words
    (stems, generic and stop words left out) the question uses."""
    if rule.effective_calc != "period" or not computable(rule):
        return False
    qs = stems(_scoring_text(question))
    for text in (rule.quote, rule.conditions or ""):
        for m in _FROM_EVENT.finditer(_fold(text)):
            event = stems(m.group(1))
            if event and event <= qs:
                return True
    return False


def keyword_rule(country: str, question: str, parsed: dict | None = None, topic: str | None = None) -> Rule | None:
    """When the question has no recognised topic, or the country has no rule under it: the country's rule
    whose own keywords the question uses ("fogedens vidne", "udsættelse"), whatever its topic. Only a
    clear winner counts (a tie between rules of different topics is a guess), and only a rule that gives
    the kind of number asked for."""
    folded = _scoring_text(question)
    # a keyword that is itself a cue of the detected topic ("løn" for garnishment) points at that topic,
    # which has no rule here; it cannot vouch for a rule under another one
    cue = TOPIC_CUES.get(topic or "")

    def ignore(keyword: str) -> bool:
        return keyword in GENERIC_WORDS or bool(cue and re.fullmatch(r"(?:" + cue + r")\w*", keyword))

    scored = [(_keyword_score(r, folded, ignore), r) for r in eligible(rules_for(country), question, parsed, topic)]
    scored = [(k, r) for k, r in scored if k > 0]
    if not scored:
        return None
    best = max(k for k, _ in scored)
    top = [r for k, r in scored if k == best]
    if len({r.topic for r in top}) > 1:
        return None
    return choose_rule(country, top[0].topic, question, parsed) if len(top) > 1 else top[0]


# How many keyword points a rule the question names needs to replace a neighbouring topic's rule: several
# of its words, not one shared term ("betalingsfrist" alone does not make a fee's payment deadline)
_FALLBACK_OVERRIDE = 3


def keyword_override(rule: Rule, question: str, parsed: dict | None, topic: str | None) -> Rule:
    """The topic's rule, unless none of its keywords matches while another rule of the country is the clear
    keyword winner (keyword_rule: generic words and the topic's own cues left out), states another number and
    is of the kind of period the question asks for where the topic's rule is not: "hvornår skal fogeden senest
    fordele pengene fra auktionen" cues a sale (whose rule is a waiting period), but asks for a deadline and
    "fordele" names the distribution of the proceeds."""
    kind = asked_kind(question)
    # a rule reached through the neighbouring topic (TOPIC_FALLBACK: "how soon" cues waiting, the country's
    # rule is its voluntary period) is only a guess: a rule the question's own words name beats it
    # (limitation and validity are one subject under two headings, never a guess)
    fallback = topic is not None and rule.topic != topic and {rule.topic, topic} != {"limitation", "validity"}
    # a time asked ("hvor ofte", "how often", "hvor lenge") that the topic's rule cannot state (an amount left
    # to the debtor) is a mismatch of quantity like one of kind: a rule the question's words name that states
    # a time answers it ("Hvor ofte skal namsmannen undersøke inntekten … på nytt?" with child support in
    # Poland is the re-investigation interval, not the protected wage)
    wants = asked_quantity(question)
    mismatch = wants is not None and not _answers(rule, wants, strict=True)
    if (not fallback and not mismatch and (kind is None or fits_kind(rule, kind))) \
            or _keyword_score(rule, _scoring_text(question)) > 0:
        return rule
    other = keyword_rule(rule.country, question, parsed, topic)
    fits = other is not None and (kind is None or fits_kind(other, kind)) \
        and (not mismatch or _answers(other, wants, strict=True)) \
        and (not fallback or _keyword_score(other, _scoring_text(question)) >= _FALLBACK_OVERRIDE)
    return other if fits and not other.same_number(rule) else rule


def capped_total(rule: Rule, parsed: dict | None, question: str = "") -> Rule:
    """A cap asked about with a number of items ("12 rater … hvor meget i alt") is the per-item rule it caps,
    which computes the total and cites the cap beside it; so is a variant's price ("60 EUR, hvis vidnet er en
    foged") asked with a number of items: the per-item rule counts the variant among them; and so is the same amount
    as the per-item rule states ("165 EUR på en konto"), asked with several of its items ("tre bankkontoer")."""
    counts = (parsed or {}).get("item_counts") or {}
    for other in rules_for(rule.country):
        if counts.get(other.params.get("item", ""), 0) <= 1 or other.id == rule.id:
            continue
        if rule.id in (other.params.get("cap_rule"), other.params.get("variant_rule")):
            return other
        if other.calc == "per_item" and rule.calc != "per_item" and other.topic == rule.topic \
                and other.same_number(rule) and not excluded(other, question):
            # "tre bankkontoer … til sammen": the topic's rule states the amount for one account; the rule stating
            # the same amount per account counts the accounts the question names
            return other
    return rule


def surcharged_fee(rule: Rule, parsed: dict | None, question: str = "") -> Rule:
    """A surcharge asked about with the act's length given ("4 timer og 20 minutter … gebyret for udlægget
    inklusive tidstillæg") is the fee it is added to: the fee rule that computes its time surcharge (the
    surcharge's own amount per started hour) and that the question's words name, since its total is the answer."""
    if "hours" not in (parsed or {}) or rule.calc == "time_surcharge" or rule.kind != "fee":
        return rule
    folded = _scoring_text(question)
    named = [other for other in rules_for(rule.country)
             if other.calc == "time_surcharge" and other.section == rule.section
             and to_fraction(str(other.params["per_hour"])) == to_fraction(str(rule.value))
             and _keyword_score(other, folded) > 0]
    return named[0] if len(named) == 1 else rule


def siblings(rule: Rule) -> list[Rule]:
    """Rules quoting the very same passage: one sentence stating two figures ("30 EUR til hver og 60 EUR,
    hvis vidnet er en foged") answers with both, never with half of what it says."""
    return [r for r in rules_for(rule.country) if r.id != rule.id and r.quote == rule.quote]


def second_quantity(rule: Rule, question: str) -> Rule | None:
    """A question asking both an amount and a time of one subject ("hvad koster det … og hvor hurtigt skal det
    være betalt?", "what does it cost and by when must it be paid?") asks two numbers: beside the chosen rule,
    the rule of the other kind (a time beside an amount, or the reverse) from the same section and topic of the
    same country, named by the question's own words (its keywords), answers the second (dev q-2164)."""
    if not (asks_time(question) and asks_amount(question)):
        return None
    timed = rule.unit in TIME_UNITS
    text = _scoring_text(question)
    partners = [r for r in rules_for(rule.country, rule.topic)
                if r.id != rule.id and r.section == rule.section and (r.unit in TIME_UNITS) != timed
                and r.quote != rule.quote and _keyword_score(r, text) > 0]
    return partners[0] if len(partners) == 1 else None


# A total asked ("tilsammen", "til sammen", "i alt", "samlet", "sammenlagt", "tillsammans", "sammanlagt", "totalt",
# "in total", "altogether", "combined", "together")
_TOTAL_ASKED = re.compile(r"(?<!\w)(?:tilsammen|til sammen|tilsaman|til saman|tillsammans|i alt|ialt|samlet|samlede|"
                          r"sammenlagt|sammenlagte|sammanlagt|sammanlagda|totalt|in total|total amount|altogether|"
                          r"combined|together|all together|in all)(?!\w)")


def _fixed_amount(rule: Rule, parsed: dict | None) -> bool:
    """A fee the text states as one fixed amount, stated as it is (no rate, table, range, flag or computation)."""
    return rule.kind == "fee" and rule.unit not in TIME_UNITS and rule.unit not in ("percent", "fraction", "multiplier") \
        and rule.value_max is None and not rule.flags and rule.calc in (None, "time_surcharge") \
        and _tool_call(rule, parsed or {}, "da")[0] == "lookup_rule"


def added_fee(rule: Rule, question: str, parsed: dict | None = None) -> Rule | None:
    """A total asked of two fees the question names by their own keywords ("gøre udlæg i min skyldners løsøre og
    bagefter sælge det … Hvad bliver fogedens to faste gebyrer tilsammen?": the seizure's fee and the sale's): the
    one other fixed fee of the same country and unit, in another sentence, that the question names beside the chosen
    one, to be added to it (``compute_sum``). Generic words ("udlæg", "foged") name no fee."""
    if not _fixed_amount(rule, parsed) or not _TOTAL_ASKED.search(_fold(question)):
        return None
    text = _scoring_text(question)

    def ignore(keyword: str) -> bool:
        return keyword in GENERIC_WORDS
    if _keyword_score(rule, text, ignore) <= 0:
        return None
    named = [other for other in rules_for(rule.country, rule.topic)
             if other.id != rule.id and other.unit == rule.unit and other.quote != rule.quote
             and _fixed_amount(other, parsed) and not excluded(other, question) and _keyword_score(other, text, ignore) > 0]
    return named[0] if len(named) == 1 else None


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
        dependants = parsed.get("dependants", 0)
        if rule.params.get("counts") == "family":
            # the text counts each member of the debtor's family ("hvert medlem af dennes familie"): a spouse
            # the asker names is one beside the children; a text counting dependants only does not count them
            dependants += parsed.get("spouse", 0)
        if dependants:
            args["dependants"] = dependants
        return "compute_garnishment", args
    if calc == "time_surcharge" and "hours" in parsed:
        return "compute_time_fee", {**base, "hours": parsed["hours"]}
    if calc in ("share_of_amount", "reduce_by") and "amount" in parsed and rule.value_max is None \
            and parsed.get("amount_of", "") == rule.params.get("amount_is", parsed.get("amount_of", "")):
        # a rule reducing one named amount ("nedsættes værdien af fribeløbet med 25 %": amount_is = "protected")
        # computes only with that amount stated as such, never with a wage or a debt the question states
        return "compute_share", {**base, **money, "amount": parsed["amount"]}
    count = (parsed.get("item_counts") or {}).get(rule.params.get("item", ""))
    settled = bool(count and count > 1 and rule.params.get("except_item") == "balance" and parsed.get("balance_item"))
    if settled:
        # the text does not charge the payment settling the balance, and the asker says one of them does
        count -= 1
    if calc == "per_item" and count and (count > 1 or settled):
        variant = load_rules().get(rule.params.get("variant_rule", ""))
        k = (parsed.get("variant_counts") or {}).get(variant.params.get("variant", "")) if variant else None
        return "compute_total", {**base, "count": count, **({"variant_count": k} if k and k <= count else {})}
    if calc in ("fee_rate", "fee_table") and "amount" in parsed and rule.value_max is None:
        args = {**base, **money, "amount": parsed["amount"]}
        if "reference_wage" in parsed:
            args["reference_wage"] = parsed["reference_wage"]
        return "compute_fee", args
    return "lookup_rule", base
