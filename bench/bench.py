"""Benchmark: ``make bench``, or ``python bench/bench.py [--quick] [--cases N] [--out FILE]``.

Prints, then writes as JSON (bench/results.json): the CPU time per typical file (bench/corpus.py
``typical_file``, seeded) validated and classified with explanations, p50 / p95, beside the floor — the
same facts of both stages replayed through durable-rules' bare C calls (bench/floor.py), interleaved case by
case in the same loop —, the resident memory's growth over the corpus, the shipped examples, a scaling table
(persons × acts) with its fitted exponents, the engine's build time and ``qualif classify FILE``'s CPU.
Full: 10,000 cases; ``--quick``: 500 (the 10,000-case CPU is then extrapolated, said in the JSON).
Targets (reported, never asserted): see bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import statistics
import sys
from pathlib import Path
from typing import Any

from floor import Floor
from measures import Cell, Typical, build, cli, examples, headline, pct, scaling, slope, typical

from engine.api import get_engine

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
CLI_EXAMPLE = ROOT / "examples" / "mineure_16_ans_reseau.yaml"
GRID = {True: ((2, 10, 100), (3, 30, 300)), False: ((2, 5, 20, 50, 100), (3, 10, 30, 100, 300))}


def _row(name: str, values: list[float]) -> str:
    return f"  {name:<44} médiane {statistics.median(values):7.2f} ms   p95 {pct(values, 0.95):7.2f} ms"


def print_typical(t: Typical) -> None:
    n = len(t.classify)
    print(f"\n{n} dossiers types (bench/corpus.py typical_file, graines 0…{n - 1}), CPU par dossier :")
    print(_row("validation (dict → dossier)", t.parse))
    print(_row("classify, explications comprises", t.classify))
    print(_row("validation + classify", t.total))
    print(_row("plancher : appels C seuls, mêmes faits", t.floor))
    print(_row("temps écoulé, validation + classify", t.wall))
    ratio = statistics.median(t.classify) / statistics.median(t.floor)
    print(
        f"  rapport au plancher (médianes) : classify {ratio:.1f}x, validation + classify "
        f"{statistics.median(t.total) / statistics.median(t.floor):.1f}x"
    )
    print(f"  CPU total : {sum(t.total) / 1e3:.1f} s ; RSS : {t.rss_growth_mb:+.1f} Mo (pic {t.peak_rss_growth_mb:+.1f} Mo)")


def print_scaling(cells: list[Cell]) -> dict[str, float]:
    acts = sorted({c.acts for c in cells})
    print("\nmontée en charge (CPU ms d'un dossier, situations entre parenthèses) :")
    print("  personnes \\ actes " + "".join(f"{a:>16}" for a in acts))
    for p in sorted({c.persons for c in cells}):
        line = "".join(f"{c.cpu_ms:>10.1f} ({c.situations:>3})" for c in cells if c.persons == p)
        print(f"  {p:>18}{line}")
    fits = {
        "exponent_situations": slope([c.situations for c in cells], [c.cpu_ms for c in cells]),
        "exponent_acts": slope([c.acts for c in cells], [c.cpu_ms for c in cells]),
    }
    for p in sorted({c.persons for c in cells}):
        row = [c for c in cells if c.persons == p]
        fits[f"exponent_acts_{p}_persons"] = slope([c.acts for c in row], [c.cpu_ms for c in row])
    print("  exposants ajustés (moindres carrés log-log, CPU ~ x^k) : " + ", ".join(f"{k} {v:.2f}" for k, v in fits.items()))
    return fits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mesures de performance de Qualif")
    parser.add_argument("--quick", action="store_true", help="500 dossiers au lieu de 10 000 (moins d'une minute)")
    parser.add_argument("--cases", type=int, help="nombre de dossiers types")
    parser.add_argument("--out", type=Path, default=RESULTS, help="fichier JSON des résultats")
    args = parser.parse_args(argv)
    n = args.cases or (500 if args.quick else 10_000)
    out = run(n, GRID[args.quick], rounds=1 if args.quick else 3, example_rounds=5 if args.quick else 30, cli_runs=5)
    write(args.out, out)
    print(f"\nrésultats : {args.out}")
    return 0


def run(n: int, grid: tuple[tuple[int, ...], tuple[int, ...]], rounds: int, example_rounds: int, cli_runs: int) -> dict[str, Any]:
    """Every measure, printed; the figures of bench/results.json."""
    engine, build_cpu, build_wall = build(get_engine)
    print(f"moteur : {len(engine.compiled.ruleset)} règles, construit en {build_cpu:.2f} s de CPU ({build_wall:.2f} s écoulées)")
    floor = Floor(engine)
    rows = examples(engine, example_rounds)
    print(f"\nexemples livrés (médiane de {example_rounds}, ms de CPU, validation comprise) :")
    for name, med in rows:
        print(f"  {name:<50} {med:7.2f}")
    t = typical(engine, floor, range(n))
    print_typical(t)
    fits = print_scaling(scaling(engine, *grid, rounds=rounds))
    first, cli_cpu, cli_wall = cli(CLI_EXAMPLE, cli_runs)
    print(
        f"\nqualif classify {CLI_EXAMPLE.name} : CPU {cli_cpu:.2f} s (médiane de {cli_runs}, processus enfant ; "
        f"premier lancement {first:.2f} s), {cli_wall:.2f} s écoulées"
    )
    return headline(t, cli_cpu) | {
        "cases": n,
        "cases_10k_extrapolated": n != 10_000,
        "classify_cpu_ms_p50": statistics.median(t.classify),
        "parse_cpu_ms_p50": statistics.median(t.parse),
        "floor_cpu_ms_p95": pct(t.floor, 0.95),
        "typical_wall_ms_p50": statistics.median(t.wall),
        "peak_rss_growth_mb": t.peak_rss_growth_mb,
        "examples_cpu_ms_p50": statistics.median(m for _, m in rows),
        "engine_build_cpu_s": build_cpu,
        "engine_build_wall_s": build_wall,
        "cli_first_cpu_s": first,
        "cli_wall_s": cli_wall,
        **fits,
        "measured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "load_average_1min": os.getloadavg()[0],
        "cpus": os.cpu_count(),
    }


def write(path: Path, out: dict[str, Any]) -> None:
    """The figures as JSON; a fit that could not be made (NaN) is null."""
    out = {k: (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in out.items()}
    path.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
