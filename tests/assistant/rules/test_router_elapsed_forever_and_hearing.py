"""Session 19 (rules29): an elapsed time with a yes/no question compared with the period its keywords name; "for
evigt"/"forever" asks how long a measure lasts; the noun "avgjørelse" is no body deciding; a court hearing a
complaint is the hearing's time, not the complainant's."""

from __future__ import annotations

import pytest

from assistant.rules.question import detect_topic
from assistant.rules.router import route

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    "Faren nekter å levere barnet i Finland. Vi fikk en avgjørelse om foreldreansvar for to måneder siden. "
    "Kan namsmannen gjennomføre den?",
    "Min eks i Finland beholder barnet hos sig. Kendelsen om forældremyndighed blev afsagt for fem måneder siden. "
    "Kan fogeden fuldbyrde den?",
    "The custody order in Finland was made two months ago. Can the bailiff enforce it directly?",
])
def test_elapsed_time_asks_the_period_its_keywords_name(question):
    assert route(question).rule_id == "FI-custody-order"


def test_elapsed_time_with_no_named_period_gets_no_number():
    assert route("I got a judgment in Finland three years ago. Can I enforce it in Denmark?").rule_id is None


@pytest.mark.parametrize("question", [
    "Vi fikk en avgjørelse om foreldreansvar i Finland. Kan namsmannen gjennomføre den?",
    "Avgjørelsen fra retten i Finland gjelder barnebidrag. Hva skjer nå?",
])
def test_the_noun_avgjorelse_is_no_processing_cue(question):
    assert detect_topic(question) != "processing"


def test_verb_phrase_treffe_avgjorelse_stays_processing():
    assert detect_topic("Hvor raskt må retten i Finland treffe en avgjørelse?") == "processing"


@pytest.mark.parametrize("question", [
    "Fogeden i Østrig har gjort udlæg i mit fjernsyn, men det er ikke blevet solgt. Gælder udlægget for evigt?",
    "Namsmannen i Østerrike har tatt utlegg i tv-en min. Gjelder utlegget for alltid?",
    "Kronofogden i Österrike har utmätt min tv. Gäller utmätningen för alltid?",
    "The bailiff in Austria seized my TV but never sold it. Does the seizure last forever?",
])
def test_holding_forever_asks_how_long_it_lasts(question):
    assert detect_topic(question) == "validity"
    assert route(question).rule_id == "AT-lien-lapse"


@pytest.mark.parametrize("question", [
    "If I complain to the district court in Latvia about what the bailiff did, how soon must the court hear my "
    "complaint?",
    "Hvor hurtigt skal retten i Letland behandle min klage over fogeden?",
    "Hur snabbt ska domstolen i Lettland behandla mitt klagomål över kronofogden?",
])
def test_court_hearing_a_complaint_is_the_hearing_time(question):
    assert route(question).rule_id == "LV-complaint-hearing"


def test_time_to_complain_stays_the_appeal_deadline():
    assert route("How long do I have to complain about the bailiff in Latvia?").rule_id == "LV-complaint-bailiff"
