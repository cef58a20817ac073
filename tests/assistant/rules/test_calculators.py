"""Calculators against hand-worked cases: month ends, leap days, working days, money rounding, bad input."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from assistant.pipeline.prompts import words
from assistant.rules import calculators as calc
from assistant.rules.calculators import RuleInputError
from assistant.rules.schema import Bracket, load_rules

pytestmark = pytest.mark.unit

# (start, amount, unit, expected end) — worked by hand with a calendar.
PERIODS = [
    ("2024-01-31", 1, "month", "2024-02-29"),   # month end clamps, leap year
    ("2023-01-31", 1, "month", "2023-02-28"),   # month end clamps, common year
    ("2024-03-31", 1, "month", "2024-04-30"),
    ("2024-01-30", 1, "month", "2024-02-29"),
    ("2024-08-31", 6, "month", "2025-02-28"),
    ("2024-12-15", 1, "month", "2025-01-15"),   # year rollover
    ("2024-11-30", 3, "month", "2025-02-28"),
    ("2024-02-29", 1, "year", "2025-02-28"),    # leap day + 1 year
    ("2024-02-29", 4, "year", "2028-02-29"),    # leap day + 4 years lands on a leap day
    ("2020-02-29", 10, "year", "2030-02-28"),
    ("2024-03-01", 15, "day", "2024-03-16"),
    ("2024-02-20", 10, "day", "2024-03-01"),    # across 29 Feb
    ("2023-02-20", 10, "day", "2023-03-02"),
    ("2024-12-25", 14, "day", "2025-01-08"),
    ("2024-03-01", 2, "week", "2024-03-15"),
    ("2024-03-01", 3, "week", "2024-03-22"),
    ("2024-03-01", 3, "working_day", "2024-03-06"),   # Fri → Mon, Tue, Wed
    ("2024-03-08", 1, "working_day", "2024-03-11"),   # Friday + 1 = Monday
    ("2024-03-09", 1, "working_day", "2024-03-11"),   # Saturday start: next working day is Monday
    ("2024-03-04", 5, "working_day", "2024-03-11"),   # Mon + 5 = next Mon
    ("2024-03-04", 10, "working_day", "2024-03-18"),
    ("2024-02-28", 3, "working_day", "2024-03-04"),   # Wed → Thu 29, Fri 1, Mon 4
    ("2024-03-06", 15, "working_day", "2024-03-27"),
]


@pytest.mark.parametrize("start,amount,unit,expected", PERIODS)
def test_add_period(start, amount, unit, expected):
    res = calc.add_period(start, amount, unit)
    assert res.end == date.fromisoformat(expected)
    # the convention is always stated: which case and its number (the wording is prompts.CALC's)
    assert res.convention.key == f"method_{unit}" and res.convention.values["n"] == amount


def test_working_day_convention_mentions_holidays():
    res = calc.add_period("2024-12-23", 3, "working_day")
    assert res.end == date(2024, 12, 26)  # holidays are not excluded: stated, not hidden
    assert "holiday" in words([res.convention], "en")


def test_weekend_end_is_noted_not_moved():
    res = calc.add_period("2024-03-01", 15, "day")  # ends Saturday 16 March
    assert res.end == date(2024, 3, 16) and res.end_weekday == "Saturday"
    assert [n.key for n in res.notes] == ["end_on_weekend"]
    assert "weekend" in words(res.notes, "en")


@pytest.mark.parametrize("start,amount,unit", [
    ("2023-02-29", 1, "day"),       # impossible date
    ("2024-13-01", 1, "day"),
    ("31/02/2024", 1, "day"),       # not ISO
    ("", 1, "day"),
    ("2024-01-01", 0, "day"),       # non-positive period
    ("2024-01-01", -3, "month"),
    ("2024-01-01", 101, "year"),    # absurd: more than 100 years
    ("2024-01-01", 1300, "month"),
    ("2024-01-01", 1, "fortnight"),  # unknown unit
    ("9999-12-01", 1, "month"),     # beyond the calendar
    ("9999-12-31", 1, "day"),
])
def test_add_period_rejects_bad_input(start, amount, unit):
    with pytest.raises(RuleInputError):
        calc.add_period(start, amount, unit)


ES = load_rules()["ES-garnishment-scale"].brackets


@pytest.mark.parametrize("pay,ref,expected", [
    ("900", "1000", "0.00"),          # below the minimum wage: nothing
    ("1000", "1000", "0.00"),
    ("1500", "1000", "150.00"),       # 30 % of 500
    ("2000", "1000", "300.00"),
    ("2500", "1000", "550.00"),       # 300 + 50 % of 500
    ("4000", "1000", "1400.00"),      # 0 + 300 + 500 + 600 (bands of 1000 at 0/30/50/60 %)
    ("1800", "1134", "199.80"),       # 30 % of 666
])
def test_spanish_bands(pay, ref, expected):
    assert calc.garnishment_brackets(pay, ref, ES).seizable == Decimal(expected)


def test_spanish_top_band():
    # 0 + 300 + 500 + 600 + 750 (band 5) + 90 % of 1000 above 5× = 3050
    res = calc.garnishment_brackets("6000", "1000", ES)
    assert res.seizable == Decimal("3050.00") and res.remaining == Decimal("2950.00")


def test_garnishment_share_and_protected_amount():
    assert calc.garnishment_share("3000", "1/3").seizable == Decimal("1000.00")
    assert calc.garnishment_share("1000", "1/3").seizable == Decimal("333.33")   # half-up to cents
    assert calc.garnishment_share("2000.01", "1/3").seizable == Decimal("666.67")
    # a protected amount limits the share
    assert calc.garnishment_share("1200", "1/3", protected_amount="1000").seizable == Decimal("200.00")
    assert calc.garnishment_share("900", "1/3", protected_amount="1000").seizable == Decimal("0.00")
    assert calc.garnishment_share("1000", Decimal("0.33")).seizable == Decimal("330.00")


def test_protected_amount_with_dependants():
    assert calc.protected_amount("654", "1", "1/3", 2) == Decimal("1090.00")  # 654 × 5/3
    assert calc.protected_amount("1000", "76/100") == Decimal("760.00")
    with pytest.raises(RuleInputError):
        calc.protected_amount("1000", "1", None, 2)   # the rule states no per-dependant increase
    with pytest.raises(RuleInputError):
        calc.protected_amount("1000", "1", "1/3", 51)


def test_fee_rate_min_max():
    assert calc.fee_rate("10000", "15").fee == Decimal("1500.00")
    assert calc.fee_rate("100", "15", minimum="700").fee == Decimal("700.00")
    assert calc.fee_rate("10000000", "15", maximum="210000").fee == Decimal("210000.00")
    assert calc.fee_rate("0.05", "15").fee == Decimal("0.01")      # 0.0075 rounds half-up
    assert calc.fee_rate("0.03", "15").fee == Decimal("0.00")      # 0.0045 rounds down
    with pytest.raises(RuleInputError):
        calc.fee_rate("100", "15", minimum="10", maximum="5")


GR = load_rules()["GR-fee-seizure"].brackets


@pytest.mark.parametrize("amount,expected", [
    ("590", "53.00"), ("100", "53.00"), ("591", "67.78"), ("6500", "215.50"), ("6501", "118.01"),
    ("40000", "422.00"),  # 53 + 400 capped at 422
])
def test_greek_fee_table(amount, expected):
    assert calc.fee_table(amount, GR, maximum="422").fee == Decimal(expected)


def test_open_band_missing_raises():
    with pytest.raises(RuleInputError):
        calc.fee_table("1000", (Bracket(upto=Decimal(500), fixed=Decimal(1)),))


@pytest.mark.parametrize("bad", ["-1", "1e13", "NaN", "abc", "Infinity"])
def test_money_inputs_bounded(bad):
    with pytest.raises(RuleInputError):
        calc.fee_rate(bad, "1")
    with pytest.raises(RuleInputError):
        calc.garnishment_share(bad, "1/3")


def test_garnishment_brackets_need_reference():
    with pytest.raises(RuleInputError):
        calc.garnishment_brackets("1000", None, ES)
    with pytest.raises(RuleInputError):
        calc.garnishment_brackets("1000", "0", ES)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2400, 12, 31)), st.integers(1, 1200))
def test_month_addition_properties(start, months):
    end = calc.add_months(start, months)
    assert end.day <= start.day
    assert (end.year - start.year) * 12 + end.month - start.month == months


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2400, 12, 31)), st.integers(1, 400))
def test_working_days_land_on_weekdays(start, n):
    end = calc.add_working_days(start, n)
    assert end.weekday() < 5 and end > start
    weekdays = sum(1 for i in range(1, (end - start).days + 1)
                   if date.fromordinal(start.toordinal() + i).weekday() < 5)
    assert weekdays == n


@given(st.decimals(min_value=0, max_value=10**9, places=2), st.decimals(min_value=1, max_value=10**6, places=2))
def test_brackets_never_exceed_pay(pay, ref):
    res = calc.garnishment_brackets(pay, ref, ES)
    assert Decimal(0) <= res.seizable <= res.net_pay
    assert res.seizable + res.remaining == res.net_pay
