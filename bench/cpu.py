"""CPU time per typical case (not wall time: other processes share the machine).

    python bench/cpu.py [N] [--profile]

Classifies N seeded typical cases (bench/corpus.py, seeds 0..N-1, after 20 warm-up cases) and prints the
median and p95 of ``time.process_time`` per case, explanations included; ``--profile`` adds the
functions that take the most CPU (cProfile, cumulative).
"""

from __future__ import annotations

import cProfile
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus import typical_case  # noqa: E402

from engine.api import get_engine, parse_case  # noqa: E402


def main(n: int, profile: bool) -> int:
    t0 = time.process_time()
    engine = get_engine()
    print(f"moteur : {len(engine.compiled.ruleset)} règles, construit en {time.process_time() - t0:.2f} s de CPU")
    corpus = [typical_case(seed) for seed in range(n)]
    for data in corpus[:20]:
        engine.classify(parse_case(data))
    cpu = []
    for data in corpus:
        t = time.process_time()
        engine.classify(parse_case(data))
        cpu.append((time.process_time() - t) * 1000)
    cpu.sort()
    print(f"{n} dossiers typiques : CPU par dossier médiane {statistics.median(cpu):.2f} ms, p95 {cpu[int(0.95 * n)]:.2f} ms")
    if profile:
        prof = cProfile.Profile()
        prof.enable()
        for data in corpus:
            engine.classify(parse_case(data))
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(45)
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sys.exit(main(int(args[0]) if args else 500, "--profile" in sys.argv))
