"""The Reply contract over many questions: verbatim quotes, grounded numbers, sources, comparisons."""

import pytest

from assistant.pipeline import prompts as P
from tests.assistant.pipeline.conftest import assert_grounded

pytestmark = pytest.mark.unit

QUESTIONS = [
    ("Hvor længe gælder et udlæg i Belgien?", "da"),
    ("Hvem foretager tvangsfuldbyrdelse i Tyskland?", "da"),
    ("Kan en afgørelse om udlæg appelleres i Tjekkiet?", "da"),
    ("Hvilke aktiver kan der gøres udlæg i i Frankrig?", "da"),
    ("Hvor lenge gjelder utlegg i Bulgaria?", "nb"),
    ("Vilka tillgångar kan utmätas i Österrike?", "sv"),
    ("Can the enforcement decision be appealed in Finland?", "en"),
    ("What protection does the debtor have in Poland regarding wages?", "en"),
    ("Hvordan fungerer tvangsfullbyrdelse i Norge og hvem er namsmannen?", "nb"),
]


@pytest.mark.parametrize("question,lang", QUESTIONS)
def test_reply_contract(assistant, sections, question, lang):
    r = assistant.ask(assistant.new_session(), question)
    assert not r.abstained and not r.clarification, r.text
    assert r.language == lang
    assert r.citations
    assert_grounded(r, sections)
    assert P.text("sources_heading", lang) in r.text
    for c in r.citations:
        assert f"[{c.key}]" in r.text
        assert c.last_updated is not None or c.country == "NO"


def test_norway_section_is_heading_text(assistant, sections):
    r = assistant.ask(assistant.new_session(), "Hvordan fungerer tvangsfullbyrdelse i Norge og hvem er namsmannen?")
    assert {c.country for c in r.citations} == {"NO"}
    for c in r.citations:
        assert c.section == c.title and f"NO:{c.section}" in sections
    # Norwegian quotes for a Norwegian asker need no language note
    assert P.text("note_quote_language", "nb", source_lang="norsk") not in r.text


def test_language_note_when_asker_language_differs(assistant):
    r = assistant.ask(assistant.new_session(), "Can the enforcement decision be appealed in Finland?")
    assert P.text("note_quote_language", "en", source_lang="Danish") in r.text
    r = assistant.ask(assistant.new_session(), "Kan en afgørelse om udlæg appelleres i Finland?")
    assert "_Citaterne" not in r.text


@pytest.mark.parametrize("question,codes", [
    ("Sammenlign klageadgangen i Tyskland, Østrig og Sverige", {"DE", "AT", "SE"}),
    ("Compare how long an attachment lasts in Belgium and Norway", {"BE", "NO"}),
])
def test_comparison_cites_every_country(assistant, sections, question, codes):
    r = assistant.ask(assistant.new_session(), question)
    assert {c.country for c in r.citations} | {f.citation.country for f in r.facts} == codes
    assert "|---|---|---|" in r.text
    assert_grounded(r, sections)


def test_facts_come_first(assistant, sections):
    r = assistant.ask(assistant.new_session(), "Hvor længe gælder et udlæg i løsøre i Belgien?")
    assert r.facts
    first_fact = r.text.index(f"[{r.facts[0].citation.key}]")
    quotes = [r.text.index(f"[{c.key}]") for c in r.citations if c.chunk_id and not c.chunk_id.startswith("rule:")]
    assert quotes and first_fact < min(quotes)
    assert_grounded(r, sections)


def test_debug_carries_staff_view(assistant):
    r = assistant.ask(assistant.new_session(), "Hvor længe gælder et udlæg i Sverige?")
    d = r.debug
    assert d["understanding"]["countries"] == ["SE"] and d["understanding"]["language"] == "da"
    assert d["retrieval"][0]["evidence"][0]["score"] is not None
    assert "tool_calls" in d and "timings_ms" in d and d["composer"] == "grounded"
    assert d["evidence_sentences"]["SE"]


def _ev(cid: str, section: str, text: str, score: float):
    from datetime import date

    from assistant.models import Chunk, Evidence

    chunk = Chunk(id=cid, country="BG", section=section, title=f"Afsnit {section}", text=text, line_start=1,
                  line_end=2, source="BG.md", last_updated=date(2020, 1, 1))
    return Evidence(chunk=chunk, score=score)


def test_topic_section_leads_when_retrieval_ranks_it_a_close_second():
    """"Hvor længe gælder udlæg?": retrieval puts the 'effects' section (4.2) a nose ahead of the
    'validity' section (4.3) the question is about; the topic decides, so the answer cites 4.3."""
    from assistant.pipeline.composer import CountryEvidence, compose, topic_first

    effects = _ev("a", "4.2", "Fra det tidspunkt, hvor der gøres udlæg, må skyldner ikke råde over ejendommen.", 1.0)
    validity = _ev("b", "4.3", "Udlægget er gyldigt, indtil fuldbyrdelsessagen er afsluttet.", 0.95)
    assert topic_first([effects, validity], ["4.3", "4.1"]) == [validity, effects]
    assert topic_first([effects, validity], []) == [effects, validity]  # no topic: retrieval's order
    far = _ev("c", "4.3", validity.chunk.text, 0.5)
    assert topic_first([effects, far], ["4.3"]) == [effects, far]  # a clear retrieval winner keeps the lead
    inside = _ev("d", "4.1", "Der kan gøres udlæg i løsøre.", 1.0)
    assert topic_first([inside, validity], ["4.1", "4.3"]) == [inside, validity]  # top fits the topic better
    group = CountryEvidence("BG", [effects, validity])
    r = compose("Hvor længe gælder udlæg i Bulgarien?", "da", [group], ["4.3", "4.1"])
    assert r.citations[0].section == "4.3" and "fuldbyrdelsessagen er afsluttet" in r.citations[0].quote
    assert group.evidence == [effects, validity]  # the caller's evidence keeps retrieval's order


def test_topic_first_returns_a_new_list():
    from assistant.pipeline.composer import topic_first

    effects = _ev("a", "4.2", "Fra det tidspunkt, hvor der gøres udlæg, må skyldner ikke råde over ejendommen.", 1.0)
    validity = _ev("b", "4.3", "Udlægget er gyldigt, indtil fuldbyrdelsessagen er afsluttet.", 0.95)
    for evidence, topic in (([effects, validity], ["4.3"]), ([effects, validity], []), ([effects], ["4.3"])):
        before = list(evidence)
        out = topic_first(evidence, topic)
        assert out is not evidence and evidence == before


@pytest.mark.parametrize("question", ["Hvor længe gælder udlæg?", "Hvor lenge gjelder utlegg?",
                                      "Hur länge gäller utmätningen?", "How long is the attachment valid?"])
def test_how_long_is_answered_by_until_or_a_time_limit(question):
    from assistant.pipeline.lexicon import danish_words

    assert {"indtil", "tidsfrist"} <= set(danish_words(question).split())


@pytest.mark.parametrize("value,shown", [(333333333333.33, "333333333333.33"), (1234567.5, "1234567.5"),
                                         (148500.0, "148500"), (0.5, "0.5"), (15, "15"), (2.25, "2.25")])
def test_numbers_are_shown_in_plain_decimal_notation(value, shown):
    """``:g`` printed 333333333333.33 as 3.33333e+11 (found by the rules fuzzer): a different number."""
    from assistant.pipeline.composer import format_number

    assert format_number(value) == shown
    assert format_number(value, "da") == shown.replace(".", ",")  # the decimal comma of the sources


def test_danish_answer_writes_a_decimal_comma():
    from assistant.models import Citation, Fact
    from assistant.pipeline.composer import render_value

    cit = Citation(country="FR", section="3.1", title="t", chunk_id="c", quote="4,29 EUR", url="u")
    fee = Fact(name="FR-fee", value=4.29, unit="EUR", label="Gebyr", citation=cit)
    assert render_value(fee, "da") == "4,29 EUR" and render_value(fee, "en") == "4.29 EUR"


@pytest.mark.parametrize("language", ["da", "nb", "sv", "en"])
def test_review_flags_are_shown_in_the_readers_words(language):
    from assistant.models import Citation, Fact
    from assistant.pipeline import prompts as P
    from assistant.pipeline.composer import _fact_line

    cit = Citation(key=1, country="PL", section="4.3", title="t", chunk_id="c", quote="ti år", url="u")
    fact = Fact(name="PL-limitation", value=10, unit="year", label="L", citation=cit, flags=["garbled"])
    line = _fact_line(fact, language)
    assert P.text("flag_garbled", language) in line and ("garbled" not in line or language == "en")
    assert P.flag_word("unknown-flag", language) == "unknown-flag"


def test_a_table_row_is_shown_as_its_cells_and_a_list_stays_in_the_block_quote():
    from assistant.pipeline.composer import shown_quote

    row = "| Utlegg i lønn og trygd      | Beslag i lønn, pensjon og trygdeytelser       |"
    assert shown_quote(row) == "Utlegg i lønn og trygd: Beslag i lønn, pensjon og trygdeytelser"
    assert shown_quote("| A | B | C |") == "A: B – C"
    assert shown_quote("Tvangsfuldbyrdelse sker ved:\n • udlæg") == "Tvangsfuldbyrdelse sker ved:\n>  • udlæg"
    assert shown_quote("Fristen er 3 uger.") == "Fristen er 3 uger."


def test_a_list_item_and_its_intro_are_two_cited_verbatim_quotes():
    from datetime import date

    from assistant.models import Chunk, Evidence
    from assistant.pipeline.composer import CountryEvidence, compose

    text = ("Der må ikke foretages udlæg i følgende indtægter:\n"
            + "".join(f"{n}) ydelse nummer {n} efter loven om sociale ydelser\n" for n in range(1, 11))
            + "11) folkepension i det omfang, det er fastsat ved lov\n")
    chunk = Chunk(id="ee6", country="EE", section="6", title="Begrænsninger", text=text, line_start=1, line_end=12,
                  source="EE.md", last_updated=date(2020, 1, 1))
    out = compose("Kan fogeden tage min folkepension?", "da", [CountryEvidence("EE", [Evidence(chunk=chunk, score=1.0)])], [])
    line = next(l for l in out.text.splitlines() if "folkepension" in l)
    assert "Der må ikke foretages udlæg i følgende indtægter: … 11) folkepension" in line
    quotes = [c.quote for c in out.citations]
    assert "Der må ikke foretages udlæg i følgende indtægter:" in quotes
    assert "11) folkepension i det omfang, det er fastsat ved lov" in quotes
    assert all(q in text for q in quotes)


def test_a_countrys_own_sections_decide_its_lead():
    """Greece's assets sit under the bare 4: with the page's own order the 4 chunk, a close second, leads."""
    from assistant.pipeline.composer import CountryEvidence, compose

    other = _ev("a", "4.1", "Hvis skyldner undlader at opfylde sin forpligtelse, kan retten idømme en bøde.", 1.0)
    own = _ev("b", "4", "Der kan træffes fuldbyrdelsesforanstaltninger mod løsøre og fast ejendom.", 0.9)
    r = compose("Hvad kan der foretages udlæg i?", "da", [CountryEvidence("BG", [other, own])], ["4.1"],
                country_sections={"BG": ["4", "4.1"]})
    assert r.citations[0].section == "4"
    r = compose("Hvad kan der foretages udlæg i?", "da", [CountryEvidence("BG", [other, own])], ["4.1"])
    assert r.citations[0].section == "4.1"


@pytest.mark.parametrize(("codes", "language", "name", "not_name"), [
    (["AT"], "nb", "dansk", "norsk"),   # Danish quotes for a Norwegian reader are "dansk", not "norsk"
    (["NO"], "da", "norsk", "dansk"),
    (["AT", "NO"], "sv", "danska / norska", None),
])
def test_the_quote_language_note_names_the_source_language(codes, language, name, not_name):
    from assistant.pipeline.composer import _language_note

    note = _language_note(codes, language)
    assert name in note and (not_name is None or not_name not in note)
