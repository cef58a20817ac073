"""Router: the one who runs an auction ("auktionarius", "the notary
who conducts the auction") is no auction; the time by which the debtor must pay when a judgment sets none is the
time to comply; the money passed on after a sale is the bailiff's processing time, not the sale's."""

from __future__ import annotations

import pytest

from assistant.rules.question import detect_topic
from assistant.rules.router import route

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    "Hvad tager notaren, der leder tvangsauktionen over min ejendom i Grækenland, i gebyr?",
    "Hvad tager auktionarius ved en tvangsauktion i Grækenland i gebyr?",
    "Hva tar notaren som leder tvangsauksjonen i Hellas i gebyr?",
    "Vad tar notarien som leder exekutiva auktionen i Grekland i avgift?",
    "How much does the notary who conducts the auction in Greece charge?",
    "What is the auctioneer's fee in Greece?",
])
def test_the_auctioneer_is_no_auction(question):
    assert route(question).rule_id == "GR-fee-auctioneer"


@pytest.mark.parametrize("question", [
    "Hvad koster en tvangsauktion i Grækenland?",
    "What does the bailiff charge for preparing an auction in Greece?",
])
def test_the_auction_itself_keeps_its_fee(question):
    assert route(question).rule_id == "GR-fee-auction-preparation"


def test_same_number_rules_keep_their_order():
    # "afvis" begins "afvisning" of another 15-day rule: the longer word tells no amount apart
    assert route("Hvad er klagefrist ved fogedens afvisning i Rumænien?").rule_id == "RO-complaint-refusal"


@pytest.mark.parametrize("question", [
    "En tjekkisk dom om betaling blev endelig den 28. februar 2025 og nævner ingen betalingsfrist. "
    "Hvornår skal jeg senest have betalt?",
    "Ein tsjekkisk dom ble rettskraftig 28. februar 2025 uten betalingsfrist. Når må jeg senest betale i Tsjekkia?",
    "En tjeckisk dom vann laga kraft den 28 februari 2025 utan betalningsfrist. När måste jag senast ha betalat?",
    "A Czech judgment became final on 28 February 2025 and sets no deadline. When must I pay at the latest?",
])
def test_the_time_by_which_i_must_pay_is_the_time_to_comply(question):
    # "senest" is the only validity cue: it is the debtor's time to pay (comply), counted from the final judgment
    assert detect_topic(question) == "voluntary"


# The money passed on after a sale: the sale is the circumstance, the time asked is the bailiff's time to pass
# the proceeds on to the creditor (processing), not the auction's own rule.
@pytest.mark.parametrize("question", [
    "Fogeden i Estland har solgt min bil på auktion. Hvor hurtigt skal pengene sendes videre til kreditor?",
    "Namsmannen i Estland har solgt bilen min på auksjon. Hvor raskt må pengene sendes videre til kreditor?",
    "Kronofogden i Estland har sålt min bil på auktion. Hur snabbt ska pengarna skickas vidare till borgenären?",
    "The bailiff in Estonia sold my car at auction. How quickly must the money be passed on to the creditor?",
])
def test_money_passed_on_after_a_sale(question):
    assert detect_topic(question) == "processing"
    assert route(question).rule_id == "EE-transfer-proceeds"


@pytest.mark.parametrize("question", [
    "Hvornår bliver min bil solgt på auktion i Estland?",
    "Hvor hurtigt kan fogeden sælge min bil i Estland?",
])
def test_a_sale_asked_stays_a_sale(question):
    assert detect_topic(question) == "sale"
