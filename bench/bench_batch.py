"""``qualif classify DIR --batch`` over the examples/ folder copied COPIES times, with --jobs 1 then 2.

Each run is a subprocess; its CPU time is the children's (``resource.getrusage(RUSAGE_CHILDREN)``: the
command and its workers, waited for), beside the wall time. Usage: ``python bench/bench_batch.py [COPIES]``.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(copies: int = 10) -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for i in range(copies):
            for case in sorted((ROOT / "examples").iterdir()):
                shutil.copy(case, folder / f"{i:02}_{case.name}")
        files = len(list(folder.iterdir()))
        for jobs in (1, 2):
            cpu, wall = _children_cpu(), time.perf_counter()
            cmd = [sys.executable, "-m", "engine.cli.main", "classify", str(folder), "--batch", "--jobs", str(jobs)]
            done = subprocess.run([*cmd, "-o", str(Path(tmp) / f"out{jobs}")], env=env, cwd=ROOT, capture_output=True)
            cpu, wall = _children_cpu() - cpu, time.perf_counter() - wall
            print(f"--jobs {jobs} : {files} fichiers, code {done.returncode}, CPU {cpu:.1f} s, temps écoulé {wall:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10))
