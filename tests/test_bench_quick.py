"""bench/: the typical files validate and look like case files, the floor replays exactly the engine's firings,
and the measures write bench/results.json's keys with finite numbers (no timing is asserted)."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from engine.api import get_engine, parse_case
from engine.reasoning.runtime import Firing

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpus import REFORMS, scaled_case, typical_file  # noqa: E402
from floor import Floor  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_main", ROOT / "bench" / "bench.py")  # not the bench/ folder
assert _spec and _spec.loader
bench_main = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_main)

HEADLINE = [
    "typical_cpu_ms_p50",
    "typical_cpu_ms_p95",
    "floor_cpu_ms_p50",
    "ratio_to_floor",
    "cases_10k_cpu_s",
    "rss_growth_mb",
    "cli_cpu_s",
]


def test_typical_files_validate_and_have_the_features_of_real_files() -> None:
    files = [typical_file(seed) for seed in range(200)]
    assert typical_file(7) == typical_file(7)  # seeded
    for data in files[:20]:
        parse_case(data)
    parse_case(scaled_case(10, 30))

    def share(test: Callable[[dict[str, Any]], bool]) -> float:
        return sum(1 for d in files if test(d)) / len(files)

    def across(d: dict[str, Any]) -> bool:
        return any(d["period_start"] < r.isoformat() <= d["period_end"] for r in REFORMS)

    assert 0.1 < share(lambda d: sum("victime" in p["roles"] for p in d["persons"]) > 1) < 0.6
    assert 0.3 < share(lambda d: any("client" in p["roles"] for p in d["persons"])) < 0.9
    for key in ("relationships", "victim_conduct", "findings", "knowledge"):
        assert 0.02 < sum(1 for d in files if d.get(key)) / len(files) < 0.9, key
    assert 0.02 < share(lambda d: any(a.get("attempt") for a in d["acts"])) < 0.8
    assert 0.1 < share(across) < 0.5
    assert 0.3 < share(lambda d: any("coercion" not in a for a in d["acts"])) <= 1  # unknown facts


def test_the_floor_replays_the_facts_of_both_stages_and_fires_the_same_rules() -> None:
    engine = get_engine()
    firings: list[Firing] = []
    engine.runtime.observers.append(firings.extend)
    floor = Floor(engine)
    try:
        for seed in range(5):
            firings.clear()
            with floor:
                engine.classify(parse_case(typical_file(seed)))
            runs = floor.take()
            assert len(runs) >= 2  # the offences (again when facts are read on the qualifications), then the protection
            assert floor.replay(runs) == len(firings)
            assert all(session.facts_text() == "[]" for session in floor.sessions)
    finally:
        engine.runtime.observers.remove(firings.extend)
    assert not engine.runtime.recorders


def test_the_measures_write_every_headline_figure(tmp_path: Path) -> None:
    out = bench_main.run(5, ((2,), (3, 10)), rounds=1, example_rounds=1, cli_runs=0)
    bench_main.write(tmp_path / "results.json", out)
    data = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    for key in HEADLINE:
        assert isinstance(data[key], float) and math.isfinite(data[key]), key
    assert data["cases"] == 5 and data["cases_10k_extrapolated"] is True
