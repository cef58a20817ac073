"""Router fallbacks and multiply steps: a keyword match when no topic is recognised, the conversation's
topic when the new one has no rule, sibling figures of one sentence, "X % of an amount", "per account"."""

from __future__ import annotations

import pytest

from assistant.rules import calculators as calc
from assistant.rules.calculators import RuleInputError
from assistant.rules.parsing import parse_arguments, parse_item_counts
from assistant.rules.router import route
from assistant.rules.schema import load_rules
from assistant.rules.selection import keyword_rule
from assistant.rules.tools import call_tool

pytestmark = pytest.mark.unit


def _values(res):
    return [(f.value, f.unit) for f in res.facts if f.unit != "text"]


def test_no_topic_but_a_figure_asked_uses_the_rules_own_keywords():
    res = route("Hvor meget betales fogedens vidne i Grækenland?")
    assert res.rule_id == "GR-fee-witness"
    # the sentence states two figures: both are given (sibling rule with the identical quote)
    assert (30, "EUR") in _values(res) and (60, "EUR") in _values(res)
    assert all(f.citation.quote == res.facts[0].citation.quote for f in res.facts)


def test_topic_without_rule_falls_back_to_keywords():
    res = route("In Sweden, how soon should an eviction take place after the enforcement authority has the "
                "necessary documents?")
    assert res.rule_id == "SE-eviction" and _values(res) == [(4, "week")]


def test_generic_and_topic_cue_keywords_never_pick_a_rule():
    # "udlæg" names enforcement itself and "løn" is the garnishment cue: no fee rule may answer
    assert route("Hvor meget kan der tages udlæg i af lønnen i Tyskland?").facts == []
    assert keyword_rule("DE", "Hvor meget kan der tages udlæg i af lønnen i Tyskland?", topic="garnishment") is None


def test_no_figure_asked_and_no_topic_gives_nothing():
    assert route("Hvem er fogedens vidne i Grækenland?").facts == []


def test_follow_up_keeps_the_conversation_topic_when_the_new_one_has_no_rule():
    first = route("Hvad koster det at få fogeden til at foretage udlæg i løsøre i Tyskland?")
    res = route("Og hvis tingene skal sælges på auktion bagefter?", first.state)
    assert res.rule_id == "DE-fee-sale" and _values(res) == [(52, "EUR")]


def test_tools_named_in_a_question_ask_what_is_exempt():
    res = route("Kan namsmannen i Slovakia ta verktøyet jeg bruker i jobben?")
    assert res.rule_id == "SK-exempt-work-items" and _values(res) == [(331.94, "EUR")]


def test_percentage_of_a_stated_amount_is_computed():
    res = route("Hovedstolen er 10 000 EUR i en spansk sag. Hvor meget kan der generelt højst fuldbyrdes for "
                "renter og sagsomkostninger?")
    assert res.tool_calls[0].name == "compute_share"
    assert (30, "percent") in _values(res) and (3000, "EUR") in _values(res)


def test_per_account_amount_times_accounts():
    res = route("I have two bank accounts in Slovakia. How much in total is protected from enforcement by "
                "payment from the accounts?")
    assert res.rule_id == "SK-account-exempt-each" and res.tool_calls[0].name == "compute_total"
    assert (330, "EUR") in _values(res)


@pytest.mark.parametrize("text,counts", [
    ("I have two bank accounts", {"account": 2}), ("Jeg har to bankkonti", {"account": 2}),
    ("Jag har tre olika bankkonton", {"account": 3}), ("10 konti", {"account": 10}),
    ("jeg har to børn", {}), ("en konto", {}),
    # enforcement titles, named as what they are
    ("två olika domar", {"title": 2}), ("to domme", {"title": 2}), ("tre dommer", {"title": 3}),
    ("two judgments", {"title": 2}), ("en dom", {}),
])
def test_item_counts(text, counts):
    assert parse_item_counts(text) == counts
    assert parse_arguments(text).get("item_counts", {}) == counts


def test_share_and_total_calculators():
    assert calc.share_of_amount("10000", "3/10").fee == 3000
    assert calc.share_of_amount("999.99", "1/4").fee == calc._money(calc.Fraction("999.99") / 4)
    assert calc.per_item_total(calc.Decimal("165"), 2).fee == 330
    with pytest.raises(RuleInputError):
        calc.per_item_total(calc.Decimal("165"), 0)
    with pytest.raises(RuleInputError):
        calc.share_of_amount("-1", "1/2")


def test_share_tool_refuses_a_rule_without_the_calc():
    with pytest.raises(RuleInputError):
        call_tool("compute_share", {"rule_id": "SK-account-exempt", "amount": "100"})
    facts = call_tool("compute_share", {"rule_id": "ES-home-costs-cap", "amount": "2000", "currency": "EUR"})
    assert any(f.value == 100 and f.unit == "EUR" for f in facts)


@pytest.mark.parametrize("question,rule_id,value", [
    ("Inden for hvor lang tid skal udlægskendelsen indføres i tinglysningsregistret i Belgien?",
     "BE-attachment-order-registration", (15, "day")),
    ("Hvor meget kan afdragsomkostningerne højst være pr. sag i Frankrig?", "FR-instalment-costs-cap", (33, "EUR")),
    ("Hvornår skal skyldneren i Østrig udfærdige en ny aktivfortegnelse?", "AT-new-asset-list", (1, "year")),
    ("Hvor lang tid kan en afdragsordning for fysiske personer vare i Ungarn?", "HU-instalment-natural-persons", (6, "month")),
])
def test_rules_added_by_the_coverage_audit_are_reachable(question, rule_id, value):
    res = route(question)
    assert res.rule_id == rule_id and value in _values(res)


def test_audit_rule_siblings_state_both_figures_of_their_sentence():
    res = route("Inden for hvor lang tid skal udlægskendelsen indføres i tinglysningsregistret i Belgien?")
    assert (6, "month") in _values(res)  # the same sentence's service deadline (BE-attachment-order-service)


def test_a_rule_the_question_names_beats_the_neighbouring_topics_rule():
    # "how soon" cues waiting; Estonia has no waiting rule, and its voluntary period (the neighbour topic)
    # is no answer when the question's own words (collected, passed on) name the payout deadline
    res = route("Once the bailiff in Estonia has collected money from my debtor, how soon must it be passed on to me?")
    assert res.rule_id == "EE-transfer-proceeds" and _values(res) == [(10, "working_day")]
    # one shared word is not enough: the neighbour topic's rule stays
    assert route("Hvor lang tid er betalingsfrist ved fuldbyrdelse i fast ejendom i Polen?").rule_id \
        != "PL-fee-payment-deadline"


@pytest.mark.parametrize("question", [
    # exempt topic: Germany states no protected amount; the garnishment-order court fee shares "konto"
    "Hvor mange euro om måneden er beskyttet på en P-konto i Tyskland?",
    # appeal topic: Poland states no length for the appeal against the enforcement clause; the bailiff
    # complaint's week excludes it, and the court's 3 days to decide on the clause are no time to appeal
    "Hvor mange dage har skyldneren i Polen til at appellere rettens afgørelse om at forsyne dommen med fuldbyrdelsespåtegning?",
])
def test_a_rule_of_a_subject_that_never_answers_the_topic_is_not_a_fallback(question):
    res = route(question)
    assert res.rule_id is None and res.facts == []


def test_the_fallback_still_answers_its_own_topic_and_the_excluded_rule_its_own_case():
    assert route("Hvad er fristen for at klage over fogedens handlinger i Polen?").rule_id == "PL-complaint"
    assert route("Hvor hurtigt skal retten i Polen træffe afgørelse om fuldbyrdelsespåtegning?").rule_id \
        == "PL-clause-decision"


def test_per_item_total_is_capped_where_the_text_caps_it():
    res = calc.per_item_total("6.42", 12, maximum="33")
    assert res.fee == calc.Decimal("33.00") and [s.key for s in res.steps] == ["times", "capped_at_maximum"]
    assert calc.per_item_total("6.42", 3, maximum="33").fee == calc.Decimal("19.26")


@pytest.mark.parametrize(("text", "counts"), [
    ("i 12 månedlige rater og betaler derefter restgælden", {"instalment": 12}),
    ("i sju delbetalningar innan slutbetalningen", {"instalment": 7}),
    ("in five instalments", {"instalment": 5}),
    ("på tre olika bankkonton", {"account": 3}),
])
def test_item_counts_read_instalments_up_to_twelve_in_words(text, counts):
    assert parse_item_counts(text) == counts


@pytest.mark.parametrize(("question", "total"), [
    # 12 × 6.42 = 77.04, above the 33 EUR per case (the final balance payment is not charged)
    ("Jeg afdrager min gæld via fogeden i Frankrig i 12 månedlige rater og betaler derefter restgælden. "
     "Hvor meget kan fogeden i alt kræve i sagsstyringsudgifter?", 33),
    ("In France I pay the bailiff in three instalments. How much does he charge per instalment in total?", 19.26),
])
def test_instalment_charges_are_counted_and_capped_with_both_rules_cited(question, total):
    res = route(question)
    assert res.rule_id == "FR-fee-management"
    assert (total, "EUR") in [(float(v), u) for v, u in _values(res)]
    assert {f.citation.quote for f in res.facts} >= {"Fogeden opkræver 6,42\u00a0EUR pr. afdrag betalt af skyldneren",
                                                     "Disse omkostninger må ikke overstige 33\u00a0EUR pr. sag"}


def test_every_cap_names_an_existing_rule_of_the_same_country_and_unit():
    rules = load_rules()
    capped = [r for r in rules.values() if r.params.get("cap_rule")]
    assert capped  # France's instalment charges at least
    for rule in capped:
        cap = rules[rule.params["cap_rule"]]
        assert cap.country == rule.country and cap.unit == rule.unit and cap.id != rule.id


@pytest.mark.parametrize("question,total", [
    ("Jag vill att Kronofogden verkställer två olika domar om privaträttsliga fordringar mot samma gäldenär. "
     "Hur mycket blir grundavgifterna sammanlagt?", 1200),
    ("Jeg vil have Kronofogden i Sverige til at fuldbyrde to domme mod den samme skyldner. "
     "Hvor meget bliver grundafgifterne i alt?", 1200),
    ("Jeg vil at Kronofogden i Sverige skal fullbyrde tre dommer mot samme skyldner. "
     "Hvor mye blir grunnavgiftene til sammen?", 1800),
    ("I want the Swedish Enforcement Authority to enforce two judgments against the same debtor. "
     "How much are the basic fees in total?", 1200),
])
def test_basic_fee_per_enforcement_title_times_titles(question, total):
    # Sweden's basic fee is paid for every enforcement title: the quote states it, so two judgments pay it twice
    res = route(question)
    assert res.rule_id == "SE-basic-fee" and res.tool_calls[0].name == "compute_total"
    assert (600, "SEK") in _values(res) and (total, "SEK") in _values(res)
