"""Sentence-level evidence: the 1–3 source sentences that best answer the question.

A retrieved chunk is up to 1,200 characters; a citation should be the sentence that answers. Sentences
are cut as character spans of the chunk text, so every quote is a verbatim substring of the corpus.
Scoring is lexical (stems shared with the question, its glossary expansion and the topic's Danish
terms) plus the retrieval score, plus – with a ``SentenceScorer`` (``semantic``) – the question–sentence
cosine of the retriever's encoder, which finds the answering sentence of a paraphrase the lexicon does
not know. It stays deterministic and every term is listed in the support-staff view (``semantic=``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.models import Evidence
from assistant.pipeline.focus import (asks_cost, asks_court, asks_decider, asks_law, asks_only, asks_permission,
                                      asks_which_actor, asks_who, names_actor, names_court, names_law, states_agent,
                                      states_cost, states_decider, states_no_other, states_permission)
from assistant.pipeline.lexicon import danish_words
from assistant.pipeline.semantic import SentenceScorer, normalised
from assistant.pipeline.sentence_features import (ASKS_DEFINITION, NOT_RESIDENT, abroad_stems, after_clause, asked_term,
                                                  asks_appeal, asks_duty, asks_limit, asks_removal,
                                                  asks_sale_permission, asks_sameness, asks_sanction, asks_start,
                                                  asks_suspension, asks_where_filed, deadline_stems, has_figure,
                                                  is_definition, labels_asked_term, states_appealable, states_custody,
                                                  states_duty, states_no_limit, states_sameness, states_sanction,
                                                  states_start, states_suspension, states_where_filed, unit_stems)
from assistant.pipeline.sentence_spans import (ITEM, MIN_LEN, Sentence, _sections, balanced, header_row, list_intro,
                                               section_span, split_sentences, with_antecedent, with_consequence,
                                               with_inline_rest, with_items, with_qualifier)
from assistant.pipeline.term_weights import compound_overlap, idf_weight, stems, term_weights
from assistant.settings import SentenceWeights

_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_MAX_LEN = 600
# the competent authorities and the procedure (where the application is lodged), numbered and Norway's headings
_COURT_SECTION_PAIRS = (("2", "3.1"), ("Roller og ansvar", "Prosess for Tvangsfullbyrdelse"))
_MIN_STATEMENT = 12  # "Gebyret er 26 EUR." is short but complete: a capital, three words or more, a full stop
_STATEMENT = re.compile(r"[A-ZÆØÅÄÖÜ][^\W\d_]*(?:\s+\S+){2,}\.$")
_SHORT_ANSWER = 100  # a sentence this short that states the asked charge is a direct answer ("Udskriften er gratis.")
_SHORT_NO_LIMIT = 120  # "Der er derfor ikke nogen grænse for, hvor længe en person kan holdes fængslet." is the answer itself
NEAR_TIE = 0.9  # a chunk of the lead's section scored this close to the top one ranks with it, not below
SECTION_REST_PRIOR = 0.3  # rank prior of a sentence outside the retrieved chunks, relative to its section's best chunk

# Sections that are lists of links rather than statements (Norway's "Further reading").
_LINK_SECTIONS = frozenset({"Videre lesning"})


def best_sentences(question: str, evidence: list[Evidence], topic_sections: list[str], *,
                   limit: int = 3, per_chunk: int = 2, asks_number: bool = False,
                   money: bool = False, focus: str | None = None, scorer: SentenceScorer | None = None,
                   semantic_weight: float = 0.0, weights: SentenceWeights | None = None,
                   near_tie: float = 0.0, detail: Callable[[str], bool] | None = None) -> list[Sentence]:
    """The ``limit`` best sentences over ``evidence``; the top-ranked chunk always gives the first one.

    Retrieval already weighed dense similarity, BM25 and the topic; the lexical score here only picks
    the sentences inside those chunks, so the chunk's rank carries most of the weight.

    ``scorer`` + ``semantic_weight`` > 0: each sentence also gets ``semantic_weight`` × its question
    cosine, min-max normalised over this call's candidates (0 = the least similar, 1 = the most), so a
    paraphrase the lexicon does not know still finds the answering sentence.

    ``weights``: how much each term of the score counts (``SentenceWeights``; default the hand-set values).
    ``near_tie`` > 0: one sentence beyond ``limit`` when it scores at least ``near_tie`` × the last pick.
    ``detail``: a test for the one detail the question asks for (``stated.quote_states``); a sentence passing
    it gets the ``states_detail`` term (the composer's second pass when the first picks did not state it).
    """
    w = weights or SentenceWeights()
    # question stem -> weight, per country page: a lexicon family stands in for the asker's word only on a page
    # that does not use that word itself (``lexicon.danish_words``)
    page_w = {c: term_weights(question, topic_sections, focus, c) for c in dict.fromkeys(ev.chunk.country
                                                                                           for ev in evidence)}
    page_terms = {c: set(w) for c, w in page_w.items()}
    defines = bool(ASKS_DEFINITION.search(question))
    asked = asked_term(question) if defines else frozenset()
    permission = asks_permission(focus or question)
    cost = asks_cost(focus or question)  # "Skal jeg betale for …?": the sentence saying what it costs answers
    law = asks_law(focus or question)  # "Which act governs …?": the line naming the act answers
    court = asks_court(focus or question)  # "Hvilken domstol behandler …?": the sentence naming the court answers
    who = asks_who(focus or question)  # "Hvem gennemfører …?": the sentence naming the office ("Kronofogdemyndigheten")
    # "Er det dommeren selv, der …?": the asker's guess at the office shares the question's words; the sentence naming
    # the office that does act ("… er det justitssekretæren, der …") shares none, and counts as much as a named court
    which_actor = asks_which_actor(focus or question)
    # "Vem sköter verkställigheten?", "Vilken domstol beslutar …?": the passive's agent says who acts ("Domme fuldbyrdes
    # normalt af den advokat, …", "… træffes af distriktsdomstolene"); a who-decides question, who decides ("… fastsættes
    # tidspunktet af retten")
    agent_asked = court or who or which_actor
    decider_asked = agent_asked and asks_decider(focus or question)
    only = asks_only(focus or question)  # "det eneste sted, jeg har at bo": "ikke har anden bolig" answers
    suspend = asks_suspension(focus or question)  # "Stopper trekket, mens …?": "suspenderer normalt ikke" answers
    limit_asked = asks_limit(focus or question)  # "Is there a maximum …?": "der er ikke nogen grænse for …" answers
    where_filed = asks_where_filed(focus or question)  # "Hvor skal appellen indgives?": "… indgives via fogeden" answers
    removal = asks_removal(focus or question)  # "Skal de fjernes med det samme?": "forbliver i skyldnerens besiddelse"
    duty = asks_duty(focus or question)  # "Kan banken bare nægte?": "en forpligtelse for alle … til at bidrage" answers
    sanction = asks_sanction(focus or question)  # "Hvad sker der, hvis jeg sælger det alligevel?": "… en lovovertrædelse"
    # "Må jeg sælge den før auktionen?" of a seized thing: the prohibition answers first, the sanction after it
    sale_asked = not sanction and asks_sale_permission(focus or question)
    same = asks_sameness(focus or question)  # "Gælder der andre regler, når …?": "… identisk med domstolenes procedure"
    start = asks_start(focus or question)  # "Fra hvornår regnes perioden?": "Denne tidsfrist begynder at løbe, så snart …"
    appeal = asks_appeal(focus or question)  # "Kan afgørelsen ankes?": "Rettens afgørelse kan gøres til genstand for en appel"
    # "… etter at namsmannen har tatt utleggspant?", "Og når året er gået?": the sentence after the one naming that
    # point answers (``next_step``, see ``_mark_next_steps``)
    clause = after_clause(focus or question)
    after: dict[int, tuple[float, float]] = {}  # candidate index → (_after_overlap of the sentence before it, its own)
    primary = topic_sections[0] if topic_sections else None
    # a which-court question about the competent authority (2) is answered in the procedure section (3.1) as well,
    # where the court the application goes to is named, and the other way round (Norway: its headings for the two)
    court_sections = {s for pair in _COURT_SECTION_PAIRS if court and any(p in topic_sections for p in pair)
                      for s in pair}
    scored: list[Sentence] = []
    def _names_item(item: str, term_w: dict[str, float]) -> bool:
        # the question's own word (or its translation), not just the topic's vocabulary
        return any(term_w.get(st, 0.0) >= 0.75 for st in stems(item))

    def consider(i: int, sent: str, off: int, abs_off: int, section_text: str, section: str,
                 rank_prior: float, topic_bonus: float, extra: list[str]) -> None:
        """Score one sentence of chunk ``i`` (``off`` relative to the chunk, ``abs_off`` to the section)."""
        term_w = page_w[evidence[i].chunk.country]
        terms = page_terms[evidence[i].chunk.country]
        if sent.endswith(")") and not balanced(sent) and balanced(sent[:-1].rstrip()):
            # a parenthesis opened in the sentence before closes at this one's end ("… (indgives til
            # distriktsdomstolen …). Søgsmålsfristen er én uge …)"): the sentence without the stray ")"
            sent = sent[:-1].rstrip()
        if re.search(r"[.!?][,;]$", sent):
            # a stray comma after the full stop ("… i § 252 ff. i retsplejeloven.,"): the sentence without it (it read
            # as a fragment that never ends)
            sent = sent[:-1]
        sent = with_inline_rest(sent, abs_off, section_text)
        sent = with_consequence(sent, abs_off, section_text)  # "… senest 90 dage … I modsat fald bortfalder …"
        # a list intro + its items, read on in the section when the chunk ends inside the list
        listed = with_items(Sentence(sent, i, abs_off, 0.0), section_text).text
        if listed != sent and not balanced(listed):
            listed = sent  # the items do not read well as a quote: the sentence alone
        # a short statement is a quote ("Udskriften er gratis."); a short fragment or heading is not
        short_statement = len(sent) >= _MIN_STATEMENT and _STATEMENT.match(sent) is not None
        intro = None
        # a sub-heading that names a law ("Sager om tvangsfuldbyrdelse omfattet af lov om tvangsfuldbyrdelse
        # (utsökningsbalken)") is the answer to "which act governs …?": it says which law the cases under it fall under
        law_heading = law and topic_bonus > 0 and len(sent) >= MIN_LEN and names_law(sent)
        if listed == sent and not law_heading and ((len(sent) < MIN_LEN and not short_statement)
                               or (len(sent) < 100 and not sent.endswith((".", "!", "?", ";", ":", "|")))):
            # sub-headings and fragments are poor quotes (a short list intro is kept); a list item the
            # question names ("folkepension") is quoted with its list's intro
            intro = list_intro(section_text, abs_off) if ITEM.match(sent) and _names_item(sent, term_w) else None
            if intro is None:
                return
        sent = listed
        if not balanced(sent):
            return  # cut-off fragments read badly as quotes
        row = sent.startswith("|") and sent.endswith("|")
        if "|" in sent and (not row or not re.search(r"[^\W\d_]", sent.replace("|", ""))):
            return  # a table's separator row, or a pipe inside a sentence
        if row and header_row(section_text, abs_off):
            return  # column names ("| Type | Beskrivelse |") state nothing
        # a web address is no wording of the sentence: "https://oikeus.fi/ulosotto/…" shares "ulosotto" with
        # a question that names the authority, and lifted a "contact details are here" line over the answer
        sent_stems = stems(_URL.sub(" ", sent))
        if NOT_RESIDENT.search(sent):
            sent_stems = sent_stems | abroad_stems()  # "ikke er bosat i Sverige" says "bor i udlandet"
        overlap = terms & sent_stems
        part = compound_overlap(terms - overlap, sent_stems - overlap)
        # a figure answers only in a sentence about the question: "seks måneder" in an unrelated
        # sentence must not pass for "how many days"
        # (a deadline compound counts: "Søgsmålsfristen er én uge" states the time limit asked for)
        figure = asks_number and bool(overlap - unit_stems() or part & deadline_stems()) and has_figure(sent, money)
        definition = defines and is_definition(sent, asked)
        labelled = not definition and labels_asked_term(sent, term_w)
        deontic = permission and states_permission(sent)
        charge = cost and states_cost(sent)
        # a short sentence that says the asked thing itself costs or is free ("Udskriften er gratis." for "Skal jeg
        # betale for udskriften …?") is the whole answer: it shares one word with the question, and its cosine, low
        # beside long sentences full of the question's other words, would leave it behind them
        direct_charge = charge and len(sent) < _SHORT_ANSWER and _names_item(sent, term_w)
        # only in the asked topic's sections: a law cited elsewhere in passing ("… i henhold til punkt 1412 i
        # bilaget til lov om retsgebyrer") is the source of a fee or a detail, not the law that governs the matter
        statute = law and topic_bonus > 0 and names_law(sent)
        # likewise a court named in the asked topic's sections (not the appeal court of section 5 for a
        # question about who hears the enforcement case)
        # (asked about the competent authority, the court the application is lodged with, named in the procedure
        # section, answers too: "Fuldbyrdelsesbegæringen skal indgives til … den domstol i første instans (Tribunal
        # de Primera Instancia)" in 3.1 for "Which court do I apply to?")
        court_place = topic_bonus > 0 or section in court_sections
        tribunal = court and court_place and names_court(sent)
        # a court named by its name ("Byretterne (općinski sudovi)", "distriktsdomstolene") answers "which court?";
        # a court or an official named by its name ("justitssekretæren", "Kronofogdemyndigheten") answers "who?"; a
        # sentence with the word only ("… en begæring til retten", "domstole") says nothing about which, and counts a
        # quarter as much – as does an official named for "which court?" ("Justitssekretærerne (Letrados …)")
        any_actor = ((court and court_place) or ((who or which_actor) and topic_bonus > 0)) and names_actor(sent)
        named_court = court and court_place and any_actor and names_actor(sent, courts_only=True)
        named_actor = (who or which_actor) and topic_bonus > 0 and any_actor
        named_other = court and court_place and not named_court and not named_actor and not tribunal and any_actor
        named = named_court or named_actor
        features = {
            "lexical": idf_weight(overlap, term_w),  # shared words weighted by rarity (IDF ≈ 1 for "udlæg", 3–4 rare)
            "compound": idf_weight(part, term_w),
            "rank_prior": rank_prior, "topic": topic_bonus, "figure": float(figure),
            "link_list": float(section in _LINK_SECTIONS),  # a reading list answers nothing
            "too_long": float(len(sent) > _MAX_LEN),
            "table_row": float(row),  # a table row reads worse than a sentence; quoted when it alone answers
            "definition": float(definition),  # "X er: …" answers "Hvad er X?"
            "labelled": float(labelled),  # "* **Skyldner:** Motta varsel …" answers "Hva kan jeg gjøre som skyldner?"
            "permission": float(deontic),  # "må skyldner ikke disponere …" answers "Må jeg stadig sælge …?"
            "cost": 2.0 if direct_charge else float(charge),  # "Udskriften er gratis." answers "Skal jeg betale for udskriften?"
            # "Byretterne … er sagligt kompetente" answers "Hvilken domstol …?" (2 with the court's name, 0.5 the word only);
            # "… er det justitssekretæren, der …" answers "Hvem …?"
            "court": 2.0 if named_court or (named_actor and which_actor) else 1.0 if named_actor
                     else 0.5 if tribunal or named_other else 0.0,
            "agent": (1.5 if decider_asked and states_decider(sent) else 1.0) if agent_asked and states_agent(sent) else 0.0,
            "law": float(statute),  # "… omfattet af lov om tvangsfuldbyrdelse (utsökningsbalken)" answers "which act?"
            "states_detail": float(detail is not None and detail(sent)),
            "only": float(only and states_no_other(sent)),  # "ikke har anden bolig" answers "my only home"
            "suspends": float(suspend and states_suspension(sent)),  # "suspenderer ikke" answers "Stopper det?"
            # "der er ingen tidsfrist for …" answers "Is there a deadline …?"; a short one is the whole answer (as a
            # short "Udskriften er gratis." is for a cost): it shares few words and states no figure
            "no_limit": (2.0 if len(sent) < _SHORT_NO_LIMIT else 1.0) if limit_asked and states_no_limit(sent) else 0.0,
            "filed_with": float(where_filed and states_where_filed(sent)),  # "Indsigelsen skal indgives til fogeden."
            "custody": float(removal and states_custody(sent)),  # "Aktiverne forbliver dog i skyldnerens besiddelse."
            "duty": float(duty and states_duty(sent)),  # "de har pligt til at udlevere de oplysninger, de anmodes om"
            # (a may-I-sell question: only in the asked topic's sections; a fine for resisting the bailiff elsewhere on
            # the page is no answer to whether a seized house may be sold)
            "sanction": float(states_sanction(sent)) * (1.0 if sanction
                                                         else 2 / 3 if sale_asked and topic_bonus > 0 else 0.0),
            "same": float(same and states_sameness(sent)),  # "… identisk med domstolenes procedure"
            "starts": float(start and states_start(sent)),  # "Denne tidsfrist begynder at løbe, så snart …"
            # (only in the asked topic's sections: "endelige domme, som ikke længere kan appelleres" elsewhere is finality)
            "appealable": float(appeal and topic_bonus > 0 and states_appealable(sent)),  # "… kan appelleres"
            "next_step": 0.0,  # set after all candidates are read (``_mark_next_steps``): it compares them
        }
        score = w.score(features)
        reasons = ([f"overlap={sorted(overlap)[:8]}", f"chunk_rank={i + 1}"] + (["states a figure"] if figure else [])
                   + ([f"compound={sorted(part)[:4]}"] if part else [])
                   + (["defines the asked term"] if definition else [])
                   + (["labelled with the asked term"] if labelled else [])
                   + (["states a permission or prohibition"] if deontic else [])
                   + (["states a charge or that it is free"] if charge else [])
                   + (["names a law"] if statute else []) + (["names a court"] if tribunal else [])
                   + (["names a court or an official by its name"] if named else [])
                   + (["names an official, not a court (the asked 'which court')"] if named_other else [])
                   + (["states who acts by the passive's agent (the asked 'who')"] if features["agent"] else [])
                   + (["states there is no other (the asked 'only')"] if features["only"] else [])
                   + (["states whether it suspends"] if features["suspends"] else [])
                   + (["states there is no limit (the asked maximum/deadline)"] if features["no_limit"] else [])
                   + (["states where it is lodged (the asked 'where')"] if features["filed_with"] else [])
                   + (["states where the seized assets stay (the asked removal)"] if features["custody"] else [])
                   + (["states a duty to help the enforcement (the asked refusal)"] if features["duty"] else [])
                   + (["states the sanction (the asked 'what happens if I sell it')"] if features["sanction"] else [])
                   + (["states the sameness or the difference (the asked 'other rules')"] if features["same"] else [])
                   + (["states when it starts (the asked 'from when')"] if features["starts"] else [])
                   + (["states the decision can be appealed (the asked 'can it be appealed')"]
                      if features["appealable"] else [])
                   + extra)
        lone_figure = asks_number and not figure and has_figure(sent, money)
        if clause:
            after[len(scored)] = _after_overlap(clause, sent, abs_off, section_text, term_w, evidence[i].chunk.country)
        scored.append(Sentence(sent, i, off, round(score, 3), reasons + (["list item with its intro"] if intro else []),
                               semantic_ok=not lone_figure, features=features, intro=intro))

    # (country, section) → (first chunk index, section text, that chunk's offset, spans of retrieved chunks)
    sections_seen: dict[tuple[str, str], tuple[int, str, int, list[tuple[int, int]]]] = {}
    top_score = max((ev.score for ev in evidence), default=0.0)
    for i, ev in enumerate(evidence):
        # a chunk retrieval scored about as high as the top one (a second chunk of the asked-about section)
        # is not a rank-4 afterthought: its prior follows its score
        near = top_score > 0 and ev.chunk.section == evidence[0].chunk.section \
            and ev.score >= NEAR_TIE * top_score
        rank_prior = 2.0 * (ev.score / top_score if near else 1 / (1 + i))
        topic_bonus = 1.0 if ev.chunk.section == primary else (0.5 if ev.chunk.section in topic_sections else 0.0)
        section_text, base = section_span(ev.chunk.country, ev.chunk.section, ev.chunk.text)
        if section_text is not ev.chunk.text:
            key = (ev.chunk.country, ev.chunk.section)
            entry = sections_seen.setdefault(key, (i, section_text, base, []))
            entry[3].append((base, base + len(ev.chunk.text)))
        for off, sent in split_sentences(ev.chunk.text):
            consider(i, sent, off, base + off, section_text, ev.chunk.section, rank_prior, topic_bonus, [])
    # the rest of each retrieved section: the answering sentence of a long section often sits in a
    # chunk retrieval ranked lower (or cut off); read there at a discount, credited to the section's
    # best chunk (the quote is verbatim in the cited section either way)
    for (country, section), (i, section_text, base, spans) in sections_seen.items():
        rank_prior = SECTION_REST_PRIOR * 2.0 / (1 + i)
        topic_bonus = 1.0 if section == primary else (0.5 if section in topic_sections else 0.0)
        for off, sent in split_sentences(section_text):
            if any(a < off + len(sent) and off < b for a, b in spans):
                continue  # read in a retrieved chunk already
            consider(i, sent, off - base, off, section_text, section, rank_prior, topic_bonus, ["rest of section"])
    if clause:
        _mark_next_steps(scored, after, w.next_step)
    if scorer is not None and semantic_weight > 0 and scored:
        _add_semantic(scored, question, scorer, semantic_weight)
    scored.sort(key=lambda s: (-s.score, s.evidence_index, s.start))
    chosen: list[Sentence] = []
    lead = next((s for s in scored if s.evidence_index == 0), None)
    if lead is not None:
        chosen.append(lead)
    per: dict[int, int] = {0: len(chosen)}
    held: Sentence | None = None  # the best near-tie sentence beyond the limit that only the per-chunk cap kept out
    for s in scored:
        if len(chosen) >= limit and not (near_tie > 0 and len(chosen) == limit and s.score >= near_tie * chosen[-1].score):
            # one more only when the scorer cannot tell it from the last pick (the answering sentence is
            # as likely to be this one): a near-tie is shown, not decided by a few hundredths
            break
        if s is lead:
            continue
        capped = per.get(s.evidence_index, 0) >= per_chunk
        if capped and len(chosen) < limit:
            continue  # the cap spreads the ``limit`` picks over the chunks
        if any(c.evidence_index == s.evidence_index and c.start < s.start + len(s.text)
               and s.start < c.start + len(c.text) for c in chosen):
            continue  # already quoted as part of a list
        if any(c.text == s.text for c in chosen):
            continue  # the same sentence in two sections (France's 4.3 and 6): quoted once
        if capped:
            held = held or s
            continue
        chosen.append(s)
        per[s.evidence_index] = per.get(s.evidence_index, 0) + 1
    if held is not None and len(chosen) == limit:
        # no other chunk had a near-tie sentence: the near-tie one of a chunk that already gave its share is
        # shown rather than none (the scorer cannot tell it from the last pick; the cap is for spread only)
        chosen.append(held)
    chosen = [_with_meaning_of(s, chosen, evidence) for s in chosen]
    chosen = [_with_qualifier(s, chosen, evidence) for s in chosen]
    # the lead stays first; the others follow in chunk order, reading order within a chunk
    return chosen[:1] + sorted(chosen[1:], key=lambda s: (s.evidence_index, s.start))


def _with_qualifier(s: Sentence, chosen: list[Sentence], evidence: list[Evidence]) -> Sentence:
    """A pick whose next sentence qualifies it ("… under administrativt tilsyn af retsformanden … Han/hun er dog
    funktionelt uafhængig …") quoted with that sentence, unless another pick quotes it already. Only the shown quote
    grows: the pick was scored on its own words."""
    ev = evidence[s.evidence_index]
    section_text, base = section_span(ev.chunk.country, ev.chunk.section, ev.chunk.text)
    text = with_qualifier(s.text, base + s.start, section_text, _MAX_LEN)
    end = s.start + len(text)
    if text == s.text or any(c is not s and c.evidence_index == s.evidence_index and c.start < end
                             and s.start < c.start + len(c.text) for c in chosen):
        return s
    return Sentence(text, s.evidence_index, s.start, s.score, s.reasons + ["with the sentence that qualifies it"],
                    semantic_ok=s.semantic_ok, features=s.features, intro=s.intro)


def _after_overlap(clause: str, sent: str, abs_off: int, section_text: str, term_w: dict[str, float],
                   page: str) -> tuple[float, float]:
    """How much the sentence before this one in its section, and this one itself, share of the after-clause's words
    (IDF-weighted; the clause's everyday words also in the page's Danish: "året" → "år")."""
    clause_stems = stems(clause) | stems(danish_words(clause, page))
    # the stemmer keeps a short noun's definite form ("året"): its bare form ("ét år") names the same point
    clause_stems |= {st[:-2] for st in clause_stems if len(st) >= 4 and st.endswith(("et", "en"))}
    before = [s for off, s in split_sentences(section_text[:abs_off]) if off + len(s) <= abs_off]
    prev = idf_weight(clause_stems & stems(before[-1]), term_w) if before else 0.0
    return prev, idf_weight(clause_stems & stems(sent), term_w)


def _mark_next_steps(scored: list[Sentence], after: dict[int, tuple[float, float]], weight: float) -> None:
    """``next_step``: the sentence right after the one that best names the after-clause's point, when it names that
    point less than its predecessor does (it is the next thing, not the point again). ``after`` holds each
    candidate's ``_after_overlap`` by its index in ``scored``."""
    best = max((prev for prev, _ in after.values()), default=0.0)
    for k, (prev, own) in after.items():
        if best > 0 and prev >= best and prev > own:
            s = scored[k]
            s.features["next_step"] = 1.0
            s.score = round(s.score + weight, 3)
            s.reasons.append("follows the sentence naming the asked point (the asked 'what next')")


def _with_meaning_of(s: Sentence, chosen: list[Sentence], evidence: list[Evidence]) -> Sentence:
    """A pick that says what the sentence before it means ("Det betyder, at de har pligt til …") quoted with that
    sentence, unless another pick quotes it already. Only the shown quote grows: the pick was scored on its own words
    (a joined sentence scored as one lost its place to shorter ones, dev measured it)."""
    ev = evidence[s.evidence_index]
    section_text, base = section_span(ev.chunk.country, ev.chunk.section, ev.chunk.text)
    text, back = with_antecedent(s.text, base + s.start, section_text)
    start = s.start - back
    if not back or any(c is not s and c.evidence_index == s.evidence_index and c.start < s.start
                       and start < c.start + len(c.text) for c in chosen):
        return s
    return Sentence(text, s.evidence_index, start, s.score, s.reasons + ["with the sentence whose meaning it states"],
                    semantic_ok=s.semantic_ok, features=s.features, intro=s.intro)


def source_sentence(country: str, section: str, quote: str) -> str | None:
    """The whole sentence(s) of ``country``'s ``section`` that hold a rule's ``quote`` (a verbatim span of the
    section), or None when the section or the quote is not found, the quote spans lines (table rows: the
    cited rows are the passage), or the sentence is too long to quote.

    A rule's quote is often a fragment ("70 % af grundbeløbet"); the sentence around it says what the figure
    is about ("Hvis det drejer sig om underholdsbidrag til et mindreårigt barn, …"), which the fact's label
    alone does not."""
    if "\n" in quote:
        return None
    text = _sections().get(f"{country}:{section}")
    i = text.find(quote) if text else -1
    if i < 0:
        return None
    parts = [(off, sent) for off, sent in split_sentences(text) if off < i + len(quote) and i < off + len(sent)]
    if not parts:
        return None
    start, end = parts[0][0], parts[-1][0] + len(parts[-1][1])
    sentence = text[start:end]
    return sentence if len(sentence) <= _MAX_LEN and "\n" not in sentence else None


def _add_semantic(scored: list[Sentence], question: str, scorer: SentenceScorer, weight: float) -> None:
    """Add ``weight`` × the normalised question–sentence cosine to each score (reason ``semantic=``)."""
    texts = list(dict.fromkeys(s.text for s in scored))
    sims = dict(zip(texts, normalised(scorer.similarities(question, texts))))
    for s in scored:
        if not s.semantic_ok:
            s.reasons.append("semantic withheld (unrelated figure)")
            continue
        s.score = round(s.score + weight * sims[s.text], 3)
        s.features["semantic"] = sims[s.text]
        s.reasons.append(f"semantic={sims[s.text]:.2f}")
