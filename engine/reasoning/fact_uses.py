"""Which articles read a field of the case: « Pourquoi cette question ? » under each question of the entry form.

A case field feeds facts of rules/facts.yaml: those whose ``reading:`` names it (declared there), and those
derived in engine/reasoning/situations.py whose value changes when the field alone changes in a small probe
case (an adult and a minor, one act of each nature between them). A fact is read by every element and
circumstance whose conditions name it, in every version of every offence of the rule book. Nothing here is
written by hand: a condition added to a rule file, or a reading to facts.yaml, shows at the next start.
"""

from __future__ import annotations

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


def _declared(vocab: Vocabulary) -> Iterator[tuple[FieldKey, str]]:
    """(field, fact) for each field a fact's ``reading:`` names."""
    for name, fact in vocab.facts.items():
        raw = fact.reading or {}
        if "relation" in raw:
            yield ("Relationship", str(raw["relation"])), name
        elif "person" in raw:
            if "causes" in raw:
                yield ("Person", "vulnerability_causes"), name
                yield ("Person", "particular_vulnerability"), name
            else:
                yield ("Person", str(raw["field"])), name
        else:
            items = raw.get("fields") or ([{"field": raw["field"]}] if "field" in raw else [])
            for item in items:
                yield ("Act", str(item["field"])), name


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


def _variants(case: Case) -> Iterator[tuple[FieldKey, Case]]:
    """The probe case with one field changed, for every field and every probe value."""
    act, victim, perp = case.acts[0], case.person("v"), case.person("p")
    for model_name, model in MODELS.items():
        for field, info in model.model_fields.items():
            if field in NOT_PROBED[model_name]:
                continue
            for value in _probe_values(info.annotation):
                key = (model_name, field)
                if model_name == "Case":
                    yield key, case.model_copy(update={field: value})
                elif model_name == "Act":
                    yield key, case.model_copy(update={"acts": [act.model_copy(update={field: value})]})
                elif model_name == "Person":
                    for who in (victim, perp):
                        others = [p for p in case.persons if p is not who]
                        yield key, case.model_copy(update={"persons": [who.model_copy(update={field: value}), *others]})
                else:
                    entry = model.model_validate({**_pair_keys(model_name), field: value})
                    name = "relationships" if model_name == "Relationship" else "knowledge"
                    yield key, case.model_copy(update={name: [entry]})


def _pair_keys(model_name: str) -> dict[str, str]:
    return {"person": "p", "other": "v"} if model_name == "Relationship" else {"person": "p", "about": "v"}


def _probed() -> Iterator[tuple[FieldKey, str]]:
    """(field, fact) for each derived fact whose value changes with that field alone, for some nature of act."""
    for kind in ActKind:
        case = _base(kind)
        before = derived_values(case, "p", "v")
        for key, changed in _variants(case):
            after = derived_values(changed, "p", "v")
            for fact, value in after.items():
                if value != before[fact]:
                    yield key, fact


def field_facts(vocab: Vocabulary | None = None) -> dict[FieldKey, set[str]]:
    """Case field → the facts of rules/facts.yaml it feeds."""
    found: dict[FieldKey, set[str]] = {}
    for key, fact in [*_declared(vocab or vocabulary()), *_probed()]:
        found.setdefault(key, set()).add(fact)
    return found


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

    def of(self, model: str, field: str) -> tuple[FactUse, ...]:
        return self.by_field.get((model, field), ())


def field_uses(book: RuleBook, vocab: Vocabulary | None = None) -> FieldUses:
    """Every case field's readers in ``book``, ordered by offence (as the book lists them), version, then part."""
    readers = fact_readers(book)
    order = {offence: i for i, offence in enumerate(book.offences)}
    out: dict[FieldKey, tuple[FactUse, ...]] = {}
    for key, facts in field_facts(vocab).items():
        uses = {u for fact in facts for u in readers.get(fact, [])}
        unique = {(u.offence, u.valid_from, u.part, u.part_article, u.label): u for u in uses}  # one line per part
        out[key] = tuple(sorted(unique.values(), key=lambda u: (order[u.offence], u.valid_from, u.part, u.part_article, u.label)))
    return FieldUses(out)
