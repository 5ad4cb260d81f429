"""Facts read on the qualifications of the case (``from_qualifications:`` in rules/facts.yaml).

Some words of an article refer to another qualification of the facts: « hors les cas de viol ou d'agression
sexuelle » (225-12-2 al. 6, 227-22-2, 227-25, 227-27), « le crime ou le délit qui a été commis ou qui devait être
commis contre la personne victime » (225-4-5). Such a fact is unknown on the first run; the engine then reads it
on the qualifications that run gave and runs the case again with it, until nothing changes. Two readings:

- ``{families: [famille, …]}`` — the same facts qualified in one of these families: the qualifications of the
  same perpetrator, victim and mode on the same acts. « oui » when one is established, unknown when one is
  to be established (and none established: its evidence names it, the qualification the carve-out gives way to if
  it is proved), « non » when each is excluded or none is listed.
- ``{heavier_than: [famille, …], knowledge: fait}`` — a crime or délit committed or intended against the same
  victim, by anyone, punished by a longer deprivation of liberty than the qualification of these families
  (before this circumstance), of which the perpetrator had knowledge: his own act, or ``knowledge`` (a fact of
  the pair, a finding: the crimes or délits), and ``circumstances`` (a fact of the pair, a finding: their
  aggravating circumstances; absent, they follow ``knowledge``). Another's offence counts with its penalty as
  committed when he knew its circumstances, else with its base penalty only (« des peines attachées aux seules
  circonstances aggravantes dont il a eu connaissance »); his own, as committed. « oui » (with the heaviest penalty
  known) when one is established and known — a heavier one whose knowledge is unknown stays noted, to establish;
  unknown when one is to be established or its knowledge unknown; « non » only when each heavier one was unknown
  to him, or none is heavier.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from engine.case.dates import dmy
from engine.case.model import Case
from engine.kernel.errors import RuleFileError
from engine.kernel.result_model import AggravationOut, PenaltyOut, Qualification
from engine.law.conditions import Pattern, Terms, holds_any, terms_of
from engine.law.loader import RuleBook
from engine.law.vocabulary import FactDef, vocabulary
from engine.reasoning import case_memo
from engine.reasoning.evidence import Evidence, Result
from engine.reasoning.provoked import provoked_offence
from engine.reasoning.situations import SEXUAL_ACTS, SEXUAL_MEANS_KINDS, Situation, each_act

RAISED_PENDING = "peine relevée à établir (la peine de la qualification reste celle de la traite dans l'intervalle) : "
"""The note of a circumstance lending another's penalty (225-4-5) left to establish: what is missing (shown in text)."""


@dataclass(frozen=True)
class Referred:
    """The qualification a fact was read on, and the penalty it lends (225-4-5: the penalty of that offence)."""

    qualification: Qualification
    penalty: PenaltyOut
    nature: str


@dataclass(frozen=True)
class Reading:
    fact: str
    families: frozenset[str] = frozenset()
    heavier_than: frozenset[str] = frozenset()
    knowledge: str | None = None
    circumstances: str | None = None
    own_knowledge: tuple[str, ...] = ()
    provoked: frozenset[str] = frozenset()


SHAPES = (
    "attend {families: [...]}, {heavier_than: [...], knowledge: fait[, circumstances: fait][, own_knowledge: [fait, …]]}"
    " ou {provoked: [crime, délit]}"
)


def _spec(fact: FactDef, known: set[str]) -> Reading:
    raw: Any = fact.from_qualifications

    def fail(message: str) -> RuleFileError:
        return RuleFileError("facts.yaml", fact.line, f"lecture du fait « {fact.name} » sur les qualifications : {message}")

    if not isinstance(raw, dict) or not raw:
        raise fail(SHAPES)
    if set(raw) == {"families"} and isinstance(raw["families"], list) and raw["families"]:
        return Reading(fact.name, families=frozenset(map(str, raw["families"])))
    if set(raw) == {"provoked"} and isinstance(raw["provoked"], list) and set(raw["provoked"]) <= {"crime", "délit"}:
        return Reading(fact.name, provoked=frozenset(map(str, raw["provoked"])))
    heavier = isinstance(raw.get("heavier_than"), list) and raw["heavier_than"]
    if heavier and {"heavier_than", "knowledge"} <= set(raw) <= {"heavier_than", "knowledge", "circumstances", "own_knowledge"}:
        own = raw.get("own_knowledge", [])
        if not isinstance(own, list):
            raise fail(SHAPES)
        for name in [raw["knowledge"], raw.get("circumstances", raw["knowledge"]), *own]:
            if name not in known:
                raise fail(f"fait de connaissance inconnu : {name}")
        circumstances = str(raw["circumstances"]) if "circumstances" in raw else None
        return Reading(
            fact.name,
            heavier_than=frozenset(map(str, raw["heavier_than"])),
            knowledge=str(raw["knowledge"]),
            circumstances=circumstances,
            own_knowledge=tuple(map(str, own)),
        )
    raise fail(SHAPES)


def from_qualifications() -> list[Reading]:
    """The facts of rules/facts.yaml read on the qualifications (checked: file and line on error)."""
    vocab = vocabulary()
    return [_spec(f, set(vocab.facts)) for f in vocab.facts.values() if f.from_qualifications is not None]


def _overlaps(q: Qualification, sit: Situation) -> bool:
    start, end = q.period_start or sit.first_act, q.period_end or sit.last_act
    return start <= sit.last_act and end >= sit.first_act


def _prison(p: PenaltyOut) -> tuple[int, int]:
    """The length of the deprivation of liberty (225-4-5: « une peine privative de liberté d'une durée supérieure »)."""
    return (1 if p.life else 0, p.prison_years or 0)


def _said(q: Qualification) -> str:
    status = {"established": "établie", "to_establish": "à établir", "excluded": "exclue"}[q.status]
    attempt = "tentative de " if q.mode == "tentative" else ""
    return f"{attempt}{q.article} ({q.label}) de {q.perpetrator} envers {q.victim} : {status}"


def _same_pair(q: Qualification, sit: Situation) -> bool:
    return (q.perpetrator, q.victim, q.mode) == (sit.perpetrator, sit.victim, sit.mode) and _overlaps(q, sit)


@dataclass(frozen=True)
class SexualAct:
    """A sexual act of the situation: its days and the facts it gives by itself (engine/reasoning/situations.py
    ``each_act``), empty when not read."""

    first: dt.date
    last: dt.date
    values: dict[str, bool | None]


def sexual_days(
    case: Case,
    sit: Situation,
    book: RuleBook | None = None,
    only: frozenset[str] | None = None,
    families: frozenset[str] | None = None,
) -> tuple[SexualAct, ...]:
    """Each sexual act of the situation (paid relations included): « les faits » a qualification of the same facts
    must rest on. With ``book``, each with the facts the offences of ``families`` (default: every offence) read of
    it by itself (222-23-1 al. 2, 222-22 are read act by act: a paid act's rape, an act coerced on day 20, do not
    make an unpaid act, an act without coercion, of another day a rape). ``only``: these acts of the situation
    instead (the defining acts of the offence read, engine/api.py ``_days``), those of no sexual kind by their days.
    Made once per classification for the same acts of the same pair (each pass over the qualifications reads them)."""
    key = ("sexual_days", sit.perpetrator, sit.victim, tuple(sit.acts), id(book), only, families)
    return case_memo.once(case, key, lambda: _sexual_days(case, sit, book, only, families))


def _sexual_days(
    case: Case, sit: Situation, book: RuleBook | None, only: frozenset[str] | None, families: frozenset[str] | None
) -> tuple[SexualAct, ...]:
    ids, kinds = set(sit.acts), SEXUAL_ACTS | SEXUAL_MEANS_KINDS
    links = case_memo.links(case)
    if only is not None:  # with the acts stated to be the same facts (paid relations: the sexual act they are)
        only = frozenset(b for a in only for b in links.get(a, frozenset({a})))
    acts = [a for a in case.acts if a.id in ids and (a.kind in kinds if only is None else a.id in only)]
    sexual = {a.id for a in acts if a.kind in SEXUAL_ACTS}
    # paid relations stated to be the same facts as a sexual act are that act (rules/facts.yaml): read once, on it
    acts = [a for a in acts if a.kind in SEXUAL_ACTS or not (links.get(a.id, frozenset()) - {a.id}) & sexual]
    if book is None or not acts:
        return tuple(SexualAct(a.date, a.end_date or a.date, {}) for a in acts)
    own = dict((a.id, v) for a, v in each_act(case, sit, _facts_read(book, families)))
    # a defining act that is no sexual act (an incitation) is read on its days only: the rape or assault it is the
    # same facts as spans them
    return tuple(SexualAct(a.date, a.end_date or a.date, own.get(a.id, {}) if a.kind in kinds else {}) for a in acts)


_READ: dict[tuple[int, frozenset[str] | None], frozenset[str]] = {}


def _facts_read(book: RuleBook, families: frozenset[str] | None = None) -> frozenset[str]:
    """The facts the elements of every offence of ``families`` (default: every offence) read (made once per rule
    book): all that :func:`_rests` reads of an act for a qualification of these families."""
    key = (id(book), families)
    if key not in _READ:
        offences = [o for o in book.offences.values() if families is None or o.family in families]
        _READ[key] = frozenset(n for o in offences for v in o.versions for e in v.elements for n in e.facts_read())
    return _READ[key]


def _rests(q: Qualification, act: SexualAct, book: RuleBook | None) -> bool | None:
    """Whether ``q``'s offence holds on this act by its own facts: each element of its version holds (True), the act
    is not its defining act (first element) or one element is excluded (False), else unknown (None, also when the act
    was not read)."""
    offence = book.offences.get(q.offence) if book is not None and act.values else None
    version = next((v for v in offence.versions if q.version and v.id == q.version.id), None) if offence else None
    if version is None:
        return None
    unknown = False
    for i, e in enumerate(version.elements):
        if holds_any(_terms(e.satisfied_when), act.values):
            continue
        if not i or (e.excluded_when and holds_any(_terms(e.excluded_when), act.values)):
            return False
        unknown = True
    return None if unknown else True


_TERMS: dict[int, tuple[list[Pattern], Terms]] = {}


def _terms(alternatives: list[Pattern]) -> Terms:
    """The :func:`terms_of` of a condition of the rule book, made once (keyed by the list, held so that no other
    takes its ``id``)."""
    found = _TERMS.get(id(alternatives))
    if found is None or found[0] is not alternatives:
        found = _TERMS[id(alternatives)] = (alternatives, terms_of(alternatives))
    return found[1]


def _covers(q: Qualification, sit: Situation, acts: tuple[SexualAct, ...], book: RuleBook | None = None) -> bool:
    """Whether ``q`` rests on every one of these acts: its offence's own conduct in the situation (222-23-1 al. 2,
    ``own_acts``: the paid acts only) spans them, and none of them rules it out by its own facts."""
    return all(_on(q, sit, a, book) is True for a in acts)


def _on(q: Qualification, sit: Situation, act: SexualAct, book: RuleBook | None) -> bool | None:
    """Whether ``q`` rests on this act: within its own conduct and, the act read, holding on its own facts (unknown
    when they leave it to establish: an act coerced on day 20 does not make an act of day 1 an agression)."""
    start, end = _period(q, sit)
    if not (start <= act.first and act.last <= end):
        return False
    return _rests(q, act, book) if act.values else True


def _period(q: Qualification, sit: Situation) -> tuple[dt.date, dt.date]:
    """The first and last day of ``q``'s own conduct: its period, made in the situation of that conduct (its own acts,
    engine/api.py ``_conduct``), else its span in ``sit``."""
    start, end = sit.span(q.offence)
    return q.period_start or start, q.period_end or end


def _same_facts(
    r: Reading, sit: Situation, quals: list[Qualification], acts: tuple[SexualAct, ...], book: RuleBook | None = None
) -> tuple[Result, None]:
    mine = [q for q in quals if q.family in r.families and _same_pair(q, sit)]
    established = [q for q in mine if q.status == "established"]
    whole = [q for q in established if _covers(q, sit, acts, book)]
    if whole:
        same = [Evidence(f"qualification:{q.offence}", f"qualification des mêmes faits : {_said(q)}") for q in whole]
        return (True, same), None
    # to establish on these acts: a qualification to establish, or established but not ruled out by an act's own facts;
    # not yet a « cas de viol »: the carve-out's elements read the unknown as satisfied (the atteinte holds meanwhile,
    # subsidiary) and this evidence names what it gives way to if proved
    doubt = [q for q in mine if q.status == "to_establish" and all(_on(q, sit, a, book) is not False for a in acts)]
    doubt += [q for q in established if any(_on(q, sit, a, book) is None for a in acts)]
    if doubt:
        note = " — tant qu'elle n'est pas établie, l'infraction subsidiaire est retenue ; elle cède devant elle si elle l'est"
        return (
            None,
            [Evidence(f"qualification:{q.offence}", f"qualification des mêmes faits : {_said(q)}{note}") for q in doubt],
        ), None
    if established:  # established on some of the acts only: the others are not those facts
        return (
            False,
            [
                Evidence(
                    f"qualification:{q.offence}",
                    f"qualification des seuls faits du {dmy(_period(q, sit)[0])} au {dmy(_period(q, sit)[1])} : "
                    f"{_said(q)} ;"
                    " les autres faits n'en relèvent pas",
                )
                for q in established
            ],
        ), None
    none = f"aucune qualification de viol ni d'agression sexuelle des mêmes faits de {sit.perpetrator} envers {sit.victim}"
    seen = [
        Evidence(f"qualification:{q.offence}", f"qualification des mêmes faits : {_said(q)}")
        for q in mine
        if q.status == "excluded"  # one to establish is here only when it is not on these acts: not the same facts
    ]
    return (False, seen or [Evidence(f"qualifications:{sit.perpetrator}>{sit.victim}", none)]), None


@dataclass(frozen=True)
class Candidate:
    """An offence against the victim punished more severely than the trafficking, with the penalty it lends and
    whether its perpetrator knew of it: as committed (``raised``: the established circumstances that raise it), or
    its base penalty (``stripped``: without those circumstances); ``doubtful``: the circumstances to establish that
    alone make it heavier (the penalty then to establish, never excluded)."""

    q: Qualification
    penalty: PenaltyOut
    knew: bool | None
    raised: tuple[str, ...] = ()
    stripped: bool = False
    knew_offence: bool | None = True
    doubtful: tuple[str, ...] = ()


def _both(a: bool | None, b: bool | None) -> bool | None:
    return False if a is False or b is False else (True if a is True and b is True else None)


def _weight(p: PenaltyOut) -> tuple[int, int, int]:
    return (*_prison(p), p.fine_eur or 0)


def _circumstance_facts(q: Qualification, book: RuleBook | None, agg_id: str) -> tuple[str, ...]:
    offence = book.offences.get(q.offence) if book is not None else None
    version = next((v for v in offence.versions if v.id == q.version.id), None) if offence else None
    agg = next((a for a in version.aggravations if a.id == agg_id), None) if version else None
    return agg.facts_read() if agg is not None else ()


def _subsidiary(q: Qualification, lent: list[Qualification]) -> bool:
    """Whether ``q``, punished by its base penalty, gives way on the same acts to one of ``lent`` (the qualifications
    established with circumstances of their own) of the same family (222-23-1 « Hors le cas prévu à l'article
    222-23 », whose age element is 222-23's circumstance 222-24 2°): the offence committed is that one, lent with the
    circumstances he knew."""
    return any(
        o is not q
        and (o.perpetrator, o.victim, o.mode, o.family) == (q.perpetrator, q.victim, q.mode, q.family)
        and _weight(o.penalty) >= _weight(q.penalty)
        and (o.period_start or dt.date.min) <= (q.period_end or dt.date.max)
        and (q.period_start or dt.date.min) <= (o.period_end or dt.date.max)
        for o in lent
    )


def _candidates(r: Reading, sit: Situation, quals: list[Qualification], book: RuleBook | None = None) -> list[Candidate] | None:
    """The offences against the victim punished more severely than the perpetrator's own of ``r.heavier_than``: his
    own as committed; another's, circumstance by circumstance, with those he knew (``r.circumstances``; a
    circumstance reading one of ``r.own_knowledge`` is known to him when that fact is his, « oui »), its base penalty
    if he knew the offence (225-4-5: « des peines attachées aux seules circonstances aggravantes dont il a eu
    connaissance »); with the circumstances to establish that alone make it heavier (``doubtful``). None when the
    perpetrator has no qualification of ``r.heavier_than`` (not excluded)."""
    own = [q for q in quals if q.family in r.heavier_than and _same_pair(q, sit) and q.status != "excluded"]
    if not own:
        return None
    base = max(_prison(q.penalty) for q in own)
    knew = sit.values.get(r.knowledge or "")
    aware = sit.values.get(r.circumstances) if r.circumstances else True
    lent = [o for o in quals if o.victim == sit.victim and o.status == "established" and o.penalty != o.base_penalty]

    def known(q: Qualification, agg_id: str) -> bool | None:
        """Whether the perpetrator knew this circumstance of ``q`` (of his own offence, he did)."""
        if q.perpetrator == sit.perpetrator:
            return True
        read = _circumstance_facts(q, book, agg_id)
        return _both(knew, True if any(f in read and sit.values.get(f) is True for f in r.own_knowledge) else aware)

    out = []
    for q in quals:
        if q.victim != sit.victim or q.family in r.heavier_than or q.status == "excluded" or _top(q) <= base:
            continue  # (none of its penalties heavier: no candidate)
        mine, plain = q.perpetrator == sit.perpetrator, q.penalty == q.base_penalty
        if not mine and plain and _subsidiary(q, lent):
            continue
        offence = True if mine else knew
        raised = tuple(a.article for a in q.aggravations if a.status == "established") if not plain else ()
        used = _used(q)
        if (mine or not raised) and _prison(q.penalty) > base:
            out.append(Candidate(q, q.penalty, offence, raised, knew_offence=offence))
        elif raised and _prison(q.base_penalty) > base:
            out.append(Candidate(q, q.base_penalty, knew, raised, stripped=True, knew_offence=knew))
        for a in q.aggravations:
            if a.status == "excluded" or a.penalty.kind == "renvoi" or _prison(a.penalty) <= base:
                continue
            if a.status == "to_establish" and _prison(a.penalty) > _prison(q.penalty) and _pointed(a, used):
                out.append(Candidate(q, a.penalty, known(q, a.id), raised, knew_offence=offence, doubtful=(a.article,)))
            elif a.status == "established" and raised and not mine:
                out.append(Candidate(q, a.penalty, known(q, a.id), raised, knew_offence=offence))
    return _unique(out)


def _top(q: Qualification) -> tuple[int, int]:
    """The longest deprivation of liberty among ``q``'s penalty, base penalty and circumstances' penalties (made once
    per qualification in a classification: the memo holds ``q``, so that no other takes its ``id``)."""

    def make() -> tuple[Qualification, tuple[int, int]]:
        return q, max(_prison(q.penalty), _prison(q.base_penalty), *(_prison(a.penalty) for a in q.aggravations))

    return case_memo.shared(("derived.top", id(q)), make)[1]


def _used(q: Qualification) -> set[str]:
    """The facts established circumstances of ``q`` rest on."""
    return {f.fact for o in q.aggravations if o.status == "established" for f in o.explanation.facts if f.value is True}


def _pointed(a: AggravationOut, used: set[str]) -> bool:
    """Whether the case points to this circumstance to establish: a fact it reads is established that no established
    circumstance of its qualification already rests on (``used``: p knew the age under fifteen; the rapist carried a
    weapon), or one unknown rests on what the case states. One whose facts are simply not stated (tortures), or whose
    only established fact is that of a circumstance already retained (225-8: the minor of 225-7 1°, the gang unknown),
    is the checklist every qualification carries, not a heavier penalty of this case."""
    return any((f.value is True and f.fact not in used) or (f.value is None and f.evidence) for f in a.explanation.facts)


def _unique(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per qualification and penalty: the one best known (several circumstances carrying it)."""
    rank = {True: 0, None: 1, False: 2}
    best: dict[tuple[int, str, bool], Candidate] = {}
    for c in cands:
        key = (id(c.q), c.penalty.summary, c.stripped)
        if key not in best or rank[c.knew] < rank[best[key].knew]:
            best[key] = c
    return list(best.values())


def _lent(c: Candidate, perpetrator: str) -> str:
    how = "ses propres faits" if c.q.perpetrator == perpetrator else "infraction dont il a eu connaissance"
    if c.stripped:
        how += f", peine de base : sans ses circonstances aggravantes ({', '.join(c.raised)})"
    fine = (
        " ; l'amende propre de la traite (225-4-1) n'est pas maintenue : lecture littérale de « est punie des peines "
        "attachées aux crimes ou aux délits », que les textes fournis ne tranchent pas (à apprécier)"
    )
    return f"{_said(c.q)} — {c.penalty.summary} ({how}){fine}"


def _heavier(
    r: Reading, sit: Situation, quals: list[Qualification], book: RuleBook | None = None
) -> tuple[Result, Referred | None]:
    candidates = _candidates(r, sit, quals, book)
    if candidates is None:
        return (None, []), None
    known = [c for c in candidates if c.q.status == "established" and c.knew is True and not c.doubtful]
    if known:
        best = max(known, key=lambda c: _weight(c.penalty))
        nature = "crime" if best.penalty.kind == "reclusion_criminelle" else ("délit" if best.stripped else best.q.nature)
        open_ = [
            Evidence(f"qualification:{c.q.offence}", f"peine plus lourde à établir : {n}")
            for c, n in _notes(sit, candidates, best.penalty)
        ]
        lent = Evidence(f"qualification:{best.q.offence}", _lent(best, sit.perpetrator))
        return (True, [lent, *open_]), Referred(best.q, best.penalty, nature)
    if any(c.knew is not False for c in candidates):
        notes = [
            Evidence(f"qualification:{c.q.offence}", f"peine plus lourde à établir : {n}") for c, n in _notes(sit, candidates)
        ]
        return (None, notes), None
    if candidates:
        return (False, [Evidence(f"qualification:{c.q.offence}", _unaware(c, sit.perpetrator)) for c in candidates]), None
    none = f"aucune infraction contre {sit.victim} n'est punie d'une peine privative de liberté plus longue que la traite"
    return (False, [Evidence(f"qualifications:{sit.victim}", none)]), None


def _unaware(c: Candidate, perpetrator: str) -> str:
    if c.raised and not c.stripped and c.penalty != c.q.base_penalty:
        return (
            f"{_said(c.q)} : {perpetrator} n'a pas eu connaissance de ses circonstances aggravantes "
            f"({', '.join(c.raised)}) ou de l'infraction ; sans elles, elle n'est pas punie plus sévèrement que la traite"
        )
    return f"{_said(c.q)} : {perpetrator} n'en a pas eu connaissance"


def _notes(sit: Situation, candidates: list[Candidate], above: PenaltyOut | None = None) -> list[tuple[Candidate, str]]:
    """The heavier penalties left to establish (heavier than ``above``, the penalty lent, when one is), each with
    what is to establish."""
    out = []
    for c in candidates:
        if c.knew is False or (above is not None and _weight(c.penalty) <= _weight(above)):
            continue
        who = "".join(f" ; circonstance {a} : à établir" for a in c.doubtful)
        if c.knew is None:
            circs = (*c.raised, *(a for a in c.doubtful if a not in c.raised))
            listed = f" ({', '.join(circs)})"
            if c.stripped or not circs:
                of = ""
            elif c.knew_offence is None:
                of = f" de l'infraction et de ses circonstances{listed}"
            else:
                of = f" de ses circonstances{listed}"
            who += f" ; connaissance par {sit.perpetrator}{of} : à établir"
        out.append((c, f"{_said(c.q)} — {c.penalty.summary}{who}"))
    return out


def pending(
    sit: Situation,
    quals: list[Qualification],
    reading: Reading,
    above: PenaltyOut | None = None,
    book: RuleBook | None = None,
) -> list[str]:
    """What is left to establish for a fact read on the qualifications (its note when unknown; established, the
    heavier penalties than ``above``, the one lent, whose knowledge is to establish)."""
    if reading.provoked:
        return []  # the provoked act's qualification to establish is named in the fact's evidence
    if not reading.heavier_than:
        return [_said(q) for q in quals if q.family in reading.families and _same_pair(q, sit) and q.status == "to_establish"]
    return [n for _, n in _notes(sit, _candidates(reading, sit, quals, book) or [], above)]


def derive(
    readings: list[Reading],
    sit: Situation,
    quals: list[Qualification],
    acts: tuple[SexualAct, ...] = (),
    book: RuleBook | None = None,
    case: Case | None = None,
) -> dict[str, tuple[Result, Referred | None]]:
    """Each fact read on the qualifications, for ``sit`` (``acts``: its sexual acts, :func:`sexual_days`; ``case``:
    its participations, for ``provoked``)."""
    out: dict[str, tuple[Result, Referred | None]] = {}
    for r in readings:
        if r.provoked:
            out[r.fact] = (provoked_offence(r, sit, quals, case), None)
        else:
            out[r.fact] = _same_facts(r, sit, quals, acts, book) if r.families else _heavier(r, sit, quals, book)
    return out
