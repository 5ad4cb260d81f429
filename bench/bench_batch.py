"""``qualif classify DIR --batch`` over the examples/ folder copied COPIES times, with --jobs 1 then 2.

Each run is a subprocess; its CPU time is the children's (``resource.getrusage(RUSAGE_CHILDREN)``: the
command and its workers, waited for), beside the wall time. Usage: ``python bench/bench_batch.py [COPIES]``,
or ``python bench/bench_batch.py --typical N``: N typical files of bench/corpus.py (JSON) instead.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import typical_file

ROOT = Path(__file__).resolve().parent.parent


def children_cpu() -> float:
    """CPU seconds of the waited-for child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(copies: int = 10, typical: int = 0) -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for seed in range(typical):
            (folder / f"typ_{seed:05}.json").write_text(json.dumps(typical_file(seed), ensure_ascii=False), encoding="utf-8")
        for i in range(copies if not typical else 0):
            for case in sorted((ROOT / "examples").iterdir()):
                if case.name != "expected.yaml":
                    shutil.copy(case, folder / f"{i:02}_{case.name}")
        files = len(list(folder.iterdir()))
        for jobs in (1, 2):
            cpu, wall = children_cpu(), time.perf_counter()
            cmd = [sys.executable, "-m", "engine.cli.main", "classify", str(folder), "--batch", "--jobs", str(jobs)]
            done = subprocess.run([*cmd, "-o", str(Path(tmp) / f"out{jobs}")], env=env, cwd=ROOT, capture_output=True)
            cpu, wall = children_cpu() - cpu, time.perf_counter() - wall
            print(f"--jobs {jobs} : {files} fichiers, code {done.returncode}, CPU {cpu:.1f} s, temps écoulé {wall:.1f} s")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--typical"]:
        sys.exit(main(typical=int(sys.argv[2])))
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10))
