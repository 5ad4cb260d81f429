"""Conditions: the derived three-valued negation, ``inconnu``, the admitted operators, the exclusions shipped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from engine.kernel.errors import RuleFileError
from engine.law.conditions import OPERATORS, NotNegatable, negate
from engine.law.loader import load_offence, load_rulebook
from engine.reasoning.compiler import SESSION_RULE, Compiled, RuleMeta, compile_rulebook
from engine.reasoning.runtime import Runtime

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "rules" / "offences" / "cp_225-5_proxenetisme.yaml"


@pytest.mark.parametrize(
    ("condition", "exclusion"),
    [
        ([{"a": True}], [{"a": False}]),
        ([{"a": True}, {"b": True}], [{"a": False, "b": False}]),
        ([{"a": True, "b": False}], [{"a": False}, {"b": True}]),
        ([{"$or": [{"a": True}, {"b": True}], "c": True}], [{"a": False, "b": False}, {"c": False}]),
        ([{"$and": [{"a": True}, {"b": True}]}], [{"a": False}, {"b": False}]),
        ([{"a": False}, {"a": "inconnu"}], [{"a": True}]),  # "not established": excluded only once true
        ([{"$nex": {"a": 1}}, {"a": False}], [{"a": True}]),
        ([{"a": True, "g": False}, {"a": True, "$nex": {"g": 1}}], [{"a": False}, {"g": True}]),
        ([{"$nex": {"a": 1}}], [{"$ex": {"a": 1}}]),  # excluded once the fact is known, either way
        ([{"$ex": {"a": 1}}], []),  # no known value makes it false
        ([{"$neq": {"a": True}}], [{"a": True}]),
        # absorption: a single false fact excludes, the longer alternatives it implies are left out
        ([{"v": True, "x": True}, {"p": True, "x": True}], [{"v": False, "p": False}, {"x": False}]),
    ],
)
def test_negation(condition: list[dict[str, Any]], exclusion: list[dict[str, Any]]) -> None:
    from engine.law.conditions import expand_unknown

    for alt in condition:
        expand_unknown(alt)
    assert negate(condition) == exclusion


@pytest.mark.parametrize("condition", [[{"$lt": {"a": 1}}], [{"a": 2}], [{"$neq": {"a": 1}}], [{"a": True, "$nex": {"a": 1}}]])
def test_what_cannot_be_negated(condition: list[dict[str, Any]]) -> None:
    with pytest.raises(NotNegatable):
        negate(condition)


def _check_negation_by_enumeration(condition: list[dict[str, Any]], names: list[str]) -> None:
    """Brute force: the exclusion holds exactly when the condition is false for every completion."""
    import itertools

    def holds(pattern: dict[str, Any], state: dict[str, bool | None]) -> bool:
        for key, value in pattern.items():
            if key == "$and":
                ok = all(holds(p, state) for p in value)
            elif key == "$or":
                ok = any(holds(p, state) for p in value)
            elif key in ("$nex", "$ex"):
                ok = all((state[n] is None) == (key == "$nex") for n in value)
            else:
                ok = state[key] is value
            if not ok:
                return False
        return True

    exclusion = negate(condition)
    for values in itertools.product([True, False, None], repeat=len(names)):
        state = dict(zip(names, values, strict=True))
        unknown = [n for n in names if state[n] is None]
        completions = [
            {**state, **dict(zip(unknown, c, strict=True))} for c in itertools.product([True, False, None], repeat=len(unknown))
        ]
        definitely_false = not any(holds(a, s) for a in condition for s in completions)
        assert any(holds(x, state) for x in exclusion) == definitely_false, (condition, state)


def test_derivation_is_exact_on_every_shipped_condition() -> None:
    """For every condition of the rule files, the derived exclusion is 'false whatever the unknown facts turn out to be'."""
    from engine.law.conditions import pattern_facts

    seen: set[str] = set()
    for offence in load_rulebook().offences.values():
        for version in offence.versions:
            conditions = [e.satisfied_when for e in version.elements] + [a.when for a in version.aggravations]
            for condition in conditions:
                names = list(dict.fromkeys(n for alt in condition for n in pattern_facts(alt)))
                if repr(condition) in seen or len(names) > 6:
                    continue
                seen.add(repr(condition))
                _check_negation_by_enumeration(condition, names)
    assert len(seen) > 50


def test_terms_hold_as_the_alternatives_on_every_shipped_condition() -> None:
    """``holds_any(terms_of(c), values)`` (Engine._conduct) is ``any(holds(alt, values) for alt in c)``, on every
    state of the facts of each element condition of the rule files (a fact left out: unknown)."""
    import itertools

    from engine.law.conditions import holds, holds_any, pattern_facts, terms_of

    seen: set[str] = set()
    for offence in load_rulebook().offences.values():
        for version in offence.versions:
            for condition in (e.satisfied_when for e in version.elements):
                names = list(dict.fromkeys(n for alt in condition for n in pattern_facts(alt)))
                if repr(condition) in seen or len(names) > 6:
                    continue
                seen.add(repr(condition))
                terms = terms_of(condition)
                for values in itertools.product([True, False, None, "absent"], repeat=len(names)):
                    state = {n: v for n, v in zip(names, values, strict=True) if v != "absent"}
                    assert holds_any(terms, state) == any(holds(alt, state) for alt in condition), (condition, state)
    assert len(seen) > 50


def _pattern_with(op: str) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """A pattern using the operator, a fact that fires it and one that does not."""
    return {
        "$and": ({"$and": [{"a": True}, {"b": False}]}, {"a": True, "b": False}, {"a": True, "b": True}),
        "$or": ({"$or": [{"a": True}, {"b": True}]}, {"b": True}, {"a": False}),
        "$lt": ({"$lt": {"n": 3}}, {"n": 2}, {"n": 3}),
        "$lte": ({"$lte": {"n": 3}}, {"n": 3}, {"n": 4}),
        "$gt": ({"$gt": {"n": 3}}, {"n": 4}, {"n": 3}),
        "$gte": ({"$gte": {"n": 3}}, {"n": 3}, {"n": 2}),
        "$neq": ({"$neq": {"a": True}}, {"a": False}, {}),  # an unknown fact is not "different"
        "$ex": ({"$ex": {"a": 1}}, {"a": False}, {}),
        "$nex": ({"$nex": {"a": 1}}, {}, {"a": False}),
    }[op]


def test_every_admitted_operator_compiles_and_fires_in_durable_rules() -> None:
    """Each operator of OPERATORS goes through durable-rules: it registers, and fires only when it should."""
    ruleset: dict[str, dict[str, Any]] = {SESSION_RULE: {"all": [{"m": {"t": "session"}}], "run": SESSION_RULE}}
    meta = {SESSION_RULE: RuleMeta("", "", "", "session", "", "+", 0, {})}
    for op in sorted(OPERATORS):
        pattern = _pattern_with(op)[0]
        name = f"probe{op}"
        ruleset[name] = {"all": [{"m": {"$and": [{"t": "probe"}, {"probe": op}, pattern]}}], "run": name}
        meta[name] = RuleMeta(op, "", "", "protection", op, "+", 0, pattern)
    runtime = Runtime(Compiled(ruleset, meta))
    for op in sorted(OPERATORS):
        _, fires, quiet = _pattern_with(op)
        assert [f.meta.offence for f in runtime.run([{"t": "probe", "probe": op, "key": "k", **fires}])] == [op]
        assert runtime.run([{"t": "probe", "probe": op, "key": "k", **quiet}]) == [], op


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    text = SOURCE.read_text(encoding="utf-8")
    assert old in text
    target = tmp_path / "offences" / SOURCE.name
    target.parent.mkdir(exist_ok=True)
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def _line(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_ne_is_refused_with_the_durable_rules_spelling(tmp_path: Path) -> None:
    path = _variant(tmp_path, "- {profit_prostitution: true}", "- {$ne: {profit_prostitution: false}}")
    with pytest.raises(RuleFileError) as err:
        load_offence(path)
    assert "$neq" in str(err.value) and err.value.line == _line(path, "$ne:")


def test_a_condition_without_derivable_negation_names_file_and_line(tmp_path: Path) -> None:
    old = "- {hire_or_pressure: true}\n      - &prostitution_autrui"
    path = _variant(tmp_path, old, old.replace("{hire_or_pressure: true}", "{$lt: {hire_or_pressure: 1}}"))
    with pytest.raises(RuleFileError) as err:
        load_offence(path)
    assert "excluded_when" in str(err.value) and err.value.line == _line(path, "{$lt")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("1}}\n", "1}}\n        excluded_when: []\n", 1), encoding="utf-8")
    load_offence(path)  # an explicit exclusion is enough


def test_inconnu_compiles_as_nex(tmp_path: Path) -> None:
    path = _variant(tmp_path, "- {profit_prostitution: true}", "- {profit_prostitution: inconnu, hire_or_pressure: inconnu}")
    written = load_offence(path)
    other = tmp_path / "b"
    other.mkdir()
    nex = _variant(
        other, "- {profit_prostitution: true}", "- {$and: [{$nex: {profit_prostitution: 1}}, {$nex: {hire_or_pressure: 1}}]}"
    )
    assert written == load_offence(nex)


def test_legiarti_is_validated(tmp_path: Path) -> None:
    first = '  - id: "1994-03-01"\n    valid_from: 1994-03-01'  # the first version's (an attempt text has the same date)
    path = _variant(tmp_path, first, first.replace("    valid_from", "    legiarti: LEGIARTI000043405016\n    valid_from"))
    assert load_offence(path).versions[0].legiarti == "LEGIARTI000043405016"
    path.write_text(path.read_text(encoding="utf-8").replace("LEGIARTI000043405016", "LEGIARTI43405016"))
    with pytest.raises(RuleFileError) as err:
        load_offence(path)
    assert "legiarti" in str(err.value) and err.value.line == _line(path, "legiarti:")


def _written_exclusions() -> dict[tuple[str, str, str], bool]:
    """(offence, version, part) → whether the rule file writes its exclusion explicitly."""
    out: dict[tuple[str, str, str], bool] = {}
    for path in sorted((ROOT / "rules" / "offences").glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        for version in raw["versions"]:
            parts = (version.get("elements") or []) + (version.get("aggravations") or [])
            if "include_aggravations" in version:
                parts += yaml.safe_load((ROOT / "rules" / "shared" / version["include_aggravations"]).read_text(encoding="utf-8"))
            for part in parts:
                out[(raw["id"], str(version["id"]), part["id"])] = "excluded_when" in part or "unless" in part
    return out


def test_every_compiled_exclusion_is_the_derived_negation_unless_written() -> None:
    """The compiled ``-`` rules of each element and aggravation are the derived negation of its
    condition, unless the rule file writes the exclusion; and a written one differs from it
    (otherwise it is a hand-written mirror to remove)."""
    book = load_rulebook()
    compiled = compile_rulebook(book)
    minus: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for meta in sorted(compiled.meta.values(), key=lambda m: m.alternative):
        if meta.polarity == "-" and meta.mode == "consomme":
            minus.setdefault((meta.offence, meta.version, meta.part_id), []).append(meta.pattern)
    written = _written_exclusions()
    mirrors = []
    for offence in book.offences.values():
        for version in offence.versions:
            parts = [(e.id, e.satisfied_when) for e in version.elements] + [(a.id, a.when) for a in version.aggravations]
            for part_id, condition in parts:
                key = (offence.id, version.id, part_id)
                derived = negate(condition)
                if not written[key]:
                    assert minus.get(key, []) == derived, key
                elif sorted(map(repr, minus.get(key, []))) == sorted(map(repr, derived)):
                    mirrors.append(key)
    assert not mirrors, f"exclusions écrites identiques à la négation dérivée (à retirer) : {mirrors}"
