"""Sentence choice: which candidate sentences answer the question (splitting: test_sentence_spans)."""

from datetime import date

import pytest

from assistant.models import Chunk, Evidence
from assistant.pipeline.sentences import best_sentences

pytestmark = pytest.mark.unit


def _evidence(text: str) -> list[Evidence]:
    chunk = Chunk(id="c1", country="GR", section="1", title="Hvad forstås ved tvangsfuldbyrdelse?", text=text, line_start=1, line_end=4, source="GR.md",
                  last_updated=date(2020, 1, 1))
    return [Evidence(chunk=chunk, score=1.0)]


def test_list_intro_is_quoted_with_its_items():
    text = ("Tvangsfuldbyrdelse er tvungen opfyldelse af et krav. Der anvendes følgende foranstaltninger:\n"
            " • udlæg\n • fængsling\n • bøder\nAndre regler gælder for skibe og fly i særlige tilfælde.")
    chosen = best_sentences("Kan man blive fængslet i Grækenland?", _evidence(text), ["1"])
    quotes = [s.text for s in chosen]
    listed = next(q for q in quotes if q.startswith("Der anvendes følgende"))
    assert listed.endswith("• bøder") and "fængsling" in listed
    assert all(q in text for q in quotes)
    assert not any(q.startswith("•") for q in quotes)  # an item is not quoted twice


def test_definition_is_preferred_for_what_is_questions():
    text = ("En ret giver tilladelse til tvangsfuldbyrdelse på grundlag af et tvangsfuldbyrdelsesgrundlag. "
            "Retten udpeger en foged i sine afgørelser om tvangsfuldbyrdelse.\n"
            "Tvangsfuldbyrdelsesgrundlag er:\n • en eksigibel domstolsafgørelse\n • et retskraftigt notardokument\n"
            "Fristen fastsættes i en tvangsfuldbyrdelsesafgørelse, når grundlaget ikke fastsætter den.")
    chosen = best_sentences("Hvad er tvangsfuldbyrdelsesgrundlag i Slovenien?", _evidence(text), [])
    assert any("notardokument" in s.text and s.text.startswith("Tvangsfuldbyrdelsesgrundlag er:") for s in chosen)


def test_table_row_can_be_quoted_when_it_answers():
    text = ("| Type utlegg                 | Beskrivelse                                   |\n"
            "|---|---|\n"
            "| Utleggspant i løsøre        | Pantsettelse av løsøre som kjøretøy og maskiner|")
    chosen = best_sentences("Hva betyr utleggspant i løsøre?", _evidence(text), [])
    assert chosen and all(s.text in text and "---" not in s.text for s in chosen)
    assert any("Utleggspant" in s.text for s in chosen)


def test_anaphoric_list_intro_is_quoted_with_the_sentence_it_refers_to():
    text = ("Domstolene fuldbyrder på grundlag af eksekutionsfundamenter. Det er ifølge loven følgende dokumenter:\n"
            "1. eksigible retsafgørelser og forlig\n2. eksigible notardokumenter\nAndet afsnit følger her.")
    chosen = best_sentences("Hvad er et eksekutionsfundament?", _evidence(text), ["3"])
    assert chosen[0].text.startswith("Domstolene") and "2. eksigible notardokumenter" in chosen[0].text
    assert chosen[0].text in text


def test_list_markers_do_not_count_as_unbalanced_parentheses():
    text = ("Fogeden giver skyldner en betalingsordning på højst seks måneder, hvis\n"
            "a) der ikke tidligere er indgået en afdragsordning\nb) skyldner anmoder om det (skriftligt)\nSlut her.")
    chosen = best_sentences("Kan jeg få en betalingsordning?", _evidence(text), ["6"])
    assert chosen and chosen[0].text.endswith("(skriftligt)")


@pytest.mark.parametrize("question,word", [
    ("Vem utser fogdarna i Frankrike?", "udnævnes"), ("Who appoints the bailiffs?", "udnævne"),
    ("Får man sälja sin bil?", "afhænde"), ("Can they seize what my family needs?", "familie"),
    ("Hvilke lover gjelder?", "lovgivning"), ("Kan jeg få en nedbetalingsplan?", "betalingsordning"),
])
def test_everyday_words_are_given_in_danish(question, word):
    from assistant.pipeline.lexicon import danish_words

    assert word in danish_words(question).split()


def test_translated_word_picks_the_answering_sentence():
    text = ("Fogeder er offentlige embedsmænd med monopol. De udnævnes af justitsministeren, som fører tilsyn. "
            "Fogeder har kontor i hele landet og arbejder for kreditor.")
    chosen = best_sentences("Vem utser fogdarna?", _evidence(text), ["2"], limit=1)
    assert "justitsministeren" in chosen[0].text


def test_every_lexicon_entry_gives_its_danish_words_and_they_are_corpus_words():
    """Each entry fires on its own key, and every Danish word it gives starts a word of the corpus (a
    translation the corpus never uses could not help choose a sentence)."""
    import re

    from assistant.pipeline.lexicon import _ENTRIES, danish_words
    from ingest.parser import sections_by_key

    corpus = {w for s in sections_by_key().values() for w in re.findall(r"[^\W\d_]+", s.text.lower())}
    for key, danish in _ENTRIES.items():
        given = danish_words(f"Hvad med {key}?").split()
        assert set(danish.split()) <= set(given), key
        for word in danish.split():
            assert any(w.startswith(word) for w in corpus), (key, word)


@pytest.mark.parametrize("question,word", [
    ("Vad ska ansökan innehålla?", "indeholde"), ("Vilken domstol är behörig?", "kompetent"),
    ("Can I go to prison for this?", "fængselsstraf"), ("Kan man hamna i fängelse?", "fængselsstraf"),
    ("Vilket är det enda rättsmedlet?", "retsmiddel"), ("Who is the auctioneer?", "auktionarius"),
    ("Does the title ever expire?", "udløber"), ("Can they take things with no market value?", "handelsværdi"),
    ("Om beloppet ska betalas inom ett år?", "beløb"), ("Who appoints the auctioneer?", "udpeges"),
    # "does that stop it?" ↔ "er ikke til hinder for"; things nobody would buy ↔ no market value; complaining
    # about how it was done ↔ "indsigelse mod den måde"; ignoring an order ↔ a
    # fine; a public official ↔ "embedsmand"; living abroad ↔ "ikke bosat i …"
    ("Does that stop the enforcement?", "hinder"), ("Hindrar det utmätningen?", "hinder"),
    ("Kan fogeden tage ting, som ingen alligevel vil købe?", "handelsværdi"),
    ("Are worthless things exempt?", "værdi"),
    ("Hvordan klager jeg over måden, det foregik på?", "indsigelse"),
    ("Hur klagar jag på utmätningen?", "indsigelse"),
    ("I simply ignored it. What can happen to me?", "bøde"), ("Vad kan hända om jag struntar i det?", "bøde"),
    ("And what if he is a public official?", "embedsmand"), ("Om han är tjänsteman?", "embedsmand"),
    ("Mit barn bor nu i udlandet.", "bosat"), ("My child lives abroad.", "bosat"),
])
def test_new_everyday_words_are_given_in_danish(question, word):
    from assistant.pipeline.lexicon import danish_words

    assert word in danish_words(question).split()


def test_norwegian_heading_gets_the_topic_bonus_through_compose():
    """Norway's sections are headings: compose passes them on, so the asked-about heading's sentence leads
    over the intro heading's general sentence that merely shares the question's words."""
    from assistant.pipeline.composer import CountryEvidence, compose

    def ev(cid: str, section: str, text: str, score: float) -> Evidence:
        chunk = Chunk(id=cid, country="NO", section=section, title=section, text=text, line_start=1,
                      line_end=2, source="NO.md", last_updated=date(2020, 1, 1))
        return Evidence(chunk=chunk, score=score)

    intro = ev("a", "Innledning", "Tvangsfullbyrdelse ledes av namsmannen etter loven.", 1.0)
    roles = ev("b", "Roller og ansvar", "Namsmannen skal gjennomføre varsel og tvangssalg.", 0.9)
    q = "Hva gjør namsmannen ved tvangsfullbyrdelse?"
    without = compose(q, "nb", [CountryEvidence("NO", [roles, intro])], ["2"])
    with_headings = compose(q, "nb", [CountryEvidence("NO", [roles, intro])], ["2"],
                            norway_sections=["Roller og ansvar"])
    assert with_headings.citations[0].section == "Roller og ansvar"
    lead = lambda c: c.debug["sentences"]["NO"][0]["score"]  # noqa: E731
    assert lead(with_headings) > lead(without)


@pytest.mark.parametrize("question,word", [
    ("Kan namsmannen ta senga mi?", "seng"), ("Kan de ta min säng?", "seng"),
    ("Får jag sälja bilen?", "overdragelse"), ("Can I sell the car?", "overdragelse"),
    ("Hvad kan fuldbyrdelse baseres på?", "henhold"), ("What can enforcement be based on?", "grundlag"),
])
def test_furniture_transfer_and_basis_words_are_given_in_danish(question, word):
    from assistant.pipeline.lexicon import danish_words

    assert word in danish_words(question).split()


@pytest.mark.parametrize("question", ["Får jag sälja bilen ändå?", "May I sell the car?",
                                      "Har jeg lov til at sælge bilen?", "Är det tillåtet att sälja bilen?"])
def test_may_i_is_answered_by_what_is_permitted(question):
    from assistant.pipeline.lexicon import danish_words

    assert "tilladt" in danish_words(question).split()


def test_may_i_sell_picks_the_transfer_ban_sentence():
    text = ("Aktiver, hvori der er gjort udlæg, skal tvangssælges straks af fogeden. "
            "Skyldner kan ikke gøre brug af aktiverne, f.eks. ved overdragelse, medmindre fogeden har tilladt det.")
    chosen = best_sentences("Får jag sälja den ändå?", _evidence(text), ["4.2"], limit=1)
    assert "overdragelse" in chosen[0].text


def test_filing_a_request_counts_as_a_condition_for_enforcement():
    """"Hvilke betingelser gælder?" (topic 3.2): "to start enforcement the party must file a written request"
    states a condition even without the word "betingelse"."""
    text = ("Fogeden skal forkynde en skriftlig stævning for skyldner med opfordring til at indfri kravet. "
            "For at indlede tvangsfuldbyrdelsen skal den berørte part indgive skriftlig begæring herom til en foged.")
    def request_score(topic: list[str]) -> float:
        chosen = best_sentences("Og i Bulgarien?", _evidence(text), topic, limit=2)
        return next(s.score for s in chosen if "begæring" in s.text)

    assert request_score(["3.2"]) > request_score([])


@pytest.mark.parametrize("question,word", [
    ("Kan jeg få bot hvis jeg ikke gjør det?", "bødestraf"), ("Kan man få böter?", "bødestraf"),
    ("Can I be fined?", "bødestraf"), ("Må jeg fortelle namsmannen hva jeg eier?", "oplysninger"),
    ("Måste jag berätta vad jag äger?", "oplysninger"), ("Må fogeden komme om natten?", "solnedgang"),
    ("Can the bailiff come at night?", "solopgang"), ("Kan banken fryse pengene?", "indefryse"),
    ("Can they freeze my account?", "indefryse"), ("Stopper saken hvis jeg klager?", "opsættende"),
])
def test_fine_information_night_and_freezing_words_are_given_in_danish(question, word):
    from assistant.pipeline.lexicon import danish_words

    assert word in danish_words(question).split()


@pytest.mark.parametrize("question", ["Do both countries allow it?", "What is at the bottom of the list?"])
def test_whole_word_keys_do_not_fire_inside_other_words(question):
    """'bot' (a fine in Norwegian) is a whole word only: 'both' and 'bottom' are no fines."""
    from assistant.pipeline.lexicon import danish_words

    assert "bøde" not in danish_words(question).split()


def test_norwegian_fine_picks_the_fine_sentence():
    text = ("Fogeden kan kræve oplysninger fra tredjemand. Aktiver skal tvangssælges straks. "
            "Myndigheden kan bestemme, at skyldner skal afgive oplysninger under bødestraf.")
    chosen = best_sentences("Kan jeg få bot hvis jeg ikke forteller hva jeg eier?", _evidence(text), ["3.1"], limit=1)
    assert "bødestraf" in chosen[0].text


def test_followup_turn_words_outweigh_the_earlier_question():
    """A follow-up's retrieval question is the earlier question plus the turn; in choosing the sentence the
    turn's own words lead and the earlier question's only give context."""
    from assistant.pipeline.term_weights import CONTEXT_WEIGHT, NEW_WORD_WEIGHT, term_weights

    question = "Hvem foretager tvangsfuldbyrdelse? Hvad hvis sagen handler om samvær?"
    w = term_weights(question, ["2"], focus="Hvad hvis sagen handler om samvær?")
    assert w["samvær"] == NEW_WORD_WEIGHT and w["foretag"] == CONTEXT_WEIGHT
    assert term_weights(question, ["2"])["foretag"] == 1.0  # without a focus every word counts fully
    text = ("Tvangsfuldbyrdelse foretages af en foged, som er udpeget af staten. "
            "En sag om samvær med en mindreårig fuldbyrdes af en domstol.")
    ev = _evidence(text)
    turn = "Hvad hvis sagen handler om samvær med et barn?"
    chosen = best_sentences(f"Hvem foretager tvangsfuldbyrdelse? {turn}", ev, ["2"], limit=1, focus=turn)
    assert "mindreårig" in chosen[0].text


def test_followup_word_new_to_the_conversation_outweighs_a_repeated_one():
    """"Hvor længe kan dommen fuldbyrdes? Og hvis dommen gælder betaling i rater?": "dommen" repeats the earlier
    question and is in every sentence of the earlier answer; "rater" is what the follow-up adds, so the
    sentence about instalments, in a lower-ranked chunk, outranks the top chunk's sentence about the judgment."""
    from assistant.pipeline.term_weights import NEW_WORD_WEIGHT, term_weights

    earlier, turn = "Hvor længe kan dommen fuldbyrdes?", "Og hvis dommen gælder betaling i rater?"
    w = term_weights(f"{earlier} {turn}", ["4.3"], focus=turn)
    assert w["rat"] == NEW_WORD_WEIGHT > 1.0 and w["dom"] == 1.0
    # a new question on the same matter, not a condition: its new words are generic, none is lifted
    other = "Og hvem kan bestemme det?"
    assert max(term_weights(f"{earlier} {other}", ["4.3"], focus=other).values()) == 1.0
    first = _evidence("En dom kan fuldbyrdes i ti år efter, at afgørelsen er blevet endelig, og dens gyldighed kan forlænges.")
    second = _evidence("Ved betaling i rater løber fristen fra forfaldsdatoen.")[0]
    second = Evidence(chunk=second.chunk.model_copy(update={"id": "c2"}), score=0.9)
    chosen = best_sentences(f"{earlier} {turn}", [first[0], second], ["4.3"], limit=2, focus=turn)
    assert [s.text[:10] for s in sorted(chosen, key=lambda s: -s.score)][0] == "Ved betali"


@pytest.mark.parametrize("question", ["Hvad hvis sagen handler om et barn?", "What if a child is involved?"])
def test_child_is_given_as_minor(question):
    from assistant.pipeline.lexicon import danish_words

    assert "mindreårig" in danish_words(question).split()


def test_sentence_closing_a_parenthesis_opened_before_it_is_quoted_without_the_stray_paren():
    """"… (indgives til retten. Fristen er én uge fra handlingen)": the ")" closes a parenthesis of the
    sentence before; the sentence without it is a verbatim, balanced quote (it was dropped as cut-off)."""
    text = ("Klage over fogeden (indgives til distriktsdomstolen). Klagen kan indgives af en part. "
            "Søgsmålsfristen er én uge fra den dato, hvor handlingen er udført, eller hvor parten er blevet "
            "opmærksom på den undladte handling)")
    chosen = best_sentences("Hvad er søgsmålsfristen?", _evidence(text), ["5"], limit=3)
    quote = next(s.text for s in chosen if "Søgsmålsfristen" in s.text)
    assert quote.endswith("undladte handling") and quote in text


def test_deadline_compound_with_a_figure_counts_as_stating_the_asked_figure():
    """"Søgsmålsfristen er én uge" answers "how long do I have to complain" though it shares only the
    compound head "frist" with the topic's words."""
    text = ("Klagen kan indgives af en part i sagen over fogeden. "
            "Søgsmålsfristen er én uge fra den dato, hvor handlingen er udført.")
    chosen = best_sentences("Hur lång tid har man på sig att klaga?", _evidence(text), ["5"], limit=2,
                            asks_number=True)
    fig = next(s for s in chosen if "Søgsmålsfristen" in s.text)
    assert "states a figure" in fig.reasons


def test_near_tie_chunk_of_the_lead_section_ranks_with_the_top_chunk():
    """Two chunks of the asked-about section scored 1.40 and 1.35 by retrieval: the second one's sentence
    competes as an equal (prior by score), not as a rank-4 afterthought behind other sections' chunks."""
    def ev(cid: str, section: str, text: str, score: float) -> Evidence:
        chunk = Chunk(id=cid, country="SK", section=section, title=section, text=text, line_start=1,
                      line_end=2, source="SK.md", last_updated=date(2020, 1, 1))
        return Evidence(chunk=chunk, score=score)

    evidence = [ev("a", "2", "Retsembedsmanden har samme myndighed som retten ved fuldbyrdelse.", 1.40),
                ev("b", "4.2", "Virksomheden kan ikke overdrage egenkapital under tvangsfuldbyrdelse.", 0.50),
                ev("c", "4.1", "Tvangsfuldbyrdelse kan ske i virksomhedens aktiver og i løn.", 0.47),
                ev("d", "2", "Tvangsfuldbyrdelse foretages af en foged, som er udpeget af staten.", 1.35)]
    chosen = best_sentences("Hvem foretager tvangsfuldbyrdelse?", evidence, ["2"], limit=2)
    assert any("foged" in s.text for s in chosen)


def test_line_labelled_with_the_asked_role_answers_what_that_role_does():
    """"* **Skyldner:** Motta varsel …" answers "Hva kan jeg gjøre som skyldner?": the label is the
    question's own word (a line that merely mentions the debtor does not get the bonus)."""
    text = ("1. **Manglende varsler:** Feil i varsel til skyldner kan føre til ugyldig utlegg.\n"
            "* **Kreditor:** Initiere prosess etter mislykket inkasso.\n"
            "* **Skyldner:** Motta varsel om utlegg, eventuelt innfri kravet eller møte i namsmøte.")
    chosen = best_sentences("Hva kan jeg gjøre som skyldner?", _evidence(text), ["2"], limit=1)
    assert "namsmøte" in chosen[0].text and "labelled with the asked term" in chosen[0].reasons


def test_same_sentence_in_two_sections_is_quoted_once():
    def ev(cid: str, section: str, text: str, score: float) -> Evidence:
        chunk = Chunk(id=cid, country="FR", section=section, title=section, text=text, line_start=1,
                      line_end=2, source="FR.md", last_updated=date(2020, 1, 1))
        return Evidence(chunk=chunk, score=score)

    same = "Et tvangsfuldbyrdelsesgrundlag er i princippet gyldigt i ti år."
    evidence = [ev("a", "4.3", same + " Fristen kan afbrydes.", 1.0), ev("b", "6", same, 0.9)]
    chosen = best_sentences("Hvor længe er et tvangsfuldbyrdelsesgrundlag gyldigt?", evidence, ["4.3"], limit=3)
    assert [s.text for s in chosen].count(same) == 1


@pytest.mark.parametrize("question,word", [
    ("Is it a crime to hide my things?", "strafansvar"), ("Is it a crime to hide my things?", "skjuler"),
    ("Är det ett brott att gömma saker?", "strafansvar"), ("Kan de ta bilen min?", "køretøj"),
    ("Can they take my car?", "køretøj"), ("Kan namsmannen bryte opp døra?", "døre"),
    ("Can they evict me?", "udsættelse"), ("How much for child maintenance?", "underholdsbidrag"),
    ("Hur mycket mat får jag behålla?", "fødevarer"), ("Can a mediation agreement be enforced?", "mægling"),
    ("Hvem fordeler pengene?", "fordeling"), ("What is the most common measure?", "hyppigst"),
    ("Kan en dom fuldbyrdes, før den er trådt i kraft?", "ikrafttræden"),
    ("Hvor skal jeg sende min appel hen?", "indgives"), ("Vart ska ansökan skickas?", "indgives"),
    ("Hvad skal der til, før en dom kan fuldbyrdes?", "betingelser"),
])
def test_crime_vehicle_eviction_food_and_filing_words_are_given_in_danish(question, word):
    from assistant.pipeline.lexicon import danish_words

    assert word in danish_words(question).split()


@pytest.mark.parametrize("question", ["Who will carry the costs?", "Hvad står der i bilaget?",
                                      "Is that a material matter?"])
def test_car_and_food_keys_are_whole_words_only(question):
    from assistant.pipeline.lexicon import danish_words

    words = danish_words(question).split()
    assert "køretøj" not in words and "fødevarer" not in words


def test_permission_question_prefers_the_rule_that_forbids_the_act():
    text = ("Aktiver sælges ved offentlig auktion, hvor køberen betaler kontant. "
            "Fra udlægget må skyldner ikke disponere over de aktiver, der er gjort udlæg i.")
    question = "Må jeg sælge min bil ved en auktion, efter at fogeden har gjort udlæg i den?"
    chosen = best_sentences(question, _evidence(text), ["4.2"], limit=1)
    assert chosen[0].text.startswith("Fra udlægget må skyldner ikke disponere")
    assert "states a permission or prohibition" in chosen[0].reasons
    # the same words asked as a "how" question: no bonus, and the auction sentence shares more of them
    how = "Hvordan sælges bilen ved en auktion, efter at fogeden har gjort udlæg i den?"
    other = best_sentences(how, _evidence(text), ["4.2"], limit=1)
    assert other[0].text.startswith("Aktiver sælges") and "states a permission or prohibition" not in other[0].reasons


def test_whether_it_costs_anything_is_answered_by_the_sentence_stating_the_charge():
    # the short "it is free" sentence shares fewer words with the question than its neighbours
    text = ("Det er en bekræftet udskrift af dommen, og retsafgørelsen er forsynet med en fuldbyrdelsespåtegning. "
            "Udskriften er gratis. "
            "Hvis der er tale om en endelig dom, forsynes udskriften med en fuldbyrdelsespåtegning.")
    question = "Skal jeg betale for udskriften af dommen med fuldbyrdelsespåtegning?"
    chosen = best_sentences(question, _evidence(text), ["3.1"], limit=1)
    assert chosen[0].text == "Udskriften er gratis."
    assert "states a charge or that it is free" in chosen[0].reasons
    # asked what the copy is, the same sentence gets no such term
    other = best_sentences("Hvad er udskriften af dommen med fuldbyrdelsespåtegning?", _evidence(text), ["3.1"],
                           limit=1)
    assert other[0].text != "Udskriften er gratis."


def test_a_short_sentence_saying_the_asked_thing_is_free_outranks_long_ones_about_it():
    # the long sentences share more of the question's words and are closer in meaning; the short one says
    # the asked thing (the copy) is free, the whole answer: its cost term counts double
    from assistant.pipeline.sentences import _SHORT_ANSWER

    text = ("Det er en bekræftet udskrift af dommen, og retsafgørelsen er forsynet med en fuldbyrdelsespåtegning. "
            "Udskriften er gratis. "
            "Udskriften overgives til fogeden, der således har beføjelse til at gennemføre fuldbyrdelsen af dommen.")
    question = ("Skal jeg betale noget for at få den udskrift af dommen, som fogeden skal bruge til "
                "fuldbyrdelsen?")
    chosen = best_sentences(question, _evidence(text), ["3.1"], limit=3, per_chunk=9)
    free = next(s for s in chosen if s.text == "Udskriften er gratis.")
    assert free.features["cost"] == 2.0 and len(free.text) < _SHORT_ANSWER
    assert max(chosen, key=lambda s: s.score) is free


def test_living_abroad_matches_a_sentence_saying_not_resident_in_the_country():
    # "ikke er bosat i Sverige" is living abroad; the country's name is no match term, so without the bridge
    # the general rule (where the child lives) wins on shared words
    text = ("Begæringen om tvangsfuldbyrdelse indgives normalt til distriktsdomstolen på det sted, hvor barnet bor. "
            "Hvis barnet ikke er bosat i Sverige, skal begæringen indgives til distriktsdomstolen i Stockholm.")
    question = ("Mit barn bor nu i udlandet. Hvilken distriktsdomstol skal begæringen om tvangsfuldbyrdelse "
                "indgives til?")
    chosen = best_sentences(question, _evidence(text), ["3.1"], limit=1, per_chunk=9)
    assert "Stockholm" in chosen[0].text
    # a negated residence in a common noun ("ikke bor i huset") is no foreign residence
    from assistant.pipeline.sentence_features import NOT_RESIDENT

    assert not NOT_RESIDENT.search("skyldner, der ikke bor i huset")


def test_which_act_is_answered_by_the_sub_heading_that_names_the_act():
    # a sub-heading is no quote in general, but the one naming the law is what "which act?" asks for
    text = ("Sager om tvangsfuldbyrdelse omfattet af lov om tvangsfuldbyrdelse (utsökningsbalken)\n"
            "Fuldbyrdelse betyder, at en fuldbyrdelsesmyndighed bestemmer, at en afgørelse gennemføres ved tvang. "
            "Oftest vedrører tvangsfuldbyrdelse en forpligtelse til at betale penge.")
    chosen = best_sentences("Which act governs how enforcement is carried out?", _evidence(text), ["1"], limit=1)
    assert "utsökningsbalken" in chosen[0].text and "names a law" in chosen[0].reasons
    # asked what enforcement means, the heading stays out
    other = best_sentences("What does enforcement mean?", _evidence(text), ["1"], limit=3)
    assert all("utsökningsbalken" not in s.text for s in other)
    # a law named outside the asked topic's sections (a fee schedule's act) gets no such term
    outside = best_sentences("Which act governs how enforcement is carried out?", _evidence(text), ["5"], limit=3)
    assert all("names a law" not in s.reasons for s in outside)


def test_which_court_is_answered_by_the_sentence_naming_the_court():
    # the court's own name shares no word with the question; the other sentence shares more
    text = ("Appellen skal indeholde en begrundelse for, hvorfor fuldbyrdelsesafgørelsen i appelsagen er forkert. "
            "Denne appel vil blive behandlet af den relevante regionalret (Audiencia provincial).")
    question = "Hvilken domstol behandler appellen af fuldbyrdelsesafgørelsen?"
    chosen = best_sentences(question, _evidence(text), ["1"], limit=1)
    assert "Audiencia provincial" in chosen[0].text and "names a court" in chosen[0].reasons
    outside = best_sentences(question, _evidence(text), ["5"], limit=2)  # the court named outside the topic
    assert all("names a court" not in s.reasons for s in outside)


def test_which_court_prefers_the_court_by_its_name_over_the_word():
    # both sentences say "court"; only one says which court
    text = ("En kreditor indleder en tvangsfuldbyrdelsessag ved at indgive en begæring om fuldbyrdelse til retten. "
            "Byretterne (općinski sudovi) er sagligt kompetente i fuldbyrdelsessager.")
    chosen = best_sentences("Hvilken slags domstol behandler en fuldbyrdelsessag?", _evidence(text), ["1"], limit=1)
    assert chosen[0].text.startswith("Byretterne") and "names a court or an official by its name" in chosen[0].reasons


def test_who_question_is_answered_by_the_sentence_naming_the_official():
    text = ("Den faktiske fuldbyrdelse af udlæg og tvangssalg varetages normalt af andre tjenestemænd. "
            "Fuldbyrdelsen gennemføres af den svenske fogedmyndighed (Kronofogdemyndigheten).")
    chosen = best_sentences("Hvem gennemfører udlæg og tvangssalg?", _evidence(text), ["1"], limit=1)
    assert "Kronofogdemyndigheten" in chosen[0].text
    # not a who-question: no such term
    other = best_sentences("Hvordan gennemføres udlæg og tvangssalg?", _evidence(text), ["1"], limit=2)
    assert all("names a court or an official by its name" not in s.reasons for s in other)


def _sections(*parts: tuple[str, str]) -> list[Evidence]:
    """One chunk per (section, text), in that rank order."""
    return [Evidence(chunk=Chunk(id=f"c{i}", country="GR", section=section, title="", text=text, line_start=1,
                                 line_end=4, source="GR.md", last_updated=date(2020, 1, 1)), score=1.0 - i / 10)
            for i, (section, text) in enumerate(parts)]


def test_which_court_is_not_answered_by_an_official_named_in_brackets():
    # an official named by its name is no court: for "which court?" it counts as the word only
    text = ("Justitssekretærerne (Letrados de la Administración de Justicia) har ansvaret for at fastlægge de "
            "konkrete foranstaltninger. Begæringen indgives til den domstol i første instans (Tribunal de Primera "
            "Instancia), som afsagde dommen.")
    chosen = best_sentences("Which court do I apply to for enforcement?", _evidence(text), ["1"], limit=1)
    assert "Tribunal de Primera Instancia" in chosen[0].text
    scored = best_sentences("Which court do I apply to for enforcement?", _evidence(text), ["1"], limit=2)
    official = next(s for s in scored if s.text.startswith("Justitssekretærerne"))
    assert "names an official, not a court (the asked 'which court')" in official.reasons
    assert official.features["court"] == 0.5
    # asked who, the official is an answer (a who may ask for a party as well: half a named court); asked whether it is
    # the judge, as much as a named court
    who = best_sentences("Hvem fastlægger de konkrete foranstaltninger?", _evidence(text), ["1"], limit=2)
    official = next(s for s in who if s.text.startswith("Justitssekretærerne"))
    assert official.features["court"] == 1.0
    cleft = best_sentences("Er det dommeren, der fastlægger foranstaltningerne?", _evidence(text), ["1"], limit=2)
    official = next(s for s in cleft if s.text.startswith("Justitssekretærerne"))
    assert official.features["court"] == 2.0


def test_which_court_about_the_authority_reads_the_court_in_the_procedure_section():
    # asked about the competent authority (2), the court the application is lodged with is named in 3.1
    evidence = _sections(("2", "Efter lovgivningen kan dommere og domstole fuldbyrde domme. "
                               "Det er dommeren, der indleder proceduren med en generel afgørelse."),
                         ("3.1", "Fuldbyrdelsesbegæringen skal indgives til dommeren ved den domstol i første instans "
                                 "(Tribunal de Primera Instancia), som afsagde dommen."))
    chosen = best_sentences("Which court do I apply to for enforcement?", evidence, ["2", "1"], limit=2)
    named = next(s for s in chosen if "Tribunal de Primera Instancia" in s.text)
    assert "names a court or an official by its name" in named.reasons
    # not for a court outside the pair (an appeal court in 5), nor when the question is about another section
    evidence = _sections(("2", "Efter lovgivningen kan dommere og domstole fuldbyrde domme."),
                         ("5", "Appellen behandles af byretten i Sofia (Sofiyski Gradski Sad)."))
    chosen = best_sentences("Hvilken domstol fuldbyrder dommen?", evidence, ["2"], limit=2)
    assert all("names a court or an official by its name" not in s.reasons for s in chosen)
    evidence = _sections(("4.1", "Der kan gøres udlæg i løsøre."),
                         ("3.1", "Begæringen indgives til byretten i Sofia (Sofiyski Gradski Sad)."))
    chosen = best_sentences("Hvilken domstol gør udlæg i løsøre?", evidence, ["4.1"], limit=2)
    assert all("names a court or an official by its name" not in s.reasons for s in chosen)


def test_cleft_question_is_answered_by_the_sentence_naming_the_official():
    # "Er det dommeren selv, der …?" asks which one acts, as "Hvem …?" does
    text = ("Efter lovgivningen kan dommere og domstole fuldbyrde domme og stå for de konkrete udlæg. "
            "Når dommeren har afsagt en generel afgørelse, er det justitssekretæren, der fører tilsyn med proceduren.")
    chosen = best_sentences("Er det dommeren selv, der står for de konkrete udlæg?", _evidence(text), ["1"], limit=1)
    assert "justitssekretæren" in chosen[0].text


def test_definition_bonus_is_for_the_asked_term_only():
    text = ("Løsøre indebærer personlige ejendele og rettigheder af forskellig art. "
            "For at der kan gøres udlæg, skal visse betingelser være opfyldt: aktiverne skal tilhøre skyldner.")
    # "Hva er de tre vilkårene …?" asks about conditions: a sentence defining "løsøre" is no definition of them
    chosen = best_sentences("Hva er de tre vilkårene for at det kan tas utlegg i løsøre?", _evidence(text), [],
                            limit=2)
    assert all("defines the asked term" not in s.reasons for s in chosen)
    defined = best_sentences("Hvad er løsøre?", _evidence(text), [], limit=1)
    assert "defines the asked term" in defined[0].reasons


def test_score_is_the_weighted_sum_of_its_listed_terms():
    from assistant.settings import SentenceWeights

    text = ("Fristen for at appellere er tre uger. Kæreskriftet indgives til tingretten. "
            "Fogeden kan gøre udlæg i løn.")
    chosen = best_sentences("Hvad er fristen for at appellere?", _evidence(text), ["5"], asks_number=True)
    weights = SentenceWeights()
    for s in chosen:
        assert set(s.features) >= {"lexical", "rank_prior", "topic", "figure"}
        assert s.score == round(weights.score(s.features), 3)
    # the weights decide: counting only the rank prior, the best sentence is the top chunk's first one
    assert chosen[0].text.startswith("Fristen for at appellere")
    # the weights decide: the question's words point at the last sentence; counting them, it leads, and
    # with the lexical terms off every sentence ties and the chunk's first one leads
    q = "Kan fogeden gøre udlæg i løn?"
    lexical_on = best_sentences(q, _evidence(text), [], per_chunk=9)
    lexical_off = SentenceWeights(lexical=0, compound=0, figure=0)
    plain = best_sentences(q, _evidence(text), [], per_chunk=9, weights=lexical_off, near_tie=0)
    assert lexical_on[0].text.startswith("Fogeden kan gøre udlæg i løn")
    assert plain[0].text.startswith("Fristen for at appellere")
    assert all(s.score == round(lexical_off.score(s.features), 3) for s in plain)


def test_every_feature_has_a_weight_and_every_weight_a_feature():
    from assistant.settings import SentenceWeights

    text = "Fristen for at appellere er tre uger. Kæreskriftet indgives til tingretten."
    for s in best_sentences("Hvad er fristen?", _evidence(text), ["5"], asks_number=True):
        assert set(s.features) == set(SentenceWeights.model_fields)


def test_a_near_tie_beyond_the_limit_is_quoted_too():
    # four sentences that share the question's words equally: the scorer cannot rank one last
    text = ("Udlæg i løn kræver en kendelse. Udlæg i løn gælder arbejdsgiveren. "
            "Udlæg i løn ophører ved betaling. Udlæg i løn meddeles skyldneren.")
    q = "Udlæg i løn?"
    assert len(best_sentences(q, _evidence(text), [], limit=3, per_chunk=9)) == 3
    assert len(best_sentences(q, _evidence(text), [], limit=3, per_chunk=9, near_tie=0.9)) == 4
    # never more than one beyond the limit, and a clearly weaker sentence is not added
    assert len(best_sentences(q, _evidence(text), [], limit=2, per_chunk=9, near_tie=0.9)) == 3
    weak = ("Udlæg i løn kræver en kendelse. Udlæg i løn gælder arbejdsgiveren. "
            "Retten holder åbent på hverdage for alle.")
    picks = best_sentences(q, _evidence(weak), [], limit=2, per_chunk=9, near_tie=0.9)
    assert len(picks) == 2 and all("åbent" not in s.text for s in picks)


def test_the_near_tie_beyond_the_limit_is_not_held_to_the_per_chunk_cap():
    # one chunk, four sentences the scorer cannot tell apart: the cap keeps the ``limit`` picks to two from
    # the chunk, but the near-tie one beyond the limit is shown wherever it sits
    text = ("Udlæg i løn kræver en kendelse. Udlæg i løn gælder arbejdsgiveren. "
            "Udlæg i løn ophører ved betaling. Udlæg i løn meddeles skyldneren.")
    q = "Udlæg i løn?"
    assert len(best_sentences(q, _evidence(text), [], limit=3, per_chunk=2)) == 2
    assert len(best_sentences(q, _evidence(text), [], limit=2, per_chunk=2, near_tie=0.9)) == 3
    # a clearly weaker third sentence of the chunk is still not added
    weak = ("Udlæg i løn kræver en kendelse. Udlæg i løn gælder arbejdsgiveren. "
            "Retten holder åbent på hverdage for alle.")
    picks = best_sentences(q, _evidence(weak), [], limit=2, per_chunk=2, near_tie=0.9)
    assert len(picks) == 2 and all("åbent" not in s.text for s in picks)


def test_a_near_tie_of_another_chunk_keeps_the_slot_beyond_the_limit():
    # the held-back sentence of a chunk that gave its share is shown only when no other chunk has a near-tie
    def chunk(cid: str, text: str) -> Evidence:
        return Evidence(chunk=Chunk(id=cid, country="GR", section="1", title="Hvad forstås ved tvangsfuldbyrdelse?",
                                    text=text, line_start=1, line_end=4, source="GR.md", last_updated=date(2020, 1, 1)),
                        score=1.0)
    first = chunk("c1", "Udlæg i løn kræver en kendelse. Udlæg i løn gælder arbejdsgiveren. "
                        "Udlæg i løn ophører ved betaling.")
    second = chunk("c2", "Udlæg i løn meddeles skyldneren.")
    picks = best_sentences("Udlæg i løn?", [first, second], [], limit=2, per_chunk=2, near_tie=0.9)
    assert len(picks) == 3 and any(p.evidence_index == 1 for p in picks)
    assert sum(p.evidence_index == 0 for p in picks) == 2


def test_a_sentence_stating_the_asked_detail_gets_the_detail_term():
    text = ("Fogeden træffer afgørelse om udlæg i løn. Fogeden sender afgørelsen til skyldneren. "
            "Retten er gratis at benytte. Gebyret for udlæg er 26 EUR.")
    q = "Hvad skal fogeden have for udlæg?"
    plain = best_sentences(q, _evidence(text), [], limit=2, per_chunk=9)
    assert all("26 EUR" not in s.text for s in plain)
    favoured = best_sentences(q, _evidence(text), [], limit=2, per_chunk=9, detail=lambda s: "EUR" in s)
    assert any("26 EUR" in s.text and s.features["states_detail"] == 1.0 for s in favoured)


def test_a_short_complete_statement_can_be_quoted_but_a_fragment_cannot():
    text = "Udskriften er gratis. Omkostninger\nDet koster intet at få en udskrift af dommen hos retten."
    picks = best_sentences("Er udskriften gratis?", _evidence(text), [], limit=3, per_chunk=9)
    assert any(s.text == "Udskriften er gratis." for s in picks)
    assert all(s.text != "Omkostninger" for s in picks)


_LONG_LIST = ("Begrænsninger følger af loven. Der må ikke foretages udlæg i følgende indtægter:\n"
              + "".join(f"{n}) ydelse nummer {n} efter loven om sociale ydelser\n" for n in range(1, 11))
              + "11) folkepension i det omfang, det er fastsat ved lov\n12) støtte efter løsladelse.\n"
              "Hvis betalingspåkravet ikke har ført til betaling, kan fogeden gøre udlæg i lønnen.")


def test_a_named_list_item_is_quoted_with_its_intro():
    picks = best_sentences("Kan fogeden tage min folkepension?", _evidence(_LONG_LIST), [], per_chunk=9)
    item = next(s for s in picks if "folkepension" in s.text)
    assert item.text == "11) folkepension i det omfang, det er fastsat ved lov"
    assert item.intro == "Der må ikke foretages udlæg i følgende indtægter:"
    assert item.intro in _LONG_LIST and item.text in _LONG_LIST  # both verbatim


def test_an_item_the_question_does_not_name_is_no_quote_on_its_own():
    picks = best_sentences("Kan fogeden tage min bil?", _evidence(_LONG_LIST), [], per_chunk=9)
    assert all(s.intro is None for s in picks)
    from assistant.pipeline.sentence_spans import list_intro

    no_colon = "Reglerne er disse.\n• folkepension\n"
    assert list_intro(no_colon, no_colon.index("•")) is None


def test_an_intro_ending_in_a_colon_is_quoted_with_the_rest_of_its_line():
    """"… i visse tilfælde: Hvis en person …" is one statement the splitter cuts at the colon: the answer to
    "can penalty payments be used for a sum of money?" needs both halves (the half after the colon alone
    never says it is about penalty payments). A colon at the end of a line still opens a list."""
    text = ("Et andet vigtigt aspekt er tvangsbøderne. Tvangsbøder kan dog ikke anvendes i visse tilfælde: "
            "Hvis en person er blevet dømt til at betale et bestemt beløb. Tvangsbøder inddrives direkte.\n"
            "Hvis en person er blevet dømt til at betale en sum penge, fuldbyrdes kravet i aktiverne.")
    picks = best_sentences("Kan kreditor bruge tvangsbøder for at få mig til at betale det beløb, jeg er dømt til?",
                           _evidence(text), [], limit=1)
    assert picks[0].text == ("Tvangsbøder kan dog ikke anvendes i visse tilfælde: Hvis en person er blevet dømt "
                             "til at betale et bestemt beløb.")
    from assistant.pipeline.sentence_spans import with_inline_rest

    listed = "Der anvendes følgende:\n • udlæg"
    assert with_inline_rest("Der anvendes følgende:", 0, listed) == "Der anvendes følgende:"


def test_words_inside_a_web_address_are_not_shared_with_the_question():
    """"… kan findes her: https://oikeus.fi/ulosotto/…" does not speak of "ulosotto" because its address
    contains the word: the question naming the authority is answered by the sentence about the fee."""
    text = ("Kontaktoplysninger om de lokale myndigheder kan findes her: https://oikeus.fi/ulosotto/fi/index.html\n"
            "Kreditor betaler ikke nogen afgift på forhånd.")
    picks = best_sentences("Do I pay a fee to the ulosotto?", _evidence(text), [], limit=1)
    assert picks[0].text == "Kreditor betaler ikke nogen afgift på forhånd."


@pytest.mark.parametrize("question", ["Kan jag hamna i fängelse om jag inte betalar?",
                                      "Kan jeg havne i fengsel hvis jeg ikke betaler?",
                                      "Can I go to prison if I do not pay?", "Kan jeg komme i fængsel, hvis jeg ikke betaler?"])
def test_a_prison_question_finds_the_committal_order(question):
    """The noun "fængsel" shares no stem with "fængslingskendelse" (the order that imprisons a debtor): every
    prison word also gives "fængsles"/"fængsling", so the sentence naming the order answers, in each language."""
    text = ("Retten afgør, hvor store afdrag der skal betales hver måned af skyldner. "
            "Manglende overholdelse af en afdragskendelse kan føre til en begæring om en fængslingskendelse.")
    picks = best_sentences(question, _evidence(text), [], limit=1)
    assert "fængslingskendelse" in picks[0].text


@pytest.mark.parametrize("question", ["Hvordan bliver salget gjort kendt?", "Hvordan blir salget kunngjort?",
                                      "Hur tillkännages försäljningen?", "How is the sale advertised?"])
def test_how_a_sale_is_made_known_is_answered_by_its_announcement(question):
    """"gjort kendt" is the lay word for "meddeles offentligheden … annoncer": the announcing sentence beats
    one that shares only "gjort" ("der er gjort udlæg i")."""
    text = ("Når der er gjort udlæg i en fordring, kan der ikke foretages betalinger til skyldner. "
            "Salget sker ved auktion, medmindre retten tillader et underhåndssalg. "
            "Salget skal meddeles offentligheden ved hjælp af opslag og annoncer i dagspressen.")
    picks = best_sentences(question, _evidence(text), [], limit=1)
    assert "annoncer" in picks[0].text


@pytest.mark.parametrize("question", ["Hvordan får jeg det tilbage igen?", "Hvordan får jeg det tilbake?",
                                      "Hur får jag tillbaka körkortet?", "How can the licence be restored?"])
def test_getting_a_right_back_is_its_restoration(question):
    text = ("Det beløb, der er til overs efter dækning af udgifterne, returneres til skyldner. "
            "Domstolen genopretter en skyldners rettighed, når skyldner har betalt børnebidrag i mindst tre måneder.")
    picks = best_sentences(question, _evidence(text), [], limit=1)
    assert "genopretter" in picks[0].text


def test_repaying_is_not_getting_back():
    from assistant.pipeline.lexicon import danish_words

    assert "genoprette" not in danish_words("Kan jeg få tilbagebetaling af gebyret?").split()


@pytest.mark.parametrize("question,word", [
    # a sale for more than the debt is the surplus returned to the debtor, not a getting-back ("genoprette")
    ("Får jeg noget tilbage, hvis bilen blev solgt for mere, end jeg skyldte?", "returneres"),
    ("Får jeg noe tilbake hvis bilen ble solgt for mer enn jeg skyldte?", "returneres"),
    ("Får jag något om bilen såldes för mer än skulden? Den blev såld för mer.", "returneres"),
    ("Do I get anything if the car was sold for more than I owed?", "returneres"),
    # a third party's duty to answer the bailiff is the pages' "oplysningspligt"
    ("Har min bror pligt til at svare fogeden?", "oplysningspligt"),
    ("Har broren min plikt til å svare namsmannen?", "oplysningspligt"),
    ("Är min bror skyldig att svara Kronofogden?", "oplysningspligt"),
    ("Is my brother obliged to answer the bailiff?", "oplysningspligt"),
    # a brother or sister is the debtor's family
    ("Kronofogden har ringet til min bror.", "familie"), ("Namsmannen ringte søsteren min.", "familie"),
    ("Kronofogden ringde min syster.", "familie"), ("The bailiff called my brother.", "familie"),
])
def test_surplus_duty_to_answer_and_relatives_are_given_in_danish(question, word):
    from assistant.pipeline.lexicon import danish_words

    assert word in danish_words(question).split()


def test_bror_is_a_whole_word_only():
    from assistant.pipeline.lexicon import danish_words

    assert "familie" not in danish_words("Tager de brorparten af lønnen?").split()


@pytest.mark.parametrize("question,word", [
    # choosing a bailiff is appointing one ("kreditor har ret til at udpege en bestemt foged")
    ("Får jag själv välja vilken exekutor?", "udpege"), ("Kan jeg vælge fogeden selv?", "udpege"),
    ("Kan jeg velge namsmann selv?", "udpege"), ("Can I choose the bailiff?", "udpege"),
    ("Får jag välja exekutor?", "foged"),
    # somewhere to live is a home; a dispute is a "tvist"
    ("Det er det eneste sted, jeg har at bo.", "bolig"), ("Jeg bor med min familie her.", "bolig"),
    ("the only place to live", "bolig"), ("hvis der bliver strid om udlægget", "tvist"),
    ("hvis jeg er uenig i fuldbyrdelsen", "tvister"), ("if there is a dispute", "tvist"),
])
def test_choosing_homes_and_disputes_are_given_in_danish(question, word):
    from assistant.pipeline.lexicon import danish_words

    assert word in danish_words(question).split()


def test_lexicon_keeps_other_words_out_of_the_new_families():
    from assistant.pipeline.lexicon import danish_words

    assert "foged" not in danish_words("et exekutionsfundament").split()  # a title, not the bailiff
    assert "bolig" not in danish_words("borgenären").split()  # "bor" is a whole word only


def test_only_home_picks_the_no_other_home_sentence():
    """"The only home" is stated as "no other home": the sentence saying so is picked over one that shares
    more of the question's words."""
    text = ("Hvis boligen har et større areal, end skyldner og dennes familie har brug for, sælges en andel heraf.\n"
            "Der kan ikke gøres udlæg i den bolig, skyldner ejer, hvis skyldner og dennes familiemedlemmer ikke har "
            "anden bolig, uanset om skyldner har bopæl der.")
    chosen = best_sentences("Fogeden vil sælge min lejlighed. Det er det eneste sted, min familie og jeg har at bo.",
                            _evidence(text), ["4.1"], limit=1)
    assert "anden bolig" in chosen[0].text


@pytest.mark.parametrize("question,word", [
    # the dark and the evening in Danish too (the pages: "mellem solopgang og solnedgang")
    ("Kan fogeden komme sent om aftenen, når det er blevet mørkt?", "solnedgang"),
    ("Kan fogden komma när det är mörkt?", "solnedgang"), ("Can the bailiff come after dark?", "solnedgang"),
    ("Kan fogeden komme om natten?", "solopgang"),
    # a van or a lorry is a vehicle ("køretøjet", "motorkøretøjer")
    ("Og varebilen som jeg bruker i jobben?", "motorkøretøj"), ("Kan de ta skåpbilen?", "køretøj"),
    ("Can they take my van?", "køretøj"), ("Kan de ta kjøretøyet mitt?", "køretøj"),
    # child support is maintenance ("underholdsbidrag")
    ("Om det gäller barnbidrag?", "underholdsbidrag"),
    ("What if the debt is child support?", "underholdsbidrag"),
])
def test_dark_van_and_child_support_words_are_given_in_danish(question, word):
    from assistant.pipeline.lexicon import danish_words

    assert word in danish_words(question).split()


@pytest.mark.parametrize("question", ["Hvad er nationale regler?", "Er det vanlig praksis?"])
def test_short_whole_word_keys_do_not_fire_inside_other_words(question):
    from assistant.pipeline.lexicon import danish_words

    assert "solnedgang" not in danish_words(question).split() and "køretøj" not in danish_words(question).split()


def test_a_translated_evening_picks_the_sunset_sentence():
    text = ("For at beskytte skyldner må personlige ejendele, der er afgørende for en persons arbejde, ikke gøres til "
            "genstand for tvangsfuldbyrdelse. Desuden foretages fuldbyrdelsen af et påbud om beslaglæggelse og salg "
            "af løsøre mellem solopgang og solnedgang.")
    chosen = best_sentences("Kan fogeden hente mine møbler sent om aftenen, når det er blevet mørkt?", _evidence(text),
                            ["6"], limit=1)
    assert "solnedgang" in chosen[0].text


@pytest.mark.parametrize("question,word", [
    # the asker's money is the pages' amount ("Fordeling av realisert beløp", "det beløb, der er tilbage")
    ("Hva skjer med pengene når bilen er solgt?", "beløp"), ("Får jeg pengane tilbake?", "beløp"),
    ("Vad händer med pengarna efter försäljningen?", "beløb"), ("What happens to the money after the sale?", "beløb"),
    # a doctor's certificate is the pages' "lægeerklæring" (CZ 6: "Hvis der ikke foreligger en lægeerklæring …")
    ("What if I don't have a doctor's certificate?", "lægeerklæring"), ("Hva om jeg ikke har legeerklæring?", "lægeerklæring"),
    ("Och om jag saknar läkarintyg?", "lægeerklæring"), ("Do I need a medical certificate?", "lægeerklæring"),
])
def test_money_and_doctors_certificate_are_given_in_danish(question, word):
    from assistant.pipeline.lexicon import danish_words

    assert word in danish_words(question).split()


@pytest.mark.parametrize("question", [
    "Hvor mange penge må jeg beholde?",  # Danish "penge" is the Danish pages' own word: no "beløb" on top
    "Har banken (pengeinstituttet) pligt til at svare?", "Jeg må legge fram dokumentene.",
])
def test_money_and_doctor_keys_stay_out_of_other_words(question):
    from assistant.pipeline.lexicon import danish_words

    words = danish_words(question).split()
    assert "beløb" not in words and "beløp" not in words and "lægeerklæring" not in words


def test_a_short_no_limit_sentence_answers_is_there_a_maximum():
    # D19 q-2222: "Is there a maximum time …?" — the negative answer shares few words with the question
    from assistant.pipeline.sentences import best_sentences
    ev = _evidence("Retten kan idømme den pågældende bøde eller fængselsstraf for foragt for retten, "
                       "indtil forholdet er bragt i orden, og personen kan holdes fængslet. "
                       "Der er derfor ikke nogen grænse for, hvor længe en person kan holdes fængslet. "
                       "Fængselsstraf for foragt for retten idømmes af High Court, og personen holdes fængslet i tid.")
    picked = best_sentences("Is there a maximum time a person can be held in prison for contempt of court?", ev, ["1"],
                            limit=1)
    assert "ikke nogen grænse" in picked[0].text


def test_a_where_to_lodge_question_quotes_the_sentence_naming_the_place():
    # q-385: "Hvor skal en appel … indgives?" — the place ("via fogeden") shares only the filing verb with the question
    ev = _evidence("Appeller kan indgives af skyldner og kreditor inden for en uge. "
                   "Appeller skal indgives via fogeden ved den regionale domstol.")
    picked = best_sentences("Hvor skal appeller indgives?", ev, ["5"], limit=1)
    assert "via fogeden" in picked[0].text
    assert picked[0].features["filed_with"] == 1.0


def test_a_removal_question_is_answered_by_where_the_seized_things_stay():
    # the possession sentence shares no word with "aflevere"; the disposal sentence shares "udlæg" and "gjort"
    text = ("Fra det øjeblik, hvor der er gjort udlæg i aktiverne, mister skyldner retten til at råde over dem. "
            "Aktiverne forbliver dog i skyldnerens besiddelse.")
    chosen = best_sentences("Fogeden har gjort udlæg i min bil. Skal jeg aflevere den med det samme?", _evidence(text),
                            ["4.2"], limit=1)
    assert chosen[0].text == "Aktiverne forbliver dog i skyldnerens besiddelse."
    assert "states where the seized assets stay (the asked removal)" in chosen[0].reasons


def test_a_refusal_question_is_answered_by_the_duty_quoted_with_what_it_means():
    text = ("Banken modtager en kendelse. Desuden består der en forpligtelse for alle privatpersoner til at bidrage til "
            "fuldbyrdelsesforanstaltningerne. Det betyder, at de har pligt til at udlevere de oplysninger, de anmodes om.")
    chosen = best_sentences("Min skyldners bank vil ikke give retten oplysninger. Kan den bare nægte?", _evidence(text),
                            ["4.2"], limit=1)
    assert chosen[0].text.startswith("Desuden består der en forpligtelse") and chosen[0].text.endswith("anmodes om.")
    assert "states a duty to help the enforcement (the asked refusal)" in chosen[0].reasons



def test_a_where_in_the_law_question_quotes_the_line_naming_the_act_without_its_stray_comma():
    # the source's "… i retsplejeloven.," read as a fragment that never ends, and was dropped
    ev = _evidence("Betingelserne varierer alt efter deres nærmere karakter. "
                   "Oplysninger herom kan findes i § 252 ff. i retsplejeloven.,")
    picked = best_sentences("Hvor i lovgivningen på Malta står betingelserne?", ev, ["1"], limit=1)
    assert picked[0].text == "Oplysninger herom kan findes i § 252 ff. i retsplejeloven."
    assert picked[0].features["law"] == 1.0


def test_a_question_whether_other_rules_apply_quotes_the_sentence_that_says_it_is_the_same():
    ev = _evidence("Domstolene og fogeder træffer fuldbyrdelsesforanstaltninger og afsiger kendelse om fuldbyrdelse. "
                   "Fogedproceduren er identisk med domstolenes procedure.")
    picked = best_sentences("Gælder der andre regler, når det er fogeden og ikke domstolen, der står for fuldbyrdelsen?",
                            ev, ["1"], limit=1)
    assert "identisk" in picked[0].text and picked[0].features["same"] == 1.0


def test_a_from_when_question_quotes_the_sentence_that_says_when_it_starts():
    ev = _evidence("Et tvangsfuldbyrdelsesgrundlag er i princippet gyldigt i ti år. Denne tidsfrist begynder at løbe, "
                   "så snart der iværksættes en foranstaltning.")
    picked = best_sentences("Fra hvornår regnes gyldighedsperioden for tvangsfuldbyrdelsesgrundlaget?", ev, ["1"], limit=1)
    assert "begynder at løbe" in picked[0].text and picked[0].features["starts"] == 1.0


def test_a_may_i_sell_question_about_a_seized_thing_quotes_the_prohibition_with_its_sanction():
    ev = _evidence("Fogeden foretager først udlæg heri, og skyldneren kan således ikke afhænde løsøret. Hvis skyldneren "
                   "ikke overholder denne forpligtelse til at beholde aktivet, begår skyldneren en lovovertrædelse. "
                   "Løsøret sælges på offentlig auktion.")
    picked = best_sentences("Fogeden har gjort udlæg i min sofa. Må jeg sælge den før auktionen?", ev, ["1"], limit=1)
    assert "afhænde" in picked[0].text and "lovovertrædelse" in picked[0].text
    assert picked[0].features["sanction"] == 2 / 3



def test_a_may_i_sell_question_lifts_no_sanction_outside_the_asked_sections():
    # a fine for resisting the bailiff (section 4) does not answer whether a seized house may be sold (4.2)
    ev = _evidence("Politiet kan pålægge en bøde, hvis nogen gør modstand mod fogeden.")
    picked = best_sentences("Fogeden har beslaglagt mit hus. Må jeg stadig sælge det?", ev, ["4.2"], limit=1)
    assert picked[0].features["sanction"] == 0.0


def test_a_can_it_be_appealed_question_quotes_the_sentence_that_says_it_can():
    ev = _evidence("Spørgsmålet er kun relevant i forbindelse med udlæg i løn og udlæg i fast ejendom. Rettens afgørelse "
                   "kan gøres til genstand for en appel eller en kassationsappel afhængigt af kravets størrelse.")
    picked = best_sentences("Kan fogedrettens afgørelse om udlæg i min løn ankes?", ev, ["1"], limit=1)
    assert "kassationsappel" in picked[0].text and picked[0].features["appealable"] == 1.0


def test_who_question_is_answered_by_the_passives_agent():
    # "who handles it in practice": the agent ("af den advokat") shares no word with the question
    text = ("I sager om fuldbyrdelse af en dom mellem parter varierer kriterierne i praksis afhængigt af sagen. "
            "Domme fuldbyrdes normalt af den advokat, som førte sagen.")
    chosen = best_sentences("Vem sköter i praktiken verkställigheten av en dom?", _evidence(text), ["1"], limit=1)
    assert "advokat" in chosen[0].text and chosen[0].features["agent"] == 1.0
    # asked how, not who: no such term
    other = best_sentences("Hur går verkställigheten av en dom till i praktiken?", _evidence(text), ["1"], limit=2)
    assert all(not s.features.get("agent") for s in other)


def test_who_decides_prefers_the_passive_of_deciding():
    text = ("Begæringen om tvangsfuldbyrdelse indgives normalt til distriktsdomstolen på det sted, hvor barnet bor. "
            "Tvangsfuldbyrdelsesafgørelser træffes af distriktsdomstolene.")
    chosen = best_sentences("Vilken domstol beslutar om verkställighet?", _evidence(text), ["1"], limit=2)
    decided = next(s for s in chosen if s.text.startswith("Tvangsfuldbyrdelsesafgørelser"))
    assert decided.features["agent"] == 1.5 and "states who acts by the passive's agent (the asked 'who')" in decided.reasons


def test_a_pick_is_quoted_with_the_sentence_that_qualifies_it():
    text = ("Fogeden er under administrativt tilsyn af retsformanden ved den lokale domstol. Han/hun er dog "
            "funktionelt uafhængig i udøvelsen af sine opgaver.")
    chosen = best_sentences("Kan dommeren bestemme, hvordan fogeden skal arbejde?", _evidence(text), ["1"], limit=1)
    assert chosen[0].text == text and "with the sentence that qualifies it" in chosen[0].reasons


def test_a_question_placed_after_a_point_gets_the_sentence_after_the_one_naming_it():
    """"Og når året er gået?" after the one-year validity: the answer is the next sentence ("Efter dette tidspunkt
    …"), which shares no word with the question; the table's next step after the one the question names."""
    text = ("En dom har gyldighed i tolv år, selv om nogle foranstaltninger er tidsbegrænsede. Som eksempel herpå kan "
            "nævnes en tvangsfuldbyrdelseskendelse fra High Court, som gælder i ét år, fra den er afsagt. Efter dette "
            "tidspunkt skal der afsiges en ny tvangsfuldbyrdelseskendelse. Et bo kan gøres til genstand for udlæg.")
    chosen = best_sentences("Og når året er gået?", _evidence(text), ["1"], limit=2)
    assert any(s.text.startswith("Efter dette tidspunkt") for s in chosen)
    step = next(s for s in best_sentences("Og når året er gået?", _evidence(text), ["1"], limit=4)
                if s.text.startswith("Efter dette tidspunkt"))
    assert step.features.get("next_step") == 1.0 and "_after" not in step.features
    # without an after-clause the feature is not given
    plain = best_sentences("Hvor længe gælder kendelsen?", _evidence(text), ["1"], limit=4)
    assert not any(s.features.get("next_step") for s in plain)


def test_the_next_step_follows_the_step_the_clause_names():
    text = ("| Steg               | Ansvarlig   | Handling                                          |\n"
            "| 2. Varsel          | Namsmannen  | Innkalle skyldner til utleggsforretning           |\n"
            "| 3. Utleggspant     | Namsmannen  | Sikre pant i utvalgte eiendeler                   |\n"
            "| 4. Tvangssalg      | Namsmannen  | Salg av beslaglagte eiendeler for å dekke kravet  |\n"
            "| 5. Fordeling       | Namsmannen  | Fordeling av realisert beløp til kreditorene      |")
    marked = [s.text for s in best_sentences("Hva skjer videre etter at namsmannen har tatt utleggspant?",
                                             _evidence(text), ["1"], limit=5) if s.features.get("next_step")]
    assert len(marked) == 1 and "Tvangssalg" in marked[0]
