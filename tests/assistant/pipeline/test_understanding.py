"""The pipeline's own understanding heuristics (the query package's parts are tested there)."""

from __future__ import annotations

import pytest

from assistant.pipeline.understanding import understand

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    "Hvad er et eksekutionsfundament i Kroatien?",
    "Who are the 'executori judecătorești' in Romania and where is their office?",
    "Was ist ein Exekutionstitel in Österreich?",
])
def test_execution_vocabulary_is_a_domain_signal(question):
    assert understand(question).domain_signal


@pytest.mark.parametrize("question", ["Hvordan bager man rugbrød i Sverige?", "What is the weather like in Germany?"])
def test_everyday_questions_have_no_domain_signal(question):
    assert not understand(question).domain_signal


def test_how_much_names_what_is_measured() -> None:
    from assistant.pipeline.understanding import asks_for_money

    assert asks_for_money("Hvor meget koster det?")
    assert asks_for_money("Hvor meget skal jeg betale?")
    assert asks_for_money("How much money is protected?")
    assert not asks_for_money("Hvor meget mad må skyldner beholde i Estland?")
    assert not asks_for_money("How much of my salary can they take?")


def test_counting_days_is_no_money_question_whatever_it_is_about() -> None:
    from assistant.pipeline.understanding import asks_for_money

    # the unit counted is named (working days); the money is the subject of the deadline
    assert not asks_for_money("Hvor mange arbejdsdage har fogeden til at sende de inddrevne penge videre?")
    assert not asks_for_money("How many days does the bank have to pay out the money?")
    assert asks_for_money("Hvor mange penge må jeg beholde?")


def test_take_my_x_asks_about_assets() -> None:
    from assistant.pipeline.understanding import understand

    assert understand("Kan de tage min telefon på Cypern?").topic_sections[:2] == ["4.1", "6"]
    assert understand("Kan namsmannen i Latvia ta senga mi?").topic_sections[:2] == ["4.1", "6"]
    assert understand("Hvem står for tvangsfuldbyrdelsen i Belgien?").topic_sections[0] == "2"


@pytest.mark.parametrize("question", ["Hvad kan fogeden i Rumænien gøre udlæg i?", "Hva kan namsmannen i Latvia ta utlegg i?",
                                      "Vad kan Kronofogden i Sverige utmäta?", "What can the bailiff in Malta seize?"])
def test_what_the_bailiff_can_seize_asks_about_assets(question) -> None:
    # the question word is the seizure verb's object, whoever the subject: not the bailiff's role (2)
    assert understand(question).topic_sections[:2] == ["4.1", "6"]
    assert understand("Hvem kan gøre udlæg i Rumænien?").topic_sections[0] == "2"


def test_lexicon_longest_key_only() -> None:
    from assistant.pipeline.lexicon import danish_words

    assert "ejer" not in danish_words("utlegg i eiendeler").split()
    assert "aktiver" in danish_words("utlegg i eiendeler").split()


def test_lexicon_everyday_words_for_errors_lawyers_and_costs() -> None:
    from assistant.pipeline.lexicon import danish_words

    assert {"indlysende", "fejl", "rette"} <= set(danish_words("Kan myndigheten själv rätta ett uppenbart fel?").split())
    assert "advokat" in danish_words("Do I need a lawyer?").split()
    # "fel" is a whole word only: English "felt", "fellow" are no errors
    assert "fejl" not in danish_words("the fellow felt fine").split()


def test_lexicon_a_sick_child_but_not_a_bicycle() -> None:
    from assistant.pipeline.lexicon import danish_words

    assert "sygt" in danish_words("Kan verkställigheten stoppas om barnet är sjukt?").split()
    assert "sygt" not in danish_words("Kan de ta sykkelen min?").split()
