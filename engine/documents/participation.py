"""The participations of a case (complicity, C. pén. 121-7) in the notes' statement of facts: who took part in
whose act, in which form, on which facts. Persons are named by the note (by name, or by pseudonym: the
pseudonymiser then rewrites every cell, the description included)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from engine.case.labels import ACT_LABELS
from engine.case.model import Act, Participation
from engine.documents.document import Block, Heading, Table
from engine.reasoning.participation import reading

TRI_FR = {True: "oui", False: "non", None: "inconnu"}
FACTS = tuple(name for name, f in Participation.model_fields.items() if f.annotation == (bool | None))  # the model's


def _fact_label(name: str) -> str:
    """A participation fact in words: rules/participation.yaml's label, else the model's title."""
    return str(reading().facts.get(name, {}).get("label") or Participation.model_fields[name].title or name)


def mine(participation: Iterable[Participation], acts: Iterable[Act], victims: set[str]) -> list[Participation]:
    """For a note on some victims: the participations in acts toward them."""
    targets = {a.id: a.target for a in acts}
    return [p for p in participation if targets.get(p.act) in victims]


def _act(act: Act | None, ref: str, who: Callable[[str], str]) -> str:
    if act is None:
        return ref
    return f"{act.date:%d/%m/%Y} — {ACT_LABELS.get(act.kind, act.kind.value)} — {who(act.actor)} → {who(act.target)}"


def participation_blocks(participation: Iterable[Participation], acts: Iterable[Act], who: Callable[[str], str]) -> list[Block]:
    items = list(participation)
    if not items:
        return []
    r, by_id = reading(), {a.id: a for a in acts}
    rows = []
    for p in items:
        form = r.forms[p.kind.value]
        facts = [f"le {p.date:%d/%m/%Y}"] if p.date else []
        facts += ["moyens : " + ", ".join(r.means.get(m.value, m.value) for m in p.means)] if p.means else []
        facts += [f"{_fact_label(name)} : {TRI_FR[getattr(p, name)]}" for name in FACTS if getattr(p, name) is not None]
        unknown = [_fact_label(name) for name in FACTS if getattr(p, name) is None]
        facts += [f"inconnu : {', '.join(unknown)}"] if unknown else []
        rows.append((who(p.person), _act(by_id.get(p.act), p.act, who), f"{form.label} ({form.article})", " ; ".join(facts),
                     p.description or ""))  # fmt: skip
    header = ("Complice", "Acte de l'auteur principal", "Forme (C. pén., art. 121-7)", "Faits", "Description")
    return [Heading("Complicité et participation", 2), Table(header, tuple(rows), (2, 3.5, 2.5, 4, 3))]
