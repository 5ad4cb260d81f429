"""Facts of the protection stage: per person and per client/victim pair, from the case and the qualifications.

Each value is three-valued and carries the evidence it rests on (qualifications, acts, persons),
so that every flag and right is explained like a qualification.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from engine.case.ages import below, birth_bounds
from engine.case.model import Act, ActKind, Case, Role, VictimConductKind
from engine.kernel.result_model import Qualification
from engine.kernel.tri import tri_any
from engine.reasoning.participation import constrained_acts
from engine.reasoning.prescription import listed_706_47
from engine.reasoning.provoked import provoked_acts
from engine.reasoning.recourse_acts import (
    RANK,
    ages,
    client_adult,
    client_minor_at_one,
    concerned,
    last_day,
    minority,
    recourse_acts,
    under_15,
)
from engine.reasoning.situations import Evidence, Situation, minor_on_some_day

_SEXUAL = {ActKind.SEXUAL_PENETRATION, ActKind.SEXUAL_CONTACT, ActKind.PAY_FOR_SEX}  # paid relations are one (rules/facts.yaml)
_SEXUAL_FAMILIES = {"viol_agression_sexuelle", "atteinte_sexuelle_corruption", "images_en_ligne"}


@dataclass
class Subject:
    """One stage-2 fact: a person, or a client and a victim."""

    kind: str
    key: str
    person: str
    values: dict[str, bool | None] = field(default_factory=dict)
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    date: dt.date | None = None  # the law date of its facts (the last act's), read by dated alternatives
    victim: str | None = None  # a client subject's victim

    def set(self, name: str, value: bool | None, evidence: list[Evidence] | None = None) -> None:
        self.values[name] = value
        self.evidence[name] = list(dict.fromkeys(evidence)) if evidence else []  # an act read by several situations: once

    def as_fact(self) -> dict[str, object]:
        fact: dict[str, object] = {"t": self.kind, "key": self.key}
        if self.date is not None:
            fact["date"] = int(self.date.strftime("%Y%m%d"))
        fact.update({k: v for k, v in sorted(self.values.items()) if v is not None})
        return fact


def _q(q: Qualification) -> Evidence:
    return Evidence(f"{q.offence}:{q.perpetrator}", f"{q.label} (art. {q.article}) : {q.status} — auteur {q.perpetrator}")


def _flag(case: Case, pid: str, name: str) -> tuple[bool | None, list[Evidence]]:
    value = getattr(case.person(pid), name)
    return value, [Evidence(pid, f"{pid} : {name} = {'oui' if value else 'non'}")] if value is not None else []


def _parental_authority(case: Case, perp: str, victim: str) -> tuple[bool | None, list[Evidence]]:
    for r in case.relationships:
        if r.person == perp and r.other == victim and r.parental_authority is not None:
            word = "oui" if r.parental_authority else "non"
            return r.parental_authority, [
                Evidence(f"lien:{perp}>{victim}", f"lien {perp} → {victim} : titulaire de l'autorité parentale = {word}")
            ]
    return None, []


def _incest(s: Subject, case: Case, as_victim: list[Situation], mine: list[Qualification]) -> None:
    """C. pén. 222-31-2: rape or sexual assault made incestuous by 222-22-3, on a minor, and the
    perpetrator's parental authority; 'établi' only when the qualification, the 222-22-3 link and the
    minority are all established, 'à établir' otherwise (never dropped for an unknown fact)."""
    certain: list[Qualification] = []
    possible: list[Qualification] = []
    for q in mine:
        if q.family != "viol_agression_sexuelle" or q.mode != "consomme":
            continue
        sits = [x for x in as_victim if x.perpetrator == q.perpetrator]
        incest = tri_any(x.values.get("incestuous_relation") for x in sits)
        minor = tri_any(x.values.get("victim_minor") for x in sits)
        if incest is False or minor is False:
            continue
        if incest is None and _parental_authority(case, q.perpetrator, s.person)[0] is not True:
            continue  # no 222-22-3 link alleged and no parental authority: nothing to flag
        (certain if q.status == "established" and incest and minor else possible).append(q)
    for name, holder, qs in (
        ("inceste_mineur_etabli", "inceste_etabli_titulaire_autorite_parentale", certain),
        ("inceste_mineur_a_etablir", "inceste_a_etablir_titulaire_autorite_parentale", possible),
    ):
        s.set(name, True if qs else None, [_q(q) for q in qs])
        authority = [_parental_authority(case, p, s.person) for p in sorted({q.perpetrator for q in qs})]
        value = tri_any(v for v, _ in authority) if qs else None
        s.set(holder, value, [e for v, ev in authority if v == value for e in ev])


def _provoked(s: Subject, as_victim: list[Situation], incited: list[Evidence]) -> None:
    """A minor provoked to commit a crime or délit (227-21): the act itself (``provoke_offence``) toward the victim
    while she was a minor, whatever the qualification — an adult who wrongly believed the child adult commits no
    227-21 (its intent), the child provoked is still a victim to protect (CNCDH 2021, §24); or an act of his, while
    a minor, that an adult provoked or gave instructions for (``incited``: a participation, 121-7 al. 2)."""
    provoked = [x for x in as_victim if x.values.get("provoke_offence") is True and x.values.get("victim_minor") is True]
    evidence = [e for x in provoked for name in ("provoke_offence", "victim_minor") for e in x.evidence.get(name, [])]
    s.set("victime_provocation_infractions", True if provoked or incited else None, [*evidence[:6], *incited])


def person_subjects(case: Case, situations: list[Situation], quals: list[Qualification]) -> list[Subject]:
    reference = case.age_reference()
    out = []
    for person in case.persons:
        pid = person.id
        s = Subject("personne", pid, pid)
        as_victim = [x for x in situations if x.victim == pid]
        minors = [minor_on_some_day(case, x) for x in as_victim]  # on one day at least (an act of uncertain date)
        minor = tri_any(value for value, _ in minors)
        s.set("victime_mineure", minor, list(dict.fromkeys(e for _, ev in minors for e in ev))[:3])
        mine = [q for q in quals if q.victim == pid and q.status in ("established", "to_establish")]
        exploit = [q for q in mine if q.family in ("traite", "proxenetisme")]
        s.set("victime_exploitation", True if exploit else None, [_q(q) for q in exploit])
        sexual = [q for q in mine if q.family in _SEXUAL_FAMILIES]
        s.set("victime_infraction_sexuelle", True if sexual else None, [_q(q) for q in sexual])
        incited = provoked_acts(case, pid, quals)
        _provoked(s, as_victim, incited)
        recours = [q for q in mine if q.family == "recours_prostitution"]
        s.set("victime_recours", True if recours else None, [_q(q) for q in recours])
        listed = [q for q in mine if listed_706_47(q.article, [a.article for a in q.aggravations if a.status == "established"])]
        s.set("victime_706_47_mineur", True if listed and minor else None, [_q(q) for q in listed])
        _incest(s, case, as_victim, mine)
        prost = tri_any(x.values.get("victim_prostitution") for x in as_victim)
        s.set(
            "prostitution",
            prost if prost is not None else person.in_prostitution,
            list(dict.fromkeys(e for x in as_victim for e in x.evidence.get("victim_prostitution", [])))[:3],
        )
        traite = [q for q in mine if q.family == "traite" and q.status == "established"]
        s.set("traite_etablie", bool(traite) if as_victim else None, [_q(q) for q in traite])
        forced = [
            q
            for q in traite
            if any(x.perpetrator == q.perpetrator and x.values.get("forced_offences_purpose") for x in as_victim)
        ]
        s.set("traite_contrainte_infractions_etablie", True if forced else None, [_q(q) for q in forced])
        for name, attr in (
            ("etrangere", "foreign_national"),
            ("mineur_non_accompagne", "unaccompanied_minor"),
            ("plainte_ou_temoignage", "complaint_or_testimony"),
            ("liens_rompus", "broke_ties"),
            ("parcours_sortie", "exit_programme"),
        ):
            s.set(name, *_flag(case, pid, attr))
        french_or_france = tri_any((case.in_france, None if person.foreign_national is None else not person.foreign_national))
        s.set(
            "faits_en_france_ou_francaise",
            french_or_france,
            [
                Evidence(
                    "in_france",
                    f"dossier : faits commis en France = {case.in_france} ; {pid} étranger(ère) = {person.foreign_national}",
                )
            ],
        )
        offences = [c for c in case.victim_conduct if c.person == pid and c.kind is VictimConductKind.OFFENCE]
        constrained = constrained_acts(case, pid, quals)
        s.set(
            "infraction_commise",
            True if offences or constrained or incited else None,
            [Evidence(c.id, f"infraction {c.id} : {c.description or ''}") for c in offences] + constrained + incited,
        )
        linked = tri_any(tri_any((c.in_context_of_exploitation, c.under_constraint)) for c in offences) if offences else None
        s.set(
            "infraction_liee_exploitation",
            True if constrained else linked,
            [Evidence(c.id, f"infraction {c.id} : contexte d'exploitation ou contrainte") for c in offences] + constrained,
        )
        bounds = birth_bounds(person, reference)
        young = tri_any(below(bounds, c.date, 13) for c in offences if c.date) if offences else None
        s.set("moins_de_13_ans_lors_infraction", young, [])
        images = [
            c
            for c in case.victim_conduct
            if c.person == pid and c.kind in (VictimConductKind.OWN_IMAGES_PRODUCED, VictimConductKind.OWN_IMAGES_SHARED)
        ]
        received = [c for c in case.victim_conduct if c.person == pid and c.kind is VictimConductKind.IMAGES_RECEIVED]
        s.set("images_propres", True if images else None, [Evidence(c.id, f"{c.id} : {c.kind.value}") for c in images])
        for name, items in (("mineure_images_propres", images), ("mineure_images_recues", received)):
            was_minor = tri_any(below(bounds, c.date, 18) for c in items if c.date) if items else None
            s.set(
                name,
                True if items and was_minor else (False if items and was_minor is False else None),
                [Evidence(c.id, f"{c.id} : {c.kind.value}") for c in items],
            )
        out.append(s)
    return out


Pair = tuple[list[Situation], list[Act], bool | None, dt.date]  # situations, acts of recourse read, paid, day of law


def client_pairs(case: Case, situations: list[Situation]) -> dict[tuple[str, str], Pair]:
    """The client/victim pairs, each with its situations, its acts of recourse the flag reads, whether they were paid,
    and the day of law.

    Paid relations (``paid_for_sex``) make a pair (an earlier payment never makes a later unpaid act paid). Sexual
    relations whose remuneration is unknown make one too when the perpetrator is declared a client or the victim
    engages in prostitution (the offence, 225-12-1, reads only the latter): the flag is then to establish, never
    silent. The victim's age is read on those acts alone, never on the pair's others (« lorsque cette personne est
    mineure », 225-12-1 al. 2; 112-1): of each kind, the acts while she was a minor, else those where her minority is
    to establish (:func:`concerned`). The paid ones are read unless the others may be of a minor and they cannot, or
    are as much so and later in a situation of their own (one with a paid act reads that act, as before).
    """
    clients = {p.id for p in case.persons if Role.CLIENT in p.roles}
    by_pair: dict[tuple[str, str], list[Situation]] = {}
    for sit in situations:
        if sit.mode == "consomme":
            by_pair.setdefault((sit.perpetrator, sit.victim), []).append(sit)
    pairs: dict[tuple[str, str], Pair] = {}
    for key, sits in sorted(by_pair.items()):
        suspect = key[0] in clients or any(x.values.get("victim_prostitution") for x in sits)
        paying = [x for x in sits if x.values.get("paid_for_sex")]
        apart = [x for x in sits if x.values.get("paid_for_sex") is None and x.values.get("sexual_relations")]
        paid = _group(case, key[1], paying, True) if paying else None
        unknown = _group(case, key[1], [*apart, *paying], None) if suspect and (apart or paying) else None
        if unknown and not unknown[1] and not apart:
            unknown = None  # no act of unknown remuneration beside the paid ones
        if paid and unknown:
            rank_paid, rank_unknown = _rank(case, key[1], paid), _rank(case, key[1], unknown)
            later = bool(apart) and rank_unknown == rank_paid and unknown[3] > paid[3]
            paid, unknown = (None, unknown) if rank_unknown < rank_paid or later else (paid, None)
        if best := paid or unknown:
            pairs[key] = best
    return pairs


def _rank(case: Case, victim: str, group: Pair) -> int:
    """0 when the victim was a minor at one of the group's acts, 1 when that is to establish, 2 when she was not."""
    sits, acts, _, _ = group
    return RANK[minority(case, victim, acts) if acts else tri_any(x.values.get("victim_minor") for x in sits)]


def _group(case: Case, victim: str, sits: list[Situation], remunerated: bool | None) -> Pair:
    """One kind of acts of recourse (paid, or of unknown remuneration) of a pair: the situations that hold the acts
    read, those acts, and the day of law: the date imposed, else the acts' last day (a paid act's end; an act of unknown
    remuneration, no later than its situation's day: its first when it lasts across a reform, 112-1) — of those under
    fifteen when there are some (the heaviest tier read under the law of its days)."""
    acts = concerned(case, victim, recourse_acts(case, sits, remunerated is True))
    ids = {a.id for a in acts}
    own = [x for x in sits if ids.intersection(x.acts)] or sits
    imposed = [x.law_date for x in own if x.law_date]
    if imposed or not acts:  # the law of a date imposed on every act (``--date``), else the situations' day
        return own, acts, remunerated, max(imposed or [x.date for x in own])
    dated = under_15(case, victim, acts) or acts  # an act under fifteen: the law of its day (not of a later act at 15)
    if remunerated:
        return own, acts, remunerated, max(last_day(a) for a in dated)
    days = [min(last_day(a), x.date) for x in own for a in dated if a.id in x.acts]
    return own, acts, remunerated, max(days)


def client_subjects(case: Case, situations: list[Situation]) -> list[Subject]:
    """One subject per client and victim, on the acts of recourse the flag reads (:func:`client_pairs`)."""
    out = []
    for (perp, victim), (sits, acts, remunerated, day) in client_pairs(case, situations).items():
        s = Subject("client", f"{perp}>{victim}", perp, date=day, victim=victim)
        paying = [e for x in sits for e in x.evidence.get("paid_for_sex", []) if not acts or e.ref in {a.id for a in acts}]
        read = ages(case, victim, acts) if acts else {}
        for name, fact in (
            ("client_mineur", "victim_minor"),
            ("client_connaissait_minorite", "knew_minor"),
            ("client_moins_15", "victim_under_15"),
            ("client_connaissait_moins_15", "knew_under_15"),
        ):
            if name in read:
                value, evidence = read[name]
            else:
                value = tri_any(x.values.get(fact) for x in sits)
                evidence = [e for x in sits for e in x.evidence.get(fact, [])]
            if name == "client_mineur":
                evidence = paying + evidence
            s.set(name, value, evidence)
        s.set("client_remuneration", remunerated, paying)
        # the client's own age on the acts of the flag's tier (those under fifteen when some are, whose day sets its
        # law): the offences « par un majeur » (227-25, 222-23-1…); without an act read, on its situations
        if acts:
            tier = under_15(case, victim, acts) or acts
            s.set("client_majeur", *client_adult(case, perp, tier))
            s.set("client_mineur_lors_d_un_acte", *client_minor_at_one(case, perp, tier))
            if others := [a for a in acts if a not in tier]:  # acts read beyond the tier (the victim fifteen or over)
                s.set("client_majeur_lors_d_un_autre_acte", *client_adult(case, perp, others))
        else:
            adult = [e for x in sits for e in x.evidence.get("perpetrator_adult", [])]
            s.set("client_majeur", tri_any(x.values.get("perpetrator_adult") for x in sits), adult)
        sexual = [a for a in case.acts if a.actor == perp and a.target == victim and a.kind in _SEXUAL]
        s.set("client_acte_sexuel", True if sexual else None, [Evidence(a.id, f"acte {a.id} : {a.kind.value}") for a in sexual])
        out.append(s)
    return out
