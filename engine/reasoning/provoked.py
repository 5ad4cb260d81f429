"""« Provoquer directement un mineur à commettre un crime ou un délit » (227-21) through a participation by provocation
(121-7 al. 2) in the minor's act: read on the minor's own qualifications of that act (``from_qualifications:
{provoked: [crime, délit]}`` in rules/facts.yaml), not on the act's nature. An act that is no proven crime or délit
is no provocation to one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from engine.case.ages import below, birth_bounds
from engine.case.model import ActKind, Case, ParticipationKind
from engine.kernel.result_model import Explanation, Qualification
from engine.reasoning.evidence import Evidence, Result
from engine.reasoning.participation import rests_on
from engine.reasoning.readings import NOT_ENOUGH
from engine.reasoning.situations import Situation

if TYPE_CHECKING:
    from engine.reasoning.derived import Reading

FORCED = ActKind("contraindre_a_commettre_infraction")
_SAID = {"established": "établie", "to_establish": "à établir"}


def provoked_offence(r: Reading, sit: Situation, quals: list[Qualification], case: Case | None) -> Result:
    """« oui » when the perpetrator provoked (121-7 al. 2, not stated without knowledge) an act of the victim that
    carries an established qualification of the victim (as author) of nature ``r.provoked``; unknown when one is only
    to establish; « non » when each provoked act is no crime or délit of the victim. « oui » when the pair has the act
    « contraindre à commettre une infraction » or no such participation (the provocation is then the act or a
    finding, whose words say a crime or délit)."""
    acts = {a.id: a for a in case.acts} if case else {}
    forced = [a for a in acts.values() if (a.actor, a.target) == (sit.perpetrator, sit.victim) and a.kind is FORCED]
    parts = [
        p
        for p in (case.participation if case else [])
        if p.person == sit.perpetrator
        and p.kind in _INCITED
        and p.knowingly is not False
        and acts[p.act].actor == sit.victim
        and p.act in sit.provoked
    ]
    if forced or not parts:  # the act « contraindre à commettre une infraction » (or a finding) names the offence
        said = "acte « contraindre à commettre une infraction »" if forced else "provocation sans participation"
        ref = forced[0].id if forced else f"provocation:{sit.perpetrator}>{sit.victim}"
        return True, [Evidence(ref, f"infraction provoquée ({said})")]
    found: dict[str, list[Evidence]] = {"established": [], "to_establish": []}
    for p in parts:
        act = acts[p.act]
        mode = "tentative" if act.attempt else "consomme"
        for q in quals:
            if (q.perpetrator, q.mode, q.participation) != (act.actor, mode, None) or q.nature not in r.provoked:
                continue
            if q.status in found and rests_on(q, act.id):
                found[q.status].append(
                    Evidence(
                        p.act,
                        f"acte {p.act} de {sit.victim} provoqué par {sit.perpetrator} (121-7 al. 2) : {q.article} "
                        f"({q.label}, {q.nature}) {_SAID[q.status]}",
                    )
                )
    if found["established"]:
        return True, found["established"]
    if found["to_establish"]:
        return None, found["to_establish"]
    none = f"aucun acte de {sit.victim} provoqué par {sit.perpetrator} (121-7 al. 2) n'est pour {sit.victim} un crime ou un délit"
    return False, [Evidence(f"participation:{sit.perpetrator}>{sit.victim}", none)]


_INCITED = (ParticipationKind.PROVOCATION, ParticipationKind.INSTRUCTIONS)


def provoked_acts(case: Case, pid: str, quals: list[Qualification]) -> list[Evidence]:
    """The acts ``pid`` committed while a minor (or of unknown age) that another provoked or gave instructions for
    (121-7 al. 2, not stated without knowledge) and that are an offence of his (established or to establish): an
    offence of a minor provoked to it, for the non-punishment flag (227-21; CNCDH 2021, §24) — never omitted."""
    bounds = birth_bounds(case.person(pid), case.age_reference())
    own = [q for q in quals if q.perpetrator == pid and q.participation is None and q.status != "excluded"]
    out = []
    for p in case.participation:
        act = next(a for a in case.acts if a.id == p.act)
        if act.actor != pid or p.kind not in _INCITED or p.knowingly is False or below(bounds, act.date, 18) is False:
            continue
        if any(rests_on(q, act.id) for q in own):
            out.append(Evidence(act.id, f"acte {act.id} de {pid}, mineur : {p.kind.value} de {p.person} (121-7 al. 2)"))
    return out


def instructions_only(quals: list[Qualification]) -> list[Qualification]:
    """A provocation (``provoke_offence``) alleged only by instructions given to the minor (121-7 al. 2 distinguishes
    them): never established on them — « à établir », with the note saying what is to establish."""
    return [_to_establish(q) if q.status != "excluded" and _instructed(q.explanation) else q for q in quals]


def _instructed(root: Explanation) -> bool:
    """Whether a node of the tree (the first fact ``provoke_offence`` of a node deciding for it and its children)
    rests the provocation on instructions only."""
    stack = [root]
    while stack:
        node = stack.pop()
        for f in node.facts:
            if f.fact == "provoke_offence" and f.value is True and f.evidence:
                if all(e.text.endswith(NOT_ENOUGH) for e in f.evidence):
                    return True
                break
        else:
            stack.extend(node.children)
    return False


def _to_establish(q: Qualification) -> Qualification:
    return q.model_copy(update={"status": "to_establish", "missing": [*q.missing, NOT_ENOUGH]})
