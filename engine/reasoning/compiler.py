"""Compile the rule book into durable-rules rulesets (one, or several shards when the rules are too many).

Level 1 — on each ``situation`` fact, one rule per alternative of each element and aggravation:
``+`` rules (satisfied) assert an ``el`` fact, ``-`` rules (contradicted) record the exclusion.
All rules but those of the defining act (the first element) join on that act's ``el`` fact.
Level 2 — one rule per offence version and mode joins the ``el`` facts of all its elements on the
same situation key: the offence is established. Every rule name maps to a :class:`RuleMeta`,
which is what the action records as provenance (durable-rules itself keeps none).

Shards: durable-rules registers at most 4,096 rules in one ruleset, so the rules are partitioned
(:func:`partition`) into rulesets of at most :data:`MAX_RULES_PER_RULESET`. All the rules of one offence
(every version and mode: elements, aggravations, the ``#etablie`` join, which read ``el`` facts of that
offence only) stay in one shard; the protection rules stay together; every shard has the session rule.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from engine.law.conditions import pattern_facts
from engine.law.loader import RuleBook
from engine.law.protection_model import Alternative
from engine.law.rule_model import Aggravation, Offence, Pattern, Version

RULESET = "qualif"
Part = Literal["element", "aggravation", "established", "session", "protection", "note"]
SESSION_RULE = "qualif#session"
# durable-rules' C core (rete.c: MAX_ACTIONS 4096, one action node per rule) refuses the 4,097th rule of a
# ruleset with error 106 (ERR_RULE_LIMIT_EXCEEDED), whatever the rules' size (checked by tests/test_shards.py).
DURABLE_MAX_RULES = 4096
MAX_RULES_PER_RULESET = 4000  # the rules of one shard, session rule included: a margin below that limit


@dataclass(frozen=True)
class RuleMeta:
    """What a compiled rule stands for."""

    offence: str
    version: str
    mode: str
    part: Part
    part_id: str
    polarity: Literal["+", "-"]
    alternative: int
    pattern: Pattern = field(hash=False, compare=False)
    facts: tuple[str, ...] = field(init=False, hash=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "facts", tuple(pattern_facts(self.pattern)))


@dataclass(frozen=True)
class Compiled:
    """The compiled rules, their meta and their shards (the rule names of each durable-rules ruleset, in
    compile order; computed by :func:`partition` when not given)."""

    ruleset: Mapping[str, dict[str, Any]]
    meta: dict[str, RuleMeta]
    shards: tuple[tuple[str, ...], ...] = ()

    def __post_init__(self) -> None:
        if not self.shards:
            object.__setattr__(self, "shards", partition(self.meta))

    @cached_property
    def definition(self) -> str:
        """All the rules as JSON, without the action names (``run``): what one ruleset would register."""
        return _definition(self.ruleset, self.ruleset)

    @cached_property
    def definitions(self) -> tuple[str, ...]:
        """Each shard's ruleset as durable-rules registers it (JSON, without the action names)."""
        if len(self.shards) == 1 and list(self.shards[0]) == list(self.ruleset):
            return (self.definition,)
        return tuple(_definition(self.ruleset, names) for names in self.shards)

    @cached_property
    def _readers(self) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
        by_type: dict[str, list[int]] = {}
        any_type: list[int] = []
        known = getattr(self.ruleset, "reads", None)  # each rule's ``read_types``, when its holder has them (rules_cache)
        for i, names in enumerate(self.shards):
            types: set[str] = set()
            for name in names:
                read = known[name] if known is not None else read_types(self.ruleset[name])
                if read is None:
                    any_type.append(i)
                    break
                types |= read
            for t in types:
                by_type.setdefault(t, []).append(i)
        return {t: tuple(v) for t, v in by_type.items()}, tuple(any_type)

    def shards_reading(self, fact_type: object) -> tuple[int, ...]:
        """The shards (indices, in order) with a rule that may read a fact of this type (``t``)."""
        by_type, any_type = self._readers
        found = by_type.get(fact_type, ()) if isinstance(fact_type, str) else ()
        return tuple(sorted({*found, *any_type}))


def _definition(ruleset: Mapping[str, dict[str, Any]], names: Iterable[str]) -> str:
    rules = {name: {k: v for k, v in ruleset[name].items() if k != "run"} for name in names}
    return json.dumps(rules, ensure_ascii=False)


def read_types(rule: dict[str, Any]) -> frozenset[str] | None:
    """The fact types (``t``) a rule's conditions read; ``None`` if a condition does not name its type."""
    conditions = rule.get("all")
    if not isinstance(conditions, list) or not conditions:
        return None
    types: set[str] = set()
    for condition in conditions:
        if not isinstance(condition, dict) or len(condition) != 1:
            return None
        expr = next(iter(condition.values()))
        items = expr.get("$and", [expr]) if isinstance(expr, dict) else None
        if not isinstance(items, list):
            return None
        t = next((item["t"] for item in items if isinstance(item, dict) and "t" in item), None)
        if not isinstance(t, str):
            return None
        types.add(t)
    return frozenset(types)


def _group(meta: RuleMeta) -> str:
    """Rules that must share a ruleset: an offence's (they join on its ``el`` facts), the protection rules."""
    return "#protection" if meta.part in ("protection", "note") else meta.offence


def partition(meta: dict[str, RuleMeta], limit: int | None = None) -> tuple[tuple[str, ...], ...]:
    """The rule names of each shard: groups (:func:`_group`) in compile order, each in the first shard with
    room (at most ``limit`` rules, :data:`MAX_RULES_PER_RULESET` by default, session rules included)."""
    limit = MAX_RULES_PER_RULESET if limit is None else limit
    groups: dict[str, list[str]] = {}
    shared: list[str] = []
    for name, m in meta.items():
        if m.part == "session":
            shared.append(name)
        else:
            groups.setdefault(_group(m), []).append(name)
    room = limit - len(shared)
    shards: list[list[str]] = []
    for group, names in groups.items():
        if len(names) > room:
            raise ValueError(
                f"« {group} » compte {len(names)} règles compilées : plus qu'un ensemble durable-rules n'en admet ({room})."
            )
        target = next((shard for shard in shards if len(shard) + len(names) <= room), None)
        if target is None:
            target = []
            shards.append(target)
        target.extend(names)
    if not shards:
        shards.append([])
    keep = {name: i for i, name in enumerate(meta)}  # a shard's rules in compile order, the session rule where it was
    return tuple(tuple(sorted([*shard, *shared], key=keep.__getitem__)) for shard in shards)


def _guard(offence: Offence, version: Version, mode: str) -> list[Pattern]:
    """The situation, its mode and, for an offence with several versions, the version chosen for it
    by engine/law/versions.py (112-1). A single version needs no guard: the engine applies it only to
    facts of its period, and its firings elsewhere only tell that the act is alleged."""
    guard: list[Pattern] = [{"t": "situation"}, {"mode": mode}]
    if len(offence.versions) > 1:
        guard.append({f"v_{offence.id}": version.id})
    return guard


def dated_by_conduct(offence: Offence) -> bool:
    """A continuing offence with circumstances of their own dates: they are dated on the day its own conduct ends."""
    return offence.continuing and any(a.valid_from or a.valid_to for v in offence.versions for a in v.aggravations)


def day_key(offence: Offence) -> str:
    """The field of the situation fact that dates ``offence``'s circumstances: a continuing offence is judged on the
    day its own conduct ends (``d_<id>``, engine/reasoning/situations.py: only for the offences that need it), which
    may precede the pair's last act (``date``)."""
    return f"d_{offence.id}" if dated_by_conduct(offence) else "date"


def _dated(agg: Aggravation | Alternative, key: str = "date") -> list[Pattern]:
    """A circumstance (or a protection alternative) with its own dates fires only on facts dated within them."""
    out: list[Pattern] = []
    if agg.valid_from:
        out.append({"$gte": {key: int(agg.valid_from.strftime("%Y%m%d"))}})
    if agg.valid_to:
        out.append({"$lte": {key: int(agg.valid_to.strftime("%Y%m%d"))}})
    return out


def _split(pattern: Pattern) -> list[Pattern]:
    """durable-rules wants one key per ``$and`` item, and a flat ``$and``: the items of a nested ``$and`` (several
    unknown facts, ``$nex`` each, engine/law/conditions.py ``expand_unknown``) are lifted into the situation's own.
    Nested, such a ``$nex`` was not tested on the situation fact the rule matched: the rule fired for one pair on
    another pair's absent facts (tests/test_compiler_flat_and.py)."""
    out: list[Pattern] = []
    for k, v in pattern.items():
        if k == "$and":
            for item in v:
                out.extend(_split(item))
        else:
            out.append({k: copy.deepcopy(v)})
    return out


def _signed(plus: list[Pattern], minus: list[Pattern]) -> tuple[tuple[Literal["+", "-"], list[Pattern]], ...]:
    return (("+", plus), ("-", minus))


def _modes(offence: Offence) -> tuple[str, ...]:
    return ("consomme", "tentative") if offence.attempt else ("consomme",)


def compile_rulebook(book: RuleBook) -> Compiled:
    ruleset: dict[str, dict[str, Any]] = {}
    meta: dict[str, RuleMeta] = {}

    def add(name: str, rule: dict[str, Any], info: RuleMeta) -> None:
        rule["run"] = name
        ruleset[name] = rule
        meta[name] = info

    for offence in book.offences.values():
        for version in offence.versions:
            for mode in _modes(offence):
                base = f"{offence.id}@{version.id}@{mode}"
                guard = _guard(offence, version, mode)
                # Relevance: every other rule of the offence joins on its defining act (first element),
                # so nothing fires for a pair that has no act of that nature.
                act_el = version.elements[0].id
                anchor = {"a": {"$and": [{"t": "el"}, {"rule": base}, {"e": act_el}]}}

                def situation(
                    alt: Pattern, joined: bool, guard: list[Pattern] = guard, anchor: Pattern = anchor
                ) -> dict[str, Any]:
                    if not joined:
                        return {"all": [{"m": {"$and": guard + _split(alt)}}]}
                    # the join test comes last: durable-rules pushes every join node it meets on a 64-deep stack
                    return {"all": [anchor, {"m": {"$and": [*guard, *_split(alt), {"key": {"a": "key"}}]}}]}

                for element in version.elements:
                    joined = element.id != act_el and not offence.assess_without_act
                    for sign, alternatives in _signed(element.satisfied_when, element.excluded_when or []):
                        for k, alt in enumerate(alternatives):
                            add(
                                f"{base}#{element.id}{sign}{k}",
                                situation(alt, joined),
                                RuleMeta(offence.id, version.id, mode, "element", element.id, sign, k, alt),
                            )
                for agg in version.aggravations:
                    for sign, alternatives in _signed(agg.when, agg.unless or []):
                        for k, alt in enumerate(alternatives):
                            add(
                                f"{base}#{agg.id}{sign}{k}",
                                situation(alt, True, [*guard, *_dated(agg, day_key(offence))]),
                                RuleMeta(offence.id, version.id, mode, "aggravation", agg.id, sign, k, alt),
                            )
                joins: list[Pattern] = []
                for i, element in enumerate(version.elements):
                    conds: list[Pattern] = [{"t": "el"}, {"rule": base}, {"e": element.id}]
                    if i:
                        conds.append({"key": {"e0": "key"}})
                    joins.append({f"e{i}": {"$and": conds}})
                add(f"{base}#etablie", {"all": joins}, RuleMeta(offence.id, version.id, mode, "established", "", "+", 0, {}))
    for rule in book.protection.values():
        for k, option in enumerate(rule.alternatives):
            add(
                f"{rule.id}#{k}",
                {"all": [{"m": {"$and": [{"t": rule.subject}, *_split(option.when), *_dated(option)]}}]},
                RuleMeta(rule.id, "", "", "protection", rule.kind, "+", k, option.when),
            )
        for k, note in enumerate(rule.notes):  # a sentence added to the text the rule gives the subject
            add(
                f"{rule.id}#note{k}",
                {"all": [{"m": {"$and": [{"t": rule.subject}, *_split(note.when)]}}]},
                RuleMeta(rule.id, "", "", "note", rule.kind, "+", k, note.when),
            )
    # The session's state is created by a first fact that a rule handles, retracted at once
    # (engine/reasoning/durable_session.py; deleting a state no rule ever handled aborts the process).
    add(SESSION_RULE, {"all": [{"m": {"t": "session"}}]}, RuleMeta("", "", "", "session", "", "+", 0, {}))
    return Compiled(ruleset, meta)
