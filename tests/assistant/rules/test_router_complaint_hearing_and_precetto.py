"""The body's dealing with a complaint named as a noun ("frist for behandling af klage", "prövning av klagomål") is
the processing time, not the complainant's appeal deadline; Italy's precetto period is told from the attachment
deadline that shares the word "precetto" by the words of a minimum period to comply."""

from __future__ import annotations

import pytest

from assistant.rules.question import detect_topic
from assistant.rules.router import route

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    "Hvad er frist for behandling af klage i Letland?",
    "Hvor lang tid er frist for behandling av klage i Latvia?",
    "Vad är frist för prövning av klagomål i Lettland?",
    "How long does the processing of a complaint take in Latvia?",
])
def test_complaint_hearing_noun_is_processing(question):
    assert detect_topic(question) == "processing"
    assert route(question).rule_ids == ["LV-complaint-hearing"]


@pytest.mark.parametrize("question", [
    "Hvad er fristen for at klage over fogedens behandling af sagen i Letland?",
    "Hvad er klagefristen i Letland?",
])
def test_complaint_deadline_stays_appeal(question):
    assert route(question).rule_ids == ["LV-complaint-bailiff"]


@pytest.mark.parametrize("question", [
    "Hvad er mindste frist i betalingspåbuddet (precetto) i Italien?",
    "Hva er minste frist i betalingsvarselet (precetto) i Italia?",
    "Vad är kortaste frist i betalningsföreläggandet (precetto) i Italien?",
    "How long is the minimum compliance period in the precetto in Italy?",
])
def test_precetto_minimum_period(question):
    assert route(question).rule_ids == ["IT-precetto-period"]


def test_precetto_attachment_deadline_kept():
    q = "Hvor lang tid har jeg til at foretage udlæg efter forkyndelse af precetto i Italien?"
    assert route(q).rule_ids == ["IT-attachment-deadline"]
