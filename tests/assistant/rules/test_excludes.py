"""A rule's ``excludes``: a case its text sets apart gets no number from it (Sweden: the 3-week appeal of an
attachment is for "andre aktiver end løn"; for a wage attachment the page states there is no time limit)."""

import pytest

from assistant.rules.router import RouterState, route
from assistant.rules.schema import load_rules
from assistant.rules.selection import excluded

pytestmark = pytest.mark.unit

SE_APPEAL = load_rules()["SE-appeal-attachment"]


@pytest.mark.parametrize("question", [
    "Finns det någon tidsfrist för att överklaga Kronofogdens beslut om utmätning i lön?",
    "Hvad er fristen for at appellere udlæg i min løn i Sverige?",
    "How long do I have to appeal a wage garnishment in Sweden?",
])
def test_a_question_naming_the_excluded_case(question):
    assert excluded(SE_APPEAL, question)


@pytest.mark.parametrize("question", [
    "Hur lång tid har jag att överklaga utmätning av annat än lön i Sverige?",  # wages set aside
    "Hvad er fristen for at appellere udlæg i min bil, ikke i min løn, i Sverige?",  # negated
    "Hvad er fristen for at appellere udlæg i min bil i Sverige?",
])
def test_a_question_not_naming_it(question):
    assert not excluded(SE_APPEAL, question)


@pytest.mark.parametrize("question", [
    "Finns det någon tidsfrist för att överklaga Kronofogdens beslut om utmätning i lön?",
    "Er der en frist for at klage over udlæg i min løn i Sverige?",
])
def test_no_other_appeal_rule_stands_in_for_the_excluded_default(question):
    # before: the district court's 3-week rule (SE-appeal-court) answered, on the label word "beslut"
    res = route(question, RouterState())
    assert res.rule_id is None and res.facts == []
    assert res.state.set_aside and res.state.topic == "appeal"


def test_a_follow_up_after_a_set_aside_case_asks_the_topic_again():
    first = route("Er der en frist for at klage over udlæg i min løn i Sverige?", RouterState())
    res = route("Og hvis det er min bil, de har taget?", first.state)
    assert res.rule_id == "SE-appeal-attachment"


def test_a_rule_named_by_its_own_keywords_still_answers():
    res = route("Hvad er fristen for at appellere distriktsdomstolens afgørelse om udlæg i løn i Sverige?", RouterState())
    assert res.rule_id == "SE-appeal-court"

