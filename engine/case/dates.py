"""Dates known to the year, the month or the day (« née en 2008 », « en mars 2023 »).

A :class:`PartialDate` is a ``datetime.date`` (one bound of what is known: the first day of the period for a
start, the last for an end) that remembers the precision the user entered; it is written back exactly as
entered (``2008``, ``2023-03``, ``2023-03-14``). The engine reads its bounds with :func:`first_day` and
:func:`last_day`; a plain ``date`` is its own bounds.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Any

from pydantic_core import PydanticCustomError

DAY, MONTH, YEAR = "day", "month", "year"
_FORMS = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
             "décembre")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
             "December")  # fmt: skip


class PartialDate(dt.date):
    """A date entered to the year or the month (or the day), standing for one bound of that period."""

    __slots__ = ("implied", "precision")
    precision: str
    implied: bool  # set by the engine (an act's end read from its month or year), never written back

    def __new__(cls, year: int, month: int = 1, day: int = 1, precision: str = DAY, implied: bool = False) -> PartialDate:
        self = super().__new__(cls, year, month, day)
        self.precision, self.implied = precision, implied
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return PartialDate, (self.year, self.month, self.day, self.precision, self.implied)

    def __repr__(self) -> str:
        return f"PartialDate({text(self)!r})"


def precision(day: dt.date) -> str:
    return getattr(day, "precision", DAY)


def first_day(day: dt.date) -> dt.date:
    """The earliest day the date can be."""
    p = precision(day)
    return dt.date(day.year, 1 if p == YEAR else day.month, 1) if p != DAY else dt.date(day.year, day.month, day.day)


def last_day(day: dt.date) -> dt.date:
    """The latest day the date can be."""
    p = precision(day)
    if p == DAY:
        return dt.date(day.year, day.month, day.day)
    month = 12 if p == YEAR else day.month
    return dt.date(day.year, month, calendar.monthrange(day.year, month)[1])


def bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    return first_day(day), last_day(day)


def span_end(day: dt.date) -> PartialDate | None:
    """The implied end of an act dated by a month or a year (its last day), or None for a day."""
    if precision(day) == DAY:
        return None
    end = last_day(day)
    return PartialDate(end.year, end.month, end.day, precision(day), implied=True)


def text(day: dt.date) -> str:
    """What the user entered: ``2008``, ``2023-03`` or ``2023-03-14``."""
    p = precision(day)
    return f"{day.year:04d}" if p == YEAR else f"{day.year:04d}-{day.month:02d}" if p == MONTH else day.isoformat()


def parse(value: Any, end: bool = False) -> dt.date:
    """A date from ``2008`` (a number or a text), ``2008-03``, ``2008-03-14`` or a ``date``; ``end`` anchors a
    partial date on its last day. Errors name the expected forms, in French."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value
    raw = str(value).strip() if isinstance(value, str | int) and not isinstance(value, bool) else None
    found = _FORMS.match(raw) if raw is not None else None
    try:
        if found is None:
            raise ValueError
        year, month, day = (int(g) if g else None for g in found.groups())
        if day is not None:
            return dt.date(year or 0, month or 0, day)
        p = MONTH if month is not None else YEAR
        start = PartialDate(year or 0, month or 1, 1, p)
        return PartialDate(*_ymd(last_day(start)), p) if end else start
    except ValueError:
        shown_value = raw if raw is not None else type(value).__name__
        raise PydanticCustomError(
            "partial_date", "date « {value} » non valide — attendu AAAA, AAAA-MM ou AAAA-MM-JJ", {"value": shown_value}
        ) from None


def _ymd(day: dt.date) -> tuple[int, int, int]:
    return day.year, day.month, day.day


@lru_cache(maxsize=4096)
def dmy(day: dt.date) -> str:
    """« 14/03/2023 » whatever the precision: ``f"{day:%d/%m/%Y}"`` without strftime (a fifth of its cost), each day
    written once (dates are immutable; a partial date and the plain date of its bound are written alike)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def fr(day: dt.date) -> str:
    """« 14/03/2023 », « mars 2023 » or « 2023 »."""
    p = precision(day)
    return str(day.year) if p == YEAR else f"{MONTHS_FR[day.month - 1]} {day.year}" if p == MONTH else dmy(day)


def en(day: dt.date) -> str:
    """« 14/03/2023 », « March 2023 » or « 2023 »."""
    p = precision(day)
    return str(day.year) if p == YEAR else f"{MONTHS_EN[day.month - 1]} {day.year}" if p == MONTH else dmy(day)


def fr_of(day: dt.date) -> str:
    """« du 14/03/2023 », « de mars 2023 », « d'avril 2023 », « de 2023 » (after « acte … »)."""
    if precision(day) == DAY:
        return f"du {dmy(day)}"
    shown = fr(day)
    return f"d'{shown}" if shown[0] in "ao" else f"de {shown}"


def entered(day: dt.date | None) -> dt.date | None:
    """The date as the user entered it: None for an end the engine read from a month or a year."""
    return None if getattr(day, "implied", False) else day


def fr_on(day: dt.date) -> str:
    """« le 14/03/2023 », « en mars 2023 », « en 2023 » (after « né(e) », « acte … »)."""
    return f"le {fr(day)}" if precision(day) == DAY else f"en {fr(day)}"
