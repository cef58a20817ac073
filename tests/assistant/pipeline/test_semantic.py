"""The semantic term of sentence selection: question–sentence cosine from the retriever's encoder."""

from datetime import date

import numpy as np
import pytest

from assistant.models import Chunk, Evidence
from assistant.pipeline.semantic import EmbeddingSentenceScorer, SentenceScorer, normalised
from assistant.pipeline.sentences import best_sentences
from ingest.embedder import FakeEmbedder

pytestmark = pytest.mark.unit


class TableScorer:
    """A tiny fake: the cosine of a sentence is looked up by a word it contains (0.5 otherwise)."""

    def __init__(self, by_word: dict[str, float]) -> None:
        self.by_word = by_word
        self.calls: list[list[str]] = []

    def similarities(self, question: str, sentences: list[str]) -> list[float]:
        self.calls.append(list(sentences))
        return [next((v for w, v in self.by_word.items() if w in s), 0.5) for s in sentences]


def _evidence(text: str, section: str = "6") -> list[Evidence]:
    chunk = Chunk(id="c1", country="SE", section=section, title="Begrænsninger", text=text, line_start=1,
                  line_end=3, source="SE.md", last_updated=date(2020, 1, 1))
    return [Evidence(chunk=chunk, score=1.0)]


# Neither sentence shares a word with the (English, paraphrased) question: lexically a tie, so reading
# order decides; the encoder knows that "anything left for me" is about the protected part of a salary.
TEXT = ("Kreditor kan anmode fogeden om oplysninger om skyldners bankkonti. "
        "En bestemt del af lønnen svarende til almindelige leveomkostninger er beskyttet mod udlæg.")
QUESTION = "Will there be anything left for me?"


def test_fake_scorer_fits_the_protocol():
    assert isinstance(TableScorer({}), SentenceScorer)
    assert isinstance(EmbeddingSentenceScorer(FakeEmbedder()), SentenceScorer)


def test_semantic_term_changes_the_chosen_sentence():
    lexical = best_sentences(QUESTION, _evidence(TEXT), [], limit=1)
    assert lexical[0].text.startswith("Kreditor")
    scorer = TableScorer({"leveomkostninger": 0.9, "bankkonti": 0.7})
    chosen = best_sentences(QUESTION, _evidence(TEXT), [], limit=1, scorer=scorer, semantic_weight=1.5)
    assert chosen[0].text.startswith("En bestemt del af lønnen")
    assert any(r.startswith("semantic=") for r in chosen[0].reasons)
    assert len(scorer.calls) == 1  # one batch per call


def test_semantic_term_can_also_keep_the_lexical_choice():
    scorer = TableScorer({"leveomkostninger": 0.7, "bankkonti": 0.9})
    chosen = best_sentences(QUESTION, _evidence(TEXT), [], limit=1, scorer=scorer, semantic_weight=1.5)
    assert chosen[0].text.startswith("Kreditor")


def test_weight_zero_never_calls_the_scorer():
    scorer = TableScorer({"leveomkostninger": 0.9})
    chosen = best_sentences(QUESTION, _evidence(TEXT), [], limit=1, scorer=scorer, semantic_weight=0.0)
    assert chosen[0].text.startswith("Kreditor") and scorer.calls == []


def test_semantic_term_does_not_lift_an_unrelated_figure():
    # "how much in SEK" sounds like the fee sentence; it states a figure but not the asked one, and
    # quoting it would let the number check pass for a figure the sources never give
    text = ("En bestemt del af lønnen svarende til almindelige leveomkostninger er beskyttet mod udlæg. "
            "I en fuldbyrdelsessag er grundsatsen 600 SEK.")
    scorer = TableScorer({"grundsatsen": 1.0, "lønnen": 0.0})
    chosen = best_sentences("What exact amount of my salary is protected, in SEK?", _evidence(text), ["6"],
                            limit=1, asks_number=True, money=True, scorer=scorer, semantic_weight=5.0)
    assert chosen[0].text.startswith("En bestemt del af lønnen")


def test_normalised_is_min_max_over_the_turn():
    assert normalised([0.80, 0.85, 0.90]) == pytest.approx([0.0, 0.5, 1.0])
    assert normalised([0.8, 0.8]) == [0.0, 0.0]
    assert normalised([]) == []


class CountingEmbedder(FakeEmbedder):
    def __init__(self) -> None:
        super().__init__()
        self.passages: list[str] = []

    def embed_passages(self, texts):
        self.passages.extend(texts)
        return super().embed_passages(texts)


def test_embedding_scorer_is_the_cosine_and_caches_sentence_vectors():
    emb = CountingEmbedder()
    scorer = EmbeddingSentenceScorer(emb, cache_size=10)
    sents = ["Fogeden foretager udlæg.", "Lønnen er beskyttet.", "Fogeden foretager udlæg."]
    sims = scorer.similarities("Hvem foretager udlæg?", sents)
    q = emb.embed_query("Hvem foretager udlæg?")
    expected = [float(emb.embed_passages([s])[0] @ q) for s in sents]
    assert sims == pytest.approx(expected, abs=1e-6)
    assert sims[0] > sims[1]  # the fake is a bag of words: shared words make vectors close
    emb.passages.clear()
    assert scorer.similarities("Et andet spørgsmål", sents[:2]) and emb.passages == []  # all cached
    scorer.similarities("x", ["Ny sætning her."])
    assert emb.passages == ["Ny sætning her."]  # only the uncached one is embedded


def test_embedding_scorer_cache_is_bounded():
    scorer = EmbeddingSentenceScorer(FakeEmbedder(), cache_size=2)
    scorer.similarities("q", ["a b", "c d", "e f"])
    assert scorer.cached == 2


def test_assistant_uses_the_given_scorer(settings):
    from assistant.pipeline import Assistant
    from assistant.pipeline.fakes import KeywordRetriever, TableRouter

    settings.composer.semantic_weight = 1.5
    scorer = TableScorer({})
    asst = Assistant(settings, retriever=KeywordRetriever(), router=TableRouter(), sentence_scorer=scorer)
    reply = asst.ask(asst.new_session(), "Hvem foretager tvangsfuldbyrdelse i Tyskland?")
    assert scorer.calls and reply.citations
    reasons = [r for ss in reply.debug["evidence_sentences"].values() for s in ss for r in s["reasons"]]
    assert any(r.startswith("semantic=") for r in reasons)


def test_assistant_without_an_encoder_stays_lexical(settings):
    from assistant.pipeline import Assistant
    from assistant.pipeline.fakes import KeywordRetriever, TableRouter

    settings.composer.semantic_weight = 1.5  # the keyword retriever has no embedder: nothing to score with
    asst = Assistant(settings, retriever=KeywordRetriever(), router=TableRouter())
    reply = asst.ask(asst.new_session(), "Hvem foretager tvangsfuldbyrdelse i Tyskland?")
    assert reply.citations and asst._sentence_scorer is None


def test_assistant_builds_the_scorer_from_the_retrievers_embedder(settings):
    from assistant.pipeline import Assistant
    from assistant.pipeline.fakes import KeywordRetriever, TableRouter

    retriever = KeywordRetriever()
    retriever.embedder = FakeEmbedder()
    settings.composer.semantic_weight = 1.5
    asst = Assistant(settings, retriever=retriever, router=TableRouter())
    asst.warm_up()
    assert isinstance(asst._sentence_scorer, EmbeddingSentenceScorer)
    assert asst._sentence_scorer.embedder is retriever.embedder
    settings.composer.semantic_weight = 0.0
    off = Assistant(settings, retriever=retriever, router=TableRouter())
    off.warm_up()
    assert off._sentence_scorer is None
    assert np.isfinite(asst._sentence_scorer.similarities("q", ["a"])[0])


def _chunks():
    from ingest.parser import parse_corpus

    secs = [s for s in parse_corpus() if s.country == "SE"][:3]
    return [Chunk(id=f"SE-{i}", country=s.country, section=s.number, title=s.title, text=s.text[:600],
                  line_start=1, line_end=2, source="SE.md", last_updated=date(2020, 1, 1))
            for i, s in enumerate(secs)]


def test_candidate_sentences_cover_what_selection_scores():
    from assistant.pipeline.semantic import candidate_sentences

    chunks = _chunks()
    texts = set(candidate_sentences(chunks))
    scorer = TableScorer({})
    best_sentences("Hvordan fuldbyrdes en dom?", [Evidence(chunk=c, score=1.0) for c in chunks], ["1"],
                   scorer=scorer, semantic_weight=1.0)
    assert texts and set(scorer.calls[0]) <= texts  # a turn meets no sentence the precompute missed


def test_prepared_scorer_builds_once_then_loads(settings, tmp_path):
    from assistant.pipeline.semantic import prepared_scorer, vectors_path

    settings.paths.index_dir = tmp_path / "index"
    chunks = _chunks()
    emb = CountingEmbedder()
    first = prepared_scorer(emb, settings, chunks)
    assert vectors_path(settings).is_file() and first.cached == len(set(emb.passages)) > 0
    built = first.cached
    emb.passages.clear()
    second = prepared_scorer(emb, settings, chunks)
    assert emb.passages == [] and second.cached == built  # loaded, nothing embedded again
    q = "Hvem foretager udlæg?"
    texts = ["Udlæg foretages af Kronofogden."]
    assert second.similarities(q, texts) == pytest.approx(first.similarities(q, texts))
    third = prepared_scorer(emb, settings, chunks[:1] + [chunks[1].model_copy(update={"text": "Ny tekst om udlæg, som er lang nok til at blive citeret."})])
    assert emb.passages  # other chunks: the file is checked and topped up
    assert third.cached > built
