"""Query term weights: stems shared across inflections."""

import pytest

from assistant.pipeline.term_weights import stems

pytestmark = pytest.mark.unit


def test_danish_stemming_matches_inflections():
    assert stems("Fogeder") & stems("fogeden")
