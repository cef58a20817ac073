"""What a sentence states: a figure with a unit, in digits, words, shares, areas or a time of day."""

import pytest

from assistant.pipeline.sentence_features import has_figure

pytestmark = pytest.mark.unit


def test_an_area_is_a_figure():
    assert has_figure("dyrkede arealer, der ejes af skyldner (op til 0,5 ha for vindyrkning")
    assert has_figure("op til 3 ha for arealer")
    assert not has_figure("Der må ikke gøres udlæg i haven.")


def test_a_share_in_plural_words_or_a_multiple_is_a_figure():
    assert has_figure("kun to femtedele af krav fra fysiske personer")
    assert has_figure("to tredjedeler av lønnen")
    assert has_figure("For et overstigende beløb på op til tre gange den garanterede mindsteløn")
    assert not has_figure("der kun kan gøres udlæg én gang i ejendommen")


def test_a_time_of_day_is_a_figure():
    assert has_figure("Betaling skal ske senest kl. 10.00 på dagen for auktionen")
    assert has_figure("Udlæg kan foretages mellem klokken 7 og 21.")
    assert not has_figure("Fogeden kommer, når det passer.")


def test_a_yes_no_question_whether_it_stops_asks_about_suspension():
    from assistant.pipeline.sentence_features import asks_suspension, states_suspension

    assert asks_suspension("Stopper trekket mens klagen behandles?")
    assert asks_suspension("Jeg har anket kendelsen i Kroatien. Skal fogeden holde pause, mens anken behandles?")
    assert asks_suspension("Does an appeal stop the sale in Hungary?")
    # a way to stop it, or a stop after an infinitive marker, is a remedy question, not whether it suspends
    assert not asks_suspension("Hvordan stopper jeg tvangsauktionen?")
    assert not asks_suspension("Kan en skyldner gå til appelretten for at stoppe en foreløbig fuldbyrdelse?")
    assert not asks_suspension("Can a debtor ask the court of appeal to stop provisional enforcement?")
    assert states_suspension("Indgivelse af et kæreskrift suspenderer normalt ikke fuldbyrdelsessagen.")
    assert states_suspension("Appellen har ikke opsættende virkning.")
    assert not states_suspension("Hvis kæren tages til følge, underkender domstolen fogedrettens afgørelse.")


def test_a_stated_absence_of_limit_answers_whether_there_is_a_maximum_or_deadline():
    # D19: "Is there a maximum time …?" / "Is there a deadline …?" is answered by a negative statement
    from assistant.pipeline.sentence_features import asks_limit, states_no_limit

    assert asks_limit("Is there a maximum time they can keep him locked up?")
    assert asks_limit("Is there a deadline for applying to the bailiff?")
    assert asks_limit("Er der en øvre grænse for, hvor længe han kan sidde fængslet?")
    assert asks_limit("Finns det någon tidsgräns för ansökan?")
    assert asks_limit("Finnes det en frist for å begjære tvangsfullbyrdelse?")
    assert not asks_limit("Hvad koster det at få fogeden ud?")
    assert states_no_limit("Der er derfor ikke nogen grænse for, hvor længe en person kan holdes fængslet.")
    assert states_no_limit("I den civile retsplejelov er der ingen tidsfrist for indgivelse af en begæring.")
    assert states_no_limit("Der er ingen tidsbegrænsning for fuldbyrdelsesforanstaltningerne.")
    assert not states_no_limit("Fristen er to uger fra forkyndelsen.")


def test_a_where_to_lodge_question_and_the_sentence_that_names_the_place():
    from assistant.pipeline.sentence_features import asks_where_filed, states_where_filed

    assert asks_where_filed("Hvor skal en appel mod fogedens foranstaltninger indgives i Bulgarien?")
    assert asks_where_filed("In Hungary, where do I lodge an objection against something the bailiff has done?")
    assert asks_where_filed("Var ska jag lämna in överklagandet?")
    assert asks_where_filed("Where can I file an appeal?")
    # "hvor" + a quantity is no place; a where-question without a filing verb asks something else
    assert not asks_where_filed("Hvor meget skal jeg betale for at indgive en begæring?")
    assert not asks_where_filed("Hvor længe skal jeg vente, før jeg kan indgive begæringen?")
    assert not asks_where_filed("Hvor bor fogeden?")
    assert states_where_filed("Appeller skal indgives via fogeden ved den regionale domstol.")
    assert states_where_filed("Indsigelsen skal indgives til fogeden.")
    assert states_where_filed("Begæringen om tvangsfuldbyrdelse indgives normalt til distriktsdomstolen.")
    # when or by whom it is lodged is no place
    assert not states_where_filed("I henhold til artikel 436 i GPK skal appeller indgives senest én uge efter datoen.")
    assert not states_where_filed("Når en appel indgives, skal fogeden angive årsagerne.")
