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
    # the named 6 keeps its full flat weight; the page's own 4.3 is added (half the topic's weight
    # follows the page's words, PRIOR 0.5 stays on 6: a tie, so full weight too)
    assert got == {"6": 1.0, "EE:4.3": pytest.approx(1.0)}
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
    assert got == {"6": 1.0, "2": 1.0, "EE:4.3": pytest.approx(1.0)}


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
