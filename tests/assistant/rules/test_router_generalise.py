"""Router generalisation (session 4): a negated keyword of a failure rule, short keywords as whole words,
æ/ø ↔ ä/ö cognates, everyday words for legal concepts, the words asking for a date, "anfægte"."""

from __future__ import annotations

import pytest

from assistant.rules.concepts import with_concepts
from assistant.rules.labels import stems
from assistant.rules.keywords import _keyword_score, cross_fold
from assistant.rules.question import _scoring_text, detect_topic
from assistant.rules.router import route
from assistant.rules.schema import load_rules

pytestmark = pytest.mark.unit


def test_a_negated_keyword_counts_for_a_rule_about_that_failure():
    # "Non-payment of child support …": not paying it is the rule's case
    failure = load_rules()["EE-child-support-default"]
    assert _keyword_score(failure, "han betaler ikke børnebidrag") == 1
    # a rule about the claim itself still counts the negation against it
    claim = load_rules()["EE-limitation-child-support"]
    assert _keyword_score(claim, "en gæld, der ikke er børnebidrag") == -1


def test_a_short_keyword_is_a_whole_word():
    rule = load_rules()["IE-judgment-validity"]  # keyword "dom"
    assert _keyword_score(rule, "jeg har en dom") == 1
    assert _keyword_score(rule, "domstolen har sagt") == 0
    land = load_rules()["BG-exempt-land-general"]  # keyword "ha" (hectares)
    assert _keyword_score(land, "hvad har jeg ret til") == 0


def test_danish_and_swedish_cognates_match():
    assert cross_fold("begæring gæld løn") == "begäring gäld lön"
    assert "begär" in stems("Frist for begæring") and "begär" in stems("måste jag begära")


@pytest.mark.parametrize("question,term", [
    ("the creditor is a private individual", "natural person"),
    ("my ex owes me alimony", "maintenance"),
    ("if i don't show up", "appear"),
    ("att få en hyresgäst vräkt", "eviction"),
    ("i run my own business", "self-employed"),
    ("kan auktionen skjutas upp", "suspension"),
])
def test_everyday_words_bring_the_rules_terms(question, term):
    assert term in with_concepts(question)


def test_the_concept_terms_stand_where_the_word_was():
    # a keyword phrase still reads on, and a negation before the word still governs the terms
    assert "creditor is a natural person" in with_concepts("the creditor is a private individual")
    rule = load_rules()["LV-fine-non-appearance"]
    assert _keyword_score(rule, with_concepts("if i don't show up")) >= 1


def test_the_words_asking_for_a_date_are_no_keywords():
    text = _scoring_text("Hvad er sidste dag for at indgive begæringen?")
    assert "sidste" not in text and "begæringen" in text
    assert "vilket datum" not in _scoring_text("Senast vilket datum måste jag begära det?")


@pytest.mark.parametrize("question", ["Jeg vil anfægte gyldigheden af dokumentet", "Jeg vil anfekte vedtaket",
                                      "I want to contest the measure"])
def test_contesting_is_an_appeal(question):
    assert detect_topic(question) == "appeal"


@pytest.mark.parametrize("question", [
    "Den første fuldbyrdelsesforanstaltning mod mig i Grækenland blev truffet den 10. marts 2025. Hvad er sidste dag "
    "for at angribe gyldigheden af det dokument, fuldbyrdelsen bygger på?",
    "Det første tvangstiltaket mot meg i Hellas ble iverksatt 10. mars 2025. Hva er siste dag for å angripe "
    "gyldigheten av dokumentet tvangsfullbyrdelsen bygger på?",
    "Den första verkställighetsåtgärden mot mig i Grekland vidtogs den 10 mars 2025. Vilken är sista dag att "
    "angripa giltigheten av det dokument som verkställigheten bygger på?",
])
def test_attacking_a_title_is_an_appeal(question):
    # "angribe/angripe/angripa" (to attack) a document's validity is a challenge, not a question about validity
    res = route(question)
    assert res.topic == "appeal" and res.rule_id == "GR-appeal-first-measure"
    assert any(f.value == "2025-03-25" for f in res.facts)


@pytest.mark.parametrize("question,rule_id", [
    ("Hvor stor en bøde kan jeg få i Letland, hvis jeg ikke møder op hos fogeden?", "LV-fine-non-appearance"),
    ("How long can a Finnish judgment be enforced when the creditor is a private individual?",
     "FI-limitation-extended"),
])
def test_rule_chosen_from_the_case_described(question, rule_id):
    assert route(question).rule_id == rule_id


def test_a_dated_challenge_of_the_first_measure_is_computed():
    res = route("Den første fuldbyrdelsesforanstaltning mod mig i Grækenland blev foretaget den 3. juni 2024, og "
                "jeg vil anfægte gyldigheden af selve dokumentet. Hvad er sidste dag for at indgive begæringen?")
    assert res.rule_id == "GR-appeal-first-measure" and res.tool_calls[0].name == "compute_deadline"
    assert any(f.value == "2024-06-18" for f in res.facts)


@pytest.mark.parametrize("question", ["Hvor mange år har jeg til at inddrive et tysk domskrav?",
                                      "Hvor mange år har jeg på å tvangsinndrive et krav i Romania?",
                                      "How long do I have to collect the debt in Germany?"])
def test_a_span_to_collect_or_enforce_is_the_limitation_period(question):
    assert detect_topic(question) == "limitation"


@pytest.mark.parametrize("question", ["Hvor lang tid tager det at fuldbyrde dommen?",
                                      "Hur länge dröjer det innan en dom kan verkställas?",
                                      "How long before the judgment can be enforced?"])
def test_how_soon_or_how_long_it_takes_is_no_limitation_question(question):
    assert detect_topic(question) != "limitation"


def test_the_time_given_to_pay_is_voluntary_compliance():
    assert detect_topic("Hvor mange dage giver betalingsvarslet mig til at betale?") == "voluntary"
    # no time asked: not a period at all
    assert detect_topic("What happens if I ignore a court order to pay?") is None


def test_a_fine_asked_for_is_an_amount():
    from assistant.rules.asked import asked_quantity
    assert asked_quantity("What is the maximum fine in Latvia?") == "amount"
    assert asked_quantity("Hvor stor er bøden?") == "amount"


@pytest.mark.parametrize("question", ["Hur lång tid har rätten på sig att besluta om verkställbarhet?",
                                      "Hvor lang tid har retten til at beslutte?"])
def test_a_time_to_decide_is_processing(question):
    assert detect_topic(question) == "processing"


@pytest.mark.parametrize("question", ["Hvor lang tid går der fra betalingspåbuddet, til fogeden kan tage mine møbler?",
                                      "Hvor mange dager etter forkynnelsen kan namsmannen tømme eiendommen?",
                                      "How many days after the judgment can it be enforced?"])
def test_the_time_between_two_steps_is_a_wait(question):
    assert detect_topic(question) == "waiting"


@pytest.mark.parametrize("question,term", [("how long can I be detained", "detention"),
                                           ("fogeden vil sælge tingene", "salg"),
                                           ("når kreditor er et firma", "juridisk person")])
def test_more_everyday_words(question, term):
    assert term in with_concepts(question)


def test_a_long_keyword_is_also_the_head_of_a_compound():
    rule = load_rules()["CZ-costs-objection"]  # keyword "omkostninger"
    assert _keyword_score(rule, "jeg skal betale sagsomkostninger") > 0
    pension = load_rules()["HU-garnishment-pension"]  # "pension" is too short to be a head: not "suspension"
    assert _keyword_score(pension, "en suspension af sagen") == 0


def test_a_compound_counts_once_for_its_rule():
    # "fuldbyrdelseskendelse" is a keyword of its own: it does not count again as "kendelse"
    rule = load_rules()["IE-execution-order-validity"]
    assert _keyword_score(rule, "fuldbyrdelseskendelse") == 1


@pytest.mark.parametrize("question,kind", [
    ("Senast vilket datum måste jag begära att domstolen kallar gäldenären?", "deadline"),
    ("By when must I file the application?", "deadline"),
    ("Hvor længe må en afdragsordning vare?", "duration"),
    ("How long can the auction be postponed?", "duration"),
    ("How long is the extended limitation period in Finland?", None),
])
def test_the_kind_of_period_asked_for(question, kind):
    from assistant.rules.asked import asked_kind
    assert asked_kind(question) == kind


def test_a_dated_application_deadline_beats_the_judgments_validity():
    res = route("Jag har en dom från District Court i Irland som meddelades den 15 maj 2019. Senast vilket datum "
                "måste jag begära att domstolen kallar gäldenären för att pröva hans betalningsförmåga?")
    assert res.rule_id == "IE-instalment-order-application" and res.tool_calls[0].name == "compute_deadline"
    assert any(f.value == "2025-05-15" for f in res.facts)


def test_generic_stems_are_the_generic_words_stems():
    from assistant.rules.labels import GENERIC_STEMS, GENERIC_WORDS, STEM
    assert GENERIC_STEMS == {w[:STEM] for w in GENERIC_WORDS}
    assert not stems("fogeden kronofogden bailiff borgenär gäldenär")


def test_words_asking_for_a_kind_of_number_are_no_keywords():
    from assistant.rules.keywords import _quantity_word
    assert _quantity_word("procent") and _quantity_word("frist") and _quantity_word("how much")
    assert not _quantity_word("bøde")  # a fine is the subject of its rule
    # "procent" no longer makes every Hungarian percentage question the account-funds rule
    assert route("Hvor stor en procentdel af lønnen kan der højst trækkes i Ungarn?").rule_id == "HU-garnishment-wage"


def test_a_share_asked_for_prefers_a_percentage_or_fraction():
    from assistant.rules.asked import asked_kind
    assert asked_kind("What is the share of income that can be seized?") == "share"
    assert asked_kind("Hvor stor en procentdel af lønnen kan tages?") == "share"
    assert asked_kind("Hur mycket av lönen är skyddat?") is None
    assert route("What is the share of income that can be seized in Estonia?").rule_id == "EE-garnishment-share"


def test_the_latest_time_to_act_is_a_deadline():
    from assistant.rules.asked import asked_kind
    assert asked_kind("Hvornår skal fogeden senest fordele pengene?") == "deadline"
    assert asked_kind("By when must the bailiff pay out the proceeds?") == "deadline"


def test_a_keyword_winner_of_the_kind_asked_replaces_a_topic_rule_without_keywords():
    # "grænsen" cues a threshold; the question asks for a share, which the account-funds share rule states
    res = route("Hvor stor er andel af kontomidler der kan fuldbyrdes under grænsen i Ungarn?")
    assert res.rule_id == "HU-account-funds-share"


@pytest.mark.parametrize("question", ["Hvor mange dage skal der gå, før en spansk dom kan fuldbyrdes?",
                                      "How many days must pass before the judgment can be enforced?"])
def test_time_that_must_pass_before_a_step_is_a_wait(question):
    assert detect_topic(question) == "waiting"


def test_a_neighbour_topic_rule_cannot_claim_the_asked_topics_cue():
    # "fritaget" (exempt) is a keyword of the garnishment rule RO-low-income-protected: it does not make the
    # exempt question about food that rule's
    res = route("Hvor mange måneders fødevarer er fritaget for udlæg i Rumænien?")
    assert res.rule_id == "RO-exempt-food" and any(f.value == 3 for f in res.facts)


def test_a_negation_reaches_through_what_a_case_is_about():
    res = route("Hvor meget af min løn kan de tage i Rumænien, når det ikke drejer sig om underholdsbidrag?")
    assert res.rule_id == "RO-garnishment-other"


@pytest.mark.parametrize("question,rule_id", [
    ("Hvor lang tid har rekvirenten på Malta til at kommentere en indsigelse mod en udlægsforretning?",
     "MT-reply-objection"),
    ("How long is the creditor's time to reply to an objection in Slovenia?", "SI-objection-reply"),
])
def test_answering_a_complaint_is_a_step_of_the_proceedings(question, rule_id):
    assert detect_topic(question) == "processing"
    assert route(question).rule_id == rule_id


def test_an_exempt_question_gets_no_garnishment_share_by_default():
    res = route("Kan fogeden i Tjekkiet tage alle de kontanter, jeg har liggende derhjemme?")
    assert res.rule_id is None and not res.facts


def test_an_officials_fine_for_non_compliance_is_its_own_rule_with_the_persons_beside_it():
    res = route("Hvor stor en bøde kan en embedsmand i Letland idømmes for ikke at følge fogedens krav?")
    assert res.rule_id == "LV-fine-official"
    assert {f.value for f in res.facts if f.unit == "EUR"} == {750, 360}  # the one sentence states both


@pytest.mark.parametrize("question,term", [("hvad koster det at få fogeden til at køre ud", "travel"),
                                           ("før de kan sælge mit hus", "home"),
                                           ("högsta böter för utevaro", "appear")])
def test_travel_home_and_non_appearance_words(question, term):
    assert term in with_concepts(question)


def test_a_professionals_pay_is_a_fee_and_the_time_to_pay_is_voluntary():
    assert detect_topic("Hvad får auktionslederen i salær?") == "fee"
    assert detect_topic("Retten har pålagt mig at betale. Hvor mange dage har jeg?") == "voluntary"


def test_the_kind_asked_for_outranks_keywords_within_a_topic():
    # the request deadline has more keywords ("auktion", "suspension" …), the question asks for a length
    assert route("Hur länge kan en auktion i Grekland skjutas upp?").rule_id == "GR-auction-suspension-length"


@pytest.mark.parametrize("question,rule_id,end", [
    ("Afgørelsen blev forkyndt for mig den 1. marts 2026 i Tjekkiet. Hvad er sidste dag?", "CZ-appeal", "2026-03-16"),
    ("I was served the Czech decision on 1 March 2026. What is the last day I can do something about it?",
     "CZ-appeal", "2026-03-16"),
])
def test_a_dated_service_and_a_time_asked_compute_the_appeal_deadline(question, rule_id, end):
    res = route(question)
    assert res.rule_id == rule_id and res.tool_calls[0].name == "compute_deadline"
    assert any(f.value == end for f in res.facts)


def test_without_a_date_a_served_decision_names_no_topic():
    from assistant.rules.question import deadline_topic
    from assistant.rules.router import RouterState
    assert deadline_topic("Afgørelsen blev forkyndt i Tjekkiet. Hvad er sidste dag?", None, RouterState()) is None


@pytest.mark.parametrize("text", ["i run my own company", "jeg har eget firma", "jag har en enskild firma"])
def test_own_company_is_self_employed_not_a_legal_person(text):
    from assistant.rules.concepts import with_concepts

    joined = with_concepts(text)
    assert "self-employed" in joined and "legal person" not in joined


def test_a_company_is_a_legal_person():
    from assistant.rules.concepts import with_concepts

    assert "legal person" in with_concepts("the company owes me money")


@pytest.mark.parametrize("question", [
    "kreditor er en privatperson", "borgenären är en privatperson", "the creditor is a private individual",
])
def test_a_concept_term_reads_on_in_every_languages_phrase(question):
    # the words before the cue are written before each further term, so "kreditor er en fysisk person" and
    # "creditor is a natural person" both read on
    text = with_concepts(question)
    assert any(p in text for p in ("kreditor er en fysisk person", "borgenären är en fysisk person",
                                   "creditor is a natural person"))
    assert "natural person" in text and "fysisk person" in text


@pytest.mark.parametrize("question", [
    "Jeg har bedt retten på Malta om at afvise udlægsbegæringen. Hvor lang tid har kreditor til at svare?",
    "Jeg har bedt retten på Malta om å avvise utleggsbegjæringen. Hvor lang tid har kreditor på å svare?",
    "Jag har bett domstolen på Malta att avvisa ansökan. Hur lång tid har borgenären på sig att svara?",
    "I asked the court in Malta to reject the warrant. How long does the creditor have to respond?",
])
def test_a_partys_time_to_reply_is_the_reply_rule(question):
    # "til at svare", "att svara", "to respond": replying to what another party filed ("reply" in the rule)
    res = route(question)
    assert res.rule_id == "MT-reply-objection" and [(f.value, f.unit) for f in res.facts] == [(10, "day")]


def test_the_noun_svar_is_no_reply():
    assert "reply" not in with_concepts("hvornår får jeg svar fra fogeden?")
