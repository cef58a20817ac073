"""Router: the acting party when another's document is named, a particle verb of
eviction with its object inside, the part of the pay that is kept, a share asked where none is stated."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.rules.asked import asked_kind
from assistant.rules.keywords import _keyword_score
from assistant.rules.question import _scoring_text
from assistant.rules.router import route
from assistant.rules.schema import load_rules

pytestmark = pytest.mark.unit


# --- who acts: the court deals with the bailiff's request (RO 3.1: 7 days), the bailiff makes it (3 days)

@pytest.mark.parametrize("question", [
    "Hvor hurtigt skal retten i Rumænien behandle fogedens anmodning om en fuldbyrdelseserklæring?",
    "Hvor raskt må retten i Romania behandle namsmannens begjæring om fullbyrdelseserklæring?",
    "Hur snabbt ska domstolen i Rumänien pröva kronofogdens ansökan om verkställbarhetsförklaring?",
    "How quickly must the court in Romania decide on the bailiff's request for a declaration of enforceability?",
])
def test_court_handling_the_bailiffs_request_is_the_courts_time(question):
    assert route(question).rule_id == "RO-enforceability-decision"


@pytest.mark.parametrize("question", [
    "Hvor hurtigt skal fogeden i Rumænien bede retten om en fuldbyrdelseserklæring, efter at anmodningen er registreret?",
    "How quickly must the bailiff in Romania ask the court for a declaration of enforceability?",
])
def test_bailiff_acting_is_still_the_bailiffs_time(question):
    assert route(question).rule_id == "RO-bailiff-requests-declaration"


def test_genitive_actor_keyword_does_not_count_when_a_court_acts():
    rule = load_rules()["RO-bailiff-requests-declaration"]
    owner = _scoring_text("Hvor hurtigt skal retten behandle fogedens anmodning?")
    actor = _scoring_text("Hvor hurtigt skal fogeden anmode retten?")
    alone = _scoring_text("Hvad er fogedens frist?")  # no court named: the bailiff's own deadline
    assert _keyword_score(rule, owner) == 0
    assert _keyword_score(rule, actor) >= 1
    assert _keyword_score(rule, alone) >= 1


# --- eviction worded with the object between verb and particle, computed with the time surcharge

@pytest.mark.parametrize("question", [
    "Fogeden i Tyskland satte mig ud af min lejlighed, og forretningen varede fem timer. Hvad bliver fogedgebyret?",
    "Namsmannen i Tyskland kastet meg ut av leiligheten min, og det tok fem timer. Hva blir gebyret?",
    "Kronofogden i Tyskland kastade ut mig ur min lägenhet och det tog fem timmar. Vad blir avgiften?",
    "The bailiff in Germany threw me out of my flat and it took five hours. What is the fee?",
])
def test_eviction_particle_verb_with_object(question):
    res = route(question)
    assert res.rule_id == "DE-fee-eviction"
    assert res.tool_calls[0].name == "compute_time_fee"
    total = next(f for f in res.facts if f.name == "DE-fee-eviction:total")
    assert Decimal(str(total.value)) == Decimal("138")


# --- the part of the pay that may not be seized is the protected amount (EE 6: 470 + 3 × 470/3 = 940 EUR)

@pytest.mark.parametrize("question", [
    "Jeg forsørger tre børn i Estland, og gælden er et forbrugslån. Regn med mindstelønnen på 470 EUR. "
    "Hvor stor en del af min månedsløn må ikke beslaglægges?",
    "I have three children in Estonia and the minimum wage is 470 EUR. What part of my monthly pay cannot be seized?",
    "Jag försörjer tre barn i Estland. Minimilönen är 470 EUR. Hur stor del av min månadslön får inte utmätas?",
])
def test_part_not_seized_is_the_protected_amount(question):
    res = route(question)
    assert res.rule_id == "EE-garnishment-protected"
    assert any(f.value == 940 for f in res.facts)


@pytest.mark.parametrize("question,kind", [
    ("Hvor stor en del af min løn må ikke beslaglægges?", None),
    ("Hur stor del av lönen får jag behålla?", None),
    ("What part of my income is protected?", None),
    ("Hvor stor en del af min løn må fogeden trække?", "share"),       # the part taken: a share
    ("Hvor stor en procentdel af lønnen er beskyttet?", "share"),     # a word naming a share
    ("Hvor stor en del af det beskyttede grundbeløb gælder?", "share"),  # protected only qualifies the base
])
def test_vague_part_of_what_is_kept(question, kind):
    assert asked_kind(question) == kind


# --- a share asked where the country states none: no number of another kind (BG: food for a month)

@pytest.mark.parametrize("question", [
    "Hvor mange procent af min løn må fogeden i Bulgarien trække?",
    "Hvor mange prosent av lønnen kan namsmannen ta i Bulgaria?",
    "Hur stor andel av lönen får utmätas i Bulgarien?",
    "What percentage of my wages can the bailiff take in Bulgaria?",
])
def test_share_asked_not_answered_by_another_kind(question):
    assert route(question).rule_id is None
