import pytest

from assistant.retrieval import fusion

pytestmark = pytest.mark.unit


def test_rrf_is_weighted_sum_of_reciprocal_ranks():
    s = fusion.rrf_scores({"dense": ["a", "b"], "bm25": ["b", "c"]}, {"dense": 1.0, "bm25": 2.0}, rrf_k=10)
    assert s["a"] == pytest.approx(1 / 11)
    assert s["b"] == pytest.approx(1 / 12 + 2 / 11)
    assert s["c"] == pytest.approx(2 / 12)
    assert fusion.rrf_ceiling({"dense": 1.0, "bm25": 2.0}, 10) == pytest.approx(3 / 11)


def test_rrf_zero_weight_ignores_a_list():
    s = fusion.rrf_scores({"dense": ["a"], "bm25": ["b"]}, {"dense": 1.0, "bm25": 0.0}, rrf_k=60)
    assert set(s) == {"a"}


def test_agreeing_lists_beat_a_single_first_place():
    s = fusion.rrf_scores({"dense": ["x", "y"], "bm25": ["z", "y"]}, {"dense": 1, "bm25": 1}, rrf_k=60)
    assert s["y"] > s["x"] and s["y"] > s["z"]


def test_section_matches_number_or_key():
    assert fusion.section_matches("SE", "4.3", ["4.3"])
    assert fusion.section_matches("SE", "4.3", ["SE:4.3"])
    assert not fusion.section_matches("SE", "4.3", ["DK:4.3", "4.2"])
    assert fusion.section_matches("NO", "Roller og ansvar", ["Roller og ansvar"])


def test_balance_gives_each_country_its_share_in_global_order():
    country = {"a1": "A", "a2": "A", "a3": "A", "a4": "A", "b1": "B", "b2": "B"}.__getitem__
    ranked = ["a1", "a2", "a3", "a4", "b1", "b2"]
    assert fusion.balance_by_country(ranked, country, ["A", "B"], 4) == ["a1", "a2", "b1", "b2"]
    # single country: plain top k
    assert fusion.balance_by_country(ranked, country, ["A"], 3) == ["a1", "a2", "a3"]
    # k smaller than the number of countries still yields one per country
    assert set(fusion.balance_by_country(ranked, country, ["A", "B"], 1)) == {"a1", "b1"}


def test_balance_fills_with_global_rank_when_a_country_is_short():
    country = {"a1": "A", "a2": "A", "a3": "A", "b1": "B"}.__getitem__
    assert fusion.balance_by_country(["a1", "a2", "a3", "b1"], country, ["A", "B"], 4) == ["a1", "a2", "a3", "b1"]
    assert fusion.balance_by_country(["a1", "b1", "a2", "a3"], country, ["A", "B"], 3) == ["a1", "b1", "a2"]


def test_consensus_scale_only_when_both_lists_share_their_first():
    assert fusion.consensus_scale(["a", "b"], ["a", "c"], 0.25) == 0.25
    assert fusion.consensus_scale(["a", "b"], ["b", "a"], 0.25) == 1.0
    assert fusion.consensus_scale([], ["a"], 0.25) == 1.0  # one list empty: no agreement to trust
    assert fusion.consensus_scale(["a"], [], 0.25) == 1.0


def test_distinct_head_then_per_section():
    section = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B", "c1": "C"}.__getitem__
    ranked = ["a1", "a2", "a3", "b1", "b2", "c1"]
    # three different sections first, then the second chunks; the third of A still goes last
    assert fusion.diversify(ranked, section, 2, distinct_head=3) == ["a1", "b1", "c1", "a2", "b2", "a3"]
    assert fusion.diversify(ranked, section, 2) == ["a1", "a2", "b1", "b2", "c1", "a3"]
    # fewer sections than the head: the head is just shorter, nothing is dropped
    assert fusion.diversify(["a1", "a2", "b1"], section, 2, distinct_head=3) == ["a1", "b1", "a2"]


def test_a_pages_own_key_overrides_a_flat_one_only_to_lower_it():
    topics = {"4.1": 1.0, "GR:4.1": 0.0, "GR:4": 1.0, "EE:4.3": 0.5, "4.3": 0.2}
    assert fusion.topic_weight("GR", "4.1", topics) == 0.0
    assert fusion.topic_weight("DE", "4.1", topics) == 1.0
    assert fusion.topic_weight("GR", "4", topics) == 1.0
    assert fusion.topic_weight("EE", "4.3", topics) == 0.5  # a higher own key still wins, as before
