"""durable-rules is not thread-safe: every call is serialised. Checked under 8 concurrent threads."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from engine.api import canonical, get_engine, load_case
from engine.reasoning.runtime import Runtime

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_eight_threads_times_150_cases_match_sequential_run() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "concurrency_probe.py"), "150", "2"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1500,
    )
    assert run.returncode == 0, f"code {run.returncode} (négatif = signal, ex. -11 segfault) : {run.stdout}{run.stderr[-2000:]}"
    assert run.stdout.strip() == "OK 2400"


def test_engine_starts_no_background_dispatch_threads() -> None:
    """durable-rules' Host dispatches rulesets from timer threads without a lock; ours must not."""
    before = {t.ident for t in threading.enumerate()}
    engine = get_engine()
    engine.runtime.run([{"t": "situation", "key": "x|y|consomme", "mode": "consomme", "date": 20220101}])
    new = [t for t in threading.enumerate() if t.ident not in before]
    assert not [t for t in new if isinstance(t, threading.Timer)], new


class _Overlap:
    """Counts the threads inside durable-rules calls at once. The real calls are still serialised by a lock
    of its own, so that measuring overlap never lets two threads into durable-rules' C state together."""

    def __init__(self) -> None:
        self.inside = self.peak = 0
        self._count, self._safety = threading.Lock(), threading.Lock()

    def wrap(self, call: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            with self._count:
                self.inside += 1
                self.peak = max(self.peak, self.inside)
            try:
                time.sleep(0.0005)  # widen the window in which an unserialised caller would overlap
                with self._safety:
                    return call(*args, **kwargs)
            finally:
                with self._count:
                    self.inside -= 1

        return counted


def _runs_from_threads(monkeypatch: pytest.MonkeyPatch, runtime: Runtime, facts: list[dict[str, Any]]) -> tuple[int, list[Any]]:
    overlap = _Overlap()
    # every durable-rules call of a run happens in these two steps (asserts and actions, then retracts)
    for name in ("_derive", "_clean"):
        monkeypatch.setattr(runtime, name, overlap.wrap(getattr(runtime, name)))
    outcomes: list[Any] = []

    def worker() -> None:
        for _ in range(5):
            try:
                outcomes.append(sorted(f.rule for f in runtime.run(facts)))
            except Exception as exc:  # without the lock, firings of other threads mix: kept, not raised
                outcomes.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return overlap.peak, outcomes


def test_runtime_run_from_eight_threads_is_serialised(monkeypatch: pytest.MonkeyPatch) -> None:
    engine = get_engine()
    facts = [s.as_fact() for s in engine.situations(canonical(load_case(ROOT / "examples" / "mineure_16_ans_reseau.yaml")))]
    alone = sorted(f.rule for f in engine.runtime.run(facts))
    peak, outcomes = _runs_from_threads(monkeypatch, engine.runtime, facts)
    assert peak == 1, f"{peak} threads à la fois dans durable-rules"
    assert outcomes == [alone] * 40


def test_the_serialisation_check_fails_without_the_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above can fail: with Runtime.lock replaced by a no-op, it sees threads overlap."""
    engine = get_engine()
    facts = [s.as_fact() for s in engine.situations(canonical(load_case(ROOT / "examples" / "mineure_16_ans_reseau.yaml")))]
    monkeypatch.setattr(Runtime, "lock", contextlib.nullcontext())
    peak, _ = _runs_from_threads(monkeypatch, engine.runtime, facts)
    assert peak > 1
    assert engine.runtime.fact_count() == 0  # each run's clean-up checks the session: the misuse leaves nothing
