"""Adapts the rules package (``assistant.rules.router.route``) to the pipeline's ``RulesRouter``.

The real router answers ONE country per call, reads countries/topic/amounts from the question text and
keeps its own conversation state (last rule, last arguments) for "what if the amount is …" follow-ups.
The adapter therefore:
* hands the router the user's own words (not the pipeline's resolved question), plus its state;
* for a comparison, asks once per country, with the other countries' names replaced by that one;
* after a clarifying question, joins the pending question and the answer ("Hvor længe …? Sverige").
Any other router object with ``route(question, state) -> RouteOutcome`` (e.g. the test fake) passes through.
"""

from __future__ import annotations

import inspect
from typing import Any

from assistant.models import Fact
from assistant.pipeline.protocols import RouteOutcome, RuleCall, RuleState


class RouterAdapter:
    """Wraps a router whose ``route`` already speaks ``RuleState`` / ``RouteOutcome``-ish results."""

    def __init__(self, router: Any) -> None:
        self.router = router

    def route(self, question: str, state: RuleState) -> RouteOutcome:
        result = self.router.route(question, state)
        return result if isinstance(result, RouteOutcome) else to_outcome(result)


class RealRulesRouter:
    """The rules engineer's deterministic router behind the pipeline's protocol."""

    def __init__(self, route_fn: Any | None = None, state_cls: Any | None = None) -> None:
        if route_fn is None or state_cls is None:
            from assistant.rules.router import RouterState, route

            route_fn, state_cls = route_fn or route, state_cls or RouterState
        self._route, self._State = route_fn, state_cls
        # the real router takes the reply's language (labels in the answer's language); an injected one may not
        self._takes_language = "language" in inspect.signature(route_fn).parameters

    def route(self, question: str, state: RuleState) -> RouteOutcome:
        out = RouteOutcome()
        text = state.turn_text or question
        if state.followup == "clarification_answer":
            text = f"{question} {state.turn_text}"
        text = _complete_year(text, state.router_state)
        # a self-contained question (the session saw no follow-up in it: "Kan fogeden tage min folkepension i
        # Estland?" after an appeal question about Finland) is answered on its own, not as "Og i Estland?"
        carried = state.router_state if state.followup is not None or _opens_follow_up(state.turn_text) else None
        for i, code in enumerate(state.countries):
            prior = carried if isinstance(carried, self._State) else self._State()
            if len(state.countries) > 1:
                prior = self._State(countries=[code])
                ask = _only_country(text, code)
            else:
                ask = text
                if code not in (prior.countries or [code]):
                    prior = prior.model_copy(update={"countries": [code]})
                elif not prior.countries:
                    prior = prior.model_copy(update={"countries": [code]})
            result = self._route(ask, prior, language=state.language) if self._takes_language else \
                self._route(ask, prior)
            part = to_outcome(result)
            part.facts = [f for f in part.facts if f.citation.country == code]
            out.facts += part.facts
            out.calls += part.calls
            out.trace += [{**t, "country": code, "reason": getattr(result, "reason", "")} for t in part.trace] or \
                [{"name": None, "country": code, "reason": getattr(result, "reason", "")}]
            if i == 0:
                out.router_state = getattr(result, "state", None)
        return out


def _opens_follow_up(text: str) -> bool:
    """The turn opens as the router's follow-up ("Og hvis dommen er fra Nederlandene?", "Och om domen är från
    Lettland?", "And what if …"): even when the session read a topic word in it ("dommen") and so no follow-up,
    the router gets the conversation's state; a topic the turn states itself still wins there."""
    if not text:
        return False
    from assistant.rules.router import opens_follow_up

    return opens_follow_up(text)


def _complete_year(text: str, router_state: Any) -> str:
    """'den 10. marts' after a turn about 1 March 2024 means 10 March 2024: add the year the router
    saw last, so its date parser (which needs a year) can re-run the calculation."""
    from assistant.pipeline.quantities import parse_date, year_less_date

    last = ((getattr(router_state, "last_args", None) or {}).get("start_date") or "")[:4]
    if not last.isdigit() or parse_date(text) is not None:
        return text
    m = year_less_date(text)
    return text if m is None else f"{text[:m.end()]} {last}{text[m.end():]}"


def _only_country(text: str, code: str) -> str:
    """``text`` with every covered-country mention replaced by ``code``'s Danish name."""
    from assistant import countries
    from assistant.query.places import detect_countries

    name = countries.get(code).names["da"]
    det = detect_countries(text)
    spans = sorted((m.start, m.end) for m in det.spans if m.covered)
    if not spans:
        return f"{text} ({name})"
    out, pos = [], 0
    for start, end in spans:
        out += [text[pos:start], name]
        pos = end
    return "".join(out + [text[pos:]])


def to_outcome(result: Any) -> RouteOutcome:
    facts = [f for f in (getattr(result, "facts", None) or []) if isinstance(f, Fact)]
    raw_calls = getattr(result, "tool_calls", None) or getattr(result, "trace", None) or []
    trace, calls = [], []
    for call in raw_calls:
        item = call if isinstance(call, dict) else (call.model_dump() if hasattr(call, "model_dump") else vars(call))
        trace.append(item)
        name = item.get("name") or item.get("tool")
        if name:
            calls.append(RuleCall(str(name), dict(item.get("args") or {})))
    return RouteOutcome(facts=facts, calls=calls, trace=trace, router_state=getattr(result, "state", None))


def adapt_router(router: Any) -> Any:
    if router is None or isinstance(router, (RouterAdapter, RealRulesRouter)):
        return router
    return RouterAdapter(router)
