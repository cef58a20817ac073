"""Rules added by the number audit are reachable (da + en, one per kind), and deadline questions that give
a service date compute the end date through the rules tool in da/nb/sv/en date formats."""

from __future__ import annotations

import pytest

from assistant.rules.parsing import parse_dates
from assistant.rules.router import RouterState, route

pytestmark = pytest.mark.unit

NEW_RULE_QUESTIONS = [
    # deadline
    ("IE-appeal-foreign-judgment", "Hvad er appelfristen i Irland ved fuldbyrdelse af en udenlandsk dom?"),
    ("IE-appeal-foreign-judgment", "What is the deadline to appeal the enforcement of a foreign judgment in Ireland?"),
    ("SK-discontinuance-request", "Hvor mange hverdage har fogeden i Slovakiet til at indgive begæring om afbrydelse af fuldbyrdelsen?"),
    ("SK-discontinuance-request", "How many working days does the bailiff in Slovakia have to request discontinuance of enforcement?"),
    # fee
    ("RO-fee-arrest-legal-person", "Hvad er fogedens gebyr for arrest i Rumænien, når skyldner er en juridisk person?"),
    ("RO-fee-arrest-legal-person", "What is the bailiff's fee for an arrest in Romania when the debtor is a legal person?"),
    ("LV-fine-non-appearance-official", "Hvor stor er bøden i Letland for en embedsmand, der udebliver?"),
    ("LV-fine-non-appearance-official", "How much is the fine in Latvia for an official who fails to appear?"),
    # exempt_amount
    ("PL-exempt-medicines", "Er lægemidler til en sundhedstjeneste fritaget for udlæg i Polen, og for hvor lang tid?"),
    ("PL-exempt-medicines", "Are medicines for a health care service exempt from seizure in Poland?"),
    ("BG-exempt-seed", "Hvor meget udsæd er fritaget for udlæg i Bulgarien?"),
    ("BG-exempt-seed", "How much seed for sowing is exempt from enforcement in Bulgaria?"),
    # percentage
    ("CZ-privileged-claims-share", "Hvor stor en andel af en selvstændigs krav kan der gøres udlæg i i Tjekkiet ved privilegerede fordringer?"),
    ("CZ-privileged-claims-share", "What share of a self-employed person's claims can be enforced in the Czech Republic for privileged claims?"),
    ("PL-wage-fines-share", "Hvor stor en andel af lønnen er beskyttet efter fradrag for bøder i Polen?"),
    ("PL-wage-fines-share", "What share of wages is protected after deduction of fines in Poland?"),
    # duration (years, and hours: stated, never computed)
    ("SI-concealment-penalty", "Hvor lang fængselsstraf kan man få i Slovenien for at unddrage aktiver fra en kreditor?"),
    ("SI-concealment-penalty", "How long a prison sentence for hiding assets from creditors in Slovenia?"),
    ("RO-declaration-suspension", "Hvor længe kan afgørelsen om fuldbyrdelseserklæring suspenderes i Rumænien?"),
    ("RO-declaration-suspension", "How long can the enforceability decision be suspended in Romania?"),
    # threshold
    ("HU-payment-plan-threshold-mortgage", "Hvad er beløbsgrænsen for en afdragsordning i Ungarn, når der er tinglyst pant i boligen?"),
    ("HU-payment-plan-threshold-mortgage", "What is the threshold for an instalment plan in Hungary when a mortgage is registered on the home?"),
    ("DE-fee-time-threshold", "Efter hvor mange timer opkræver fogeden i Tyskland et tidstillæg?"),
    ("DE-fee-time-threshold", "After how many hours does the bailiff in Germany charge a time surcharge?"),
    # bracket_table (flagged: stated, not computed)
    ("RO-indirect-enforcement-fee-bands", "Hvad er fogedens gebyr ved indirekte fuldbyrdelse af gæld over 50 000 RON i Rumænien?"),
    ("RO-indirect-enforcement-fee-bands", "What is the bailiff's fee for indirect enforcement of a debt over 50,000 RON in Romania?"),
]


@pytest.mark.parametrize("rule_id, question", NEW_RULE_QUESTIONS)
def test_new_rule_is_reachable(rule_id, question):
    res = route(question)
    assert res.rule_id == rule_id, res.reason
    assert res.facts and res.facts[0].citation.chunk_id == f"rule:{rule_id}"


def test_hour_period_is_stated_not_computed():
    res = route("Afgørelsen om fuldbyrdelseserklæring blev truffet 3. marts 2026 i Rumænien. Hvor længe kan den suspenderes?")
    assert res.rule_id == "RO-declaration-suspension"
    assert [c.name for c in res.tool_calls] == ["lookup_rule"]
    assert res.facts[0].value == 48 and res.facts[0].unit == "hour"


def test_flagged_fee_bands_are_not_computed():
    res = route("Hvad er fogedens gebyr ved indirekte fuldbyrdelse af gæld på 90.000 RON i Rumænien?")
    assert res.rule_id == "RO-indirect-enforcement-fee-bands"
    assert not any(f.name.endswith(":fee") for f in res.facts) and "garbled" in res.facts[0].flags


@pytest.mark.parametrize("question, rule_id, end", [
    ("Hvornår udløber fristen i Tjekkiet, hvis afgørelsen blev forkyndt den 3. marts 2026?", "CZ-appeal", "2026-03-18"),
    ("Hvornår udløber appelfristen i Tjekkiet, hvis afgørelsen blev forkyndt den 3.3.2026?", "CZ-appeal", "2026-03-18"),
    ("Når går ankefristen ut i Tsjekkia hvis vedtaket ble forkynt 3. mars 2026?", "CZ-appeal", "2026-03-18"),
    ("Når utløper fristen for å anke i Finland hvis avgjørelsen ble forkynt den 03.03.2026?", "FI-appeal", "2026-03-24"),
    ("När går överklagandefristen ut i Tjeckien om beslutet delgavs den 3 mars 2026?", "CZ-appeal", "2026-03-18"),
    ("När löper fristen för att överklaga ut i Finland om beslutet delgavs den 3:e mars 2026?", "FI-appeal", "2026-03-24"),
    ("When does the deadline expire in the Czech Republic if the decision was served on 3 March 2026?", "CZ-appeal", "2026-03-18"),
    ("When does the deadline to appeal expire in Finland if the decision was served on March 3rd, 2026?", "FI-appeal", "2026-03-24"),
    ("The order was served on 2026-03-03 in Ireland; when does the time to appeal a foreign judgment expire?",
     "IE-appeal-foreign-judgment", "2026-04-03"),
])
def test_deadline_from_service_date(question, rule_id, end):
    res = route(question)
    assert res.rule_id == rule_id, res.reason
    assert res.tool_calls[0].name == "compute_deadline" and res.tool_calls[0].args["start_date"] == "2026-03-03"
    assert [f.value for f in res.facts if f.name.endswith(":end_date")] == [end]


def test_deadline_follow_up_keeps_the_conversation_rule():
    first = route("Hvor lang tid har man til at gøre indsigelse mod et omkostningskrav i Tjekkiet?")
    assert first.rule_id == "CZ-costs-objection"
    res = route("Hvornår udløber fristen, hvis afgørelsen blev forkyndt den 3. marts 2026?", first.state)
    assert res.rule_id == "CZ-costs-objection"
    assert [f.value for f in res.facts if f.name.endswith(":end_date")] == ["2026-03-11"]


def test_validity_questions_stay_validity():
    # "udløber" without a deadline word is still about how long something lasts
    assert route("Hvornår udløber en arrest i Belgien?").topic == "validity"
    # with a deadline word and the service of a decision it is the time to appeal, not a validity question
    res = route("Hvornår udløber fristen i Tjekkiet, hvis afgørelsen blev forkyndt den 3. marts 2026?", RouterState())
    assert res.topic == "appeal" and res.countries == ["CZ"] and res.rule_id == "CZ-appeal"
    assert res.tool_calls[0].name == "compute_deadline"


def test_swedish_ordinal_date():
    [d] = parse_dates("den 3:e mars 2026")
    assert d.value.isoformat() == "2026-03-03"
