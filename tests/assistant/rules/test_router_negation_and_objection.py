"""Router: a negating pronoun ("ingen har appelleret", "nobody appealed") makes an appeal cue a
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


@pytest.mark.parametrize("question,rule", [
    ("Exekutionsdomstolen i Österrike har förbjudit mig att göra en viss sak, och jag har brutit mot förbudet. "
     "Vad kan hända?", "AT-detention-omission"),
    ("The enforcement court in Austria issued an injunction against me and I breached it. What can happen?",
     "AT-detention-omission"),
    ("The bailiff in Latvia ordered me to hand over some documents and I simply ignored it. What can happen to me?",
     "LV-fine-person"),
    ("Fogeden i Letland bad mig udlevere nogle dokumenter, og jeg ignorerede det. Hvad kan der ske?",
     "LV-fine-person"),
    ("Namsmannen i Latvia ba meg levere ut noen dokumenter, og jeg ignorerte det. Hva kan skje?", "LV-fine-person"),
    ("Kronofogden i Lettland bad mig lämna ut några handlingar och jag struntade i det. Vad kan hända?",
     "LV-fine-person"),
])
def test_what_can_happen_asks_for_the_sanction(question, rule):
    assert route(question).rule_id == rule
