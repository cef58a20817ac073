"""What a sentence states: a figure with a unit, in digits, words, shares, areas or a time of day."""

import pytest

from assistant.pipeline.sentence_features import has_figure

pytestmark = pytest.mark.unit


def test_an_area_is_a_figure():
    assert has_figure("dyrkede arealer, der ejes af skyldner (op til 0,5 ha for vindyrkning")
    assert has_figure("op til 3 ha for arealer")
    assert not has_figure("Der må ikke gøres udlæg i haven.")


def test_a_share_in_plural_words_or_a_multiple_is_a_figure():
    assert has_figure("kun to femtedele af krav fra fysiske personer")
    assert has_figure("to tredjedeler av lønnen")
    assert has_figure("For et overstigende beløb på op til tre gange den garanterede mindsteløn")
    assert not has_figure("der kun kan gøres udlæg én gang i ejendommen")


def test_a_time_of_day_is_a_figure():
    assert has_figure("Betaling skal ske senest kl. 10.00 på dagen for auktionen")
    assert has_figure("Udlæg kan foretages mellem klokken 7 og 21.")
    assert not has_figure("Fogeden kommer, når det passer.")
