"""Router: a rule fact that answers no number asked would crowd out the sentence that answers (only two quotes stand
beside a fact). Where to act, from when a period runs, a topic's own cue word, another topic's keyword naming only a
thing of the case, and a wage question that is not about taking the wage get no fact (``relevance.py``)."""

from __future__ import annotations

import pytest

from assistant.rules.asked import asked_kind
from assistant.rules.relevance import asks_start_only, asks_where
from assistant.rules.router import route
from tests.assistant.rules.conftest import conversation

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    "Hvor skal jeg indgive min indsigelse mod fogeden i Ungarn?",
    "Hvor sender jeg klagen over namsmannen i Latvia?",
    "Var ska jag lämna in överklagandet i Sverige?",
    "In Hungary, where do I lodge an objection against the bailiff?",
    "Til hvilken domstol skal jeg klage i Bulgarien?",
])
def test_a_question_asking_where_gets_no_deadline(question):
    assert asks_where(question)
    res = route(question)
    assert res.facts == [] and "not stated" in res.reason


@pytest.mark.parametrize("question", [
    "Hvor lang tid har jeg til at klage i Ungarn?",
    "Hvad er fristen for at klage over fogeden i Bulgarien?",
    "Hvor meget koster det i Sverige?",
])
def test_how_much_or_how_long_is_no_where_question(question):
    assert not asks_where(question)


def test_a_place_word_before_the_modal_asks_no_deadline():
    assert asked_kind("Hvor skal jeg så indgive min indsigelse?") is None
    assert asked_kind("Where must I file the objection?") is None
    assert asked_kind("Hvornår skal jeg senest indgive min indsigelse?") == "deadline"
    assert asked_kind("How long do I have, when must I file the objection?") == "deadline"


@pytest.mark.parametrize("question, expected", [
    ("Fra hvornår regnes gyldighedsperioden for fuldbyrdelsesgrundlaget?", True),
    ("Från när räknas preskriptionstiden?", True),
    ("From when does the limitation period run?", True),
    ("Hvornår begynder fristen at løbe?", True),
    ("Fra hvornår regnes fristen, og hvor lang er den?", False),   # the length is asked too
    ("Hvor længe gælder dommen?", False),
])
def test_asks_start_only(question, expected):
    assert asks_start_only(question) is expected


def test_from_when_a_period_runs_is_no_length():
    res = route("Min dom fra Frankrig er fra 2012, men fogeden gjorde først udlæg sidste år. "
                "Fra hvornår regnes gyldighedsperioden for fuldbyrdelsesgrundlaget?")
    assert res.facts == []
    assert route("Hvor længe er et tvangsfuldbyrdelsesgrundlag gyldigt i Frankrig?").rule_id == "FR-title-validity"


def test_the_topics_own_cue_does_not_name_its_default_rule():
    # "salg" is the sale topic's cue: stopping a sale is not asking for the earliest sale
    res = route("Kan en anden kreditor i Belgien stoppe et salg af aktiver, som en anden kreditor har gjort udlæg i?")
    assert res.facts == []
    # a question asking what the thing is still names it
    assert route("Hvad er tidligste salg af udlagte aktiver i Belgien?").rule_id == "BE-sale-earliest"


def test_another_topics_keyword_names_a_thing_of_the_case():
    res = conversation("Min skyldners bank i Spanien vil ikke give retten oplysninger om hans konti. Kan den bare nægte?",
                       "Og hvordan kan jeg sikre mig, at hans lejlighed ikke bliver solgt, inden der bliver fuldbyrdet?")
    assert res.facts == []


def test_postponing_in_danish_names_the_suspension():
    assert route("Mit hus i Grækenland skal på tvangsauktion. Kan jeg få auktionen udsat?").rule_id \
        == "GR-auction-suspension-request"
    assert route("Mit hus i Grækenland skal på tvangsauktion. Hvor sent kan jeg bede retten om at udsætte "
                 "auktionen?").rule_id == "GR-auction-suspension-request"


def test_a_wage_question_not_about_taking_it_gets_no_scale():
    res = conversation("Jeg tjener mindre end det dobbelte af mindstelønnen i Spanien. Hvor mange procent af det, der "
                       "ligger over mindstelønnen, kan der gøres udlæg i?",
                       "Tæller min kones løn med, når de regner det ud?")
    assert res.facts == []
    assert route("Jeg skylder penge i Finland. Kan de tage hele min løn?").rule_id == "FI-garnishment"
    assert route("Jag har fast lön i Finland och utsökningen mot mig har precis börjat. Hur snart brukar "
                 "borgenären få den första betalningen?").facts
