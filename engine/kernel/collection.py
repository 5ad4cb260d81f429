"""No cyclic garbage collection inside a case: Python's collector was the only superlinear cost on large cases.

A case makes almost no reference cycles, so the collector has nothing to find there; it is paused while any
case runs (threads share one counter) and resumes when the last one ends. A safety valve collects the
youngest generation anyway if cases overlap for so long that very many objects accumulate.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_VALVE = 200_000  # young objects allocated while paused before a collection runs all the same
_lock = threading.Lock()
_depth = 0
_resume = False


@contextmanager
def paused() -> Iterator[None]:
    """Pause the cyclic collector for the duration of the block (re-entrant, thread-safe)."""
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _resume and _depth == 0:
                gc.enable()
            elif _resume and gc.get_count()[0] > _VALVE:
                gc.collect(0)


def freeze() -> None:
    """Move every object alive now (the engine just built) out of the collector's sight for good."""
    gc.collect()
    gc.freeze()
