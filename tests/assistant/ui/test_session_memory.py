"""Per-session memory of the app stays bounded (issue #8: RSS climbed steadily under the soak).

Cause: ``respond`` yielded ``gr.skip()`` (an update dict) to the support outputs while streaming. Gradio
answers an update with a new component under a new id, and the plain value that follows stores that
component under its own id too, so every question left a Markdown and a Textbox in the session's config.
"""

from __future__ import annotations

import sqlite3

import gradio as gr
import pytest

from assistant.feedback import FeedbackStore
from assistant.pipeline import Assistant
from assistant.pipeline.fakes import KeywordRetriever, TableRouter
from assistant.settings import Settings
from assistant.ui import blocks as ui_blocks
from assistant.ui.blocks import UISession, build_app
from evals.load_test import free_port

pytestmark = pytest.mark.unit

QUESTIONS = ("Hvor længe gælder et udlæg i Sverige?", "Kan afgørelsen ankes?")


@pytest.fixture(scope="module")
def retriever():
    return KeywordRetriever()


@pytest.fixture
def demo(tmp_path, retriever):
    settings = Settings(paths={"data_dir": tmp_path}, embedding={"model": "fake"})
    assistant = Assistant(settings, retriever=retriever, router=TableRouter())
    return build_app(assistant, FeedbackStore(tmp_path / "fb.sqlite3"), session_ttl_s=3600)


def _fn(demo, api_name):
    return next(f.fn for f in demo.fns.values() if f.api_name == api_name)


def test_streaming_never_sends_updates_to_the_support_outputs(demo):
    """Every yield of /ask gives the debug and copy outputs plain strings, never an update dict."""
    state = None
    for question in QUESTIONS:
        yields = list(_fn(demo, "ask")(question, [], state, "auto"))
        assert len(yields) >= 3  # placeholder, streamed paragraph(s), final
        for _msg, _history, state, debug, copy_text in yields:
            assert isinstance(debug, str) and isinstance(copy_text, str), (debug, copy_text)
    # a new question's stream keeps showing the previous reply's support text until its own is ready
    previous = state.turns[-1][1]
    first = next(_fn(demo, "ask")("Kan den forlænges?", [], state, "auto"))
    assert first[3] == ui_blocks.render.debug_markdown(previous)
    assert first[4] == ui_blocks.render.plain_text(previous)


def test_gradio_session_config_stays_flat_over_many_questions(demo):
    """A real Gradio server and client: 7 more questions in one browser session add no components to it."""
    from gradio_client import Client

    demo.queue(default_concurrency_limit=2)
    demo.launch(server_name="127.0.0.1", server_port=free_port(), prevent_thread_lock=True, quiet=True,
                state_session_capacity=10)
    try:
        client = Client(demo.local_url, verbose=False)
        client.predict(QUESTIONS[0], [], "auto", api_name="/ask")  # warm: the session exists now
        (session,) = demo.server_app.state_holder.session_data.values()
        before = (len(session.blocks_config.blocks), len(session.config_values))
        for _ in range(3):
            client.predict(api_name="/new_conversation")
            history: list = []
            for question in QUESTIONS:
                _, history, _debug, copy_text = client.predict(question, history, "auto", api_name="/ask")
                assert "Sverige" in copy_text
        client.predict(QUESTIONS[0], [], "auto", api_name="/ask")
        # before the fix: +2 entries per question (a Markdown and a Textbox), 14 here
        assert (len(session.blocks_config.blocks), len(session.config_values)) == before
        assert set(session.blocks_config.blocks) <= set(demo.blocks), "components the app never built"
    finally:
        demo.close()


def test_session_keeps_a_bounded_number_of_turns(monkeypatch):
    monkeypatch.setattr(ui_blocks, "MAX_TURNS", 50)
    ui = UISession(chat=None)
    replies = [ui_blocks.Reply(text=f"svar {i}", language="da") for i in range(120)]
    for i, reply in enumerate(replies):
        ui.add_turn(f"q{i}", reply)
    assert len(ui.turns) == 50 and ui.dropped == 70
    assert ui.turn(69) is None and ui.turn(120) is None and ui.turn(-1) is None
    assert ui.turn(70) == ("q70", replies[70]) and ui.turn(119) == ("q119", replies[119])


def test_rating_an_old_message_after_turns_were_dropped(demo, tmp_path, monkeypatch):
    """Likes address the chatbot's message index: a dropped turn says so, a kept one is rated correctly."""
    monkeypatch.setattr(ui_blocks, "MAX_TURNS", 2)
    state = None
    for question in ("Hvor længe gælder et udlæg i Sverige?", "Kan afgørelsen ankes?", "Kan den forlænges?"):
        *_, (_, _, state, _, _) = _fn(demo, "ask")(question, [], state, "auto")
    assert state.dropped == 1
    like = _fn(demo, "like")
    target = gr.Chatbot(render=False)
    assert like(state, gr.LikeData(target, {"index": 1, "value": "", "liked": True})) == "Ingen besked at bedømme."
    assert like(state, gr.LikeData(target, {"index": 5, "value": "", "liked": True})).startswith("Tak")
    with sqlite3.connect(tmp_path / "fb.sqlite3") as conn:
        assert conn.execute("SELECT question FROM feedback").fetchall() == [("Kan den forlænges?",)]
