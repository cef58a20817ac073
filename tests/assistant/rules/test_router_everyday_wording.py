"""Router: wording users really write for numbers the rules
already hold — a half hour without the conjunction, money passed on as a pronoun, "still" after an elapsed
time, maintenance named "bidrag", a follow-up that asks whether a new fact changes the answer, and one
sentence stating two time limits."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.rules.parsing import parse_hours
from assistant.rules.question import detect_topic
from assistant.rules.router import opens_follow_up, route

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text,hours", [
    ("fire en halv time", "4.5"), ("to en halv timme", "2.5"), ("four-and-a-half hours", "4.5"),
    ("4½ timer", "4.5"), ("4 ½ hours", "4.5"), ("fire og en halv time", "4.5"), ("5 timer", "5"),
])
def test_half_hour_without_conjunction(text, hours):
    assert parse_hours(text) == hours


def test_time_surcharge_with_half_hour_without_conjunction():
    res = route("Fogeden i Tyskland gjorde udlæg i mit løsøre, og ifølge hans rapport varede forretningen fire en "
                "halv time. Hvad bliver hans gebyr for udlægget inklusive tidstillæg?")
    assert res.rule_id == "DE-fee-attachment-movables"
    total = next(f for f in res.facts if f.name.endswith(":total"))
    assert Decimal(str(total.value)) == Decimal("66")


@pytest.mark.parametrize("question", [
    "Once the bailiff in Estonia has collected money from my debtor, how soon must he pass it on to me?",
    "Når fogeden i Estland har inddrevet pengene, hvor hurtigt skal han så sende dem videre til mig?",
    "Når namsmannen i Estland har innkrevd pengene, hvor raskt må han betale dem ut til meg?",
])
def test_money_passed_on_as_a_pronoun(question):
    assert detect_topic(question) == "processing"
    assert route(question).rule_id == "EE-transfer-proceeds"


def test_a_wait_word_keeps_the_waiting_topic():
    assert detect_topic("How long must I wait before the money is passed on to the creditor?") == "waiting"


@pytest.mark.parametrize("question", [
    "Min kreditor i Italien forkyndte et precetto for mig for fire måneder siden. Kan han stadig sende fogeden ud?",
    "My creditor in Italy served a precetto on me four months ago. Can he still send the bailiff?",
    "Min borgenär i Italien delgav mig ett precetto för fyra månader sedan. Kan han fortfarande skicka fogden?",
])
def test_still_after_an_elapsed_time_asks_whether_the_limit_has_run(question):
    assert detect_topic(question) == "validity"
    assert route(question).rule_id == "IT-attachment-deadline"


def test_maintenance_named_bidrag_and_the_repeated_inquiry():
    res = route("Faren til barnet mitt i Polen betaler ikke bidrag. Hvor ofte skal namsmannen sjekke inntektene "
                "og eiendelene hans på nytt?")
    assert res.rule_id == "PL-maintenance-investigation"


@pytest.mark.parametrize("question", [
    "Jeg forsørger to børn. Ændrer det noget?", "Jeg forsørger to barn. Endrer det noe?",
    "Jag försörjer två barn. Ändrar det något?", "I support two children. Does that change anything?",
    "Gør det nogen forskel?", "Does it make a difference?",
    "Gælder det også det underholdsbidrag, jeg skal have hver måned?", "Does that also apply to maintenance?",
])
def test_follow_up_asking_whether_it_changes_or_applies(question):
    assert opens_follow_up(question)


def test_dependants_follow_up_after_the_wage_scale():
    first = route("Min løn i Spanien ligger lidt over mindstelønnen. Hvor stor en del kan der gøres udlæg i?")
    res = route("Jeg forsørger to børn. Ændrer det noget?", first.state)
    assert res.rule_id == "ES-dependants-reduction"


def test_periodic_amounts_follow_up_after_the_limitation_period():
    first = route("Hvor længe kan en dom afsagt i Holland fuldbyrdes, før det er for sent?")
    res = route("Gælder det også det underholdsbidrag, jeg ifølge dommen skal have hver måned?", first.state)
    assert res.rule_id == "NL-limitation-short"


def test_one_sentence_two_time_limits_answer_together():
    res = route("Retten i Østrig har bevilget udlæg i min skyldners løsøre. Hvor hurtigt skal fogeden berame "
                "udlægsforretningen?")
    assert res.rule_id == "AT-schedule"
    assert {(f.value, f.unit) for f in res.facts} >= {(4, "week"), (4, "month")}


@pytest.mark.parametrize("question", [
    "Fogeden i Spanien gør udlæg i det hus, jeg bor fast i, for et krav på 12 000 EUR. Hvor meget kan de højst kræve "
    "af mig i omkostninger?",
    "The bailiff in Spain is enforcing against the house I live in for a claim of 12,000 EUR. How much can the costs "
    "charged to me be at most?",
    "Kronofogden i Spanien gör utmätning i lägenheten jag bor i för en fordran på 12 000 EUR. Hur mycket får "
    "kostnaderna högst bli?",
])
def test_house_or_flat_one_lives_in_is_the_home(question):
    # "the house / flat I live in" is the lay word for the debtor's home: Spain's 5 % cap on costs charged when
    # enforcing against the home, not the general 30 % cap on interest and costs
    res = route(question)
    assert res.rule_id == "ES-home-costs-cap"
