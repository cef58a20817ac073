"""Router: one question asking an amount and a time of the same subject ("what does it cost, and how quickly
must it be paid?") gets both numbers: the chosen rule and the rule of the other kind from the same section and
topic that the question's own words name."""

from __future__ import annotations

import pytest

from assistant.rules.router import route

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    "Hvor meget er retsgebyret for en begæring om tvangsfuldbyrdelse i Slovakiet, og hvornår skal det være betalt?",
    "Hvor mye er rettsgebyret for tvangsfullbyrdelse i Slovakia, og hvor lang tid har jeg til å få det betalt?",
    "Hur mycket är domstolsavgiften i Slovakien och hur lång tid har jag på mig att få den betald?",
    "How much is the court fee in Slovakia and what is the time limit for it to be paid?",
])
def test_amount_and_time_asked_together_get_both(question):
    names = [f.name for f in route(question).facts]
    assert names == ["SK-court-fee", "SK-court-fee-payment"]


@pytest.mark.parametrize("question", [
    "Hvor meget er retsgebyret for en begæring om tvangsfuldbyrdelse i Slovakiet?",
    "How long do I have to pay the court fee in Slovakia?",
])
def test_one_quantity_asked_gets_one(question):
    assert len(route(question).facts) == 1
