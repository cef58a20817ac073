"""The calculator tab: deadline, wage garnishment and fee forms over the rules module.

Every figure shown comes from a rules-module tool call and is cited like a retrieved passage; the
forms only collect inputs and render the returned ``Fact``s.
"""

from __future__ import annotations

import html
from decimal import Decimal, InvalidOperation

import gradio as gr

from assistant.countries import get as get_country
from assistant.models import Fact
from assistant.pipeline.prompts import unit_word
from assistant.rules.calculators import RuleInputError
from assistant.rules.parsing import parse_dates
from assistant.rules.schema import load_rules
from assistant.rules.tools import call_tool
from assistant.ui.render import fact_line

# calculator → the rule calcs it can run
FORMS = {
    "deadline": ("period",),
    "garnishment": ("garnishment_share", "garnishment_brackets", "protected_amount"),
    "fee": ("fee_rate", "fee_table"),
}


def rule_choices(form: str, country: str | None) -> list[tuple[str, str]]:
    """(label, rule id) for the rules of ``country`` that the form can compute."""
    out = []
    for rule in load_rules().values():
        if rule.country != country or rule.effective_calc not in FORMS[form]:
            continue
        if rule.value_max is not None:  # a stated range has no single result
            continue
        value = f"{rule.value} {unit_word(rule.unit, rule.value, 'da')}".strip()  # "14 dage", not "14 day"
        out.append((f"{rule.label('da')} ({value}, afsnit {rule.section})", rule.id))
    return sorted(out)


def country_choices(form: str) -> list[tuple[str, str]]:
    codes = sorted({r.country for r in load_rules().values() if r.effective_calc in FORMS[form]})
    return sorted((get_country(c).names["da"], c) for c in codes)


def render_facts(facts: list[Fact]) -> str:
    items = "".join(fact_line(f, "da") for f in facts if f.unit != "text")
    notes = "".join(f"<p class='fact-note'>{html.escape(str(f.value))}</p>" for f in facts if f.unit == "text")
    return f'<div class="fact-box"><ul>{items}</ul>{notes}</div>'


def _error(message: str) -> str:
    return f"<p class='calc-error'>⚠️ {html.escape(message)}</p>"


def _amount(raw: str | float | None, name: str, required: bool = True) -> Decimal | None:
    if raw in (None, ""):
        if required:
            raise RuleInputError(f"{name} mangler / {name} is missing")
        return None
    try:
        value = Decimal(str(raw).replace(" ", "").replace(",", "."))
    except InvalidOperation as exc:
        raise RuleInputError(f"{name}: '{raw}' er ikke et tal / is not a number") from exc
    if value < 0:
        raise RuleInputError(f"{name} må ikke være negativ / must not be negative")
    return value


def run_deadline(rule_id: str | None, start: str) -> str:
    try:
        if not rule_id:
            raise RuleInputError("Vælg en regel / choose a rule")
        dates = parse_dates(start or "")
        if not dates or dates[0].value is None:  # none found, or an impossible one such as 30 February
            why = dates[0].error if dates and dates[0].error else "ikke en gyldig dato / not a valid date"
            raise RuleInputError(f"'{start}': {why} (fx 1. marts 2024)")
        return render_facts(call_tool("compute_deadline", {"rule_id": rule_id, "start_date": dates[0].value.isoformat()}))
    except RuleInputError as exc:
        return _error(str(exc))


def run_garnishment(rule_id: str | None, net_pay, minimum_wage, dependants) -> str:
    try:
        if not rule_id:
            raise RuleInputError("Vælg en regel / choose a rule")
        args = {"rule_id": rule_id, "net_pay": _amount(net_pay, "Nettoløn"),
                "minimum_wage": _amount(minimum_wage, "Mindsteløn", required=False),
                "dependants": int(dependants or 0)}
        return render_facts(call_tool("compute_garnishment", {k: v for k, v in args.items() if v is not None}))
    except (RuleInputError, ValueError) as exc:
        return _error(str(exc))


def run_fee(rule_id: str | None, amount, reference_wage) -> str:
    try:
        if not rule_id:
            raise RuleInputError("Vælg en regel / choose a rule")
        args = {"rule_id": rule_id, "amount": _amount(amount, "Beløb"),
                "reference_wage": _amount(reference_wage, "Gennemsnitsløn", required=False)}
        return render_facts(call_tool("compute_fee", {k: v for k, v in args.items() if v is not None}))
    except RuleInputError as exc:
        return _error(str(exc))


def all_rule_choices(form: str) -> list[tuple[str, str]]:
    """("Land · rule label", rule id) for every country's rules the form can compute, by country name."""
    return [(f"{name} · {label}", rule_id)
            for name, code in country_choices(form) for label, rule_id in rule_choices(form, code)]


def _rule_picker(form: str, label: str) -> gr.Dropdown:
    # One static, filterable list instead of a country dropdown that rewrites the rule dropdown's
    # choices: Gradio answers every gr.update() with a new component kept in the session for good
    # (issue #8's leak, evals/soak.md), so nothing on this tab updates another component.
    choices = all_rule_choices(form)
    return gr.Dropdown(choices, value=choices[0][1] if choices else None, filterable=True,
                       label=f"{label} (skriv et land for at filtrere / type a country to filter)")


def build_calculator_tab() -> None:
    gr.Markdown("Beregninger efter de regler, kildeteksten angiver. Hvert resultat viser sin kilde. "
                "*Calculations under the rules the source states; each result shows its source.*")
    with gr.Accordion("Frist fra en dato / Deadline from a date", open=True):
        rule = _rule_picker("deadline", "Frist")
        start = gr.Textbox(label="Startdato (fx 1. marts 2024 eller 2024-03-01)", elem_id="calc-start")
        out = gr.HTML()
        gr.Button("Beregn frist").click(run_deadline, [rule, start], out, api_name="calc_deadline")
    with gr.Accordion("Lønindeholdelse / Wage garnishment", open=False):
        rule_g = _rule_picker("garnishment", "Regel")
        with gr.Row():
            net = gr.Textbox(label="Nettoløn pr. måned")
            minimum = gr.Textbox(label="Mindsteløn pr. måned (hvis reglen bruger den)")
            deps = gr.Number(label="Forsørgede personer", value=0, minimum=0, maximum=50, precision=0)
        out_g = gr.HTML()
        gr.Button("Beregn").click(run_garnishment, [rule_g, net, minimum, deps], out_g, api_name="calc_garnishment")
    with gr.Accordion("Gebyr / Fee", open=False):
        rule_f = _rule_picker("fee", "Gebyrregel")
        with gr.Row():
            amount = gr.Textbox(label="Kravets beløb")
            ref = gr.Textbox(label="Gennemsnitsløn (hvis reglen bruger den)")
        out_f = gr.HTML()
        gr.Button("Beregn gebyr").click(run_fee, [rule_f, amount, ref], out_f, api_name="calc_fee")
