"""Bounded resources: sessions (LRU cap + idle TTL, through Gradio's real StateHolder with OUR app and
settings), one model/index load per process, and bounded per-request work."""

from __future__ import annotations

import datetime as real_datetime
import gc
import threading
import time
import weakref

import gradio as gr
import pytest
from gradio import state_holder as gradio_state_holder
from gradio.state_holder import StateHolder
from pydantic import ValidationError

from assistant.feedback import FeedbackStore
from assistant.pipeline import Assistant
from assistant.pipeline.fakes import KeywordRetriever, TableRouter
from assistant.settings import Settings
from assistant.ui import blocks as ui_blocks
from assistant.ui.blocks import UISession, build_app

N_SESSIONS = 1000


class Clock:
    """Stands in for ``datetime.datetime`` inside gradio.state_holder: ``now()`` is what the test says."""

    def __init__(self) -> None:
        self.t = real_datetime.datetime(2026, 1, 1, 12, 0, 0)

    def now(self) -> real_datetime.datetime:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += real_datetime.timedelta(seconds=seconds)


@pytest.fixture
def clock(monkeypatch) -> Clock:
    c = Clock()
    fake_module = type("fake_datetime", (), {"datetime": c, "timedelta": real_datetime.timedelta})
    monkeypatch.setattr(gradio_state_holder, "datetime", fake_module)
    return c


@pytest.fixture
def app_settings(tmp_path) -> Settings:
    # the shipped defaults, except where the test says otherwise
    return Settings(paths={"data_dir": tmp_path}, embedding={"model": "fake"})


@pytest.fixture
def demo(app_settings, keyword_retriever, tmp_path):
    assistant = Assistant(app_settings, retriever=keyword_retriever, router=TableRouter())
    return build_app(assistant, FeedbackStore(tmp_path / "fb.sqlite3"),
                     session_ttl_s=app_settings.app.session_ttl_seconds)


def _holder(demo, capacity: int) -> StateHolder:
    """Gradio's own session registry, configured the way ``launch(state_session_capacity=…)`` does."""
    demo.state_session_capacity = capacity
    holder = StateHolder()
    holder.set_blocks(demo)
    return holder


def _state_id(demo) -> int:
    (state,) = [b for b in demo.blocks.values() if isinstance(b, gr.State)]
    return state._id


def _ask_fn(demo):
    return next(f.fn for f in demo.fns.values() if f.api_name == "ask")


@pytest.mark.unit
def test_app_launches_with_our_session_bounds(monkeypatch, demo):
    """app.main passes settings.app.max_sessions to launch; the chat state carries the TTL."""
    import app
    from assistant.settings import get_settings

    seen = {}
    monkeypatch.setattr(app, "create_app", lambda: demo)
    monkeypatch.setattr(gr.Blocks, "launch", lambda self, **kw: seen.update(kw))
    monkeypatch.setattr(app.logging, "basicConfig", lambda **kw: None)  # no handlers left on the root logger
    assert app.main() == 0
    assert seen["state_session_capacity"] == get_settings().app.max_sessions
    (state,) = [b for b in demo.blocks.values() if isinstance(b, gr.State)]
    assert state.time_to_live == get_settings().app.session_ttl_seconds


@pytest.mark.unit
def test_thousand_sessions_lru_cap_then_idle_ttl(demo, app_settings, clock):
    """1,000 browser sessions through Gradio's real StateHolder with our cap and TTL."""
    cap, ttl = app_settings.app.max_sessions, app_settings.app.session_ttl_seconds
    assert cap < N_SESSIONS
    holder, sid = _holder(demo, cap), _state_id(demo)
    refs = {}
    for i in range(N_SESSIONS):
        ui = UISession(chat=Assistant(app_settings).new_session())
        refs[f"s{i}"] = weakref.ref(ui.chat)
        holder[f"s{i}"][sid] = ui
        if i % 100 == 0:  # an old session that keeps being used stays (least recently USED goes first)
            holder["s0"]
        clock.advance(0.01)
    # ---- LRU: at most the cap, the least recently used evicted first
    assert len(holder.session_data) == cap
    kept = set(holder.session_data)
    assert "s0" in kept
    assert {f"s{i}" for i in range(N_SESSIONS - cap + 1, N_SESSIONS)} <= kept
    assert "s1" not in kept and f"s{N_SESSIONS - cap - 1}" not in kept
    assert list(holder.session_data)[-1] == f"s{N_SESSIONS - 1}"  # newest last
    # evicted sessions are really gone: nothing else (assistant, UI) holds on to their chat state
    gc.collect()
    assert {k for k, ref in refs.items() if ref() is not None} == kept

    # ---- TTL: idle sessions lose their state; active ones keep it
    clock.advance(ttl - 10)
    active = [f"s{i}" for i in range(N_SESSIONS - 20, N_SESSIONS)]
    for key in active:  # a turn writes the state back (respond yields it), which restarts its TTL
        holder[key][sid] = holder[key][sid]
    clock.advance(20)  # idle ones are now > ttl old, active ones 20 s
    holder.delete_all_expired_state()  # what gradio's background task runs every second
    gc.collect()
    assert {k for k, ref in refs.items() if ref() is not None} == set(active)
    for key in list(holder.session_data):
        if key in active:
            assert sid in holder.session_data[key].state_data
        else:
            assert sid not in holder.session_data[key].state_data
    # an expired user who comes back gets a fresh, empty conversation rather than an error
    stale = next(k for k in holder.session_data if k not in active)
    assert holder[stale][sid] is None


@pytest.mark.unit
def test_ui_keeps_bounded_copies_of_huge_messages(demo):
    """A refused 1 MB message is neither echoed back whole nor kept in the session (or rated into SQLite)."""
    *_, (msg, history, state, _debug, _copy) = list(_ask_fn(demo)("x" * 1_000_000, [], None, "auto"))
    assert len(history[0]["content"]) <= ui_blocks.MAX_KEPT_CHARS + 10
    assert len(state.turns[0][0]) <= ui_blocks.MAX_KEPT_CHARS + 10
    assert state.turns[0][1].debug["problem"] == "too_long"


@pytest.mark.integration
def test_real_gradio_server_applies_the_cap(app_settings, keyword_retriever, tmp_path):
    """Our app on a real Gradio server (fake assistant) with a cap of 3: 6 clients → 3 sessions kept."""
    from gradio_client import Client

    assistant = Assistant(app_settings, retriever=keyword_retriever, router=TableRouter())
    demo = build_app(assistant, FeedbackStore(tmp_path / "fb.sqlite3"), session_ttl_s=3600)
    demo.queue(default_concurrency_limit=2)
    demo.launch(server_name="127.0.0.1", server_port=None, prevent_thread_lock=True, quiet=True,
                state_session_capacity=3)
    try:
        clients = []
        for _ in range(6):
            c = Client(demo.local_url, verbose=False)
            c.predict("Hvor længe gælder et udlæg i Sverige?", [], "auto", api_name="/ask")
            clients.append(c)
        assert len(demo.server_app.state_holder.session_data) <= 3
        # the newest client's conversation survived and still knows its country
        *_, copy = clients[-1].predict("Kan afgørelsen ankes?", [], "auto", api_name="/ask")
        assert "Sverige" in copy
    finally:
        demo.close()


# ---- one load per process ----------------------------------------------------------------------------

@pytest.mark.unit
def test_warm_up_is_idempotent_and_thread_safe(monkeypatch, app_settings, keyword_retriever):
    loads = {"retriever": 0, "router": 0}

    def slow_retriever(self):
        loads["retriever"] += 1
        time.sleep(0.2)  # widen the race window: a second loader would get in here
        return keyword_retriever

    def router():
        loads["router"] += 1
        return TableRouter()

    monkeypatch.setattr(Assistant, "_real_retriever", slow_retriever)
    monkeypatch.setattr(Assistant, "_real_router", staticmethod(router))
    a = Assistant(app_settings)
    barrier = threading.Barrier(16)
    errors = []

    def first_call(i):
        try:
            barrier.wait()
            if i % 2:
                a.warm_up()
            else:
                r = a.ask(a.new_session(), "Hvor længe gælder et udlæg i Sverige?")
                assert r.debug["stage"] != "error" and r.citations
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=first_call, args=(i,)) for i in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors and loads == {"retriever": 1, "router": 1}
    a.warm_up()
    assert loads == {"retriever": 1, "router": 1}


@pytest.mark.unit
def test_index_and_embedder_load_once_under_concurrent_first_questions(monkeypatch, index_copy):
    """The real read path (fake embedder, real Chroma/BM25 files): 8 concurrent first questions open the
    index and build the embedder exactly once."""
    import ingest.embedder as embedder_mod
    import ingest.index as index_mod

    counts = {"open": 0, "embedder": 0}
    real_open, real_make = index_mod.IndexReader.open.__func__, embedder_mod.make_embedder

    def counting_open(cls, *a, **k):
        counts["open"] += 1
        return real_open(cls, *a, **k)

    def counting_make(*a, **k):
        counts["embedder"] += 1
        return real_make(*a, **k)

    monkeypatch.setattr(index_mod.IndexReader, "open", classmethod(counting_open))
    monkeypatch.setattr(embedder_mod, "make_embedder", counting_make)
    a = Assistant(index_copy)
    barrier, replies = threading.Barrier(8), []

    def ask():
        barrier.wait()
        replies.append(a.ask(a.new_session(), "Hvor længe gælder et udlæg i Sverige?"))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(replies) == 8 and all(r.debug["stage"] != "error" for r in replies)
    assert counts == {"open": 1, "embedder": 1}


# ---- bounded per-request work ---------------------------------------------------------------------------

@pytest.mark.unit
def test_over_long_input_is_refused_before_any_work(app_settings):
    calls = []

    class Spy:
        def warm_up(self):
            calls.append("warm_up")

        def retrieve(self, *a, **k):
            calls.append("retrieve")
            raise AssertionError("must not retrieve")

    a = Assistant(app_settings, retriever=Spy(), router=TableRouter())
    limit = app_settings.app.max_input_chars
    for n in (limit + 1, 10 * limit, 5_000_000):
        t0 = time.perf_counter()
        r = a.ask(a.new_session(), "Hvor længe gælder et udlæg i Sverige? " + "x" * n)
        assert r.debug["problem"] == "too_long" and time.perf_counter() - t0 < 2.0
    assert calls == []


@pytest.mark.unit
def test_retrieval_size_is_capped(app_settings, keyword_retriever, sections):
    with pytest.raises(ValidationError):
        Settings(retrieval={"k": 10_000})
    with pytest.raises(ValidationError):
        Settings(retrieval={"candidates": 10**6})
    with pytest.raises(ValidationError):
        Settings(app={"max_input_chars": 10**9})
    from assistant import countries

    calls = []

    class Recording:
        def warm_up(self):
            pass

        def retrieve(self, question, **kw):
            res = keyword_retriever.retrieve(question, **kw)
            calls.append(len(res.evidence))
            return res

    a = Assistant(app_settings, retriever=Recording(), router=TableRouter())
    every = [countries.get(c).names["da"] for c in countries.covered_codes()]
    q = "Hvor længe gælder et udlæg i " + ", ".join(every) + " og Atlantis?"
    assert len(q) <= app_settings.app.max_input_chars
    r = a.ask(a.new_session(), q)
    # one retrieval per named covered country at most, each at most k chunks
    assert 0 < len(calls) <= len(countries.covered_codes())
    assert max(calls) <= app_settings.retrieval.k
    assert len(r.citations) <= len(calls) * app_settings.retrieval.k


@pytest.mark.unit
def test_session_history_is_bounded(fake_assistant):
    s = fake_assistant.new_session()
    for i in range(60):
        fake_assistant.ask(s, f"Hvor længe gælder et udlæg i Sverige? ({i})")
    assert len(s.history) <= 20
