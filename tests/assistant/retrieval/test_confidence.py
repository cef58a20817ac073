import itertools
import random

import pytest

from assistant.retrieval import confidence as conf

pytestmark = pytest.mark.unit

BASE = {"top_score": 0.6, "top_cosine": 0.82, "bm25_top": 2.0, "agreement": 0.4, "topic": 0.5, "vocabulary": 0.0}


@pytest.mark.parametrize("feature", conf.FEATURES)  # a zero weight is flat, still monotone
def test_default_model_is_monotone_in_every_feature(feature):
    lo = conf.DEFAULT_MODEL.predict(BASE)
    hi = conf.DEFAULT_MODEL.predict({**BASE, feature: BASE[feature] + 0.05})
    assert hi >= lo and 0.0 <= lo <= 1.0


def test_features_and_agreement():
    assert conf.agreement(["a", "b", "c", "d", "e"], ["e", "d", "x", "y", "z"]) == pytest.approx(0.4)
    assert conf.agreement([], ["a"]) == 0.0
    f = conf.features(0.5, 0.8, 0.0, 0.2)
    assert f["bm25_top"] == 0.0 and set(f) == set(conf.FEATURES)


def test_fit_separates_and_stays_monotone():
    rng = random.Random(0)
    rows, labels = [], []
    for label in (0, 1) * 60:
        rows.append({"top_score": rng.gauss(0.4 + 0.4 * label, 0.1), "top_cosine": rng.gauss(0.78 + 0.05 * label, 0.02),
                     "bm25_top": rng.gauss(1 + 1.5 * label, 0.5),
                     # an anti-correlated noise feature must be dropped, not given a negative weight
                     "agreement": rng.gauss(0.5 - 0.05 * label, 0.2)})
        labels.append(label)
    model = conf.fit(rows, labels)
    assert all(w >= 0 for w in model.weights.values())
    assert conf.auc([model.predict(r) for r in rows], labels) > 0.95


def test_auc():
    assert conf.auc([0.9, 0.8, 0.1], [1, 1, 0]) == 1.0
    assert conf.auc([0.5, 0.5], [1, 0]) == 0.5
