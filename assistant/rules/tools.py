"""LangChain tools over the rules: every number the assistant states comes from one of these.

Each tool returns ``list[assistant.models.Fact]``; every Fact carries a ``Citation`` whose quote is the
rule's verbatim source text, plus the rule's flags, so the composer can show "where does this number
come from" exactly like a retrieved passage. Tools never invent a value: an unknown rule id, or a rule
that does not support the requested calculation, raises ``RuleInputError``.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Literal

from langchain_core.tools import StructuredTool
from pydantic import BaseModel, Field

from assistant import countries
from assistant.models import Citation, Fact, Phrase
from assistant.rules import calculators as calc
from assistant.rules.bands import band_facts
from assistant.rules.calculators import RuleInputError
from assistant.rules.schema import Rule, load_rules, to_fraction

Lang = Literal["da", "nb", "sv", "en"]

_DEFAULT_TITLES = {  # used only when the corpus cannot be parsed (e.g. a packaged install without it)
    "1": "Hvad forstås ved tvangsfuldbyrdelse i civil- og handelsretlige sager?",
    "2": "Hvilke(n) myndighed(er) har beføjelse til at foretage tvangsfuldbyrdelse?",
    "3": "Hvornår kan der træffes afgørelse om tvangsfuldbyrdelse?", "3.1": "Proceduren",
    "3.2": "De vigtigste betingelser", "4": "Genstanden for og karakteren af tvangsfuldbyrdelsesskridt",
    "4.1": "Hvilke former for aktiver kan gøres til genstand for sådanne skridt?",
    "4.2": "Hvad er retsvirkningen heraf?", "4.3": "Hvor længe kan disse skridt opretholdes?",
    "5": "Kan en afgørelse om tvangsfuldbyrdelse appelleres?",
    "6": "Findes der nogen begrænsninger for tvangsfuldbyrdelse, navnlig med hensyn til debitorbeskyttelse og tidsfrister?",
}

_RESULT_LABELS = {
    "end_date": {"da": "Fristen udløber", "nb": "Fristen utløper", "sv": "Fristen löper ut", "en": "The period ends"},
    "convention": {"da": "Beregningsmetode", "nb": "Beregningsmetode", "sv": "Beräkningsmetod", "en": "Counting convention"},
    "seizable": {"da": "Maksimalt beløb der kan tages udlæg i", "nb": "Maksimalt beløp det kan tas utlegg i",
                 "sv": "Högsta belopp som kan utmätas", "en": "Maximum amount that can be seized"},
    "remaining": {"da": "Beløb skyldner beholder", "nb": "Beløp skyldner beholder", "sv": "Belopp gäldenären behåller",
                  "en": "Amount left to the debtor"},
    "protected": {"da": "Beskyttet beløb", "nb": "Beskyttet beløp", "sv": "Skyddat belopp", "en": "Protected amount"},
    "fee": {"da": "Beregnet gebyr", "nb": "Beregnet gebyr", "sv": "Beräknad avgift", "en": "Computed fee"},
    "share": {"da": "Beregnet beløb", "nb": "Beregnet beløp", "sv": "Beräknat belopp", "en": "Computed amount"},
    "reduced": {"da": "Nedsat beløb", "nb": "Redusert beløp", "sv": "Nedsatt belopp", "en": "Reduced amount"},
    "total": {"da": "Beløb i alt", "nb": "Beløp i alt", "sv": "Belopp totalt", "en": "Total amount"},
    "steps": {"da": "Udregning", "nb": "Utregning", "sv": "Beräkning", "en": "Calculation"},
    # a time surcharge's own inputs (params.per_hour, params.after_hours), stated in the rule's quote
    "per_hour": {"da": "Tidstillæg pr. yderligere påbegyndt time", "nb": "Tidstillegg per ytterligere påbegynt time",
                 "sv": "Tidstillägg per ytterligare påbörjad timme", "en": "Surcharge per further started hour"},
    "after_hours": {"da": "Varighed uden tidstillæg", "nb": "Varighet uten tidstillegg",
                    "sv": "Varaktighet utan tidstillägg", "en": "Length without a surcharge"},
}


@lru_cache(maxsize=1)
def _sections() -> dict:
    try:
        from ingest.parser import parse_corpus
        return {s.key: s for s in parse_corpus()}
    except Exception:  # noqa: BLE001 — the tools must still answer from the reviewed data alone
        return {}


def get_rule(rule_id: str) -> Rule:
    rule = load_rules().get(rule_id)
    if rule is None:
        raise RuleInputError(f"unknown rule id: {rule_id!r}")
    return rule


def citation_for(rule: Rule, *, through_extra: bool = False) -> Citation:
    """``through_extra``: cite the passage from the quote to the end of its last extra quote when they
    stand apart in one section (a fee and, two sentences on, the surcharge a calculation adds to it), so
    that every figure of the worked result sits inside the cited text."""
    section = _sections().get(f"{rule.country}:{rule.section}")
    quote = rule.quote
    if rule.extra_quotes:
        # Table rows are consecutive source lines: cite them as one contiguous passage when they are.
        joined = "\n".join((rule.quote, *rule.extra_quotes))
        if section is not None and joined in section.text:
            quote = joined
        elif section is not None and through_extra and rule.quote in section.text:
            start = section.text.index(rule.quote)
            last = rule.extra_quotes[-1]
            end = section.text.find(last, start)
            if end >= 0 and "\n" not in section.text[start:end]:  # one paragraph, not a far-off line
                quote = section.text[start:end + len(last)]
    country = countries.get(rule.country)
    return Citation(
        country=rule.country, section=rule.section,
        title=section.title if section else _DEFAULT_TITLES.get(rule.section, rule.section),
        chunk_id=f"rule:{rule.id}", quote=quote, url=country.url or "",
        last_updated=section.last_updated if section else None,
    )


def _prompts():
    """Reader-facing wording lives with every other reader text in ``assistant.pipeline.prompts``;
    imported on first use so that importing the rules does not load the whole pipeline package."""
    from assistant.pipeline import prompts
    return prompts


def _value(rule: Rule) -> int | float | str:
    return rule.value


def rule_fact(rule: Rule, language: str = "da") -> Fact:
    label = rule.label(language)
    if rule.value_max is not None:
        label = f"{label} ({rule.value}–{rule.value_max} {_prompts().unit_word(rule.unit, 2, language)})"
    return Fact(name=rule.id, value=_value(rule), unit=rule.unit, label=label, citation=citation_for(rule),
                flags=list(rule.flags))


def _result_fact(rule: Rule, key: str, value, unit: str, language: str) -> Fact:
    if isinstance(value, Decimal):
        value = float(value) if value != value.to_integral() else int(value)
    return Fact(name=f"{rule.id}:{key}", value=value, unit=unit,
                label=f"{_RESULT_LABELS[key].get(language, _RESULT_LABELS[key]['en'])} – {rule.label(language)}",
                citation=citation_for(rule), flags=list(rule.flags))


def _text_fact(rule: Rule, key: str, parts: list[Phrase], language: str) -> Fact:
    """How a result was worked out: the calculator's parts, worded in ``language`` (the composer words
    them again in the reader's language, which is the one that counts)."""
    fact = _result_fact(rule, key, _prompts().words(parts, language), "text", language)
    return fact.model_copy(update={"wording": list(parts)})


def _steps(res) -> list[Phrase]:
    return [*res.steps, res.convention]


def computable(rule: Rule) -> bool:
    """Figures of a rule flagged garbled or inconsistent are stated, never computed with, unless a
    reviewer checked that the numbers themselves are sound and opted in (params.compute = "reviewed",
    with the reason in the note) — e.g. a clear period in a sentence whose *wording* is garbled."""
    if {"garbled", "inconsistent"} & set(rule.flags):
        return rule.params.get("compute") == "reviewed" or contrast_rule(rule) is not None
    return True


def contrast_rule(rule: Rule) -> Rule | None:
    """The rule an inconsistent rule contradicts (``params.contrast``), when a reviewer opted in to compute
    both readings (``params.compute = "with_contrast"``): the router states the other rule's result beside
    this one's, so a reader never gets one side of a contradiction alone."""
    if rule.params.get("compute") != "with_contrast":
        return None
    return load_rules().get(rule.params.get("contrast", ""))


def _require_calc(rule: Rule, *allowed: str) -> str:
    if not computable(rule):
        raise RuleInputError(f"rule {rule.id} is flagged {', '.join(rule.flags)}: its figures are stated, "
                             f"not computed with ({rule.note})")
    if rule.effective_calc not in allowed:
        raise RuleInputError(f"rule {rule.id} does not support this calculation (it is a {rule.kind} in {rule.unit})")
    if rule.value_max is not None:
        raise RuleInputError(f"rule {rule.id} states a range ({rule.value}–{rule.value_max}); no single result")
    return rule.effective_calc  # type: ignore[return-value]


# --------------------------------------------------------------------------- tool functions

def lookup_rule(rule_id: str, language: Lang = "da") -> list[Fact]:
    """The rule's stated value with its verbatim source quote."""
    # The rule's reviewer note is English prose for support staff (it cites corpus/garbled.toml and says
    # "Computed (reviewed)"); the reader gets the flag in their own words beside the figure instead, and
    # the note is in the support-staff view (``reviewer_notes``). A scale is stated band by band: its
    # headline value is only one band's rate.
    rule = get_rule(rule_id)
    return band_facts(rule, language, citation_for(rule)) or [rule_fact(rule, language)]


def reviewer_notes(facts: list[Fact]) -> dict[str, str]:
    """rule id → its reviewer note, for the rules behind ``facts`` (support-staff view only)."""
    rules = load_rules()
    out: dict[str, str] = {}
    for f in facts:
        rule = rules.get(f.name.split(":")[0])
        if rule is not None and rule.note:
            out[rule.id] = rule.note
    return out


def compute_deadline(rule_id: str, start_date: str, language: Lang = "da") -> list[Fact]:
    """End date of the rule's period counted from ``start_date`` (ISO), with the convention used."""
    rule = get_rule(rule_id)
    _require_calc(rule, "period")
    if isinstance(rule.value, str) or rule.value != int(rule.value):
        raise RuleInputError(f"rule {rule.id} has a non-integer period")
    start, moved = calc.parse_iso_date(start_date), []
    if rule.params.get("start") == "calendar_year_end":
        # the text runs the period "fra udgangen af det kalenderår, hvor fordringen forfalder" (EE recurring
        # obligations): counted from 31 December of the year the event falls in, not from the event itself
        fell_due, start = start, calc.date(start.year, 12, 31)
        moved = [Phrase(key="from_year_end", values={"event": fell_due.isoformat(), "start": start.isoformat()})]
    res = calc.add_period(start, int(rule.value), rule.unit)
    return [rule_fact(rule, language),
            _result_fact(rule, "end_date", res.end.isoformat(), "date", language),
            _text_fact(rule, "convention", [*moved, res.convention, *res.notes], language)]


_MONEY_UNITS = {"EUR", "RON", "HUF", "PLN", "CZK", "BGN", "HRK", "SEK", "DKK", "NOK", "kr"}


def _money_unit(rule: Rule, currency: str | None) -> str:
    """The user's currency when stated, else the rule's own currency unit, else a neutral 'currency'."""
    return currency or (rule.unit if rule.unit in _MONEY_UNITS else "currency")


def compute_garnishment(rule_id: str, net_pay: Decimal = Decimal(0), minimum_wage: Decimal | None = None,
                        protected_amount: Decimal | None = None, dependants: int = 0,
                        currency: str | None = None, language: Lang = "da") -> list[Fact]:
    """Seizable part of monthly net pay (or the protected amount) under the rule."""
    rule = get_rule(rule_id)
    unit = _money_unit(rule, currency)
    kind = _require_calc(rule, "garnishment_share", "garnishment_brackets", "protected_amount")
    # a scale's headline value is one band's rate ("30 %"): beside the computed amount it would read as
    # the share taken, so a scale states the computed result only
    scale = kind == "garnishment_brackets" and bool(band_facts(rule, language, citation_for(rule)))
    facts = [] if scale else [rule_fact(rule, language)]
    if kind == "protected_amount":
        if minimum_wage is None:
            raise RuleInputError("minimum_wage is required: the text states the protected amount relative to it")
        amount = calc.protected_amount(minimum_wage, rule.params.get("base_multiple", "1"),
                                       rule.params.get("per_dependant"), dependants)
        facts.append(_result_fact(rule, "protected", amount, unit, language))
        return facts
    if kind == "garnishment_share":
        share = rule.number / 100 if rule.unit == "percent" else rule.number
        res = calc.garnishment_share(net_pay, share, protected_amount)
    else:
        if minimum_wage is None:
            raise RuleInputError("minimum_wage is required: the bands are multiples of the minimum wage")
        res = calc.garnishment_brackets(net_pay, minimum_wage, rule.brackets)
    facts += [_result_fact(rule, "seizable", res.seizable, unit, language),
              _result_fact(rule, "remaining", res.remaining, unit, language),
              _text_fact(rule, "steps", _steps(res), language)]
    return facts


def compute_fee(rule_id: str, amount: Decimal, reference_wage: Decimal | None = None,
                currency: str | None = None, language: Lang = "da") -> list[Fact]:
    """Fee under a percentage or table rule for a claim/recovered ``amount``."""
    rule = get_rule(rule_id)
    kind = _require_calc(rule, "fee_rate", "fee_table")
    if kind == "fee_table":
        # A table's bands are in the table's own currency: an amount in another currency cannot be looked
        # up, and converting it would be a guess.
        if currency and rule.unit in _MONEY_UNITS and currency != rule.unit:
            raise RuleInputError(f"the {rule.id} table is in {rule.unit}; no conversion from {currency}")
        if rule.unit == "multiplier":
            # a table of factors, not of fees (FR: "ganges dette faste beløb med 0,5 … 1 … 2" by the claim): the
            # band's factor replaces the headline one, with the band that chose it; there is no money result
            band_unit = rule.params.get("currency", "EUR")
            if currency and currency != band_unit:
                raise RuleInputError(f"the {rule.id} bands are in {band_unit}; no conversion from {currency}")
            res = calc.factor_table(amount, rule.brackets, band_unit)
            factor = rule_fact(rule, language)
            value = float(res.fee) if res.fee != res.fee.to_integral() else int(res.fee)
            return [factor.model_copy(update={"value": value}), _text_fact(rule, "steps", res.steps, language)]
        res = calc.fee_table(amount, rule.brackets, rule.params.get("max"))
    else:
        minimum = maximum = None
        if "ref" in rule.params:
            if reference_wage is None:
                raise RuleInputError("reference_wage (the average monthly wage) is required: the text sets the "
                                     "minimum and maximum fee relative to it but does not state it")
            ref = Decimal(reference_wage)
            minimum = _frac_times(rule.params["min_ref"], ref)
            maximum = _frac_times(rule.params["max_ref"], ref)
        res = calc.fee_rate(amount, Decimal(str(rule.value)), minimum, maximum)
    unit = rule.unit if kind == "fee_table" and rule.unit in _MONEY_UNITS else _money_unit(rule, currency)
    return [rule_fact(rule, language), _result_fact(rule, "fee", res.fee, unit, language),
            _text_fact(rule, "steps", _steps(res), language)]


def compute_share(rule_id: str, amount: Decimal, currency: str | None = None, language: Lang = "da") -> list[Fact]:
    """The rule's percentage or fraction of a stated ``amount`` ("30 % of the principal"), or the amount
    reduced by it ("reduceres med 50 %")."""
    rule = get_rule(rule_id)
    kind = _require_calc(rule, "share_of_amount", "reduce_by")
    share = rule.number / 100 if rule.unit == "percent" else rule.number
    if kind == "reduce_by":
        res = calc.reduced_amount(amount, share, Decimal(str(rule.value)) if rule.unit == "percent" else None)
        key = "reduced"
    else:
        res = calc.share_of_amount(amount, share)
        key = "share"
    return [rule_fact(rule, language), _result_fact(rule, key, res.fee, currency or "currency", language),
            _text_fact(rule, "steps", _steps(res), language)]


def compute_time_fee(rule_id: str, hours: Decimal, language: Lang = "da") -> list[Fact]:
    """The rule's fixed fee plus its surcharge for every further started hour beyond the stated threshold,
    for an official act that lasted ``hours``."""
    rule = get_rule(rule_id)
    _require_calc(rule, "time_surcharge")
    res = calc.time_surcharge(Decimal(str(rule.value)), hours, rule.params["per_hour"], rule.params["after_hours"])
    unit = _money_unit(rule, None)
    # the total's inputs beside it, cited like the fee: the rate per further started hour and the hours after
    # which it is charged are the quote's own figures, and a reader checks the sum only with them stated
    facts = [rule_fact(rule, language),
             _result_fact(rule, "per_hour", Decimal(str(rule.params["per_hour"])), unit, language),
             _result_fact(rule, "after_hours", Decimal(str(rule.params["after_hours"])), "hour", language),
             _result_fact(rule, "total", res.fee, unit, language),
             _text_fact(rule, "steps", _steps(res), language)]
    cited = citation_for(rule, through_extra=True)  # the fee, the rate and the hours in one cited passage
    return [f.model_copy(update={"citation": cited}) for f in facts]


def compute_total(rule_id: str, count: int, variant_count: int = 0, language: Lang = "da") -> list[Fact]:
    """The rule's per-item amount times ``count`` items ("165 EUR on each account", two accounts); with
    ``variant_count`` of them priced by the rule's variant (``params.variant_rule``: "60 EUR, hvis vidnet er en
    foged") at that rule's amount."""
    rule = get_rule(rule_id)
    _require_calc(rule, "per_item")
    # a cap stated in its own sentence is its own rule: cited beside the total it limits
    cap = get_rule(rule.params["cap_rule"]) if rule.params.get("cap_rule") else None
    # the variant is the other half of the rule's sentence: always stated beside it, whether counted or not
    variant = get_rule(rule.params["variant_rule"]) if rule.params.get("variant_rule") else None
    if variant_count and variant is None:
        raise RuleInputError(f"rule {rule.id} prices no other kind of item")
    res = calc.per_item_total(Decimal(str(rule.value)), count, Decimal(str(cap.value)) if cap else None,
                              Decimal(str(variant.value)) if variant else None, variant_count)
    return [rule_fact(rule, language), *([rule_fact(cap, language)] if cap else []),
            *([rule_fact(variant, language)] if variant else []),
            _result_fact(rule, "total", res.fee, rule.unit, language),
            _text_fact(rule, "steps", _steps(res), language)]


def compute_sum(rule_id: str, other_rule_id: str, language: Lang = "da") -> list[Fact]:
    """Two fixed amounts of one country stated for two acts of the same case (the fee for seizing movables and the
    fee for selling them), added: both stated and cited, then their sum and how it was worked out. Only amounts in
    the same unit; a rate, a table, a range or a flagged figure is never added."""
    rule, other = get_rule(rule_id), get_rule(other_rule_id)
    for r in (rule, other):
        if not computable(r) or r.flags:
            raise RuleInputError(f"rule {r.id} is flagged {', '.join(r.flags)}: its figures are stated, not added")
        if r.unit not in _MONEY_UNITS or r.value_max is not None or r.calc not in (None, "time_surcharge"):
            raise RuleInputError(f"rule {r.id} states no single fixed amount to add")
    if rule.unit != other.unit or rule.id == other.id:
        raise RuleInputError(f"rules {rule.id} and {other.id} cannot be added")
    res = calc.sum_of_amounts(Decimal(str(rule.value)), Decimal(str(other.value)))
    total = _result_fact(rule, "total", res.fee, rule.unit, language)
    total = total.model_copy(update={"label": f"{_RESULT_LABELS['total'].get(language, _RESULT_LABELS['total']['en'])}"
                                              f" – {rule.label(language)} + {other.label(language)}"})
    return [rule_fact(rule, language), rule_fact(other, language), total,
            _text_fact(rule, "steps", _steps(res), language)]


def _frac_times(fraction: str, ref: Decimal) -> Decimal:
    f = to_fraction(fraction)
    return calc._money(f * to_fraction(ref))


# --------------------------------------------------------------------------- LangChain wrappers

class LookupArgs(BaseModel):
    rule_id: str = Field(description="Rule id, e.g. 'BE-limitation'.")
    language: Lang = Field("da", description="Label language.")


class DeadlineArgs(BaseModel):
    rule_id: str = Field(description="A rule with a time period (day/working_day/week/month/year).")
    start_date: str = Field(description="ISO date (YYYY-MM-DD) of the triggering event.")
    language: Lang = "da"


class GarnishmentArgs(BaseModel):
    rule_id: str = Field(description="A garnishment rule (share, bracket table or protected amount).")
    net_pay: Decimal = Field(Decimal(0), ge=0, le=Decimal("1e12"), description="Monthly net pay.")
    minimum_wage: Decimal | None = Field(None, ge=0, le=Decimal("1e12"), description="Monthly minimum wage, when the rule refers to it.")
    protected_amount: Decimal | None = Field(None, ge=0, le=Decimal("1e12"), description="Amount that must be left to the debtor.")
    dependants: int = Field(0, ge=0, le=50)
    currency: str | None = Field(None, max_length=8, description="Currency of the amounts, as stated by the user.")
    language: Lang = "da"


class FeeArgs(BaseModel):
    rule_id: str = Field(description="A fee rule with a percentage or a table.")
    amount: Decimal = Field(ge=0, le=Decimal("1e12"), description="Claim or recovered amount.")
    reference_wage: Decimal | None = Field(None, ge=0, le=Decimal("1e12"), description="Average monthly wage, when the rule refers to it.")
    currency: str | None = Field(None, max_length=8, description="Currency of the amount, as stated by the user.")
    language: Lang = "da"


class ShareArgs(BaseModel):
    rule_id: str = Field(description="A rule stating a percentage or fraction of an amount.")
    amount: Decimal = Field(ge=0, le=Decimal("1e12"), description="The amount the share is taken of.")
    currency: str | None = Field(None, max_length=8, description="Currency of the amount, as stated by the user.")
    language: Lang = "da"


class SumArgs(BaseModel):
    rule_id: str = Field(description="A rule stating a fixed amount.")
    other_rule_id: str = Field(description="Another rule of the same country stating a fixed amount in the same unit.")
    language: Lang = "da"


class TimeFeeArgs(BaseModel):
    rule_id: str = Field(description="A fee rule with a surcharge per further started hour.")
    hours: Decimal = Field(gt=0, le=calc.MAX_HOURS, description="How many hours the official act lasted.")
    language: Lang = "da"


class TotalArgs(BaseModel):
    rule_id: str = Field(description="A rule stating an amount per item (per bank account …).")
    count: int = Field(ge=1, le=100, description="How many items.")
    variant_count: int = Field(0, ge=0, le=100, description="How many of them are the rule's variant (params.variant_rule).")
    language: Lang = "da"


@lru_cache(maxsize=1)
def build_tools() -> dict[str, StructuredTool]:
    specs = [
        (lookup_rule, "lookup_rule", LookupArgs, "Look up one enforcement rule's stated number with its source quote."),
        (compute_deadline, "compute_deadline", DeadlineArgs, "Compute the end date of a rule's time limit from a start date."),
        (compute_garnishment, "compute_garnishment", GarnishmentArgs, "Compute the seizable part of net pay, or the protected amount, under a rule."),
        (compute_fee, "compute_fee", FeeArgs, "Compute a percentage or table fee under a rule."),
        (compute_share, "compute_share", ShareArgs, "Compute a rule's percentage or fraction of a stated amount."),
        (compute_total, "compute_total", TotalArgs, "Multiply a rule's per-item amount by a number of items."),
        (compute_time_fee, "compute_time_fee", TimeFeeArgs, "A fixed fee plus its surcharge per further started hour, for an act of a given length."),
        (compute_sum, "compute_sum", SumArgs, "Add two fixed amounts a country states for two acts of one case."),
    ]
    return {name: StructuredTool.from_function(func=fn, name=name, description=desc, args_schema=schema)
            for fn, name, schema, desc in specs}


def call_tool(name: str, args: dict) -> list[Fact]:
    """Invoke a tool by name; tool-level validation errors surface as RuleInputError."""
    tool = build_tools().get(name)
    if tool is None:
        raise RuleInputError(f"unknown tool {name!r}")
    try:
        return tool.invoke(args)
    except RuleInputError:
        raise
    except ValueError as exc:  # pydantic ValidationError from the args schema
        raise RuleInputError(str(exc)) from exc
