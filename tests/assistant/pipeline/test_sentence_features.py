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


def test_a_removal_question_and_the_sentence_that_says_where_the_seized_things_stay():
    from assistant.pipeline.sentence_features import asks_removal, states_custody

    assert asks_removal("Fogeden i Belgien har gjort udlæg i mine møbler. Skal de så fjernes fra min lejlighed med det samme?")
    assert asks_removal("Fogeden i Belgien har gjort udlæg i min bil. Skal jeg aflevere den med det samme?")
    assert asks_removal("And my van that I need for my work, will they just drive it away?")
    assert asks_removal("Kan fogeden tage mine møbler med?")
    assert asks_removal("Kommer de att hämta bilen direkt?")
    # taking a thing off the list of things to be sold is no removal from the home
    assert not asks_removal("Namsmannen avslo å fjerne en gjenstand fra listen. Hva er siste dag for å gå til retten?")
    assert not asks_removal("How much clothing am I allowed to keep?")
    assert states_custody("Aktiverne forbliver dog i skyldnerens besiddelse.")
    assert states_custody("Medmindre køretøjet er taget i forvaring, kan skyldner bruge køretøjet, indtil det er solgt.")
    assert states_custody("… i første omgang er der tale om en forebyggende foranstaltning – aktiverne flyttes ikke.")
    assert states_custody("De aktiver, der er gjort arrest eller udlæg i, kan fjernes med det samme.")
    # possession of a title, or in whose hands the assets are, says nothing of where the seized things stay
    assert not states_custody("Kreditor skal være i besiddelse af et eksigibelt dokument vedrørende sit krav.")
    assert not states_custody("Det er dog irrelevant, i hvis besiddelse skyldners aktiver befinder sig.")


def test_a_refusal_question_and_the_sentence_that_states_the_duty_to_help():
    from assistant.pipeline.sentence_features import asks_duty, states_duty

    assert asks_duty("Min skyldners bank i Spanien vil ikke give retten oplysninger om hans konti. Kan den bare nægte?")
    assert asks_duty("A court has asked our payroll department for details. Is our company obliged to cooperate?")
    assert asks_duty("Har min bank i Sverige pligt til at fortælle dem om mine konti?")
    assert asks_duty("Kan banken vägra?")
    assert not asks_duty("Hvad gør fogeden, hvis skyldneren nægter at betale?")
    assert states_duty("Desuden består der en forpligtelse for alle privatpersoner samt offentligretlige og privatretlige "
                       "organer til at bidrage til fuldbyrdelsesforanstaltningerne.")
    assert states_duty("Det betyder, at de har pligt til at udlevere de oplysninger, de anmodes om.")
    assert states_duty("En bank skal således afgive oplysning om skyldners bankkonti.")
    assert states_duty("Skyldners familie og venner har også oplysningspligt.")
    # a duty the judgment imposes on the debtor is no duty to help the enforcement
    assert not states_duty("Tvangsfuldbyrdelse kan også vedrøre pligt til at gøre eller ikke gøre noget.")
    assert not states_duty("Hvis skyldner er forpligtet til at udlevere løsøre, skal fogeden inddrive det.")


def test_what_happens_if_i_sell_it_anyway_and_the_sentence_that_states_the_sanction():
    from assistant.pipeline.sentence_features import asks_sanction, states_sanction

    assert asks_sanction("Fogeden har gjort udlæg i mit fjernsyn i Frankrig. Hvad sker der, hvis jeg sælger det alligevel?")
    assert asks_sanction("The bailiff has seized my furniture. What happens if I sell some of it anyway?")
    assert asks_sanction("Hva skjer hvis jeg gir bort verdisakene mine til en venn?")
    # what happens next, or if the debtor does not pay, is no disposal of a seized thing
    assert not asks_sanction("Hva skjer videre etter utleggsforretningen?")
    assert not asks_sanction("Hvad sker der, hvis skyldneren ikke betaler?")
    assert states_sanction("Hvis skyldneren ikke overholder denne forpligtelse, begår skyldneren en lovovertrædelse.")
    assert states_sanction("… overtrædelse af denne bestemmelse medfører straf i form af bøde.")
    assert states_sanction("En skyldner ifalder ligeledes strafansvar, hvis han ødelægger aktivet.")
    # a penalty payment ("tvangsbøde") is no sanction of the debtor's disposal
    assert not states_sanction("Retten kan pålægge en tvangsbøde.")
    assert not states_sanction("Skyldneren har herefter ikke længere råderet over aktiverne.")


def test_a_may_i_sell_question_about_a_seized_thing_asks_for_the_sanction_too():
    from assistant.pipeline.sentence_features import asks_sale_permission

    assert asks_sale_permission("Fogeden har gjort udlæg i min sofagruppe i Frankrig. Må jeg sælge den på nettet før "
                                "auktionen, så jeg selv kan betale gælden?")
    assert asks_sale_permission("Namsmannen har tatt utlegg i bilen min. Kan jeg likevel selge den?")
    assert asks_sale_permission("The bailiff seized my TV. May I still sell it?")
    assert asks_sale_permission("Kronofogden har utmätt min bil. Får jag sälja den?")
    # no seizure: selling with the court's leave, or selling at all
    assert not asks_sale_permission("Kan jeg sælge min ejendom i mindelighed?")
    assert not asks_sale_permission("Fogeden har gjort udlæg i min bil. Hvem sælger den?")


def test_a_question_whether_other_rules_apply_and_the_sentence_that_states_the_sameness():
    from assistant.pipeline.sentence_features import asks_sameness, states_sameness

    assert asks_sameness("Gælder der andre regler, når det er fogeden og ikke domstolen, der står for fuldbyrdelsen?")
    assert asks_sameness("Gäller samma regler när kronofogden verkställer?")
    assert asks_sameness("Is there any difference when a bailiff enforces it?")
    assert asks_sameness("Er det annerledes når namsmannen gjør det?")
    # "forskellige" is "various"
    assert not asks_sameness("Hvor i lovgivningen står betingelserne for de forskellige fuldbyrdelsesordrer?")
    assert not asks_sameness("Hvilke regler gælder for udlæg i løn?")
    assert states_sameness("Fogedproceduren er – som civil udenretslig procedure – identisk med domstolenes procedure.")
    assert states_sameness("Det samme gælder på tilsvarende måde for notarer.")
    assert not states_sameness("Fogeden træffer fuldbyrdelsesforanstaltninger.")


def test_a_from_when_question_and_the_sentence_that_states_the_start():
    from assistant.pipeline.sentence_features import asks_start, states_start

    assert asks_start("Fra hvornår regnes gyldighedsperioden for fuldbyrdelsesgrundlaget?")
    assert asks_start("Fra hvornår har udlægget egentlig retsvirkning?")
    assert asks_start("När börjar fristen att löpa?")
    assert asks_start("From when does the ten-year period run?")
    assert asks_start("When does the seizure take effect?")
    assert not asks_start("Hvornår kan jeg starte tvangsfuldbyrdelsen?")
    assert not asks_start("Hvor længe er dommen gyldig?")
    assert states_start("Denne tidsfrist begynder at løbe, så snart der iværksættes en tvangsfuldbyrdelsesforanstaltning.")
    assert states_start("… inden for forældelsesfristen (normalt fem år), at regne fra afsigelsen af retsafgørelsen.")
    assert states_start("Udlægget får retsvirkning, når det er blevet tinglyst.")
    assert not states_start("Et tvangsfuldbyrdelsesgrundlag er i princippet gyldigt i ti år.")


def test_asks_appeal_is_a_yes_no_question_whether_a_decision_can_be_appealed():
    from assistant.pipeline.sentence_features import asks_appeal, states_appealable

    assert asks_appeal("Kan fogedrettens afgørelse om udlæg i min løn i Frankrig ankes?")
    assert asks_appeal("The court has authorised garnishment of my wages. Is there any way to challenge that decision?")
    assert asks_appeal("Kan beslutet överklagas?")
    assert not asks_appeal("Hvordan anker jeg fogedens afgørelse?")
    assert not asks_appeal("Which court hears the appeal?")
    assert not asks_appeal("Hvor mange penge kan fogeden tage af min løn?")
    assert states_appealable("Rettens afgørelse kan gøres til genstand for en appel eller en kassationsappel afhængigt "
                             "af kravets størrelse.")
    assert states_appealable("Fogedmyndighedens afgørelser kan normalt appelleres.")
    assert states_appealable("En fogeds afgørelse kan ikke ankes til en domstol, hvis ikke den først er kæret.")
    # finality, not appealability: a relative clause on the judgment
    assert not states_appealable("De relevante afgørelser omfatter endelige domme, som ikke længere kan appelleres.")
    assert not states_appealable("Afgørelser er eksigible, hvis de ikke kan appelleres med opsættende virkning.")


def test_after_clause_places_the_question_after_a_point():
    from assistant.pipeline.sentence_features import after_clause

    assert after_clause("Og når året er gået?") == "året er gået"
    assert after_clause("Kan kendelsen forlænges, når året er gået?") == "året er gået"
    assert after_clause("Hva skjer videre etter at namsmannen har tatt utleggspant i tingene mine?") \
        == "namsmannen har tatt utleggspant i tingene mine"
    assert after_clause("Og hva skjer med pengene når eiendelene til slutt er solgt?") == "eiendelene til slutt er solgt"
    assert after_clause("What happens after the goods have been sold?") == "the goods have been sold"


def test_when_as_a_question_word_or_a_duration_is_no_after_clause():
    from assistant.pipeline.sentence_features import after_clause

    assert after_clause("Når kan jeg klage?") is None  # the question word: a verb follows it
    assert after_clause("Hvornår er fristen?") is None
    assert after_clause("Hvad sker der, når fogeden kommer?") is None  # no completed step
    assert after_clause("How long after the judgment has been given can I enforce it?") is None
    assert after_clause("Kan jeg sælge bilen efter udlæg?") is None


def test_a_when_clause_that_is_a_condition_is_no_after_clause():
    from assistant.pipeline.sentence_features import after_clause

    # a condition of the question, not a point it is placed after
    assert after_clause("Hvor stort gebyr tar namsmannen av kreditor når et pengekrav blir inndrevet?") is None
    assert after_clause("Kan man miste sit kørekort, når ens gæld bliver tvangsfuldbyrdet?") is None
    assert after_clause("Gælder der andre regler, når det er fogeden og ikke domstolen, der står for det?") is None
    # what happens when …, a period run out, or the clause alone
    assert after_clause("Hva skjer når eiendelene er solgt?") == "eiendelene er solgt"
    assert after_clause("Kan den forlænges, når fristen er udløbet?") == "fristen er udløbet"
    assert after_clause("Og når bilen er solgt?") == "bilen er solgt"
