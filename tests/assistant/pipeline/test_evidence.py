"""gather_evidence: the retrieval question per country (an earlier question reused for a follow-up's country)."""

from __future__ import annotations

import pytest

from assistant.pipeline.evidence import country_query, gather_evidence
from assistant.pipeline.session import TurnPlan

pytestmark = pytest.mark.unit


class _Recording:
    """A retriever that records the question it was asked and finds nothing."""

    def __init__(self) -> None:
        self.questions: list[str] = []

    def retrieve(self, question, *, countries=None, topic_sections=None, k=None):
        self.questions.append(question)
        from assistant.retrieval.hybrid import RetrievalResult

        return RetrievalResult(countries=countries or [], weak=True)


def test_a_reused_question_names_the_turns_country() -> None:
    # "Kan fogeden tage min hund …?" / "Jeg bor i Tjekkiet." / "Og hvis jeg flytter til Slovakiet?": the reused
    # question names no country; the Slovak page's chunks all open with "Slovakiet"
    q = "Kan fogeden tage min hund, hvis jeg ikke betaler min gæld?"
    assert country_query(q, "SK") == f"{q} (Slovakiet)"
    for followup in ("country_switch", "clarification_answer"):
        r = _Recording()
        gather_evidence(r, TurnPlan("answer", q, "da", countries=["SK"], topic_sections=["4.1", "6"],
                                    followup=followup))
        assert r.questions == [f"{q} (Slovakiet)"]


@pytest.mark.parametrize("followup", [None, "topic_switch", "condition", "same_country"])
def test_other_turns_keep_their_question(followup) -> None:
    # a question of the turn's own ("Hvor længe er en eksigibel dom gyldig der?") is retrieved as asked
    q = "Hvor længe er en eksigibel dom gyldig der?"
    r = _Recording()
    gather_evidence(r, TurnPlan("answer", q, "da", countries=["LU"], followup=followup))
    assert r.questions == [q]


def test_a_question_naming_a_country_or_a_comparison_is_left_as_asked() -> None:
    q = "Kan namsmannen i Polen ta bilen min hvis jeg trenger den i jobben?"
    assert country_query(q, "HU") == q
    assert country_query("Can the bailiff in Switzerland take my car?", "DE").endswith("car?")
    r = _Recording()
    plain = "Hvor længe gælder et udlæg?"
    gather_evidence(r, TurnPlan("answer", plain, "da", countries=["SE", "FI"], followup="country_switch"))
    assert r.questions == [plain, plain]


def test_page_sections_put_the_pages_own_section_first() -> None:
    from assistant.pipeline.evidence import page_sections
    from assistant.retrieval.topic_map import TopicMap

    tmap = TopicMap({("GR", "assets"): {"4": 8.0}, ("DE", "assets"): {"4.1": 8.0}})
    q = "Hvad kan der foretages udlæg i?"
    assert page_sections(q, ["4.1", "6"], ["GR", "DE", "NO"], tmap) == {"GR": ["4", "4.1", "6"]}
    assert page_sections(q, ["4.1"], ["GR"], None) == {}  # a retriever without a topic map
    assert page_sections(q, [], ["GR"], tmap) == {}
