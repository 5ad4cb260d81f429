"""No cyclic garbage collection inside a case: Python's collector was the only superlinear cost on large cases.

A case makes almost no reference cycles, so the collector has nothing to find there; it is paused while any
case runs (threads share one counter) and resumes when the last one ends. A safety valve collects the
youngest generation anyway if cases overlap for so long that very many objects accumulate.

A typical result holds about 2,000 container objects, all freed by reference counting once it is dropped;
with Python's default threshold (700 young objects) each case still paid one pointless collection of them
when the collector resumed (0.3 ms). The engine raises the threshold to :data:`YOUNG` (Python 3.14's
default is 2,000 for the same reason).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

YOUNG = 5_000  # young-generation threshold while an engine exists
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
    """Move every object alive now (the engine just built) out of the collector's sight for good, and let
    a case's result come and go without a collection. Called while :func:`paused`, right after the build: the
    collector then never scans the objects just made (a full collection first cost more than all the rest of
    a start-up from the cache, and found no garbage there; a few dozen objects from the rule files)."""
    gc.freeze()
    young, *older = gc.get_threshold()
    if young and young < YOUNG:
        gc.set_threshold(YOUNG, *older)
