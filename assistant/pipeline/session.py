"""One user's conversation: what is in focus, and how a follow-up resolves against it.

``ChatSession.plan(understanding, ...)`` turns a user turn into a ``TurnPlan`` – which countries, which
topic, which question to retrieve for, and whether the last rule call should be re-run. Examples:

* "Og i Sverige?"              → country switch, same topic and question
* "What about appeals there?"  → topic switch (section 5), same country
* "Kan den forlænges?"         → same country, topic duration (4.3)
* "Hvad hvis beløbet er 2.000 EUR?" / "Og hvis datoen er 1. april 2024?" → re-run the last rule call
* no country known             → ask back; the next turn ("Sverige") completes the pending question

Every session owns its own state objects: nothing mutable is shared between two users. The wording cues a
turn is read by ("Og …", a pronoun pointing back, a bare country) are in ``followup_cues``.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from assistant.models import Fact, Reply
from assistant.pipeline.followup_cues import (anchored_in_last, bare_country_turn, condition_words, continues,
                                              country_then_condition, health_circumstance, is_ellipsis,
                                              names_new_object, only_relocates, ordinary_object, points_back)
from assistant.pipeline.protocols import RuleCall
from assistant.pipeline.understanding import Understanding, asks_after_condition, opens_with_condition

PlanKind = Literal["answer", "clarify", "uncovered", "out_of_scope", "not_understood", "other_language"]
_MAX_HISTORY = 20
_SHORT_TURN_WORDS = 4
_SHORT_LANGUAGE_WORDS = 8  # a turn this short may keep the conversation's language (see _turn_language)
_CLEAR_LANGUAGE_LEAD = 3.0  # the weight of one strong word of assistant.query.language


@dataclass
class Pending:
    """A question waiting for the country the assistant asked about."""

    question: str
    topic: str | None
    topic_sections: list[str]
    norway_sections: list[str]
    language: str


@dataclass
class TurnPlan:
    kind: PlanKind
    question: str
    language: str
    countries: list[str] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)
    topic: str | None = None
    topic_sections: list[str] = field(default_factory=list)
    norway_sections: list[str] = field(default_factory=list)
    rerun: bool = False
    last_call: RuleCall | None = None
    router_state: Any = None
    turn_text: str = ""
    amount: float | None = None
    on_date: date | None = None
    followup: str | None = None  # how the turn was resolved: 'country_switch', 'topic_switch', …

    def debug(self) -> dict:
        return {"kind": self.kind, "countries": self.countries, "uncovered": self.uncovered,
                "topic": self.topic, "topic_sections": self.topic_sections, "rerun": self.rerun,
                "followup": self.followup, "question": self.question[:200]}


@dataclass
class Turn:
    user: str
    reply: Reply


def _heading(section: str, norway: list[str], countries: list[str]) -> str:
    from ingest.parser import EJUSTICE_HEADINGS

    if countries == ["NO"]:
        return norway[0] if norway else ""
    return dict(EJUSTICE_HEADINGS).get(section, "")


class ChatSession:
    """The state of one conversation. Create through ``Assistant.new_session()``."""

    def __init__(self, session_id: str | None = None) -> None:
        self.id = session_id or uuid.uuid4().hex
        self.history: list[Turn] = []
        self.countries: list[str] = []          # countries in focus
        self.topic: str | None = None
        self.topic_sections: list[str] = []
        self.norway_sections: list[str] = []
        self.language: str | None = None
        self.last_question: str | None = None   # the last answered question (resolved)
        self.last_facts: list[Fact] = []
        self.last_call: RuleCall | None = None  # the last calculator call, for amount/date re-runs
        self.router_state: Any = None           # the rules router's own memory (opaque here)
        self.pending: Pending | None = None

    # ----------------------------------------------------------------------------------- planning
    def plan(self, text: str, u: Understanding, country: str | None = None) -> TurnPlan:
        n_words = len(re.findall(r"\w+", text))
        short = n_words <= _SHORT_TURN_WORDS
        language = self._turn_language(u, n_words)
        covered = [country.upper()] if country else list(u.covered)
        question, topic, sections = text, u.topic, list(u.topic_sections)
        norway = list(u.norway_sections)
        followup = None

        if u.gibberish:
            # not words of any of our languages ("kjhsdf udlæg sdfkj"): say so instead of asking for a
            # country or answering from the one real token; the reply keeps the conversation's language
            # when the text gives none
            lang = u.language if u.language_known else (self.language or "da")
            return TurnPlan("not_understood", text, lang)
        if u.other_language:
            # "Wie lange dauert die Pfändung?": say which languages we answer in (in all four, since the
            # asker may read none of them best) rather than answering from the cognates we recognise
            return TurnPlan("other_language", text, self.language or "en")
        restates = bool(self.pending and covered and sections and "?" not in text
                        and set(sections) <= set(self.pending.topic_sections))
        if self.pending and covered and (not sections or short or restates):
            # the answer to "which country?": complete the pending question with it
            p = self.pending
            question, topic, sections, language = p.question, p.topic, list(p.topic_sections), p.language
            norway = list(p.norway_sections)
            followup = "clarification_answer"
            if restates:
                # "Jeg bor i Grækenland og får min pension derfra." after "Kan fogeden gøre udlæg i min pension?" and
                # the ask-back: a statement (no question of its own) that names the country and only restates the
                # pending question's subject (its topic cues are among the pending question's) answers the
                # ask-back; its own words stay in the query. Asked on its own it was a new, topicless question
                # and got a weak-evidence decline (dev q-1647 t1)
                question = f"{p.question} {text}"
        if (u.out_of_scope and followup is None and not covered and self.last_question and self.countries
                and ((opens_with_condition(text) and health_circumstance(text))
                     or (names_new_object(text, n_words) and ordinary_object(text)))):
            # "What if I don't have a doctor's certificate?", "Og hvis jeg er syg?" after an enforcement question:
            # the debtor's health is a condition of that question (pages protect the ill and the pregnant from
            # eviction, exempt medical aids), not a medical question of its own. Only as a condition on the
            # question in focus: asked on its own, it stays out of scope.
            # Likewise a short elliptical follow-up whose only out-of-scope signal is an ordinary category term
            # ("Og min arv?", "And my inheritance?", "Hva med dødsboet?" after "Kan fogeden tage udlæg i min bil?")
            # names a new object of the question in focus (pages list "andele af en afdød persons bo" among the
            # assets), not a succession question; a full question ("Hvordan fordeles arven mellem arvingerne?") or
            # an override term (a prison sentence) stays declined.
            question, sections, norway, topic, covered, followup = self._build_on_last(text, sections, norway)
        if u.out_of_scope and followup is None:
            return TurnPlan("out_of_scope", text, language, topic=topic)
        if u.everyday_time and followup is None and not self.last_question and not self.pending:
            # a new time question about an everyday thing ("Hvor lenge skal en torskefilet ligge i ovnen på 200
            # grader?", D23 q-2744): its only enforcement cue is the "how long" frame (see understanding), so it is
            # off-topic, not a question to ask a country for. Only a new conversation's question: a follow-up builds
            # on the question in focus
            return TurnPlan("out_of_scope", text, language, countries=covered)
        if u.uncovered and not covered:
            return TurnPlan("uncovered", text, language, uncovered=list(u.uncovered))

        rerun = False
        if (u.amount is not None or u.on_date is not None or u.year_less_date) and not sections \
                and self.last_question:
            # "what if the amount is 2,000 EUR?": same country/topic, re-run the last rule call
            question, topic, sections = self.last_question, self.topic, list(self.topic_sections)
            if opens_with_condition(text) and condition_words(text):
                # "Og hvis de 400 EUR er underholdsbidrag?": besides the amount the condition names what the
                # claim is; those words stay in the query ("Og hvis gjelden er på 2 000 EUR?" only changes the
                # amount: the last question alone, as before)
                question = f"{self.last_question} {text}"
            norway = list(self.norway_sections)
            rerun, followup = self.last_call is not None, "amount_or_date_change"
        if (followup is None and not sections and not u.domain_signal and n_words >= 3
                and not continues(text) and (covered or not self.last_question)
                and not (covered and self.last_question and bare_country_turn(text, u))):
            # a new question with nothing about enforcement in it ("Hvordan bager man rugbrød i Sverige?")
            return TurnPlan("out_of_scope", text, language, countries=covered)
        elliptical = short or is_ellipsis(text, n_words)
        if (not covered and sections and u.topic_weak and elliptical and self.last_question and self.countries
                and followup is None and continues(text)):
            # "Og selve dommen?" after "Hvor længe holder udlæg …?": a weak topic word in a short
            # follow-up names a new object of the same question, not a new topic (see below)
            sections, topic, norway = [], None, []
        if (not covered and sections and followup is None and self.last_question and self.countries
                and opens_with_condition(text) and not asks_after_condition(text)):
            # "Og hvis det er et hus, der skal på tvangsauktion?" after "Hvem tager sig af
            # tvangsfuldbyrdelse?": the same question under a condition; the condition's own topic
            # ("hus" → assets) only follows the question's. Not when the condition is followed by a question of
            # its own ("Och om han ändå tar saker han inte får ta – hur klagar jag?"): a topic switch
            question, sections, norway, topic, covered, followup = self._build_on_last(text, sections, norway)
        if (not covered and followup is None and self.last_question and self.countries
                and points_back(text, n_words) and (not sections or u.topic_weak)):
            # "Can it be extended?" after "What is the deadline to appeal …?": "it" is the deadline just
            # answered, not whatever topic "extend" alone suggests (how long measures last): the same
            # question, with the new aspect, and the previous topic's sections first. A strong topic of
            # its own ("Can it be appealed?" → appeals) is a topic switch, handled below.
            # When the last question had several topics and the turn's own weak topic is one of them ("Can it be
            # extended?" → duration, after "How long does an arrest on movable goods last?" → assets, duration), the
            # pronoun points at that aspect of the last answer: its sections lead
            aspect = [s for s in sections if s in self.topic_sections]
            question, sections, norway, topic, covered, followup = self._build_on_last(text, sections, norway)
            if aspect and len(aspect) == len(u.topic_sections) and aspect[0] != sections[0]:
                sections = list(dict.fromkeys([*aspect, *sections]))
                topic = aspect[0]
        if (not covered and followup is None and self.last_question and self.countries
                and anchored_in_last(text, n_words)):
            # "And what's the latest the bailiff can carry out the seizure after that?" after "How long must the
            # precetto give him?": "after that" places the question in the procedure just answered, so it is that
            # question's topic with the new aspect, even when the turn's own nouns cue a strong topic of their own
            # ("seizure" → assets, which dropped the precetto and its 90-day deadline)
            question, sections, norway, topic, covered, followup = self._build_on_last(text, sections, norway)
        if not covered:
            if not self.countries:
                if not u.domain_signal:  # "hei", "???": nothing to ask a country for
                    return TurnPlan("out_of_scope", text, language)
                self.pending = Pending(text, topic, sections, norway, language)
                return TurnPlan("clarify", text, language, topic=topic, topic_sections=sections)
            covered = list(self.countries)
            followup = followup or ("topic_switch" if sections else "same_country")
        elif self.last_question and followup is None and (not sections or u.topic_weak) \
                and (opens_with_condition(text) or country_then_condition(text, u)) and not only_relocates(text, u):
            # "Og hvis dommen er fra Nederlandene?", "Och om den lettiska domen gäller betalning i delbetalningar?",
            # "And if the bailiff comes to my home in Cyprus?": a condition that names a country (a new one or the
            # one in focus) asks the last question again there under that condition. The nouns of the condition
            # ("dommen", "fogeden") are only weak topic cues and do not make it a new question; a strong topic of
            # its own ("Og hvis jeg vil klage i Sverige?") still does. The condition's words stay in the query.
            # The condition may also follow the country ("Og i Finland, hvis flere kreditorer har bedt om utlegg?",
            # country_then_condition): read as a plain country switch, the condition was dropped from the query.
            question, topic = f"{self.last_question} {text}", self.topic
            sections = list(dict.fromkeys([*self.topic_sections, *sections]))
            norway = list(dict.fromkeys([*self.norway_sections, *norway]))
            followup = "condition"
        elif self.last_question and followup is None and (
                (not sections and continues(text))
                or ((not sections or u.topic_weak) and bare_country_turn(text, u))):
            # (a frame word may itself be a weak topic cue: "Gælder det samme i Norge?" is no duration question)
            # "Og i Sverige?": new country, same topic and question
            question, topic, sections = self.last_question, self.topic, list(self.topic_sections)
            norway = list(self.norway_sections)
            followup = "country_switch"
        if followup == "topic_switch" and sections and not (u.topic_weak and len(sections) > 1):
            # "Kan den forlænges?" says nothing about what "den" is: the topic's own heading (which every
            # chunk carries) gives retrieval the context the pronoun points to. Not when the topic is only
            # weakly cued and a second section is cued too ("Stopper klagen så fuldbyrdelsen imens?": "stopper"
            # → duration, "klagen" → appeals): one guessed heading would pull the query toward that section
            question = f"{text} {_heading(sections[0], norway, covered)}".strip()
        if not sections and followup in ("same_country",) and self.last_question:
            question, topic, sections = f"{self.last_question} {text}", self.topic, list(self.topic_sections)
            norway = list(self.norway_sections)
        return TurnPlan("answer", question, language, countries=covered, uncovered=list(u.uncovered),
                        topic=topic, topic_sections=sections, norway_sections=norway, rerun=rerun,
                        last_call=self.last_call, router_state=self.router_state, turn_text=text,
                        amount=u.amount, on_date=u.on_date, followup=followup)

    def _turn_language(self, u: Understanding, n_words: int) -> str:
        """The language to answer this turn in. "Sverige" alone says nothing about the asker's language: keep the
        conversation's. Nor does a short turn that is not clearly in another of our languages: "Og min arv?" in a
        Danish conversation votes Swedish by one point ("min" is also Swedish) but is Danish or Norwegian; a
        short turn keeps the conversation's language unless another language leads it by a strong word's
        weight ("Och mitt arv?", "And my inheritance?", "Hva med dødsboet?" do switch)."""
        if not self.language:
            return u.language
        if n_words <= 2:
            return self.language
        scores = u.language_scores
        if (n_words <= _SHORT_LANGUAGE_WORDS and scores and self.language in scores
                and max(scores.values()) - scores[self.language] < _CLEAR_LANGUAGE_LEAD):
            return self.language
        return u.language

    def _build_on_last(self, text: str, sections: list[str], norway: list[str]):
        """The last question with this turn added, the last topic's sections first: a condition
        ("Og hvis det er et hus?") or a pronoun ("Kan den forlænges?") on the thing just answered."""
        return (f"{self.last_question} {text}", list(dict.fromkeys([*self.topic_sections, *sections])),
                list(dict.fromkeys([*self.norway_sections, *norway])), self.topic, list(self.countries),
                "condition")

    # ----------------------------------------------------------------------------------- updating
    def record(self, text: str, plan: TurnPlan, reply: Reply, calls: list[RuleCall] | None = None,
               router_state: Any = None) -> None:
        """Remember the turn; only answered turns move the focus (an abstention changes nothing)."""
        self.history.append(Turn(text, reply))
        del self.history[:-_MAX_HISTORY]
        if plan.kind == "clarify":
            return
        if plan.followup == "clarification_answer":
            self.pending = None  # answered (or abstained on): either way the question is consumed
        self.language = plan.language
        if plan.kind == "answer" and reply.abstained and plan.countries and not self.countries:
            # a covered country named in a question the sources could not answer ("Naboen min i Østerrike …"):
            # the asker stays in that country, so a follow-up without one ("Kan han havne i fengsel?") is asked
            # there rather than asked back; the question itself is the focus it builds on
            self.countries = list(plan.countries)
            self.topic, self.topic_sections = plan.topic, list(plan.topic_sections)
            self.norway_sections = list(plan.norway_sections)
            self.last_question = plan.question
            return
        if plan.kind != "answer" or reply.abstained:
            return
        self.pending = None
        self.countries = list(plan.countries)
        self.topic, self.topic_sections = plan.topic, list(plan.topic_sections)
        self.norway_sections = list(plan.norway_sections)
        self.last_question = plan.question
        self.last_facts = list(reply.facts)
        if calls:
            self.last_call = calls[-1]
        if router_state is not None:
            self.router_state = router_state

    def snapshot(self) -> dict:
        """The focus, for the support-staff view."""
        return {"session": self.id, "countries": self.countries, "topic": self.topic,
                "topic_sections": self.topic_sections, "language": self.language,
                "last_call": vars(self.last_call) if self.last_call else None,
                "pending": bool(self.pending), "turns": len(self.history)}
