"""sentence-transformers is imported without scikit-learn, and the deferred function still works.

Each check runs in a fresh interpreter: this test process may already have imported sklearn.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str) -> dict:
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.unit
def test_stand_in_defers_then_delegates_to_the_real_function() -> None:
    out = _run("""
import json, sys
from ingest.deferred_imports import sklearn_metrics_deferred
with sklearn_metrics_deferred():
    from sklearn.metrics import pairwise_distances
    inside = "sklearn" in sys.modules
gone = "sklearn.metrics" not in sys.modules
lazy = pairwise_distances([[0.0, 0.0], [3.0, 4.0]]).tolist()
from sklearn.metrics import pairwise_distances as real
print(json.dumps({"inside": inside, "gone": gone, "lazy": lazy,
                  "real": real([[0.0, 0.0], [3.0, 4.0]]).tolist(), "name": pairwise_distances.__name__,
                  "real_is_module": type(sys.modules["sklearn.metrics"]).__name__}))
""")
    assert out["inside"] is False  # the import inside the block did not load scikit-learn
    assert out["gone"] is True  # the stand-in does not outlive the block
    assert out["lazy"] == out["real"] == [[0.0, 5.0], [5.0, 0.0]]
    assert out["name"] == "pairwise_distances"
    assert out["real_is_module"] == "module"  # later imports get the real package


@pytest.mark.unit
def test_an_already_imported_sklearn_is_left_alone() -> None:
    out = _run("""
import json, sys
import sklearn.metrics
real = sys.modules["sklearn.metrics"]
from ingest.deferred_imports import sklearn_metrics_deferred
with sklearn_metrics_deferred():
    from sklearn.metrics import pairwise_distances
print(json.dumps({"same": sys.modules["sklearn.metrics"] is real,
                  "bound_real": pairwise_distances is real.pairwise_distances}))
""")
    assert out == {"same": True, "bound_real": True}


@pytest.mark.integration
def test_sentence_transformers_loads_without_sklearn_and_keeps_its_helpers() -> None:
    out = _run("""
import json, sys
from ingest.deferred_imports import import_sentence_transformers
st = import_sentence_transformers()
loaded = sorted(m for m in ("sklearn", "pandas", "scipy.stats") if m in sys.modules)
from sentence_transformers.util import pairwise_euclidean_sim  # noqa: F401 - public helper still there
import sentence_transformers.util.similarity as sim
d = sim.pairwise_distances([[1.0, 0.0], [0.0, 1.0]], metric="cosine").round(6).tolist()
print(json.dumps({"loaded": loaded, "has_model": hasattr(st, "SentenceTransformer"), "d": d}))
""")
    assert out["loaded"] == []
    assert out["has_model"] is True
    assert out["d"] == [[0.0, 1.0], [1.0, 0.0]]
