"""Candidate sentence spans: abbreviations do not end a sentence, a chunk is read in its section, a
sub-list is quoted with the item that announces it; every span is verbatim."""

import pytest

from assistant.pipeline.sentence_spans import split_sentences

pytestmark = pytest.mark.unit


def _texts(text: str) -> list[str]:
    out = split_sentences(text)
    for off, s in out:
        assert text[off:off + len(s)] == s  # every sentence is a verbatim span
    return [s for _, s in out]


@pytest.mark.parametrize("text,first", [
    ("Udlæg kan foretages mellem kl. 6.00 og 21.00 på hverdage. Ellers ikke.",
     "Udlæg kan foretages mellem kl. 6.00 og 21.00 på hverdage."),
    ("Fristen følger af lovens § 3, jf. § 5, stk. 2, nr. 3. Næste sætning.",
     "Fristen følger af lovens § 3, jf. § 5, stk. 2, nr. 3."),
    ("Der kan bl.a. Fogedretten træffe afgørelse, f.eks. Retten i Aarhus. Slut.",
     "Der kan bl.a. Fogedretten træffe afgørelse, f.eks. Retten i Aarhus."),
    ("Se art. 5 i forordningen, dvs. Bruxelles I. Slut.", "Se art. 5 i forordningen, dvs. Bruxelles I."),
    ("1. Fogedretten træffer afgørelse. Slut.", "1. Fogedretten træffer afgørelse."),
    # a numbered table row stays one row (it was cut after "| 1." and no row was quotable)
    ("| 1. Formalisering | Kreditor | Sikre krav |\n| 2. Varsel | Namsmannen | Innkalle |",
     "| 1. Formalisering | Kreditor | Sikre krav |"),
])
def test_abbreviations_do_not_end_a_sentence(text, first):
    assert _texts(text)[0] == first


def test_plain_sentences_still_split():
    assert _texts("Fristen er 14 dage. Derefter bortfalder udlægget.") == [
        "Fristen er 14 dage.", "Derefter bortfalder udlægget."]


def test_list_cut_by_the_chunker_is_read_on_in_the_section():
    from assistant.pipeline.sentence_spans import _sections, section_span

    key, full = next((k, t) for k, t in _sections().items() if "\n • " in t and len(t) > 400)
    start = full.index("\n • ") - 40
    chunk_text = full[start:start + 60]
    text, base = section_span(*key.split(":", 1), chunk_text)
    assert text == full and text[base:base + len(chunk_text)] == chunk_text
    assert section_span("XX", "1", "not in any section") == ("not in any section", 0)


def test_item_that_introduces_a_sub_list_is_quoted_with_its_sub_items():
    """" • udstyr i hjemmet:" over deeper-indented "  • en seng …" lines: the short sub-items are no
    quotes on their own, so the item announcing them is quoted with them (and stops at its own level)."""
    text = ("Der kan ikke gøres udlæg i følgende genstande, som tilhører skyldneren og er nødvendige:\n"
            " • fødevarer i hjemmet, som kan dække behovet for skyldneren og dennes familie i tre måneder\n"
            " • fast inventar og udstyr i hjemmet, der er nødvendigt for skyldneren og dennes familie:\n"
            "  • tøj og sko\n  • møbler – en seng og en stol pr. person\n"
            " • kontanter svarende til mindstelønnen for skyldneren og hvert medlem af familien")
    from assistant.pipeline.sentence_spans import Sentence, with_items

    start = text.index("• fast inventar")
    item = text[start:text.index("\n", start)]
    sub = with_items(Sentence(item, 0, start, 0.0), text).text
    assert sub in text and sub.endswith("en stol pr. person") and "kontanter" not in sub
    plain = text.index("• fødevarer")  # an item that announces nothing stays alone
    alone = text[plain:text.index("\n", plain)]
    assert with_items(Sentence(alone, 0, plain, 0.0), text).text == alone


def test_a_rule_is_quoted_with_its_consequence_otherwise():
    from assistant.pipeline.sentence_spans import with_consequence

    text = ("Intro. Udlægget skal finde sted senest 90 dage efter forkyndelsen. I modsat fald bortfalder dokumentet "
            "(artikel 481). Næste sætning.\nNy linje.")
    start = text.index("Udlægget")
    sent = "Udlægget skal finde sted senest 90 dage efter forkyndelsen."
    assert with_consequence(sent, start, text) == (
        "Udlægget skal finde sted senest 90 dage efter forkyndelsen. I modsat fald bortfalder dokumentet "
        "(artikel 481).")
    # an ordinary next sentence, or one on the next line, is not joined
    assert with_consequence("Intro.", 0, text) == "Intro."
    assert with_consequence("Næste sætning.", text.index("Næste"), text) == "Næste sætning."


def test_a_rule_is_quoted_with_what_a_breach_of_it_is():
    from assistant.pipeline.sentence_spans import with_consequence

    text = ("Fogeden foretager først udlæg heri, og skyldneren kan således ikke afhænde løsøret. Hvis skyldneren ikke "
            "overholder denne forpligtelse til at beholde aktivet, begår skyldneren en lovovertrædelse. Beløb er blokeret.")
    sent = "Fogeden foretager først udlæg heri, og skyldneren kan således ikke afhænde løsøret."
    assert with_consequence(sent, 0, text).endswith("begår skyldneren en lovovertrædelse.")
    # a condition of its own ("Hvis skyldneren ikke betaler, …") is no breach of the sentence before
    other = "Fogeden sender et brev. Hvis skyldneren ikke betaler, sælges aktivet."
    assert with_consequence("Fogeden sender et brev.", 0, other) == "Fogeden sender et brev."


def test_a_sentence_saying_what_the_one_before_means_is_quoted_with_it():
    from assistant.pipeline.sentence_spans import with_antecedent

    text = ("Intro. Desuden består der en forpligtelse for alle organer til at bidrage (se artikel 591). "
            "Det betyder, at de har pligt til at udlevere oplysningerne.\nDet betyder, at noget.")
    sent = "Det betyder, at de har pligt til at udlevere oplysningerne."
    start = text.index(sent)
    joined, back = with_antecedent(sent, start, text)
    assert joined == ("Desuden består der en forpligtelse for alle organer til at bidrage (se artikel 591). " + sent)
    assert text[start - back:start - back + len(joined)] == joined
    # no sentence before it on its line: unchanged; nor is "Det betyder dog ikke noget" (it does not matter)
    assert with_antecedent("Det betyder, at noget.", text.index("Det betyder, at noget."), text) == \
        ("Det betyder, at noget.", 0)
    other = "Kun løsøre kan gøres til genstand for udlæg. Det betyder dog ikke noget, i hvis besiddelse de er."
    assert with_antecedent("Det betyder dog ikke noget, i hvis besiddelse de er.", other.index("Det betyder"),
                           other) == ("Det betyder dog ikke noget, i hvis besiddelse de er.", 0)
    assert with_antecedent("Intro.", 0, text) == ("Intro.", 0)


def test_a_sentence_is_quoted_with_the_next_one_that_qualifies_it():
    from assistant.pipeline.sentence_spans import with_qualifier

    text = ("Fogeden er en retsembedsmand og er under administrativt tilsyn af retsformanden ved den lokale domstol. "
            "Han/hun er dog funktionelt uafhængig i udøvelsen af sine fuldbyrdelsesforpligtelser. Næste sætning.\n"
            "Dette gælder dog ikke på en ny linje.")
    sent = "Fogeden er en retsembedsmand og er under administrativt tilsyn af retsformanden ved den lokale domstol."
    assert with_qualifier(sent, 0, text).endswith("funktionelt uafhængig i udøvelsen af sine fuldbyrdelsesforpligtelser.")
    # an ordinary next sentence, one on the next line, or a join longer than a quote is not joined
    start = text.index("Næste")
    assert with_qualifier("Næste sætning.", start, text) == "Næste sætning."
    assert with_qualifier(sent, 0, text, max_len=120) == sent


def test_a_sentence_about_the_latter_case_is_quoted_with_the_sentence_naming_it():
    from assistant.pipeline.sentence_spans import with_antecedent

    text = ("Fuldbyrdelsen kan være endelig eller foreløbig. I sidstnævnte tilfælde fuldbyrdes en dom, som endnu "
            "ikke har retskraft.\nI førstnævnte tilfælde noget.")
    sent = "I sidstnævnte tilfælde fuldbyrdes en dom, som endnu ikke har retskraft."
    joined, back = with_antecedent(sent, text.index(sent), text)
    assert joined == "Fuldbyrdelsen kan være endelig eller foreløbig. " + sent
    assert back == len("Fuldbyrdelsen kan være endelig eller foreløbig. ")
    # nothing before it on its line: unchanged
    assert with_antecedent("I førstnævnte tilfælde noget.", text.index("I førstnævnte"), text) == \
        ("I førstnævnte tilfælde noget.", 0)
