"""Router, follow-ups: the asker's word for the bailiff does not override the conversation's country, and a
country switch keeps the topic of a turn whose country stated no number for it."""

from __future__ import annotations

import pytest

from assistant.rules.router import route
from tests.assistant.rules.conftest import conversation

pytestmark = pytest.mark.unit



@pytest.mark.parametrize("follow_up", [
    "Og hvis jeg vil klage på noe namsmannen gjør mens jeg selv er til stede, hva er fristen da?",
    "Och om jag vill klaga på något kronofogden gör medan jag själv är närvarande, vad är fristen då?",
])
def test_bailiff_word_keeps_the_conversation_country(follow_up):
    res = conversation("Jeg har fått innkalling fra namsmannen i Bulgaria med oppfordring om å betale frivillig. "
                        "Hvor lang tid har jeg på meg?", follow_up)
    assert res.countries == ["BG"]
    assert res.rule_id == "BG-appeal-bailiff"


def test_bailiff_word_alone_still_implies_its_country():
    # with no conversation, "namsmannen" is still read as Norway (which states no number)
    assert route("Hvor lang klagefrist har jeg hos namsmannen?").countries == ["NO"]


@pytest.mark.parametrize("first,switch,rule", [
    ("Kan en verkställbar dom i Luxemburg preskriberas om borgenären väntar länge?", "Och om domen är från Lettland?",
     "LV-limitation"),
    ("Kan en eksigibel dom i Luxembourg forældes, hvis kreditor venter længe?", "Og hvis dommen er fra Letland?",
     "LV-limitation"),
    ("Can an enforceable judgment in Luxembourg become time-barred if the creditor waits?",
     "And if the judgment is from Latvia?", "LV-limitation"),
])
def test_country_switch_keeps_a_topic_that_had_no_number(first, switch, rule):
    assert route(first).rule_id is None  # Luxembourg states no limitation period
    assert conversation(first, switch).rule_id == rule


@pytest.mark.parametrize("first,follow_up", [
    ("Mit hus i Grækenland skal på tvangsauktion om to måneder. Kan jeg få auktionen udsat?",
     "Jeg skylder 40 000 EUR. Hvor meget skal jeg mindst betale for at få udsættelsen?"),
    ("My house in Greece is going to auction in two months. Can I get the auction postponed?",
     "I owe 40 000 EUR. How much must I pay at least to get the postponement?"),
])
def test_an_amount_asked_after_a_time_limit_chooses_the_rule_again(first, follow_up):
    assert route(first).rule_id == "GR-auction-suspension-request"  # 15 working days: a time
    res = conversation(first, follow_up)
    assert res.rule_id == "GR-auction-suspension-payment"
    assert (10000, "EUR") in [(f.value, f.unit) for f in res.facts]


@pytest.mark.parametrize("question,rule_id,end", [
    ("A Spanish court judgment against me became final on 1 September 2025. From what date can the creditor start "
     "enforcing it at the earliest?", "ES-waiting-period", "2025-09-21"),
    ("Dommen i Spanien fik retskraft den 1. september 2025. Hvornår kan kreditor tidligst begynde fuldbyrdelsen?",
     "ES-waiting-period", "2025-09-21"),
    ("When does the time limit to apply for enforcement in Spain run out if the judgment became final on "
     "1 March 2024?", "ES-expiry", "2029-03-01"),
])
def test_how_soon_enforcement_may_begin_is_the_waiting_period(question, rule_id, end):
    # "became final" also words the 5-year rule's condition: how soon enforcement may begin is the 20 days
    res = route(question)
    assert res.rule_id == rule_id
    assert {f.name: f.value for f in res.facts}[f"{rule_id}:end_date"] == end


@pytest.mark.parametrize("question", [
    "Hvad koster det, når en Gerichtsvollzieher i Tyskland skal sætte en lejer ud af en lejlighed?",
    "What does the bailiff charge in Germany to put a tenant out of a flat?",
])
def test_putting_a_tenant_out_is_the_eviction_fee(question):
    assert route(question).rule_id == "DE-fee-eviction"


@pytest.mark.parametrize("question", [
    "My flat in Greece is going to auction soon. Can I get the court to postpone it, and for how long?",
    "Mit hus i Grækenland skal på tvangsauktion om to måneder. Kan jeg få auktionen udsat?",
    "Hur länge kan en auktion i Grekland skjutas upp?",
])
def test_one_sentence_with_two_figures_answers_with_both(question):
    # GR art. 1000 states the request deadline (15 working days) and the suspension's length (six months) in one
    # sentence: whichever rule the question picks, its sibling's figure comes with it (selection.siblings)
    got = {(f.value, f.unit) for f in route(question).facts}
    assert {(15, "working_day"), (6, "month")} <= got


@pytest.mark.parametrize("question", [
    "Hvor hurtigt skal fogeden sende de penge, han har inddrevet hos min skyldner, videre til mig? Det er i Estland.",
    "Hvor raskt må namsmannen i Estland sende pengene han har innkrevd fra skyldneren min, videre til meg?",
    "Hur snabbt måste kronofogden i Estland betala ut de pengar som indrivits hos min gäldenär?",
])
def test_money_the_bailiff_collected_is_the_proceeds_passed_on(question):
    # "collected" in da/nb/sv (inddrevet, innkrevd, indrivits) names the proceeds the bailiff passes on
    assert route(question).rule_id == "EE-transfer-proceeds"
