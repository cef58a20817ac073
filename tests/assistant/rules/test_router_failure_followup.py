"""A conditional follow-up about failing to pay ("Og hvis jeg ikke betaler gebyret?") is the rule about that failure
(the fee's payment deadline), in the passive condition too ("If the … fee is not paid …"), and only when the thing
not paid is the rule's own subject; "what happens if I do not pay it" points back to the fee (session 11)."""

from __future__ import annotations

import pytest

from assistant.rules.router import route
from tests.assistant.rules.conftest import conversation

pytestmark = pytest.mark.unit



@pytest.mark.parametrize("first,follow_up", [
    ("Hvad koster det i Polen at få fogeden til at fuldbyrde en afgørelse om sikring af et pengekrav?",
     "Og hvis jeg ikke betaler gebyret med det samme?"),
    ("Hva koster det i Polen å få namsmannen til å fullbyrde en sikringsavgjørelse?",
     "Og hvis jeg ikke betaler gebyret med en gang?"),
    ("Vad kostar det i Polen att få kronofogden att verkställa ett säkringsbeslut?",
     "Och om jag inte betalar avgiften direkt?"),
    ("What does it cost in Poland to have the bailiff enforce a preservation order for a money claim?",
     "And if I don't pay the fee straight away?"),
])
def test_not_paying_the_fee_is_the_fees_payment_deadline(first, follow_up):
    res = conversation(first, follow_up)
    assert res.rule_ids == ["PL-fee-payment-deadline"]
    assert [(f.value, f.unit) for f in res.facts][:1] == [(7, "day")]


def test_not_paying_something_else_is_no_failure_of_the_fee():
    # the maintenance debtor fails to pay child support, not the fee: the negated "betaler" still counts against
    res = route("Hvor tit skal fogeden i Polen undersøge indtægterne hos en, der ikke betaler sit børnebidrag?")
    assert res.rule_ids == ["PL-maintenance-investigation"]


def test_filing_without_paying_the_court_fee_is_its_payment_deadline():
    res = route("Jeg indgav min begæring om tvangsfuldbyrdelse i Slovakiet den 20. januar 2025 uden at betale "
                "retsgebyret. Hvad er sidste dag for betalingen, før begæringen bliver afvist?")
    assert res.rule_ids == ["SK-court-fee-payment"]


@pytest.mark.parametrize("follow_up", [
    "Hva skjer hvis jeg ikke betaler det med en gang?",
    "Hvad sker der, hvis jeg ikke betaler det med det samme?",
    "What happens if I do not pay it straight away?",
])
def test_what_happens_if_i_do_not_pay_it_points_back_to_the_fee(follow_up):
    # "what happens if …" continues the conversation's subject, and "it" is the fee just asked about: the
    # rule about failing to pay it (the application is rejected after 15 days), not the fee again
    res = conversation("Hvor mye er rettsgebyret når man ber om tvangsfullbyrdelse i Slovakia?", follow_up)
    assert res.rule_ids == ["SK-court-fee-payment"]
    assert [(f.value, f.unit) for f in res.facts][:1] == [(15, "day")]
