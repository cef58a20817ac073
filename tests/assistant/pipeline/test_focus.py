"""Interrogative focus: a permission question is answered by the rule that allows or forbids the act."""

import pytest

from assistant.pipeline.focus import (asks_cost, asks_court, asks_law, asks_only, asks_permission, asks_which_actor,
                                      asks_who, names_actor, names_court, names_law,
                                      states_cost, states_no_other, states_permission)

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("question", [
    "Må jeg stadig bruge de ting, som fogeden har beslaglagt?",
    "Kronofogden har utmätt min bil. Får jag sälja den ändå?",
    "Fogeden har gjort udlæg i mit fjernsyn. Hvad sker der, hvis jeg sælger det alligevel?",
    "Could I be punished if I sell my car after it was seized?",
    "Er det strafbart at sælge ting, som fogeden har gjort udlæg i?",
    "Is it illegal to sell the seized car?",
    "Får man sälja sin bil efter att den utmätts?",
    "The bailiff has attached the money in my account. Can I still move it?",
    "Am I allowed to sell the seized car?",
    "Kan jeg fortsat bo i huset?",
    # may the other side act while a step is pending: answered by what may not be done in that period
    "Kan fogeden sælge computeren i mellemtiden?",
    "Can the creditor sell the house in the meantime?",
    "Får kronofogden sälja bilen medan jag överklagar?",
])
def test_permission_questions(question):
    assert asks_permission(question)


@pytest.mark.parametrize("question", [
    "Hvor meget mad må skyldner beholde?",  # an amount, not a permission
    "Hvilke husdyr får skyldneren beholde?",
    "Hvordan får jeg fullbyrdet en dom?",
    "Kan jeg appellere afgørelsen?",  # a remedy, not a permission to act
    "What can be seized?",
    "Hvad sker der, hvis jeg ikke betaler?",  # failing to pay is not an act on a seized asset
    "Er det dyrt at få en advokat?",
    "Kan kreditor kræve renter?",  # what the other side may claim, not an act in the meantime
    "Må fogeden komme om natten?",
])
def test_other_questions_are_not_permission_questions(question):
    assert not asks_permission(question)


@pytest.mark.parametrize("sentence,expected", [
    ("Fra dette tidspunkt må skyldner ikke disponere over aktiverne.", True),
    ("Enhver handling, hvor der disponeres over pengene, vil være ugyldig.", True),
    ("Skyldner kan ikke sælge aktivet, medmindre fogeden har tilladt det.", True),
    ("Skyldner har ikke længere adgang til dem.", True),
    ("Enhver, der ulovligt gør brug af beslaglagte aktiver, kan idømmes en straf.", True),
    ("Tvangssalg sker som oftest ved offentlige auktioner.", False),
    ("Der kan gøres udlæg i både fast ejendom og løsøre.", False),
])
def test_sentences_that_state_a_permission_or_prohibition(sentence, expected):
    assert states_permission(sentence) is expected


@pytest.mark.parametrize("question", [
    "Skal jeg betale for udskriften af dommen med fuldbyrdelsespåtegning i Nederlandene?",
    "Koster det noget at få en udskrift af dommen?",
    "Må jeg betale for kopien av dommen?",
    "Kostar det något att ansöka?",
    "Behöver jag betala för utdraget?",
    "Do I have to pay for the copy of the judgment?",
    "Does it cost anything to apply?",
    "Is it free?",
])
def test_questions_whether_something_costs_anything(question):
    assert asks_cost(question)


@pytest.mark.parametrize("question", [
    "Hvor meget skal jeg betale?",  # an amount, not whether there is a charge
    "Hvem skal betale gebyret?",  # who pays
    "Hvad koster det?",
    "Og hvis jeg ikke betaler gebyret med det samme?",
    "Hvad sker der, hvis jeg ikke betaler?",
    "What does it cost?",
])
def test_other_questions_are_not_questions_whether_it_costs(question):
    assert not asks_cost(question)


@pytest.mark.parametrize("sentence,expected", [
    ("Udskriften er gratis.", True),
    ("Der opkræves ingen afgift for tvangsfuldbyrdelser i henhold til forældreloven.", True),
    ("Gebyret er 26 EUR.", True),
    ("Ansøgningen behandles uden beregning.", True),
    ("Hvad angår renter, bøder og andre krav, som skyldneren er blevet pålagt at betale, gælder samme frist.", False),
    ("Det er en bekræftet udskrift af dommen.", False),
])
def test_sentences_that_state_a_charge_or_that_it_is_free(sentence, expected):
    assert states_cost(sentence) is expected


@pytest.mark.parametrize("question,expected", [
    ("Which Norwegian act governs how enforcement is carried out?", True),
    ("Hvilken lov regulerer tvangsfuldbyrdelse i Tyskland?", True),
    ("Hvilke lover gjelder for tvangsfullbyrdelse i Norge?", True),
    ("Vilken lag gäller för verkställighet i Sverige?", True),
    ("What is the legal basis for enforcement in Malta?", True),
    # where in the law: the line naming the act and its section answers
    ("Hvor i lovgivningen på Malta står betingelserne for de forskellige fuldbyrdelsesordrer?", True),
    ("Where in the law are the conditions set out?", True),
    ("Var i lagen står det?", True),
    # the same law as another case: the line naming the act that governs this one answers
    ("Gäller samma lag om exekutorer som när det handlar om skulder?", True),
    ("Does the same law apply to a contact order?", True),
    ("Gælder de samme regler, når det er fogeden?", False),
    ("Hvor i landet bor skyldneren?", False),
    ("Hvilken domstol behandler sagen?", False),
    ("Hvilke aktiver er undtaget efter loven?", False),  # an asset list, not a law
])
def test_questions_that_ask_which_law_governs(question, expected):
    assert asks_law(question) is expected


@pytest.mark.parametrize("sentence,expected", [
    ("Sager om tvangsfuldbyrdelse omfattet af lov om tvangsfuldbyrdelse (utsökningsbalken)", True),
    ("Hvis tvangsfuldbyrdelsen vedrører barnets ejendom, finder fuldbyrdelsesloven anvendelse.", True),
    ("I Tyskland er tvangsfuldbyrdelse omfattet af den civile retsplejelov (Zivilprozessordnung).", True),
    ("Tvangsfullbyrdelsesloven: Regulering av gjennomføring av tvangsfullbyrdelse", True),
    ("Følgende fuldbyrdelsesgrundlag kan danne basis for fuldbyrdelse.", False),
    ("Fogeden kan gøre udlæg i løn.", False),
])
def test_sentences_that_name_a_law(sentence, expected):
    assert names_law(sentence) is expected


@pytest.mark.parametrize("question,expected", [
    ("Hvilken slags domstol behandler normalt en fuldbyrdelsessag i Kroatien?", True),
    ("Vilken domstol är behörig för verkställighet i Tjeckien?", True),
    ("Hvilken domstol behandler appellen i en spansk fuldbyrdelsessag?", True),
    ("Which court hears an objection in Hungary?", True),
    ("Hvilken myndighed foretager tvangsfuldbyrdelse?", False),
    ("Hvilken ret har skyldner?", False),  # a right, not a court
    # the Danish "ret" is a court too
    ("Hvilken ret skal jeg gå til, hvis der bliver strid om fogedens udlæg?", True),
    ("Hvilken ret skal jeg sende anmodningen til?", True),
    ("Hvilken ret har jeg til at klage?", False),
    ("Hvilken retning går sagen?", False),
])
def test_questions_that_ask_which_court(question, expected):
    assert asks_court(question) is expected


@pytest.mark.parametrize("sentence,expected", [
    ("Byretterne (općinski sudovi) er sagligt kompetente i fuldbyrdelsessager.", True),
    ("Tvangsfuldbyrdelsesafgørelser træffes af distriktsdomstolene.", True),
    ("Denne appel vil blive behandlet af den relevante regionalret (Audiencia provincial).", True),
    ("Skyldner har ret til at klage.", False),  # a right
    ("Beløbet er registreret i tinglysningen.", False),  # a past participle in -eret
    ("Finansagenturet (Financijska agencija) indgår også i proceduren.", False),  # an agency's definite form
    ("Spørgsmålet er besvaret.", False),
])
def test_sentences_that_name_a_court(sentence, expected):
    assert names_court(sentence) is expected


@pytest.mark.parametrize("sentence,expected", [
    ("Byretterne (općinski sudovi) er sagligt kompetente i fuldbyrdelsessager.", True),
    ("Tvangsfuldbyrdelsesafgørelser træffes af distriktsdomstolene.", True),
    ("… byretten i Sofia (Sofiyski Gradski Sad).", True),
    ("Når dommeren har afsagt en afgørelse, er det justitssekretæren, der fører tilsyn.", True),
    ("Fuldbyrdelsen gennemføres af den svenske fogedmyndighed (Kronofogdemyndigheten).", True),
    ("Begæringen indgives til den domstol i første instans (Tribunal de Primera Instancia), som afsagde dommen.", True),
    ("Fogeder (huissiers de justice) har enekompetence til at fuldbyrde domme.", True),
    ("De udnævnes således af justitsministeren.", True),
    ("Retten eller notarius publicus udsteder tvangsfuldbyrdelsesdokumentet.", True),
    # the word only, or a kind of court
    ("En kreditor indgiver en begæring om fuldbyrdelse til retten.", False),
    ("Tvangsfuldbyrdelsessager gennemføres af domstole.", False),
    ("… domme afsagt af voldgiftsretter.", False),
    ("Der kan indgives appel mod en afgørelse afsagt af en retsformand ved en handelsret.", False),
    ("Fuldbyrdelse betyder, at fuldbyrdelsesmyndigheden bestemmer, at afgørelsen gennemføres.", False),  # a function
    ("Retsakter, der ikke er udstedt af en domstol (f.eks. voldgiftskendelser), er ikke eksigible.", False),  # an aside
    ("Finansagenturet (Financijska agencija) indgår også i proceduren.", False),
    # the Danish pages' general word for the bailiffs' authority; with the office's own name in brackets it names it
    ("Fogedmyndigheden træffer derfor beslutning om f.eks. udlæg.", False),
    ("Fogedmyndighedens afgørelser kan normalt appelleres.", False),
    ("Kronofogdemyndigheten fattar beslut om utmätning.", True),
])
def test_sentences_that_name_a_court_or_official_by_its_name(sentence, expected):
    assert names_actor(sentence) is expected


@pytest.mark.parametrize("sentence,expected", [
    ("Byretterne (općinski sudovi) er sagligt kompetente i fuldbyrdelsessager.", True),
    ("Tvangsfuldbyrdelsesafgørelser træffes af distriktsdomstolene.", True),
    ("Begæringen indgives til den domstol i første instans (Tribunal de Primera Instancia), som afsagde dommen.", True),
    ("… byretten i Sofia (Sofiyski Gradski Sad).", True),
    ("Fogedretten med stedlig kompetence er den domstol, i hvis distrikt sagsøgte bor.", True),
    # an office or an official named by its name: no court
    ("Justitssekretærerne (Letrados de la Administración de Justicia) har ansvaret for foranstaltningerne.", False),
    ("Fuldbyrdelsen gennemføres af den svenske fogedmyndighed (Kronofogdemyndigheten).", False),
    ("Fogedmyndigheden træffer derfor beslutning om f.eks. udlæg.", False),
    ("Fogeder (huissiers de justice) har enekompetence til at fuldbyrde domme.", False),
    ("De udnævnes således af justitsministeren.", False),
])
def test_sentences_that_name_a_court_by_its_name(sentence, expected):
    assert names_actor(sentence, courts_only=True) is expected


@pytest.mark.parametrize("question,expected", [
    ("Hvem er det som faktisk gjennomfører utleggsforretningen?", True),
    ("In Spain, who actually orders the concrete enforcement steps — the judge?", True),
    ("Og hvem betaler?", True),
    ("Vem beslutar om verkställighet?", True),
    ("Can a debtor who lives abroad appeal?", False),  # a relative pronoun
    ("Hvilken domstol behandler sagen?", False),
    # a who-clause in a statement states what the asker does not know; the question asks something else
    ("Jeg vil have lønindeholdelse, men jeg aner ikke, hvem der er hans arbejdsgiver. Hvad skal jeg oplyse?", False),
    ("Jeg har en dom. Hvem betaler omkostningerne", True),  # the last sentence asks, without its "?"
    ("Dommen er afsagt. Hvem fuldbyrder den? Og hvad koster det?", True),
])
def test_questions_that_ask_who(question, expected):
    assert asks_who(question) is expected


@pytest.mark.parametrize("question,expected", [
    # a cleft offering the asker's guess at the office: which one is it
    ("Er det dommeren selv, der står for de konkrete udlæg og lønfradrag?", True),
    ("Er det en domstol eller en foged, der står for selve tvangsfuldbyrdelsen?", True),
    ("Är det domstolen som beslutar om verkställighet?", True),
    ("Is it the judge who orders the seizure?", True),
    ("Er det noget, der koster penge?", False),  # something, not someone
    ("Er det muligt, at de tager bilen, som jeg bruger?", False),
    ("Hvem står for udlægget?", False),  # a plain who-question (asks_who)
    # a who-question closing on a guess at the office
    ("In Spain, who actually orders the concrete enforcement steps like wage deductions — the judge?", True),
    ("Hvem står for udlægget – dommeren selv?", True),
    ("Hvem kan klage over fogedens afgørelser i Finland – kun skyldneren?", False),  # a party, no office
    ("The judge decided – who pays?", False),
])
def test_questions_that_offer_a_guess_at_the_office(question, expected):
    assert asks_which_actor(question) is expected


@pytest.mark.parametrize("question,expected", [
    ("Fogeden vil sælge min lejlighed. Det er det eneste sted, min familie og jeg har at bo.", True),
    ("Kan namsmannen ta den einaste bilen min?", True),
    ("Får kronofogden ta vår enda bostad?", True),
    ("Can the bailiff sell my only home?", True),
    ("And if I only want to object to the order to pay the costs?", False),  # "only" is no "the only X"
    ("Kan jeg kun klage én gang?", False),
])
def test_questions_about_the_only_thing_of_its_kind(question, expected):
    assert asks_only(question) is expected


@pytest.mark.parametrize("sentence,expected", [
    ("den bolig, skyldner ejer, hvis skyldner og dennes familiemedlemmer ikke har anden bolig.", True),
    ("hvis skyldneren ikke har noget andet forsørgelsesgrundlag", True),
    ("Skyldner kan have en anden bolig.", False),
])
def test_sentences_that_state_there_is_no_other(sentence, expected):
    assert states_no_other(sentence) is expected


@pytest.mark.parametrize("sentence,agent,decider", [
    ("Tvangsfuldbyrdelsesafgørelser træffes af distriktsdomstolene.", True, True),
    ("… og hvis fristen for frivillig opfyldelse ikke er anført, fastsættes tidspunktet af retten i "
     "fuldbyrdelseskendelsen.", True, True),
    ("Domme fuldbyrdes normalt af den advokat, som førte sagen i retten.", True, False),
    ("Sagsomkostningerne beregnes af justitssekretæren og inddrives hos den person, mod hvem dommen blev afsagt.",
     True, False),
    ("Fuldbyrdelsen varetages primært af fogeder (dikastikoí epidótes).", True, False),
    # a participle says where a decision came from, not who acts
    ("Tvangsfuldbyrdelse kan baseres på en afgørelse truffet af en almindelig domstol.", False, False),
    # a genitive after "af" is a possession, not an agent
    ("Udlæg foretages i en del af skyldnerens indtægter.", False, False),
    ("Sagen varetages af den juridiske tjeneste under justitsministeriet.", False, False),  # no actor word
])
def test_sentences_that_say_who_acts_by_the_passives_agent(sentence, agent, decider):
    from assistant.pipeline.focus import states_agent, states_decider

    assert states_agent(sentence) is agent
    assert states_decider(sentence) is decider


@pytest.mark.parametrize("question,expected", [
    ("Vilken domstol beslutar om verkställighet av ett beslut om umgänge med barn i Sverige?", True),
    ("Min dom siger ikke noget om, hvornår skyldneren skal have betalt. Hvem bestemmer så fristen?", True),
    ("Who decides on the enforcement?", True),
    ("Vem sköter i praktiken verkställigheten av en dom?", False),
])
def test_questions_that_ask_who_decides(question, expected):
    from assistant.pipeline.focus import asks_decider

    assert asks_decider(question) is expected
