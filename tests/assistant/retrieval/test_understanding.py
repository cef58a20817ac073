"""Topic weights for caller-given sections: placed per page with the topic map, like detected topics."""

from __future__ import annotations

import pytest

from assistant.retrieval.topic_map import TopicMap

from .conftest import ORIGINAL

pytestmark = pytest.mark.unit

explicit = ORIGINAL["_explicit_topics"]


def test_without_a_map_or_numbered_country_the_sections_are_flat():
    assert explicit("forældelse", ["6"], ["SE"], None) == {"6": 1.0}
    assert explicit("forældelse", ["6", "Vanlige fallgruver"], ["NO"], TopicMap({})) == {
        "6": 1.0, "Vanlige fallgruver": 1.0}


def test_explicit_section_is_placed_on_a_page_that_treats_the_topic_elsewhere():
    """Estonia's page has limitation periods under 4.3: an explicit "6" boosts 4.3 there too."""
    tmap = TopicMap({("EE", "time_limits"): {"4.3": 10.0}})
    got = explicit("Hvornår er kravet forældet?", ["6"], ["EE"], tmap)
    # the page's own 4.3 is added (half the topic's weight follows the page's words, PRIOR 0.5 stays on 6:
    # a tie, so full weight too); this page's 6 has none of the topic's words and its 4.3 many
    # (TopicMap.page_lead), so on this page the named 6 gets no boost; the flat 6 stays for other pages
    assert got == {"6": 1.0, "EE:4.3": pytest.approx(1.0), "EE:6": 0.0}
    # a page without such text: just the named section
    assert explicit("Hvornår er kravet forældet?", ["6"], ["SE"], tmap) == {"6": 1.0}


def test_named_sections_never_lose_weight_to_the_placement():
    """Two named sections of different topics: both stay at full weight whatever the page says."""
    tmap = TopicMap({("LU", "time_limits"): {"4.3": 10.0, "6": 1.0}})
    got = explicit("Hvornår er kravet forældet? Hvilke betingelser gælder?", ["6", "3.2"], ["LU"], tmap)
    assert got["6"] == 1.0 and got["3.2"] == 1.0 and got["LU:4.3"] > 0


def test_sections_the_question_does_not_explain_stay_flat():
    tmap = TopicMap({("EE", "time_limits"): {"4.3": 10.0}})
    # a follow-up keeps the earlier turn's section; this text shows no topic at all
    assert explicit("og hvad så?", ["6"], ["EE"], tmap) == {"6": 1.0}
    # the question explains 6 but not 2: 2 keeps its flat boost beside the added key
    got = explicit("Hvornår er kravet forældet?", ["6", "2"], ["EE"], tmap)
    assert got == {"6": 1.0, "2": 1.0, "EE:4.3": pytest.approx(1.0), "EE:6": 0.0}


def test_a_topic_whose_section_was_not_asked_for_is_ignored():
    """The caller's sections decide; the question only says which topic behind them is meant."""
    tmap = TopicMap({("EE", "time_limits"): {"4.3": 10.0}})
    assert explicit("Hvornår er kravet forældet?", ["3.1"], ["EE"], tmap) == {"3.1": 1.0}


def test_keyword_query_counts_each_stem_once():
    """BM25 sums a query term per occurrence: the glossary's forms of a word the question already has
    ("fogeden" → foged, fogeder, fogedretten) must not outweigh the question's subject."""
    from assistant.retrieval.understanding import keyword_query, unique_stems
    from ingest.bm25 import bm25_tokenize

    stems = bm25_tokenize(keyword_query("Kan fogeden tage min hund?"))
    assert len(stems) == len(set(stems))
    assert {"hund", "dyr", "foged"} <= set(stems)
    assert unique_stems("fogeden foged fogeder hund") == "fogeden hund"
    assert unique_stems("") == ""
    # stop words and one-letter words carry no stem and are dropped; digits are kept
    assert unique_stems("Hvad er fristen på 3 uger og 3 dage") == "fristen 3 uger dage"


def test_a_page_that_treats_the_topic_under_another_section_moves_the_boost_there():
    """Greece's 4.1 has none of the assets words, its 4 all of them: on that page the named 4.1 gets no
    boost (the per-country key overrides the flat one) and 4 the full one; other pages keep 4.1."""
    from assistant.retrieval.fusion import topic_weight
    from assistant.retrieval.understanding import page_leads

    tmap = TopicMap({("GR", "assets"): {"4": 8.0}, ("DE", "assets"): {"4.1": 8.0}})
    q = "Hvad kan der foretages udlæg i?"
    got = explicit(q, ["4.1"], ["GR", "DE"], tmap)
    assert got["4.1"] == 1.0 and got["GR:4.1"] == 0.0 and got["GR:4"] == 1.0 and "DE:4.1" not in got
    assert topic_weight("GR", "4.1", got) == 0.0 and topic_weight("GR", "4", got) == 1.0
    assert topic_weight("DE", "4.1", got) == 1.0
    assert page_leads(q, ["4.1"], ["GR", "DE", "NO"], tmap) == {"GR": {"4.1": "4"}}
    assert page_leads(q, ["6"], ["GR"], tmap) == {}  # the question's topic sits behind no named section
    assert page_leads(q, ["4.1"], ["GR"], None) == {}


def test_only_the_questions_clear_main_topic_moves():
    """"… afslået min anmodning om rater … klage": procedure and appeal tie; neither is moved."""
    from assistant.retrieval.understanding import page_leads

    tmap = TopicMap({("LV", "procedure"): {"3": 8.0}})
    q = "Retten har afslået min anmodning om at betale i rater. Hvor mange dage har jeg til at klage?"
    assert page_leads(q, ["3.1", "5"], ["LV"], tmap) == {}
    assert "LV:3.1" not in explicit(q, ["3.1", "5"], ["LV"], tmap)
    # the case without the appeal: procedure is the main topic, and the page's bare 3 takes it
    assert page_leads("Retten har afslået min anmodning om at betale i rater.", ["3.1"], ["LV"], tmap) == {
        "LV": {"3.1": "3"}}
