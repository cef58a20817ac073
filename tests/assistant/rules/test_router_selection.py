"""Router rule selection: negated condition keywords, compound wage words, a fee named by its subject,
"how long can a judgment be enforced", a judgment's validity against a measure's, "the last day"."""

from __future__ import annotations

import pytest

from assistant.rules.router import _keyword_score, _negated, detect_topic, route
from assistant.rules.schema import load_rules

pytestmark = pytest.mark.unit


def _values(res):
    return [(f.value, f.unit) for f in res.facts if f.unit != "text"]


@pytest.mark.parametrize("text,word", [
    ("en gæld, der ikke er underholdsbidrag", "underholdsbidrag"),
    ("en gjeld som ikke er underholdsbidrag", "underholdsbidrag"),
    ("en skuld som inte är underhållsbidrag", "underhållsbidrag"),
    ("a debt that is not maintenance", "maintenance"),
    ("a debt other than maintenance", "maintenance"),
])
def test_negated_keyword(text, word):
    assert _negated(text, text.index(word))


@pytest.mark.parametrize("text,word", [
    ("gælden er underholdsbidrag", "underholdsbidrag"),
    ("ikke betalt, og det er underholdsbidrag", "underholdsbidrag"),  # the negation is in another clause
    ("jeg kan ikke betale, men det er underholdsbidrag", "underholdsbidrag"),
])
def test_keyword_not_negated(text, word):
    assert not _negated(text, text.index(word))


def test_negated_keyword_counts_against_its_rule():
    rule = load_rules()["RO-garnishment-maintenance"]
    assert _keyword_score(rule, "en gæld, der er underholdsbidrag") == 1
    assert _keyword_score(rule, "en gæld, der ikke er underholdsbidrag") == -1


@pytest.mark.parametrize("question,rule_id,value", [
    ("Min nettomånedsløn i Rumænien er 3 000 RON. Hvor meget kan der højst tages af den for en almindelig "
     "gæld, der ikke er underholdsbidrag?", "RO-garnishment-other", (1000, "RON")),
    ("My net monthly salary in Romania is 3 000 RON. How much can be taken for a debt that is not "
     "maintenance?", "RO-garnishment-other", (1000, "RON")),
    ("Min nettomånedsløn i Rumænien er 3 000 RON. Hvor meget kan der højst tages af den for "
     "underholdsbidrag?", "RO-garnishment-maintenance", (1500, "RON")),
])
def test_negated_condition_picks_the_other_rule(question, rule_id, value):
    res = route(question)
    assert res.rule_id == rule_id and value in _values(res)


@pytest.mark.parametrize("text", ["Min nettomånedsløn er 3 000 RON", "Min månadslön är 30 000 SEK",
                                  "Bruttolønna mi er 40 000 NOK"])
def test_compound_wage_words_are_garnishment(text):
    assert detect_topic(text) == "garnishment"
