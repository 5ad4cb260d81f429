"""The flag says no more and no less than the qualifications it rests on (``rests_on`` of a protection rule's
alternative: offences, or « id#circonstance »), of the same client and victim (C. pén. 112-1: an act of uncertain
date across 05/03/2002, the day 225-12-1 came into force, leaves both « à établir »; a rape established beside the
tier of a minor under fifteen is named; a minor client's 227-25 « par un majeur » excluded, so is the flag)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from engine.case.dates import dmy
from engine.kernel.result_model import Qualification
from engine.law.protection_model import Alternative
from engine.reasoning.analysis import LATER_DATE
from engine.reasoning.protection_facts import Subject


@dataclass(frozen=True)
class _Read:
    """A qualification of the subject's pair as a ``rests_on`` entry reads it: the offence, or one of its circumstances
    (« id#circonstance »: established only when both are; excluded when either is, or the version has none)."""

    ref: str
    article: str
    label: str
    status: str
    missing: list[str]
    excluded_by: list[str]
    period_start: dt.date | None
    period_end: dt.date | None
    of: int  # the qualification read (its id): one offence and one of its circumstances may read the same


def _reading(ref: str, q: Qualification) -> _Read:
    circumstance = ref.partition("#")[2]
    if not circumstance:
        return _Read(ref, q.article, q.label, q.status, q.missing, q.excluded_by, q.period_start, q.period_end, id(q))
    agg = next((a for a in q.aggravations if a.id == circumstance), None)
    if agg is None:
        excluded = [*q.excluded_by, f"la version {q.version.id} ne prévoit pas cette circonstance"]
        return _Read(ref, q.article, q.label, "excluded", [], excluded, q.period_start, q.period_end, id(q))
    statuses = {q.status, agg.status}
    status = "excluded" if "excluded" in statuses else "to_establish" if "to_establish" in statuses else "established"
    return _Read(
        ref,
        f"{q.article}, circonstance {agg.article}",
        f"{q.label} — {agg.label}",
        status,
        [*q.missing, *agg.missing],
        [*q.excluded_by, *agg.excluded_by],
        q.period_start,
        q.period_end,
        id(q),
    )


_WORD = {"established": "établie", "to_establish": "à établir", "excluded": "exclue"}


def _beside(read: list[_Read], shown: list[_Read]) -> str:
    """The other qualifications the flag rests on, established or to establish, by article (an established rape beside
    the tier it retains, a rape to establish beside the assault retained, with what it lacks), with the days of their
    acts: « (qualifications des faits : art. 222-23 établie (faits du 08/10/2019)) »; none that says again what
    ``shown`` says (an offence and its circumstance read on one act); the excluded ones are the qualifications' to
    say (an act of another day, under another law)."""
    said = {(s.of, s.status) for s in shown}
    rest = dict.fromkeys(
        f"art. {r.article} {_WORD[r.status]}{_when(r)}" + (f" : {' ; '.join(r.missing)}" if r.missing else "")
        for r in read
        if r.status != "excluded" and r not in shown and (r.of, r.status) not in said
    )
    return f" (qualifications des faits : {' ; '.join(rest)})" if rest else ""


def _when(r: _Read) -> str:
    """« (faits du 01/12/2001 au 01/05/2002) »: the acts a qualification rests on (several acts of the pair)."""
    if r.period_start is None:
        return ""
    if r.period_end in (None, r.period_start):
        return f" (faits du {dmy(r.period_start)})"
    return f" (faits du {dmy(r.period_start)} au {dmy(r.period_end)})"


def _said(qs: list[_Read], what: str, lacks: str) -> str:
    """« art. X (libellé) <what> : <ce qui manque ou l'écarte> », once per qualification text."""
    return " ; ".join(dict.fromkeys(f"art. {q.article} ({q.label}) {what} : {' ; '.join(getattr(q, lacks))}" for q in qs))


def bounded(
    alt: Alternative, subject: Subject, quals: list[Qualification], minority: frozenset[str] = frozenset()
) -> tuple[str, str, list[str]]:
    """The status and text of ``alt`` for ``subject``, against the qualifications of its pair of the offences (or
    circumstances) it rests on (``rests_on``, the one its text names first): the flag says no more than they do (C. pén.
    112-1: an act of uncertain date across 05/03/2002, the day 225-12-1 came into force). « Established »: while the
    first is, as it stands; else another established, on that one, the first to establish; else one to establish,
    « à établir » with what it lacks; else each excluded, « excluded » with what excludes it. « To establish »: the
    first established, « established » on it for a minor whose minority the client knew (said beside it otherwise);
    each excluded, « excluded »; else what they lack as to the date of the facts is said too; others established are
    said beside it. « To establish » with ``established_on: any``: « established » as soon as one is (a rape, on no
    knowledge of the minority), but one of ``minority`` (the rule's ``minority_offences``) only for a minor whose
    minority the client knew. None qualified: the flag's own reading stands, but an « established » resting on
    offences is « à établir », saying so. Also what would change it."""
    pair = (subject.person, subject.victim)
    read = [
        _reading(ref, q)
        for ref in alt.rests_on
        for q in quals
        if q.offence == ref.partition("#")[0] and (q.perpetrator, q.victim) == pair
    ]
    established = [r for r in read if r.status == "established"]
    pending = [r for r in read if r.status == "to_establish"]
    first = [r for r in established if r.ref == alt.rests_on[0]]
    if not read:  # none qualified: an « established » resting on offences says no more than they (C. pén. 112-1)
        if alt.status == "established" and alt.rests_on:
            return "to_establish", f"à établir : {NONE_QUALIFIED} ; cela établi, {alt.text}", [NONE_QUALIFIED]
        return alt.status, alt.text, []
    # established alone: an offence it rests on that needs no knowledge of the minority (a rape), or a minor's whose
    # minority the client knew
    alone = [r for r in established if r.ref.partition("#")[0] not in minority or _on_minority(subject)]
    if alt.status == "excluded":  # excluded on its own facts; an offence it rests on established prosecutes the client
        if not alone:
            return alt.status, alt.text + _beside(read, []), []
        named = " ; ".join(dict.fromkeys(f"art. {r.article} ({r.label}){_when(r)}" for r in alone))
        return "established", f"poursuivre le client au titre de la qualification établie, {named} ; {alt.text}", []
    if alone and not first and alt.status == "to_establish" and alt.established_on == "any":  # the first: below
        named = " ; ".join(dict.fromkeys(f"art. {r.article} ({r.label}){_when(r)}" for r in alone))
        return "established", f"poursuivre le client au titre de la qualification établie, {named} ; {alt.text}", []
    if first and alt.status == "established":
        return alt.status, alt.text + _beside(read, first), []
    if first:  # to establish by its own facts, established by the qualification
        named = ", ".join(dict.fromkeys(f"art. {r.article} ({r.label}){_when(r)}" for r in first))
        if _on_minority(subject) or alt.rests_on[0].partition("#")[0] not in minority:  # a minor's, known; or a rape
            return "established", f"poursuivre le client au titre de la qualification établie, {named}", []
        vulnerable = f"la qualification {named} est toutefois établie"
        vulnerable += " (au titre de la particulière vulnérabilité)"
        return alt.status, f"{alt.text} ; {vulnerable} : le délit demeure à ce titre", []
    if alt.status == "to_establish":
        if established:  # on other acts, or not on the minority: said beside it
            return alt.status, alt.text + _beside(read, []), []
        own = any(r.ref == alt.rests_on[0] for r in read)  # the offence its text names first, read: not others alone
        if not pending and own and _on_its_day(read, subject):  # each excluded, one on the acts it read: so is the flag
            return "excluded", f"qualification des mêmes faits exclue — {_said(read, 'exclue', 'excluded_by')}{SEXUAL_LEFT}", []
        dates = list(dict.fromkeys(m for r in pending for m in r.missing if m.startswith(LATER_DATE)))
        if not dates:
            return alt.status, alt.text, []
        return alt.status, f"{alt.text} ; établir aussi {' ; '.join(dates)}", dates
    lead = [r for r in pending if r.ref == alt.rests_on[0]]  # the offence its text names, to establish
    shut = _said([r for r in read if r.ref == alt.rests_on[0] and r.status == "excluded"], "exclue", "excluded_by")
    # what follows the ground retained: the offence its text names, to establish (then what the text says), or excluded
    after = f"{_said(lead, 'à établir', 'missing')} ; cela établi, {alt.text}" if lead else shut
    if established:
        named = " ; ".join(dict.fromkeys(f"art. {r.article} ({r.label}){_when(r)}" for r in established))
        text = f"poursuivre le client au titre de la qualification établie, {named}"
        shown = [*established, *lead, *(r for r in read if r.ref == alt.rests_on[0])]
        return "established", (f"{text} ; {after}" if after else text) + _beside(read, shown), _lacking(lead)
    if pending:
        if lead:
            return "to_establish", f"qualification des mêmes faits, {after}", _lacking(lead)
        said = f"qualification des mêmes faits, {_said(pending, 'à établir', 'missing')}"
        return "to_establish", f"{said} ; {shut}" if shut else said, _lacking(pending)
    if not _on_its_day(read, subject):  # excluded on other acts only: the flag's own reading of its acts stands
        return alt.status, alt.text, []
    return "excluded", f"qualification des mêmes faits exclue — {_said(read, 'exclue', 'excluded_by')}{SEXUAL_LEFT}", []


def _lacking(reads: list[_Read]) -> list[str]:
    return list(dict.fromkeys(m for r in reads for m in r.missing))


def _on_minority(subject: Subject) -> bool:
    """Whether the subject's minority and the client's knowledge of it are established (the flag is that of a minor:
    225-12-1 established on a particular vulnerability makes no « client d'un mineur »)."""
    values = subject.values
    return values.get("client_mineur") is True and True in (
        values.get("client_connaissait_minorite"),
        values.get("client_connaissait_moins_15"),
    )


def _on_its_day(quals: list[_Read], subject: Subject) -> bool:
    """Whether one of ``quals`` covers the day of law of the subject (the acts of recourse its flag read), not only
    other acts of the pair (an adult's paid act beside a minor's act of unknown remuneration)."""
    day = subject.date
    return day is not None and any((q.period_start or day) <= day <= (q.period_end or day) for q in quals)


# an « established » alternative whose offences have no qualification of the pair (their version not encoded at the
# date of the facts, an act of uncertain date across the first text shipped)
NONE_QUALIFIED = (
    "aucune qualification des infractions sur lesquelles repose ce signalement n'est retenue pour ces faits (loi applicable"
    " à la date des faits non encodée, ou date à établir : voir les avertissements)"
)

# an excluded flag closes no case: the sexual offences that need no remuneration remain
SEXUAL_LEFT = (
    " ; les infractions sexuelles sans rémunération (viol, agression sexuelle en cas de violence, contrainte, menace ou"
    " surprise ; les atteintes sexuelles autres que celle exclue ci-dessus) restent à examiner"
)
