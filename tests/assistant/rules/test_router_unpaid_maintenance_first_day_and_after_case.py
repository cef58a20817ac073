"""Router: a claim that a negated verb of paying leaves unpaid ("betaler ikke børnebidrag", "does not pay child
support") is the case, so the maintenance variant of a wage share answers it (RO half, not a third; child support
is maintenance in four languages); "the first day I can start enforcement" or "from which date can it be
enforced" asks for the end of the wait before it (ES 20 days after finality, LU 8 days from the judgment), and an
appeal denied by a negation after its verb ("jag överklagar inte") is no appeal question."""

from __future__ import annotations

import pytest

from assistant.rules.asked import asked_quantity
from assistant.rules.question import detect_topic
from assistant.rules.router import route

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    "Min tidligere mand i Rumænien tjener 4 200 RON om måneden og betaler ikke børnebidrag. Hvor meget kan der "
    "højst inddrives af hans løn om måneden?",
    "Min eksmann i Romania tjener 4 200 RON i måneden og betaler ikke barnebidrag. Hvor mye kan trekkes i lønnen?",
    "Min gäldenär i Rumänien tjänar 4 200 RON i månaden och betalar inte barnbidrag. Hur mycket kan tas av lönen?",
    "My ex in Romania earns 4,200 RON a month and does not pay child support. How much can be taken from his wage?",
])
def test_unpaid_child_support_takes_the_maintenance_share(question):
    r = route(question)
    assert r.rule_id == "RO-garnishment-maintenance"
    assert 2100 in [f.value for f in r.facts]


def test_a_denied_claim_still_rules_the_maintenance_share_out():
    r = route("Min skyldner i Rumænien tjener 4 200 RON. Det er en almindelig gæld og ikke børnebidrag. "
              "Hvor meget kan der tages af lønnen?")
    assert r.rule_id == "RO-garnishment-other"


@pytest.mark.parametrize("question", [
    "Dommen mod min skyldner i Spanien fik retskraft den 3. marts 2025. Hvad er den første dag, jeg kan få "
    "fuldbyrdelsen sat i gang?",
    "The judgment in Spain became final on 3 March 2025. What is the first day I can start enforcement?",
])
def test_the_first_day_one_may_start_is_the_end_of_the_wait(question):
    assert detect_topic(question) == "waiting"
    assert asked_quantity(question) == "time"
    r = route(question)
    assert r.rule_id == "ES-waiting-period"
    assert "2025-03-23" in [f.value for f in r.facts]


@pytest.mark.parametrize("question", [
    "Domstolen i Luxemburg meddelade dom mot mig den 3 februari 2025. Domen är inte provisoriskt verkställbar och "
    "jag överklagar inte. Från vilket datum kan den verkställas?",
    "Retten i Luxembourg afsagde dom mod mig den 3. februar 2025. Jeg anker ikke. Fra hvilken dato kan dommen "
    "fuldbyrdes?",
    "The court in Luxembourg gave judgment against me on 3 February 2025 and I do not appeal. From what date can it "
    "be enforced?",
])
def test_from_which_date_with_a_postposed_negated_appeal_is_the_wait(question):
    assert detect_topic(question) == "waiting"
    r = route(question)
    assert r.rule_id == "LU-enforceability-suspension"
    assert "2025-02-11" in [f.value for f in r.facts]
