"""Helpers shared by the router tests."""

from __future__ import annotations

from assistant.rules.router import RouteResult, RouterState, route


def conversation(*questions: str) -> RouteResult:
    """Route the questions as one conversation (each turn gets the state the last one left); the last result."""
    state, res = RouterState(), None
    for q in questions:
        res = route(q, state)
        state = res.state
    assert res is not None, "a conversation needs at least one question"
    return res
