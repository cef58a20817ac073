"""Router: moving out by a time when a judgment sets none is the time to
comply (with the end date computed from the day the judgment became final), and "how long can X last" with a
modal and the subject between asks how long a measure stays in force (validity)."""

from __future__ import annotations

import pytest

from assistant.rules.question import detect_topic
from assistant.rules.router import route

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    "Retten i Tjekkiet har dømt mig til at fraflytte min lejlighed, men dommen nævner ingen frist. "
    "Dommen blev endelig den 10. marts 2025. Hvornår skal jeg senest være flyttet?",
    "Domstolen i Tjeckien har dömt mig att flytta från min lägenhet men domen anger ingen frist. "
    "Domen vann laga kraft den 10 mars 2025. När måste jag senast ha flyttat?",
    "A Czech court ordered me to vacate my flat; the judgment sets no deadline. It became final on 10 March 2025. "
    "By when must I move out at the latest?",
])
def test_moving_out_by_a_time_is_the_time_to_comply_with_its_date(question):
    # "senest" is the only validity cue: moving out is what the judgment orders, so the time to comply
    r = route(question)
    assert detect_topic(question) == "voluntary"
    assert r.rule_id == "CZ-compliance-eviction"
    assert any(f.unit == "date" and f.value == "2025-03-25" for f in r.facts)


@pytest.mark.parametrize("question", [
    "Ein tsjekkisk dom ble rettskraftig 10. mars 2025 uten frist. Når må jeg senest være flyttet ut i Tsjekkia?",
    "Hvornår skal jeg senest have afleveret bilen i Tjekkiet?",
    "When must I comply at the latest in the Czech Republic?",
])
def test_the_debtors_other_acts_by_a_time_are_compliance(question):
    assert detect_topic(question) == "voluntary"


def test_a_measure_that_ends_at_the_latest_stays_validity():
    # not the debtor's act: the attachment lapses by a time
    assert detect_topic("Hvornår bortfalder arresten senest i Belgien?") == "validity"


@pytest.mark.parametrize("question", [
    "Min kreditor har fået arrest i min bil i Belgien. Hvor længe kan arresten vare?",
    "Kreditoren min har fått arrest i bilen min i Belgia. Hvor lenge kan arresten vare?",
    "Min borgenär har fått kvarstad på min bil i Belgien. Hur länge kan kvarstaden vara?",
    "Min borgenär har fått kvarstad på min bil. Hur länge får kvarstaden gälla i Belgien?",
    "My creditor has obtained an arrest on my car in Belgium. How long can the attachment last?",
])
def test_how_long_can_a_measure_last_is_validity(question):
    assert detect_topic(question) == "validity"
    assert route(question).rule_id == "BE-arrest-validity"


@pytest.mark.parametrize("question", [
    "Hur länge kan jag vara borta från Sverige när Kronofogden utmäter?",   # "vara" = be, not last
    "Hvor længe kan lønindeholdelsen vare i Belgien?",                     # the wage's own topic wins
])
def test_being_somewhere_and_a_measures_own_topic_are_not_validity(question):
    assert detect_topic(question) != "validity"
