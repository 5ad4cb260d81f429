"""The engine's precomputed tables answer exactly as the functions they stand for."""

from __future__ import annotations

import datetime as dt

from engine.api import get_engine
from engine.law.versions import applicable


def test_the_law_in_time_table_is_applicable_on_every_day() -> None:
    engine = get_engine()
    for offence in engine.book.offences.values():
        table = engine.laws[offence.id]
        days = {dt.date(1990, 1, 1) + dt.timedelta(days=d) for d in range(0, 13_500, 5)}
        for bound in table.bounds:
            days |= {bound - dt.timedelta(days=1), bound, bound + dt.timedelta(days=1)}
        for day in sorted(days):
            starts = [None, day, day - dt.timedelta(days=400), dt.date(1994, 3, 1), *table.bounds]
            for start in starts:
                if start is None or start <= day:
                    assert table.choice(day, start) == applicable(offence, day, start), (offence.id, day, start)
