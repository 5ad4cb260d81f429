"""Which version of an article applies to facts of a given date (Code pénal 112-1).

- The version in force at the date of the facts (al. 1 and 2); none before the article existed.
- A later version whose penalty is milder applies to earlier facts not yet judged (al. 3).
- A continuing or habitual offence (``Offence.continuing``) whose conduct went on after a reform is
  judged as a whole under the law in force when the conduct ended, even if more severe: the courts'
  reading of 112-1, not its words. Only such an offence: a single act (instantaneous) described with a duration that
  lasts across a reform has an uncertain date, and is judged on its first day (``date_incertaine``): the milder
  reading, with al. 3; the more severe later law applies only if the facts are shown to postdate it.
Reform dates cut a pair's acts into periods, but only the reforms of the articles that concern the pair
and are not continuing (engine/reasoning/situations.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from engine.law.conditions import holds_any, terms_of
from engine.law.loader import RuleBook
from engine.law.rule_model import Offence, Penalty, Version
from engine.law.texts import TEXTS_DIR, articles

Reason = Literal["en_vigueur", "loi_plus_douce", "creee_posterieurement", "infraction_continue", "date_incertaine"]
REASON_FR: dict[str, str] = {
    "en_vigueur": "en vigueur à la date des faits (art. 112-1 al. 1 et 2)",
    "loi_plus_douce": "loi plus douce postérieure (art. 112-1 al. 3)",
    "creee_posterieurement": "article créé postérieurement aux faits : aucune qualification (art. 112-1 al. 1)",
    "infraction_continue": "infraction continue : loi en vigueur à la fin du comportement, appliquée à l'ensemble "
    "(lecture jurisprudentielle de l'art. 112-1)",
    "date_incertaine": "date des faits incertaine de part et d'autre d'une réforme : loi en vigueur au début de la "
    "période, la plus douce ; la loi postérieure ne s'applique que si les faits lui sont postérieurs (art. 112-1)",
}
LATER_FR = (
    "date des faits incertaine de part et d'autre d'une réforme : la loi en vigueur au début de la période ne "
    "réprime pas ces faits ; la loi postérieure ne s'applique que s'ils lui sont postérieurs, à établir (art. 112-1)"
)


@dataclass(frozen=True)
class Choice:
    version: Version
    milder_later_law: bool
    reason: Reason = "en_vigueur"
    # facts of uncertain date across a reform that the version of their first day does not reach (one of its elements
    # known false) and this later version may: it applies only if they postdate ``since`` — to establish (112-1)
    since: dt.date | None = None


def offence_reforms(offence: Offence) -> set[dt.date]:
    """The days on which a version or an aggravating circumstance of the offence starts or ends."""
    days: set[dt.date] = set()
    for v in offence.versions:
        days.add(v.valid_from)
        if v.valid_to:
            days.add(v.valid_to + dt.timedelta(days=1))
        for agg in v.aggravations:
            if agg.valid_from:
                days.add(agg.valid_from)
            if agg.valid_to:
                days.add(agg.valid_to + dt.timedelta(days=1))
    return days


def attempt_reforms(offence: Offence) -> set[dt.date]:
    """The days on which a text punishing the offence's attempt starts or ends."""
    return {a.valid_from for a in offence.attempts} | {a.valid_to + dt.timedelta(days=1) for a in offence.attempts if a.valid_to}


def reform_dates(book: RuleBook, offences: Iterable[str] | None = None, attempts: bool = False) -> list[dt.date]:
    """Every reform date of the given offences (all by default), sorted; with ``attempts``, also the dates of the
    texts punishing their attempt (attempted acts are cut there: before, the attempt was not punishable)."""
    wanted = book.offences.keys() if offences is None else offences
    days: set[dt.date] = set()
    for oid in wanted:
        days |= offence_reforms(book.offences[oid])
        if attempts:
            days |= attempt_reforms(book.offences[oid])
    return sorted(days)


NEW_CODE = dt.date(1994, 3, 1)  # entry into force of the present Code pénal (first day of the shipped LEGI history)


def creation(offence: Offence) -> dt.date | None:
    """The day the article was created: ``Offence.created``, or the first version's start when no earlier
    wording of its article is shipped in rules/texts/versions/ (otherwise the article existed before and
    only its earlier version is missing) and that start is not only the latest date the texts allow
    (``valid_from_basis.latest_possible``: its creation is then unknown)."""
    if offence.created and offence.created > NEW_CODE:
        return offence.created
    first = min(offence.versions, key=lambda v: v.valid_from)
    if first.valid_from_basis is not None and first.valid_from_basis.latest_possible:
        return None  # the texts attest it in force from then, not created then: an earlier version is missing
    if first.valid_from <= NEW_CODE or any(since < first.valid_from for since in _shipped_versions(first.text.article)):
        return None  # before 1 March 1994 the former Code pénal applied: its text is not shipped, not "no offence"
    return first.valid_from


def _shipped_versions(article: str) -> list[dt.date]:
    out = []
    for path in sorted((TEXTS_DIR / "versions").glob("*.md")):
        for key in articles(f"versions/{path.name}"):
            name, _, since = key.partition("@")
            if name == article and since:
                out.append(dt.date.fromisoformat(since))
    return out


def is_milder(later: Penalty, earlier: Penalty) -> bool:
    """Whether ``later`` is less severe than ``earlier`` (112-1 al. 3): less prison, or the same prison and a
    lower fine. A fine in francs followed by one in euros with the same prison term is the conversion of
    1 January 2002 (rounded down, by up to about 7 %: 700 000 F became 100 000 €), which lowers no penalty:
    « dispositions moins sévères » means a lighter penalty chosen by the legislator, not a change of currency
    (otherwise every 2002 version, with the circumstances it carries, would reach back to earlier facts)."""
    if earlier.fine_frf is not None and later.fine_eur is not None and later.weight()[:2] == earlier.weight()[:2]:
        return False  # the same prison term: the fine only changed currency (the legislator lowered none in 2002)
    return later.weight() < earlier.weight()


def _excludes(version: Version, values: dict[str, bool | None]) -> bool:
    """Some element of ``version`` is known false on these facts (its exclusion holds: never on an unknown fact)."""
    return any(holds_any(terms_of(e.excluded_when or []), values) for e in version.elements)


def later_reach(
    offence: Offence, first: dt.date, last: dt.date, values: dict[str, bool | None], created: dt.date | None = None
) -> Version | None:
    """For facts of uncertain date from ``first`` to ``last`` (one act, not a continuing conduct, which the law at its
    end governs): the first later version in force by ``last`` that reaches them when the version of ``first`` does
    not (an element of it known false, none of the later's) — the 2003 wording of 225-12-1 for a particularly
    vulnerable adult, whom the 2002 one did not name — or when no version was in force on ``first`` because the
    article was ``created`` within the period (225-12-1 on 05/03/2002); None otherwise."""
    if offence.continuing:
        return None  # a continuing conduct is judged under the law at its end (Engine.situations), never its first day
    at = offence.version_at(first)
    if at is None and not (created is not None and first < created <= last):
        return None  # no version encoded for the first day, the article existing then: not « created later »
    if at is not None and not _excludes(at, values):
        return None
    later = sorted((v for v in offence.versions if first < v.valid_from <= last), key=lambda v: v.valid_from)
    return next((v for v in later if not _excludes(v, values)), None)


def applicable(offence: Offence, day: dt.date, start: dt.date | None = None) -> Choice | None:
    """The version for facts ending on ``day`` (that began on ``start``), or None when none is encoded."""
    at = offence.version_at(day)
    if at is None:
        return None
    later = [v for v in offence.versions if v.valid_from > day]
    milder = [v for v in later if is_milder(v.penalty, at.penalty)]
    if milder:
        return Choice(min(milder, key=lambda v: v.penalty.weight()), True, "loi_plus_douce")
    if start is not None and start < at.valid_from and offence.continuing:  # its conduct went on after the reform
        return Choice(at, False, "infraction_continue")
    return Choice(at, False)
