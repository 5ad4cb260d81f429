"""Benchmark: `make bench` (or `python bench/bench.py [N]`).

Prints, for the example cases and a generated corpus of N typical cases (3 persons, 10 acts):
median and p95 latency per case (validation + derivation + explanations), throughput, peak RSS
growth over the corpus, and the raw cost of asserting and retracting the same facts in durable-rules
(the same compiled rules, no validation, no analysis, no explanation) with the ratio between them.
Latencies are CPU time (``time.process_time``): other processes on the machine do not count; the
throughput is wall-clock. ``bench/cpu.py`` gives the CPU time per case alone, least of repeated passes.
Targets (issue 2): median <= 5 ms, ratio <= 10x, RSS growth <= 20 MB over 10,000 cases.
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from pathlib import Path

from corpus import typical_case

from engine.api import canonical, get_engine, load_case, parse_case

ROOT = Path(__file__).resolve().parent.parent


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(n: int = 10_000) -> int:
    t0 = time.perf_counter()
    engine = get_engine()
    print(f"moteur : {len(engine.compiled.ruleset)} règles durable-rules compilées en {time.perf_counter() - t0:.2f} s")

    examples = sorted((ROOT / "examples").glob("*.yaml"))
    rows = []
    for path in examples:
        if path.name == "expected.yaml":
            continue
        case = load_case(path)
        times = []
        for _ in range(30):
            t = time.process_time()
            engine.classify(case)
            times.append((time.process_time() - t) * 1000)
        rows.append((path.name, statistics.median(times)))
    print("\nexemples (médiane de 30 passages, ms de CPU) :")
    for name, med in rows:
        print(f"  {name:<42} {med:6.2f}")

    corpus = [typical_case(seed) for seed in range(n)]
    for data in corpus[:200]:  # warm-up
        engine.classify(parse_case(data))
    rss_before = _rss_mb()
    latencies = []
    start = time.perf_counter()
    for data in corpus:
        t = time.process_time()
        engine.classify(parse_case(data))
        latencies.append((time.process_time() - t) * 1000)
    total = time.perf_counter() - start
    rss_growth = _rss_mb() - rss_before

    facts = [[s.as_fact() for s in engine.situations(canonical(parse_case(d)))] for d in corpus]
    raw = []
    for f in facts:
        t = time.process_time()
        engine.runtime.run(f)
        raw.append((time.process_time() - t) * 1000)

    med, p95, raw_med = statistics.median(latencies), _pct(latencies, 0.95), statistics.median(raw)
    print(f"\ncorpus de {n} dossiers typiques (3 personnes, 10 actes) :")
    print(f"  CPU par dossier, explications comprises : médiane {med:.2f} ms, p95 {p95:.2f} ms")
    print(f"  débit : {n / total:.0f} dossiers/s")
    print(f"  croissance du RSS maximal : {rss_growth:.1f} Mo")
    print(f"  durable-rules seul (assert + retract des mêmes faits) : médiane {raw_med:.2f} ms, p95 {_pct(raw, 0.95):.2f} ms")
    print(f"  rapport médiane complète / médiane brute : {med / raw_med:.1f}x")
    print("  (brut = première étape seule, les qualifications ; le complet ajoute la validation, l'analyse,")
    print("   les arbres d'explication, la qualification principale, la prescription et l'étape de protection)")
    print("\ncibles : médiane <= 5 ms, rapport <= 10x, RSS <= 20 Mo")
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
