"""The default, deterministic grounded composer: facts first, verbatim quotes, numbered sources.

No LLM: the lead is either the rules module's facts (when there are any) or the best-scoring source
sentence; every quote is a verbatim substring of a retrieved chunk; every number is a Fact value or
sits inside a quote. All wording comes from ``prompts``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from assistant import countries
from assistant.models import Citation, Evidence, Fact
from assistant.pipeline import prompts as P
from assistant.pipeline.semantic import SentenceScorer
from assistant.pipeline.sentence_spans import Sentence
from assistant.pipeline.sentences import best_sentences, source_sentence
from assistant.settings import SentenceWeights


@dataclass
class CountryEvidence:
    """Everything the composer gets for one country."""

    country: str
    evidence: list[Evidence] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)


@dataclass
class Composed:
    text: str
    citations: list[Citation]
    facts: list[Fact]
    debug: dict[str, Any] = field(default_factory=dict)


@dataclass
class _RuleSentence(Sentence):
    """The sentence a stated rule's figure comes from, cited like the rule (its section, its ``rule:`` id)
    rather than through a retrieved chunk: the rule's section need not be among the retrieved chunks."""

    source: Citation | None = None


def with_rule_sentence(sentences: list[Sentence], facts: list[Fact]) -> list[Sentence]:
    """``sentences`` with the source sentence of the first stated rule second (first when there is none).

    The facts line states the figure with its citation, but the quotes are picked for the question: the
    sentence that says what the figure is about ("Hvis det drejer sig om underholdsbidrag til et mindreårigt
    barn, er grundbeløbet … 70 %", "Den passive registrering har virkning i to år …") could be left out,
    so the answer gave a number without the words that tie it to the asked case. Not added when a pick
    already holds it (or the rule's quote), nor when the quote is not a single sentence of the page."""
    if not facts:
        return sentences
    cit = facts[0].citation
    sentence = source_sentence(cit.country, cit.section, cit.quote)
    if sentence is None:
        return sentences
    for s in sentences:
        quoted = f"{s.intro or ''} {s.text}"
        if cit.quote in quoted or sentence in quoted or s.text in sentence:
            return sentences
    extra = _RuleSentence(sentence, -1, -1, 0.0, ["the stated rule's own sentence"], source=cit)
    return [*sentences[:1], extra, *sentences[1:]]


def country_name(code: str, language: str) -> str:
    try:
        return countries.get(code).name(language)
    except KeyError:
        pass
    try:  # uncovered places (Switzerland, the UK …) are named by the query lexicon
        from assistant.query.places import place_name

        return place_name(code, language)
    except Exception:  # noqa: BLE001 - a name is cosmetic; the code is still correct
        return code


def source_language(code: str) -> str:
    return "nb" if code == "NO" else "da"


def where(section: str, title: str, language: str) -> str:
    # Norway's sections are headings: the number IS the title, so print it once.
    if section == title:
        return P.text("where_heading", language, title=title)
    return P.text("where_section", language, section=section, title=title)


def format_number(value: int | float, language: str = "en") -> str:
    """Plain decimal notation, every digit kept: ``f"{v:g}"`` would print 333333333333.33 as 3.33333e+11,
    a different (and ungrounded) number. Danish, Norwegian and Swedish write a decimal comma (the sources
    say "4,29 EUR"; "4.29" would read as 429 there); no digit grouping, so neither mark is ambiguous."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        shown = format(Decimal(repr(value)), "f")
        return shown.replace(".", ",") if language in ("da", "nb", "sv") else shown
    return str(value)


def render_value(fact: Fact, language: str) -> str:
    value = fact.value
    if isinstance(value, (int, float)):
        shown = format_number(value, language)
        if fact.unit in P.UNIT_WORDS:
            return f"{shown} {P.unit_word(fact.unit, value, language)}".strip()
        return f"{shown} {fact.unit}".strip()
    return str(value)


def _citation(sentence: Sentence, evidence: list[Evidence], key: int) -> Citation:
    chunk = evidence[sentence.evidence_index].chunk
    country = countries.get(chunk.country)
    return Citation(key=key, country=chunk.country, section=chunk.section, title=chunk.title,
                    chunk_id=chunk.id, quote=sentence.text, url=country.url or "",
                    last_updated=chunk.last_updated)


class _Keys:
    """Hands out [n] markers and collects the citations behind them."""

    def __init__(self) -> None:
        self.citations: list[Citation] = []
        self.facts: list[Fact] = []

    def fact(self, fact: Fact, language: str) -> Fact:
        c = fact.citation
        same = next((x for x in self.citations if (x.country, x.section, x.quote) == (c.country, c.section, c.quote)),
                    None)  # a calculation's derived facts cite the same sentence: one key, not four
        key = same.key if same else len(self.citations) + 1
        update: dict = {"citation": c.model_copy(update={"key": key})}
        if fact.wording:  # how a figure was worked out, in the reader's language (the rules chose the case)
            update["value"] = P.words(fact.wording, language)
        keyed = fact.model_copy(update=update)
        if same is None:
            self.citations.append(keyed.citation)
        self.facts.append(keyed)
        return keyed

    def quote(self, sentence: Sentence, evidence: list[Evidence]) -> Citation:
        # a rule's own sentence is cited through the rule (its section need not have been retrieved)
        src = sentence.source if isinstance(sentence, _RuleSentence) else None
        chunk_id = src.chunk_id if src is not None else evidence[sentence.evidence_index].chunk.id
        for c in self.citations:  # the same sentence quoted twice keeps one key
            if c.quote == sentence.text and c.chunk_id == chunk_id:
                return c
        key = len(self.citations) + 1
        cit = src.model_copy(update={"quote": sentence.text, "key": key}) if src is not None \
            else _citation(sentence, evidence, key)
        self.citations.append(cit)
        return cit


def _fact_line(fact: Fact, language: str) -> str:
    if fact.unit == "text":  # how a number was worked out: an explanation, not a headline figure
        return P.text("fact_note_line", language, label=fact.label, value=fact.value, key=fact.citation.key)
    line = P.text("fact_line", language, label=fact.label, value=render_value(fact, language),
                  key=fact.citation.key)
    if fact.flags:
        line += P.text("fact_flag", language, flags=", ".join(P.flag_word(f, language) for f in fact.flags))
    return line


def _sources(keys: _Keys, language: str) -> list[str]:
    """One line per cited section, listing every [n] that points into it."""
    lines = [P.text("sources_heading", language)]
    grouped: dict[tuple[str, str], list[Citation]] = {}
    for c in keys.citations:
        grouped.setdefault((c.country, c.section), []).append(c)
    for cits in grouped.values():
        c = cits[0]
        updated = c.last_updated.isoformat() if c.last_updated else P.text("updated_unknown", language)
        lines.append(P.text("source_line", language, key="] [".join(str(x.key) for x in cits),
                            country=country_name(c.country, language), where=where(c.section, c.title, language),
                            updated=updated, url=c.url))
    return lines


def _language_note(codes: list[str], language: str) -> str | None:
    langs = sorted({source_language(c) for c in codes} - {language})
    if not langs:
        return None
    names = " / ".join(P.SOURCE_LANGUAGE_NAME[lang][language] for lang in langs)
    return P.text("note_quote_language", language, source_lang=names)


def _followups(code: str, topic_sections: list[str], language: str) -> list[str]:
    name = country_name(code, language)
    picks = [s for s in P.FOLLOWUPS if s not in topic_sections][:3]
    return [P.FOLLOWUPS[s][language].format(country=name) for s in picks]


TOPIC_LEAD_MIN_SCORE = 0.65  # the runner-up leads only when retrieval scored it at least this close to the top


def topic_first(evidence: list[Evidence], topic_sections: list[str]) -> list[Evidence]:
    """Retrieval's top two chunks, the one in the question's topic first (a new list; ``evidence`` is not changed).

    The lead quote comes from the first chunk. When retrieval ranks a neighbouring section's chunk a
    nose ahead of the asked-about section's ("how long is it valid": 4.2 'effects' 1.00, 4.3 'validity'
    0.95), the topic decides between the two; a clear retrieval winner keeps the lead.
    """
    if len(evidence) < 2 or not topic_sections:
        return list(evidence)
    def fit(ev: Evidence) -> int:
        sec = ev.chunk.section
        return topic_sections.index(sec) if sec in topic_sections else len(topic_sections)
    top, second = evidence[0], evidence[1]
    if fit(second) < fit(top) and second.score >= TOPIC_LEAD_MIN_SCORE * top.score:
        return [second, top, *evidence[2:]]
    return list(evidence)


def compose(question: str, language: str, groups: list[CountryEvidence], topic_sections: list[str], *,
            notes: list[str] | None = None, followups: bool = True, asks_number: bool = False,
            money: bool = False, norway_sections: list[str] | None = None, focus: str | None = None,
            scorer: SentenceScorer | None = None, semantic_weight: float = 0.0,
            weights: SentenceWeights | None = None, near_tie: float = 0.0,
            detail: Callable[[str], bool] | None = None,
            country_sections: dict[str, list[str]] | None = None) -> Composed:
    """Compose the grounded reply for one or more countries (2+ → a side-by-side table).

    ``norway_sections``: the question's Norwegian headings, best first. Norway's page has headings,
    not numbers, so without them no Norwegian chunk would get the topic bonus in sentence selection
    and the general intro headings (which mention every topic) would out-score the asked-about one.
    ``focus``: the follow-up turn when ``question`` is the earlier question plus it (its words lead).
    ``scorer`` / ``semantic_weight``: the question–sentence cosine added to sentence selection
    (``settings.composer.semantic_weight``; 0 = lexical only).
    ``weights``: the other terms' weights (``settings.composer.sentence_weights``; default hand-set).
    ``near_tie``: quote one sentence more when it scores this close to the last one (0 = never).
    ``detail``: favour sentences that state the one detail asked for (see ``best_sentences``).
    ``country_sections``: a country's own order of the topic's sections where its page differs from the
    nominal one (``evidence.page_sections``); it replaces ``topic_sections`` for that country's quotes.
    """
    keys = _Keys()
    chosen: dict[str, list[Sentence]] = {}
    def sections_of(code: str) -> list[str]:
        if code == "NO":
            return [*(norway_sections or []), *topic_sections]
        return (country_sections or {}).get(code, topic_sections)

    # the caller's groups stay as they are: the composer works on copies in its own (lead-first) order
    groups = [CountryEvidence(g.country, topic_first(g.evidence, sections_of(g.country)), list(g.facts))
              for g in groups]
    for g in groups:
        limit = 2 if len(groups) > 1 or g.facts else 3
        sections = sections_of(g.country)
        chosen[g.country] = best_sentences(question, g.evidence, sections, limit=limit,
                                           asks_number=asks_number, money=money, focus=focus,
                                           scorer=scorer, semantic_weight=semantic_weight, weights=weights,
                                           near_tie=near_tie, detail=detail)
        chosen[g.country] = with_rule_sentence(chosen[g.country], g.facts)
    body = _compare(groups, chosen, keys, language) if len(groups) > 1 else \
        _single(groups[0], chosen[groups[0].country], keys, language)
    parts = ["\n".join(body)]
    note = _language_note([g.country for g in groups], language)
    extra = [n for n in (notes or []) if n] + ([note] if note else [])
    if extra:
        parts.append("\n".join(extra))
    parts.append("\n".join(_sources(keys, language)))
    if followups and groups:
        sugg = _followups(groups[0].country, topic_sections, language)
        if sugg:
            parts.append("\n".join([P.text("followups_heading", language)] + [f"- {s}" for s in sugg]))
    debug = {"sentences": {c: [{"quote": s.text, "score": s.score, "reasons": s.reasons} for s in ss]
                           for c, ss in chosen.items()}}
    return Composed("\n\n".join(parts), keys.citations, keys.facts, debug)


def _single(g: CountryEvidence, sentences: list[Sentence], keys: _Keys, language: str) -> list[str]:
    name = country_name(g.country, language)
    lines: list[str] = []
    if g.facts:
        first = g.facts[0].citation
        lines.append(P.text("lead_facts", language, country=name, where=where(first.section, first.title, language)))
        lines += [_fact_line(keys.fact(f, language), language) for f in g.facts]
        if sentences:
            lines += ["", P.text("evidence_heading", language)]
    elif sentences:
        top = g.evidence[sentences[0].evidence_index].chunk
        lines.append(P.text("lead_quote", language, country=name, where=where(top.section, top.title, language)))
    for s in sentences:
        key, shown = _quoted(s, g.evidence, keys)
        lines.append(P.text("quote_line", language, quote=shown, key=key))
    return lines


def _quoted(s: Sentence, evidence: list[Evidence], keys: _Keys) -> tuple[str, str]:
    """(the [n] key(s), the text shown) of one picked sentence. A list item picked with its intro is two
    verbatim quotes, each cited: "Der må ikke foretages udlæg i følgende indtægter: … 11) folkepension …"."""
    if not s.intro:
        return str(keys.quote(s, evidence).key), shown_quote(s.text)
    lead = keys.quote(Sentence(s.intro, s.evidence_index, -1, s.score), evidence)
    cit = keys.quote(s, evidence)
    return f"{lead.key}] [{cit.key}", f"{s.intro} … {shown_quote(s.text)}"


def shown_quote(text: str) -> str:
    """A quote as the answer text shows it: a list keeps every line inside the block quote, and a table row
    ("| Utlegg i lønn og trygd | Beslag i lønn … |", Norway's article) reads as its cells, "a: b", not
    as pipes. The citation keeps the verbatim text; only the separators of the row are dropped."""
    row = text.strip()
    if row.startswith("|") and row.endswith("|"):
        cells = [c.strip() for c in row.strip("|").split("|") if c.strip()]
        if cells:
            return cells[0] + (": " + " – ".join(cells[1:]) if len(cells) > 1 else "")
    return text.replace("\n", "\n> ")


def _cell(text: str) -> str:
    # a table cell must stay on one line and must not close the cell early
    return text.replace("|", "\\|").replace("\n", " ")


def _compare(groups: list[CountryEvidence], chosen: dict[str, list[Sentence]], keys: _Keys,
             language: str) -> list[str]:
    names = ", ".join(country_name(g.country, language) for g in groups)
    lines = [P.text("compare_intro", language, countries=names)]
    # the rules' figures first (they answer "how long / how much" directly), then the table of quotes
    for g in groups:
        name = country_name(g.country, language)
        lines += [f"- {name}: " + _fact_line(keys.fact(f, language), language).lstrip("- ") for f in g.facts]
    lines += ["", P.text("compare_header", language), "|---|---|---|"]
    for g in groups:
        name = country_name(g.country, language)
        sents = chosen[g.country]
        if not sents:
            lines.append(f"| {name} | – | {P.text('compare_missing', language)} |")
            continue
        where_cell = ", ".join(dict.fromkeys(s.source.section if isinstance(s, _RuleSentence) and s.source else
                                             g.evidence[s.evidence_index].chunk.section for s in sents))
        quoted = " ".join(f"«{_cell(shown)}» [{key}]" for shown, key in
                          ((shown, key) for key, shown in (_quoted(s, g.evidence, keys) for s in sents)))
        lines.append(f"| {name} | {_cell(where_cell)} | {quoted} |")
    return lines
