"""The rules module: every number the assistant states comes from a reviewed, cited rule.

- ``schema``: the rule model and ``load_rules()`` (data in ``data/<CC>.toml``, one file per country).
- ``calculators``: pure date / garnishment / fee functions (``RuleInputError`` on bad input).
- ``tools``: LangChain ``StructuredTool``s returning ``assistant.models.Fact`` lists.
- ``router``: deterministic ``route(question, state)`` for numeric questions.
- ``coverage`` / ``check``: ``python -m assistant.rules coverage [--json]`` and ``python -m assistant.rules check``.
"""

from assistant.rules.calculators import RuleInputError
from assistant.rules.router import RouteResult, RouterState, route
from assistant.rules.schema import Rule, load_rules
from assistant.rules.tools import build_tools, call_tool

__all__ = ["RouteResult", "RouterState", "Rule", "RuleInputError", "build_tools", "call_tool", "load_rules", "route"]
