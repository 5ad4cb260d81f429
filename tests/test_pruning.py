"""A pruned engine (``qualif classify FILE``: only the rules the case can fire are registered, engine/reasoning/
pruning.py) gives the same results as the whole rule book, on every example, practical case and a seeded corpus."""

from __future__ import annotations

import copy
import datetime as dt
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.api import Engine, get_engine, load_case, parse_case
from engine.case.model import Case
from engine.training.cases import load_training_cases

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from corpus import typical_file  # noqa: E402

TODAY = dt.date(2026, 1, 1)
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.yaml") if p.name != "expected.yaml")


def _pruned_engine(full: Engine) -> Engine:
    """The full engine's rule book and tables, with no rule registered yet, as ``Engine(prune=True)`` builds it."""
    engine = copy.copy(full)
    engine._runtime, engine._pruned, engine._runtime_lock = None, None, threading.Lock()
    return engine


def _same(case: Case, name: str) -> int:
    """Classify ``case`` with a pruned engine and with the full one; the rules the pruned engine registered."""
    full = get_engine()
    engine = _pruned_engine(full)
    pruned = engine.classify(case, today=TODAY)
    assert engine._pruned is not None and engine._runtime is None, name  # its first case: the pruned rules only
    runtime = engine._pruned[1]
    try:
        assert runtime.fact_count() == 0, name
        registered = len(runtime._meta)
    finally:
        runtime.close()
    assert pruned.model_dump_json() == full.classify(case, today=TODAY).model_dump_json(), name
    return registered


def _cases() -> Iterator[tuple[str, Case]]:
    for path in EXAMPLES:
        yield path.name, load_case(path)
    for name, tc in sorted(load_training_cases(get_engine().book).items()):
        yield name, tc.case


def test_pruned_engine_gives_the_full_results_on_examples_and_practical_cases() -> None:
    counts = [_same(case, name) for name, case in _cases()]
    assert len(counts) >= len(EXAMPLES) + 20
    assert max(counts) < len(get_engine().compiled.meta)  # some rules were left out of every case


def test_an_act_of_unknown_payment_keeps_the_recours_rules() -> None:
    """« Paiement inconnu, relations sexuelles, personne prostituée » names no act by its first fact (225-12-1, 611-1):
    the pruned engine keeps those offences' rules, and gives the full engine's 225-12-1 « à établir »."""
    data = {
        "id": "recours",
        "persons": [
            {"id": "m", "roles": ["victime"], "birth_date": "2000-01-01", "in_prostitution": True},
            {"id": "c", "roles": ["mis_en_cause"], "birth_date": "1960-01-01"},
        ],
        "acts": [{"id": "a1", "actor": "c", "target": "m", "kind": "acte_sexuel_sans_penetration", "date": "2016-04-20"}],
        "knowledge": [{"person": "c", "about": "m", "knew_minor": True}],
    }
    _same(parse_case(data), "paiement inconnu")
    articles = {q.article: q.status for q in get_engine().classify(parse_case(data), today=TODAY).qualifications}
    assert articles["225-12-1 al. 2"] == "to_establish"


@pytest.mark.parametrize("seeds", [range(0, 20), pytest.param(range(20, 200), marks=pytest.mark.slow)])
def test_pruned_engine_gives_the_full_results_on_typical_files(seeds: range) -> None:
    for seed in seeds:
        _same(parse_case(typical_file(seed)), f"typical_file({seed})")


def test_a_case_the_pruned_rules_do_not_cover_registers_the_whole_rule_book() -> None:
    """Pruned on a client case, the next case (a hotel tolerating prostitution) runs in the whole rule book's sessions."""
    full = get_engine()
    engine = _pruned_engine(full)
    first, second = (load_case(ROOT / "examples" / name) for name in ("client_majeure.yaml", "hotel_tolerance.yaml"))
    engine.classify(first, today=TODAY)
    assert engine._pruned is not None
    offences = {m.offence for m in engine._pruned[1]._meta.values()}
    assert "etablissement_225_10" not in offences
    assert any(m.part == "protection" for m in engine._pruned[1]._meta.values())  # the protection stage is whole
    try:
        assert engine.classify(second, today=TODAY).model_dump_json() == full.classify(second, today=TODAY).model_dump_json()
        assert engine._runtime is not None and engine._runtime is not full.runtime
        assert engine._runtime.fact_count() == 0
    finally:
        engine._pruned[1].close()
        if engine._runtime is not None:
            engine._runtime.close()


def test_only_the_modes_and_versions_of_the_case_are_registered() -> None:
    """Of the offences a case concerns, the rules of the versions and modes its situation facts name only: a case of
    consummated acts registers no attempt rule, and an offence of several versions only the versions chosen."""
    full = get_engine()
    engine = _pruned_engine(full)
    case = load_case(ROOT / "examples" / "mineure_16_ans_reseau.yaml")
    engine.classify(case, today=TODAY)
    assert engine._pruned is not None
    scope, runtime = engine._pruned
    try:
        kept = list(runtime._meta.values())
        assert scope.modes == {"consomme"} and all(m.mode != "tentative" for m in kept)
        several = [o for o in scope.offences if len(full.book.offences[o].versions) > 1]
        assert several, "the example concerns an offence of several versions"
        for o in several:
            versions = {m.version for m in kept if m.offence == o}
            assert versions <= scope.versions[o] and versions < {v.id for v in full.book.offences[o].versions}
        always = ("protection", "note", "session")
        whole = [m for m in full.compiled.meta.values() if m.offence in scope.offences or m.part in always]
        assert len(kept) < len(whole)
    finally:
        runtime.close()


def test_a_case_in_another_mode_registers_the_whole_rule_book() -> None:
    """Pruned on a consummated case, an attempt of the same offences is not within its scope: the whole rule book."""
    full = get_engine()
    engine = _pruned_engine(full)
    names = ("mineure_16_ans_reseau.yaml", "tentative_recrutement_15_ans.yaml")
    first, second = (load_case(ROOT / "examples" / name) for name in names)
    engine.classify(first, today=TODAY)
    assert engine._pruned is not None
    try:
        assert engine.classify(second, today=TODAY).model_dump_json() == full.classify(second, today=TODAY).model_dump_json()
        assert engine._runtime is not None
    finally:
        engine._pruned[1].close()
        if engine._runtime is not None:
            engine._runtime.close()
