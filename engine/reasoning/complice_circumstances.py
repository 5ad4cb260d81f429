"""The circumstances of a complice's qualification read for him (121-6; rules/participation.yaml).

Those that turn on the principal author's own quality (``personal_circumstances``) and the branches of a combined one
that do (``personal_branches``) are « à établir » for a complice who lacks that quality, with the note; read on him
when he has it himself; « à établir » with the note to examine him as author when he alone has it. His penalty,
nature and prescription are recomputed without them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from engine.case.model import Act, Case, Participation
from engine.kernel.result_model import AggravationOut, Explanation, Qualification
from engine.reasoning.complice_view import Views, relations_of, same
from engine.reasoning.prescription import prescription_for

if TYPE_CHECKING:
    from engine.reasoning.participation import Reading

PERSONAL_NOTE = "circonstance personnelle à l'auteur : sa transmission au complice est à vérifier (jurisprudence non fournie)"
OWN_ONLY = (
    "qualité propre au complice envers la victime (lien déclaré), l'auteur principal ne l'ayant pas : sa prise en "
    "compte pour le complice relève d'une jurisprudence non fournie ; examiner {person} comme auteur (ou coauteur) de "
    "l'infraction, la circonstance se lisant alors sur lui"
)
OWN_QUALITY = "qualité du complice lui-même envers la victime (lien déclaré) : la circonstance est lue sur lui"


def personal_read(
    q: Qualification, r: Reading, case: Case, p: Participation, act: Act, v: Views, today: dt.date
) -> Qualification:
    """The circumstances established on the principal that turn on his own quality (``personal_circumstances``): to
    establish for the complice, with the note, unless he has that quality himself toward the victim (read on him);
    his penalty, nature and prescription without the others (the base, or the other circumstances')."""
    his = relations_of(case, p.person, act.target)
    theirs = same(q, v.quality) if v.quality is not None else None
    on_him = {a.id: a for a in (theirs.aggravations if theirs else [])}
    aggs = [_screened(a, on_him.get(a.id), r, his, p.person) for a in q.aggravations]
    if all(a.status == b.status for a, b in zip(aggs, q.aggravations, strict=True)):
        return q.model_copy(update={"aggravations": aggs})
    penalty = max([q.base_penalty, *(a.penalty for a in aggs if a.status == "established")], key=_weight)
    nature = "crime" if penalty.kind == "reclusion_criminelle" else ("délit" if q.nature == "crime" else q.nature)
    out = q.model_copy(update={"aggravations": aggs, "penalty": penalty, "nature": nature})
    if nature != q.nature and q.prescription is not None:  # a crime by the personal circumstance alone: a délit for him
        out = out.model_copy(update={"prescription": _prescription(case, out, p.person, act, today)})
    return out


def _screened(a: AggravationOut, his_view: AggravationOut | None, r: Reading, his: set[str], person: str) -> AggravationOut:
    """One circumstance established on the principal, read for the complice: a personal one (or a combined one
    established through a personal branch only) to establish, unless he has that quality himself."""
    mine = his_view is not None and his_view.status == "established"
    if a.status != "established" and a.id in r.personal and r.personal[a.id] & his and mine:  # the author lacking it
        return a.model_copy(update={"status": "to_establish", "missing": [*a.missing, OWN_ONLY.format(person=person)]})
    if a.status != "established" or (a.id not in r.personal and a.id not in r.branches):
        return a
    if a.id in r.personal:
        if mine and r.personal[a.id] & his:
            return a.model_copy(update={"missing": [*a.missing, OWN_QUALITY]})
        return _to_establish(a)
    branches = r.branches[a.id]
    if not _cited(a.explanation) & branches.keys():
        return a  # established through a branch on the act
    if his_view is not None and his_view.status == "established":
        personal = _cited(his_view.explanation) & branches.keys()
        if all(branches[f] & his for f in personal):
            return his_view.model_copy(update={"missing": [*his_view.missing, OWN_QUALITY]}) if personal else his_view
    return _to_establish(a)


def _to_establish(a: AggravationOut) -> AggravationOut:
    return a.model_copy(update={"status": "to_establish", "missing": [*a.missing, PERSONAL_NOTE]})


def _cited(node: Explanation | None) -> set[str]:
    """The facts found true under a circumstance's explanation (the branch it is established through)."""
    if node is None:
        return set()
    return {f.fact for f in node.facts if f.value is True} | {x for c in node.children for x in _cited(c)}


def _prescription(case: Case, q: Qualification, person: str, act: Act, today: dt.date) -> Any:
    """The complice's prescription, his nature and circumstances, on the act he took part in."""
    return prescription_for(
        case,
        q.article,
        q.nature,
        q.victim,
        _fact(q.explanation, "victim_minor"),
        [a.article for a in q.aggravations if a.status == "established"],
        q.period_end or act.end_date or act.date,
        [a.article for a in q.aggravations if a.status == "to_establish"],
        perpetrator=person,
        as_of=today,
    )


def _fact(node: Explanation, name: str) -> bool | None:
    for f in node.facts:
        if f.fact == name:
            return f.value
    return next((v for c in node.children if (v := _fact(c, name)) is not None), None)


def _weight(p: Any) -> tuple[int, int, int]:
    return (1 if p.life else 0, p.prison_years or 0, p.fine_eur or 0)
