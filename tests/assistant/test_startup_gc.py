"""The start-up collector pause: off inside, frozen and back on after, nesting and errors handled."""

from __future__ import annotations

import gc

import pytest

from assistant import startup_gc
from assistant.startup_gc import gc_paused_then_frozen

pytestmark = pytest.mark.unit


@pytest.fixture(autouse=True)
def _restore_gc():
    enabled = gc.isenabled()
    yield
    gc.unfreeze()  # the test's objects go back to the normal generations
    gc.enable() if enabled else gc.disable()


def test_paused_inside_enabled_and_frozen_after() -> None:
    gc.enable()
    gc.unfreeze()
    with gc_paused_then_frozen():
        assert not gc.isenabled()
        built = [[i] for i in range(1000)]  # long-lived start-up objects
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(built)


def test_nested_blocks_reenable_only_at_the_outermost() -> None:
    gc.enable()
    with gc_paused_then_frozen():
        with gc_paused_then_frozen():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_reenables() -> None:
    gc.enable()
    with pytest.raises(RuntimeError):
        with gc_paused_then_frozen():
            raise RuntimeError("model missing")
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    with gc_paused_then_frozen():
        pass
    assert not gc.isenabled()


def test_a_long_start_up_collects_its_garbage_before_freezing(monkeypatch) -> None:
    gc.enable()
    gc.unfreeze()
    monkeypatch.setattr(startup_gc, "COLLECT_AFTER_S", -1.0)  # every block counts as long
    calls: list[int] = []
    real = gc.collect
    monkeypatch.setattr(startup_gc.gc, "collect", lambda *a: calls.append(1) or real(*a))
    with gc_paused_then_frozen():
        a: list = []
        a.append(a)  # a cycle: garbage only the collector can free
        del a
    assert calls == [1]


def test_assistant_warm_up_runs_paused_and_leaves_the_collector_on(monkeypatch) -> None:
    from assistant.cli import make_assistant

    gc.enable()
    gc.unfreeze()
    seen: list[bool] = []
    assistant = make_assistant(fake=True)
    real = assistant._load_components
    monkeypatch.setattr(assistant, "_load_components", lambda: (seen.append(gc.isenabled()), real())[1])
    assistant.warm_up()
    assert seen == [False]  # loading ran with the collector paused
    assert gc.isenabled() and gc.get_freeze_count() > 0
    assistant.warm_up()  # already warm: no second pause
    assert seen == [False]
