"""A complaint "taken up" by the court is the court's time to hear it (processing), not the time to lodge it; costs
named as coming on top ("utöver kostnaderna") are no fee asked for; "what's the latest …" asks the last time to act;
the tools of a trade are answered only by a rule naming them, never by the exempt topic's default (Poland's cash);
Hungary's heating fuel (three months) beside its food (one month)."""

from __future__ import annotations

import pytest

from assistant.rules.asked import asked_quantity
from assistant.rules.question import detect_topic
from assistant.rules.router import route
from tests.assistant.rules.conftest import conversation

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    "Jag har klagat till domstolen i Lettland. Inom hur lång tid ska klagomålet tas upp?",
    "Jeg har klaget til retten i Letland. Inden for hvor lang tid skal klagen tages op?",
    "Hvor lang tid har retten i Letland til at tage klagen op?",
    "How soon must the court in Latvia take up the complaint?",
])
def test_complaint_taken_up_is_the_hearing_time(question):
    assert detect_topic(question) == "processing"
    assert route(question).rule_ids == ["LV-complaint-hearing"]


@pytest.mark.parametrize("question", [
    "Inom hur lång tid måste jag lämna in klagomålet i Lettland?",
    "Hvad er klagefristen over fogedens skridt i Letland?",
])
def test_lodging_a_complaint_stays_the_appeal_deadline(question):
    assert route(question).rule_ids == ["LV-complaint-bailiff"]


def test_costs_on_top_are_no_fee_asked():
    q = ("Mitt hus i Grekland ska säljas på exekutiv auktion och jag är skyldig 20 000 euro. Jag vill att domstolen "
         "skjuter upp auktionen. Hur mycket av skulden måste jag minst betala, utöver kostnaderna?")
    assert detect_topic(q) == "sale"
    res = route(q)
    assert res.rule_ids == ["GR-auction-suspension-payment"]
    assert (5000, "EUR") in [(f.value, f.unit) for f in res.facts]


@pytest.mark.parametrize("question", [
    "Hvad koster en tvangsauktion i Grækenland?",
    "What are the costs of an auction in Greece?",
])
def test_costs_asked_stay_a_fee(question):
    assert detect_topic(question) == "fee"


def test_postponement_swedish_present_tense_is_a_concept():
    q = "Domstolen skjuter upp auktionen i Grekland. Hur mycket av skulden måste jag minst betala?"
    assert route(q).rule_ids == ["GR-auction-suspension-payment"]


def test_whats_the_latest_asks_the_last_time_to_act():
    res = conversation("I've had a precetto served on my debtor in Italy. How long must it give him to pay?",
                       "And what's the latest the bailiff can carry out the seizure after that?")
    assert res.rule_ids == ["IT-attachment-deadline"]


@pytest.mark.parametrize("question,quantity", [
    ("What's the latest the bailiff can seize?", "time"),
    ("Hvad er det seneste, fogeden kan foretage udlæg?", "time"),
    ("What is the latest news on my case?", None),
])
def test_latest_as_a_noun(question, quantity):
    assert asked_quantity(question) == quantity


@pytest.mark.parametrize("question", [
    "Kan fogeden tage det værktøj, jeg bruger i mit arbejde, i Polen?",
    "Can the bailiff take the tools I need for my job in Poland?",
])
def test_tools_are_not_answered_by_the_cash_default(question):
    assert route(question).rule_ids == []


@pytest.mark.parametrize("question", [
    "Kan namsmannen i Slovakia ta verktøyet jeg bruker i jobben?",
    "Jeg er tømrer i Slovakiet, og fogeden vil tage mit værktøj. Hvor meget af det må jeg beholde?",
])
def test_tools_named_by_a_rule_keep_it(question):
    assert route(question).rule_ids == ["SK-exempt-work-items"]


def test_cash_still_the_cash_rule():
    assert route("Hvor mange kontanter må jeg beholde i Polen?").rule_ids == ["PL-exempt-cash"]


def test_hungary_fuel_has_its_own_rule():
    res = route("Can the bailiff in Hungary take the firewood we heat our home with?")
    assert res.rule_ids == ["HU-exempt-fuel"]
    assert [f.value for f in res.facts][:1] == [3]


def test_hungary_food_stays_one_month():
    assert route("How long is food exempt from attachment in Hungary?").rule_ids == ["HU-exempt-food"]
