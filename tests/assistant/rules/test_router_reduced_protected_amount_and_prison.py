"""Router (session 19, rules30): a request to pay without the infinitive marker ("bad mig betale gælden") is a
request to pay; a rule reducing the protected amount computes only with that amount stated as such; whether
someone can be sent to prison asks for the detention the text sets; Ireland's twelve years are quoted from 4.3."""

from __future__ import annotations

import pytest

from assistant.rules.parsing import parse_arguments
from assistant.rules.question import detect_topic
from assistant.rules.router import RouterState, route
from assistant.rules.schema import load_rules

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    "Fogeden i Polen skrev den 3. marts 2025 og bad mig betale, før han vurderer min ejendom. Hvornår udløber fristen?",
    "Namsmannen i Polen skrev 3. mars 2025 og ba meg betale før han verdsetter eiendommen. Når utløper fristen?",
    "Kronofogden i Polen skrev den 3 mars 2025 och bad mig betala innan han värderar fastigheten. När löper fristen ut?",
])
def test_a_request_to_pay_without_the_infinitive_marker_is_the_time_to_pay(question):
    assert detect_topic(question) == "voluntary"
    res = route(question)
    assert res.rule_id == "PL-real-estate-payment"
    assert any(f.value == "2025-03-17" for f in res.facts)


@pytest.mark.parametrize("question", [
    # a court's order and a bare "ber" in another sense stay what they were
    "Hvornår udløber udlægget i Polen, hvis jeg ikke når at betale?",
])
def test_no_request_to_pay_keeps_validity(question):
    assert detect_topic(question) != "voluntary"


@pytest.mark.parametrize("question, amount", [
    ("Mit fribeløb i Østrig er normalt 1 200 EUR. Nu inddriver min ekskone børnebidrag. Hvad bliver mit fribeløb?", 900),
    ("Fribeløpet mitt i Østerrike er 1 200 EUR. Nå krever eksen inn barnebidrag. Hva blir fribeløpet?", 900),
    ("My protected amount in Austria is 1 000 EUR. My ex is now enforcing child maintenance. What is it now?", 750),
])
def test_the_protected_amount_stated_is_reduced_for_maintenance(question, amount):
    res = route(question)
    assert res.rule_id == "AT-maintenance-reduction"
    values = {f.name: f.value for f in res.facts}
    assert values["AT-maintenance-reduction:reduced"] == amount


@pytest.mark.parametrize("question", [
    "Jeg tjener 2 000 EUR om måneden i Østrig, og min ekskone inddriver børnebidrag. Hvor meget kan de tage?",
    "I earn 2 000 EUR a month in Austria and my ex enforces child maintenance. How much can be taken?",
])
def test_a_wage_is_not_reduced_as_if_it_were_the_protected_amount(question):
    res = route(question)
    assert not any(f.name.endswith(":reduced") for f in res.facts)


def test_amount_of_is_read_from_the_amounts_own_sentence():
    assert parse_arguments("Mit fribeløb er 1 000 EUR.")["amount_of"] == "protected"
    assert "amount_of" not in parse_arguments("Min løn er 1 000 EUR. Hvad er mit fribeløb?")


@pytest.mark.parametrize("question", [
    "Kan han havne i fengsel hvis han fortsatt ikke bryr seg?",
    "Kan han komme i fængsel, hvis han bliver ved?",
    "Kan han hamna i fängelse om han fortsätter?",
    "Can he go to prison if he keeps ignoring it?",
])
def test_whether_one_can_be_imprisoned_asks_for_the_detention(question):
    state = RouterState(countries=["AT"])
    res = route(question, state)
    assert res.rule_id in {"AT-detention-omission", "AT-detention-act"}


def test_a_question_naming_no_prison_still_asks_no_number():
    res = route("Kan han fortsætte med at køre over min grund i Østrig?")
    assert res.rule_id is None


def test_irish_judgment_validity_quoted_from_the_section_on_how_long_enforcement_lasts():
    rule = load_rules()["IE-judgment-validity"]
    assert rule.section == "4.3" and "tolv år" in rule.quote
    assert route("Hvor mange år kan en dom i Irland fuldbyrdes, før den ikke gælder længere?").rule_id == \
        "IE-judgment-validity"


@pytest.mark.parametrize("question", [
    "Hvor hurtigt skal retten i Bulgarien tage stilling til klagen?",
    "Hvor raskt må retten i Bulgaria ta stilling til klagen?",
    "Hur snabbt måste domstolen i Bulgarien ta ställning till överklagandet?",
])
def test_taking_a_position_on_a_complaint_is_deciding_it(question):
    assert detect_topic(question) == "processing"
    assert route(question).rule_id == "BG-appeal-decided"


def test_the_appeal_deadline_stays_the_appeal_deadline_in_bulgaria():
    assert route("Hvor lang tid har jeg til at klage i Bulgarien?").rule_id != "BG-appeal-decided"


@pytest.mark.parametrize("question", [
    "My debtor in Ireland has the money but simply refuses to pay under the instalment order. Can he end up in prison?",
    "Retten i Polen har pålagt mig tvangsbøder. Kan jeg komme i fængsel, hvis jeg ikke betaler bøderne?",
])
def test_a_prison_question_takes_no_rule_other_than_a_detention_rule(question):
    res = route(question)
    assert res.rule_id is None or "detention" in res.rule_id
