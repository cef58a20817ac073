"""The sentence-weight fit on synthetic candidates (no model): it ranks the golden sentence up."""

import numpy as np
import pytest

from evals import fit_sentence_weights as F

pytestmark = pytest.mark.unit


def _call(rng, n=8):
    # term 0 marks the golden sentence; term 1 is noise the start weights trust
    x = rng.normal(size=(n, len(F.FEATURES)))
    gold = np.zeros(n, bool)
    gold[rng.integers(n)] = True
    x[gold, 0] += 3.0
    return F.Candidates("q-001", 1, x, gold)


def test_fit_moves_weight_to_the_term_that_marks_the_golden_sentence():
    rng = np.random.default_rng(7)
    data = [_call(rng) for _ in range(200)]
    w0 = np.zeros(len(F.FEATURES))
    w0[1] = 1.0
    assert F.top_hit(data, w0) < 0.4
    w = F.fit(data, w0, l2=0.001, steps=500, lr=0.5)
    assert F.top_hit(data, w) > 0.9 and w[0] > abs(w[1])


def test_strong_l2_keeps_the_start_weights():
    rng = np.random.default_rng(3)
    data = [_call(rng) for _ in range(50)]
    w0 = np.ones(len(F.FEATURES))
    assert np.allclose(F.fit(data, w0, l2=100.0, steps=200, lr=0.001), w0, atol=0.05)
