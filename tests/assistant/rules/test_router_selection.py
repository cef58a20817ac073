"""Router rule selection: negated condition keywords, compound wage words, a fee named by its subject,
"how long can a judgment be enforced", a judgment's validity against a measure's, "the last day"."""

from __future__ import annotations

import pytest

from assistant.rules.keywords import _keyword_score, _negated
from assistant.rules.question import detect_topic, fee_subjects
from assistant.rules.router import route
from assistant.rules.schema import load_rules

pytestmark = pytest.mark.unit


def _values(res):
    return [(f.value, f.unit) for f in res.facts if f.unit != "text"]


@pytest.mark.parametrize("text,word", [
    ("en gæld, der ikke er underholdsbidrag", "underholdsbidrag"),
    ("en gjeld som ikke er underholdsbidrag", "underholdsbidrag"),
    ("en skuld som inte är underhållsbidrag", "underhållsbidrag"),
    ("a debt that is not maintenance", "maintenance"),
    ("a debt other than maintenance", "maintenance"),
])
def test_negated_keyword(text, word):
    assert _negated(text, text.index(word))


@pytest.mark.parametrize("text,word", [
    ("gælden er underholdsbidrag", "underholdsbidrag"),
    ("ikke betalt, og det er underholdsbidrag", "underholdsbidrag"),  # the negation is in another clause
    ("jeg kan ikke betale, men det er underholdsbidrag", "underholdsbidrag"),
])
def test_keyword_not_negated(text, word):
    assert not _negated(text, text.index(word))


def test_negated_keyword_counts_against_its_rule():
    rule = load_rules()["RO-garnishment-maintenance"]
    assert _keyword_score(rule, "en gæld, der er underholdsbidrag") == 1
    assert _keyword_score(rule, "en gæld, der ikke er underholdsbidrag") == -1


@pytest.mark.parametrize("question,rule_id,value", [
    ("Min nettomånedsløn i Rumænien er 3 000 RON. Hvor meget kan der højst tages af den for en almindelig "
     "gæld, der ikke er underholdsbidrag?", "RO-garnishment-other", (1000, "RON")),
    ("My net monthly salary in Romania is 3 000 RON. How much can be taken for a debt that is not "
     "maintenance?", "RO-garnishment-other", (1000, "RON")),
    ("Min nettomånedsløn i Rumænien er 3 000 RON. Hvor meget kan der højst tages af den for "
     "underholdsbidrag?", "RO-garnishment-maintenance", (1500, "RON")),
])
def test_negated_condition_picks_the_other_rule(question, rule_id, value):
    res = route(question)
    assert res.rule_id == rule_id and value in _values(res)


@pytest.mark.parametrize("text", ["Min nettomånedsløn er 3 000 RON", "Min månadslön är 30 000 SEK",
                                  "Bruttolønna mi er 40 000 NOK"])
def test_compound_wage_words_are_garnishment(text):
    assert detect_topic(text) == "garnishment"


@pytest.mark.parametrize("question", [
    "Hvor længe kan en dom fuldbyrdes i Finland?",
    "Hvor lenge kan en dom fullbyrdes i Finland?",
    "Hur länge kan en dom verkställas i Finland när gäldenären är en fysisk person?",
    "How long can a judgment be enforced in Finland?",
])
def test_how_long_can_a_judgment_be_enforced_is_the_limitation_period(question):
    assert detect_topic(question) == "limitation"
    res = route(question)
    assert res.rule_id == "FI-limitation" and (15, "year") in _values(res)


def test_an_enforceable_judgment_asked_valid_stays_a_validity_question():
    assert detect_topic("Hvor længe er en eksigibel dom gyldig der?") == "validity"


@pytest.mark.parametrize("question,rule_id,end", [
    ("En dom på Kypros som pålegger tvangstiltak ble avsagt 20. september 2019. Til hvilken dato er dommen "
     "gyldig?", "CY-judgment-validity", "2025-09-20"),
    ("A judgment was delivered in Cyprus on 20 September 2019. Until which date is the judgment valid?",
     "CY-judgment-validity", "2025-09-20"),
    ("Fuldbyrdelsesforanstaltningerne blev forkyndt 1. marts 2024 på Cypern. Hvornår udløber deres gyldighed?",
     "CY-measures-validity", "2024-09-01"),
])
def test_judgment_validity_and_measure_validity_follow_the_subject(question, rule_id, end):
    res = route(question)
    assert res.rule_id == rule_id and (end, "date") in _values(res)


@pytest.mark.parametrize("question", [
    "Et precetto blev forkyndt i Italien den 1. februar 2024. Hvad er den sidste dag, hvor udlægget kan finde sted?",
    "A precetto was served in Italy on 1 February 2024. What is the last day on which the attachment can take place?",
])
def test_last_day_asks_for_a_date(question):
    res = route(question)
    assert res.rule_id == "IT-attachment-deadline" and ("2024-05-01", "date") in _values(res)


@pytest.mark.parametrize("question,subjects", [
    ("Hur mycket kostar försäljningsavgiften hos Kronofogden i Sverige?", {"sale"}),
    ("Hvad er salgsgebyret i Sverige?", {"sale"}),
    ("What is the sales fee in Sweden?", {"sale"}),
    ("Hvad er gebyret for en auktion i Tyskland?", {"sale"}),
    ("Hva koster salget hos namsmannen i Sverige?", {"sale"}),
    ("Hvad koster tvangsauktionen i Grækenland?", {"sale"}),
    ("What is the appeal fee in Romania?", {"appeal"}),
    ("Hvad er grundafgiften i Sverige?", set()),
    ("Hvad er gebyret for banken i Sverige?", set()),  # "anke" inside "banken" names no appeal
    ("What is the bailiff's fee in Greece?", set()),
])
def test_fee_subjects(question, subjects):
    assert fee_subjects(question) == subjects


@pytest.mark.parametrize("question", [
    "Hur mycket kostar försäljningsavgiften hos Kronofogden i Sverige?",
    "Hvad er salgsgebyret hos fogeden i Sverige?",
    "What is the sales fee charged by the Swedish Enforcement Authority?",
    "Hvad koster det at sælge et hus på tvangsauktion i Sverige?",
])
def test_a_fee_no_rule_is_about_gives_no_fact(question):
    res = route(question)
    assert res.countries == ["SE"] and res.topic == "fee"
    assert res.facts == [] and res.rule_id is None


@pytest.mark.parametrize("question,rule_id,value", [
    ("Hvad er grundafgiften i Sverige?", "SE-basic-fee", (600, "SEK")),
    ("Hvad koster det hos Kronofogden i Sverige?", "SE-basic-fee", (600, "SEK")),
    ("Hvad er salgsgebyret i Tyskland?", "DE-fee-sale", (52, "EUR")),
])
def test_a_fee_a_rule_is_about_is_still_answered(question, rule_id, value):
    res = route(question)
    assert res.rule_id == rule_id and value in _values(res)


@pytest.mark.parametrize("question", [
    "Vad tar fogden (Gerichtsvollzieher) i Tyskland betalt för att upprätta gäldenärens förmögenhetsförteckning?",
    "Hva tar namsmannen i Tyskland betalt for å sette opp skyldnerens formuesoppgave?",
    "Hvad tager fogeden i Tyskland sig betalt for at udarbejde skyldners opgørelse af aktiver?",
    "What does the German bailiff charge for drawing up the debtor's statement of assets?",
])
def test_what_one_charges_is_a_fee(question):
    # "ta(r) betalt för" is what someone charges: the fee the question then names
    res = route(question)
    assert res.topic == "fee" and res.rule_id == "DE-fee-asset-disclosure"
    assert (33, "EUR") in _values(res)


@pytest.mark.parametrize("question", ["Hvor meget tar namsmannen av lønna hvis jeg ikke har betalt?",
                                      "Kan de ta bilen selv om jeg har betalt?",
                                      "Kan de ta bilen hvis gælden ikke er betalt?"])
def test_having_paid_is_no_fee(question):
    assert detect_topic(question) != "fee"


@pytest.mark.parametrize("question", [
    "Jeg bor i Letland med min kone og vores to børn. Mindstelønnen er 740 EUR. Hvor mange kontanter skal fogeden lade os beholde?",
    "Jeg bor i Latvia med kona mi og våre to barn. Minstelønnen er 740 EUR. Hvor mye kontanter må namsmannen la oss beholde?",
    "Jag bor i Lettland med min man och våra två barn. Minimilönen är 740 EUR. Hur mycket kontanter måste kronofogden lämna åt oss?",
    "I live in Latvia with my wife and our two children. Assume the minimum wage is 740 EUR. How much cash must the bailiff leave us?",
])
def test_spouse_counts_as_a_family_member_where_the_text_counts_the_family(question):
    # Latvia: the minimum wage "for skyldneren, hvert medlem af dennes familie …": debtor + spouse + two children
    res = route(question)
    assert res.rule_id == "LV-exempt-cash"
    assert [f.value for f in res.facts if f.name.endswith(":protected")] == [2960]


def test_spouse_is_not_a_dependant_where_the_text_counts_dependants():
    # Estonia adds a third per person the debtor must support: the spouse named is not counted as one
    res = route("Jeg bor i Estland med min kone og vores to børn. Mindstelønnen er 654 EUR og jeg tjener 900 EUR. "
                "Hvor meget af min løn er beskyttet?")
    calls = [c for c in res.tool_calls if c.args.get("rule_id") == "EE-garnishment-protected"]
    assert all(c.args.get("dependants") in (None, 2) for c in calls)


@pytest.mark.parametrize("question", [
    "Fogeden i Grækenland tog to vidner med: en almindelig voksen og en anden foged. Hvad er vidnegebyret i alt?",
    "The bailiff in Greece brought two witnesses, one of them another bailiff. What are the witness fees?",
])
def test_another_bailiff_as_witness_is_no_other_measure(question):
    # "anden"/"another" alone is no keyword: Greece's fee for "any other enforcement measure" is named by the phrase
    # (the witnesses counted, the facts also hold their total: rules named, in order, without repeats)
    res = route(question)
    assert list(dict.fromkeys(f.name.split(":")[0] for f in res.facts)) == ["GR-fee-witness", "GR-fee-witness-bailiff"]


def test_other_measure_fee_is_still_named_by_its_phrase():
    res = route("Hvad koster en anden foranstaltning hos fogeden i Grækenland?")
    assert [f.name.split(":")[0] for f in res.facts] == ["GR-fee-other-measure"]


@pytest.mark.parametrize("question,rule_id", [
    ("Min tidligere mand i Polen betaler ikke børnebidrag. Hvor ofte skal fogeden undersøge hans indkomst og formue "
     "igen?", "PL-maintenance-investigation"),
    ("Mitt ex i Polen betalar inte underhållsbidrag. Hur ofta ska kronofogden utreda hans inkomster på nytt?",
     "PL-maintenance-investigation"),
    ("My ex-husband in Poland does not pay child support. How often must the bailiff investigate his income again?",
     "PL-maintenance-investigation"),
    ("Hvor lang tid er frist for frigivelse ved inntekt for over en måned i Estland?", "EE-account-release-advance-income"),
])
def test_time_asked_is_not_answered_by_the_topics_amount(question, rule_id):
    # a time asked ("how often", "hvor lang tid") that the wage topic's default (an amount left to the debtor)
    # cannot state: the rule the question's own words name, stating a time, answers it
    assert route(question).rule_ids == [rule_id]


@pytest.mark.parametrize("question", [
    "And how long does the creditor have to apply for enforcement before it's too late?",
    "Hvor lang tid har kreditor til at begære fuldbyrdelse, før det er for sent?",
    "Hvor lenge har kreditor på å begjære tvangsfullbyrdelse før det er for sent?",
    "Hur länge har borgenären på sig att ansöka om verkställighet innan det är för sent?",
])
def test_before_it_is_too_late_ends_the_span_to_enforce(question):
    # "before it's too late" names the end of the span (the limitation period), not how soon something happens
    assert detect_topic(question) == "limitation"


def test_before_still_asks_how_soon():
    assert detect_topic("How long before the creditor can enforce the judgment?") != "limitation"
