"""Router, session 17: a negating pronoun ("ingen har appelleret", "nobody appealed") makes an appeal cue a
condition; the LU suspension rule is named by its own words; "how quickly may he start" asks for a wait; refusing
an arrangement ("sige nej til den") is objecting to it."""

from __future__ import annotations

import pytest

from assistant.rules.router import route
from tests.assistant.rules.conftest import conversation

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question,date", [
    ("En dom mod mig i Luxembourg blev afsagt den 24. april 2025. Den er ikke foreløbigt eksigibel, og ingen har "
     "appelleret. Fra hvilken dato kan den tidligst fuldbyrdes?", "2025-05-02"),
    ("A judgment against me in Luxembourg was given on 24 April 2025. It is not provisionally enforceable and "
     "nobody has appealed. From which date can it be enforced at the earliest?", "2025-05-02"),
    ("En dom i Luxemburg meddelades den 2 juni 2025. Den är inte provisoriskt verkställbar och ingen har "
     "överklagat. Vilket datum löper uppskovet med verkställbarheten ut?", "2025-06-10"),
    ("En dom i Luxembourg ble avsagt 2. juni 2025. Når utløper utsettelsen av tvangskraften?", "2025-06-10"),
])
def test_unappealed_judgment_suspension(question, date):
    res = route(question)
    assert res.rule_id == "LU-enforceability-suspension"
    assert date in [f.value for f in res.facts]


@pytest.mark.parametrize("follow_up", [
    "Og hvor hurtigt må han gå i gang, efter at dommen er blevet endelig?",
    "Och hur snabbt får han börja, efter att domen vunnit laga kraft?",
    "And how quickly may he start once the judgment is final?",
])
def test_how_quickly_may_start_is_a_wait(follow_up):
    res = conversation("Hvor længe kan en kreditor i Spanien vente med at begære en dom fuldbyrdet?", follow_up)
    assert res.topic == "waiting" and res.rule_id == "ES-waiting-period"


@pytest.mark.parametrize("question", [
    "Fogeden i Ungarn har givet mig en afdragsordning. Kan min kreditor sige nej til den?",
    "Namsmannen i Ungarn har gitt meg en avdragsordning. Kan kreditoren si nei til den?",
    "Kronofogden i Ungern har gett mig en avbetalningsplan. Kan borgenären säga nej till den?",
    "The bailiff in Hungary gave me an instalment plan. Can my creditor say no to it?",
])
def test_saying_no_to_an_arrangement_is_objecting(question):
    assert route(question).rule_id == "HU-instalment-objection"


def test_saying_no_to_entry_is_no_appeal():
    assert route("Kan jeg sige nej til at fogeden kommer ind i Ungarn?").topic is None
