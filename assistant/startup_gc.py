"""The cyclic garbage collector during start-up: paused while models and indexes load, then frozen.

Loading torch, transformers, sentence-transformers, Chroma and the lexicons creates ~500,000 long-lived
objects. With the collector on, every full collection on the way re-walks all of them, which cost
~1.2–1.6 s of a ~6 s CPU cold start (measured: `python -m assistant ask` with `gc.disable()` first, three
runs each way). These objects live as long as the process, so afterwards ``gc.freeze()`` moves them to
the permanent generation: later collections, while serving, no longer walk them either.

The price: the little cyclic garbage that start-up itself leaves (~18,000 objects, 2% of the allocated
blocks, measured with ``gc.collect()`` after a cold `ask`) is frozen with it instead of freed; a full
collection to free it would cost ~0.7 s of the start-up this saves. A long start-up (one that built the
index first) pays that collection: there, 0.7 s is noise, and the build's garbage should not be kept.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # nested / concurrent warm-ups: only the outermost one re-enables the collector
_was_enabled = True
COLLECT_AFTER_S = 20.0  # start-ups longer than this collect before freezing (they built something)


@contextmanager
def gc_paused_then_frozen() -> Iterator[None]:
    """Run a start-up block with the collector off; freeze what it built and turn the collector back on."""
    global _depth, _was_enabled
    started = time.monotonic()
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                if time.monotonic() - started > COLLECT_AFTER_S:
                    gc.collect()
                gc.freeze()
                if _was_enabled:
                    gc.enable()
