"""Shared fixtures: an Assistant wired to deterministic fakes over the REAL parsed corpus."""

from __future__ import annotations

import re

import pytest

from assistant.models import Reply
from assistant.pipeline import Assistant, unsupported_numbers
from assistant.pipeline.fakes import KeywordRetriever, TableRouter
from assistant.pipeline.grounding import unknown_markers
from assistant.settings import Settings
from ingest.parser import sections_by_key


@pytest.fixture(scope="session")
def sections():
    return sections_by_key()


@pytest.fixture
def settings(tmp_path) -> Settings:
    s = Settings()
    s.paths.data_dir = tmp_path
    return s


@pytest.fixture
def assistant(settings) -> Assistant:
    return Assistant(settings, retriever=KeywordRetriever(), router=TableRouter())


def assert_grounded(reply: Reply, sections) -> None:
    """The reply contract every answer must satisfy (used across the pipeline tests)."""
    for c in reply.citations + [f.citation for f in reply.facts]:
        key = f"{c.country}:{c.section}"
        assert key in sections, f"citation to unknown section {key}"
        assert c.quote and c.quote in sections[key].text, f"quote not verbatim in {key}: {c.quote!r}"
        assert c.url
    assert unsupported_numbers(reply) == [], reply.text
    assert unknown_markers(reply) == [], reply.text
    assert not re.search(r"<\s*script", reply.text, re.IGNORECASE)
