"""Which version of an article applies to facts of a given date (Code pénal 112-1).

- The version in force at the date of the facts (al. 1 and 2); none before the article existed.
- A later version whose penalty is milder applies to earlier facts not yet judged (al. 3).
Reform dates also cut a pair's acts into periods, so facts spread over a reform are judged period
by period ("act by act" at the grain of the reforms encoded).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from engine.law.loader import RuleBook
from engine.law.rule_model import Offence, Version


@dataclass(frozen=True)
class Choice:
    version: Version
    milder_later_law: bool


def reform_dates(book: RuleBook) -> list[dt.date]:
    """Every date on which some encoded version starts or ends (the day after its last day)."""
    days: set[dt.date] = set()
    for offence in book.offences.values():
        for v in offence.versions:
            if v.valid_from:
                days.add(v.valid_from)
            if v.valid_to:
                days.add(v.valid_to + dt.timedelta(days=1))
    return sorted(days)


def applicable(offence: Offence, day: dt.date) -> Choice | None:
    """The version for facts of ``day``, or None when the article did not exist then."""
    at = offence.version_at(day)
    if at is None:
        return None
    later = [v for v in offence.versions if v.valid_from and v.valid_from > day]
    milder = [v for v in later if v.penalty.weight() < at.penalty.weight()]
    if milder:
        return Choice(min(milder, key=lambda v: v.penalty.weight()), True)
    return Choice(at, False)
