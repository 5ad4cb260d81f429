"""durable-rules is not thread-safe: every call is serialised. Checked under 8 concurrent threads."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from engine.api import get_engine

ROOT = Path(__file__).resolve().parent.parent


def test_eight_threads_times_500_cases_match_sequential_run() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "concurrency_probe.py"), "500", "2"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1500,
    )
    assert run.returncode == 0, f"code {run.returncode} (négatif = signal, ex. -11 segfault) : {run.stdout}{run.stderr[-2000:]}"
    assert run.stdout.strip() == "OK 8000"


def test_engine_starts_no_background_dispatch_threads() -> None:
    """durable-rules' Host dispatches rulesets from timer threads without a lock; ours must not."""
    before = {t.ident for t in threading.enumerate()}
    engine = get_engine()
    engine.reasoning.runtime.run([{"t": "situation", "key": "x|y|consomme", "mode": "consomme", "date": 20220101}])
    new = [t for t in threading.enumerate() if t.ident not in before]
    assert not [t for t in new if isinstance(t, threading.Timer)], new


def test_runtime_lock_is_held_during_a_run() -> None:
    engine = get_engine()
    assert not engine.reasoning.runtime.lock.locked()
    acquired = engine.reasoning.runtime.lock.acquire(blocking=False)
    try:
        assert acquired
        holder: list[bool] = []
        t = threading.Thread(target=lambda: holder.append(engine.reasoning.runtime.lock.acquire(timeout=0.2)))
        t.start()
        t.join()
        assert holder == [False], "a second caller must wait for the lock"
    finally:
        engine.reasoning.runtime.lock.release()
