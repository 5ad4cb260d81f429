"""When each condition of a version came into force within a course of conduct (Code pénal, art. 112-1).

A continuing or habitual offence, or one act lasting across a reform, is judged under the law in force
when the conduct ended (engine/law/versions.py). That law may not reach back, though: an element or an
aggravating circumstance it created, or made heavier, rests only on the acts committed once it was in
force. Read from the rule data alone — the versions' ``valid_from`` and the circumstances' own dates —
an alternative of a part (one ``satisfied_when`` or ``when`` item) is *earlier* for a period when the
version then in force had a part of the same kind with the same condition (for a circumstance: in force,
and at least as heavy). Its entry is the first day from which it was earlier without a break up to
the end of the conduct; the facts of acts before that day cannot satisfy it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from engine.law.rule_model import Aggravation, Element, Offence, Pattern, Version
from engine.law.versions import offence_reforms

Part = Element | Aggravation
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Period:
    """Days of the conduct between two reforms of the offence, and the version then in force (None: none encoded)."""

    start: dt.date
    end: dt.date
    version: Version | None


def periods(offence: Offence, first: dt.date, last: dt.date) -> list[Period]:
    """The conduct from ``first`` to ``last`` cut at the offence's reforms (versions and circumstances)."""
    cuts = sorted(d for d in offence_reforms(offence) if first < d <= last)
    starts, ends = [first, *cuts], [*(d - DAY for d in cuts), last]
    return [Period(s, e, offence.version_at(s)) for s, e in zip(starts, ends, strict=True)]


def parts(version: Version) -> list[Part]:
    """The version's elements, then its circumstances."""
    return [*version.elements, *version.aggravations]


def conditions(part: Part) -> list[Pattern]:
    return part.satisfied_when if isinstance(part, Element) else part.when


def _at_least_as_heavy(old: Aggravation, new: Aggravation) -> bool:
    if "renvoi" in (old.penalty.kind, new.penalty.kind):
        return old.penalty.kind == new.penalty.kind
    return new.penalty.weight() <= old.penalty.weight()


def _reads(version: Version | None, part: Part, pattern: Pattern, day: dt.date) -> bool:
    """Whether ``version``, on ``day``, had a part of the same kind with this condition (and no lighter)."""
    if version is None:
        return False
    if isinstance(part, Element):
        return any(pattern in e.satisfied_when for e in version.elements)
    return any(pattern in a.when and a.in_force(day) and _at_least_as_heavy(a, part) for a in version.aggravations)


def entries(version: Version, spans: list[Period]) -> dict[tuple[str, int], dt.date]:
    """(part id, alternative index) → the first day whose acts may satisfy it, for the alternatives of
    ``version`` that some earlier act cannot satisfy; a day after the conduct when none can."""
    out: dict[tuple[str, int], dt.date] = {}
    for part in parts(version):
        for k, pattern in enumerate(conditions(part)):
            since = spans[-1].end + DAY
            for span in reversed(spans):
                if not _reads(span.version, part, pattern, span.start):
                    break
                since = span.start
            if since > spans[0].start:
                out[(part.id, k)] = since
    return out


def counterparts(part: Part, earlier: Version, day: dt.date) -> list[Part]:
    """The parts of an earlier version that stood for ``part`` on ``day``: the same id, or a shared condition."""
    mine = conditions(part)
    pool: list[Part] = (
        list(earlier.elements) if isinstance(part, Element) else [a for a in earlier.aggravations if a.in_force(day)]
    )
    return [p for p in pool if p.id == part.id or any(c in mine for c in conditions(p))]
