"""A second qualification pass runs again only the situations whose fact changed (``Engine._run``): it rests on each
situation key's firings being those of its own fact, whatever else the run holds. Both are checked here."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import pytest

import engine.api as api
from engine.api import canonical, get_engine, load_case, parse_case
from engine.case.model import Case

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from corpus import typical_file  # noqa: E402

TODAY = dt.date(2026, 1, 1)
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.yaml") if p.name != "expected.yaml")


def _cases(seeds: range) -> list[tuple[str, Case]]:
    return [(p.name, load_case(p)) for p in EXAMPLES] + [(f"typical_file({s})", parse_case(typical_file(s))) for s in seeds]


def _firings(facts: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return sorted((f.rule, f.key) for f in get_engine().runtime.run(facts))


@pytest.mark.parametrize("seeds", [range(20), pytest.param(range(20, 200), marks=pytest.mark.slow)])
def test_each_situation_fires_as_it_does_alone(seeds: range) -> None:
    """All the situations and probes of a case in one run fire what each fires in a run of its own."""
    engine = get_engine()
    for name, case in _cases(seeds):
        situations = engine.situations(canonical(case))
        facts = [s.as_fact() for sit in situations for s in (sit, *sit.probes)]
        assert _firings(facts) == sorted(x for fact in facts for x in _firings([fact])), name


@pytest.mark.parametrize("seeds", [range(20), pytest.param(range(20, 200), marks=pytest.mark.slow)])
def test_a_later_pass_gives_what_running_every_situation_again_gives(seeds: range, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = get_engine()
    cases = _cases(seeds)
    incremental = [engine.classify(case, today=TODAY).model_dump_json() for _, case in cases]
    made = api._Pass
    monkeypatch.setattr(api, "_Pass", lambda grouped, read, outcomes, facts, *rest: made(grouped, read, outcomes, {}, *rest))
    for (name, case), result in zip(cases, incremental, strict=True):  # no fact kept: every situation runs again
        assert engine.classify(case, today=TODAY).model_dump_json() == result, name
