"""The measures of bench/bench.py, as functions of the engine (tests/test_bench_quick.py runs them on a few cases).

CPU time is ``time.process_time`` (this process, every thread; other processes on the machine do not count),
wall time ``time.perf_counter``.
"""

from __future__ import annotations

import math
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench_batch import children_cpu
from corpus import scaled_case, typical_file
from floor import Floor

from engine.api import Engine, canonical, parse_case

ROOT = Path(__file__).resolve().parent.parent
PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20


def rss_mb() -> float:
    """The resident set now (``/proc/self/statm``), not the peak."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * PAGE_MB


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], q: float) -> float:
    """The ``q`` quantile (nearest rank) of ``values``."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(q * len(ordered)) - 1))]


def slope(xs: Iterable[float], ys: Iterable[float]) -> float:
    """Least-squares exponent of y ~ x^k (log-log); NaN when the xs do not vary."""
    pts = [(math.log(x), math.log(y)) for x, y in zip(xs, ys, strict=True) if x > 0 and y > 0]
    if len(pts) < 2:
        return math.nan
    mx, my = statistics.fmean(p[0] for p in pts), statistics.fmean(p[1] for p in pts)
    var = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / var if var else math.nan


@dataclass
class Typical:
    """Per case, in ms: validation (dict → Case), classify (with explanations), the floor; wall of the first two."""

    parse: list[float] = field(default_factory=list)
    classify: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)
    rss_growth_mb: float = 0.0
    peak_rss_growth_mb: float = 0.0

    @property
    def total(self) -> list[float]:
        return [p + c for p, c in zip(self.parse, self.classify, strict=True)]


def typical(engine: Engine, floor: Floor, seeds: Iterable[int], warmup: int = 50) -> Typical:
    """Each typical file validated, classified, then its recorded facts replayed on the floor, case by case.

    The files are generated in the loop (outside the timings) and dropped: the RSS growth is the engine's."""
    for seed in range(-warmup, 0):
        with floor:
            engine.classify(parse_case(typical_file(seed)))
        floor.replay(floor.take())
    out, rss, peak = Typical(), rss_mb(), peak_rss_mb()
    cpu, wall = time.process_time, time.perf_counter
    with floor:
        for seed in seeds:
            data = typical_file(seed)
            w0, t0 = wall(), cpu()
            case = parse_case(data)
            t1 = cpu()
            engine.classify(case)
            t2, w2 = cpu(), wall()
            runs = floor.take()
            t3 = cpu()
            floor.replay(runs)
            t4 = cpu()
            out.parse.append((t1 - t0) * 1e3)
            out.classify.append((t2 - t1) * 1e3)
            out.floor.append((t4 - t3) * 1e3)
            out.wall.append((w2 - w0) * 1e3)
    out.rss_growth_mb, out.peak_rss_growth_mb = rss_mb() - rss, peak_rss_mb() - peak
    return out


def examples(engine: Engine, rounds: int) -> list[tuple[str, float]]:
    """Each shipped example: the median CPU ms of ``rounds`` classifications (validation included)."""
    from engine.api import load_case

    rows = []
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        if path.name == "expected.yaml":
            continue
        times = []
        for _ in range(rounds):
            t = time.process_time()
            engine.classify(load_case(path))
            times.append((time.process_time() - t) * 1e3)
        rows.append((path.name, statistics.median(times)))
    return rows


@dataclass(frozen=True)
class Cell:
    persons: int
    acts: int
    situations: int
    cpu_ms: float


def scaling(engine: Engine, persons: Iterable[int], acts: Iterable[int], rounds: int) -> list[Cell]:
    """Per grid cell, the least CPU of ``rounds`` classifications of one scaled case (validation included)."""
    cells = []
    for p in persons:
        for a in acts:
            data = scaled_case(p, a)
            times = []
            for _ in range(rounds):
                t = time.process_time()
                engine.classify(parse_case(data))
                times.append((time.process_time() - t) * 1e3)
            cells.append(Cell(p, a, len(engine.situations(canonical(parse_case(data)))), min(times)))
    return cells


def build(make: Callable[[], Engine]) -> tuple[Engine, float, float]:
    """The engine, and its construction's CPU and wall seconds (rules loaded, checked, compiled, registered)."""
    t, w = time.process_time(), time.perf_counter()
    engine = make()
    return engine, time.process_time() - t, time.perf_counter() - w


def cli(example: Path, runs: int) -> tuple[float, float, float]:
    """``qualif classify FILE`` (``python -m engine.cli.main``) in a child process, ``runs`` + 1 times: the first
    run's CPU s (cold: bytecode, caches), then the median CPU s and wall s of the others (of the first alone when
    ``runs`` is 0); the child's CPU is the ``RUSAGE_CHILDREN`` delta."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "engine.cli.main", "classify", str(example)]
    cpu, wall = [], []
    for _ in range(runs + 1):
        c, w = children_cpu(), time.perf_counter()
        subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, check=True)
        cpu.append(children_cpu() - c)
        wall.append(time.perf_counter() - w)
    return cpu[0], statistics.median(cpu[1:] or cpu), statistics.median(wall[1:] or wall)


def headline(t: Typical, cli_cpu_s: float) -> dict[str, Any]:
    """The figures bench/results.json must carry (10,000 cases extrapolated from a smaller run)."""
    total = t.total
    return {
        "typical_cpu_ms_p50": statistics.median(total),
        "typical_cpu_ms_p95": pct(total, 0.95),
        "floor_cpu_ms_p50": statistics.median(t.floor),
        "ratio_to_floor": statistics.median(t.classify) / statistics.median(t.floor),
        "cases_10k_cpu_s": sum(total) / 1e3 * 10_000 / len(total),
        "rss_growth_mb": t.rss_growth_mb,
        "cli_cpu_s": cli_cpu_s,
    }
