"""durable-rules registers at most 4,096 rules in one ruleset: the compiled rules are split into shards
(engine/reasoning/compiler.py ``partition``), each with its own session (engine/reasoning/runtime.py).

The limit is checked on durable-rules itself; a rule book over it compiles into shards that durable-rules
accepts, each offence's rules in one; the real rule book in small shards gives exactly the results of the
fewest shards, and the session tests (nothing left behind, failures, collisions, threads) pass with several shards.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import test_concurrency as concurrency_tests
import test_session as session_tests

import engine.api as api
from engine.api import Engine, canonical, get_engine, load_case
from engine.law.loader import RuleBook
from engine.reasoning import compiler
from engine.reasoning.compiler import (
    DURABLE_MAX_RULES,
    MAX_RULES_PER_RULESET,
    SESSION_RULE,
    Compiled,
    RuleMeta,
    compile_rulebook,
    partition,
)
from engine.reasoning.durable_session import DurableError, Session
from engine.reasoning.runtime import Runtime

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.yaml") if p.name != "expected.yaml")
TODAY = dt.date(2026, 1, 1)
SMALL = 700  # rules per shard: the real rule book (about 4,100 rules) in seven shards
COPY = "~bis"


def _group(meta: RuleMeta) -> str:
    return "protection" if meta.part == "protection" else meta.offence


def _check_shards(compiled: Compiled, limit: int) -> None:
    """Each shard within the limit, with the session rule; every rule in a shard; each group in one shard."""
    assert all(len(shard) <= limit and SESSION_RULE in shard for shard in compiled.shards)
    assert {name for shard in compiled.shards for name in shard} == set(compiled.ruleset)
    home: dict[str, int] = {}
    for i, shard in enumerate(compiled.shards):
        for name in shard:
            if name != SESSION_RULE:
                assert home.setdefault(_group(compiled.meta[name]), i) == i, name
        order = list(compiled.ruleset)
        assert list(shard) == sorted(shard, key=order.index)  # compile order kept
    assert [json.loads(text).keys() for text in compiled.definitions] == [dict.fromkeys(s).keys() for s in compiled.shards]


def _padded(definition: str, n: int) -> str:
    """The real rules, and renamed copies of them, up to ``n`` rules."""
    rules = json.loads(definition)
    names = [name for name in rules if name != SESSION_RULE]
    i = 0
    while len(rules) < n:
        rules[f"copie{i}#{names[i % len(names)]}"] = rules[names[i % len(names)]]
        i += 1
    return json.dumps(rules, ensure_ascii=False)


def test_durable_rules_refuses_the_rule_after_4096_whatever_its_size() -> None:
    """rete.c: ``MAX_ACTIONS 4096``, error 106 (ERR_RULE_LIMIT_EXCEEDED) on the next rule — with our small
    rules (one situation, one test) as with our largest (the joins of an offence's elements)."""
    definition = get_engine().compiled.definitions[0]  # one shard of the real rules, padded with copies of them
    assert len(json.loads(definition)) < DURABLE_MAX_RULES
    with Runtime.lock:
        Session("limite-4096", _padded(definition, DURABLE_MAX_RULES))
        with pytest.raises(DurableError, match="error code: 106"):
            Session("limite-4097", _padded(definition, DURABLE_MAX_RULES + 1))
    assert MAX_RULES_PER_RULESET < DURABLE_MAX_RULES


def _meta(offence: str, part: compiler.Part = "element") -> RuleMeta:
    return RuleMeta(offence, "v", "consomme", part, "e", "+", 0, {})


def test_partition_keeps_each_group_whole_in_compile_order() -> None:
    meta = {f"{o}#{k}": _meta(o) for o, n in (("a", 3), ("b", 4), ("c", 2), ("d", 1)) for k in range(n)}
    meta |= {f"p#{k}": _meta("p", "protection") for k in range(2)} | {SESSION_RULE: _meta("", "session")}
    shards = partition(meta, 6)
    # a (3) and c (2) fill the first shard (5 + the session rule); b (4) and d (1) the second; the protection third
    assert [[name.split("#")[0] for name in shard if name != SESSION_RULE] for shard in shards] == [
        ["a"] * 3 + ["c"] * 2,
        ["b"] * 4 + ["d"],
        ["p"] * 2,
    ]
    assert all(shard[-1] == SESSION_RULE for shard in shards)
    assert partition(meta) == (tuple(meta),)  # all in one when they fit
    with pytest.raises(ValueError, match="« b » compte 4 règles"):
        partition(meta, 4)


@pytest.fixture(scope="module")
def doubled() -> tuple[RuleBook, Compiled]:
    """The real rule book and a copy of each of its offences: about twice the rules one ruleset admits."""
    book = get_engine().book
    offences = dict(book.offences)
    for o in book.offences.values():
        offences[o.id + COPY] = o.model_copy(update={"id": o.id + COPY})
    big = dataclasses.replace(book, offences=offences)
    return big, compile_rulebook(big)


def test_a_rule_book_over_the_limit_compiles_into_shards_durable_rules_accepts(doubled: tuple[RuleBook, Compiled]) -> None:
    _, compiled = doubled
    assert len(compiled.ruleset) > DURABLE_MAX_RULES
    assert len(compiled.shards) >= 2
    _check_shards(compiled, MAX_RULES_PER_RULESET)
    protection = {i for i, shard in enumerate(compiled.shards) for n in shard if compiled.meta[n].part == "protection"}
    assert len(protection) == 1
    # stage-1 facts go to the shards of offences, stage-2 facts to the shard of the protection rules only
    assert compiled.shards_reading("situation") == tuple(
        i for i, shard in enumerate(compiled.shards) if any(compiled.meta[n].part == "element" for n in shard)
    )
    assert compiled.shards_reading("personne") == tuple(protection)
    assert compiled.shards_reading("rien") == ()


def test_offences_in_two_shards_fire_as_in_one(doubled: tuple[RuleBook, Compiled]) -> None:
    """Each copy fires in its shard exactly as its offence does in the engine's one ruleset."""
    _, compiled = doubled
    runtime = Runtime(compiled)
    engine = get_engine()
    for path in EXAMPLES[:6]:
        situations = engine.situations(canonical(load_case(path)))
        facts = [s.as_fact() for s in situations] + [p.as_fact() for s in situations for p in s.probes]
        alone = sorted((f.rule, f.key) for f in engine.runtime.run(facts))
        both = [{**f, **{k + COPY: v for k, v in f.items() if k.startswith("v_")}} for f in facts]
        fired = runtime.run(both)
        assert runtime.fact_count() == 0
        mine = sorted((f.rule, f.key) for f in fired if COPY not in f.meta.offence)
        copies = sorted((f.rule.replace(COPY, "", 1), f.key) for f in fired if COPY in f.meta.offence)
        assert alone, path.name
        assert mine == alone, path.name
        assert copies == alone, path.name


@pytest.fixture(scope="module")
def sharded() -> Engine:
    """The real rule book in six shards of at most :data:`SMALL` rules."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(compiler, "MAX_RULES_PER_RULESET", SMALL)
        built = Engine(get_engine().book)
    assert len(built.compiled.shards) >= 3
    _check_shards(built.compiled, SMALL)
    return built


def test_the_rule_book_in_more_shards_gives_the_same_results(sharded: Engine) -> None:
    one = get_engine()  # at MAX_RULES_PER_RULESET: the fewest shards the rules fit in
    assert len(one.compiled.shards) < len(sharded.compiled.shards)
    for path in EXAMPLES:
        case = load_case(path)
        assert sharded.classify(case, today=TODAY).model_dump_json() == one.classify(case, today=TODAY).model_dump_json(), path
        assert sharded.runtime.fact_count() == 0


@pytest.fixture
def as_the_engine(sharded: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    """get_engine() gives the sharded engine."""
    monkeypatch.setattr(api, "_engine", sharded)
    yield sharded


def test_session_tests_pass_with_several_shards(as_the_engine: Engine) -> None:
    assert get_engine() is as_the_engine
    session_tests.test_a_long_run_leaves_no_fact_between_cases()
    session_tests.test_a_large_case_runs_again_and_again_in_the_one_session()


@pytest.mark.parametrize("error", [ValueError("panne simulée"), session_tests._Interrupt()], ids=["exception", "interruption"])
def test_a_failing_action_leaves_every_shard_clean(as_the_engine: Engine, monkeypatch: pytest.MonkeyPatch, error: Any) -> None:
    session_tests.test_a_run_failing_inside_an_action_leaves_the_session_clean(monkeypatch, error)


def test_a_collision_leaves_every_shard_clean(as_the_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    session_tests.test_a_collision_all_the_same_raises_a_french_engine_failure(monkeypatch)


def test_runs_from_threads_are_serialised_with_several_shards(as_the_engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    concurrency_tests.test_runtime_run_from_eight_threads_is_serialised(monkeypatch)
