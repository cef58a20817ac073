"""Router: Swedish "klaga", "until which date is it valid", a court's time to decide, "Og hvis …" follow-ups,
an appeal *fee*, an amount asked for in a named currency, net-pay wording, Belgian immovables keywords."""

from __future__ import annotations

import pytest

from assistant.rules.asked import wants_money
from assistant.rules.question import detect_topic
from assistant.rules.router import route
from tests.assistant.rules.conftest import conversation

pytestmark = pytest.mark.unit


def _values(res):
    return [(f.value, f.unit) for f in res.facts if f.unit != "text"]



@pytest.mark.parametrize("question", [
    "Hur lång tid har man på sig att klaga på kronofogdens åtgärder i Polen?",
    "Kan man klaga på beslutet i Polen?",
])
def test_swedish_klaga_is_an_appeal_cue(question):
    assert detect_topic(question) == "appeal"
    assert route(question).rule_id == "PL-complaint"


@pytest.mark.parametrize("question", [
    "Till vilket datum gäller den?",
    "Til hvilken dato gælder kendelsen?",
    "Hvilken dato gælder kendelsen til?",
    "Until what date is the order valid?",
])
def test_until_which_date_is_validity(question):
    assert detect_topic(question) == "validity"


def test_validity_until_date_from_29_february():
    res = route("En verkställighetsorder från High Court i Irland utfärdades den 29 februari 2024. "
                "Till vilket datum gäller den?")
    assert res.rule_id == "IE-execution-order-validity"
    assert ("2025-02-28", "date") in _values(res)


def test_time_for_a_court_to_decide_is_processing():
    res = route("Hvor lang tid har domstolen i Bulgaria på å avgjøre en klage på namsmannens tiltak?")
    assert res.topic == "processing"
    assert res.rule_id == "BG-appeal-decided"
    assert _values(res) == [(1, "month")]


def test_decision_time_not_stated_gives_no_appeal_deadline():
    # Germany states no time for the court to decide; its appeal deadline would answer another question
    res = route("Hvor lang tid har retten i Tyskland til at afgøre en klage?")
    assert res.topic == "processing" and res.countries == ["DE"]
    assert res.facts == []


def test_the_noun_decision_is_no_processing_cue():
    assert detect_topic("Hvor lang tid har jeg til at klage over afgørelsen i Polen?") == "appeal"


def test_og_hvis_follow_up_keeps_the_topic():
    res = conversation("Er der en frist for at klage over udlæg i min løn i Sverige?",
                        "Og hvis det er min bil, de har taget?")
    assert res.rule_id == "SE-appeal-attachment"
    assert _values(res) == [(3, "week")]


def test_og_hvis_follow_up_chooses_the_rule_again():
    res = conversation("Hur lång tid har man på sig att klaga i Polen?", "Og hvis det er fordelingsplanen?")
    assert res.rule_id == "PL-distribution-objection"


def test_country_follow_up_after_swedish_complaint():
    res = conversation("Hur lång tid har man på sig att klaga på kronofogdens åtgärder i Polen?", "Och i Bulgarien?")
    assert res.rule_id == "BG-appeal-bailiff"


def test_appeal_fee_is_not_answered_with_the_appeal_deadline():
    res = route("What is the appeal fee in Romania?")
    assert res.topic == "fee"
    assert res.facts == []


@pytest.mark.parametrize("question,expected", [
    ("How much is the lowest old-age pension that is protected from wage garnishment in Hungary, in forint?", True),
    ("Hvor meget kan der trækkes i lønnen i Ungarn i forint?", True),
    ("My wage in Hungary is 450 000 HUF. How much can be deducted, in forint?", False),  # an amount is stated
    ("How much can be deducted from my wage in Hungary?", False),
])
def test_wants_money(question, expected):
    assert wants_money(question) is expected


def test_amount_in_currency_is_not_answered_by_a_percentage():
    res = route("How much is the lowest old-age pension that is protected from wage garnishment in Hungary, "
                "in forint?")
    assert res.facts == []
    # without the currency demand the stated percentage still answers
    assert route("How much can be deducted from my pension in Hungary?").rule_id == "HU-garnishment-pension"


def test_net_pay_wording_is_no_maintenance_keyword():
    res = route("Min løn fra arbejdsgiveren i Ungarn er 450 000 HUF om måneden efter skat og bidrag. "
                "Hvor meget kan der højst trækkes i lønnen for en almindelig gæld?")
    assert res.rule_id == "HU-garnishment-wage"
    assert ("148500", "HUF") in [(str(v), u) for v, u in _values(res)]
    special = route("Hvor meget kan der trækkes i lønnen i Ungarn for underholdsbidrag? "
                    "Jeg tjener 450 000 HUF efter skat og bidrag.")
    assert special.rule_id == "HU-garnishment-wage-special"


@pytest.mark.parametrize("question", [
    "My take-home wage in Hungary, after tax, health insurance and pension contributions, is 400,000 HUF a month. "
    "What is the most the employer can deduct each month for an ordinary consumer debt?",
    "Min løn i Ungarn er 400 000 HUF efter skat, AM-bidrag og pensionsbidrag. Hvor meget kan der trækkes i lønnen?",
    "Min lön i Ungern är 400 000 HUF efter skatt och pensionsavgift. Hur mycket får dras från lönen?",
])
def test_a_list_of_pay_deductions_names_no_pension(question):
    # the "pension" of a pension contribution is no pension being garnished (session 12, dev q-1481)
    res = route(question)
    assert res.rule_id == "HU-garnishment-wage"
    assert ("132000", "HUF") in [(str(v), u) for v, u in _values(res)]


def test_a_pension_after_tax_is_still_a_pension():
    assert route("My pension in Hungary is 200,000 HUF after tax. How much can be deducted from it?").rule_id \
        == "HU-garnishment-pension"


def test_belgian_house_is_immovable_property():
    res = route("Betalingspåbuddet vedrørende mit hus i Belgien blev udstedt og forkyndt den 31. januar 2025. "
                "Hvad er den tidligste dato, hvor der kan gøres udlæg i huset?")
    assert res.rule_id == "BE-immovables-attachment-earliest"
    assert ("2025-02-15", "date") in _values(res)
    movables = route("Hvor længe efter betalingspåbuddet kan der gøres udlæg i løsøre i Belgien?")
    assert movables.rule_id == "BE-payment-order-movables"


def test_a_short_quantity_question_pointing_back_keeps_the_subject():
    res = conversation("Fogeden i Polen gør ingenting i min sag. Kan jeg klage over det, og til hvem?",
                        "Hvor lang tid har jeg til det?")
    assert res.rule_id == "PL-complaint" and (1, "week") in _values(res)


def test_a_quantity_question_with_its_own_subject_does_not_inherit_a_rule():
    # "when can the money be paid out" is not the appeal deadline of the turn before
    first = route("Hvad er fristen for at kære en afgørelse om udlæg i Finland?")
    res = conversation("Hvad er fristen for at kære en afgørelse om udlæg i Finland?",
                        "Og hvornår kan pengene så udbetales til kreditor?")
    assert first.rule_id and res.rule_id != first.rule_id


@pytest.mark.parametrize("first,follow", [
    ("Hvor længe gælder en fuldbyrdelseskendelse fra High Court i Irland?", "Og selve dommen?"),
    ("Hvor lenge gjelder en tvangskjennelse fra High Court i Irland?", "Og selve dommen?"),
    ("Hur länge gäller ett verkställighetsbeslut från High Court i Irland?", "Och själva domen?"),
    ("How long is a High Court execution order valid in Ireland?", "And the judgment itself?"),
])
def test_elliptical_follow_up_names_another_case_of_the_topic(first, follow):
    # a conjunction and a bare noun phrase asks the same question of another case: the judgment's own validity
    res = conversation(first, follow)
    assert res.rule_id == "IE-judgment-validity"
    assert _values(res) == [(12, "year")]


def test_elliptical_follow_up_needs_a_noun_phrase():
    # "Og hvad så?" asks nothing new: no rule is chosen again for it
    res = conversation("Hvor længe gælder en fuldbyrdelseskendelse fra High Court i Irland?", "Og hvad så?")
    assert res.facts == []


@pytest.mark.parametrize("first, follow", [
    ("Mit hus i Grækenland skal på tvangsauktion. Hvornår skal jeg senest bede retten om at udsætte auktionen?",
     "Hvor længe kan den blive udsat?"),
    ("Huset mitt i Hellas skal på tvangsauksjon. Når må jeg senest be retten om å utsette auksjonen?",
     "Hvor lenge kan den bli utsatt?"),
    ("Mitt hus i Grekland ska säljas på exekutiv auktion. När måste jag senast begära uppskov med auktionen?",
     "Hur länge kan den bli uppskjuten?"),
    ("My house in Greece is going to auction. By when must I ask the court to suspend the auction?",
     "How long can it be postponed?"),
])
def test_bare_follow_up_asking_another_kind_of_number_takes_that_rule(first, follow):
    # the same subject (the suspension), another kind of number (its length, not the request deadline)
    res = conversation(first, follow)
    assert res.rule_id == "GR-auction-suspension-length"
    # the length leads; the request deadline stated in the same sentence comes after it (selection.siblings)
    assert _values(res) == [(6, "month"), (15, "working_day")]


@pytest.mark.parametrize("first,follow", [
    ("Hvor lenge kan en dom om betaling tvangsfullbyrdes i Finland?", "Enn hvis kreditor er en privatperson?"),
    ("Hvor længe kan en dom fuldbyrdes i Finland?", "Hvad nu hvis kreditoren er en privatperson?"),
    ("Hur länge kan en dom verkställas i Finland?", "Och om borgenären är en privatperson?"),
    ("How long can a judgment be enforced in Finland?", "What if the creditor is a private individual?"),
    # a focus adverb between the party and its predicate is no part of the keyword phrase
    ("Hur länge kan en dom verkställas i Finland när gäldenären är en privatperson?",
     "Och om borgenären också är en privatperson?"),
    ("Hvor længe kan en dom fuldbyrdes i Finland?", "Hvad hvis kreditor også er en privatperson?"),
    ("How long can a judgment be enforced in Finland?", "And if the creditor also is a private person?"),
])
def test_follow_up_naming_a_private_creditor_takes_the_extended_period(first, follow):
    # "Enn hvis …" (nb) and "hvad nu hvis …" open a follow-up; the everyday "privatperson" reads on as "fysisk
    # person" in the Nordic keyword phrase ("kreditor er en fysisk person"), not only in the English one
    res = conversation(first, follow)
    assert res.rule_id == "FI-limitation-extended" and (20, "year") in _values(res)


def test_follow_up_negating_the_private_creditor_keeps_the_general_period():
    res = conversation("Hvor lenge kan en dom om betaling tvangsfullbyrdes i Finland?",
                        "Enn hvis kreditor ikke er en privatperson?")
    assert res.rule_id == "FI-limitation"


def test_enn_opens_an_elliptical_follow_up():
    from assistant.rules.router import opens_follow_up
    assert opens_follow_up("Enn bilen?") and opens_follow_up("Enn hvis det er en bil?")
    assert not opens_follow_up("Enn hva?")
