"""How a rule's figure was worked out, in the reader's language: the calculators give the case and the
numbers (``Phrase``s), ``prompts.CALC`` words them in da/nb/sv/en, and the composer words a fact for the
reader even when the rules were asked in another language. Reviewer notes stay in the support view."""

from __future__ import annotations

import re
from string import Formatter

import pytest

from assistant.models import Phrase
from assistant.pipeline import Assistant
from assistant.pipeline import prompts as P
from assistant.pipeline.composer import compose
from assistant.pipeline.evidence import CountryEvidence
from assistant.pipeline.fakes import KeywordRetriever
from assistant.pipeline.rules_adapter import RealRulesRouter
from assistant.rules import calculators as calc
from assistant.rules.tools import compute_deadline, compute_fee, compute_garnishment, lookup_rule, reviewer_notes
from assistant.ui.render import debug_markdown

pytestmark = pytest.mark.unit

# Words of the English method texts that are no word of Danish, Norwegian or Swedish ("weekend" is Danish,
# "maximum" Swedish, "to" and "for" Danish: left out).
ENGLISH = frozenset("""the is and of not counted calendar period holiday holidays rounded seizable band capped
raised pay when ends day days week weeks month months year years source protected amount weekday working
event moved excluded""".split())
SCANDINAVIAN = ("da", "nb", "sv")
# one rule per unit of time, and one per money calculation
PERIOD_RULES = ["AT-appeal", "BE-register-notice", "BG-voluntary-compliance", "AT-retry-after-fruitless",
                "AT-limitation"]


def english_words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower())) & ENGLISH


def numbers(text: str) -> list[str]:
    return sorted(re.findall(r"\d+", text))


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}


def _sample(key: str) -> Phrase:
    values: dict[str, str | int] = {name: f"{i}7.50" for i, name in enumerate(sorted(_fields(P.CALC[key]["en"])))}
    if key in P.CALC_NOUN:
        values = {"n": 3, **({"days": 21} if "days" in values else {})}
    return Phrase(key=key, values=values)


@pytest.mark.parametrize("key", sorted(P.CALC))
def test_every_template_has_four_languages_with_the_same_numbers(key):
    assert set(P.CALC[key]) == {"da", "nb", "sv", "en"}
    assert len({frozenset(_fields(t)) for t in P.CALC[key].values()}) == 1  # same placeholders everywhere
    english = P.words([_sample(key)], "en")
    for lang in SCANDINAVIAN:
        worded = P.words([_sample(key)], lang)
        assert not english_words(worded), (lang, worded)
        assert numbers(worded) == numbers(english), (lang, worded)  # no language states another figure


def test_english_method_text_is_the_former_wording():
    res = calc.add_period("2024-03-01", 15, "day")  # ends on a Saturday
    assert P.words([res.convention, *res.notes], "en") == (
        "The day of the event is not counted; the period is 15 calendar day(s) and ends at the end of the last "
        "day. Weekends and public holidays are counted and the end is not moved off them (the source text "
        "states no roll-over rule). The computed end falls on a weekend; national law may extend it to the "
        "next working day, but the source text does not say so.")
    res = calc.add_period("2024-03-01", 3, "week")
    assert P.words([res.convention], "en") == (
        "The day of the event is not counted; 3 week(s) = 21 calendar days, ending on the same weekday as the "
        "event. The end is not moved off weekends or holidays (no rule in the text).")
    res = calc.garnishment_share("3000", "1/3")
    assert P.words([*res.steps, res.convention], "en") == (
        "1/3 × 3000 = 1000.00. Maximum seizable per pay period, rounded half-up to cents.")


def test_singular_and_plural_nouns():
    one, two = Phrase(key="method_day", values={"n": 1}), Phrase(key="method_day", values={"n": 2})
    assert "1 kalenderdag " in P.words([one], "da") and "2 kalenderdage " in P.words([two], "da")
    assert "1 calendar day(s)" in P.words([one], "en")


@pytest.mark.parametrize("rule_id", PERIOD_RULES)
@pytest.mark.parametrize("lang", SCANDINAVIAN)
def test_deadline_tool_words_the_method_in_the_asked_language(rule_id, lang):
    english = {f.name: f for f in compute_deadline(rule_id, "2024-01-31", "en")}
    facts = {f.name: f for f in compute_deadline(rule_id, "2024-01-31", lang)}
    assert facts[f"{rule_id}:end_date"].value == english[f"{rule_id}:end_date"].value  # numbers unchanged
    method = facts[f"{rule_id}:convention"]
    assert method.wording == english[f"{rule_id}:convention"].wording  # one structure, four wordings
    assert not english_words(method.value), method.value
    assert numbers(method.value) == numbers(english[f"{rule_id}:convention"].value)


@pytest.mark.parametrize("lang", SCANDINAVIAN)
def test_money_steps_are_worded_in_the_asked_language(lang):
    for facts in (compute_garnishment("HU-garnishment-wage", net_pay="300000", language=lang),
                  compute_garnishment("ES-garnishment-scale", net_pay="3000", minimum_wage="1134", language=lang),
                  compute_fee("DE-fee-table-b", amount="20000", language=lang),
                  compute_fee("PL-fee-enforcement", amount="1000", reference_wage="7000", language=lang),
                  compute_fee("PL-fee-enforcement", amount="2000000", reference_wage="7000", language=lang)):
        steps = next(f for f in facts if f.name.endswith(":steps"))
        assert not english_words(steps.value), steps.value
        assert numbers(steps.value) == numbers(P.words(steps.wording, "en"))


@pytest.mark.parametrize("lang", ["da", "nb", "sv"])
def test_composer_rewords_a_fact_computed_in_another_language(lang):
    facts = compute_deadline("BG-voluntary-compliance", "2024-03-01", "en")  # the rules read the question as English
    out = compose("?", lang, [CountryEvidence("BG", [], facts)], [], followups=False)
    method = next(f for f in out.facts if f.name.endswith(":convention"))
    assert method.value == P.words(method.wording, lang) and method.value in out.text
    assert "The day of the event" not in out.text


QUESTIONS = {
    "da": "Hvad er appelfristen i Tyskland, hvis afgørelsen er forkyndt 1. marts 2024?",
    "nb": "Hva er ankefristen i Tyskland hvis avgjørelsen ble forkynt 1. mars 2024?",
    "sv": "Vad är överklagandefristen i Tyskland om beslutet delgavs den 1 mars 2024?",
    "en": "What is the appeal deadline in Germany if the decision was served on 1 March 2024?",
}


@pytest.fixture
def real_rules(settings):
    return Assistant(settings, retriever=KeywordRetriever(), router=RealRulesRouter())


@pytest.mark.parametrize("lang", list(QUESTIONS))
def test_answer_with_a_date_calculation_explains_it_in_the_readers_language(real_rules, lang):
    r = real_rules.ask(real_rules.new_session(), QUESTIONS[lang])
    assert r.language == lang
    assert next(f for f in r.facts if f.name.endswith(":end_date")).value == "2024-03-15"
    method = next(f for f in r.facts if f.name.endswith(":convention"))
    line = next(x for x in r.text.splitlines() if method.value in x)
    if lang == "en":  # unchanged
        assert "The day of the event is not counted; 2 week(s) = 14 calendar days" in line
    else:
        assert not english_words(line.split(":", 1)[1]), line
        assert "14" in line and "2" in line


def test_reviewer_notes_are_in_the_support_view_only(real_rules):
    note = "corpus/garbled.toml"
    assert all(note not in str(f.value) and f.label != "note" for f in lookup_rule("PL-limitation", "en"))
    assert note in reviewer_notes(lookup_rule("PL-limitation", "en"))["PL-limitation"]
    r = real_rules.ask(real_rules.new_session(), "Hvad er forældelsesfristen i Polen?")
    assert any(f.name == "PL-limitation" for f in r.facts)
    assert note not in r.text and all(note not in str(f.value) for f in r.facts)
    assert note in r.debug["rule_notes"]["PL-limitation"]
    assert "PL-limitation" in debug_markdown(r) and note in debug_markdown(r)
