"""The rule data model and its loader.

Rules are reviewed data (``assistant/rules/data/<CC>.toml``), not code: a lawyer or support lead can
check one file per country against the source page. Pydantic validates every file on load so a typo in
a kind, unit or bracket fails loudly at start-up instead of producing a wrong number at answer time.
"""

from __future__ import annotations

import tomllib
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

DATA_DIR = Path(__file__).parent / "data"

Kind = Literal[
    "duration", "deadline", "waiting_period", "limitation_period", "percentage", "fee", "threshold",
    "exempt_amount", "bracket_table",
]
# Topics are the router's vocabulary: one question intent maps to one topic.
Topic = Literal[
    "appeal", "limitation", "validity", "waiting", "voluntary", "processing", "sale", "garnishment",
    "exempt", "fee", "threshold", "other",
]
Calc = Literal["period", "garnishment_share", "garnishment_brackets", "protected_amount", "fee_rate", "fee_table",
               "share_of_amount", "reduce_by", "per_item", "time_surcharge"]
Flag = Literal["ambiguous", "inconsistent", "garbled", "outdated"]

TIME_UNITS = ("day", "working_day", "week", "month", "year")
# Hours are a period too ("højst 48 timer"), but without a time of day no end date can be computed from them.
HOUR_UNITS = ("hour",)
PERIOD_KINDS = ("duration", "deadline", "waiting_period", "limitation_period")


def to_fraction(value: str | int | float | Decimal) -> Fraction:
    """'1/3', '2.5', 76 → exact Fraction; floats go through str() so 0.5 stays 0.5."""
    if isinstance(value, float):
        value = str(value)
    return Fraction(value) if not isinstance(value, Decimal) else Fraction(value)


class Labels(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    da: str
    nb: str
    sv: str
    en: str


class Bracket(BaseModel):
    """One band of a table. ``upto`` (absolute) or ``upto_multiple`` (of a reference such as the
    minimum wage) is the band's upper bound; the last band has neither (open-ended)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    upto: Decimal | None = None
    upto_multiple: str | None = None
    fixed: Decimal | None = None
    rate: Decimal | None = Field(None, description="Percent.")

    @field_validator("upto_multiple")
    @classmethod
    def _fraction(cls, v: str | None) -> str | None:
        if v is not None:
            to_fraction(v)
        return v


class Rule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[A-Z]{2}-[a-z0-9-]+$")
    country: str = Field(pattern=r"^[A-Z]{2}$")
    section: str = Field(pattern=r"^[1-6](\.[1-3])?$")
    kind: Kind
    topic: Topic
    value: int | float | str = Field(description="Number, or an exact fraction such as '1/3' (unit 'fraction').")
    value_max: int | float | None = Field(None, description="Upper end when the text states a range.")
    unit: str
    calc: Calc | None = None
    params: dict[str, str] = Field(default_factory=dict)
    brackets: tuple[Bracket, ...] = ()
    conditions: str
    labels: Labels
    quote: str = Field(min_length=8)
    extra_quotes: tuple[str, ...] = ()
    flags: tuple[Flag, ...] = ()
    note: str = ""
    keywords: tuple[str, ...] = ()
    excludes: tuple[str, ...] = Field(
        (), description="Word starts which, named in the question, mean the rule does not answer it: Sweden's "
                        "3-week appeal of an attachment is for 'andre aktiver end løn'; for wages the page "
                        "states that there is no time limit.")
    primary: bool = False

    @field_validator("value")
    @classmethod
    def _value(cls, v: int | float | str) -> int | float | str:
        if isinstance(v, str):
            to_fraction(v)  # raises on anything that is not an exact number
        return v

    @model_validator(mode="after")
    def _consistent(self) -> Rule:
        if self.id[:2] != self.country:
            raise ValueError(f"{self.id}: id prefix must be the country code {self.country}")
        if self.flags and not self.note:
            raise ValueError(f"{self.id}: a flagged rule needs a note saying why")
        if self.kind in PERIOD_KINDS and self.unit not in TIME_UNITS + HOUR_UNITS:
            raise ValueError(f"{self.id}: a {self.kind} needs a time unit {TIME_UNITS + HOUR_UNITS}, not {self.unit!r}")
        if self.calc in ("garnishment_brackets", "fee_table") and not self.brackets:
            raise ValueError(f"{self.id}: calc {self.calc} needs brackets")
        if self.calc == "fee_rate" and self.unit != "percent":
            raise ValueError(f"{self.id}: fee_rate needs unit 'percent'")
        if self.calc in ("share_of_amount", "reduce_by") and self.unit not in ("percent", "fraction"):
            raise ValueError(f"{self.id}: {self.calc} needs unit 'percent' or 'fraction'")
        if self.params.get("compute") == "with_contrast" and not self.params.get("contrast"):
            raise ValueError(f"{self.id}: compute = 'with_contrast' needs params.contrast (the rule it contradicts)")
        if self.calc == "time_surcharge" and not {"per_hour", "after_hours"} <= set(self.params):
            raise ValueError(f"{self.id}: time_surcharge needs params.per_hour and params.after_hours")
        if self.calc == "per_item" and not self.params.get("item"):
            raise ValueError(f"{self.id}: per_item needs params.item (what the amount is counted per)")
        if self.params.get("variant_rule") and self.calc != "per_item":
            raise ValueError(f"{self.id}: params.variant_rule prices some of a per_item total's items only")
        if self.params.get("cap_rule") and self.calc != "per_item":
            raise ValueError(f"{self.id}: params.cap_rule caps a per_item total only")
        return self

    @property
    def effective_calc(self) -> Calc | None:
        """Time-unit rules are computable as periods without saying so in the data. A threshold in time units
        is the age of an event ("truffet inden for de sidste tre måneder", "more than six years since the
        judgment"): counted from that event's date like any period, its end is the day the threshold is
        crossed ("Indtil hvilken dato …?")."""
        if self.calc:
            return self.calc
        if self.kind in (*PERIOD_KINDS, "threshold") and self.unit in TIME_UNITS:
            return "period"
        return None

    @property
    def number(self) -> Fraction:
        return to_fraction(self.value)

    def same_number(self, other: Rule) -> bool:
        """Whether two rules state the very same figure: value, upper end of a range and unit ("15 days" and
        "15–28 days" are different answers; 15 and 15.0 the same)."""
        def upper(r: Rule) -> Fraction | None:
            return None if r.value_max is None else to_fraction(r.value_max)
        return self.number == other.number and upper(self) == upper(other) and self.unit == other.unit

    def label(self, language: str = "da") -> str:
        return getattr(self.labels, language, self.labels.en)


class CountryRules(BaseModel):
    model_config = ConfigDict(extra="forbid")
    country: str
    rule: list[dict] = Field(default_factory=list)


class RuleDataError(ValueError):
    """A data file is malformed: raised at load time, never at answer time."""


def load_file(path: Path) -> list[Rule]:
    with path.open("rb") as fh:
        raw = tomllib.load(fh)
    doc = CountryRules(**raw)
    if doc.country != path.stem:
        raise RuleDataError(f"{path.name}: country {doc.country!r} does not match the file name")
    try:
        return [Rule(country=doc.country, **row) for row in doc.rule]
    except ValueError as exc:  # pydantic.ValidationError is a ValueError
        raise RuleDataError(f"{path.name}: {exc}") from exc


@lru_cache(maxsize=4)
def _load(data_dir: str) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for path in sorted(Path(data_dir).glob("*.toml")):
        rules.extend(load_file(path))
    ids = [r.id for r in rules]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise RuleDataError(f"duplicate rule ids: {dupes}")
    return tuple(rules)


def load_rules(data_dir: Path | None = None) -> dict[str, Rule]:
    """All rules keyed by id, in file order (validated; cached per directory)."""
    return {r.id: r for r in _load(str(data_dir or DATA_DIR))}


def rules_for(country: str, topic: str | None = None) -> list[Rule]:
    return [r for r in load_rules().values() if r.country == country and (topic is None or r.topic == topic)]
