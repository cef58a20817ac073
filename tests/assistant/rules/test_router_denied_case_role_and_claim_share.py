"""Router: a variant whose case the question denies ("ikke børnebidrag") is no label candidate, so the per-person
amount × the stated household is computed; the asker as a private-person creditor ("I'm a private individual and
I won …") is the rules' "creditor is a natural person"; a share of the debtor's claims is applied to the claim the
question states."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.rules.router import route

pytestmark = pytest.mark.unit


def _value(res, suffix):
    return next(f.value for f in res.facts if f.name.endswith(suffix))


# --- LV 4.1: one minimum wage each for the debtor and each family member; 50 % when child maintenance is recovered

@pytest.mark.parametrize("question", [
    "Fogeden i Letland inddriver en almindelig gæld hos mig, ikke børnebidrag. Mindstelønnen er 740 EUR, og vi er "
    "fire i familien: mig, min kone og vores to børn, som jeg forsørger. Hvor mange kontanter skal han lade os beholde?",
    "Namsmannen i Latvia driver inn en vanlig gjeld hos meg, ikke barnebidrag. Minstelønnen er 740 EUR, og vi er "
    "fire: meg, kona mi og våre to barn. Hvor mye kontanter må han la oss beholde?",
])
def test_denied_maintenance_case_keeps_the_ordinary_cash_amount(question):
    res = route(question)
    assert res.rule_id == "LV-exempt-cash"
    assert Decimal(str(_value(res, ":protected"))) == Decimal("2960")


def test_named_maintenance_case_still_takes_the_half():
    res = route("Fogeden i Letland inddriver børnebidrag hos mig. Mindstelønnen er 740 EUR. Hvor mange kontanter "
                "skal han lade mig beholde?")
    assert res.rule_id == "LV-exempt-cash-maintenance"


# --- FI 6: 15 years, 20 when the creditor is a natural person

@pytest.mark.parametrize("question", [
    "I'm a private individual and I won a money judgment in Finland against another private individual. "
    "For how many years can I have it enforced?",
    "Jeg er privatperson og har vundet en dom i Finland mod en anden privatperson. Hvor mange år kan den fuldbyrdes?",
    "Jag är privatperson och har vunnit ett mål i Finland mot en annan privatperson. Hur många år kan domen verkställas?",
    "Jeg har som privatperson vunnet en sak i Finland. Hvor mange år kan dommen tvangsfullbyrdes?",
])
def test_asker_as_private_creditor_gets_the_extended_period(question):
    assert route(question).rule_id == "FI-limitation-extended"


@pytest.mark.parametrize("question", [
    "I'm a private individual and my creditor won a judgment against me in Finland. For how many years can it be "
    "enforced?",
    "Jeg er privatperson, og min kreditor har vundet en dom mod mig i Finland. Hvor mange år kan den fuldbyrdes?",
])
def test_private_debtor_is_no_private_creditor(question):
    assert route(question).rule_id == "FI-limitation"


@pytest.mark.parametrize("question", [
    "Hvor længe kan en dom fuldbyrdes i Finland, når det er min nabo, en privatperson, der har vundet dommen mod mig?",
    "Hur länge kan domen verkställas i Finland om det är en privatperson som har fått dom mot mig?",
    "How long can the judgment be enforced in Finland if it is a private individual who has the judgment against me?",
    "Hvor lenge kan dommen fullbyrdes i Finland når en privatperson har dom mot meg?",
])
def test_private_person_holding_the_judgment_against_the_asker_is_the_creditor(question):
    # a third party described as a private person who holds the judgment against the asker is the creditor
    assert route(question).rule_id == "FI-limitation-extended"


@pytest.mark.parametrize("question", [
    "Jeg er en privatperson, og en bank har dom mod mig i Finland. Hvor længe kan den fuldbyrdes?",
    "I am a private individual and a bank has a judgment against me in Finland. How long can it be enforced?",
])
def test_private_asker_with_a_company_creditor_keeps_the_default(question):
    assert route(question).rule_id == "FI-limitation"


# --- CZ 4.1: two fifths of royalty / self-employed claims, three fifths for privileged claims

def test_share_of_the_stated_royalty_claim():
    res = route("Jeg er forfatter i Tjekkiet og har et krav på 60 000 CZK i royalties mod mit forlag. En almindelig "
                "kreditor, ikke en privilegeret, har begæret fuldbyrdelse mod mig. Hvor meget af royaltykravet kan der "
                "højst gøres udlæg i?")
    assert res.rule_id == "CZ-royalties-share"
    assert Decimal(str(_value(res, ":share"))) == Decimal("24000")
