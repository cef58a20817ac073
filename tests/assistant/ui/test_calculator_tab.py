"""The calculator tab: every computable rule is offered, results are cited, and no event rewrites a
component (each Gradio update leaves a new component in the session: issue #8, evals/soak.md)."""

from __future__ import annotations

import re

import gradio as gr
import pytest

from assistant.rules.schema import load_rules
from assistant.ui.calculators import FORMS, all_rule_choices, build_calculator_tab, run_deadline
from evals.load_test import free_port

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def tab() -> gr.Blocks:
    with gr.Blocks() as demo:
        build_calculator_tab()
    return demo


@pytest.mark.parametrize("form", sorted(FORMS))
def test_every_computable_rule_is_offered_once_under_its_country(form):
    choices = all_rule_choices(form)
    ids = [rule_id for _label, rule_id in choices]
    rules = load_rules()
    expected = {r.id for r in rules.values() if r.effective_calc in FORMS[form] and r.value_max is None}
    assert len(ids) == len(set(ids)) and set(ids) == expected
    for label, rule_id in choices:
        assert " · " in label and rule_id in rules


def test_no_event_on_the_tab_updates_an_input(tab):
    """Only the result HTML is ever written: dropdowns and text boxes are inputs, never outputs."""
    outputs = [out for dep in tab.fns.values() for out in dep.outputs]
    assert outputs and all(isinstance(out, gr.HTML) for out in outputs)
    assert {dep.api_name for dep in tab.fns.values()} == {"calc_deadline", "calc_garnishment", "calc_fee"}


def test_a_deadline_result_is_cited():
    import html as html_lib

    rule_id = next(rid for _label, rid in all_rule_choices("deadline") if rid.startswith("SE-"))
    rule = load_rules()[rule_id]
    out = run_deadline(rule_id, "2024-03-01")
    assert "calc-error" not in out and "Sverige" in out
    assert html_lib.escape(rule.quote) in out  # the source sentence, verbatim, under the figure
    # the tab is Danish: how the date was counted is explained in Danish, not in the rules' English
    assert "medregnes ikke" in out and "not counted" not in out


def test_rule_choices_name_the_unit_in_danish():
    labels = [label for label, _rid in all_rule_choices("deadline")]
    assert not any(re.search(r"\d (day|week|month|year|working_day)\b", label) for label in labels)
    assert any(re.search(r"\d (dage|uger|måneder|år|arbejdsdage)\b", label) for label in labels)


def test_calculations_on_a_real_server_leave_the_session_flat(tab):
    from gradio_client import Client

    tab.queue()
    tab.launch(server_name="127.0.0.1", server_port=free_port(), prevent_thread_lock=True, quiet=True)
    try:
        client = Client(tab.local_url, verbose=False)
        choices = all_rule_choices("deadline")
        client.predict(choices[0][1], "2024-03-01", api_name="/calc_deadline")
        (session,) = tab.server_app.state_holder.session_data.values()
        before = len(session.blocks_config.blocks)
        for _label, rule_id in choices[1:6]:
            assert "<" in client.predict(rule_id, "1. marts 2024", api_name="/calc_deadline")
        assert len(session.blocks_config.blocks) == before
    finally:
        tab.close()
