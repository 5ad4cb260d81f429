"""The rules one case can fire: registering only those makes a one-case process (``qualif classify FILE``) start fast.

Registering a rule in durable-rules costs about 40 µs, and a session's first state grows with the rules; a case
usually concerns a few offences of the rule book. Every rule of an offence but those of its defining act joins on the
``el`` fact that act's ``+`` rules derive (engine/reasoning/compiler.py), and every alternative of a defining act
requires the fact naming the act to be true (``Engine.act_facts``). So an offence none of whose acts is true in any
situation or probe of the case fires nothing its qualification could read (engine/reasoning/analysis.py ``qualify``:
no qualification without its defining act), except:

- an offence assessed without its act (``assess_without_act``: elements not joined, read by the principal's path to
  a more protective offence) — always kept;
- an offence whose act a fact read on the qualifications may set (engine/reasoning/derived.py) — kept when it is
  one of them;
- the offences an offence formerly was or that were formerly it (their firings hand over a tier) — kept with it.

Of a kept offence, only the rules of the modes and versions the situations (and their probes) are run in: every rule
of an offence is guarded by its mode and, when the offence has several versions, by the version the situation fact
names (``v_<offence>``, engine/reasoning/compiler.py ``_guard``); those are chosen before any rule runs
(``Engine.situations``) and never change between passes, and the ``el`` facts a rule joins come from rules of the same
offence, version and mode. A later case is run in these rules only when its :class:`Scope` is within theirs.

The protection rules and the session rule are always kept. Each shard keeps its rules in their order, so the facts
are asserted and the actions run in the order the whole rule book gives them. Tests compare every example, practical
case and a corpus with the whole rule book (tests/test_pruning.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from engine.law.rule_model import Offence
from engine.reasoning.compiler import Compiled, RuleMeta
from engine.reasoning.rules_cache import Rules, rule_reads, rule_text, with_definitions
from engine.reasoning.situations import Situation


@dataclass(frozen=True)
class Scope:
    """What the rules of a case must cover: the offences that may fire, the modes its situations are run in and, for
    each offence of several versions, the versions its situation facts name."""

    offences: frozenset[str]
    modes: frozenset[str]
    versions: Mapping[str, frozenset[str]]

    def within(self, other: Scope) -> bool:
        """Whether the rules kept for ``other`` hold every rule this scope may fire."""
        return (
            self.offences <= other.offences
            and self.modes <= other.modes
            and all(v <= other.versions.get(o, v) for o, v in self.versions.items() if o in self.offences)
        )

    def keeps(self, m: RuleMeta) -> bool:
        """Whether a compiled rule may fire in this scope (the protection rules and the session rule always)."""
        return m.part in ("protection", "note", "session") or self.runs(m.offence, m.version, m.mode)

    def runs(self, offence: str, version: str, mode: str) -> bool:
        """Whether the rules of this offence's version and mode may fire in this scope."""
        versions = self.versions.get(offence)
        return offence in self.offences and mode in self.modes and (versions is None or version in versions)


def concerned(
    offences: Iterable[Offence],
    by_act: Mapping[str, Sequence[Offence]],
    related: Mapping[str, Sequence[Offence]],
    derived: Iterable[str],
    situations: Iterable[Situation],
    unknown_acts: Mapping[str, Sequence[tuple[tuple[str, ...], tuple[str, ...]]]] | None = None,
) -> Scope:
    """The offences whose rules may fire on these situations, and the modes and versions they run in (see the
    module's docstring). ``unknown_acts``: offence id → its defining act's alternatives that require a fact unknown
    (``Engine.unknown_acts``: the facts they require true, those unknown), kept when all they require true is true
    somewhere (« paiement inconnu, relations sexuelles » names no act by its first fact)."""
    true = set(derived)  # a fact read on the qualifications may become true on a later pass
    modes: set[str] = set()
    versions: dict[str, set[str]] = {}
    for sit in situations:
        for s in (sit, *sit.probes):
            true.update(name for name, value in s.values.items() if value is True)
            modes.add(s.mode)
            for offence, version in s.versions.items():
                versions.setdefault(offence, set()).add(version)
    kept = {o.id for act in true & by_act.keys() for o in by_act[act]}
    kept.update(o.id for o in offences if o.assess_without_act)
    kept.update(oid for oid, alts in (unknown_acts or {}).items() if any(true.issuperset(t) for t, _ in alts))
    ids = frozenset(x.id for oid in kept for x in related[oid])
    return Scope(ids, frozenset(modes), {o: frozenset(v) for o, v in versions.items()})


def pruned(compiled: Compiled, scope: Scope) -> Compiled:
    """The compiled rules of this scope, the protection rules and the session rule, in their shards and order;
    a shard left with the session rule alone is dropped (the first is kept when all are)."""
    keep = {name for name, m in compiled.meta.items() if scope.keeps(m)}
    shards = [tuple(n for n in shard if n in keep) for shard in compiled.shards]
    shards = [s for s in shards if any(compiled.meta[n].part != "session" for n in s)] or shards[:1]
    kept = {n for shard in shards for n in shard}
    names = [name for name in compiled.ruleset if name in kept]
    ruleset = Rules({name: rule_text(compiled.ruleset, name) for name in names}, rule_reads(compiled.ruleset, names))
    return with_definitions(ruleset, {name: compiled.meta[name] for name in names}, tuple(shards))
