"""One durable-rules session per engine: no run ever sees another's facts, and nothing is left behind.

Each case's reference result is computed alone, on a freshly created durable-rules state (what the engine
did per case before the session was reused); the same cases then run in random orders and interleaved
sequences in the reused session and must give exactly the same results.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import _valid, cases

from engine.api import canonical, get_engine, load_case, parse_case
from engine.reasoning import runtime as runtime_module
from engine.reasoning.compiler import RuleMeta
from engine.reasoning.durable_session import MAX_FACTS, fnv1a32
from engine.reasoning.runtime import EngineFailure, Runtime

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from corpus import large_case, typical_case  # noqa: E402

_ALONE: dict[str, str] = {}


def _result(data: dict[str, Any]) -> str:
    return get_engine().classify(parse_case(data)).model_dump_json()


def _alone(data: dict[str, Any]) -> str:
    """The case's result in a fresh durable-rules state, computed once."""
    key = json.dumps(data, sort_keys=True)
    if key not in _ALONE:
        get_engine().runtime.renew_session()
        _ALONE[key] = _result(data)
    return _ALONE[key]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(cases(), min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_interleaved_cases_give_the_results_they_give_alone(pool: list[dict[str, Any]], rnd: random.Random) -> None:
    pool = [{**c, "id": f"prop{i}"} for i, c in enumerate(pool) if _valid(c)]
    if not pool:
        return
    expected = [_alone(c) for c in pool]
    order = [rnd.randrange(len(pool)) for _ in range(3 * len(pool))]  # repeats, in any order
    for i in order:
        assert _result(pool[i]) == expected[i]
        assert get_engine().runtime.fact_count() == 0


def test_a_long_run_leaves_no_fact_between_cases() -> None:
    runtime = get_engine().runtime
    assert runtime.run([{"t": "rien", "key": "k"}]) == []  # a fact no rule reads is not stored
    for seed in range(150):
        get_engine().classify(parse_case(typical_case(seed)))
        assert runtime.fact_count() == 0, seed


class _Interrupt(BaseException):
    """Not an Exception: goes through every ``except Exception`` (like KeyboardInterrupt)."""


@pytest.mark.parametrize("error", [ValueError("panne simulée"), _Interrupt()], ids=["exception", "interruption"])
def test_a_run_failing_inside_an_action_leaves_the_session_clean(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    case = load_case(ROOT / "examples" / "mineure_16_ans_reseau.yaml")
    expected = _alone(case.model_dump(mode="json"))
    fire = Runtime._fire
    calls = 0

    def failing(self: Runtime, run: Any, message: str, shard: int) -> None:
        nonlocal calls
        calls += 1
        if calls == 5:
            raise error
        fire(self, run, message, shard)

    monkeypatch.setattr(Runtime, "_fire", failing)
    with pytest.raises(EngineFailure if isinstance(error, Exception) else _Interrupt):
        get_engine().classify(case)
    monkeypatch.undo()
    runtime = get_engine().runtime
    assert runtime.fact_count() == 0
    assert all(session.dispatching is None for session in runtime._sessions)
    assert get_engine().classify(case).model_dump_json() == expected


def test_fact_ids_never_collide_in_durable_rules() -> None:
    """durable-rules keys a fact by the FNV-1a hash of its id: the ids of a run, 0 … MAX_FACTS - 1, all differ."""
    assert len({fnv1a32(str(n)) for n in range(MAX_FACTS)}) == MAX_FACTS
    assert fnv1a32("40189") == fnv1a32(str(MAX_FACTS))  # the first collision, just past the bound


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text(), st.text())
def test_an_el_fact_is_written_as_its_dict_would_be(offence: str, part: str, key: str) -> None:
    """The el facts the actions derive are written without a dict: the same text as the dict's, whatever the key
    (quotes, backslashes, accents, controls) — what bench/floor.py replays stays the same."""
    meta = RuleMeta(offence, "v1", "consomme", "element", part, "+", 0, {})
    by_dict, by_text = runtime_module._Run(1), runtime_module._Run(1)
    by_dict.text({"t": "x"})
    by_text.text({"t": "x"})
    rule = f"{offence}@v1@consomme"
    expected = by_dict.text({"t": "el", "rule": rule, "e": part, "key": key})
    assert by_text.el_text(runtime_module._el_middle(meta), key) == expected
    assert json.loads(expected)["key"] == key and by_text.keys == by_dict.keys


def test_a_collision_all_the_same_raises_a_french_engine_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two ids of the same hash (impossible with the run's own ids): refused in French, the session left clean."""
    same_hash = {'"id": "0"': '"id": "40189"', '"id": "1"': '"id": "797186"'}
    text = runtime_module._Run.text

    def colliding(self: Any, fact: dict[str, Any]) -> str:
        out = text(self, fact)  # {"id": "0", …
        return "{" + same_hash[out[1:10]] + out[10:] if out[1:10] in same_hash else out

    monkeypatch.setattr(runtime_module._Run, "text", colliding)
    engine = get_engine()
    situations = engine.situations(canonical(load_case(ROOT / "examples" / "mineure_16_ans_reseau.yaml")))
    facts = [s.as_fact() for s in situations][:2]
    assert len(facts) == 2
    with pytest.raises(EngineFailure, match="confondu deux faits distincts"):
        get_engine().runtime.run(facts)
    assert get_engine().runtime.fact_count() == 0


def _again_and_again(data: dict[str, Any], times: int) -> None:
    case = parse_case(data)
    first = get_engine().classify(case).model_dump_json()
    for _ in range(times):
        assert get_engine().classify(case).model_dump_json() == first
        assert get_engine().runtime.fact_count() == 0


def test_a_large_case_runs_again_and_again_in_the_one_session() -> None:
    """The random session ids made a 1,000-act case crash in about 0.3 % of runs; the ids now make it impossible."""
    _again_and_again(large_case(3, acts=300), 3)


@pytest.mark.slow
def test_a_thousand_act_case_runs_many_times_without_a_crash() -> None:
    _again_and_again(large_case(5, acts=1000), 10)
