"""Does the evidence state the one detail a question asks for? ``states_detail``.

``understanding.asked_detail`` names the kind of detail ("What is the fee / the deadline / the phone
number …?"); a reply may only answer when a rule fact of that kind or a quoted sentence gives it.
Otherwise the page does not say, and quoting a neighbouring passage would look like an answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.models import Fact
from assistant.pipeline.sentences import has_figure

_TIME_UNITS = frozenset({"day", "week", "month", "year", "working_day", "hour", "date"})
_NON_MONEY_UNITS = _TIME_UNITS | {"text", "ha", "fraction", "multiplier"}
_PERCENT = re.compile(r"\d\s*(%|procent|prosent|percent)", re.IGNORECASE)
# "there is no time limit" answers "what is the deadline?" in words
_NO_LIMIT = re.compile(
    r"\b(?:ingen|ikke nogen|ikke noen|inte någon|no)\s+(?:\w+\s+)?(?:tidsfrist|frist|tidsgrænse|tidsgrense|"
    r"tidsgräns|time limit|deadline)", re.IGNORECASE)
# a deadline is a figure with a word that makes it one ("inden for en frist på to uger", "senest …")
_DEADLINE_CUE = re.compile(r"frist|inden|senest|indtil|innen|inom|within", re.IGNORECASE)
_CONTACT = re.compile(r"\d[\d ()+\-]{5,}\d|@|www\.|https?://", re.IGNORECASE)


def _fact_answers(kind: str, fact: Fact) -> bool:
    if kind == "deadline":
        return fact.unit in _TIME_UNITS
    if kind in ("money", "rate"):
        return fact.unit not in _NON_MONEY_UNITS
    return False


def _quote_answers(kind: str, quote: str) -> bool:
    if kind == "deadline":
        return (has_figure(quote) and bool(_DEADLINE_CUE.search(quote))) or bool(_NO_LIMIT.search(quote))
    if kind in ("money", "rate"):
        return has_figure(quote, money=True) or bool(_PERCENT.search(quote))
    if kind == "contact":
        return bool(_CONTACT.search(quote))
    return True


def states_detail(kind: str, facts: Iterable[Fact], quotes: Iterable[tuple[str, str]],
                  sections: Iterable[str] = ()) -> bool:
    """True when a rule fact of the asked kind, or a quote, states the detail (or that there is none).

    ``quotes`` are (section, text); ``sections`` are those of what the detail belongs to (see
    ``understanding.detail_subject_sections``). A deadline counts only from them: "the deadline to
    appeal" is not the six months a measure lasts (4.3) nor the three days before a sale (6), though
    both are deadlines of the same page; a rule fact counts only from them too.
    """
    wanted = set(sections)

    def on_topic(section: str, fact: bool) -> bool:
        # a rule fact is one number about one thing: off the subject's sections it answers something
        # else (Spain's 30 % cap on costs is not a bailiff's fee); a quoted fee names itself
        return not wanted or section in wanted or (kind in ("money", "rate") and not fact)

    return any(_fact_answers(kind, f) and on_topic(f.citation.section, True) for f in facts) or \
        any(_quote_answers(kind, q) and on_topic(s, False) for s, q in quotes)
