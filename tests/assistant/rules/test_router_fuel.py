"""Fuel for heating asked in everyday words ("veden vi skal fyre med", "firewood"): the exempt topic, answered only
by a rule whose keywords name the fuel, never by the topic's default rule (food, cash, an account)."""

from __future__ import annotations

import pytest

from assistant.rules.router import route

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("question", "rule_id", "value"), [
    ("Namsmannen i Bulgaria skal ta utlegg hjemme hos oss i november. Kan han ta veden vi skal fyre med i vinter?",
     "BG-exempt-fuel", 3),
    ("Can the bailiff in Bulgaria take the firewood we heat our home with?", "BG-exempt-fuel", 3),
    ("Kan fogeden i Rumænien tage det brændsel, vi fyrer med?", "RO-exempt-fuel", 3),
    ("Kan namsmannen i Polen ta veden vi fyrer med?", "PL-exempt-food", 1),
    ("Får exekutorn i Österrike ta veden vi eldar med?", "AT-exempt-food", 4),
    # Hungary's sentence gives the fuel its own three months beside the food's one (HU-exempt-fuel)
    ("Can the bailiff in Hungary take the firewood we heat our home with?", "HU-exempt-fuel", 3),
    ("Hvad er fritaget i Ungarn - må fogeden tage brændet?", "HU-exempt-fuel", 3),
])
def test_fuel_reaches_the_rule_that_names_it(question: str, rule_id: str, value: int) -> None:
    result = route(question)
    assert result.rule_id == rule_id
    assert [f.value for f in result.facts][:1] == [value]


@pytest.mark.parametrize("country", ["Latvia", "Slovakia", "Spain", "Estonia"])
def test_fuel_gets_no_other_items_figure(country: str) -> None:
    # Latvia's and Spain's cash or wages, Slovakia's account, Estonia's food: none of them names the fuel, so no
    # figure (Hungary's food rule no longer stands alone: HU-exempt-fuel states the fuel's three months)
    result = route(f"Can the bailiff in {country} take the firewood we heat our home with?")
    assert result.facts == []


def test_food_still_reaches_the_food_rule() -> None:
    assert route("Kan namsmannen i Bulgaria ta mat vi har i huset?").rule_id == "BG-exempt-food"



@pytest.mark.parametrize("question", [
    "Hvad er fritaget i Estland - må fogeden tage brændet?",
    "Can the bailiff in Latvia take the fire wood that is exempt?",
    "Kan fogeden i Spanien tage brændet, som er fritaget for udlæg?",
])
def test_every_everyday_fuel_word_keeps_the_guard(question: str) -> None:
    # the concept that adds the rules' fuel words and the router's guard read one list (concepts.FUEL_CUES): a word
    # only the concept knew ("brændet", "fire wood") let Hungary's food rule (before HU-exempt-fuel), Latvia's cash and Spain's wage exemption
    # answer as if food, cash or wages were asked
    result = route(question)
    assert result.topic == "exempt"
    assert result.facts == []
