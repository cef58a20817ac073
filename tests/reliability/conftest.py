"""Shared pieces of the reliability suite: the pipeline's own fakes over the REAL parsed corpus, a
fake-embedder index in a temp data dir, and the reply contract every answer must meet."""

from __future__ import annotations

import re
import shutil

import pytest

from assistant.models import Reply
from assistant.pipeline import Assistant
from assistant.pipeline.fakes import KeywordRetriever, TableRouter
from assistant.pipeline.grounding import unknown_markers, unsupported_numbers
from assistant.settings import Settings
from ingest.parser import sections_by_key


@pytest.fixture(scope="session")
def sections():
    return sections_by_key()


@pytest.fixture(scope="session")
def keyword_retriever():
    return KeywordRetriever()  # read-only after construction; building it parses the corpus once


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(paths={"data_dir": tmp_path}, embedding={"model": "fake"})


@pytest.fixture
def fake_assistant(settings, keyword_retriever) -> Assistant:
    """The Assistant exactly as the pipeline's unit tests build it (keyword retriever + table router)."""
    return Assistant(settings, retriever=keyword_retriever, router=TableRouter())


@pytest.fixture
def real_rules_assistant(settings, keyword_retriever) -> Assistant:
    """Keyword retriever + the REAL rules router (the calculators behind real parsing of amounts/dates)."""
    from assistant.pipeline.rules_adapter import RealRulesRouter

    return Assistant(settings, retriever=keyword_retriever, router=RealRulesRouter())


def assert_reply_contract(reply: object, sections) -> None:
    """Validates against ``Reply``; every quote is verbatim text of the cited country+section; no
    unsupported number; no dangling [n] marker; no markup from the user comes back as markup."""
    assert isinstance(reply, Reply)
    Reply.model_validate(reply.model_dump())  # round-trips through the contract
    Reply.model_validate_json(reply.model_dump_json())
    assert reply.text.strip()
    for c in reply.citations + [f.citation for f in reply.facts]:
        key = f"{c.country}:{c.section}"
        assert key in sections, f"citation to unknown section {key}"
        assert c.quote and c.quote in sections[key].text, f"quote not verbatim in {key}: {c.quote!r}"
    assert unsupported_numbers(reply) == [], reply.text
    assert unknown_markers(reply) == [], reply.text
    assert not re.search(r"<\s*(script|img|iframe)", reply.text, re.IGNORECASE)
    assert "\x00" not in reply.text


# ---- a real (fake-embedder) index in a temp data dir ---------------------------------------------

@pytest.fixture(scope="session")
def built_index(tmp_path_factory):
    """One published fake-embedder index (Chroma + BM25) per test session; tests damage copies."""
    from ingest.embedder import make_embedder
    from ingest.pipeline import ingest

    data = tmp_path_factory.mktemp("reliability-index")
    s = Settings(paths={"data_dir": data}, embedding={"model": "fake"})
    ingest(s, make_embedder(s), progress=False)
    return data


@pytest.fixture
def index_copy(built_index, tmp_path) -> Settings:
    shutil.copytree(built_index, tmp_path / "data")
    return Settings(paths={"data_dir": tmp_path / "data"}, embedding={"model": "fake"})
