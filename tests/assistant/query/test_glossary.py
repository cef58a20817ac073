"""expand_query: every glossary source term expands to its Danish corpus terms."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from assistant.query import expand_query, expansion_terms
from assistant.query.glossary import SOURCE_LANGUAGES, entries, matched_entries

pytestmark = pytest.mark.unit

_DATA = Path(__file__).parents[3] / "assistant" / "query" / "data" / "glossary.toml"
RAW = tomllib.loads(_DATA.read_text(encoding="utf-8"))["entry"]
CORPUS = Path(__file__).parents[3] / "corpus" / "sources" / "003_43cce42097bd27ff.txt"


@pytest.mark.parametrize("entry", RAW, ids=[e["id"] for e in RAW])
def test_every_source_term_expands_to_its_danish_terms(entry: dict) -> None:
    failures = []
    for lang in SOURCE_LANGUAGES:
        for term in entry.get(lang, []):
            text = term.rstrip("*")
            expanded = expand_query(text)
            missing = [t for t in entry["to"] if t.casefold() not in expanded.casefold()]
            if entry["id"] not in {e.id for e in matched_entries(text)} or missing:
                failures.append((lang, term, missing))
            # Prefix terms also match longer words ("utmät*" -> "utmätningen").
            if term.endswith("*") and entry["id"] not in {e.id for e in matched_entries(text + "ene")}:
                failures.append((lang, term + "ene", "prefix"))
    assert not failures, failures


def test_glossary_size_and_languages() -> None:
    assert len(entries()) >= 45
    n_terms = sum(len(e.get(lang, [])) for e in RAW for lang in SOURCE_LANGUAGES)
    assert n_terms >= 800
    for lang in ("nb", "sv", "en"):
        assert sum(1 for e in RAW if e.get(lang)) >= 40, lang


def test_most_danish_targets_occur_in_the_corpus() -> None:
    """Targets are for BM25 over the Danish corpus: a target the corpus never uses is dead weight."""
    text = CORPUS.read_text(encoding="utf-8").casefold()
    targets = {t for e in RAW for t in e["to"]}
    absent = sorted(t for t in targets if t.casefold() not in text)
    # A few deliberate targets are absent (e.g. "trangsbeneficium" is the legal name users search for).
    assert len(absent) <= len(targets) // 5, absent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kan namsmannen ta utlegg?", {"foged", "udlæg"}),
        # a lay word for a failed business is the corpus's "konkurs" (golden q-754, dev: weak evidence without it)
        ("My customer in Spain has gone bust.", {"konkurs"}),
        ("The company went under last year.", {"konkurs"}),
        # detention for debt, named in Danish or untranslated (golden q-1033, dev: judged out of scope without it)
        ("Kan jeg blive sat i hæfte (gijzeling) i Nederlandene?", {"hæfte"}),
        ("Can they send me to debtors' prison?", {"hæfte"}),
        # cognates whose spelling differs from the Danish pages' (golden q-1004 and q-1007, dev D6)
        ("Behöver domen något särskilt godkännande?", {"godkendelse"}),
        ("Will my name be published?", {"offentliggøres"}),
        ("Blir navnet mitt offentliggjort?", {"offentliggøres"}),
        # a disability aid and a pause in lay English (golden q-863 and q-872, dev H4)
        ("Could the bailiff take my wheelchair?", {"kørestol"}),
        ("Kan namsmannen ta rullestolen min?", {"kørestol"}),
        ("Does filing it put the enforcement on hold?", {"opsættende virkning"}),
        # "is there a deadline / does it cost anything?" reach the pages' "no deadline / free" (dev q-877, q-834)
        ("Er der en tidsfrist for udlæg i Spanien?", {"ingen tidsbegrænsning", "ingen frist"}),
        ("Is there a deadline for that request?", {"ingen frist"}),
        ("Kostar det något att ansöka?", {"gratis", "ingen afgift"}),
        ("Stopper fuldbyrdelsen, mens klagen behandles?", {"opsættende virkning"}),
        # enforcement that finds nothing (dev q-456, q-876 t1)
        ("Hvad hvis fogeden ikke finder noget at tage?", {"mislykkes"}),
        ("What if the enforcement is unsuccessful?", {"mislykkes"}),
        # the debtor selling what was seized (dev q-597, q-483 t1)
        ("Må jeg sælge mit hus, efter at fogeden har beslaglagt det?", {"disponere"}),
        ("Can I sell my car after it was seized?", {"disponere", "lovovertrædelse"}),
        ("Hur fungerar utmätning?", {"udlæg"}),
        ("Can they seize my things?", {"udlæg"}),
        ("attachment of earnings", {"udlæg", "løn", "lønindeholdelse"}),
        ("Kronofogden", {"foged"}),
        ("Måste min familj svara på Kronofogdens frågor?", {"oplysningspligt"}),
        ("My debtor died during the enforcement", {"afgår ved døden", "skyldners bo"}),
        ("a precautionary attachment in Belgium", {"arrest"}),
        ("Kan namsmannen ta gifteringen min?", {"vielsesringe"}),
        ("Can a company be sent to prison under a committal order?", {"fængslingskendelse"}),
        ("Kan namsmannen ta melkekyrne mine?", {"malkekøer"}),
        ("Jeg har fået en fratrædelsesgodtgørelse", {"afskedigelsesgodtgørelse"}),
        ("Kan de tage kornet, der står på marken?", {"afgrøder"}),
        ("Can they take religious objects?", {"hellige genstande"}),
        ("Who is the bailiff?", {"foged"}),
        ("an enforcement officer", {"foged"}),
        ("lønnstrekk", {"lønindeholdelse", "løn"}),
        ("löneutmätning", {"lønindeholdelse", "løn"}),
        ("wage garnishment", {"lønindeholdelse"}),
        ("Can they garnish wages?", {"lønindeholdelse"}),
        ("exekutiv försäljning", {"tvangsauktion", "tvangssalg"}),
        ("forced sale of my home", {"tvangsauktion", "fast ejendom"}),
        ("Can they take my car?", {"køretøj", "løsøre", "udlæg"}),
        ("Kan de ta bilen min?", {"køretøj", "løsøre"}),
        ("Kan de ta min bil?", {"køretøj", "løsøre"}),
        ("How do I appeal?", {"appel", "anke", "kære", "klage"}),
        ("Kan jeg overklage?", {"appel"}),
        ("Hur överklagar jag?", {"appel", "anke"}),
        ("What is the limitation period?", {"forældelse", "forældelsesfrist"}),
        ("foreldelse", {"forældelse"}),
        ("preskription", {"forældelse"}),
        ("my bank account", {"bankkonto"}),
        ("huset mitt", {"fast ejendom"}),
        ("What are the fees?", {"omkostninger", "gebyr"}),
        ("Hva er gebyret?", {"omkostninger"}),
        ("avgift", {"omkostninger", "gebyr"}),
        ("Is my pension exempt?", {"fritaget", "pension"}),
        ("fritatt for utlegg", {"fritaget"}),
        ("utmätningsfri", {"fritaget", "trangsbeneficium"}),
        ("Vilka tider på dygnet får kronofogden komma?", {"tidspunkter", "helligdage", "kl"}),
        ("Can the bailiff come at night or on a Sunday?", {"tidspunkter", "helligdage"}),
        ("Which court has jurisdiction?", {"kompetence", "saglig", "stedlig"}),
        ("Hvilken domstol har saklig kompetanse?", {"kompetence"}),
        ("Kan de tage børnepengene?", {"sociale ydelser", "familieydelser"}),
        ("Kan de tage børnepenge?", {"sociale ydelser"}),
        ("Can they take everything I earn?", {"løn", "indkomst"}),
        ("She earns too little", {"løn"}),
        ("Can I object to the decision?", {"indsigelse", "anfægte"}),
        ("Who is the auctioneer?", {"auktionarius"}),
        ("Kan fogeden tage mere end kravet?", {"rimeligt forhold"}),
        ("Can they seize more than the debt?", {"rimeligt forhold"}),
        ("Er udlægget uforholdsmæssigt?", {"rimeligt forhold"}),
        ("Hvem er auksjonarius?", {"auktionarius"}),
        ("Vem är auktionsförrättaren?", {"auktionarius"}),
        ("Can a mediation agreement be enforced?", {"mæglingsaftale", "mægling"}),
        ("Kan en meklingsavtale tvangsfullbyrdes?", {"mæglingsaftale"}),
        ("Vilket är det vanligaste verkställighetssättet?", {"hyppigst"}),
        ("What is the most common enforcement measure?", {"hyppigst", "oftest", "vigtigste"}),
        ("Is it a crime to hide my things from the bailiff?", {"strafansvar", "skjuler", "foged"}),
        ("Är det brottsligt att gömma saker för kronofogden?", {"strafansvar", "skjuler"}),
        ("Skal jeg have en advokat?", {"advokat", "advokattvang"}),
        ("Kan jeg selv sælge huset i stedet?", {"mindelighed", "underhåndssalg"}),
        ("Can I sell the house myself instead of an auction?", {"mindelighed"}),
        ("Dommen siger ikke, hvornår jeg skal betale", {"frivillig opfyldelse"}),
        ("What is the deadline to pay?", {"frivillig opfyldelse"}),
        # enforcement against fewer of the named assets: the court "begrænser … til udvalgte aktiver"
        ("Kan jeg bede retten om at nøjes med det ene?", {"begrænser", "udvalgte aktiver"}),
        ("Can the court limit the enforcement to only one of them?", {"udvalgte aktiver"}),
        ("Kan retten skære ned på udlægget?", {"reducere", "rimeligt forhold"}),
        ("Can the court cut down a seizure that is out of proportion?", {"reducere"}),
        # enforcement taken up again: the pages' "genoptages"
        ("Kan kreditor så få sagen startet igen senere?", {"genoptages"}),
        ("Can the creditor restart the case later?", {"genoptages"}),
        # a title grown too old: the pages' "udløber (ikke)", "fortabes (ikke) med tiden"
        ("Kan en dom blive for gammel til at blive fuldbyrdet?", {"udløber", "fortabes"}),
        ("Can a judgment get too old to be enforced?", {"udløber"}),
        # a statement on oath: the pages' "erklæring afgivet under ed"
        ("Can the bailiff make me list my assets under oath?", {"under ed", "formueoplysninger"}),
        ("Måste jag lämna uppgifterna under ed?", {"under ed"}),
        # a minor debtor and the guardian: the pages' "mindreårige", "værge"
        ("Kan kronofogden verkställa mot en minderårig gäldenär utan att förmyndaren är med?", {"mindreårige", "værge"}),
        ("Can the bailiff enforce against a minor without the guardian?", {"mindreårige", "værge"}),
        # a small pet is an animal kept as company, whatever the species
        ("Må fogeden i Tjekkiet tage min hamster?", {"dyr"}),
        ("Can the bailiff take my guinea pig?", {"dyr"}),
        ("Får kronofogden ta min undulat?", {"dyr"}),
        # someone else's thing seized as the debtor's: the pages' third party it belongs to
        ("Fogeden har taget min søsters cykel, som stod hjemme hos mig.", {"tredjepart", "tilhører"}),
        ("Namsmannen har tatt min brors sykkel som sto hjemme hos meg.", {"tredjepart", "tilhører"}),
        ("Kronofogden har tagit min väns dator som stod hemma hos mig.", {"tredjepart", "tilhører"}),
        ("The bailiff took my friend's laptop, which is not mine.", {"tredjepart", "tilhører"}),
    ],
)
def test_hand_written_expansions(text: str, expected: set[str]) -> None:
    expanded = expand_query(text)
    assert expanded.startswith(text)
    for term in expected:
        assert term in expanded, (text, term, expanded)


def test_no_expansion_for_unrelated_text_and_no_duplicates() -> None:
    assert expand_query("Hej med dig") == "Hej med dig"
    terms = expansion_terms("bailiff bailiff foged Kronofogden namsmannen")
    assert len(terms) == len(set(terms))
    assert "foged" not in terms  # already in the text


def test_accented_forms_are_added_even_if_a_folded_twin_is_present() -> None:
    # "lön" folds like "løn", but a BM25 tokenizer sees two different words.
    assert "løn" in expansion_terms("Kan de ta min lön?")


def test_how_much_alone_is_not_a_cost_question() -> None:
    # "How much money on my account is protected?" asks about an amount, not a fee; cost questions
    # name the cost ("How much does it cost?", "how much is the fee?") and still expand.
    assert "gebyr" not in expansion_terms("How much money on my bank account is protected?")
    assert "gebyr" in expansion_terms("How much does it cost?")
    assert "gebyr" in expansion_terms("How much is the fee?")


# Folding (ö→o, ue→u …) can make a foreign prefix term match an unrelated Danish word: Swedish "företag*"
# matched Danish "foretager" (carries out), so every "Hvem foretager udlæg?" asked about business assets.
# Reviewed collisions that mean the same thing are allowed.
_SAME_MEANING = {("lösöre*", "løsøre"), ("behörig*", "behørig"),
                 ("offentliggjør*", "offentliggjort"), ("offentliggör*", "offentliggør"),
                 ("resultatlös*", "resultatløs")}  # same word, other spelling


def test_no_folded_foreign_prefix_term_swallows_an_unrelated_danish_corpus_word() -> None:
    import re
    import tomllib

    from assistant.query._text import fold
    from ingest.parser import parse_corpus

    words = {w for s in parse_corpus() if s.country != "NO" for w in re.findall(r"[^\W\d_]+", s.text.lower())}
    data = tomllib.loads((Path(__file__).parents[3] / "assistant" / "query" / "data" / "glossary.toml").read_text("utf-8"))
    collisions = []
    for entry in data["entry"]:
        for lang in ("nb", "sv", "en"):
            for term in entry.get(lang, []):
                stem = term.rstrip("*")
                if not term.endswith("*") or fold(stem) == stem.lower():
                    continue  # only prefix terms whose folding changed them
                for w in words:
                    if fold(w).startswith(fold(stem)) and not w.startswith(stem.lower()) \
                            and not any(term == t and w.startswith(d) for t, d in _SAME_MEANING):
                        collisions.append((entry["id"], term, w))
    assert not collisions, sorted(collisions)[:20]


def test_danish_foretage_is_not_a_business_word() -> None:
    from assistant.query.glossary import matched_entries

    assert "business_assets" not in {e.id for e in matched_entries("Hvem foretager udlæg i Sverige?")}
    assert "business_assets" in {e.id for e in matched_entries("Kan Kronofogden ta mitt företags bil?")}
    assert "business_assets" in {e.id for e in matched_entries("Kan de ta mitt företag?")}


@pytest.mark.parametrize(("text", "entry"), [
    ("Må fogeden i Grækenland tage min guitar?", "musical_instruments"),
    ("Kan namsmannen ta fiolinen min?", "musical_instruments"),
    ("Får Kronofogden ta mitt piano?", "musical_instruments"),
    ("Can the bailiff take my drums?", "musical_instruments"),
    ("Får kronofogden i Slovakien ta barnens leksaker?", "toys"),
    ("Kan fogeden tage børnenes legetøjet?", "toys"),
    ("Kan namsmannen ta lekene til barna?", "toys"),
    ("Can they take my children's toys?", "toys"),
])
def test_named_belongings_reach_the_pages_words(text: str, entry: str) -> None:
    # a named instrument is a "musikinstrument", toys are "legetøj"
    assert entry in {e.id for e in matched_entries(text)}


@pytest.mark.parametrize("text", ["Hvem får det som er til overs?", "Vem får överskottet?",
                                  "Who gets what is left over after the sale?", "Hvem får det som blir igjen?"])
def test_what_is_left_over_reaches_the_pages_words(text: str) -> None:
    # "Det beløb, der er tilbage …, returneres til skyldner"
    assert "surplus" in {e.id for e in matched_entries(text)}


def test_tax_refund_is_no_surplus_of_the_proceeds() -> None:
    assert "surplus" not in {e.id for e in matched_entries("Kan fogeden tage min overskydende skat?")}


# --- session 10, batch D10 lay words -------------------------------------------------------------------

def _ids(text: str) -> set[str]:
    return {e.id for e in matched_entries(text)}


@pytest.mark.parametrize("question", [
    "Kan fogeden i Estland tage vores familiehund?", "Må namsmannen ta vakthunden vår?",
    "Kan kronofogden ta min jakthund?", "Kan de tage vagthundene?", "Kan fogeden tage min ridehest?",
])
def test_a_compound_with_an_animal_head_is_the_animal(question: str) -> None:
    # "familiehund" is a dog: the pages say "dyr, der holdes i hjemmet" (Estonia), never the compound
    assert "animals" in _ids(question)
    assert "dyr" in expansion_terms(question)


def test_compound_heads_are_opt_in_and_need_a_modifier() -> None:
    from assistant.query._text import TermIndex

    index = TermIndex([("*hund", "dog"), ("eden", "oath")])
    assert [p for _, _, p in index.find("vores familiehund")] == ["dog"]
    assert [p for _, _, p in index.find("min hund")] == ["dog"]
    assert index.find("hundrede kroner") == []  # a head, not any word that contains it
    assert index.find("måneden og sikkerheden") == []  # "eden" is no compound head: not marked "*eden"
    assert "oath" not in _ids("Hvad sker der i måneden efter udlægget?")
    assert "judgment" not in _ids("Kan de sælge ejendommen?")  # "dommen" is no compound head of "ejendommen"


def test_a_compound_head_must_be_one_word_of_four_letters() -> None:
    from assistant.query.glossary import _validate

    for bad in ("*dom", "*hund*", "*to ord"):
        with pytest.raises(ValueError):
            _validate({"entry": [{"id": "x", "to": ["y"], "da": [bad]}]})
    assert _validate({"entry": [{"id": "x", "to": ["y"], "da": ["*hund"]}]})


@pytest.mark.parametrize("question", [
    "Min søn på 16 skylder penge for en telefonregning i Belgien.", "Min datter på 15 år har fået en regning.",
    "Sønnen min er 16 år og har gjeld.", "Min dotter är 15 år och har en skuld.", "Hon är 17 år.",
    "My son is 16 and owes money.", "My 16-year-old daughter has a phone bill.", "Han er en 17-åring.",
    "Min 16-årige søn skylder penge.", "What if the debtor is aged 15?", "i en alder af 16 år",
    "My daughter, who is sixteen, owes money.", "Min søn på seksten",
])
def test_an_age_under_18_in_words_is_a_minor(question: str) -> None:
    # the pages say "mindreårige" (Belgium's exempt income of minors), never an age
    assert "minors_guardians" in _ids(question), question
    assert "mindreårige" in expansion_terms(question)


@pytest.mark.parametrize("question", [
    "Dommen er 10 år gammel.", "A judgment that is 10 years old", "a 10-year-old judgment", "en 10-årig gæld",
    "Jeg har 16 dage til at klage.", "Min søn på 16.000 kr", "Jeg skylder 16 000 kr.", "Han er 25 år.",
    "I am 45 years old.", "Tvangsauktionen var for 16 år siden.", "Kan han bli ført inn i et register, han er 40?",
])
def test_other_numbers_are_no_minor(question: str) -> None:
    assert "minors_guardians" not in _ids(question), question


@pytest.mark.parametrize(("question", "entry", "danish"), [
    ("will my name end up in the newspapers?", "newspapers", "aviser"),
    ("Kommer navnet mitt i avisen?", "newspapers", "aviser"),
    ("Hamnar mitt namn i tidningen?", "newspapers", "aviser"),
    ("Kommer det i aviserne?", "newspapers", "offentliggøres"),
    ("Do I have to pay anything up front?", "advance_payment", "på forhånd"),
    ("Må jeg betale forskudd?", "advance_payment", "forskud"),
    ("Måste jag betala något i förväg?", "advance_payment", "på forhånd"),
    ("Skal jeg betale noget forud?", None, None),  # "forud" alone is "forud for" (prior to): not listed
    ("Kan han bli ført inn i et register?", "debtor_register", "registret"),
    ("Får jag en betalningsanmärkning?", "debtor_register", "registret"),
    ("Will I be blacklisted?", "debtor_register", "indføring"),
    ("Kommer jeg i RKI?", "debtor_register", "registret"),
    ("Han har ikke betalt på over et halvt år.", "half_year", "seks måneder"),
    ("Han har inte betalat på ett halvår.", "half_year", "seks måneder"),
    ("He has not paid for half a year.", "half_year", "seks måneder"),
])
def test_d10_lay_word_families(question: str, entry: str | None, danish: str | None) -> None:
    if entry is None:
        assert "advance_payment" not in _ids(question)
        return
    assert entry in _ids(question)
    assert danish in expansion_terms(question) or danish.casefold() in question.casefold()


def test_a_name_is_navn_for_the_composer() -> None:
    from assistant.pipeline.lexicon import danish_words

    assert "navn" in danish_words("will my name end up in the newspapers?").split()
    assert "navn" in danish_words("Hamnar mitt namn i tidningen?").split()


@pytest.mark.parametrize("question", [
    "Kan fogeden tage min kørestol?",
    "Kan namsmannen ta rullestolen min?",
    "Kan kronofogden ta min rullstol?",
    "Can the bailiff take my wheelchair?",
    "Kan fogeden tage mine krykker?",
    "Kan kronofogden ta mina kryckor?",
    "Can they take my crutches or my hearing aid?",
])
def test_disability_aids_reach_the_plural_handicappede(question: str) -> None:
    # Snowball stems "handicappede" apart from "handicappet": a page with only the plural (Romania's
    # "uundværlige genstande for handicappede") is found by keyword only when both forms are added; a
    # Danish asker's own "kørestol" gets them too
    assert "disability_aids" in _ids(question)
    assert "handicappede" in expansion_terms(question)


@pytest.mark.parametrize("question", [
    "Hvad sker der, hvis en lejer ikke flytter ud, selv om han er dømt til det?",
    "Hva skjer hvis leietakeren ikke flytter ut?",
    "Vad händer om hyresgästen inte flyttar ut?",
    "What happens if the tenant will not move out?",
    "Hvornår bliver lejeren sat ud?",
])
def test_not_moving_out_is_eviction(question: str) -> None:
    assert "eviction" in _ids(question)
    assert "udsættelse" in expansion_terms(question)


@pytest.mark.parametrize("question", [
    "Hvad kan fuldbyrdelse i Rumænien baseres på?",
    "Hva kan tvangsfullbyrdelse baseres på?",
    "Vad kan verkställighet grundas på?",
    "What can enforcement be based on?",
])
def test_what_enforcement_is_based_on_is_its_title(question: str) -> None:
    # the pages: "på grundlag af et tvangsfuldbyrdelsesgrundlag", "et eksigibelt dokument"; the neuter
    # "eksigibelt" stems apart from "eksigibel", so it is added as well
    assert "enforceable_title" in _ids(question)
    assert {"fuldbyrdelsesgrundlag", "eksigibelt"} <= set(expansion_terms(question))


@pytest.mark.parametrize("question", [
    "Kan en dom fuldbyrdes med det samme, eller skal kreditor vente til ankefristen er udløbet?",
    "Kan en dom fullbyrdes med en gang, eller må kreditor vente til ankefristen har gått ut?",
    "Kan en dom verkställas genast?",
    "Can a judgment be enforced immediately, or must the creditor wait until the appeal period has expired?",
])
def test_enforcing_at_once_is_enforceability_before_the_appeal_period(question: str) -> None:
    assert "immediate_enforcement" in _ids(question)
    assert {"eksigibel", "opsættende virkning"} <= set(expansion_terms(question))


def test_a_bare_immediately_is_no_immediate_enforcement_question() -> None:
    assert "immediate_enforcement" not in _ids("Do I have to pay immediately?")
    assert "immediate_enforcement" not in _ids("Skal jeg betale straks?")


@pytest.mark.parametrize("question", [
    "Må min chef stadig udbetale lønnen til mig?",
    "Kan arbeidsgiveren fortsatt betale ut lønnen?",
    "Får arbetsgivaren fortfarande betala ut lönen till mig?",
    "May my boss still pay me my salary?",
])
def test_still_paying_out_to_the_debtor_is_payment_by_the_third_party(question: str) -> None:
    # "kan der ikke længere foretages betalinger mellem skyldner og tredjemand"
    assert "paying_despite_attachment" in _ids(question)
    assert {"betalinger", "tredjemand"} <= set(expansion_terms(question))


def test_the_debtor_paying_his_own_bills_is_not_payment_by_the_third_party() -> None:
    assert "paying_despite_attachment" not in _ids("Får jag fortfarande betala mina vanliga räkningar?")
    assert "paying_despite_attachment" not in _ids("What is the least my employer must still pay me each month?")


@pytest.mark.parametrize("question", [
    "Stopper indsigelsen arresten, mens sagen kører?",
    "Stopper klagen så fuldbyrdelsen imens?",
    "Stopper anken utlegget mens saken pågår?",
    "Stoppar överklagandet utmätningen under tiden?",
])
def test_stop_with_the_appeal_between_verb_and_object_is_suspension(question: str) -> None:
    # the appeal or objection sits between "stop" and what it stops: the bare verb, not only the phrase
    assert "suspension" in _ids(question)
    assert "opsættende virkning" in expansion_terms(question)


@pytest.mark.parametrize("text", [
    "Hvilke tider må fogeden komme?", "Når på dagen kan namsmannen komme?",
    "Vilka tider får kronofogden komma?", "What hours may the bailiff come?",
])
def test_which_hours_reach_the_pages_time_words(text: str) -> None:
    # the pages state the hours as "kl. 6.00", on "hverdage", not on "helligdage"
    assert "time_of_day" in [e.id for e in matched_entries(text)]


@pytest.mark.parametrize("text", [
    "Namsmannen vil ta kua vår.", "Må fogeden tage vores ko?", "Får kronofogden ta våra getter?", "Can they take my cow?",
])
def test_farm_animals_reach_the_pages_words(text: str) -> None:
    # the pages: "en ko eller to geder eller tre moderfår" (Poland), "en ko eller ged og en gris" (Latvia);
    # a word the question already has is not added again
    assert {"ko", "geder"} - set(text.casefold().rstrip("?.").split()) <= set(expansion_terms(text))


@pytest.mark.parametrize("text", [
    "Bliver mine ting fjernet med det samme?", "Bliver de så stående hjemme hos mig?",
    "Får sakerna stå kvar hemma hos mig?", "Are my things taken away at once?",
])
def test_removal_of_seized_things_reaches_the_pages_words(text: str) -> None:
    # "Aktiverne forbliver dog i skyldnerens besiddelse" (Belgium), "kan fjernes med det samme" (Luxembourg)
    assert {"besiddelse", "fjernes"} <= set(expansion_terms(text))


@pytest.mark.parametrize("text", [
    "Jeg kunne kun betale en del af gælden. Må fogeden tage imod det?", "Jeg har betalt en del av gjelden til namsmannen.",
    "Domen gäller betalning i delbetalningar.", "Can the bailiff accept a part payment?",
])
def test_paying_part_of_the_debt_reaches_the_pages_words(text: str) -> None:
    # "Fogeden kan også acceptere delvis betaling" (Greece), "delbetalinger" (Hungary)
    assert "delvis betaling" in expansion_terms(text)


@pytest.mark.parametrize("text", [
    "Hvad sker der med lønindeholdelsen, hvis jeg skifter arbejdsplads?", "Hva skjer med trekket hvis jeg bytter jobb?",
    "Vad händer med utmätningen av lönen om jag byter jobb?", "What happens to the wage garnishment if I change jobs?",
])
def test_changing_jobs_reaches_the_pages_words(text: str) -> None:
    # "når kreditor foretager lønindeholdelse, og skyldneren får nyt arbejde" (Austria 4.3)
    assert "nyt arbejde" in expansion_terms(text)


@pytest.mark.parametrize(("question", "entry", "danish"), [
    # Danish "udskyde" (postpone) is the suspension family, as nb "utsette", sv "skjuta upp", en "postpone" were
    ("Kan retten udskyde auktionen?", "suspension", "suspension"),
    ("Kan auktionen blive udskudt?", "suspension", "suspension"),
    # a sham transfer (on paper, for a token price) is the pages' "kunstige aftaler"
    ("He 'sold' his boat to his girlfriend for one euro.", "sham_transfer", "kunstige aftaler"),
    ("Det var en ren skinhandel, bilen står kun på papiret i hans brors navn.", "sham_transfer", "kunstige aftaler"),
    ("Han solgte hytta for en krone til kona, men det er bare på papiret.", "sham_transfer", "kunstige aftaler"),
    ("Det är ett skenavtal, han använder fortfarande båten.", "sham_transfer", "kunstige aftaler"),
])
def test_d18_lay_word_families(question: str, entry: str, danish: str) -> None:
    assert entry in _ids(question)
    assert danish in expansion_terms(question)


@pytest.mark.parametrize("question", [
    "Naboen min er dømt til å slutte å kjøre over tomta mi",
    "He was ordered to stop using my driveway",
    "Han skal holde op med at parkere på min grund",
])
def test_an_order_to_stop_doing_something_finds_the_obligation_to_refrain(question):
    # the pages call it "undladelse" / "afstår fra at foretage visse handlinger" (AT 1, DE 1)
    assert "undladelse" in expansion_terms(question)


@pytest.mark.parametrize("question", [
    "Kan man ende i fængsel som led i en tvangsfuldbyrdelse?",
    "Kan jeg komme i fængsel, hvis jeg ikke betaler?",
    "Kan skyldneren blive fængslet?",
])
def test_a_danish_prison_noun_reaches_the_pages_act_and_verb(question: str) -> None:
    # "fængsel" shares no BM25 stem with the pages' "fængsling" (Greece 1, Luxembourg 3.1) or "fængsles" (Ireland 1)
    terms = expansion_terms(question)
    assert "fængsling" in terms or "fængsling" in question
    assert "imprisonment_forms" in _ids(question)


@pytest.mark.parametrize("question", [
    "Kan jag hamna i fängelse?", "Can I go to prison?", "Kan jeg havne i fengsel?",
])
def test_the_prison_word_family_is_danish_only(question: str) -> None:
    # nb/sv/en askers keep the detention entry's terms only: the act and verb too moved a Swedish question on
    # Ireland's contempt sanction off its section 4.2 in the dev QA eval
    assert "imprisonment_forms" not in _ids(question)


@pytest.mark.parametrize("question", [
    "Min skyldner i Rumænien er kun 17 år gammel.", "Skyldneren er 16 år.", "My debtor in Romania is only 16 years old.",
    "Gäldenären i Spanien är 16 år.", "Skyldneren min i Romania er bare 15 år.", "The debtor is aged 15.",
])
def test_a_debtor_stated_under_18_is_a_minor(question: str) -> None:
    # the minors rules are about minor debtors (Romania 3.2: no enforcement unless their guardian is present); a place
    # may stand between the debtor and the verb
    assert "minors_guardians" in _ids(question), question
    assert "værge" in expansion_terms(question)


@pytest.mark.parametrize("question", [
    "Skyldneren i Spanien er 45 år.", "Dommen i Spanien er 10 år gammel.", "Skyldneren har 16 dage til at klage.",
    "Skyldneren i Polen er 17 dage forsinket med betalingen.", "Skyldneren har skyldt mig penge i 16 år.",
])
def test_a_debtor_with_another_number_is_no_minor(question: str) -> None:
    assert "minors_guardians" not in _ids(question), question
