"""The narrow interfaces the pipeline depends on; the real components and the test fakes both fit.

Kept structural (``Protocol``) so the pipeline never imports the heavy retrieval or rules stacks at
module load, and a unit test can pass a ten-line fake.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol, runtime_checkable

from assistant.models import Evidence, Fact


@runtime_checkable
class RetrievalLike(Protocol):
    evidence: list[Evidence]
    confidence: float
    weak: bool


@runtime_checkable
class Retriever(Protocol):
    def retrieve(self, question: str, *, countries: list[str] | None = None,
                 topic_sections: list[str] | None = None, k: int | None = None) -> RetrievalLike: ...


@dataclass
class RuleCall:
    """One calculator/tool invocation, kept so a follow-up can re-run it with a new amount or date."""

    name: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass
class RuleState:
    """What the rules router may know about the conversation (read-only for the router)."""

    countries: list[str] = field(default_factory=list)
    topic: str | None = None
    topic_sections: list[str] = field(default_factory=list)
    language: str = "da"
    last_call: RuleCall | None = None
    amount: float | None = None
    on_date: date | None = None
    rerun: bool = False  # the user changed only an amount/date: re-run ``last_call`` with it
    turn_text: str = ""  # the user's own words this turn (``question`` may be a resolved earlier one)
    followup: str | None = None
    router_state: Any = None  # opaque conversation state the real router handed back last turn


@dataclass
class RouteOutcome:
    """The pipeline's view of a routing result: facts plus the tool-call trace."""

    facts: list[Fact] = field(default_factory=list)
    calls: list[RuleCall] = field(default_factory=list)
    trace: list[dict[str, Any]] = field(default_factory=list)
    router_state: Any = None  # kept by the session and handed back next turn


class RulesRouter(Protocol):
    def route(self, question: str, state: RuleState) -> RouteOutcome: ...
