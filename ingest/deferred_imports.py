"""Import sentence-transformers without scikit-learn's import cost.

sentence-transformers imports ``sklearn.metrics`` at module level for ``pairwise_distances``, a helper of
its similarity utilities that encoding never calls. That one import drags in scikit-learn, SciPy's stats
package and pandas: about 1,000 modules and ~1.1 s of CPU, a tenth of the assistant's cold start
(measured with ``python -m evals.bench_pipeline --cold-only``).

While sentence-transformers is imported, ``sklearn.metrics`` is a stand-in module whose names are
functions that import the real ``sklearn.metrics`` on their first call and delegate to it. The stand-in
is removed again right after, so any later ``import sklearn.metrics`` gets the real package; nothing of
scikit-learn changes, its import only moves to the first call that needs it (never, when serving).
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any, Iterator

DEFERRED = "sklearn.metrics"


def _deferred(name: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        real = getattr(importlib.import_module(DEFERRED), name)
        return real(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = f"Imports {DEFERRED}.{name} on first call and delegates to it."
    return call


class _StandIn(types.ModuleType):
    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("__"):  # the import system probes dunders (__path__, __spec__ …)
            raise AttributeError(name)
        return _deferred(name)


@contextmanager
def sklearn_metrics_deferred() -> Iterator[None]:
    """Within the block, ``from sklearn.metrics import f`` binds a lazy ``f`` instead of importing sklearn."""
    if DEFERRED in sys.modules:  # already really imported: nothing to save, change nothing
        yield
        return
    stand_in = _StandIn(DEFERRED)
    sys.modules[DEFERRED] = stand_in
    try:
        yield
    finally:
        if sys.modules.get(DEFERRED) is stand_in:
            del sys.modules[DEFERRED]


def import_sentence_transformers() -> types.ModuleType:
    """``import sentence_transformers`` with scikit-learn deferred (see the module docstring)."""
    if "sentence_transformers" in sys.modules:
        return sys.modules["sentence_transformers"]
    with sklearn_metrics_deferred():
        return importlib.import_module("sentence_transformers")
