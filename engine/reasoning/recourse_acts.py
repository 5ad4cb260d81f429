"""The acts of recourse to prostitution of a client and a victim, and the victim's age on each of them.

« Lorsque cette personne est mineure » (C. pén. 225-12-1 al. 2; 227-26 4° before 05/03/2002): the minority is read
at the date of the act of recourse — the paid relations, or the sexual relations whose remuneration is to establish —
never on another act of the pair (112-1). An act of uncertain date (``date`` to ``end_date``) across a birthday
leaves the age to establish there (unknown is not false).
"""

from __future__ import annotations

import datetime as dt

from engine.case.ages import age_range_over, below_ages
from engine.case.dates import entered
from engine.case.model import Act, Case
from engine.kernel.tri import tri_any
from engine.reasoning import case_memo
from engine.reasoning.evidence import Evidence
from engine.reasoning.situations import Situation, act_days, age_basis, age_evidence, each_act

_READ = frozenset({"paid_for_sex", "sexual_relations"})
RANK = {True: 0, None: 1, False: 2}  # the acts that may be of a minor before those that cannot


def _below(case: Case, person: str, act: Act, limit: int) -> bool | None:
    """Younger than ``limit`` on every day the act may have been committed (three-valued)."""
    return below_ages(age_range_over(case_memo.bounds(case).get(person), act.date, act.end_date or act.date), limit)


def last_day(act: Act) -> dt.date:
    """The act's last possible day."""
    return act.end_date or act.date


def recourse_acts(case: Case, sits: list[Situation], paid: bool) -> list[Act]:
    """The acts of ``sits`` that are recourse to prostitution: paid relations (``paid``), else sexual relations whose
    remuneration is unknown — each once, in the order of the case."""
    seen: dict[str, Act] = {}
    for sit in sits:
        for act, values in each_act(case, sit, _READ):
            pay = values.get("paid_for_sex")
            if (pay is True) if paid else (pay is None and values.get("sexual_relations") is True):
                seen.setdefault(act.id, act)
    return list(seen.values())


def minority(case: Case, victim: str, acts: list[Act]) -> bool | None:
    """Whether the victim was a minor at one of ``acts`` (three-valued, None without acts)."""
    return tri_any(_below(case, victim, a, 18) for a in acts) if acts else None


def concerned(case: Case, victim: str, acts: list[Act]) -> list[Act]:
    """Those of ``acts`` that the flag reads: the acts committed while the victim was a minor, else those where her
    minority is to establish, else all (she was an adult at each: nothing of a minor to prosecute)."""
    if not acts:
        return []
    ranked = {a.id: RANK[_below(case, victim, a, 18)] for a in acts}
    best = min(ranked.values())
    return [a for a in acts if ranked[a.id] == best]


def under_15(case: Case, victim: str, acts: list[Act]) -> list[Act]:
    """Those of ``acts`` committed while the victim was certainly under fifteen: the heaviest tier of the flag, read
    under the law of their own days (112-1), not of a later act of the pair at fifteen or more."""
    return [a for a in acts if _below(case, victim, a, 15) is True]


def ages(case: Case, victim: str, acts: list[Act]) -> dict[str, tuple[bool | None, list[Evidence]]]:
    """``client_mineur`` and ``client_moins_15`` read on ``acts``, with the evidence a situation gives its ages: the
    first three acts that meet the age, or what the age is read from when none can; an act of uncertain date across
    the threshold is cited over its days."""
    basis = age_basis(case.person(victim))
    out: dict[str, tuple[bool | None, list[Evidence]]] = {}
    for name, limit in (("client_mineur", 18), ("client_moins_15", 15)):
        read = [(a, _below(case, victim, a, limit)) for a in acts]
        value = tri_any(v for _, v in read)
        if value is True:
            evidence = [age_evidence(a.id, a.date, basis) for a, v in read if v][:3]
        elif value is False:
            evidence = [Evidence(victim, basis)]
        else:
            evidence = [Evidence(a.id, f"acte {a.id} {act_days(a)} : {basis}") for a, v in read if v is None and _spans(a)][:3]
        out[name] = value, evidence
    return out


def client_adult(case: Case, client: str, acts: list[Act]) -> tuple[bool | None, list[Evidence]]:
    """The client's majority on ``acts`` (« par un majeur », 227-25, 222-23-1…: his age on the day of each act): true
    when he was an adult at one of them, false when a minor at each, else unknown (an act across his eighteenth
    birthday, his age unknown); the evidence cites the acts his age is read on."""
    basis = age_basis(case.person(client))
    read = [(a, _below(case, client, a, 18)) for a in acts]
    value = tri_any(None if minor is None else not minor for _, minor in read)
    if value is None:
        return None, [Evidence(a.id, f"acte {a.id} {act_days(a)} : {basis}") for a, v in read if v is None and _spans(a)][:3]
    wanted = not value  # the acts where he was a minor (false), else those where he was an adult (true)
    return value, [age_evidence(a.id, a.date, basis) for a, minor in read if minor is wanted][:3]


def client_minor_at_one(case: Case, client: str, acts: list[Act]) -> tuple[bool | None, list[Evidence]]:
    """Whether the client was a minor at one of ``acts`` (true: at least one; false: an adult at each; else unknown),
    the evidence citing those acts: his responsibility for them follows the rules for minors (122-8)."""
    basis = age_basis(case.person(client))
    read = [(a, _below(case, client, a, 18)) for a in acts]
    value = tri_any(minor for _, minor in read)
    return value, [age_evidence(a.id, a.date, basis) for a, minor in read if minor is True][:3] if value else []


def _spans(act: Act) -> bool:
    """Whether the act is dated from one day to another (not a month or a year read as such)."""
    return entered(act.end_date) not in (None, act.date)


