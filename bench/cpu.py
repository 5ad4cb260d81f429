"""CPU time per typical case (not wall time: other processes share the machine).

    python bench/cpu.py [N] [--repeat=R] [--max-rules=M] [--profile]

Classifies N seeded typical cases (bench/corpus.py, seeds 0..N-1, after 20 warm-up cases) R times (default
3) and prints the median and p95 over the cases of ``time.process_time`` per case, explanations included,
each case's time being the least of its R runs (other processes on the machine only ever add to it);
``--max-rules=M`` compiles the rules into durable-rules rulesets of at most M rules (several shards);
``--profile`` adds the functions that take the most CPU (cProfile, cumulative).
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


def main(n: int, repeat: int, profile: bool) -> int:
    t0 = time.process_time()
    engine = get_engine()
    shards = [len(s) for s in engine.compiled.shards]
    built = time.process_time() - t0
    print(f"moteur : {len(engine.compiled.ruleset)} règles en {len(shards)} ensemble(s) {shards}, construit en {built:.2f} s")
    corpus = [typical_case(seed) for seed in range(n)]
    for data in corpus[:20]:
        engine.classify(parse_case(data))
    runs: list[list[float]] = []
    for _ in range(repeat):
        runs.append([])
        for data in corpus:
            t = time.process_time()
            engine.classify(parse_case(data))
            runs[-1].append((time.process_time() - t) * 1000)
    cpu = sorted(min(times) for times in zip(*runs, strict=True))
    median, p95 = statistics.median(cpu), cpu[int(0.95 * n)]
    print(f"{n} dossiers typiques, {repeat} passages : CPU par dossier médiane {median:.2f} ms, p95 {p95:.2f} ms")
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
    repeat = next((int(a.split("=")[1]) for a in sys.argv if a.startswith("--repeat=")), 3)
    for option in (a for a in sys.argv if a.startswith("--max-rules=")):
        from engine.reasoning import compiler

        compiler.MAX_RULES_PER_RULESET = int(option.split("=")[1])
    sys.exit(main(int(args[0]) if args else 500, repeat, "--profile" in sys.argv))
