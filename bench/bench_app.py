"""Benchmark of what the app does around the engine: `make bench` (after bench.py).

Median and max over the example cases of: rendering each note (PDF, DOCX, Markdown), saving and
reopening a case in the SQLite library, grading a practical case with the engine's own answer.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from engine.api import get_engine, load_case
from engine.documents.exports import render_note
from engine.storage.library import Library
from engine.training.cases import TrainingCase, load_training_cases
from engine.training.grading import engine_answer, grade

ROOT = Path(__file__).resolve().parent.parent


def timed(fn: Callable[[], object], rounds: int) -> tuple[float, float]:
    """Median and max of ``rounds`` calls, in milliseconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    engine = get_engine()
    cases = [load_case(p) for p in sorted((ROOT / "examples").glob("*.yaml")) if p.name != "expected.yaml"]
    results = [(case, engine.classify(case)) for case in cases]
    rows: list[tuple[str, float, float]] = []
    for kind in ("qualification", "partie_civile"):
        for fmt in ("pdf", "docx", "md"):
            times = [timed(partial(render_note, kind, fmt, c, r, book=engine.book), 3)[0] for c, r in results]
            rows.append((f"note {kind} {fmt}", statistics.median(times), max(times)))
    with tempfile.TemporaryDirectory() as tmp:
        lib = Library(Path(tmp) / "bench.sqlite3")
        ids = [lib.save(c) for c in cases]
        rows.append(("bibliothèque : enregistrer", *timed(lambda: lib.save(cases[0]), 20)))
        rows.append(("bibliothèque : ouvrir", *timed(lambda: lib.open(ids[0]), 20)))
        rows.append(("bibliothèque : lister", *timed(lib.list, 20)))
    training = list(load_training_cases(engine.book).values())

    def classify_and_grade(tc: TrainingCase) -> None:
        result = engine.classify(tc.case)
        grade(tc, engine_answer(result), result, engine.book)

    graded = [timed(partial(classify_and_grade, tc), 3)[0] for tc in training]
    rows.append((f"cas pratique : qualifier + corriger ({len(training)} cas)", statistics.median(graded), max(graded)))
    print(f"{'opération':55} {'médiane ms':>11} {'max ms':>9}")
    for name, median, worst in rows:
        print(f"{name:55} {median:11.1f} {worst:9.1f}")


if __name__ == "__main__":
    sys.exit(main())
