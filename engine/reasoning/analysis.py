"""From durable-rules firings to qualifications: status, missing elements, exclusions, penalty.

Status, per offence and situation: ``established`` when the level-2 join fired (every element
satisfied), ``excluded`` when a ``-`` rule fired for an element (a known fact contradicts it),
otherwise ``to_establish``. An unknown fact never fires a rule, so it can never exclude.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from engine.case.dates import dmy
from engine.kernel.result_model import AggravationOut, ElementOut, PenaltyOut, Qualification, Status, new_aggravation
from engine.law.rule_model import Aggravation, Element, Offence, Version
from engine.law.versions import LATER_FR, REASON_FR
from engine.reasoning.compiler import RuleMeta
from engine.reasoning.continuing import FormerTier, PartResult, Resolved, across_note, former_note, read_part
from engine.reasoning.explanations import (
    Facts,
    absent_aggravation_node,
    aggravation_node,
    attempt_date_missing,
    attempt_node,
    attempt_unpunished,
    element_node,
    law_node,
    offence_node,
)
from engine.reasoning.hits import Hits
from engine.reasoning.situations import Situation


class _FactsOf:
    """The explanation facts of the situation and of the sub-situations a later condition is read on (continuing
    offences), each made once."""

    def __init__(self, known: Facts):
        self.known = known
        self._others: dict[int, Facts] = {}

    def __call__(self, sit: Situation) -> Facts:
        if sit is self.known.sit:
            return self.known
        made = self._others.get(id(sit))
        if made is None or made.sit is not sit:
            made = self._others[id(sit)] = Facts(sit)
        return made


def _status(sat: bool, neg: bool) -> Status:
    return "established" if sat else "excluded" if neg else "to_establish"


def element_statuses(
    version: Version, sit: Situation, hits: Hits, resolved: Resolved | None = None
) -> tuple[list[str], list[str]]:
    """Missing element labels and contradicting facts, whether or not the act exists."""
    facts = _FactsOf(Facts(sit))
    missing: list[str] = []
    excluded: list[str] = []
    for el in version.elements:
        r = read_part(el, hits, sit, resolved)
        if r.status == "contradicted":
            excluded.extend(_contradiction(r.metas[0], facts(r.sit), r.since))
        elif r.status == "unknown":
            missing.append(el.label)
    return missing, excluded


def qualify(
    offence: Offence,
    version: Version,
    sit: Situation,
    hits: Hits,
    resolved: Resolved | None = None,
    known: Facts | None = None,
) -> Qualification | None:
    """One qualification, or None when its defining act (first element) is not satisfied (on acts it may rest on).
    ``known``: the situation's facts already made for other qualifications of the case."""
    act = read_part(version.elements[0], hits, sit, resolved)
    if act.status != "satisfied":
        return None  # no act of that nature between these persons (or only before the article existed)
    facts = _FactsOf(known or Facts(sit))
    elements: list[ElementOut] = []
    nodes = []
    missing: list[str] = []
    excluded_by: list[str] = []
    reads = [act, *(read_part(el, hits, sit, resolved) for el in version.elements[1:])]
    for el, r in zip(version.elements, reads, strict=True):
        elements.append(el.out(r.status))
        note, on = across_note(r, "element"), facts(r.sit)
        node = partial(element_node, offence, version, el, r.status, r.metas, r.names, on, note)
        nodes.append(on.kept(("element", id(el), version.id, r.status, *_read(r), note), _reads(el, r), node))
        if r.status == "unknown":
            missing.append(el.label)
        elif r.status == "contradicted":
            excluded_by.extend(_contradiction(r.metas[0], facts(r.sit), r.since))
    all_sat = all(e.status == "satisfied" for e in elements)
    if resolved is None and hits.established != all_sat:  # the durable-rules join and the element firings must agree
        raise RuntimeError(f"incohérence de dérivation pour {offence.id} ({sit.key})")
    day = sit.day(offence.id)  # the circumstances of the version chosen on that day (its own conduct's end, 112-1)
    attempt = sit.mode == "tentative"
    punished = offence.attempt_at(day) if attempt else None
    later = offence.attempt_at(sit.span(offence.id)[1]) if attempt and sit.straddles else punished
    if attempt and punished is None and later is not None and not excluded_by:  # an attempt of uncertain date
        reason = attempt_unpunished(offence, version, day)  # across the day its attempt became punishable (121-5)
        nodes.append(
            attempt_node(
                offence, version, f"si le commencement d'exécution est antérieur au {dmy(later.valid_from)} : {reason}"
            )
        )
        missing = [*missing, attempt_date_missing(later)]
        punished, all_sat = later, False
    elif attempt and punished is None:  # no text punished the attempt then: excluded, whatever the facts (121-4 2°)
        reason = attempt_unpunished(offence, version, day)
        nodes.append(attempt_node(offence, version, reason))
        missing, excluded_by, all_sat = [], [reason], False
    elif attempt and later is None and punished is not None and not excluded_by:  # its text ended within the period
        missing, all_sat = [*missing, attempt_date_missing(punished)], False
    choice = sit.choices.get(offence.id)
    if choice is not None and choice.since is not None:  # uncertain date, a later law: never « établie » (112-1)
        missing = [*missing, later_date_missing(offence, offence.version_at(sit.span(offence.id)[0]), choice.since)]
        all_sat = False
    status = _status(all_sat, bool(excluded_by))

    aggravations = []
    absent = []
    best = version.penalty
    nature = version.nature
    for agg in version.aggravations:
        if not agg.in_force(day):
            absent.append(absent_aggravation_node(version, agg, day))
            continue
        r = read_part(agg, hits, sit, resolved)
        shown, shown_version = agg, version
        if r.earlier is not None and isinstance(r.earlier[1], Aggravation) and r.earlier[0].version is not None:
            shown, shown_version = r.earlier[1], r.earlier[0].version  # the earlier tier: that version's circumstance
        a_status = _status(r.status == "satisfied", r.status == "contradicted")
        note, on = across_note(r, "circumstance"), facts(r.sit)
        key = ("circumstance", id(agg), id(shown), shown_version.id, a_status, *_read(r), r.since, note)
        made = partial(_circumstance, offence, shown_version, agg, shown, a_status, r, on, note)
        aggravations.append(on.kept(key, _reads(shown, r), made))
        if a_status == "established" and shown.penalty.kind != "renvoi" and shown.penalty.weight() > best.weight():
            best, nature = shown.penalty, shown.nature
    reason = choice.reason if choice else "en_vigueur"
    reason_fr = LATER_FR if choice is not None and choice.since is not None else REASON_FR[reason]
    name = offence.label_of(version)
    label = f"Tentative de {name[0].lower()}{name[1:]}" if attempt else name
    q_nature = "crime" if best.kind == "reclusion_criminelle" else nature
    cited = punished.article if punished else None  # the attempt of a crime: 121-4 2°, not the text for délits
    if cited and q_nature == "crime" and not cited.startswith("121-4"):
        cited = CRIME_ATTEMPT
    return Qualification(
        offence=offence.id,
        article=offence.article_of(version),
        code=offence.code,
        family=offence.family,
        label=label,
        version=version.out(),
        mode=sit.mode,  # type: ignore[arg-type]
        attempt_article=cited,
        nature=q_nature,
        status=status,
        penalty=best.out(),
        base_penalty=version.penalty.out(),
        elements=elements,
        aggravations=aggravations,
        perpetrator=sit.perpetrator,
        victim=sit.victim,
        missing=missing,
        excluded_by=excluded_by,
        protection_rank=offence.protection_rank,
        prescription=None,
        period_start=sit.span(offence.id)[0],
        period_end=sit.span(offence.id)[1],
        milder_later_law=bool(choice and choice.milder_later_law),
        explanation=offence_node(
            offence,
            version,
            sit,
            status,
            label,
            [law_node(offence, version, sit, reason, reason_fr, across=resolved is not None), *nodes],
            [a.explanation for a in aggravations] + absent,
            cited,
        ),
    )


def later_date_missing(offence: Offence, before: Version | None, since: dt.date) -> str:
    """What facts of uncertain date need for a later law to reach them, the law of their first day (``before``; None:
    the article did not exist yet) not doing so."""
    then = (
        f"l'art. {offence.article_of(before)} (version {before.id}) ne réprimait pas ces faits"
        if before is not None
        else f"l'art. {offence.article_of(offence.version_at(since) or offence.versions[0])} n'existait pas"
    )
    day = dmy(since - dt.timedelta(days=1))
    return f"{LATER_DATE} {day} : avant le {dmy(since)}, {then} (Code pénal, art. 112-1)"


# the opening of :func:`later_date_missing`: a qualification that only a later law, if the facts postdate it, reaches
LATER_DATE = "la date des faits, postérieure au"


def later_law_only(q: Qualification) -> bool:
    """Whether ``q`` rests on a later version that reaches the facts only if they postdate it (112-1): an alternative
    to the law of their first day, never a qualification of distinct facts beside it."""
    return q.status == "to_establish" and any(m.startswith(LATER_DATE) for m in q.missing)


def _circumstance(
    offence: Offence, version: Version, agg: Aggravation, shown: Aggravation, status: Status, r: PartResult, on: Facts, note: str
) -> AggravationOut:
    """The circumstance ``agg`` as its qualification shows it: ``shown``, of ``version`` (an earlier tier or itself)."""
    return new_aggravation(
        id=agg.id,
        article=shown.article,
        label=shown.label,
        status=status,
        nature=shown.nature,
        penalty=shown.penalty.out(),
        missing=[agg.label] if status == "to_establish" else [],
        excluded_by=_contradiction(r.metas[0], on, r.since) if status == "excluded" else [],
        explanation=aggravation_node(offence, version, shown, status, r.metas, r.names, on, note),
    )


def _read(r: PartResult) -> tuple[int | None, str | None]:
    """The compiled rule a part's node rests on (its id: the engine holds it), and that rule's name."""
    if not r.metas:
        return None, None
    return id(r.metas[0]), r.names.get(r.metas[0])


def _reads(part: Element | Aggravation, r: PartResult) -> tuple[tuple[str, ...], ...]:
    """The facts a part's node reads: those of its condition, and those of the rule it rests on."""
    return (part.facts_read(), r.metas[0].facts) if r.metas else (part.facts_read(),)


CRIME_ATTEMPT = "121-4 2°"  # « Tente de commettre un crime » (code_penal.md; before 04/04/2023 reconstructed)


def _contradiction(meta: RuleMeta, facts: Facts, since: dt.date | None = None) -> list[str]:
    """The facts that contradict the part; ``since``: read only on the acts from that day (a later condition)."""
    within = f" (actes à compter du {dmy(since)}, date d'entrée en vigueur de la condition)" if since else ""
    return [f.sentence + within for f in facts.of(meta)]


def with_former_tier(q: Qualification, t: FormerTier) -> Qualification:
    """``q`` with the circumstance of the offence its conduct was before the one that failed for timing existed
    (engine/reasoning/continuing.py, ``formerly``): established on the acts of that time, at that version's tier."""
    agg = t.aggravation
    node = aggravation_node(t.offence, t.version, agg, "established", t.metas, t.names, Facts(t.sit), former_note(t))
    out = new_aggravation(
        id=agg.id,
        article=agg.article,
        label=agg.label,
        status="established",
        nature=agg.nature,
        penalty=agg.penalty.out(),
        explanation=node,
    )
    update: dict[str, object] = {"aggravations": [*q.aggravations, out]}
    if agg.penalty.kind != "renvoi" and agg.penalty.weight() > _weight(q.penalty):
        update["penalty"] = agg.penalty.out()
        if agg.penalty.kind == "reclusion_criminelle":
            update["nature"] = "crime"
    explanation = q.explanation.model_copy(update={"children": [*q.explanation.children, node]})
    update["explanation"] = explanation
    return q.model_copy(update=update)


def _weight(p: PenaltyOut) -> tuple[int, int, int]:
    return (1 if p.life else 0, p.prison_years or 0, p.fine_eur or 0)
