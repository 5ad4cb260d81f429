"""Run in a subprocess by test_concurrency.py, so that a crash (segfault) is reported, not fatal to pytest.

8 threads each classify the same 500 cases (in different orders) at once, for ROUNDS rounds; every
result must be identical to the sequential one. Prints 'OK <n>' on success.
"""

from __future__ import annotations

import random
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from corpus import typical_case

from engine.api import classify_dict

THREADS, CASES = 8, int(sys.argv[1]) if len(sys.argv) > 1 else 500
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 2


def main() -> int:
    cases = [typical_case(seed) for seed in range(CASES)]
    expected = [classify_dict(c).model_dump_json() for c in cases]
    failures: list[str] = []
    done = 0
    for rnd in range(ROUNDS):

        def worker(tid: int, rnd: int = rnd) -> None:
            nonlocal done
            order = list(range(CASES))
            random.Random(tid * 100 + rnd).shuffle(order)
            for i in order:
                got = classify_dict(cases[i]).model_dump_json()
                if got != expected[i]:
                    failures.append(f"thread {tid} case {i}")
                done += 1

        threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    if failures:
        print("MISMATCH", len(failures), failures[:5])
        return 1
    print("OK", done)
    return 0


if __name__ == "__main__":
    sys.exit(main())
