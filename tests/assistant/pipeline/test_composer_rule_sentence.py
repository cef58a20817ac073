"""A stated rule's own source sentence is among the quotes: the figure comes with the words that say what it is about."""

import pytest

from assistant.models import Chunk, Evidence
from assistant.pipeline.composer import CountryEvidence, compose
from assistant.pipeline.sentences import source_sentence
from assistant.rules.tools import get_rule, rule_fact

pytestmark = pytest.mark.unit


def test_the_sentence_around_a_fragment_quote():
    rule = get_rule("SK-maintenance-basic-amount")  # quote: "er grundbeløbet, … 70 % af grundbeløbet"
    sentence = source_sentence(rule.country, rule.section, rule.quote)
    assert sentence is not None and rule.quote in sentence
    assert "underholdsbidrag" in sentence  # what the 70 % is about, which the fragment alone does not say


def test_rule_sentence_is_quoted_second_when_the_picks_leave_it_out():
    rule = get_rule("SK-maintenance-basic-amount")
    text = ("Tvangsfuldbyrdelse ved salg af fast ejendom, hvor skyldner har fast eller midlertidig bopæl, kræver "
            "rettens godkendelse. Dette berører ikke retten til at optage pant i den faste ejendom.")
    chunk = Chunk(id="x", country="SK", section="4.1", title="t", text=text, line_start=0, line_end=1, source="s")
    group = CountryEvidence("SK", [Evidence(chunk=chunk, score=1.0)], [rule_fact(rule, "da")])
    out = compose("Og hvis det er børnebidrag, jeg skylder?", "da", [group], ["4.1"], followups=False)
    sentence = source_sentence(rule.country, rule.section, rule.quote)
    quotes = [c.quote for c in out.citations]
    assert sentence in quotes
    assert sentence in out.text
    lines = [ln for ln in out.text.splitlines() if ln.startswith("> ")]
    assert sentence in lines[1] or sentence in lines[0]
    cit = next(c for c in out.citations if c.quote == sentence)
    assert (cit.country, cit.section) == ("SK", "6") and f"[{cit.key}]" in out.text


def test_no_second_copy_when_already_quoted():
    rule = get_rule("SK-maintenance-basic-amount")
    sentence = source_sentence(rule.country, rule.section, rule.quote)
    chunk = Chunk(id="y", country="SK", section="6", title="t", text=sentence, line_start=0, line_end=1, source="s")
    group = CountryEvidence("SK", [Evidence(chunk=chunk, score=1.0)], [rule_fact(rule, "da")])
    out = compose("Hvad er grundbeløbet ved underholdsbidrag i Slovakiet?", "da", [group], ["6"], followups=False)
    assert out.text.count(sentence) == 1
