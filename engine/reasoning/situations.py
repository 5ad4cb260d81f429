"""From a case to situations: one per perpetrator, victim and mode (completed acts or attempt).

A situation holds the three-valued facts of rules/facts.yaml for that pair, each with the evidence
(case items) it was derived from. Unknown facts are left out of the durable-rules fact, so that no
rule testing them can fire: unknown is never false.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property, lru_cache, partial
from itertools import islice
from typing import TYPE_CHECKING, Any

from engine.case.ages import age_range_over, below, below_ages, birth_bounds, birthday, years_before
from engine.case.dates import dmy, entered, first_day, fr, fr_of, fr_on, last_day, precision
from engine.case.model import Act, ActKind, Case, Person, Place, Purpose
from engine.kernel.tri import tri_any
from engine.law.versions import Choice
from engine.law.vocabulary import Ground, vocabulary
from engine.reasoning import case_memo
from engine.reasoning.act_facts import (
    co_action,
    distributed,
    injury_or_lesion,
    remunerated,
    unremunerated,
    unremunerated_by_findings,
)
from engine.reasoning.evidence import Evidence as Evidence  # re-exported (protection_facts)
from engine.reasoning.evidence import Result, act_evidence
from engine.reasoning.readings import acts_read, gated, instantaneous_acts, readings
from engine.reasoning.separate_means import MEANS_FACT, separate_means

if TYPE_CHECKING:
    from engine.reasoning.continuing import Timing

TRAFFICKING_KINDS = {ActKind.RECRUIT, ActKind.TRANSPORT, ActKind.TRANSFER, ActKind.HARBOUR, ActKind.RECEIVE}
PROCURING_KINDS = {
    ActKind.ASSIST_PROSTITUTION,
    ActKind.ADVERTISE,
    ActKind.PROFIT,
    ActKind.HIRE_OR_PRESSURE,
    ActKind.INTERMEDIARY,
    ActKind.FICTITIOUS_RESOURCES,
    ActKind.UNJUSTIFIED_RESOURCES,
    ActKind.OBSTRUCT_PREVENTION,
    ActKind.RUN_ESTABLISHMENT,
    ActKind.TOLERATE_IN_ESTABLISHMENT,
    ActKind.PROVIDE_PREMISES,
    ActKind.PROVIDE_VEHICLE,
    ActKind.PLACE_AT_DISPOSAL,
}
EXPLOITATION_KINDS = (
    TRAFFICKING_KINDS
    | PROCURING_KINDS
    | {
        ActKind.FORCE_OFFENCE,
        ActKind.ORGANISE_BEGGING,
        ActKind.PROFIT_BEGGING,
        ActKind.HIRE_FOR_BEGGING,
        ActKind.UNPAID_SERVICES,
        ActKind.UNDIGNIFIED_CONDITIONS,
        ActKind.FORCED_LABOUR,
        ActKind.ENSLAVE,
        ActKind.HIRE_FOR_STREET_SERVICE,
        ActKind.UNJUSTIFIED_RESOURCES_BEGGING,
    }
)
VIOLENT_KINDS = {ActKind.VIOLENCE, ActKind.THREATEN}
COERCION_KINDS = {ActKind.VIOLENCE, ActKind.THREATEN, ActKind.DECEIVE, ActKind.EXTORT, ActKind.FORCE_OFFENCE}

MODES = ("consomme", "tentative")


def _number(day: date) -> int:
    """``day`` as durable-rules compares dates: 2016-04-15 → 20160415 (what ``int(f"{day:%Y%m%d}")`` gives)."""
    return day.year * 10000 + day.month * 100 + day.day


@dataclass
class Situation:
    key: str
    perpetrator: str
    victim: str
    mode: str
    date: date
    acts: list[str]
    last_act: dt.date
    first_act: dt.date
    values: dict[str, bool | None] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)  # offence id → applicable version id (112-1)
    choices: dict[str, Choice | None] = field(default_factory=dict)  # offence id → engine.law.versions.applicable
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    only: frozenset[str] | None = None  # the offences assessed here (None: all but ``skip``)
    skip: frozenset[str] = frozenset()
    timings: dict[str, Timing] = field(default_factory=dict)  # offence id → its parts' entries into force (112-1)
    probes: list[Situation] = field(
        default_factory=list
    )  # the same pair's acts within reform dates (engine/reasoning/continuing.py)
    conduct: dict[str, tuple[dt.date, dt.date]] = field(
        default_factory=dict
    )  # continuing offence id → first and last day of the acts that are its defining act (engine/api.py)
    referred: dict[str, Any] = field(
        default_factory=dict
    )  # fact read on the qualifications → the qualification it lends its penalty from (engine/reasoning/derived.py)
    law_date: dt.date | None = None  # the date of the law imposed on every act (``--date``), else None
    # the continuing offences whose dated circumstances are guarded on their own day (``d_<id>``, compiler.py)
    continuing: frozenset[str] = frozenset()
    part_of: str | None = None  # the key of the pair's situation whose acts this one is the offence's own conduct of
    # offence id → the acts that are its defining act here (engine/api.py ``_conduct``)
    defining_acts: dict[str, frozenset[str]] = field(default_factory=dict)
    # an act of uncertain date lasting across a reform date (build_situations): its offences, not continuing, are judged
    # on its first day, the milder reading (112-1); the later law applies only if the facts are shown to postdate it
    straddles: dt.date | None = None  # the first reform date it lasts across
    # the minor's acts the perpetrator provoked (121-7 al. 2) that this situation is about (provocation_situations):
    # read for 227-21 on a pair that may have no act of its own, dated by the provoked act
    provoked: list[str] = field(default_factory=list)
    handed: frozenset[str] = frozenset()  # the offences assessed on its acts one by one instead (``act_situations``)
    pointers: dict[str, list[str]] = field(default_factory=dict)  # unknown fact → acts to link (separate_means.py)
    one_act: tuple[dt.date, ...] = ()  # the days of its act group, when it is one (``act_situations``)
    # acts of uncertain date lasting across a day the victim may turn fifteen or eighteen, or the perpetrator eighteen
    # (``age_crossings``): the ages read over each act's days, so that an age not certain on every one is to establish
    uncertain_age: bool = False

    def span(self, offence: str) -> tuple[dt.date, dt.date]:
        """The first and last day of ``offence``'s own conduct: its defining acts, else all the acts here."""
        return self.conduct.get(offence, (self.first_act, self.last_act))

    def day(self, offence: str) -> dt.date:
        """The day whose law ``offence`` is judged under here (112-1): the date imposed, else the end of its own
        conduct — the day its version is chosen on, and so the day its circumstances must exist on, even when the
        pair's other acts go on later (``date``, the pair's last act, serves the offences judged period by period).
        An act of uncertain date across a reform (``straddles``): its first day, the milder reading (112-1)."""
        if self.law_date:
            return self.law_date
        return self.span(offence)[0] if self.straddles else self.span(offence)[1]

    def covers(self, offence: str) -> bool:
        """Whether this situation assesses ``offence`` (a continuing offence is assessed once, on the whole conduct)."""
        return (self.only is None or offence in self.only) and offence not in self.skip

    def as_fact(self) -> dict[str, object]:
        """The durable-rules fact: known values only."""
        fact: dict[str, object] = {
            "t": "situation",
            "key": self.key,
            "mode": self.mode,
            "date": _number(self.date),
        }
        values, versions = self.values, self.versions
        fact.update({k: values[k] for k in sorted([k for k, v in values.items() if v is not None])})
        fact.update({f"d_{offence}": _number(self.day(offence)) for offence in _sorted(self.continuing)})
        fact.update({name: versions[offence] for offence, name in _version_names(tuple(versions))})
        return fact


@cache
def _sorted(names: frozenset[str]) -> tuple[str, ...]:
    """``sorted(names)``, once per set (every situation has the engine's same ``continuing``)."""
    return tuple(sorted(names))


@lru_cache(maxsize=256)
def _version_names(offences: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each of ``offences`` in order with the name of its version in the durable-rules fact, once per tuple (every
    situation has the same offences of several versions)."""
    return tuple((offence, f"v_{offence}") for offence in sorted(offences))


class _Ctx:
    """Everything a derivation may read for one situation."""

    def __init__(
        self,
        case: Case,
        perp: str,
        victim: str,
        acts: list[Act],
        bounds: dict[str, tuple[date, date] | None],
        links: dict[str, frozenset[str]] | None = None,
        uncertain_age: bool = False,
    ):
        self.case = case
        self.perp = perp
        self.victim_id = victim
        self.acts = acts
        self.p: Person = case.person(perp)
        self.v: Person = case.person(victim)
        self.bounds = bounds
        self.same_facts = case_memo.links(case) if links is None else links
        self.provoked: list[str] = []  # the provoked acts of a provocation situation (provocations)
        self.days: list[tuple[str, date]] = [(a.id, a.date) for a in acts]  # where ages are read
        # the last day each act's ages are read to: over all its days for an act of uncertain date (the offences that
        # are not continuing, ``Situation.uncertain_age``; an instantaneous act, rules/facts.yaml
        # ``instantaneous_acts``, for every offence), else its first day (a continuing offence's duration)
        instant = instantaneous_acts()
        self.ends: list[date] = [
            a.end_date or a.date if uncertain_age or a.kind in instant else a.date for a in acts
        ]
        self._age_ranges: dict[str, list[tuple[str, date, tuple[int, int] | None]]] = {}  # person → ``ages``

    @cached_property
    def stated(self) -> frozenset[str]:
        """The yes / no / unknown fields some act here states (each act's read once per classification)."""
        return frozenset().union(*(_stated(self.case, a) for a in self.acts))

    @cached_property
    def all_perp_acts(self) -> list[Act]:
        """Every act of the perpetrator in the case (read by few facts: made on first use)."""
        return [a for a in self.case.acts if a.actor == self.perp]

    @cached_property
    def all_victim_acts(self) -> list[Act]:
        """Every act toward the victim in the case, whoever committed it (made on first use)."""
        return [a for a in self.case.acts if a.target == self.victim_id]

    def kinds(self, kinds: Iterable[ActKind]) -> Result:
        wanted = set(kinds)
        hits = [act_evidence(a) for a in self.acts if a.kind in wanted]
        return (True, hits) if hits else (None, [])

    def act_flag(self, name: str, also: Iterable[ActKind] = ()) -> Result:
        extra = set(also)
        if name not in self.stated and not (extra and any(a.kind in extra for a in self.acts)):
            return None, []  # no act states it, none is of a nature counted « oui »: unknown
        hits = [act_evidence(a) for a in self.acts if getattr(a, name) is True or a.kind in extra]
        if hits:
            return True, hits
        relevant = self.acts  # "non" only when every act of the pair says "non"
        value = tri_any(getattr(a, name) for a in relevant)
        return value, [act_evidence(a, " (non)") for a in relevant] if value is False else []

    def ages(self, person: str) -> list[tuple[str, date, tuple[int, int] | None]]:
        """Each day where ages are read with ``person``'s age range on it (read once per situation and person)."""
        found = self._age_ranges.get(person)
        if found is None:
            bounds = self.bounds.get(person)
            spans = zip(self.days, self.ends, strict=True)
            found = self._age_ranges[person] = [(aid, day, age_range_over(bounds, day, end)) for (aid, day), end in spans]
        return found

    def age_below(self, limit: int) -> Result:
        values = [(aid, day, below_ages(ages, limit)) for aid, day, ages in self.ages(self.victim_id)]
        value = tri_any(v for _, _, v in values)
        if value is True:
            basis = case_memo.once(self.case, ("age_basis", self.victim_id), self._age_basis)
            cited = islice(((aid, day) for aid, day, v in values if v), 3)  # the first three acts
            return True, [age_evidence(aid, day, basis) for aid, day in cited]
        if value is False:
            return False, [Evidence(self.victim_id, self._age_basis())]
        return None, []

    def _age_basis(self) -> str:
        return age_basis(self.v)

    def relation(self, name: str) -> Result:
        for r in self.case.relationships:
            if r.person == self.perp and r.other == self.victim_id and getattr(r, name) is not None:
                return getattr(r, name), [
                    Evidence(
                        f"lien:{r.person}>{r.other}",
                        f"lien {self.perp} → {self.victim_id} : {name} = {'oui' if getattr(r, name) else 'non'}",
                    )
                ]
        return None, []

    def _declared(self, name: str) -> Result:
        for k in self.case.knowledge:
            if k.person == self.perp and k.about == self.victim_id and getattr(k, name) is not None:
                return getattr(k, name), [
                    Evidence(f"connaissance:{k.person}>{k.about}", f"déclaration sur la connaissance de l'âge par {self.perp}")
                ]
        return None, []

    def knowledge(self, name: str) -> Result:
        """What the perpetrator knew (or could not ignore) of the victim's age: the declaration; knowing the age
        under fifteen is knowing the minority, ignoring the minority is ignoring the age under fifteen; an
        ascendant could not ignore either."""
        declared = self._declared(name)
        if declared[0] is not None:
            return declared
        if name == "knew_minor" and (under := self._declared("knew_under_15"))[0] is True:
            return under
        if name == "knew_under_15" and (minor := self._declared("knew_minor"))[0] is False:
            return minor
        asc = self.relation("ascendant")
        if asc[0] is True:
            return True, [
                Evidence(asc[1][0].ref, f"{self.perp} est un ascendant de {self.victim_id} : il ne pouvait ignorer son âge")
            ]
        return None, []

    def person_flag(self, person: Person, name: str) -> Result:
        value = getattr(person, name)
        if value is None:
            return None, []
        return value, [Evidence(person.id, f"{person.id} : {name} = {'oui' if value else 'non'}")]


def _stated(case: Case, act: Act) -> frozenset[str]:
    """The yes / no / unknown fields ``act`` states (not unknown); a window's cut of it (:func:`window`) states the same."""

    def make() -> frozenset[str]:
        return frozenset(name for name in _TRI_FIELDS if getattr(act, name) is not None)

    return case_memo.once(case, ("stated", act.id), make)


_TRI_FIELDS = tuple(name for name, f in Act.model_fields.items() if f.annotation == (bool | None))


def age_basis(v: Person) -> str:
    """What the person's age is read from: « v né(e) le 15/06/2004 », an age, or a range of ages."""
    if v.birth_date:
        return f"{v.id} né(e) {fr_on(v.birth_date)}"
    if v.age is not None:
        return f"{v.id} âgé(e) de {v.age} ans à la date de référence"
    return f"{v.id} âgé(e) de {v.age_min if v.age_min is not None else '?'} à {v.age_max if v.age_max is not None else '?'} ans"


def age_evidence(aid: str, day: date, basis: str) -> Evidence:
    """« acte A1 du 14/03/2023 : <basis> », made once per classification (a month is written as such: the key holds
    the date's precision)."""
    key = ("age_evidence", aid, day, precision(day), basis)
    return case_memo.shared(key, lambda: Evidence(aid, f"acte {aid} {fr_of(day)} : {basis}"))


def _several(items: set[str], evidence: list[Evidence]) -> Result:
    return (True, evidence) if len(items) >= 2 else (None, [])


# Acts that do not show by themselves the purpose of exploitation: handing the victim over to someone
# (Crim. 11 May 2023, n° 22-85.425, FS-B, refused trafficking on transport and handover without a proven purpose). The purpose
# is then a fact to establish (the act's ``purposes``, or a finding).
NO_PURPOSE_KINDS = frozenset({ActKind.PLACE_AT_DISPOSAL})
SELF_EXPLOITATION_KINDS = frozenset(EXPLOITATION_KINDS - TRAFFICKING_KINDS - NO_PURPOSE_KINDS)


EXPLOIT_PURPOSES = frozenset(p for p in Purpose if p is not Purpose.NONE)


def _purpose(ctx: _Ctx) -> Result:
    """The exploitation purpose: stated on an act, or shown by the perpetrator exploiting the victim himself."""
    hits = [
        act_evidence(a, f" (fin : {', '.join(p.value for p in a.purposes)})")
        for a in ctx.acts
        if not EXPLOIT_PURPOSES.isdisjoint(a.purposes)
    ]
    if hits:
        return True, hits
    procuring = [a for a in ctx.acts if a.kind in SELF_EXPLOITATION_KINDS]
    if procuring and any(a.kind in TRAFFICKING_KINDS for a in ctx.acts):
        return True, [act_evidence(a, " : l'auteur exploite lui-même la victime") for a in procuring]
    trafficking = [a for a in ctx.acts if a.kind in TRAFFICKING_KINDS]
    if trafficking and all(a.purposes == [Purpose.NONE] for a in trafficking):
        return False, [act_evidence(a, " (aucune fin d'exploitation)") for a in trafficking]
    return None, []


# The purposes listed by 225-4-1 from 19/03/2003 to 06/08/2013: proxénétisme, agression ou atteintes sexuelles,
# exploitation de la mendicité, conditions de travail ou d'hébergement contraires à la dignité, contrainte à
# commettre un crime ou un délit. Slavery, servitude and organ removal came in on 07/08/2013; forced labour is
# covered then only as « conditions de travail … contraires à sa dignité », to be established.
PURPOSES_2003 = frozenset(
    {Purpose.SEXUAL, Purpose.PROCURING, Purpose.BEGGING, Purpose.UNDIGNIFIED_CONDITIONS, Purpose.FORCED_OFFENCES}
)
PURPOSES_AFTER_2013 = frozenset({Purpose.SLAVERY_SERVITUDE, Purpose.ORGANS})


def _purpose_2003(ctx: _Ctx) -> Result:
    """The exploitation purpose as the 2003–2013 wording of 225-4-1 lists it."""
    listed = [a for a in ctx.acts if not PURPOSES_2003.isdisjoint(a.purposes)]
    if listed:
        return True, [act_evidence(a, f" (fin : {', '.join(p.value for p in a.purposes)})") for a in listed]
    value, evidence = _purpose(ctx)
    trafficking = [a for a in ctx.acts if a.kind in TRAFFICKING_KINDS and a.purposes]
    if trafficking and all(set(a.purposes) <= PURPOSES_AFTER_2013 | {Purpose.NONE} for a in trafficking):
        return False, [act_evidence(a, " (fin non visée par le texte de 2003 à 2013)") for a in trafficking]
    if value is True and any(Purpose.FORCED_LABOUR in a.purposes for a in ctx.acts):
        return None, evidence  # forced labour: « conditions de travail contraires à sa dignité » to be established
    return value, evidence


def _forced_offences(ctx: _Ctx) -> Result:
    hits = [act_evidence(a) for a in ctx.acts if Purpose.FORCED_OFFENCES in a.purposes or a.kind is ActKind.FORCE_OFFENCE]
    return (True, hits) if hits else (None, [])


def _legal_authority(ctx: _Ctx) -> list[Result]:
    """A holder of parental authority has authority over the victim (never 'non' by itself)."""
    holder = ctx.relation("parental_authority")
    return [holder] if holder[0] is True else []


def _authority(ctx: _Ctx) -> Result:
    parts = [ctx.relation("ascendant"), ctx.relation("authority"), *_legal_authority(ctx), ctx.act_flag("abuse_of_authority")]
    value = tri_any(v for v, _ in parts)
    return value, [e for v, ev in parts if v == value for e in ev]


PROSTITUTION_KINDS = {ActKind.PAY_FOR_SEX, ActKind.PROFIT, ActKind.ADVERTISE, ActKind.ASSIST_PROSTITUTION}


CITED_OTHERS = 3  # acts beyond the pair cited beside the pair's own; the rest are counted


def _cited(ctx: _Ctx, acts: list[Act], ref: str, rest: str, extra: Callable[[Act], str] = lambda a: "") -> list[Evidence]:
    """The evidence of a fact read on acts beyond the pair (every act toward the victim, every act of the
    perpetrator): the pair's own, then at most three others, the rest counted (« et N autre(s) acte(s) du
    dossier » + ``rest``, on ``ref``). Every pair citing every act would make the result grow with the square
    of the persons; the acts left out are in the case, and among the evidence of their own pair."""
    own = {a.id for a in ctx.acts}
    others = [a for a in acts if a.id not in own]
    shown = own | {a.id for a in others[:CITED_OTHERS]}
    hits = [act_evidence(a, extra(a)) for a in acts if a.id in shown]
    if len(others) > CITED_OTHERS:
        hits.append(Evidence(ref, f"et {len(others) - CITED_OTHERS} autre(s) acte(s) du dossier {rest}"))
    return hits


def _victim_prostitution(ctx: _Ctx) -> Result:
    """True when an act presupposes it: paid relations, a sexual act with her stated paid (``remuneration: oui``: she
    engaged in it for a remuneration, « y compris de façon occasionnelle »), profit from, advertising or assisting
    her prostitution."""
    acts = [a for a in ctx.all_victim_acts if a.kind in PROSTITUTION_KINDS or (a.kind in SEXUAL_KINDS and a.remuneration)]
    if acts:
        return True, _cited(ctx, acts, ctx.victim_id, f"envers {ctx.victim_id} supposant sa prostitution")
    return ctx.person_flag(ctx.v, "in_prostitution")


def _place(ctx: _Ctx, kinds: set[ActKind] | None) -> Result:
    acts = [a for a in ctx.acts if kinds is None or a.kind in kinds]
    hits = [act_evidence(a) for a in acts if a.place in (Place.ABROAD, Place.ARRIVAL)]
    if hits:
        return True, hits
    if acts and all(a.place is Place.FRANCE for a in acts):
        return False, [act_evidence(a, " (en France)") for a in acts]
    return None, []


def _incited(kind: ActKind) -> Callable[[_Ctx], Result]:
    """« Une personne qui a été incitée à se livrer à la prostitution [à la mendicité] soit hors du territoire de la
    République, soit à son arrivée sur le territoire » (225-7 4°, 225-12-6 4°): the victim's state, whoever incited
    her — every act of ``kind`` toward her in the case, the perpetrator's or another person's. « Non » only when each
    such act took place in France; without one, unknown."""

    def derive(ctx: _Ctx) -> Result:
        acts = [a for a in ctx.all_victim_acts if a.kind is kind]

        def by(a: Act) -> str:
            return "" if a.actor == ctx.perp else f" par {a.actor}"

        hits = [act_evidence(a, by(a)) for a in acts if a.place in (Place.ABROAD, Place.ARRIVAL)]
        if hits:
            return True, hits
        if acts and all(a.place is Place.FRANCE for a in acts):
            return False, [act_evidence(a, f"{by(a)} (en France)") for a in acts]
        return None, []

    return derive


def _itt(ctx: _Ctx) -> Result:
    violent = [a for a in ctx.acts if a.violence_itt_days is not None]
    hits = [act_evidence(a, f" (ITT {a.violence_itt_days} jours)") for a in violent if a.violence_itt_days > 8]  # type: ignore[operator]
    if hits:
        return True, hits
    if violent and all(a.kind is not ActKind.VIOLENCE or a.violence_itt_days is not None for a in ctx.acts):
        return False, [act_evidence(a, f" (ITT {a.violence_itt_days} jours)") for a in violent]
    return None, []


def _several_victims(ctx: _Ctx) -> Result:
    """Exploitation acts toward two persons or more (paying one person for sex is not exploiting her)."""
    acts = [a for a in ctx.all_perp_acts if a.kind in EXPLOITATION_KINDS]
    return _several({a.target for a in acts}, _cited(ctx, acts, ctx.perp, f"d'exploitation commis par {ctx.perp}"))


def _habitual(ctx: _Ctx) -> Result:
    """The perpetrator's paid relations, habitual or with several persons (225-12-2 1°: « l'infraction est commise de
    façon habituelle ou à l'égard de plusieurs »): each counted only when it is itself the offence of 225-12-1 — an act
    of paying, or a sexual act stated paid, on which one ground of rules/facts.yaml ``counts_acts_when`` holds (the
    minority known to the client; a particular vulnerability), on its day (112-1: an act before it was no offence; an
    act of uncertain date counts only when its first day is), and no later than the situation's last act (a later act
    never aggravates an offence already committed; one of uncertain date perhaps after them is left out). Two counted
    acts, or one stated habitual: true; otherwise unknown, the acts left out for their dates named."""
    grounds = vocabulary().facts["habitual_or_several"].counts_acts_when
    earliest = min((g.since for g in grounds), default=None)
    last = max((last_day(a.end_date or a.date) for a in ctx.acts), default=None)
    counted: list[Act] = []
    before: list[Act] = []
    later: list[Act] = []
    key = ("counted", ctx.victim_id, tuple(x.id for x in ctx.acts))  # whether an act counts, for this situation's acts
    for a in ctx.all_perp_acts:
        paid = a.kind is ActKind.PAY_FOR_SEX or (a.kind in _PAYABLE and a.remuneration is True)
        if not paid or a.attempt or (last is not None and first_day(a.date) > last):
            continue
        if last is not None and last_day(a.end_date or a.date) > last:
            later.append(a)  # of uncertain date, perhaps after the acts qualified
        elif earliest is not None and first_day(a.date) < earliest:
            before.append(a)
        elif case_memo.once(ctx.case, (*key, a.id), partial(_the_offence, ctx, a, grounds)):
            counted.append(a)  # the same act, read again for each situation of the pair: once per case
    if len(counted) >= 2 or any(a.habitual for a in counted):
        return True, _cited(ctx, counted, ctx.perp, f"de relations rémunérées de {ctx.perp}")
    said = [(a, _before(a, earliest)) for a in before if earliest is not None]
    said += [(a, f"de date incertaine, peut-être postérieur au {dmy(last)}") for a in later if last is not None]
    return None, [Evidence(a.id, f"acte {a.id} {act_days(a)} : {why}, non compté (C. pén. 112-1)") for a, why in said]


def _before(act: Act, since: date) -> str:
    """Before the offence existed, or perhaps so (an act of uncertain date across that day)."""
    if act.end_date is not None and last_day(act.end_date) >= since:
        return f"de date incertaine, peut-être antérieur au {dmy(since)}"
    return f"antérieur au {dmy(since)}"


def act_days(act: Act) -> str:
    """« du 01/05/2022 au 01/09/2022 » for an act of uncertain date (its end as entered), else its day."""
    end = entered(act.end_date)
    return f"{fr_of(act.date)} au {dmy(end)}" if end else fr_of(act.date)


_PAYABLE = frozenset({ActKind.SEXUAL_PENETRATION, ActKind.SEXUAL_CONTACT})


def _the_offence(ctx: _Ctx, act: Act, grounds: tuple[Ground, ...]) -> bool:
    """Whether ``act`` counts on one ground in force on its day: toward another person than the situation's, the ground
    holds on it alone (its facts and ``with_another_person`` true: another offence, established), from
    ``another_person_from``; toward the situation's own victim, the ground is not excluded on it (the qualification's own
    elements say what is missing)."""
    day = first_day(act.date)
    derive = _all_derivations()
    on = _Ctx(ctx.case, ctx.perp, act.target, [act], ctx.bounds, ctx.same_facts)
    other = act.target != ctx.victim_id
    last = max((last_day(a.end_date or a.date) for a in ctx.acts), default=day)
    for g in grounds:
        if day < g.since or (g.until is not None and day > g.until):
            continue
        if not other:
            if all(derive[f](on)[0] is not False for f in g.facts):
                return True
            continue
        if g.another_person_from is not None and day < g.another_person_from:
            continue
        same = g.another_person_same_ground_until
        if same is not None and last <= same and any(derive[f](ctx)[0] is False for f in g.facts):
            continue  # « plusieurs mineurs »: the situation's own victim is no minor
        if all(derive[f](on)[0] is True for f in (*g.facts, *g.with_another_person)):
            return True
    return False


@cache
def _all_derivations() -> dict[str, Callable[[_Ctx], Result]]:
    return derivations()


def _gang(ctx: _Ctx) -> Result:
    value = ctx.case.organised_gang
    return value, [Evidence("organised_gang", "dossier : bande organisée")] if value is not None else []


def _function(names: tuple[str, ...]) -> Callable[[_Ctx], Result]:
    def derive(ctx: _Ctx) -> Result:
        parts = [ctx.person_flag(ctx.p, n) for n in names]
        value = tri_any(v for v, _ in parts)
        return value, [e for v, ev in parts if v == value for e in ev]

    return derive


def _endangered_or_violence(ctx: _Ctx) -> Result:
    parts = [ctx.act_flag("endangered_life"), ctx.kinds(VIOLENT_KINDS - {ActKind.THREATEN})]
    value = tri_any(v for v, _ in parts)
    return value, [e for v, ev in parts if v == value for e in ev]


DERIVATIONS: dict[str, Callable[[_Ctx], Result]] = {
    "victim_minor": lambda c: c.age_below(18),
    "victim_under_15": lambda c: c.age_below(15),
    "victim_prostitution": _victim_prostitution,
    "victim_abroad_or_arrival": lambda c: _place(c, None),
    "victim_incited_abroad_or_arrival": _incited(ActKind.HIRE_OR_PRESSURE),
    "exploitation_purpose": _purpose,
    "exploitation_purpose_2003": _purpose_2003,
    "forced_offences_purpose": _forced_offences,
    "means_authority": _authority,
    "several_victims": _several_victims,
    "habitual_or_several": _habitual,
    "itt_over_8_days": _itt,
    "injury_or_lesion": injury_or_lesion,
    "function_anti_trafficking_or_public_order": _function(("function_anti_trafficking", "function_public_order")),
    "function_anti_slavery_or_public_order": _function(("function_anti_trafficking", "function_public_order")),
    "function_anti_prostitution_health_or_public_order": _function(
        ("function_anti_prostitution_or_health", "function_public_order")
    ),
    "organised_gang": _gang,
    "several_perpetrators": co_action(frozenset(EXPLOITATION_KINDS)),
    "heavier_intended_offence": lambda c: (None, []),  # read on the qualifications (engine/reasoning/derived.py)
    "knew_offences_against_victim": lambda c: (None, []),
    "knew_circumstances_against_victim": lambda c: (None, []),
    "knew_minor": lambda c: c.knowledge("knew_minor"),
    "knew_under_15": lambda c: c.knowledge("knew_under_15"),
    "endangered_or_violence": _endangered_or_violence,
    "constitutes_rape_or_assault": lambda c: (None, []),  # read on the qualifications (engine/reasoning/derived.py)
    "provoked_act_offence": lambda c: (None, []),  # read on the provoked act's qualifications (engine/reasoning/provoked.py)
}


SEXUAL_KINDS = {ActKind.SEXUAL_PENETRATION, ActKind.SEXUAL_CONTACT}


# Paid sexual relations are a sexual act (their nature is read by sexual_penetration / sexual_contact): violence,
# constraint, threat or surprise on them is on a sexual act (222-23, 222-22), and several persons acting together
# in them are « plusieurs personnes agissant en qualité d'auteur ou de complice » (222-24 6°, 222-28 4°, 227-26 3°).
SEXUAL_MEANS_KINDS = frozenset({*SEXUAL_KINDS, ActKind.PAY_FOR_SEX})


def _sexual_means(ctx: _Ctx) -> Result:
    """Violence, constraint, threat or surprise on a sexual act, paid relations included (or violence/threats toward
    the victim)."""
    sexual = [a for a in ctx.acts if a.kind in SEXUAL_MEANS_KINDS]
    hits = [act_evidence(a) for a in sexual if a.coercion or a.surprise]
    hits += [act_evidence(a) for a in ctx.acts if a.kind in (ActKind.VIOLENCE, ActKind.THREATEN)] if sexual else []
    if hits:
        return True, hits
    if sexual and all(a.coercion is False and a.surprise is False for a in sexual):
        return False, [act_evidence(a, " (ni violence, ni contrainte, ni menace, ni surprise)") for a in sexual]
    return None, []


def _without_means(ctx: _Ctx) -> Result:
    """A sexual act said to be without violence, constraint, threat or surprise (both « non »), no violence or threat
    toward the victim being alleged (:func:`_sexual_means` reads those on every sexual act): « oui ». « Non » when each
    sexual act was by these means (its own coercion or surprise, or such an act toward the victim)."""
    sexual = [a for a in ctx.acts if a.kind in SEXUAL_MEANS_KINDS]
    forced = any(a.kind in (ActKind.VIOLENCE, ActKind.THREATEN) for a in ctx.acts)
    free = [a for a in sexual if a.coercion is False and a.surprise is False and not forced]
    if free:
        return True, [act_evidence(a, " (ni violence, ni contrainte, ni menace, ni surprise)") for a in free]
    if sexual and all(forced or a.coercion or a.surprise for a in sexual):
        return False, [act_evidence(a, " (par violence, contrainte, menace ou surprise)") for a in sexual]
    return None, []


def _perpetrator_adult(ctx: _Ctx) -> Result:
    value = tri_any(None if (b := below_ages(ages, 18)) is None else not b for _, _, ages in ctx.ages(ctx.perp))
    if value is None:
        return None, []
    p = ctx.p
    basis = f"{p.id} né(e) {fr_on(p.birth_date)}" if p.birth_date else f"âge déclaré de {p.id}"
    return value, [Evidence(p.id, basis)]


def _age_gap_5(ctx: _Ctx) -> Result:
    pb, vb = ctx.bounds.get(ctx.perp), ctx.bounds.get(ctx.victim_id)
    if pb is None or vb is None:
        return None, []
    (p_early, p_late), (v_early, v_late) = pb, vb
    if years_before(v_early, 5) >= p_late:
        return True, [Evidence(ctx.perp, f"{ctx.perp} a au moins cinq ans de plus que {ctx.victim_id} (dates de naissance)")]
    if years_before(v_late, 5) < p_early:
        return False, [Evidence(ctx.perp, f"{ctx.perp} a moins de cinq ans de plus que {ctx.victim_id} (dates de naissance)")]
    return None, []


def _incest(ctx: _Ctx) -> Result:
    """222-22-3: 1° ascendant; 2° sibling, uncle, aunt, great-uncle or -aunt, nephew, niece; 3° their partner with authority."""
    asc, kin, partner = (ctx.relation(n) for n in ("ascendant", "kin", "kin_partner"))
    auth = next(iter(_legal_authority(ctx)), ctx.relation("authority"))
    partner_with_authority = False if False in (partner[0], auth[0]) else (True if partner[0] and auth[0] else None)
    value = tri_any((asc[0], kin[0], partner_with_authority))
    return value, asc[1] + kin[1] + partner[1] + auth[1]


def _ascendant_or_authority(ctx: _Ctx) -> Result:
    parts = [ctx.relation("ascendant"), ctx.relation("authority"), *_legal_authority(ctx)]
    value = tri_any(v for v, _ in parts)
    return value, [e for v, ev in parts if v == value for e in ev]


def _sexual_nature(kind: ActKind, penetration: bool) -> Callable[[_Ctx], Result]:
    """A sexual act of that nature: an act of that kind, or paid sexual relations said to be of that nature."""
    said = " (avec pénétration ou acte bucco-génital)" if penetration else " (sans pénétration ni acte bucco-génital)"

    def derive(ctx: _Ctx) -> Result:
        hits = [act_evidence(a) for a in ctx.acts if a.kind is kind]
        hits += [act_evidence(a, said) for a in ctx.acts if a.kind is ActKind.PAY_FOR_SEX and a.penetration is penetration]
        return (True, hits) if hits else (None, [])

    return gated(derive, frozenset({kind, ActKind.PAY_FOR_SEX}))


def _sexual_unspecified(ctx: _Ctx) -> Result:
    """Paid sexual relations whose nature (penetration or not) is not reported: a sexual act, penetration unknown.
    Only a sexual act stated to be the same facts (``same_facts_as``) reports their nature, never one of the same
    day; an attempt (relations solicited, not obtained) is no sexual act."""
    loose = [a for a in ctx.acts if a.kind is ActKind.PAY_FOR_SEX and a.penetration is None and not a.attempt]
    kinds = {b.id: b.kind for b in ctx.case.acts} if loose else {}
    unspecified = [
        a for a in loose if not any(kinds[b] in SEXUAL_ACTS for b in ctx.same_facts.get(a.id, frozenset()) if b != a.id)
    ]
    hits = [act_evidence(a, " (nature non précisée)") for a in unspecified]
    return (True, hits) if hits else (None, [])


def _electronic(ctx: _Ctx) -> Result:
    """A network open to the public (used, or through which the victim was contacted) is an electronic means."""
    for name in ("public_network", "network_contact"):
        if (network := ctx.act_flag(name))[0] is True:
            return network
    return ctx.act_flag("electronic_means")


SEXUAL_ACTS = frozenset({*SEXUAL_KINDS, ActKind.IMPOSE_SEXUAL_ACT})


DERIVATIONS.update(
    {
        "sexual_penetration": _sexual_nature(ActKind.SEXUAL_PENETRATION, True),
        "sexual_contact": _sexual_nature(ActKind.SEXUAL_CONTACT, False),
        "sexual_act_unspecified": gated(_sexual_unspecified, frozenset({ActKind.PAY_FOR_SEX})),
        "corruption_intent": lambda c: (None, []),
        "sexual_violence_means": gated(_sexual_means, SEXUAL_MEANS_KINDS),
        "sexual_act_without_violence_means": gated(_without_means, SEXUAL_MEANS_KINDS),
        "perpetrator_adult": _perpetrator_adult,
        "age_gap_5": _age_gap_5,
        "incestuous_relation": _incest,
        "ascendant_or_authority": _ascendant_or_authority,
        "several_sexual_perpetrators": co_action(SEXUAL_ACTS | {ActKind.PAY_FOR_SEX}),
        "penetration_remunerated": remunerated(frozenset({ActKind.SEXUAL_PENETRATION}), nature=True),
        "sexual_contact_remunerated": remunerated(frozenset({ActKind.SEXUAL_CONTACT}), nature=False),
        "sexual_act_remunerated": remunerated(SEXUAL_ACTS),
        "sexual_act_unremunerated": unremunerated(frozenset(SEXUAL_KINDS)),
        "remuneration_paid": lambda c: (None, []),  # a finding: the case's fields do not tell a payment from a promise
        "electronic_means": _electronic,
    }
)


def _victim_enslaved(ctx: _Ctx) -> Result:
    """Someone (the perpetrator or another person) exercised an attribute of ownership over the victim."""
    acts = [a for a in ctx.all_victim_acts if a.kind is ActKind.ENSLAVE and not a.attempt]
    if not acts:
        return None, []
    return True, _cited(ctx, acts, ctx.victim_id, f"de réduction de {ctx.victim_id} en esclavage", lambda a: f" par {a.actor}")


def _knew_enslavement(ctx: _Ctx) -> Result:
    """The perpetrator enslaved the victim himself: her enslavement is known to him."""
    acts = [a for a in ctx.all_perp_acts if a.target == ctx.victim_id and a.kind is ActKind.ENSLAVE and not a.attempt]
    if acts:
        return True, [act_evidence(a, f" : {ctx.perp} a lui-même réduit {ctx.victim_id} en esclavage") for a in acts]
    return None, []


def _message_perceivable(ctx: _Ctx) -> Result:
    """Perceivable by a minor; a minor's access on a mere declaration of being eighteen counts (227-24 al. 3)."""
    messages = [a for a in ctx.acts if a.kind is ActKind.HARMFUL_MESSAGE]
    seen = " (susceptible d'être vu ou perçu par un mineur)"
    hits = [act_evidence(a, seen) for a in messages if a.message_perceivable_by_minor]
    declared = " (accès du mineur sur simple déclaration d'avoir dix-huit ans, qui n'exclut pas l'infraction)"
    hits += [act_evidence(a, declared) for a in messages if a.age_declaration_access and not a.message_perceivable_by_minor]
    if hits:
        return True, hits
    if messages and all(a.message_perceivable_by_minor is False for a in messages):
        return False, [act_evidence(a, " (non susceptible d'être vu ou perçu par un mineur)") for a in messages]
    return None, []


def _other_rape_victims(ctx: _Ctx) -> Result:
    """Penetration imposed by violence, constraint, threat or surprise on another person (222-23 on her)."""
    acts = [
        a
        for a in ctx.all_perp_acts
        if a.target != ctx.victim_id and a.kind is ActKind.SEXUAL_PENETRATION and not a.attempt and (a.coercion or a.surprise)
    ]
    if not acts:
        return None, []
    return True, _cited(ctx, acts, ctx.perp, f"de viol commis par {ctx.perp}", lambda a: f" (viol sur {a.target})")


def _itt_8_or_less(ctx: _Ctx) -> Result:
    violent = [a for a in ctx.acts if a.violence_itt_days is not None]
    hits = [act_evidence(a, f" (ITT {a.violence_itt_days} jours)") for a in violent if a.violence_itt_days <= 8]  # type: ignore[operator]
    if hits:
        return True, hits
    if violent and all(a.kind is not ActKind.VIOLENCE or a.violence_itt_days is not None for a in ctx.acts):
        return False, [act_evidence(a, f" (ITT {a.violence_itt_days} jours)") for a in violent]
    return None, []


def _intended_crime(ctx: _Ctx) -> Result:
    """An offer made for procuring against a minor of fifteen: the intended offence is a crime (225-7-1)."""
    bounds = ctx.bounds.get(ctx.victim_id)
    offers = [
        a
        for a in ctx.acts
        if a.kind is ActKind.OFFER_FOR_OFFENCE and Purpose.PROCURING in a.purposes and below(bounds, a.date, 15)
    ]
    if offers:
        why = " (fin : proxénétisme à l'égard d'un mineur de quinze ans, crime de l'article 225-7-1)"
        return True, [act_evidence(a, why) for a in offers]
    return None, []


DERIVATIONS.update(
    {
        "victim_enslaved": _victim_enslaved,
        "knew_enslavement": _knew_enslavement,
        "message_perceivable_by_minor": gated(_message_perceivable, frozenset({ActKind.HARMFUL_MESSAGE})),
        "other_rape_victims": _other_rape_victims,
        "violence_itt_8_or_less": _itt_8_or_less,
        "victim_incited_begging_abroad_or_arrival": _incited(ActKind.HIRE_FOR_BEGGING),
        "intended_offence_crime": gated(_intended_crime, frozenset({ActKind.OFFER_FOR_OFFENCE})),
        "images_for_distribution": distributed(frozenset({ActKind.RECORD_IMAGES}), frozenset({ActKind.DISTRIBUTE_IMAGES})),
    }
)


IMPOSED = frozenset({ActKind.IMPOSE_SEXUAL_ACT})


def _imposed(ctx: _Ctx) -> list[Act]:
    return [a for a in ctx.acts if a.kind is ActKind.IMPOSE_SEXUAL_ACT]


def _imposed_means(ctx: _Ctx) -> Result:
    """222-22-2: the atteinte imposed by violence, constraint, threat or surprise (or violence/threats toward the victim)."""
    imposed = _imposed(ctx)
    hits = [act_evidence(a) for a in imposed if a.coercion or a.surprise]
    hits += [act_evidence(a) for a in ctx.acts if a.kind in (ActKind.VIOLENCE, ActKind.THREATEN)] if imposed else []
    if hits:
        return True, hits
    if imposed and all(a.coercion is False and a.surprise is False for a in imposed):
        return False, [act_evidence(a, " (ni violence, ni contrainte, ni menace, ni surprise)") for a in imposed]
    return None, []


def _imposed_nature(penetration: bool) -> Callable[[_Ctx], Result]:
    """222-22-2 al. 2: some imposed atteinte is (penetration=True) or is not (False) a penetration or bucco-genital act."""
    yes, no = (" (pénétration ou acte bucco-génital)", " (sans pénétration ni acte bucco-génital)")
    if not penetration:
        yes, no = no, yes

    def derive(ctx: _Ctx) -> Result:
        imposed = _imposed(ctx)
        hits = [act_evidence(a, yes) for a in imposed if a.imposed_penetration is penetration]
        if hits:
            return True, hits
        if imposed and all(a.imposed_penetration is (not penetration) for a in imposed):
            return False, [act_evidence(a, no) for a in imposed]
        return None, []

    return gated(derive, IMPOSED)


DERIVATIONS.update(
    {
        "imposed_sexual_means": gated(_imposed_means, IMPOSED),
        "imposed_penetration": _imposed_nature(True),
        "imposed_non_penetration": _imposed_nature(False),
    }
)


def derivations() -> dict[str, Callable[[_Ctx], Result]]:
    """Every fact of rules/facts.yaml: the readings it declares, and the derivations above."""
    return {**DERIVATIONS, **readings()}


@cache
def _derivations_of(facts: frozenset[str] | None) -> tuple[tuple[str, Callable[[_Ctx], Result]], ...]:
    """Those of :func:`derivations` that derive ``facts`` (all when None), in its order (made once per set)."""
    return tuple((name, derive) for name, derive in derivations().items() if facts is None or name in facts)


Gated = tuple[tuple[str, Callable[[_Ctx], Result], frozenset[ActKind] | None], ...]


@cache
def _gated_of(facts: frozenset[str] | None) -> Gated:
    """:func:`_derivations_of` with the natures of the acts each derivation reads alone (``readings.gated``)."""
    return tuple((name, derive, acts_read(derive)) for name, derive in _derivations_of(facts))


def _derive(
    ctx: _Ctx,
    facts: frozenset[str] | None,
    values: dict[str, bool | None],
    evidence: dict[str, list[Evidence]],
    known: dict[str, Result] | None = None,
) -> None:
    """Each fact of ``facts`` (all when None) set in ``values`` and ``evidence`` as it is on ``ctx``: unknown, without
    calling its derivation, when the situation has no act of the natures it reads alone. ``known``: what is already
    derived on the same acts (:func:`_known`), read there, and what is derived here kept there."""
    kinds = {a.kind for a in ctx.acts}
    if known is None:
        for name, derive, gate in _gated_of(facts):
            if gate is not None and gate.isdisjoint(kinds):
                values[name], evidence[name] = None, []
            else:
                values[name], evidence[name] = derive(ctx)
        return
    for name, derive, gate in _gated_of(facts):
        found = known.get(name)
        if found is None:
            found = known[name] = (None, []) if gate is not None and gate.isdisjoint(kinds) else derive(ctx)
        values[name], evidence[name] = found


def _known(case: Case, perp: str, victim: str, acts: list[Act], uncertain_age: bool = False) -> dict[str, Result]:
    """The facts derived so far on these acts of the pair (fact → value and evidence), kept for the classification:
    the pair's situation, its acts one by one (:func:`each_act`) and their groups (:func:`act_situations`) read the
    same acts again. An act is known by its id and days (:func:`window` cuts an act's days, nothing else); the ages
    read over its days (``uncertain_age``) are another reading."""
    key = ("derived", perp, victim, tuple((a.id, a.date, a.end_date) for a in acts), uncertain_age)
    return case_memo.once(case, key, dict)


def derived_values(case: Case, perpetrator: str, victim: str) -> dict[str, bool | None]:
    """The facts derived in this module (not those of a ``reading:``) for every act of ``perpetrator`` toward
    ``victim``, without findings nor cuts: what engine/reasoning/fact_uses.py probes to learn which case field
    each derivation reads."""
    reference = case.age_reference()
    bounds = {p.id: birth_bounds(p, reference) for p in case.persons}
    acts = sorted((a for a in case.acts if a.actor == perpetrator and a.target == victim), key=lambda a: (a.date, a.id))
    ctx = _Ctx(case, perpetrator, victim, acts, bounds)
    return {name: derive(ctx)[0] for name, derive in DERIVATIONS.items()}


Cuts = Callable[[dict[str, bool | None], str], tuple[Sequence[date], frozenset[str]]]  # (pair's facts, mode)

# The ages the law reads: whose, how many years, and the fact of rules/facts.yaml that reads it.
AGE_LIMITS = (("victim", 15, "victim_under_15"), ("victim", 18, "victim_minor"), ("perpetrator", 18, "perpetrator_adult"))
AGE_FACTS = tuple(fact for _, _, fact in AGE_LIMITS)


def age_crossings(
    act: Act, perp: str, victim: str, bounds: dict[str, tuple[date, date] | None]
) -> list[tuple[str, str, int, date]]:
    """The ages (fact, person, years, earliest day that person may reach them) that ``act``, of uncertain date from its
    date to its end, lasts across: the person may reach them on one of its days after the first. Its offences that
    are not continuing may then have been committed on either side of the birthday (« à la date des faits »)."""
    if act.end_date is None:
        return []
    start, end = first_day(act.date), last_day(act.end_date)
    out = []
    for who, years, fact in AGE_LIMITS:
        b = bounds.get(victim if who == "victim" else perp)
        if b is not None and start < birthday(b[1], years) and (day := birthday(b[0], years)) <= end:
            out.append((fact, victim if who == "victim" else perp, years, day))
    return out


def _age_pointers(case: Case, sit: Situation, acts: list[Act], bounds: dict[str, tuple[date, date] | None]) -> None:
    """For each age fact an act of uncertain date across a birthday leaves to establish: what would settle it. The
    acts named are those read whole (an act cut to an offence's conduct is not the one to date), as the case dates
    them."""
    entered = {a.id: (a.date, a.end_date) for a in case.acts}
    for a in acts:
        if entered[a.id] != (a.date, a.end_date):
            continue
        for fact, person, years, day in age_crossings(a, sit.perpetrator, sit.victim, bounds):
            if fact not in sit.values or sit.values[fact] is not None:
                continue
            b = bounds[person]
            assert b is not None  # age_crossings reads it
            implied = getattr(a.end_date, "implied", False)  # a month or a year
            days = fr_of(a.date) if implied else f"{fr_of(a.date)} au {fr(a.end_date or a.date)}"
            if b[0] == b[1]:
                when, settle = f"le {dmy(day)}, pendant cette période", "la date de l'acte"
            else:
                latest = birthday(b[1], years)
                when = f"entre le {dmy(day)} et le {dmy(latest)}, peut-être pendant cette période"
                settle = "la date de l'acte et la date de naissance"
            sit.pointers.setdefault(fact, []).append(
                f"l'acte {a.id} est daté {days} : {person} a eu {years} ans {when} ; établir {settle} (l'âge que "
                "l'article exige s'apprécie au jour des faits)"
            )


def minor_on_some_day(case: Case, sit: Situation) -> Result:
    """The victim's minority on at least one day the situation's acts may have been committed (their first days):
    what the victim's protections read — the doubt on an act's date benefits the accused, not the victim's protection
    (an act of uncertain date across her eighteenth birthday: a minor on its first day)."""
    if not sit.uncertain_age:
        return sit.values.get("victim_minor"), sit.evidence.get("victim_minor", [])
    acts = [a for a in case.acts if a.id in set(sit.acts)]
    ctx = _Ctx(case, sit.perpetrator, sit.victim, acts, case_memo.bounds(case))
    ctx.ends = [a.date for a in acts]
    return ctx.age_below(18)


def build_situations(case: Case, cuts: Cuts | Sequence[date] = ()) -> list[Situation]:
    """One situation per perpetrator, victim and mode, in a stable order, cut into periods at reforms.

    ``cuts`` reads the facts of the pair's whole conduct and returns the reform dates that concern the
    pair and the continuing offences it may constitute. Those offences are assessed once, on the whole
    conduct (means and circumstances read for all of it); the others period by period. A plain list of
    dates cuts every pair at those dates.
    """
    bounds = case_memo.bounds(case)
    groups: dict[tuple[str, str, str], list[Act]] = {}
    for act in case.acts:
        mode = "tentative" if act.attempt else "consomme"
        groups.setdefault((act.actor, act.target, mode), []).append(act)
    situations = []
    links = case_memo.links(case)
    for (perp, victim, mode), acts in sorted(groups.items()):
        acts.sort(key=lambda a: (a.date, a.id))
        whole = _situation(case, perp, victim, mode, "0", acts, bounds, links=links)
        dates, continuing = cuts(whole.values, mode) if callable(cuts) else (cuts, frozenset[str]())
        # (period of its first day, of its last, across a birthday: ``age_crossings``): apart if they differ
        periods: dict[tuple[int, int, bool], list[Act]] = {}
        for act in acts:
            first, last = (bisect.bisect_right(dates, d) for d in (act.date, act.end_date or act.date))
            periods.setdefault((first, last, bool(age_crossings(act, perp, victim, bounds))), []).append(act)
        if len(periods) == 1 and not any(first < last or crossing for first, last, crossing in periods):
            situations.append(whole)
            continue
        if continuing:  # on the whole conduct, each act's ages read on its first day
            whole.only = continuing
            situations.append(whole)
        for i, ((first, last, crossing), part) in enumerate(sorted(periods.items()), start=1):
            sit = _situation(case, perp, victim, mode, str(i), part, bounds, links=links, uncertain_age=crossing)
            sit.skip = continuing
            if first < last:  # one act of uncertain date across dates[first]: judged on its first day (112-1)
                sit.straddles, sit.date = dates[first], sit.first_act
            situations.append(sit)
    for (perp, victim), items in provocations(case).items():  # cut at the reforms that concern them, like a pair
        whole = _situation(case, perp, victim, "consomme", "p0", [], bounds, links=links, provoked=items)
        dates = cuts(whole.values, "consomme")[0] if callable(cuts) else cuts
        parts: dict[int, list[tuple[str, tuple[date, date]]]] = {}
        for item in items:
            parts.setdefault(bisect.bisect_right(dates, item[1][1]), []).append(item)
        if len(parts) == 1:
            situations.append(whole)
            continue
        for i, (_, some) in enumerate(sorted(parts.items()), start=1):
            situations.append(_situation(case, perp, victim, "consomme", f"p{i}", [], bounds, links=links, provoked=some))
    return situations


def provocations(case: Case) -> dict[tuple[str, str], list[tuple[str, tuple[date, date]]]]:
    """(provoker, minor) → the provoked acts with their days, for each participation by provocation or instructions
    (121-7 al. 2) in
    another's act: the provocation of that person (227-21) is read on a situation of its own, whether or not the
    provoker has an act toward him, dated by the provocation's own date if the case gives one, else by the provoked
    act (112-1), not by the provoker's other acts."""
    acts = {a.id: a for a in case.acts}
    out: dict[tuple[str, str], list[tuple[str, tuple[date, date]]]] = {}
    for p in case.participation:
        act = acts[p.act]
        if p.kind.value in ("provocation", "instructions"):  # instructions: a provocation to establish (readings.py)
            days = (p.date, p.date) if p.date else (act.date, act.end_date or act.date)
            out.setdefault((p.person, act.actor), []).append((act.id, days))
    return {pair: sorted(set(items), key=lambda i: (i[1], i[0])) for pair, items in sorted(out.items())}


def each_act(case: Case, sit: Situation, facts: frozenset[str] | None = None) -> list[tuple[Act, dict[str, bool | None]]]:
    """Each of ``sit``'s acts with the facts it gives by itself (without the findings): which offence's defining
    act it is, so that a continuing offence ends with its own last act, not the pair's last act of any kind.
    ``facts``: derive only those (default: every fact) — the facts naming an act read that act alone, so that
    each act then costs its own facts, not a rereading of every act of the case. Each fact of an act is derived once
    per classification, whichever sets of facts ask for it (each derivation reads the act, not the other facts)."""
    bounds, links, ids = case_memo.bounds(case), case_memo.links(case), set(sit.acts)
    names = [name for name, _ in _derivations_of(facts)]
    wanted = frozenset(names)
    perp, victim = sit.perpetrator, sit.victim

    def derive(a: Act) -> dict[str, bool | None]:  # the mode and key do not enter the facts
        known = _known(case, perp, victim, [a])  # derived so far
        if missing := wanted.difference(known):
            _derive(_Ctx(case, perp, victim, [a], bounds, links), missing, {}, {}, known)
        return {name: known[name][0] for name in names}

    def alone(a: Act) -> dict[str, bool | None]:  # a copy each time: a caller's change stays its own
        return dict(case_memo.once(case, ("act", perp, victim, a.id, facts), lambda: derive(a)))

    return [(a, alone(a)) for a in case.acts if a.id in ids]


def window(
    case: Case,
    sit: Situation,
    start: date,
    end: date,
    findings: bool = False,
    tag: str | None = None,
    facts: frozenset[str] | None = None,
) -> Situation | None:
    """The situation of ``sit``'s acts as far as they fall between ``start`` and ``end``: an act lasting across
    either day is cut to it (its facts, the victim's age among them, read from ``start``). None when no act
    falls there. The investigation's findings are left out unless ``findings``: they are not dated, so they
    cannot show that a fact is later than a reform. ``tag``: the key's last part (default: period@start-end);
    ``facts``: derive only those (default: every fact)."""
    ids = set(sit.acts)
    acts = [_cut(a, start, end) for a in case.acts if a.id in ids and a.date <= end and (a.end_date or a.date) >= start]
    if not acts:
        return None
    acts.sort(key=lambda a: (a.date, a.id))
    bounds = case_memo.bounds(case)
    tag = tag or f"{sit.key.rsplit('|', 1)[1]}@{start:%Y%m%d}-{end:%Y%m%d}"
    return _situation(
        case, sit.perpetrator, sit.victim, sit.mode, tag, acts, bounds, findings, facts=facts, uncertain_age=sit.uncertain_age
    )


def _cut(act: Act, start: date, end: date) -> Act:
    """``act`` cut to the days from ``start`` to ``end``: itself when it lies within them."""
    if act.date >= start and (act.end_date is None or act.end_date <= end):
        return act
    return act.model_copy(update={"date": max(act.date, start), "end_date": min(act.end_date, end) if act.end_date else None})


# Facts read at the date of each act: the persons' ages (a minor « à la date des faits »).
DATED_FACTS = frozenset(AGE_FACTS)


def conduct_situations(case: Case, sit: Situation) -> list[Situation]:
    """A situation for each offence whose own conduct (``sit.conduct``) is shorter than the pair's acts,
    which alone assesses the offence: the pair's facts, but the ages (``DATED_FACTS``) read on the pair's acts within
    that conduct (cut to it) — a victim is a minor at the date of the offence's acts, not of the pair's acts before
    it began or after it ended (112-1). ``sit`` no longer assesses those offences."""
    groups: dict[tuple[date, date], set[str]] = {}
    for offence, span in sit.conduct.items():
        if sit.covers(offence):
            groups.setdefault(span, set()).add(offence)
    out = []
    for (first, last), offences in sorted(groups.items()):
        tag = f"{sit.key.rsplit('|', 1)[1]}~{first:%Y%m%d}-{last:%Y%m%d}"
        own = window(case, sit, first, last, tag=tag, facts=DATED_FACTS)  # the other facts: the pair's, below
        if own is None:
            continue
        _beside(own, sit, DATED_FACTS)  # findings included (none can state an age: rules/facts.yaml)
        own.only, own.part_of = frozenset(offences), sit.key
        own.defining_acts = {o: sit.defining_acts[o] for o in offences if o in sit.defining_acts}
        own.law_date, own.continuing, own.straddles = sit.law_date, sit.continuing, sit.straddles
        if sit.law_date is not None:
            own.date = sit.law_date
        elif sit.straddles:  # one act of uncertain date across a reform: its first day (build_situations)
            own.date = own.first_act
        sit.skip = sit.skip | offences
        out.append(own)
    return out


def _beside(own: Situation, sit: Situation, mine: frozenset[str]) -> None:
    """``sit``'s facts and their evidence after ``own``'s, but for those of ``mine``: ``own``'s alone. By dicts merged
    when ``own`` holds only facts of ``mine`` and every one of them ``sit`` has, and ``sit``'s evidence is on its facts
    (the same order: each is set beside its value), else fact by fact."""
    values, evidence = own.values, own.evidence
    if values.keys() <= mine and mine & sit.values.keys() <= values.keys() and sit.evidence.keys() == sit.values.keys():
        own.values, own.evidence = {**values, **sit.values, **values}, {**evidence, **sit.evidence, **evidence}
        return
    for name, value in sit.values.items():
        if name not in mine:
            values[name], evidence[name] = value, sit.evidence.get(name, [])


def act_situations(case: Case, sit: Situation, offences: frozenset[str], defining: frozenset[str]) -> list[Situation]:
    """A situation for each group of ``sit``'s acts that are the same facts (an act, and the acts the case states to be
    the same facts as it, ``same_facts_as``) and is the defining act (a fact of ``defining``) of one of ``offences``
    (``one_act: true`` in their rule files: 222-23 « tout acte de pénétration sexuelle … par violence, contrainte,
    menace ou surprise »): those offences are assessed there alone, the facts of the act (``of_the_act: true`` in
    rules/facts.yaml: its means, its circumstances, the ages at its dates, hence its period) read on that group's acts,
    the others (relations, knowledge, findings) the pair's. Groups whose facts of the act are identical are one
    assessment (the same qualification, over their days); groups that differ in one are never merged. ``sit`` no
    longer assesses those offences. None when no act defines one of them."""
    mine = frozenset(o for o in offences if sit.covers(o))
    if not mine:
        return []
    own = {a.id: values for a, values in each_act(case, sit, defining)}
    seeds = [aid for aid in sit.acts if any(own.get(aid, {}).get(n) is True for n in defining)]
    if not seeds:
        return []
    bounds, links = case_memo.bounds(case), case_memo.links(case)
    by_id, facts = {a.id: a for a in case.acts}, of_the_act()
    period, uncertain = sit.key.rsplit("|", 1)[1], sit.uncertain_age
    merged: dict[tuple[tuple[str, bool | None], ...], list[Situation]] = {}  # the groups of the same facts of the act
    seen: set[str] = set()
    for aid in seeds:
        if aid in seen:
            continue
        group = [by_id[b] for b in sit.acts if b in links.get(aid, frozenset({aid}))]  # in the order of the acts
        seen.update(a.id for a in group)
        tag = f"{period}#{group[0].id}"
        alone = _situation(
            case, sit.perpetrator, sit.victim, sit.mode, tag, group, bounds, False, links, facts, uncertain_age=uncertain
        )
        merged.setdefault(tuple(sorted(alone.values.items())), []).append(alone)
    out = []
    for groups in merged.values():
        acts = sorted((by_id[a] for g in groups for a in g.acts), key=lambda a: (a.date, a.id))
        one = groups[0]  # a group by itself: its own situation
        if len(groups) > 1 or one.acts != [a.id for a in acts]:
            tag = f"{period}#{acts[0].id}"
            one = _situation(
                case, sit.perpetrator, sit.victim, sit.mode, tag, acts, bounds, False, links, facts, uncertain_age=uncertain
            )
        _beside(one, sit, facts)  # the pair's facts (its findings included) beside those of the act
        one.only, one.part_of = mine, sit.key
        one.one_act = tuple(a.date for a in acts)
        if one.values.get(MEANS_FACT) is None and (hints := separate_means(case, sit.perpetrator, sit.victim, acts)):
            one.pointers[MEANS_FACT] = hints
        one.law_date, one.continuing, one.straddles = sit.law_date, sit.continuing, sit.straddles
        if sit.law_date is not None:
            one.date = sit.law_date
        elif sit.straddles:  # one act of uncertain date across a reform: its first day (build_situations)
            one.date = one.first_act
        out.append(one)
    _act_findings(case, sit, out, facts, bounds, links)
    sit.skip, sit.handed = sit.skip | mine, sit.handed | mine
    return out


def _act_findings(
    case: Case,
    sit: Situation,
    groups: list[Situation],
    facts: frozenset[str],
    bounds: dict[str, tuple[date, date] | None],
    links: dict[str, frozenset[str]],
) -> None:
    """The pair's findings on a fact of the act, on each group its acts leave it unknown on: « non » (no act) holds for
    each; « oui » (some act) only for the one group that can hold it, the others known « non », else to establish."""
    for f in case.findings:
        if (f.perpetrator, f.victim) != (sit.perpetrator, sit.victim) or f.value is None or f.fact not in facts:
            continue
        open_ = [g for g in groups if g.values.get(f.fact) is not False]
        for g in groups if f.value is False else open_ if len(open_) == 1 else []:
            if g.values.get(f.fact) is None:
                note = f" — {f.note}" if f.note else ""
                g.values[f.fact] = f.value
                g.evidence[f.fact] = [
                    Evidence(f"constat:{f.perpetrator}>{f.victim}:{f.fact}", f"fait établi par l'enquête{note}")
                ]
    for g in groups:
        acts = [a for a in case.acts if a.id in set(g.acts)]
        _unpaid_by_findings(case, _Ctx(case, sit.perpetrator, sit.victim, acts, bounds, links), g)


def of_the_act() -> frozenset[str]:
    """The facts of one act (``of_the_act: true`` in rules/facts.yaml)."""
    return vocabulary().of_the_act()


def _situation(
    case: Case,
    perp: str,
    victim: str,
    mode: str,
    period: str,
    acts: list[Act],
    bounds: dict[str, tuple[date, date] | None],
    findings: bool = True,
    links: dict[str, frozenset[str]] | None = None,
    facts: frozenset[str] | None = None,
    provoked: list[tuple[str, tuple[date, date]]] | None = None,
    uncertain_age: bool = False,
) -> Situation:
    ctx = _Ctx(case, perp, victim, acts, bounds, links, uncertain_age)
    if provoked:
        first, last = min(d[0] for _, d in provoked), max(d[1] for _, d in provoked)
    else:
        first, last = acts[0].date, max(a.end_date or a.date for a in acts)
    sit = Situation(
        key=f"{perp}|{victim}|{mode}|{period}",
        perpetrator=perp,
        victim=victim,
        mode=mode,
        date=last,
        acts=[a.id for a in acts],
        last_act=last,
        first_act=first,
        uncertain_age=uncertain_age,
    )
    if provoked:  # no act of the pair: the ages are read on the days of the provocations
        ctx.provoked = sit.provoked = [aid for aid, _ in provoked]
        ctx.days, ctx.ends = [(aid, d[0]) for aid, d in provoked], [d[0] for _, d in provoked]
    _derive(ctx, facts, sit.values, sit.evidence, None if provoked else _known(case, perp, victim, acts, uncertain_age))
    if findings:
        _apply_findings(case, sit)
        _unpaid_by_findings(case, ctx, sit)
    if read_over := acts if uncertain_age else [a for a in acts if a.end_date and a.kind in instantaneous_acts()]:
        _age_pointers(case, sit, read_over, bounds)
    return sit


def _unpaid_by_findings(case: Case, ctx: _Ctx, sit: Situation) -> None:
    """``sexual_act_unremunerated``, unknown on the acts, read on the findings of remuneration that concern them."""
    name = "sexual_act_unremunerated"
    if name not in sit.values or sit.values[name] is not None:
        return
    stated = {f.fact: f.value for f in case.findings if (f.perpetrator, f.victim) == (sit.perpetrator, sit.victim)}
    known = {k: v for k, v in stated.items() if v is not None}
    value, evidence = unremunerated_by_findings(ctx, frozenset(SEXUAL_KINDS), known)
    if value is not None:
        sit.values[name], sit.evidence[name] = value, evidence


def _apply_findings(case: Case, sit: Situation) -> None:
    """Facts stated by the investigation override an unknown derivation; a conflict is refused."""
    from engine.kernel.errors import CaseInputError

    for i, f in enumerate(case.findings):
        if f.perpetrator != sit.perpetrator or f.victim != sit.victim or f.value is None:
            continue
        derived = sit.values.get(f.fact)
        if derived is not None and derived != f.value:
            raise CaseInputError(
                [
                    (
                        f"findings[{i}].value",
                        f"fait contradictoire : « {f.fact} » vaut « {'oui' if derived else 'non'} » d'après les actes "
                        f"({', '.join(e.ref for e in sit.evidence[f.fact])})",
                    )
                ]
            )
        sit.values[f.fact] = f.value
        note = f" — {f.note}" if f.note else ""
        sit.evidence[f.fact] = [Evidence(f"constat:{f.perpetrator}>{f.victim}:{f.fact}", f"fait établi par l'enquête{note}")]
