"""Gradio's own per-event bookkeeping in the app is capped (issue #8)."""

import pytest

import app

pytestmark = pytest.mark.unit


def test_queue_analytics_are_capped(monkeypatch, tmp_path):
    from assistant.feedback import FeedbackStore
    from assistant.pipeline import Assistant
    from assistant.pipeline.fakes import KeywordRetriever, TableRouter
    from assistant.settings import Settings
    from assistant.ui.blocks import build_app

    monkeypatch.setenv("GRADIO_ANALYTICS_MAX_EVENTS", "0")  # recorded, so teardown restores the original
    monkeypatch.delenv("GRADIO_ANALYTICS_MAX_EVENTS")
    app.bound_gradio_bookkeeping()
    assistant = Assistant(Settings(paths={"data_dir": tmp_path}, embedding={"model": "fake"}),
                          retriever=KeywordRetriever(), router=TableRouter())
    demo = build_app(assistant, FeedbackStore(tmp_path / "fb.sqlite3"))
    demo.queue(max_size=256)
    assert demo._queue.ANALYTICS_MAX_EVENTS == app.GRADIO_ANALYTICS_MAX_EVENTS < 10_000
    monkeypatch.setenv("GRADIO_ANALYTICS_MAX_EVENTS", "50")  # an operator's explicit choice wins
    app.bound_gradio_bookkeeping()
    demo.queue(max_size=256)
    assert demo._queue.ANALYTICS_MAX_EVENTS == 50
