"""Which figure a question insists on (session 10, H6): how much of a kind of goods one keeps is asked of the
items, not a hard request for a figure; a share asked for is stated only by a percentage or a fraction."""

from __future__ import annotations

import pytest

from assistant.pipeline.sentences import has_figure
from assistant.pipeline.understanding import asks_for_number, asks_for_share, wants_figure

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    "How much furniture do I get to keep when the bailiff comes in Latvia?",
    "Hvor meget tøj må skyldneren beholde i Letland?",
    "Hvor mye møbler kan jeg beholde i Latvia?",
    "Hur mycket möbler får jag behålla i Lettland?",
])
def test_how_much_goods_kept_is_no_hard_figure(question):
    assert not asks_for_number(question)
    assert wants_figure(question)  # quotes stating a figure still rank higher


@pytest.mark.parametrize("question", [
    "How much money can I keep?",
    "Hvor meget af min løn må jeg beholde?",
    "How much do I get to keep?",
    "Hvor mange penge må jeg beholde?",
    "Hvor meget koster det?",
])
def test_amounts_still_ask_for_a_figure(question):
    assert asks_for_number(question)


@pytest.mark.parametrize("question,share", [
    ("Hvor mange procent af min løn må fogeden i Bulgarien trække?", True),
    ("Hur stor andel av lönen får utmätas?", True),
    ("What percentage of my wages can be taken?", True),
    ("Hvor mange prosent av lønnen kan namsmannen ta?", True),
    ("Hvor meget koster det?", False),
    ("Hvor mange dage har jeg?", False),
])
def test_asks_for_share(question, share):
    assert asks_for_share(question) is share


def test_share_figure():
    assert has_figure("indfri kravet inden for to uger")
    assert not has_figure("indfri kravet inden for to uger", share=True)
    assert has_figure("op til 30 % af lønnen", share=True)
    assert has_figure("en tredjedel af nettolønnen", share=True)
