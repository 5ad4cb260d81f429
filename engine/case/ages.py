"""Age at the date of an act, from a birth date or from an age (or range) given at a reference date."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Protocol

from engine.case.dates import bounds as date_bounds
from engine.case.dates import first_day, last_day


class AgeFacts(Protocol):
    """What a person's age is known from (engine.case.model.Person has these fields)."""

    @property
    def birth_date(self) -> date | None: ...
    @property
    def age(self) -> int | None: ...
    @property
    def age_min(self) -> int | None: ...
    @property
    def age_max(self) -> int | None: ...
    @property
    def age_reference_date(self) -> date | None: ...


def age_on(birth: date, day: date) -> int:
    """Exact age in whole years on ``day`` (a person born on 29 February ages on 1 March)."""
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def birth_bounds(person: AgeFacts, default_reference: date | None) -> tuple[date, date] | None:
    """Earliest and latest possible birth dates, or None when nothing is known of the age."""
    if person.birth_date is not None:  # a birth year or month: its first and last days
        return date_bounds(person.birth_date)
    low = person.age if person.age is not None else person.age_min
    high = person.age if person.age is not None else person.age_max
    reference = person.age_reference_date or default_reference
    if reference is None or (low is None and high is None):
        return None
    latest = years_before(reference, low) if low is not None else reference
    earliest = years_before(reference, high + 1) + timedelta(days=1) if high is not None else date(1900, 1, 1)
    return earliest, latest


def age_range_on(bounds: tuple[date, date] | None, day: date) -> tuple[int, int] | None:
    """Minimum and maximum age on ``day`` given birth bounds (a day known to the month or the year: over it)."""
    if bounds is None:
        return None
    earliest, latest = bounds
    if type(day) is date:  # a plain date is its own first and last day
        return age_on(latest, day), age_on(earliest, day)
    return age_on(latest, first_day(day)), age_on(earliest, last_day(day))


def below(bounds: tuple[date, date] | None, day: date, limit: int) -> bool | None:
    """Three-valued 'younger than ``limit`` years on ``day``'."""
    return below_ages(age_range_on(bounds, day), limit)


def below_ages(ages: tuple[int, int] | None, limit: int) -> bool | None:
    """:func:`below` on the age range already read for the day (:func:`age_range_on`)."""
    if ages is None:
        return None
    youngest, oldest = ages
    if oldest < limit:
        return True
    if youngest >= limit:
        return False
    return None


def birthday(birth: date, years: int) -> date:
    """The day a person born on ``birth`` turns ``years`` (born on 29 February: 1 March, as :func:`age_on`)."""
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:
        return date(birth.year + years, 3, 1)


def age_range_over(bounds: tuple[date, date] | None, first: date, last: date) -> tuple[int, int] | None:
    """Minimum and maximum age on some day from ``first`` to ``last`` (an act of uncertain date within them)."""
    if bounds is None:
        return None
    earliest, latest = bounds
    return age_on(latest, first_day(first)), age_on(earliest, last_day(last))
