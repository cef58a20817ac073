"""Which figure a question insists on (session 10, H6): how much of a kind of goods one keeps is asked of the
items, not a hard request for a figure; a share asked for is stated only by a percentage or a fraction; how much a
third party must tell (session 11, D12) asks about a duty, not for a figure."""

from __future__ import annotations

import pytest

from assistant.pipeline.sentence_features import has_figure
from assistant.pipeline.understanding import asks_for_number, asks_for_share, wants_figure

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    "How much furniture do I get to keep when the bailiff comes in Latvia?",
    "Hvor meget tøj må skyldneren beholde i Letland?",
    "Hvor mye møbler kan jeg beholde i Latvia?",
    "Hur mycket möbler får jag behålla i Lettland?",
    # asked as a permission (dev q-2439): "am I allowed to", "har jeg lov til", "har jag rätt att", "lar de meg"
    "The bailiff in Latvia is seizing my things. How much clothing am I allowed to keep?",
    "How much furniture is the debtor allowed to keep?",
    "Hvor meget tøj har jeg lov til at beholde i Ungarn?",
    "Hvor mye klær lar de meg beholde?",
    "Hur mycket kläder har jag rätt att behålla?",
    "Hur mycket möbler är jag tillåten att behålla?",
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
    "How much money am I allowed to keep?",
    "How much pension am I allowed to keep?",
    "Hvor meget har jeg lov til at beholde?",
    "Hvor meget af min løn har jeg lov til at beholde?",
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


@pytest.mark.parametrize("question", [
    "Måste banken berätta för borgenären hur mycket pengar jag har?",
    "Skal arbejdsgiveren oplyse, hvor meget jeg tjener?",
    "Må min arbejdsgiver fortælle fogeden hvor meget jeg har i løn?",
    "Må banken opplyse namsmannen hvor mye jeg har på kontoen?",
    "Must my employer tell the bailiff how much I earn?",
])
def test_how_much_someone_must_tell_is_a_duty_not_a_figure(question):
    # "how much" reported after a verb of telling is what a third party discloses: the question is whether
    # it must, and a "the page states no figure" refusal would miss what is asked
    assert not asks_for_number(question)


@pytest.mark.parametrize("question", [
    "Kan du fortælle mig, hvor meget fogeden tager i gebyr?",
    "Tell me how much the fee is in Spain.",
    "Skal banken oplyse kreditor om kontoen, og hvor meget koster det?",
])
def test_how_much_told_to_the_asker_is_still_asked(question):
    assert asks_for_number(question)
