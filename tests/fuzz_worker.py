"""Runs `qualif classify FILE` in-process for each path read on stdin; one JSON line per file on stdout.

Started by tests/test_fuzz_input.py (and bench/english_messages.py) under a memory cap (RLIMIT_AS); each file
has its own time limit (SIGALRM). Reports the exit code, stderr, whether a traceback escaped, the time taken
and the peak memory of the process so far. The engine of whichever checkout is first on sys.path is used.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import select
import signal
import subprocess
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MEMORY_CAP = 2 * 1024**3
ALARM = 20.0


class _Timeout(BaseException):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def run_one(path: str, seconds: float) -> dict[str, Any]:
    from engine.cli.main import main

    err, out = io.StringIO(), io.StringIO()
    start = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            rc: Any = main(["classify", path])
    except _Timeout:
        rc = "timeout"
    except MemoryError:
        rc = "memory"
    except SystemExit as exc:
        rc = exc.code
    except BaseException:  # a traceback: reported, never raised
        rc = "exception"
        err.write(traceback.format_exc())
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return {
        "rc": rc,
        "stderr": err.getvalue()[:20_000],
        "stderr_len": len(err.getvalue()),
        "stdout_len": len(out.getvalue()),
        "seconds": round(time.monotonic() - start, 4),
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


class Worker:
    """The parent side: one worker process for a checkout (``root``), asked one file at a time."""

    def __init__(self, root: Path = ROOT, alarm: float = ALARM) -> None:
        self.root, self.alarm = root, alarm
        self.files: Counter[str] = Counter()  # files run, by family
        self.exits: Counter[str] = Counter()  # exit codes
        self.worst = {"seconds": 0.0, "maxrss_mb": 0}
        self._start()

    def _start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(self.root)}
        cmd = [sys.executable, str(ROOT / "tests" / "fuzz_worker.py"), str(self.alarm)]
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=self.root, preexec_fn=_cap
        )
        assert json.loads(self._line(120) or "{}") == {"ready": True}, "le processus de test n'a pas démarré"

    def _line(self, timeout: float) -> str:
        """The next line of the worker, or '' if it died or stayed silent ``timeout`` seconds (then killed)."""
        assert self.proc.stdout is not None
        if select.select([self.proc.stdout], [], [], timeout)[0]:
            line = self.proc.stdout.readline()
            if line:
                return line
        self.proc.kill()
        self.proc.wait()
        return ""

    def run(self, path: Path) -> dict[str, Any]:
        """The worker's report on one file; rc ``killed`` (and a new worker) if it died or hung."""
        assert self.proc.stdin is not None
        start = time.monotonic()
        self.proc.stdin.write(f"{path}\n")
        self.proc.stdin.flush()
        line = self._line(self.alarm + 10)
        if not line:
            self._start()
            line = json.dumps({"rc": "killed", "stderr": "", "stderr_len": 0, "stdout_len": 0, "maxrss_mb": 0})
        result: dict[str, Any] = json.loads(line)
        result.setdefault("seconds", round(time.monotonic() - start, 4))
        self.worst["seconds"] = max(self.worst["seconds"], result["seconds"])
        self.worst["maxrss_mb"] = max(self.worst["maxrss_mb"], result["maxrss_mb"])
        return result

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def main() -> None:
    signal.signal(signal.SIGALRM, _alarm)
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    import engine.api  # noqa: F401  (imported once, before the first file is timed)

    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        print(json.dumps(run_one(line.rstrip("\n"), seconds)), flush=True)


if __name__ == "__main__":
    main()
