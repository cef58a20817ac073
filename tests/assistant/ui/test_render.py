"""Rendering for the app: escaped user text, source cards, fact box, copy text and exports."""

import json
from datetime import date

import pytest

from assistant.models import Citation, Fact, Reply
from assistant.ui import render

pytestmark = pytest.mark.unit

CIT = Citation(key=1, country="SE", section="5", title="Kan en afgørelse om tvangsfuldbyrdelse appelleres?",
               chunk_id="abc", quote="Klagen skal indgives inden tre uger <b>.", last_updated=date(2020, 12, 16),
               url="https://e-justice.europa.eu/52/DA/how_to_enforce_a_court_decision?SWEDEN&member=1")
FACT = Fact(name="appeal_deadline", value=3, unit="week", label="Klagefrist", citation=CIT.model_copy(update={"key": None}))
REPLY = Reply(text="Du kan klage [1].\n\nKilder:\n[1] Sverige, afsnit 5", citations=[CIT], facts=[FACT], language="da")


def test_user_markup_is_shown_literally():
    shown = render.user_message("<script>alert(1)</script> & <img src=x onerror=alert(2)>")
    assert "<script>" not in shown and "<img" not in shown
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown


def test_reply_html_has_numbered_cards_with_quote_date_and_link():
    out = render.reply_html(REPLY)
    assert out.startswith("Du kan klage [1].")
    assert "Kilder:\n[1] Sverige, afsnit 5" not in out  # the cards replace the plain sources block
    assert '<details class="source-card" data-key="1">' in out
    assert "[1] Sverige – 5 Kan en afgørelse om tvangsfuldbyrdelse appelleres?" in out
    assert "opdateret 16/12/2020" in out
    assert "Klagen skal indgives inden tre uger &lt;b&gt;." in out  # the quote is escaped, never markup
    assert 'href="https://e-justice.europa.eu/' in out and 'rel="noopener noreferrer"' in out
    assert '<div class="fact-box">' in out and "3 uger" in out


def test_norway_card_uses_the_heading_and_unsafe_urls_are_not_links():
    no = CIT.model_copy(update={"country": "NO", "section": "Roller og ansvar", "title": "Roller og ansvar",
                                "url": "javascript:alert(1)"})
    out = render.source_card(no, "nb", 1)
    assert "Norge – Roller og ansvar ·" in out
    assert "href=" not in out


def test_plain_text_for_email():
    text = render.plain_text(REPLY)
    assert "Kilder:" in text and "Tal fra reglerne:" in text
    assert '"Klagen skal indgives inden tre uger <b>."' in text
    assert "<details" not in text


def test_exports_follow_the_reply_contract():
    turns = [("Kan jeg klage i Sverige?", REPLY)]
    md = render.conversation_markdown(turns)
    assert "Kan jeg klage i Sverige?" in md and "Du kan klage [1]." in md
    data = json.loads(render.conversation_json(turns))
    assert Reply.model_validate(data[0]["reply"]).citations[0].chunk_id == "abc"


def test_debug_view_lists_evidence_and_tool_calls():
    reply = REPLY.model_copy(update={"debug": {
        "composer": "grounded",
        "understanding": {"language": "da", "countries": ["SE"], "topic": "5", "injection": True},
        "retrieval": [{"country": "SE", "confidence": 0.82, "weak": False, "evidence": [
            {"section": "5", "score": 1.46, "dense_rank": 1, "bm25_rank": 2, "boost": 0.5,
             "reasons": ["dense #1", "bm25 #2"], "chunk_id": "abc"}]}],
        "tool_calls": [{"name": "compute_deadline", "args": {"rule_id": "SE-appeal-court", "start_date": "2024-03-01"}}]}})
    out = render.debug_markdown(reply)
    assert "**SE** · confidence 0.82" in out and "| 1 | 5 | 1.460 | 1 | 2 |" in out
    assert "dense #1; bm25 #2" in out and '"compute_deadline"' in out and "injection" in out
    assert "**lande:** SE" in out and "**emne:** 5" in out
    assert render.debug_markdown(None).startswith("_Ingen")


def test_old_exports_are_pruned(tmp_path):
    import os
    import time

    from assistant.ui.blocks import EXPORT_TTL_S, _prune_exports
    old, fresh = tmp_path / "samtale-old.md", tmp_path / "samtale-new.json"
    old.write_text("x"), fresh.write_text("y")
    past = time.time() - EXPORT_TTL_S - 10
    os.utime(old, (past, past))
    _prune_exports(tmp_path)
    assert not old.exists() and fresh.exists()
