"""A specific detail a page does not state (a fee, a deadline, a phone number) is not answered:
``assistant.pipeline.stated``."""

import pytest

from assistant.models import Citation, Fact
from assistant.pipeline import prompts as P
from assistant.pipeline.fakes import KeywordRetriever
from assistant.pipeline.stated import (asked_detail, detail_subject_sections, quote_states, second_pass_test,
                                       states_count, states_detail)
from tests.assistant.pipeline.probes_abstention import DEADLINE_NOT_STATED, DEADLINE_STATED, NOT_STATED

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question,code", NOT_STATED)
def test_not_stated_questions_ask_for_a_detail(question, code):
    assert asked_detail(question) in {"money", "rate", "deadline", "contact"}


@pytest.mark.parametrize("question,code", DEADLINE_STATED + DEADLINE_NOT_STATED + [
    ("Hvor mange dage har jeg til at klage i Luxembourg?", "LU"),
    ("Hur lång tid har jag på mig att överklaga i Finland?", "FI"),
])
def test_deadline_without_the_word(question, code):
    assert asked_detail(question) == "deadline"


@pytest.mark.parametrize("question", [
    "How long does an attachment last in Sweden?",       # how long a measure lasts, not a deadline
    "Hvor mange dage gælder et udlæg i Belgien?",
    "Hvor længe gælder et udlæg i Sverige?",            # how long: pages answer in words
    "Hvilke omkostninger er der ved tvangsfuldbyrdelse i Tyskland?",
    "Hvem betaler gebyret i Frankrig?",                  # who, not what
    "By what date must the fee be paid in Slovenia?",    # a date, not the fee
    "Kan en afgørelse om udlæg appelleres i Tyskland?",
])
def test_not_a_detail_question(question):
    assert asked_detail(question) is None


def _fact(unit: str, section: str = "5") -> Fact:
    cit = Citation(country="DE", section=section, title="t", chunk_id="c", quote="q", url="u")
    return Fact(name="x", value=2, unit=unit, label="l", citation=cit)


def test_states_detail():
    assert states_detail("money", [], [("3.1", "Gebyret er 26 EUR.")])
    assert states_detail("money", [], [("3.1", "gebyret 2 % af fordringens værdi")])
    assert not states_detail("money", [], [("3.1", "Et eventuelt retsgebyr skal betales.")])
    assert not states_detail("money", [_fact("day")], [])
    assert states_detail("money", [_fact("EUR")], [])
    # a deadline: a figure with a deadline word, from the question's own section, or "no time limit"
    assert states_detail("deadline", [], [("5", "Klagen skal indgives inden for en frist på to uger.")], ["5"])
    assert not states_detail("deadline", [], [("1", "suspenderes i otte dage fra domsdatoen")], ["5"])
    assert not states_detail("deadline", [_fact("month", "4.3")], [], ["5"])
    assert states_detail("deadline", [_fact("week", "5")], [], ["5"])
    assert states_detail("deadline", [], [("5", "Der er ingen tidsfrist for appel.")], ["5"])
    # a rule fact off the subject's sections answers something else; a quoted fee names itself
    assert not states_detail("money", [_fact("EUR", "6")], [], ["4.1"])
    assert states_detail("money", [], [("3.1", "Gebyret er 26 EUR.")], ["4.1"])
    # ... but off those sections an amount that is no charge answers nothing (golden q-552, Malta)
    assert not states_detail("money", [], [("3", "fordringer, der er forfaldne til betaling, og beløbet ikke "
                                                  "overstiger 25000 EUR")], ["3.1"])
    # a base rate is a charge ("grundsatsen 600 SEK"; a regression of the Malta rule found by the final test run)
    assert states_detail("money", [], [("3.1", "I en fuldbyrdelsessag vedrørende et privatretligt krav er "
                                              "grundsatsen 600 SEK.")], ["2", "3.2"])
    assert not states_detail("contact", [], [("2", "Fogeden er en offentlig embedsmand.")])
    assert states_detail("contact", [], [("2", "Se www.example.invalid")])


def test_unstated_fee_abstains(assistant):
    # the fake retriever quotes Austria's page, which names no fee: say so, never a neighbouring passage
    r = assistant.ask(assistant.new_session(), "Hvad er fogedens gebyr for et udlæg i Østrig?")
    assert r.abstained and not r.clarification and not r.citations
    assert r.debug["stage"] == "detail_not_stated"
    assert r.text == P.text("detail_not_stated", "da", countries="Østrig", what=P.text("detail_money", "da"))


@pytest.mark.parametrize("question,wanted,unwanted", [
    # "frist" alone points to the limits section (6); the deadline's subject (appeal) decides
    ("What is the deadline for appealing an enforcement measure in Cyprus?", "5", "6"),
    # a compound keeps its subject: "appel-fristen" is about appeals
    ("Hvad er appelfristen for en afgørelse om udlæg i Belgien?", "5", "6"),
])
def test_detail_subject_sections(question, wanted, unwanted):
    sections = detail_subject_sections(question)
    assert wanted in sections and unwanted not in sections


def test_no_named_detail_no_subject_sections():
    assert detail_subject_sections("Hvor længe gælder et udlæg i Sverige?") is None
    # a deadline asked without naming it: its topic is a weak guide to where it is stated ...
    assert detail_subject_sections("Hvor lang tid har jeg til at betale i Luxembourg?") is None
    # ... except an appeal's: the appeals section, or a sentence about appealing
    assert detail_subject_sections("Hvor lang tid har jeg til at klage i Luxembourg?") == ["5"]
    assert detail_subject_sections("Hvor mange dage har jeg til at gøre indsigelse i Italien?") == ["5"]
    # a dispute over enforcement is a challenge too (golden q-827: no 20-year limitation for its deadline)
    assert detail_subject_sections("Hvor mange dage har skyldneren til at indlede en fuldbyrdelsestvist?") == ["5"]


def test_an_appeal_deadline_is_not_another_step_s_deadline():
    appeal = ["5"]
    # golden q-669: "udlægget skal finde sted senest 90 dage" is the procedure's deadline, not the objection's
    assert not states_detail("deadline", [], [("3.1", "Udlægget skal finde sted senest 90 dage efter forkyndelsen.")], appeal)
    # stated beside the measure it appeals, in words about appealing, or by a rule of topic appeal
    assert states_detail("deadline", [], [("3.1", "Afgørelsen kan påklages inden for en frist på 15 dage.")], appeal)
    assert not states_detail("deadline", [_fact("day", "3.1")], [], appeal)  # rule "x" is unknown: no topic


@pytest.mark.parametrize("question", [
    "Hvor lang er forældelsesfristen for en dom i Rumænien?",
    "Hvad er forældelsesfristen for at tvangsfuldbyrde en dom i Belgien?",
    "Hur lång är preskriptionstiden för en dom i Finland?",
    "Hvor lang er foreldelsesfristen for en dom i Polen?",
    "What is the limitation period for enforcing a judgment in Malta?",
    "Kan en dom i Ungarn blive forældet?",
    "Is my debt time-barred in Italy after ten years?",
])
def test_limitation_questions(question):
    assert asked_detail(question) == "limitation"
    assert detail_subject_sections(question) is None  # found by its words, wherever the page says it


def test_parent_is_not_limitation():
    assert asked_detail("Kan forælderen begære tvangsfuldbyrdelse af en samværsafgørelse i Sverige?") is None


def test_limitation_is_stated_by_a_limitation_rule_or_words():
    rule = _fact("year", "6").model_copy(update={"name": "BE-limitation"})
    other = _fact("year", "4.3").model_copy(update={"name": "BE-attachment-order-registration"})
    assert states_detail("limitation", [rule], [])
    assert not states_detail("limitation", [other], [("3.2", "Der er fastsat en frist på to uger for appel.")])
    assert states_detail("limitation", [], [("6", "Forældelsesfristen er tre år.")])
    assert states_detail("limitation", [], [("6", "Forældelsen afbrydes ved et eksekutionsfundament.")])
    assert not states_detail("limitation", [], [("3.1", "Begæringen kan indgives af den forælder, som barnet skal flytte til.")])


def test_extension_questions_and_statements():
    from assistant.pipeline.stated import asks_extension, states_extension

    for q in ("Kan fristen forlænges?", "Can it be extended?", "Kan fristen forlenges?", "Kan den förlängas?",
              "Kan udlægget fornyes?", "Can the deadline be postponed?"):
        assert asks_extension(q), q
    for q in ("Hvor længe gælder et udlæg?", "What is the deadline?", "Kan fogeden tage min bil?",
              "Kan fogeden udsætte mig af min lejlighed i Sverige?"):  # 'udsætte' = evict
        assert not asks_extension(q), q
    assert states_extension("medmindre forældelsesfristen afbrydes eller forlænges")
    assert states_extension("Kreditor kan anmode om, at tvangsfuldbyrdelsen suspenderes i op til et år")
    assert not states_extension("Et kæreskrift skal indgives inden for en frist på tre uger.")
    assert not states_extension("Fogeden kan foretage udsættelse af lejeren.")  # an eviction


def test_a_title_that_does_or_does_not_expire_states_the_limitation():
    from assistant.pipeline.stated import quote_states

    assert quote_states("limitation", "Eksigible dokumenter, der meddeles efter luxembourgsk lovgivning, udløber ikke, "
                                      "og rettigheder i den forbindelse fortabes ikke med tiden.")
    assert quote_states("limitation", "Kravet bortfalder, hvis det ikke er gjort gældende inden ti år.")
    # expiry of something else, or a title without expiry, is not the limitation
    assert not quote_states("limitation", "Fristen for appel udløber otte dage efter forkyndelsen.")
    assert not quote_states("limitation", "Dommen skal være eksigibel, før der kan gøres udlæg.")
    assert not quote_states("limitation", "Fristen for at anke dommen udløber fire uger efter afsigelsen.")
    assert not quote_states("limitation", "Skyldneren har ret til at klage; klagefristen udløber efter 8 dage.")
    assert not quote_states("limitation", "Kravet forfalder til betaling 14 dage efter, at dommen er afsagt.")


class _RankedRetriever(KeywordRetriever):
    """Retrieval that ranks Luxembourg's sections in a fixed order, the answering one (4.3) last."""

    ORDER = ["3.2", "1", "2", "4.3"]

    def retrieve(self, question, *, countries=None, topic_sections=None, k=None):
        from assistant.models import Evidence
        from assistant.pipeline.fakes import FakeResult, corpus_chunks

        chunks = sorted((c for c in corpus_chunks() if c.country == "LU" and c.section in self.ORDER),
                        key=lambda c: (self.ORDER.index(c.section), c.id))
        firsts = list({c.section: c for c in reversed(chunks)}.values())[::-1]
        return FakeResult([Evidence(chunk=c, score=1.0 - 0.1 * i) for i, c in enumerate(firsts)], 0.9, False)


def test_a_limitation_stated_below_the_first_picks_is_found_by_a_second_pass(settings):
    from assistant.pipeline import Assistant
    from assistant.pipeline.fakes import TableRouter

    bot = Assistant(settings, retriever=_RankedRetriever(), router=TableRouter())
    q = "Bliver en eksigibel dom i Luxembourg forældet, hvis jeg venter mange år med at bruge den?"
    r = bot.ask(bot.new_session(), q)
    assert not r.abstained, r.debug.get("stage")
    assert any("udløber ikke" in c.quote for c in r.citations)
    assert r.debug.get("detail_second_pass") == "limitation"


def test_a_national_remedy_name_is_an_appeal_subject():
    # "en Rekurs mod fuldbyrdelsespåtegningen" (Austria) names the appeal in the page's own German word: the
    # deadline asked is the appeal's (section 5), not the application's (golden q-870, dev)
    assert "5" in detail_subject_sections("Inden for hvilken frist skal en Rekurs indgives i Østrig?")
    assert "5" in detail_subject_sections("What is the deadline for a Beschwerde in Germany?")
    # Italy's "opposizione", France's "opposition", the Netherlands' "verzet" (session 9, dev D9)
    assert detail_subject_sections("Hvor mange dage har jeg til at indgive en opposizione agli atti esecutivi?") == ["5"]
    assert detail_subject_sections("How many days do I have to file an opposition in France?") == ["5"]


def test_a_dispute_in_a_quote_is_an_appeal_only_over_the_enforcement():
    appeal = ["5"]
    # Croatia's time to pay on a bill of exchange is no deadline to appeal (golden q-886, dev)
    assert not states_detail("deadline", [], [("3.2", "pålægge skyldneren at opfylde kravet inden for otte dage, og i "
                                                      "tilfælde af tvister vedrørende veksler og checks inden for tre dage")], appeal)
    assert states_detail("deadline", [], [("3.2", "Tvister i forbindelse med fuldbyrdelsen skal indbringes inden for "
                                                  "otte dage.")], appeal)
    assert states_detail("deadline", [], [("3.2", "En fuldbyrdelsestvist skal rejses inden for otte dage.")], appeal)


@pytest.mark.parametrize("question", [
    "Hvad tager en privat foged i Bulgarien i gebyr for at inddrive et krav?",
    "Hvor meget skal jeg betale fogeden i Letland i salær for et udlæg?",
    "What does the bailiff in Malta ask in fees for a seizure?",
    "Vad tar Kronofogden ut i avgift för en utmätning?",
])
def test_a_fee_named_after_the_verb_is_a_money_detail(question):
    assert asked_detail(question) == "money"


def test_a_fee_word_without_a_question_of_amount_is_no_money_detail():
    assert asked_detail("Skal jeg betale i Bulgarien?") is None
    assert asked_detail("Hvem tager sig af gebyr i Bulgarien?") is None


@pytest.mark.parametrize("question", [
    "På hvilke tidspunkter af døgnet må en foged i Belgien ikke komme og gøre udlæg?",
    "Hvilke klokkeslett kan namsmannen komme hjem til meg i Belgia?",
    "Vilka tider på dygnet får kronofogden komma i Belgien?",
    "At what time of day may the bailiff in Belgium not call?",
])
def test_hours_of_the_day_are_a_detail_of_their_own(question):
    assert asked_detail(question) == "clock"


def test_hours_are_stated_by_a_clock_time_or_the_days_course_not_by_certain_times():
    assert quote_states("clock", "Fuldbyrdelsesforanstaltninger må kun iværksættes mellem kl. 6.00 og kl. 21.00")
    assert quote_states("clock", "Udlæg må kun foretages mellem solopgang og solnedgang.")
    # Belgium names that such times exist, not which: the page does not state the hours
    assert not quote_states("clock", "Af respekt for skyldners privatliv er der visse tidspunkter, hvor "
                                     "tvangsfuldbyrdelsen ikke må foretages (artikel 1387 i retsplejeloven)")


@pytest.mark.parametrize("question", [
    "Jeg vil anfægte gyldigheden af et dokument i en tvangsfuldbyrdelse mod mig i Grækenland. Hvad er fristen?",
    "Jeg vil bestride gyldigheten av et dokument i tvangsfullbyrdelsen mot meg. Hva er fristen?",
    "Jag vill bestrida giltigheten av en handling i verkställigheten mot mig. Vad är fristen?",
    "I want to challenge the validity of a document in the enforcement against me. What is the deadline?",
])
def test_deadline_beside_a_challenge_is_the_challenges(question):
    # what is challenged (a document's validity) is the object of the verb, not the deadline's subject: the
    # deadline is the challenge's (section 5), not the period a measure stays valid (4.3)
    assert detail_subject_sections(question) == ["5"]


def _rule_fact(rule_id: str) -> Fact:
    from assistant.rules.schema import load_rules

    rule = load_rules()[rule_id]
    cit = Citation(country=rule.country, section=rule.section, title="t", chunk_id="c", quote=rule.quote, url="u")
    return Fact(name=rule_id, value=rule.value, unit=rule.unit, label="l", citation=cit)


@pytest.mark.parametrize("question,sections", [
    ("Hvad er fristen for salg af beslaglagt ejendom i Cypern?", ["4.1", "4.2"]),
    ("What is the deadline to sell seized property in Cyprus?", ["4.1", "4.2"]),
    ("Vad är fristen för försäljning av utmätt egendom på Cypern?", ["4.1", "4.2"]),
    ("Hva er fristen for salg av beslaglagt eiendom på Kypros?", ["4.1", "4.2"]),
])
def test_a_rule_named_by_its_label_states_the_detail_off_the_topic_sections(question, sections):
    # the rule (section 6) is named by its own label: the topic's sections (seizing property) are a weaker guide
    fact = _rule_fact("CY-sale-deadline")
    assert states_detail("deadline", [fact], [], sections, question=question)
    assert not states_detail("deadline", [fact], [], sections)


def test_a_rule_not_named_stays_off_topic():
    # "the deadline to appeal" does not name the sale's deadline: its three days are no answer
    fact = _rule_fact("CY-sale-deadline")
    assert not states_detail("deadline", [fact], [], ["5"], question="What is the deadline to appeal in Cyprus?")
    assert not states_detail("deadline", [fact], [], ["4.1"], question="What is the deadline for seizing property?")


def test_a_compound_with_the_detail_noun_names_the_same_subject():
    # "retsgebyr" in the question and the label: the fee noun is left out of both, "rets" stays
    fact = _rule_fact("SK-court-fee-payment")
    assert states_detail("deadline", [fact], [], ["6"], question="Hvad er fristen for betaling af retsgebyr i Slovakiet?")


def test_follow_up_asking_its_own_yes_no_question_drops_the_earlier_detail():
    # the resolved question carries the fee asked two turns back; "kan det så ankes?" asks something else
    asked = ("Hvad koster stempelafgiften i Rumænien? Og hvis jeg har tre domme mod den samme skyldner? "
             "Hvis retten afviser min anmodning om erklæringen, kan det så ankes?")
    assert asked_detail(asked) is None
    assert asked_detail("What is the court fee in Slovakia? Can it be paid later?") is None
    # a condition without a question of its own, or the same thing asked again, still asks the fee
    assert asked_detail("Hvad koster stempelafgiften i Rumænien? Og hvis jeg har tre domme?") == "money"
    assert asked_detail("Hvad er gebyret i Sverige? Er det det samme i Norge?") == "money"
    assert asked_detail("Hvad er gebyret, og kan det ankes?") == "money"  # one sentence: unchanged


def test_second_pass_for_a_deadline_only_when_it_is_the_time_to_pay():
    test = second_pass_test("deadline", "Hvor mye er rettsgebyret, og hvor lang tid har jeg på meg til å betale det?")
    assert test is not None
    assert test("hvis det ikke er indbetalt inden for 15 dage efter indgivelse af begæringen, afvises den")
    assert not test("Appel skal indgives inden for 15 dage.")  # another deadline of the page
    assert second_pass_test("deadline", "Hvor lang tid har jeg til at anke?") is None
    assert second_pass_test("limitation", "Bliver dommen forældet?") is not None
    assert second_pass_test("money", "Hvad er gebyret?") is None


def test_a_count_of_the_named_thing_states_it():
    question = "Jeg er biavler i Bulgarien. Hvor mange bistader skal fogeden lade mig beholde?"
    assert states_count(question, "to stykker trækkvæg, en ko, fem stykker får og geder, ti bistader og tamfjerkræ")
    assert not states_count(question, "nødvendigt kvæg og tamfjerkræ")
    assert states_count("How many beehives may I keep?", "ten beehives")
    # a count of a unit or a currency is has_figure's: "en euro" in passing is no answer to "hvor mange euro"
    assert not states_count("Hvor mange euro koster det?", "det koster en euro")
    assert not states_count("Hvad koster det?", "ti bistader")


@pytest.mark.parametrize("question", [
    "Hvor lang klagefrist har jeg hvis jeg er uenig i utlegget i Norge?", "Hvor lang er ankefristen i Polen?",
    "Hur lång är överklagandefristen i Sverige?", "How long is the deadline to object in Malta?",
])
def test_a_deadline_asked_by_its_length_is_a_deadline(question):
    assert asked_detail(question) == "deadline"


def test_how_long_without_a_time_limit_noun_is_no_detail():
    assert asked_detail("Hvor lang tid tager det at klage i Polen?") is None


@pytest.mark.parametrize("question", [
    "Hvor mange af mine bistader kan fogeden ikke tage?",   # dev q-2045
    "Hvor mange av bistadene mine kan namsmannen ikke ta?",
    "Hur många av mina bistader får kronofogden inte ta?",
    "How many of my beehives can the bailiff not take?",
])
def test_a_partitive_count_is_stated_by_a_number_of_the_thing(question):
    quote = "navnlig to stykker trækkvæg, en ko, fem stykker får og geder, ti bistader og tamfjerkræ; ten beehives"
    assert states_count(question, quote)
    assert not states_count(question, "nødvendigt kvæg og tamfjerkræ")
    # a partitive count of a unit is still has_figure's
    assert not states_count("Hvor mange af mine euro kan de tage?", "det koster en euro")


def test_a_deadline_stated_by_the_sale_that_ends_it():
    # Italy's page (D22 q-2579): a third party may object "until the property is sold", a time limit in words
    assert quote_states("deadline", "Tredjeparter, der påberåber sig tinglige rettigheder over fast ejendom, kan "
                                    "indbringe en appel for fogedretten, indtil ejendommen er solgt eller overdraget.")
    assert quote_states("deadline", "Indsigelsen kan fremsættes frem til tvangsauktionen.")
    assert quote_states("deadline", "An objection may be lodged until the property has been sold.")
    # how long a measure lasts, or a sale with no time word, is no deadline
    assert not quote_states("deadline", "Udlægget består, indtil gælden er betalt.")
    assert not quote_states("deadline", "Fogeden kan sælge ejendommen på tvangsauktion.")


def test_states_prolongation_is_extending_or_renewing_the_period_only():
    from assistant.pipeline.stated import states_extension, states_prolongation

    assert states_prolongation("Fristen kan forlænges i velbegrundede tilfælde (retsplejelovens artikel 1426).")
    assert states_prolongation("Udlægget kan fornyes.")
    # a suspension speaks of the period (states_extension) but does not say it is extended
    sent = "Tvangssalget af aktiverne suspenderes i så fald, indtil aktiverne er skiftet."
    assert states_extension(sent) and not states_prolongation(sent)
