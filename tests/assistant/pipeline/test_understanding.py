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
