"""Router: a stated fact must answer the question (``relevance.py``), a special-case rule is no default, and
"samme dag"/"the same day" reuses the conversation's date."""

from __future__ import annotations

import pytest

from assistant.rules.parsing import SAME_DAY, same_day
from assistant.rules.relevance import answers, asks_for_number
from assistant.rules.router import route
from assistant.rules.schema import load_rules
from tests.assistant.rules.conftest import conversation

pytestmark = pytest.mark.unit


def _end_dates(res):
    return [f.value for f in res.facts if f.name.endswith(":end_date")]


@pytest.mark.parametrize("question", [
    "Må jeg sælge mit hus i Estland, efter at fogeden har beslaglagt det?",   # a sale's side deadline
    "Skal huset sælges på tvangsauktion i Estland, eller kan jeg selv sælge det?",
    "Who is appointed as auctioneer when assets are seized in Greece?",
    "Kan fogeden i Frankrig gøre udlæg i min løn uden at spørge retten først?",  # another topic's threshold
])
def test_no_number_asked_and_rule_about_something_else_gives_no_fact(question):
    res = route(question)
    assert res.facts == [] and res.rule_id is None
    assert "not stated" in res.reason


@pytest.mark.parametrize("question, rule_id", [
    ("Kan man appellere en fuldbyrdelsesafgørelse i Grækenland?", "GR-appeal-first-measure"),  # can I appeal?
    ("Kan man klage på beslutet i Polen?", "PL-complaint"),
    ("Jeg skylder penge i Finland. Kan de tage hele min løn?", "FI-garnishment"),            # the topic's number
    ("Kan jeg få auktionen i Estland erklæret ugyldig?", "EE-auction-invalidity"),           # named by keyword
    ("Hva er grense for salg av bolig med rettens godkjenning i Slovakia?", "SK-home-sale-approval"),  # names a number
    ("Hvad er fristen for at anlægge sag om ugyldig auktion i Estland?", "EE-auction-invalidity"),
])
def test_facts_that_answer_are_kept(question, rule_id):
    assert route(question).rule_id == rule_id


def test_a_numeric_follow_up_keeps_its_fact():
    res = conversation("Hvad er forældelsesfristen i Østrig?", "Og i Tyskland?")
    assert res.rule_id == "DE-limitation"


def test_asks_for_number():
    assert asks_for_number("Hvor lang tid har jeg?", {}, False)
    assert asks_for_number("Vilken preskriptionstid nämns för exekutionstitlar på Malta?", {}, False)
    assert asks_for_number("Og hvis beløbet er 2.000 EUR?", {"amount": "2000.00"}, False)
    assert asks_for_number("Og i Finland?", {}, True)
    assert not asks_for_number("Må jeg sælge mit hus, efter at fogeden har beslaglagt det?", {}, False)
    assert not asks_for_number("Kan jeg altid sælge mit hus?", {}, False)  # "altid" is no period


def test_answers_needs_the_topic_or_a_keyword():
    rule = load_rules()["EE-auction-invalidity"]
    assert not answers(rule, "Må jeg sælge mit hus?", {}, "sale", None)
    assert answers(rule, "Kan auktionen erklæres ugyldig?", {}, "sale", None)
    threshold = load_rules()["FR-home-seizure-threshold"]
    assert not answers(threshold, "Kan fogeden tage min løn?", {}, "garnishment", None)
    assert answers(threshold, "Hvor stor er beløbsgrænsen?", {}, "garnishment", None)


def test_special_case_rule_is_no_default():
    # Austria states only the maintenance reduction: a plain wage question gets no (unrelated) 25 %
    assert route("Min løn er 2500 euro, hvor meget kan fogeden i Østrig tage?").facts == []
    res = route("Hvor meget nedsættes fribeløbet i Østrig, når det gælder underholdsbidrag?")
    assert res.rule_id == "AT-maintenance-reduction"
    res = route("Min arbejdsgiver i Østrig skal trække i min løn, fordi jeg skylder børnebidrag. Hvor meget mindre må jeg beholde?")
    assert res.rule_id == "AT-maintenance-reduction"


@pytest.mark.parametrize("text", ["samma dag", "samme dag", "the same day", "samme dato", "that day", "den dagen",
                                  "same date", "samma datum"])
def test_same_day_phrases(text):
    assert SAME_DAY.search(f"… som delgavs mig {text}?")


@pytest.mark.parametrize("question", [
    "Hvad er forældelsesfristen, hvis dommen blev afsagt samme dag for ti år siden?",
    "Og hvad er forældelsesfristen? Gælden opstod samme dag som min konkurs.",
    "Brevet kom ikke samme dag, men en uge senere. Hvad er fristen for indsigelse så?",
    "What is the limitation period for a debt that fell due that day ten years ago?",
    "Hvis tvangsauktionen er fastsat til samme dag om et halvt år, hvad er fristen for at bede om udsættelse?",
])
def test_same_day_in_another_sense_does_not_reuse_the_date(question):
    assert not same_day(question)
    first = "Fogeden i Østrig forkyndte afgørelsen den 3. juni 2024. Hvornår er sidste frist for at klage?"
    assert conversation(first, question).parsed.get("start_date") != "2024-06-03"


def test_same_day_reuses_the_previous_date_under_a_new_topic():
    res = conversation(
        "Utmätningsmannen i Tjeckien avslog den 2 juni 2025 min begäran om att stryka min bil från förteckningen. "
        "Vilket är sista datum för att vända mig till domstolen?",
        "Och om jag vill invända mot kostnadsbeslutet som delgavs mig samma dag?")
    assert res.rule_id == "CZ-costs-objection"
    assert res.parsed["start_date"] == "2025-06-02"
    assert _end_dates(res) == ["2025-06-10"]


def test_same_day_in_english_and_danish():
    first = "Fogeden i Østrig forkyndte afgørelsen den 3. juni 2024. Hvornår er sidste frist for at klage?"
    for follow in ("Og hvis jeg vil gøre indsigelse i den forenklede procedure, som blev forkyndt samme dag?",
                   "And if I object in the simplified procedure, served on the same day?"):
        res = conversation(first, follow)
        assert res.rule_id == "AT-objection"
        assert _end_dates(res) == ["2024-06-17"]


def test_same_day_without_an_earlier_date_or_with_its_own_date():
    assert "start_date" not in route("Kan jeg klage i Tjekkiet samme dag?").parsed
    res = conversation("Fogeden i Østrig forkyndte afgørelsen den 3. juni 2024. Hvornår er sidste frist for at klage?",
                        "Og hvis den blev forkyndt den 10. juni 2024, samme dag som udlægget?")
    assert res.parsed["start_date"] == "2024-06-10"


@pytest.mark.parametrize("question", [
    "Retten i Grækenland har udsat tvangsauktionen, hvis jeg betaler en del af gælden. Hvornår på auktionsdagen "
    "skal pengene senest være betalt?",
    "At what time on the day of the auction must I pay in Greece to stop it?",
])
def test_a_time_of_day_is_not_answered_by_a_period(question):
    res = route(question)
    assert [f for f in res.facts if f.unit in ("day", "working_day", "week", "month", "year", "hour")] == []


def test_when_without_a_time_of_day_keeps_its_period():
    assert route("Hvornår skal jeg senest anmode om udsættelse af auktionen i Grækenland?").rule_ids == \
        ["GR-auction-suspension-request"]


@pytest.mark.parametrize("question,rule", [
    ("What time limit applies to appeals against the bailiff in Greece?", "GR-appeal-first-measure"),
    ("What time frame do I have to appeal in Finland?", "FI-appeal"),
    ("Vilken tid har jag på mig att överklaga i Finland?", "FI-appeal"),
    ("Hva tid har jeg på meg til å klage i Finland?", "FI-appeal"),
])
def test_a_deadline_asked_with_time_words_keeps_its_rule(question, rule):
    assert route(question).rule_id == rule


def test_a_compound_names_the_auction_fee():
    assert route("Hvad koster en tvangsauktion i Grækenland?").rule_id == "GR-fee-auction-preparation"
    assert route("Hva koster tvangsauksjon i Hellas?").rule_id == "GR-fee-auction-preparation"


@pytest.mark.parametrize("question", [
    "Er det dommeren selv, der står for de konkrete udlæg og lønfradrag i en spansk fuldbyrdelsessag?",
    "Er det dommeren som står for utlegg og trekk i lønn i en spansk tvangsfullbyrdelsessak?",
    "Är det domaren som sköter utmätningen av lön i ett spanskt verkställighetsärende?",
    "Who carries out the wage garnishment in a Spanish enforcement case?",
    # a leading place is the setting, the ask is still "who"
    "In Spain, who actually orders the concrete enforcement steps like wage deductions — the judge?",
    "I Spanien, hvem bestemmer lønfradraget?",
])
def test_who_question_gets_no_number(question):
    # a question asking who acts asks for no figure: the wage scale does not answer it
    assert route(question).facts == []


def test_who_question_asking_a_number_still_gets_it():
    res = route("Hvem fastsætter, hvor stor en del af lønnen der kan tages i Spanien, hvis jeg tjener 2.000 EUR "
                "og mindstelønnen er 1.000 EUR?")
    assert res.facts
