"""Router cases found on H6 (session 10): the acting party when another's document is named, a particle verb of
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


