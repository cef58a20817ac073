"""evals.abstention_stress: the country swap and the case selection (no assistant is run)."""

from __future__ import annotations

import json

import pytest

from evals import abstention_stress as st

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(
    ("question", "source", "target", "language", "expected"),
    [
        ("Kan fogeden i Sverige tage min bil?", "SE", "DK", "da", "Kan fogeden i Danmark tage min bil?"),
        ("Sveriges regler om udlæg?", "SE", "LT", "da", "Litauens regler om udlæg?"),
        ("Kan en svensk dom fuldbyrdes?", "SE", "CH", "da", "Kan en schweizisk dom fuldbyrdes?"),
        ("Gäller de svenska reglerna?", "SE", "IS", "sv", "Gäller de isländska reglerna?"),
        ("Kan namsmannen i Polen ta bilen?", "PL", "CH", "nb", "Kan namsmannen i Sveits ta bilen?"),
        ("Can a bailiff in the Netherlands take my car?", "NL", "GB", "en",
         "Can a bailiff in the United Kingdom take my car?"),
        ("Is a Swedish judgment enforceable?", "SE", "PT", "en", "Is a Portuguese judgment enforceable?"),
        ("Tyskland: hvor længe varer udlæg?", "DE", "US", "da", "USA: hvor længe varer udlæg?"),
    ],
)
def test_swap_replaces_every_form_of_the_country(question, source, target, language, expected) -> None:
    assert st.swap_country(question, source, target, language) == expected


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("Kan fogeden i Stockholm tage min bil?", "SE"),  # a city: no clean swap
        ("Kan en polak få udlæg i Polen?", "PL"),  # a nationality noun
        ("Hvad gør fogeden?", "SE"),  # the source is not named
    ],
)
def test_swap_refuses_what_it_cannot_swap_cleanly(question, source) -> None:
    assert st.swap_country(question, source, "DK", "da") is None


def test_local_term_and_danish_variants() -> None:
    assert st.drop_country("Kan fogeden i Sverige tage min bil?", "SE") == "Kan fogeden tage min bil?"
    assert st.local_term_variant("Kan fogeden i Sverige tage min bil?", "SE", "LT") == "Kan antstolis tage min bil?"
    assert st.drop_country("Kan en svensk foged tage min bil?", "SE") is None


def test_only_answerable_single_turn_dev_cases_outside_the_validation_range(tmp_path) -> None:
    def case(cid, split="dev", turns=1, abstain=False, countries=("SE",), language="da"):
        turn = {"question": "Kan fogeden i Sverige tage min bil?", "countries": list(countries),
                "abstain": abstain, "clarify": False}
        return {"id": cid, "kind": "factual", "language": language, "split": split, "turns": [turn] * turns}

    rows = [case("q-001"), case("q-002", split="test"), case("q-003", split="holdout"), case("q-004", turns=2),
            case("q-005", abstain=True), case("q-006", countries=("SE", "DE")), case("q-1800"),
            case("q-007", language="de")]
    path = tmp_path / "qa.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    cases = st.eligible_cases(path)
    assert [c["id"] for c in cases] == ["q-001"]
    items = st.build(cases)
    assert [(i.kind, i.target, i.question) for i in items] == [
        ("control", "", "Kan fogeden i Sverige tage min bil?"),
        ("swap", "DK", "Kan fogeden i Danmark tage min bil?"),
        ("local", "LT", "Kan antstolis tage min bil?"),
        ("danish", "", "Kan fogeden tage min bil?"),
    ]


def test_summary_counts_strict_recall_and_false_abstentions() -> None:
    swap = st.Stress("swap", "q-1", "da", "SE", "DK", "x")
    control = st.Stress("control", "q-1", "da", "SE", "", "y")
    summary = st.summarize([(swap, "clarify"), (swap, "uncovered"), (control, "abstain:out_of_scope"),
                            (control, "answered")])
    assert summary["swap"]["strict"] == {"n": 2, "ok": 1, "rate": 0.5}
    assert summary["control"]["false_abstention"] == {"n": 2, "ok": 1, "rate": 0.5}
    assert set(summary["failures"]) == {"swap:clarify", "control:abstain:out_of_scope"}
