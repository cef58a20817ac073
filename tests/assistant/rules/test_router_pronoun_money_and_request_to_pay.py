"""Router: the money named in one sentence and passed on as a pronoun in the next ("… fik pengene. Hvor hurtigt
skal han sende dem videre?") is the bailiff's processing time, not the sale named beside it; a request to pay
with a deadline whose only topic cue is its expiry ("bad mig om at betale … Hvornår udløber fristen?") is the
time given to pay (voluntary), not a measure's validity or the limitation period."""

from __future__ import annotations

import pytest

from assistant.rules.question import detect_topic
from assistant.rules.router import route

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    "Fogeden i Estland har solgt en bil fra min skyldner og har nu pengene. Hvor hurtigt skal han sende dem videre?",
    "Namsmannen i Estland solgte bilen og har mottatt pengene. Hvor raskt må han sende dem videre til meg?",
    "Kronofogden i Estland har sålt bilen och fått pengarna. Hur snabbt måste han skicka dem vidare till mig?",
    "The bailiff in Estonia sold the car and has the money now. How soon must he pass it on to me?",
])
def test_money_named_earlier_and_passed_on_as_a_pronoun(question):
    assert detect_topic(question) == "processing"
    assert route(question).rule_id == "EE-transfer-proceeds"


@pytest.mark.parametrize("question", [
    "Fogeden i Polen bad mig den 3. marts 2025 om at betale, inden han vurderer min ejendom. Hvornår udløber fristen?",
    "Namsmannen i Polen ba meg 3. mars 2025 om å betale før han verdsetter eiendommen. Når utløper fristen?",
    "Kronofogden i Polen bad mig den 3 mars 2025 att betala innan han värderar fastigheten. När löper fristen ut?",
    "On 3 March 2025 the bailiff in Poland asked me to pay before valuing my property. When does the deadline expire?",
])
def test_a_request_to_pay_with_an_expiring_deadline_is_the_time_to_pay(question):
    assert detect_topic(question) == "voluntary"
    assert route(question).rule_id == "PL-real-estate-payment"


@pytest.mark.parametrize("question", [
    "Hvornår udløber udlægget i Polen, hvis jeg ikke når at betale?",
    # a judgment ordering payment is the case; the deadline asked is to enforce it
    "En dom i Letland pålagde skyldneren at betale i rater. Hvornår udløber fristen for at tvangsfuldbyrde den?",
    "A court in Latvia ordered my debtor to pay in instalments. When does the time limit to enforce it expire?",
])
def test_expiry_beside_a_payment_not_requested_is_not_the_time_to_pay(question):
    assert detect_topic(question) == "validity"
