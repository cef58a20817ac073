"""The answerability classifier on hand-made replies and rules (no model, no pipeline)."""

from __future__ import annotations

import pytest

from assistant.models import Citation, Fact, Reply
from assistant.rules.schema import Rule
from evals import answerability as A

pytestmark = pytest.mark.unit


def _rule(rid: str, value, unit: str = "day", value_max=None) -> Rule:
    return Rule(id=rid, country=rid[:2], section="5", kind="deadline" if unit == "day" else "percentage", topic="appeal", value=value,
                value_max=value_max, unit=unit, conditions="", quote="Appeal within the time limit.",
                labels={"da": "ankefrist", "nb": "ankefrist", "sv": "överklagandefrist", "en": "appeal deadline"})


def _fact(rule: Rule) -> Fact:
    cite = Citation(key=1, country=rule.country, section=rule.section, title="", chunk_id="c", quote=rule.quote,
                    url="")
    return Fact(name=f"{rule.id}:value", value=rule.value, unit=rule.unit, label="x", citation=cite)


GR = _rule("GR-appeal", 15)
GR_TWIN = _rule("GR-appeal-twin", 15)
GR_OTHER = _rule("GR-sale", 150)
RULES = {r.id: r for r in (GR, GR_TWIN, GR_OTHER)}


def test_stated_needs_the_fact_and_its_number_in_the_text():
    reply = Reply(text="Fristen er 15 dage [1].", facts=[_fact(GR)], language="da", debug={"stage": "answer"})
    assert A.classify(reply, GR, RULES) == (A.STATED, "answer")
    # a sibling with the same value and unit answers too
    reply = Reply(text="Fristen er 15 dage [1].", facts=[_fact(GR_TWIN)], language="da", debug={"stage": "answer"})
    assert A.classify(reply, GR, RULES)[0] == A.STATED


def test_number_must_stand_alone():
    reply = Reply(text="Fristen er 150 dage eller 1,15 [1].", facts=[_fact(GR)], language="da")
    assert A.classify(reply, GR, RULES) == (A.OTHER, "number_not_in_text")


def test_declined_and_other():
    declined = Reply(text="Siden oplyser ikke fristen.", abstained=True, language="da",
                     debug={"stage": "detail_not_stated"})
    assert A.classify(declined, GR, RULES) == (A.DECLINED, "detail_not_stated")
    ask_back = Reply(text="Hvilket land?", clarification=True, language="da", debug={"stage": "clarify"})
    assert A.classify(ask_back, GR, RULES) == (A.DECLINED, "clarify")
    assert A.classify(Reply(text="Noget andet.", language="da"), GR, RULES) == (A.OTHER, "no_fact")
    wrong = Reply(text="Fristen er 150 dage.", facts=[_fact(GR_OTHER)], language="da")
    assert A.classify(wrong, GR, RULES) == (A.OTHER, "other_fact")


def test_fraction_and_decimal_forms():
    third = _rule("PL-share", "1/3", unit="fraction")
    assert A.number_in_text(A.number_forms(third, "da"), "højst 1/3 af lønnen")
    rate = _rule("PL-rate", 2.5, unit="percent")
    assert A.number_forms(rate, "da") == ["2,5"] and A.number_forms(rate, "en") == ["2.5"]


def test_summary_counts():
    rows = [{"rule": "GR-appeal", "language": "da", "outcome": A.STATED, "detail": "answer"},
            {"rule": "GR-appeal", "language": "en", "outcome": A.DECLINED, "detail": "detail_not_stated"}]
    s = A.summarize(rows)
    assert s["overall"]["n"] == 2 and s["overall"]["stated_share"] == 0.5
    assert s["by_detail"] == {"declined:detail_not_stated": 1} and s["top_rules"] == [("GR-appeal", 1)]
