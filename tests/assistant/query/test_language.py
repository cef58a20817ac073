"""detect_language: labelled sentences, 100% accuracy required."""

from __future__ import annotations

import pytest

from assistant.query import detect_language
from assistant.query.language import lexicon

pytestmark = pytest.mark.unit

LABELLED: list[tuple[str, str]] = [
    # Danish
    ("Hvad er udlæg?", "da"),
    ("Hvordan fuldbyrdes en dom i Tyskland?", "da"),
    ("Kan fogeden tage min bil?", "da"),
    ("Hvor mange penge må de tage af min løn?", "da"),
    ("Kan jeg anke fogedrettens afgørelse?", "da"),
    ("Hvad koster det at få en foged til at inddrive gælden?", "da"),
    ("Jeg skylder penge til en kreditor i Sverige, hvad sker der nu?", "da"),
    ("Hvornår er et krav forældet?", "da"),
    ("Er min pension fritaget for udlæg?", "da"),
    ("Og i Sverige?", "da"),
    ("Hvad med Polen?", "da"),
    ("Kan de også tage noget af min opsparing efter dommen?", "da"),
    ("Min arbejdsgiver har fået et brev fra fogeden. Hvad betyder det for mig?", "da"),
    ("Hvor længe gælder et udlæg i fast ejendom?", "da"),
    ("Tak for svaret", "da"),
    ("Hvilke aktiver kan der gøres udlæg i i Frankrig?", "da"),
    ("Skal jeg betale gebyr til fogedretten?", "da"),
    ("Sammenlign Tyskland og Østrig", "da"),
    ("Hvad gør jeg, hvis jeg ikke kan betale?", "da"),
    ("Kan min ægtefælle hæfte for min gæld?", "da"),
    # Norwegian bokmål (and one nynorsk)
    ("Hva er utlegg?", "nb"),
    ("Hva med Tyskland?", "nb"),
    ("Kan namsmannen ta bilen min?", "nb"),
    ("Hvor mye kan de trekke i lønnen min?", "nb"),
    ("Hvordan fungerer tvangsfullbyrdelse i Norge?", "nb"),
    ("Jeg har fått et varsel om utleggsforretning, hva skjer nå?", "nb"),
    ("Kan jeg klage på vedtaket fra namsmannen?", "nb"),
    ("Når blir gjelden foreldet?", "nb"),
    ("Hva koster det å begjære tvangssalg?", "nb"),
    ("Takk for hjelpen", "nb"),
    ("Er det noen frister jeg må huske på etter dommen?", "nb"),
    ("Kan de ta pengene på kontoen min?", "nb"),
    ("Hva er forskjellen mellom inkasso og tvangsfullbyrdelse?", "nb"),
    ("Skyldneren har ikke betalt, hva gjør jeg?", "nb"),
    ("Kva skjer om eg ikkje betaler?", "nb"),
    ("Hei, jeg lurer på noe om utlegg i Sverige", "nb"),
    ("Hvilke eiendeler kan namsmannen ta utlegg i?", "nb"),
    ("Kan arbeidsgiveren min trekke meg i lønn uten dom?", "nb"),
    # Swedish
    ("Vad är utmätning?", "sv"),
    ("Och i Tyskland?", "sv"),
    ("Kan Kronofogden ta min bil?", "sv"),
    ("Hur mycket får de ta av min lön?", "sv"),
    ("Hur överklagar jag ett beslut om utmätning?", "sv"),
    ("Vad kostar det att ansöka om verkställighet i Polen?", "sv"),
    ("När preskriberas en skuld?", "sv"),
    ("Jag har fått ett brev från Kronofogden, vad ska jag göra?", "sv"),
    ("Är min pension skyddad mot utmätning?", "sv"),
    ("Tack för hjälpen", "sv"),
    ("Vilka tillgångar kan utmätas i Finland?", "sv"),
    ("Kan de ta pengar från mitt bankkonto?", "sv"),
    ("Hur länge gäller en utmätning av lön?", "sv"),
    ("Vad händer om jag inte betalar?", "sv"),
    ("Jämför Sverige och Norge", "sv"),
    ("Vem verkställer domen i Frankrike?", "sv"),
    # English
    ("What about Spain?", "en"),
    ("How is a judgment enforced in Germany?", "en"),
    ("Can the bailiff take my car?", "en"),
    ("How much of my salary can they take?", "en"),
    ("How do I appeal against an enforcement decision?", "en"),
    ("What are the fees for enforcement in France?", "en"),
    ("Is my pension exempt from seizure?", "en"),
    ("When does a debt become time-barred?", "en"),
    ("Thank you", "en"),
    ("Who is responsible for enforcement in Poland?", "en"),
    ("I owe money to a creditor in Sweden, what happens now?", "en"),
    ("Compare Austria and Italy", "en"),
    ("Can they freeze my bank account?", "en"),
    ("What is the limitation period in Finland?", "en"),
    # Short and near-identical da/nb/sv pairs
    ("Hvad hvis skyldneren flytter til udlandet?", "da"),
    ("Hva hvis skyldneren flytter til utlandet?", "nb"),
    ("Kan de sælge mit hus?", "da"),
    ("Kan de selge huset mitt?", "nb"),
    ("Kan de sälja mitt hus?", "sv"),
    ("Er der en frist for at klage?", "da"),
    ("Er det en frist for å klage?", "nb"),
    ("Finns det en tidsfrist för att överklaga?", "sv"),
    ("Is there a deadline to appeal?", "en"),
    ("Hvem betaler omkostningerne?", "da"),
    ("Hvem betaler kostnadene?", "nb"),
    ("Vem betalar kostnaderna?", "sv"),
    ("Hvilken myndighed?", "da"),
    ("Hvilken myndighet?", "nb"),
    ("Vilken myndighet?", "sv"),
    ("Forklar det igen", "da"),
    ("Forklar det igjen", "nb"),
    ("Förklara igen", "sv"),
    ("Explain again", "en"),
    ("Och Norge?", "sv"),
    ("And Norway?", "en"),
    ("ok thanks", "en"),
    ("Ok, tack!", "sv"),
    ("Nei", "nb"),
    # A quoted foreign term, the asker's own bailiff word next to the Danish one, country-name spelling
    ("What fee does the bailiff charge for taking a statement of assets (Vermögensauskunft) in Germany?", "en"),
    ("Vilka tider på dygnet får kronofogden (fogeden) komma i Frankrike?", "sv"),
    ("Kan man havne i fengsel i Irland hvis man ikke følger rettens kjennelse?", "nb"),
    ("Når må rettsgebyret betales i Slovenia?", "nb"),
    ("Hvilken bestemmelse regulerer tvister i forbindelse med fuldbyrdelsen i Nederlandene?", "da"),
    ("Hvordan søker jeg om skilsmisse i Norge?", "nb"),
    ("Jeg jobber i Finland.", "nb"),
]


def test_at_least_forty_labelled_sentences_per_the_brief() -> None:
    assert len(LABELLED) >= 40
    assert {lang for _, lang in LABELLED} == {"da", "nb", "sv", "en"}


@pytest.mark.parametrize(("text", "language"), LABELLED, ids=[t for t, _ in LABELLED])
def test_labelled_sentences(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "   ", "?", "Tyskland", "123", "DE SE"])
def test_no_evidence_defaults_to_danish(text: str) -> None:
    assert detect_language(text) == "da"


def test_lexicon_loads_and_is_lower_case() -> None:
    table = lexicon()
    assert {"hvad", "hva", "vad", "what"} <= set(table)
    assert all(word == word.lower() for word in table)
