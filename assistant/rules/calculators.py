"""Pure calculators behind the rule tools: dates, garnishment and fees.

Every function validates its input with a pydantic model and raises ``RuleInputError`` (a
``ValueError``) with a readable message for impossible dates, negative or absurd amounts and missing
parameters. Money is ``Decimal`` rounded half-up to cents; shares are exact ``Fraction``s so "1/3" is
never 0.33. Every date result carries the counting convention used, because the source texts almost
never state one and a reader must see what was assumed. Conventions and steps are ``Phrase``s (which
case, which numbers), never sentences: their wording in the reader's language is in
``assistant.pipeline.prompts.CALC``.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.models import Phrase
from assistant.rules.schema import Bracket, to_fraction

MAX_AMOUNT = Decimal("1e12")  # no enforcement claim is larger; bigger input is a typo or an attack
MAX_YEARS = 100
CENT = Decimal("0.01")

TimeUnit = Literal["day", "working_day", "week", "month", "year"]
_MAX_PER_UNIT = {"day": 366 * MAX_YEARS, "working_day": 261 * MAX_YEARS, "week": 53 * MAX_YEARS,
                 "month": 12 * MAX_YEARS, "year": MAX_YEARS}


class RuleInputError(ValueError):
    """Invalid calculator input: the message is safe to show to the user."""


def _money(value: Decimal | Fraction) -> Decimal:
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _step(key: str, **values) -> Phrase:
    """One step of a money calculation; numbers are written exactly as ``str`` writes them ("1/3",
    "3000.00"), in every language. Steps after the first follow a "; "."""
    return Phrase(key=key, values={k: str(v) for k, v in values.items()}, sep="; ")


def _rounding(key: str) -> Phrase:
    """How a money result was rounded: a sentence of its own after the steps."""
    return Phrase(key=key, sep=". ")


def _build(model: type[BaseModel], **kwargs):
    """Validate kwargs into ``model``; pydantic errors become one readable RuleInputError."""
    try:
        return model(**kwargs)
    except ValidationError as exc:
        parts = []
        for err in exc.errors():
            loc = ".".join(str(p) for p in err["loc"]) or "input"
            parts.append(f"{loc}: {err['msg']}")
        raise RuleInputError("; ".join(parts)) from None


class _Money(BaseModel):
    model_config = ConfigDict(frozen=True)

    @staticmethod
    def check(v: Decimal | None, name: str) -> Decimal | None:
        if v is None:
            return v
        if not v.is_finite():
            raise ValueError(f"{name} must be a finite number")
        if v < 0:
            raise ValueError(f"{name} must not be negative")
        if v > MAX_AMOUNT:
            raise ValueError(f"{name} must be at most {MAX_AMOUNT:,.0f}")
        return v


# --------------------------------------------------------------------------- dates

class PeriodInput(BaseModel):
    model_config = ConfigDict(frozen=True)
    start: date = Field(description="The day of the triggering event (service, judgment, seizure …).")
    amount: int = Field(ge=1, description="How many units.")
    unit: TimeUnit


class DeadlineResult(BaseModel):
    model_config = ConfigDict(frozen=True)
    start: date
    amount: int
    unit: TimeUnit
    end: date
    end_weekday: str
    convention: Phrase
    notes: list[Phrase] = Field(default_factory=list)


def parse_iso_date(value: str | date) -> date:
    """'2024-02-30' → RuleInputError (not a silent clamp)."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        raise RuleInputError(f"not a valid calendar date (YYYY-MM-DD): {value!r}") from None


def add_months(start: date, months: int) -> date:
    """Same day-of-month, clamped to the last day: 31 Jan + 1 month = 28/29 Feb."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    if year > date.max.year:
        raise RuleInputError("the resulting date is beyond the year 9999")
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def add_working_days(start: date, days: int) -> date:
    """Count Monday–Friday only; the start day itself is not counted."""
    current, left = start, days
    if current.weekday() >= 5:
        # From a weekend day the next working day is Monday, exactly as from the Friday before; anchor
        # there so the whole-week shortcut below lands on a weekday.
        current -= timedelta(days=current.weekday() - 4)
    full_weeks, left = divmod(left, 5)
    current += timedelta(weeks=full_weeks)
    while left:
        current += timedelta(days=1)
        if current.weekday() < 5:
            left -= 1
    return current


def add_period(start: date | str, amount: int, unit: str) -> DeadlineResult:
    """Deadline / expiry date: ``start`` + ``amount`` ``unit``s under the stated convention."""
    start = parse_iso_date(start)
    inp: PeriodInput = _build(PeriodInput, start=start, amount=amount, unit=unit)
    if inp.amount > _MAX_PER_UNIT[inp.unit]:
        raise RuleInputError(f"period too long: {inp.amount} {inp.unit}(s) exceeds {MAX_YEARS} years")
    try:
        if inp.unit == "day":
            end = inp.start + timedelta(days=inp.amount)
        elif inp.unit == "working_day":
            end = add_working_days(inp.start, inp.amount)
        elif inp.unit == "week":
            end = inp.start + timedelta(weeks=inp.amount)
        elif inp.unit == "month":
            end = add_months(inp.start, inp.amount)
        else:
            end = add_months(inp.start, 12 * inp.amount)
    except OverflowError:
        raise RuleInputError("the resulting date is beyond the year 9999") from None
    notes = []
    if inp.unit != "working_day" and end.weekday() >= 5:
        notes.append(Phrase(key="end_on_weekend"))
    values: dict[str, str | int] = {"n": inp.amount}
    if inp.unit == "week":
        values["days"] = 7 * inp.amount
    convention = Phrase(key=f"method_{inp.unit}", values=values)
    return DeadlineResult(start=inp.start, amount=inp.amount, unit=inp.unit, end=end,
                          end_weekday=calendar.day_name[end.weekday()], convention=convention, notes=notes)


# --------------------------------------------------------------------------- garnishment

class GarnishmentInput(_Money):
    net_pay: Decimal = Field(description="Monthly net pay (after tax and contributions).")
    protected_amount: Decimal | None = Field(None, description="Amount that must be left to the debtor.")
    reference: Decimal | None = Field(None, description="Reference amount, e.g. the monthly minimum wage.")

    @field_validator("net_pay", "protected_amount", "reference")
    @classmethod
    def _ok(cls, v, info):
        return cls.check(v, info.field_name)


class GarnishmentResult(BaseModel):
    model_config = ConfigDict(frozen=True)
    net_pay: Decimal
    seizable: Decimal
    remaining: Decimal
    steps: list[Phrase]
    convention: Phrase


def garnishment_share(net_pay, share: Fraction | str, protected_amount=None) -> GarnishmentResult:
    """At most ``share`` of net pay, and never so much that less than ``protected_amount`` remains."""
    inp: GarnishmentInput = _build(GarnishmentInput, net_pay=net_pay, protected_amount=protected_amount)
    share = to_fraction(share)
    if not 0 <= share <= 1:
        raise RuleInputError("share must be between 0 and 1")
    cap = Fraction(inp.net_pay) * share
    steps = [_step("times", factor=share, amount=inp.net_pay, result=_money(cap))]
    if inp.protected_amount is not None:
        room = max(Fraction(0), Fraction(inp.net_pay) - Fraction(inp.protected_amount))
        steps.append(_step("pay_minus_protected", result=_money(room)))
        cap = min(cap, room)
    seizable = _money(cap)
    return GarnishmentResult(net_pay=_money(inp.net_pay), seizable=seizable,
                             remaining=_money(inp.net_pay) - seizable, steps=steps,
                             convention=_rounding("rounded_per_pay_period"))


def garnishment_brackets(net_pay, reference, brackets: tuple[Bracket, ...]) -> GarnishmentResult:
    """Progressive bands expressed as multiples of ``reference`` (e.g. the minimum wage): each band's
    rate applies only to the part of pay inside that band."""
    inp: GarnishmentInput = _build(GarnishmentInput, net_pay=net_pay, reference=reference)
    if inp.reference is None or inp.reference <= 0:
        raise RuleInputError("reference (e.g. the monthly minimum wage) is required and must be positive")
    pay, ref = Fraction(inp.net_pay), Fraction(inp.reference)
    lower, total, steps = Fraction(0), Fraction(0), []
    for band in brackets:
        upper = ref * to_fraction(band.upto_multiple) if band.upto_multiple is not None else None
        top = pay if upper is None else min(pay, upper)
        if top > lower:
            rate = Fraction(band.rate or 0) / 100
            part = (top - lower) * rate
            total += part
            steps.append(_step("pay_band", lower=_money(lower), upper=_money(top), rate=band.rate,
                               result=_money(part)))
        if upper is None or pay <= upper:
            break
        lower = upper
    seizable = _money(total)
    return GarnishmentResult(net_pay=_money(inp.net_pay), seizable=seizable,
                             remaining=_money(inp.net_pay) - seizable, steps=steps,
                             convention=_rounding("rounded_per_band"))


def protected_amount(reference, base_multiple: str = "1", per_dependant: str | None = None,
                     dependants: int = 0) -> Decimal:
    """reference × (base + dependants × per_dependant), e.g. minimum wage × (1 + n/3)."""
    inp: GarnishmentInput = _build(GarnishmentInput, net_pay=Decimal(0), reference=reference)
    if inp.reference is None:
        raise RuleInputError("reference (e.g. the monthly minimum wage) is required")
    if not 0 <= dependants <= 50:
        raise RuleInputError("dependants must be between 0 and 50")
    if dependants and per_dependant is None:
        raise RuleInputError("the rule states no increase per dependant")
    factor = to_fraction(base_multiple) + dependants * (to_fraction(per_dependant) if per_dependant else 0)
    return _money(Fraction(inp.reference) * factor)


# --------------------------------------------------------------------------- fees

class FeeInput(_Money):
    amount: Decimal = Field(description="Claim or recovered value the fee is based on.")
    minimum: Decimal | None = None
    maximum: Decimal | None = None

    @field_validator("amount", "minimum", "maximum")
    @classmethod
    def _ok(cls, v, info):
        return cls.check(v, info.field_name)


class FeeResult(BaseModel):
    model_config = ConfigDict(frozen=True)
    amount: Decimal
    fee: Decimal
    steps: list[Phrase]
    convention: Phrase = Field(default_factory=lambda: _rounding("rounded"))


def fee_rate(amount, rate_percent: Decimal | float | str, minimum=None, maximum=None) -> FeeResult:
    """A percentage of ``amount``, raised to ``minimum`` and capped at ``maximum`` when given."""
    inp: FeeInput = _build(FeeInput, amount=amount, minimum=minimum, maximum=maximum)
    if inp.minimum is not None and inp.maximum is not None and inp.minimum > inp.maximum:
        raise RuleInputError("minimum fee is larger than the maximum")
    raw = Fraction(inp.amount) * to_fraction(rate_percent) / 100
    steps = [_step("percent_of", rate=rate_percent, amount=inp.amount, result=_money(raw))]
    fee = raw
    if inp.minimum is not None and fee < inp.minimum:
        fee = Fraction(inp.minimum)
        steps.append(_step("raised_to_minimum", result=_money(fee)))
    if inp.maximum is not None and fee > inp.maximum:
        fee = Fraction(inp.maximum)
        steps.append(_step("capped_at_maximum", result=_money(fee)))
    return FeeResult(amount=_money(inp.amount), fee=_money(fee), steps=steps)


def fee_table(amount, brackets: tuple[Bracket, ...], maximum=None) -> FeeResult:
    """The first band whose ``upto`` covers ``amount``: fixed + rate % of the whole amount, capped."""
    inp: FeeInput = _build(FeeInput, amount=amount, maximum=maximum)
    for band in brackets:
        if band.upto is None or inp.amount <= band.upto:
            fee = Fraction(band.fixed or 0) + Fraction(inp.amount) * Fraction(band.rate or 0) / 100
            terms = {"fixed": band.fixed or 0, "rate": band.rate or 0, "amount": inp.amount, "result": _money(fee)}
            steps = [_step("fee_band", upto=band.upto, **terms) if band.upto is not None
                     else _step("fee_band_open", **terms)]
            if inp.maximum is not None and fee > inp.maximum:
                fee = Fraction(inp.maximum)
                steps.append(_step("capped_at_maximum", result=_money(fee)))
            return FeeResult(amount=_money(inp.amount), fee=_money(fee), steps=steps)
    raise RuleInputError("amount is above every band of the table")


def factor_table(amount, brackets: tuple[Bracket, ...], unit: str) -> FeeResult:
    """The factor (``fixed``) of the first band whose ``upto`` covers ``amount``: a fee the text sets only as
    "this fixed amount is multiplied by 0.5, 1 or 2 by the claim's size" (the fixed amount itself is not
    stated), so the band's factor is the answer, never a money sum. ``unit`` is the bands' currency."""
    inp: FeeInput = _build(FeeInput, amount=amount)
    lower = None
    for band in brackets:
        if band.upto is None or inp.amount <= band.upto:
            factor = band.fixed if band.fixed is not None else Decimal(1)
            terms = {"amount": f"{inp.amount} {unit}", "result": factor.normalize()}
            step = (_step("factor_band", upto=f"{band.upto} {unit}", **terms) if band.upto is not None
                    else _step("factor_band_open", lower=f"{lower} {unit}", **terms))
            return FeeResult(amount=_money(inp.amount), fee=factor, steps=[step])
        lower = band.upto
    raise RuleInputError("amount is above every band of the table")


# --------------------------------------------------------------------------- shares and totals

def share_of_amount(amount, share: Fraction | str) -> FeeResult:
    """``share`` (an exact fraction: 30 % = 3/10) of a stated ``amount``, e.g. a cap on interest and
    costs "30 % of the principal"; rounded half-up to cents."""
    inp: FeeInput = _build(FeeInput, amount=amount)
    share = to_fraction(share)
    if not 0 <= share <= 1:
        raise RuleInputError("share must be between 0 and 1")
    value = _money(Fraction(inp.amount) * share)
    return FeeResult(amount=_money(inp.amount), fee=value,
                     steps=[_step("times", factor=share, amount=inp.amount, result=value)])


def reduced_amount(amount, share: Fraction | str, rate_percent: Decimal | None = None) -> FeeResult:
    """A stated ``amount`` reduced by ``share`` ("reduceres med 50 %": 300 → 150); rounded half-up to cents."""
    inp: FeeInput = _build(FeeInput, amount=amount)
    share = to_fraction(share)
    if not 0 <= share <= 1:
        raise RuleInputError("share must be between 0 and 1")
    cut = _money(Fraction(inp.amount) * share)
    value = _money(inp.amount) - cut
    return FeeResult(amount=_money(inp.amount), fee=value,
                     steps=[_step("percent_of", rate=rate_percent, amount=inp.amount, result=cut) if rate_percent
                            is not None else _step("times", factor=share, amount=inp.amount, result=cut),
                            _step("reduced_by", amount=_money(inp.amount), cut=cut, result=value)])


MAX_HOURS = 24 * 31  # an official act lasting longer than a month of days is a typo


def time_surcharge(base, hours, per_hour, after_hours) -> FeeResult:
    """A fixed fee plus ``per_hour`` for every further *started* hour once the act lasted longer than
    ``after_hours`` ("20 EUR for hver yderligere påbegyndt time, hvis … længere end tre timer"): 5 hours after
    3 → 2 started hours; 3 hours exactly → none."""
    inp: FeeInput = _build(FeeInput, amount=base)
    try:
        hours, per_hour, after = to_fraction(hours), to_fraction(per_hour), to_fraction(after_hours)
    except (ValueError, ZeroDivisionError, TypeError):
        raise RuleInputError(f"not a number of hours: {hours!r}") from None
    if not 0 < hours <= MAX_HOURS:
        raise RuleInputError(f"the duration must be more than 0 and at most {MAX_HOURS} hours")
    extra = max(0, -((after - hours) // 1))  # ceiling of the hours beyond the threshold
    surcharge = _money(per_hour * extra)
    total = _money(inp.amount) + surcharge
    steps = [_step("hours_beyond", hours=_num(hours), after=_num(after), extra=extra),
             _step("base_plus_hours", base=_money(inp.amount), extra=extra, per_hour=_money(per_hour), result=total)]
    return FeeResult(amount=_money(inp.amount), fee=total, steps=steps)


def _num(value: Fraction) -> str:
    """A number of hours as people write it: 5, 4.5."""
    return str(value.numerator) if value.denominator == 1 else str(_money(value)).rstrip("0").rstrip(".")


def sum_of_amounts(first, second) -> FeeResult:
    """Two amounts the text states for two acts of one case ("26 EUR for fogedens udlæg i skyldners løsøre", "52 EUR"
    for selling the goods), added: what the two acts cost together."""
    one: FeeInput = _build(FeeInput, amount=first)
    two: FeeInput = _build(FeeInput, amount=second)
    total = _money(one.amount + two.amount)
    return FeeResult(amount=_money(one.amount), fee=total,
                     steps=[_step("plus", first=_money(one.amount), second=_money(two.amount), result=total)])


def per_item_total(value, count: int, maximum=None, variant_value=None, variant_count: int = 0) -> FeeResult:
    """An amount the text states per item (per bank account, per instalment …) times the number of items,
    capped at ``maximum`` when the text caps the total ("må ikke overstige 33 EUR pr. sag"). ``variant_count`` of
    the items cost ``variant_value`` each instead ("30 EUR til hver og 60 EUR, hvis vidnet er en foged": two
    witnesses, one of them a bailiff = 30 + 60)."""
    inp: FeeInput = _build(FeeInput, amount=value, maximum=maximum)
    if not 1 <= count <= 100:
        raise RuleInputError("the number of items must be between 1 and 100")
    if variant_count:
        if variant_value is None:
            raise RuleInputError("the rule states no amount for the other kind of item")
        if not 0 < variant_count <= count:
            raise RuleInputError(f"{variant_count} of {count} items cannot be of the other kind")
        other: FeeInput = _build(FeeInput, amount=variant_value)
        plain = count - variant_count
        first, second = _money(inp.amount * plain), _money(other.amount * variant_count)
        total = first + second
        steps = [*([_step("times", factor=plain, amount=inp.amount, result=first)] if plain else []),
                 _step("times", factor=variant_count, amount=other.amount, result=second),
                 *([_step("plus", first=first, second=second, result=total)] if plain else [])]
    else:
        total = _money(inp.amount * count)
        steps = [_step("times", factor=count, amount=inp.amount, result=total)]
    if inp.maximum is not None and total > inp.maximum:
        total = _money(inp.maximum)
        steps.append(_step("capped_at_maximum", result=total))
    return FeeResult(amount=_money(inp.amount), fee=total, steps=steps)
