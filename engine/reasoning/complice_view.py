"""What a complice's qualification is read on (121-6, 121-7): the principal author's act he took part in, alone.

The author's qualification of the whole pair (procuring over months, several acts) is not the complice's: he is
complice of the act he aided, provoked or gave instructions for (his ``participation.act``) and of the acts stated to
be the same facts as it (``same_facts_as``). Three views of the case, each the case with the author's other acts
toward that victim left out:

- ``author``: the fait principal on that act — its period, defining acts and circumstances; a continuing act from
  the date of the participation when it falls inside it (his part only);
- ``own``: the same, with the author's knowledge of the victim's age replaced by the complice's own (Knowledge with
  person = complice; none stated: unknown) — the offence file's reading of knowledge, applied to him;
- ``quality``: ``own`` with the author's relationships to the victim replaced by the complice's (none: left out), to
  read on him a circumstance personal to the author (ascendant, authority…) that he has himself, and the branches on
  the act of a combined circumstance.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from engine.case.links import same_facts
from engine.case.model import Act, Case, Participation
from engine.kernel.result_model import EvidenceOut, Explanation, FactOut, Qualification

Qualify = Callable[[Case], list[Qualification]]


@dataclass(frozen=True)
class Views:
    author: list[Qualification]
    own: list[Qualification]
    quality: list[Qualification] | None  # None: neither the complice nor the author has a relationship stated toward the victim


def views(case: Case, p: Participation, act: Act, quals: list[Qualification], qualify: Qualify) -> Views:
    group = same_facts(case.acts).get(act.id, frozenset({act.id}))
    acts = [_from_aid(a, p) for a in case.acts if (a.actor, a.target) != (act.actor, act.target) or a.id in group]
    ids = {a.id for a in acts}
    alone = case.model_copy(update={"acts": acts, "participation": [x for x in case.participation if x.act in ids]})
    author = quals if acts == case.acts else qualify(alone)
    mine = [k for k in case.knowledge if (k.person, k.about) == (p.person, act.target)]
    theirs = [k for k in case.knowledge if (k.person, k.about) == (act.actor, act.target)]
    knowledge = [k for k in case.knowledge if k not in theirs] + [k.model_copy(update={"person": act.actor}) for k in mine]
    seen = alone.model_copy(update={"knowledge": knowledge})
    own = author if not mine and not theirs else qualify(seen)
    related = [r for r in case.relationships if (r.person, r.other) == (p.person, act.target)]
    if not related and not any((r.person, r.other) == (act.actor, act.target) for r in case.relationships):
        return Views(author, own, None)
    relationships = [r for r in case.relationships if (r.person, r.other) != (act.actor, act.target)]
    relationships += [r.model_copy(update={"person": act.actor}) for r in related]
    return Views(author, own, qualify(seen.model_copy(update={"relationships": relationships})))


def _from_aid(a: Act, p: Participation) -> Act:
    """The act on the complice's part only: a continuing act (``end_date``) from the date of his participation when
    it falls inside it — an aid given once does not make him answer for the months before it (ages, circumstances)."""
    if a.id != p.act or p.date is None or a.end_date is None or not a.date < p.date <= a.end_date:
        return a
    return a.model_copy(update={"date": p.date})


def same(q: Qualification, quals: list[Qualification]) -> Qualification | None:
    """``q``'s counterpart in another view (same offence, persons, mode and period)."""
    key = (q.offence, q.perpetrator, q.victim, q.mode, q.period_start, q.participation)
    return next((x for x in quals if (x.offence, x.perpetrator, x.victim, x.mode, x.period_start, x.participation) == key), None)


def relations_of(case: Case, person: str, victim: str) -> set[str]:
    """The relationship fields stated « oui » from ``person`` toward ``victim``."""
    out: set[str] = set()
    for r in case.relationships:
        if (r.person, r.other) == (person, victim):
            out |= {name for name, value in r.model_dump().items() if value is True}
    return out


def as_complice(q: Qualification, actor: str, person: str) -> Qualification:
    """``q`` of the ``own`` view worded as the complice's: the facts read on his statement of knowledge (moved to the
    author's name to be read) name him and cite his statement, and so do the reasons they give."""
    ref = f"connaissance:{actor}>{q.victim}"

    def fact(f: FactOut) -> FactOut:
        if not any(e.ref == ref for e in f.evidence):
            return f
        said = [EvidenceOut(ref=f"connaissance:{person}>{q.victim}", text=his(e.text, actor, person)) for e in f.evidence]
        return f.model_copy(update={"sentence": his(f.sentence, actor, person), "evidence": said})

    def node(n: Explanation) -> Explanation:
        return n.model_copy(update={"facts": [fact(f) for f in n.facts], "children": [node(c) for c in n.children]})

    return q.model_copy(update={"explanation": node(q.explanation)})


def his(text: str, actor: str, person: str) -> str:
    """A sentence on ``actor``'s knowledge said of ``person``."""
    if text.startswith(f"{actor} "):
        text = person + text[len(actor) :]
    return text.replace(f"connaissance de l'âge par {actor}", f"connaissance de l'âge par {person}")
