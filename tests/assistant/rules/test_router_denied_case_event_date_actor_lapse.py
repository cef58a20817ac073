"""Router: a negation that denies a case (not a failure to act), the lay verb "touch" for what is protected, a
period counted from an event the question dates, the court as the actor when the bailiff only sets the case in a
condition, and "still hold" / "lapse" as validity words."""

from __future__ import annotations

import pytest

from assistant.rules.keywords import _denies_case
from assistant.rules.question import detect_topic
from assistant.rules.router import route

pytestmark = pytest.mark.unit


# --- a contrast or a copula denies the case ("og ikke børnebidrag"); a negated verb describes a failure

@pytest.mark.parametrize("text, keyword, denies", [
    ("en almindelig gæld og ikke børnebidrag", "børnebidrag", True),
    ("an ordinary debt, not child support", "child support", True),
    ("hvis det ikke er barnebidrag", "barnebidrag", True),
    ("och inte för underhållsbidrag", "underhållsbidrag", True),
    ("it is not maintenance", "maintenance", True),
    ("hvis jeg ikke betaler børnebidrag", "børnebidrag", False),
    ("betaler ikke børnebidrag", "børnebidrag", False),
    ("if i do not pay child support", "child support", False),
])
def test_denied_case_versus_failure_to_act(text, keyword, denies):
    assert _denies_case(text, text.rindex(keyword)) is denies


@pytest.mark.parametrize("question, expected", [
    ("Jeg bor i Estland og forsørger to barn. Minstelønnen er 900 EUR i måneden. Hvor mye av lønnen min kan "
     "namsmannen ikke røre når gjelden er vanlig gjeld og ikke barnebidrag?", 1500),
    ("Jeg forsørger tre børn i Estland. Mindstelønnen er 800 EUR. Hvor meget af min løn må fogeden ikke røre, "
     "når det ikke er børnebidrag?", 1600),
    ("I live in Estonia and support two children. The minimum wage is 900 EUR a month. How much of my pay can "
     "the bailiff not touch for an ordinary debt, not child support?", 1500),
])
def test_protected_income_with_dependants_when_child_support_is_denied(question, expected):
    r = route(question)
    assert r.rule_id == "EE-garnishment-protected"
    assert any(f.unit == "EUR" and f.value == expected for f in r.facts)


# --- a dated event: the period counted from it, and its end computed

@pytest.mark.parametrize("question", [
    "Namsmannen i Hellas gjennomførte det første tvangstiltaket mot meg 3. mars 2025. Hva er siste dag jeg kan "
    "levere begjæringen til retten?",
    "Fogeden i Grækenland foretog den første fuldbyrdelsesforanstaltning den 3. marts 2025. Hvad er sidste dag, "
    "jeg kan indgive min begæring til retten?",
])
def test_period_from_the_dated_event_is_computed(question):
    r = route(question)
    assert r.rule_id == "GR-appeal-first-measure"
    assert any(f.unit == "date" and f.value == "2025-03-18" for f in r.facts)


# --- the bailiff only in the condition, the court acting in the question

@pytest.mark.parametrize("question", [
    "Hvis fogeden i Rumænien tager sagen, hvor hurtigt skal retten så træffe afgørelse om fuldbyrdelseserklæringen?",
    "And if the bailiff in Romania takes the case, how quickly must the court rule on the enforcement declaration?",
])
def test_court_acts_when_the_bailiff_only_sets_the_case(question):
    assert route(question).rule_id == "RO-enforceability-decision"


def test_bailiff_acting_in_the_question_keeps_the_bailiffs_time():
    assert route("Hvor hurtigt skal fogeden i Rumænien anmode retten om en fuldbyrdelseserklæring?").rule_id \
        == "RO-bailiff-requests-declaration"


# --- whether a measure still holds, or has lapsed, asks for its validity

@pytest.mark.parametrize("question", [
    "Fogeden i Østrig tog udlæg i mine møbler for tre år siden, men de blev aldrig solgt på auktion. Gælder "
    "udlægget stadig?",
    "Namsmannen i Østerrike tok utlegg i bilen min for over to år siden, og den ble aldri solgt. Gjelder utlegget "
    "fortsatt?",
    "Kronofogden i Österrike utmätte mina möbler för tre år sedan men de såldes aldrig på auktion. Gäller "
    "utmätningen fortfarande?",
    "My goods in Austria were attached by the bailiff three years ago and never auctioned. Has the lien lapsed?",
])
def test_still_holds_asks_validity(question):
    r = route(question)
    assert r.rule_id == "AT-lien-lapse"
    assert any(f.value == 2 and f.unit == "year" for f in r.facts)


def test_lapse_in_a_statement_is_not_what_is_asked():
    # the lapse is stated as the case's consequence; the question asks how long after the order
    q = ("In Belgium: attachment of immovable property must be made within this period after the payment order, or "
         "the order lapses. How long is the latest attachment of immovable property after the order?")
    assert detect_topic(q) != "validity"
