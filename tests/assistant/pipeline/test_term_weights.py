"""Query term weights: stems shared across inflections."""

import pytest

from assistant.pipeline.term_weights import stems

pytestmark = pytest.mark.unit


def test_danish_stemming_matches_inflections():
    assert stems("Fogeder") & stems("fogeden")


def test_stille_is_a_light_verb():
    # "stilles i bero" (the suspension entry's Danish) and "stiller sikkerhed" share only "stille": a question about a
    # stop must not lift the security sentence; English "still" stems to the same "stil"
    assert not stems("stilles i bero") & stems("kreditor stiller den sikkerhed")
    assert not stems("Can I still drive it?") & stems("kreditor stiller sikkerhed")
    assert stems("kreditor stiller sikkerhed") == stems("kreditor sikkerhed")


def test_lexicon_family_counts_only_on_a_page_without_the_askers_word() -> None:
    from assistant.pipeline.term_weights import stems, term_weights

    question = "Hvad nu, hvis det er børnebidrag, jeg ikke betaler?"
    family = stems("underholdsbidrag")
    assert family <= set(term_weights(question, [], page="FR"))
    assert not family & set(term_weights(question, [], page="EE"))
    assert stems("børnebidrag") <= set(term_weights(question, [], page="EE"))  # the asker's own word counts
