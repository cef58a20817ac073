"""TopicMap: where each national page treats a topic, from the chunk texts alone."""

from __future__ import annotations

import pytest

from assistant.retrieval.topic_map import MIN_MASS, PRIOR, TopicMap

from .conftest import make_chunk

pytestmark = pytest.mark.unit


def test_mass_is_summed_per_country_topic_and_section():
    chunks = [
        make_chunk("EE", "4.3", "Forældelsesfristen for en fordring er ti år; forældelse afbrydes ved udlæg."),
        make_chunk("EE", "4.3", "Forældelse indtræder efter 10 år."),
        make_chunk("EE", "6", "Skyldner kan indgive klage."),
        make_chunk("HU", "6", "Forældelse af fuldbyrdelsesretten."),
    ]
    m = TopicMap.from_chunks(chunks)
    assert m.mass[("EE", "time_limits")] == {"4.3": 4.0}  # one strong term per chunk, weight 2
    assert m.mass[("HU", "time_limits")] == {"6": 2.0}
    assert ("EE", "protection") not in m.mass


def test_ordinary_topic_words_do_not_count():
    # "løn" and "frist" are ordinary terms: they occur wherever assets or deadlines are listed.
    m = TopicMap.from_chunks([make_chunk("DE", "4.1", "Der kan gøres udlæg i løn inden for en frist.")])
    assert m.mass == {}


def test_page_that_uses_the_also_section_shares_the_weight():
    m = TopicMap({("EE", "time_limits"): {"4.3": 10.0, "3.2": 2.0}})
    got = m.placement("EE", "time_limits", "6", ("4.3",))
    # the nominal section keeps the prior; the page's own section gets the rest; 3.2 is not declared
    assert got == pytest.approx({"6": PRIOR, "4.3": 1.0 - PRIOR})


def test_page_that_uses_both_sections_gets_both_in_proportion():
    m = TopicMap({("FI", "protection"): {"4.1": 4.0, "6": 8.0}})
    got = m.placement("FI", "protection", "6", ("4.1",))
    assert got["6"] == pytest.approx(1.0)
    assert got["4.1"] == pytest.approx((1.0 - PRIOR) * 0.5)


def test_nominal_section_alone_without_also_or_without_enough_words():
    m = TopicMap({("EE", "appeal"): {"3.1": 10.0}, ("SE", "time_limits"): {"4.3": MIN_MASS / 2}})
    assert m.placement("EE", "appeal", "5") == {"5": 1.0}  # no declared alternative: never moved
    assert m.placement("SE", "time_limits", "6", ("4.3",)) == {"6": 1.0}  # too little evidence
    assert m.placement("XX", "time_limits", "6", ("4.3",)) == {"6": 1.0}  # unknown page


def test_section_scores_add_topics_on_the_intent_scale():
    m = TopicMap({("DE", "protection"): {"4.1": 8.0}})
    placing = {"protection": ("6", "4.1"), "assets": ("4.1", "6")}
    got = m.section_scores("DE", {"protection": 2.0, "assets": 1.0, "unknown": 5.0}, placing)
    assert got == pytest.approx({"6": 2.0 * PRIOR, "4.1": 2.0 * (1.0 - PRIOR) + 1.0})


def test_for_index_is_cached_by_chunk_ids():
    a = {c.id: c for c in [make_chunk("EE", "4.3", "Forældelse indtræder efter 10 år.")]}
    b = {c.id: c for c in [make_chunk("EE", "6", "Forældelse indtræder efter 10 år.")]}
    assert TopicMap.for_index(a) is TopicMap.for_index(dict(a))  # same content, same map
    assert TopicMap.for_index(b) is not TopicMap.for_index(a)
    assert TopicMap.for_index(b).mass[("EE", "time_limits")] == {"6": 2.0}


def test_page_without_the_nominal_section_uses_its_general_section():
    # The Netherlands' page has no section 2: who enforces is stated in section 1
    chunks = [make_chunk("NL", "1", "Fogeden har kompetence til at fuldbyrde domme."),
              make_chunk("NL", "5", "Skyldner kan indgive klage."),
              make_chunk("DE", "2", "Fogeden er en retsembedsmand."),
              make_chunk("DE", "1", "Tvangsfuldbyrdelse.")]
    m = TopicMap.from_chunks(chunks)
    assert m.placement("NL", "authority", "2") == {"1": 1.0}
    assert m.placement("DE", "authority", "2") == {"2": 1.0}  # the page has it: unchanged


def test_page_without_the_nominal_section_uses_the_declared_neighbour_it_talks_about():
    chunks = [make_chunk("NL", "4.3", "Forældelsesfristen er 20 år; forældelse afbrydes."),
              make_chunk("NL", "1", "Tvangsfuldbyrdelse.")]
    m = TopicMap.from_chunks(chunks)
    # no section 6 on the page: the neighbour 4.3 takes the whole topic, not the general section
    assert m.placement("NL", "time_limits", "6", ("4.3",)) == {"4.3": 1.0}


def test_without_page_sections_nothing_changes():
    m = TopicMap({("NL", "authority"): {"1": 2.0}})
    assert m.placement("NL", "authority", "2") == {"2": 1.0}


def test_bare_heading_above_the_nominal_subsection_is_an_implicit_neighbour():
    # Spain and Slovenia list the enforceable titles directly under "3", not under 3.2
    m = TopicMap({("ES", "conditions"): {"3": 4.0, "3.2": 4.0}, ("SE", "conditions"): {"3.2": 4.0}})
    got = m.placement("ES", "conditions", "3.2")
    assert got == pytest.approx({"3.2": 1.0, "3": 1.0 - PRIOR})
    # a page with nothing under the bare heading keeps the subsection alone
    assert m.placement("SE", "conditions", "3.2") == pytest.approx({"3.2": 1.0})
    # a top-level nominal section has no parent; a declared parent is not counted twice
    assert m.parents("5") == ()
    assert m.parents("4.1", ("4",)) == ()
    assert m.parents("3.2") == ("3",)


def test_page_lead_when_the_nominal_section_has_none_of_the_topics_words():
    """Greece: the assets under the bare heading 4, its 4.1 about a debtor who does not comply."""
    m = TopicMap({("GR", "assets"): {"4": 8.0}, ("DE", "assets"): {"4": 8.0, "4.1": 2.0},
                  ("HU", "assets"): {"4": 4.0}, ("EE", "appeal"): {"3.1": 10.0}})
    assert m.page_lead("GR", "assets", "4.1", ("4",)) == "4"
    assert m.page_lead("DE", "assets", "4.1", ("4",)) is None  # the nominal section uses the words too
    assert m.page_lead("HU", "assets", "4.1", ("4",)) is None  # two strong words: too little
    assert m.page_lead("EE", "appeal", "5") is None  # 3.1 is no declared neighbour of 5
    assert m.page_lead("XX", "assets", "4.1", ("4",)) is None  # unknown page


def test_page_lead_is_none_on_a_tie_between_neighbours():
    m = TopicMap({("FI", "third_party_property"): {"4.2": 8.0, "4.1": 8.0}})
    assert m.page_lead("FI", "third_party_property", "5", ("4.2", "4.1")) is None
