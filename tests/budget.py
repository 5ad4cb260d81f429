"""The test budget: ``make test-fast`` sets QUALIF_TEST_BUDGET=fast, and the property tests draw a quarter of
their examples (at least 5); ``make test`` draws them all."""

from __future__ import annotations

import os

FAST = os.environ.get("QUALIF_TEST_BUDGET") == "fast"


def examples(n: int) -> int:
    """``n`` hypothesis examples, or a quarter of them in the fast loop."""
    return max(5, n // 4) if FAST else n
