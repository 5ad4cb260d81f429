"""From durable-rules firings to qualifications: status, missing elements, exclusions, penalty.

Status, per offence and situation: ``established`` when the level-2 join fired (every element
satisfied), ``excluded`` when a ``-`` rule fired for an element (a known fact contradicts it),
otherwise ``to_establish``. An unknown fact never fires a rule, so it can never exclude.
"""

from __future__ import annotations

from collections import defaultdict

from engine.kernel.result_model import (
    AggravationOut,
    ElementOut,
    Qualification,
    Status,
    VersionOut,
)
from engine.law.rule_model import Offence, Version
from engine.law.versions import REASON_FR
from engine.reasoning.compiler import RuleMeta
from engine.reasoning.explanations import (
    Facts,
    absent_aggravation_node,
    aggravation_node,
    element_node,
    law_node,
    offence_node,
    penalty_out,
)
from engine.reasoning.runtime import Firing
from engine.reasoning.situations import Situation


class Hits:
    """Firings of one offence version on one situation, by part id and polarity."""

    def __init__(self) -> None:
        self.by_part: dict[tuple[str, str], list[RuleMeta]] = defaultdict(list)
        self.rule_names: dict[RuleMeta, str] = {}
        self.established = False

    def add(self, f: Firing) -> None:
        if f.meta.part == "established":
            self.established = True
            return
        bucket = self.by_part[(f.meta.part_id, f.meta.polarity)]
        if f.meta not in bucket:
            bucket.append(f.meta)
            bucket.sort(key=lambda m: m.alternative)
            self.rule_names[f.meta] = f.rule


NO_HITS = Hits()  # what an offence version that fired nothing has (read only)


def group_firings(firings: list[Firing]) -> dict[tuple[str, str, str], Hits]:
    """(offence id, version id, situation key) → hits."""
    out: dict[tuple[str, str, str], Hits] = defaultdict(Hits)
    for f in firings:
        out[(f.meta.offence, f.meta.version, f.key)].add(f)
    return out


def _status(sat: bool, neg: bool) -> Status:
    return "established" if sat else "excluded" if neg else "to_establish"


def element_statuses(version: Version, sit: Situation, hits: Hits) -> tuple[list[str], list[str]]:
    """Missing element labels and contradicting facts, whether or not the act exists."""
    known = Facts(sit)
    missing: list[str] = []
    excluded: list[str] = []
    for el in version.elements:
        plus, minus = hits.by_part.get((el.id, "+"), []), hits.by_part.get((el.id, "-"), [])
        if minus and not plus:
            excluded.extend(_contradiction(minus[0], known))
        elif not plus:
            missing.append(el.label)
    return missing, excluded


def qualify(offence: Offence, version: Version, sit: Situation, hits: Hits, known: Facts | None = None) -> Qualification | None:
    """One qualification, or None when its defining act (first element) is not satisfied. ``known``: the
    situation's facts already made for other qualifications of the case."""
    if (version.elements[0].id, "+") not in hits.by_part:
        return None  # no act of that nature between these persons
    known = known or Facts(sit)
    elements: list[ElementOut] = []
    nodes = []
    missing: list[str] = []
    excluded_by: list[str] = []
    for el in version.elements:
        plus, minus = hits.by_part.get((el.id, "+"), []), hits.by_part.get((el.id, "-"), [])
        status = "satisfied" if plus else "contradicted" if minus else "unknown"
        elements.append(ElementOut(id=el.id, label=el.label, kind=el.kind, article=el.article, status=status))  # type: ignore[arg-type]
        nodes.append(element_node(offence, version, el, status, plus or minus, hits.rule_names, known))
        if status == "unknown":
            missing.append(el.label)
        elif status == "contradicted":
            excluded_by.extend(_contradiction(minus[0], known))
    all_sat = all(e.status == "satisfied" for e in elements)
    if hits.established != all_sat:  # the durable-rules join and the element firings must agree
        raise RuntimeError(f"incohérence de dérivation pour {offence.id} ({sit.key})")
    status = _status(all_sat, bool(excluded_by))

    aggravations = []
    absent = []
    best = version.penalty
    nature = version.nature
    for agg in version.aggravations:
        if not agg.in_force(sit.date):
            absent.append(absent_aggravation_node(version, agg, sit))
            continue
        plus, minus = hits.by_part.get((agg.id, "+"), []), hits.by_part.get((agg.id, "-"), [])
        a_status = _status(bool(plus), bool(minus))
        a_missing = [] if a_status != "to_establish" else [agg.label]
        a_excl = _contradiction(minus[0], known) if a_status == "excluded" else []
        aggravations.append(
            AggravationOut(
                id=agg.id,
                article=agg.article,
                label=agg.label,
                status=a_status,
                nature=agg.nature,
                penalty=penalty_out(agg.penalty),
                missing=a_missing,
                excluded_by=a_excl,
                explanation=aggravation_node(offence, version, agg, a_status, plus or minus, hits.rule_names, known),
            )
        )
        if a_status == "established" and agg.penalty.kind != "renvoi" and agg.penalty.weight() > best.weight():
            best, nature = agg.penalty, agg.nature
    choice = sit.choices.get(offence.id)
    reason = choice.reason if choice else "en_vigueur"
    attempt = sit.mode == "tentative"
    label = f"Tentative de {offence.label[0].lower()}{offence.label[1:]}" if attempt else offence.label
    q_nature = "crime" if best.kind == "reclusion_criminelle" else nature
    return Qualification(
        offence=offence.id,
        article=offence.article,
        code=offence.code,
        family=offence.family,
        label=label,
        version=VersionOut(id=version.id, valid_from=version.valid_from, valid_to=version.valid_to),
        mode=sit.mode,  # type: ignore[arg-type]
        attempt_article=offence.attempt.article if attempt and offence.attempt else None,
        nature=q_nature,
        status=status,
        penalty=penalty_out(best),
        base_penalty=penalty_out(version.penalty),
        elements=elements,
        aggravations=aggravations,
        perpetrator=sit.perpetrator,
        victim=sit.victim,
        missing=missing,
        excluded_by=excluded_by,
        protection_rank=offence.protection_rank,
        prescription=None,
        period_start=sit.first_act,
        period_end=sit.last_act,
        milder_later_law=False,
        explanation=offence_node(
            offence,
            version,
            sit,
            status,
            label,
            [law_node(offence, version, sit, reason, REASON_FR[reason]), *nodes],
            [a.explanation for a in aggravations] + absent,
        ),
    )


def _contradiction(meta: RuleMeta, known: Facts) -> list[str]:
    return [f.sentence for f in known.of(meta.pattern)]
