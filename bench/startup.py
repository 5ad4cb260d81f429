"""Start-up cost of the command line: the CPU time of `qualif classify EXAMPLE`, run as a child process.

    python bench/startup.py [EXAMPLE] [--runs=N]

Runs the command as the `qualif` script does, N times (default 5), and prints the median of the child's CPU time
(user + system, ``resource.getrusage(RUSAGE_CHILDREN)`` deltas; the bytecode written by a first run): cold (each
run with an empty cache folder) and warm (the same folder, filled by a first run that is not counted). The cache
folder is a temporary one (``QUALIF_CACHE_DIR``): the user's own cache is never touched.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "mineure_16_ans_reseau.yaml"


QUALIF = "import sys; from engine.cli.command import main; sys.exit(main())"  # what the `qualif` script runs


def child_cpu(example: Path, cache: Path) -> float:
    """CPU seconds of one `qualif classify` child (its output discarded; a failure stops the bench). Its modules'
    bytecode is cached, as an installed `qualif`'s is: ``PYTHONDONTWRITEBYTECODE`` set in the shell would have every
    run compile them all again."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {"QUALIF_CACHE_DIR": str(cache), "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-c", QUALIF, "classify", str(example)],
        env=env,
        cwd=ROOT,  # `-m` puts the current folder first on the path: this checkout's code, wherever the bench is run from
        check=True,
        stdout=subprocess.DEVNULL,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(example: Path, runs: int) -> int:
    cold, warm = [], []
    with tempfile.TemporaryDirectory() as tmp:
        child_cpu(example, Path(tmp) / "bytecode")  # not counted: the bytecode written once, as by an installation
        for i in range(runs):
            cold.append(child_cpu(example, Path(tmp) / f"cold{i}"))
        filled = Path(tmp) / "warm"
        child_cpu(example, filled)
        warm = [child_cpu(example, filled) for _ in range(runs)]
    print(f"qualif classify {example.name} : CPU du processus enfant, médiane de {runs} exécutions")
    print(f"  à froid (cache vide) : {statistics.median(cold):.3f} s   ({', '.join(f'{t:.3f}' for t in cold)})")
    print(f"  à chaud (cache rempli) : {statistics.median(warm):.3f} s   ({', '.join(f'{t:.3f}' for t in warm)})")
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--runs=")]
    count = next((int(a.split("=", 1)[1]) for a in sys.argv[1:] if a.startswith("--runs=")), 5)
    sys.exit(main(Path(args[0]) if args else EXAMPLE, count))
