"""Which articles read a field of the case: « Pourquoi cette question ? » under each question of the entry form.

A case field feeds facts of rules/facts.yaml: those whose ``reading:`` names it (declared there), and those
derived in engine/reasoning/situations.py whose value changes when the field alone changes in a small probe
case (an adult and a minor, one act of each nature between them). A field that changes nothing alone is
probed once more beside each other field of its own item (a partner's relationship counts only with authority
over the victim). A fact is read by every element and circumstance whose conditions name it, in every version
of every offence of the rule book; the facts of the protection stage (rules/protection/facts.yaml) likewise
by the flags and rights whose alternatives name them. Nothing here is written by hand: a condition added to a
rule file, or a reading to facts.yaml, shows at the next start.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel

from engine.case.model import Act, ActKind, Case, Knowledge, Person, Relationship
from engine.law.conditions import pattern_facts
from engine.law.loader import RuleBook
from engine.law.rule_model import Pattern
from engine.law.vocabulary import Vocabulary, vocabulary
from engine.reasoning.protection_facts import person_subjects
from engine.reasoning.situations import derived_values

FieldKey = tuple[str, str]  # (case-model class name, field): ("Act", "coercion")
MODELS: dict[str, type[BaseModel]] = {m.__name__: m for m in (Case, Person, Act, Relationship, Knowledge)}
NOT_PROBED = {  # identifiers, dates, links and free text: no question of fact
    "Case": {"id", "title", "narrative", "period_start", "period_end", "persons", "acts", "relationships", "knowledge"},
    "Person": {"id", "name", "roles", "birth_date", "age", "age_min", "age_max", "age_reference_date", "arrival_in_france"},
    "Act": {"id", "actor", "target", "kind", "date", "end_date", "attempt", "same_facts_as", "co_actors", "description"},
    "Relationship": {"person", "other"},
    "Knowledge": {"person", "about"},
}
PROBE_DATE = dt.date(2020, 6, 1)


@dataclass(frozen=True)
class FactUse:
    """One element or circumstance of one version of an offence whose conditions read ``fact``."""

    offence: str  # offence id
    article: str  # the article as that version numbers it
    valid_from: dt.date  # the version's dates (narrowed to the circumstance's own, if it has them)
    valid_to: dt.date | None
    part: Literal["element", "aggravation"]
    part_article: str  # the element's or circumstance's own article (« 225-4-2 I 1° »)
    label: str
    fact: str


@dataclass(frozen=True)
class ProtectionUse:
    """A flag or right of the protection stage whose conditions read a stage-2 fact fed by the field."""

    rule: str  # protection rule id
    category: Literal["flag", "right"]
    label: str
    refs: tuple[str, ...]  # the texts it cites (« CESEDA, art. L425-4 »)


def _probe_values(annotation: Any) -> list[Any]:
    """The values a field is set to in a probe: oui and non for a three-valued fact, each member of a choice."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and args:
        if args == [bool]:
            return [True, False]
        if args == [int]:
            return [1, 9]
        return _probe_values(args[0])
    if typing.get_origin(annotation) is list and args and isinstance(args[0], type) and issubclass(args[0], enum.Enum):
        return [[member] for member in args[0]]
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return list(annotation)
    return []


Feed = tuple[FieldKey, str, frozenset[ActKind]]  # (field, fact, the natures of act on which the field feeds it)
EVERY_KIND = frozenset(ActKind)


def _declared(vocab: Vocabulary) -> Iterator[Feed]:
    """(field, fact, natures) for each field a fact's ``reading:`` names (an act field on the natures it lists)."""
    for name, fact in vocab.facts.items():
        raw = fact.reading or {}
        if "relation" in raw:
            yield ("Relationship", str(raw["relation"])), name, EVERY_KIND
        elif "person" in raw:
            if "causes" in raw:
                yield ("Person", "vulnerability_causes"), name, EVERY_KIND
                yield ("Person", "particular_vulnerability"), name, EVERY_KIND
            else:
                yield ("Person", str(raw["field"])), name, EVERY_KIND
        else:
            items = raw.get("fields") or ([{"field": raw["field"], "acts": raw.get("acts")}] if "field" in raw else [])
            for item in items:
                kinds = frozenset(ActKind(k) for k in item["acts"]) if item.get("acts") else EVERY_KIND
                yield ("Act", str(item["field"])), name, kinds


def _base(kind: ActKind) -> Case:
    return Case.model_validate(
        {
            "id": "sonde",
            "persons": [
                {"id": "p", "roles": ["mis_en_cause"], "birth_date": "1970-01-01"},
                {"id": "v", "roles": ["victime"], "birth_date": "2008-01-01"},
            ],
            "acts": [{"id": "a1", "actor": "p", "target": "v", "kind": kind.value, "date": PROBE_DATE.isoformat()}],
        }
    )


def _changed(case: Case, model_name: str, updates: dict[str, Any], who: str = "v") -> Case:
    """The probe case with ``updates`` applied to its item of ``model_name`` (``who``: the person changed)."""
    if model_name == "Case":
        return case.model_copy(update=updates)
    if model_name == "Act":
        return case.model_copy(update={"acts": [case.acts[0].model_copy(update=updates)]})
    if model_name == "Person":
        person = case.person(who)
        others = [p for p in case.persons if p is not person]
        return case.model_copy(update={"persons": [person.model_copy(update=updates), *others]})
    entry = MODELS[model_name].model_validate({**_pair_keys(model_name), **updates})
    return case.model_copy(update={"relationships" if model_name == "Relationship" else "knowledge": [entry]})


def _fields(model_name: str) -> Iterator[tuple[str, list[Any]]]:
    """(field, probe values) for each question of fact of a model."""
    for field, info in MODELS[model_name].model_fields.items():
        if field not in NOT_PROBED[model_name]:
            values = _probe_values(info.annotation)
            if values:
                yield field, values


def question_fields(model_name: str) -> tuple[str, ...]:
    """The questions of fact of a case-model class (its fields but identifiers, dates, links and free text)."""
    return tuple(field for field, _ in _fields(model_name))


def _variants(case: Case, keys: Iterable[FieldKey] | None = None) -> Iterator[tuple[FieldKey, Case, Case]]:
    """(field, case before, case with that field changed), for every field (or those of ``keys``) and probe
    value; a field of a person is changed on the victim and on the perpetrator in turn."""
    wanted = set(keys) if keys is not None else None
    for model_name in MODELS:
        for field, values in _fields(model_name):
            if wanted is not None and (model_name, field) not in wanted:
                continue
            for value in values:
                for who in ("v", "p") if model_name == "Person" else ("v",):
                    yield (model_name, field), case, _changed(case, model_name, {field: value}, who)


def _paired(case: Case, silent: Iterable[FieldKey]) -> Iterator[tuple[FieldKey, Case, Case]]:
    """For a field that changes nothing alone: (field, case with another field of the same item set, the same
    case with the silent field changed too), for every other field and every pair of probe values."""
    by_model: dict[str, list[str]] = {}
    for model_name, field in silent:
        by_model.setdefault(model_name, []).append(field)
    for model_name, fields in by_model.items():
        own = dict(_fields(model_name))
        for other, other_values in own.items():
            for other_value in other_values:
                for who in ("v", "p") if model_name == "Person" else ("v",):
                    before = _changed(case, model_name, {other: other_value}, who)
                    for field in (f for f in fields if f != other):
                        for value in own.get(field, []):
                            after = _changed(case, model_name, {other: other_value, field: value}, who)
                            yield (model_name, field), before, after


def _pair_keys(model_name: str) -> dict[str, str]:
    return {"person": "p", "other": "v"} if model_name == "Relationship" else {"person": "p", "about": "v"}


def _differences(variants: Iterable[tuple[FieldKey, Case, Case]]) -> Iterator[tuple[FieldKey, str]]:
    seen: dict[int, tuple[Case, dict[str, bool | None]]] = {}  # the facts of each case before (often shared)
    for key, before, after in variants:
        kept = seen.get(id(before))
        if kept is None or kept[0] is not before:
            kept = seen[id(before)] = (before, derived_values(before, "p", "v"))
        new = derived_values(after, "p", "v")
        yield from ((key, fact) for fact, value in new.items() if value != kept[1][fact])


def _probed(silent: Iterable[FieldKey] = ()) -> Iterator[Feed]:
    """(field, fact, {nature}) for each derived fact whose value changes with that field alone, on an act of that
    nature; then, for the ``silent`` fields, with that field beside another of its item."""
    pending = list(silent)
    for kind in ActKind:
        case = _base(kind)
        for key, fact in _differences(_paired(case, pending) if pending else _variants(case)):
            yield key, fact, frozenset({kind})


def _stage_two(case: Case) -> dict[tuple[str, str], bool | None]:
    return {(s.key, name): value for s in person_subjects(case, [], []) for name, value in s.values.items()}


def protection_facts_of_fields() -> dict[FieldKey, set[str]]:
    """Case field → the stage-2 facts (rules/protection/facts.yaml) it feeds on its own, from the probe case."""
    case = _base(ActKind.RECRUIT)
    found: dict[FieldKey, set[str]] = {}
    for key, before, after in _variants(case):
        old, new = _stage_two(before), _stage_two(after)
        for (_, name), value in new.items():
            if value != old.get((_, name)):
                found.setdefault(key, set()).add(name)
    return found


def _feeds(vocab: Vocabulary | None = None) -> list[Feed]:
    """Every (field, fact, natures): declared, probed alone, then a silent pair field probed beside another."""
    found = [*_declared(vocab or vocabulary()), *_probed()]
    fed = {key for key, _, _ in found}
    silent = [
        (model_name, field)
        for model_name in ("Relationship", "Knowledge")
        for field, _ in _fields(model_name)
        if (model_name, field) not in fed
    ]
    return [*found, *_probed(silent)]


def _by_field(feeds: Iterable[Feed]) -> dict[FieldKey, set[str]]:
    found: dict[FieldKey, set[str]] = {}
    for key, fact, _ in feeds:
        found.setdefault(key, set()).add(fact)
    return found


def field_facts(vocab: Vocabulary | None = None) -> dict[FieldKey, set[str]]:
    """Case field → the facts of rules/facts.yaml it feeds (alone, or beside another field of its item)."""
    return _by_field(_feeds(vocab))


def act_kinds_read(feeds: Iterable[Feed], read: set[str]) -> dict[str, frozenset[ActKind]]:
    """Act field → the natures of act on which it feeds a fact in ``read`` (those an element, a circumstance or
    a protection rule reads): on an act of another nature, no rule reads it."""
    found: dict[str, set[ActKind]] = {}
    for (model_name, field), fact, kinds in feeds:
        if model_name == "Act" and fact in read:
            found.setdefault(field, set()).update(kinds)
    return {field: frozenset(kinds) for field, kinds in found.items()}


def _reads(conditions: Iterable[Pattern] | None) -> set[str]:
    return {fact for pattern in conditions or [] for fact in pattern_facts(pattern)}


def fact_readers(book: RuleBook) -> dict[str, list[FactUse]]:
    """Fact → every element and circumstance whose conditions (satisfied, excluded, when, unless) read it."""
    found: dict[str, list[FactUse]] = {}
    for offence in book.offences.values():
        for v in offence.versions:
            article = offence.article_of(v)
            for e in v.elements:
                for fact in _reads([*e.satisfied_when, *(e.excluded_when or [])]):
                    use = FactUse(offence.id, article, v.valid_from, v.valid_to, "element", e.article, e.label, fact)
                    found.setdefault(fact, []).append(use)
            for a in v.aggravations:
                start = max(v.valid_from, a.valid_from) if a.valid_from else v.valid_from
                end = min(d for d in (v.valid_to, a.valid_to) if d) if (v.valid_to or a.valid_to) else None
                for fact in _reads([*a.when, *(a.unless or [])]):
                    found.setdefault(fact, []).append(
                        FactUse(offence.id, article, start, end, "aggravation", a.article, a.label, fact)
                    )
    return found


@dataclass(frozen=True)
class FieldUses:
    """For each case field, the elements and circumstances that read it (through the facts it feeds)."""

    by_field: dict[FieldKey, tuple[FactUse, ...]]
    protection: dict[FieldKey, tuple[ProtectionUse, ...]] = dataclasses.field(default_factory=dict)
    act_kinds: dict[str, frozenset[ActKind]] = dataclasses.field(default_factory=dict)  # act_kinds_read

    def of(self, model: str, field: str) -> tuple[FactUse, ...]:
        return self.by_field.get((model, field), ())

    def read(self, model: str, field: str) -> bool:
        """Whether an element, a circumstance or a protection rule reads the field (on some nature of act)."""
        return bool(self.of(model, field) or self.protection_of(model, field))

    def act_fields(self, kind: ActKind) -> tuple[str, ...]:
        """The act fields some rule reads on an act of this nature, in the case model's order."""
        return tuple(field for field in question_fields("Act") if kind in self.act_kinds.get(field, ()))

    def protection_of(self, model: str, field: str) -> tuple[ProtectionUse, ...]:
        return self.protection.get((model, field), ())


def protection_readers(book: RuleBook) -> dict[str, list[ProtectionUse]]:
    """Stage-2 fact → every flag and right whose alternatives read it."""
    found: dict[str, list[ProtectionUse]] = {}
    for rule in book.protection.values():
        use = ProtectionUse(rule.id, rule.category, rule.label, tuple(dict.fromkeys(c.ref for c in rule.sources)))
        for fact in dict.fromkeys(f for alt in rule.alternatives for f in alt.facts_read()):
            found.setdefault(fact, []).append(use)
    return found


def field_uses(book: RuleBook, vocab: Vocabulary | None = None) -> FieldUses:
    """Every case field's readers in ``book``, ordered by offence (as the book lists them), version, then part."""
    readers = fact_readers(book)
    order = {offence: i for i, offence in enumerate(book.offences)}
    out: dict[FieldKey, tuple[FactUse, ...]] = {}
    feeds = _feeds(vocab)
    for key, facts in _by_field(feeds).items():
        uses = {u for fact in facts for u in readers.get(fact, [])}
        unique = {(u.offence, u.valid_from, u.part, u.part_article, u.label): u for u in uses}  # one line per part
        out[key] = tuple(sorted(unique.values(), key=lambda u: (order[u.offence], u.valid_from, u.part, u.part_article, u.label)))
    rules = protection_readers(book)
    order = {rule: i for i, rule in enumerate(book.protection)}
    protection = {
        key: tuple(sorted({u for fact in facts for u in rules.get(fact, [])}, key=lambda u: order[u.rule]))
        for key, facts in protection_facts_of_fields().items()
    }
    protection = {key: uses for key, uses in protection.items() if uses}
    act_kinds = act_kinds_read(feeds, set(readers))
    act_kinds.update({field: EVERY_KIND for model_name, field in protection if model_name == "Act"})  # probed on one nature
    return FieldUses(out, protection, act_kinds)
