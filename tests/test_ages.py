"""Ages at the date of each act, including 29 February and age ranges."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from engine.case.ages import age_on, age_range_on, below, birth_bounds
from engine.case.model import Person


def test_birthday_boundaries() -> None:
    born = dt.date(2004, 6, 15)
    assert age_on(born, dt.date(2022, 6, 14)) == 17
    assert age_on(born, dt.date(2022, 6, 15)) == 18
    assert age_on(dt.date(2008, 2, 29), dt.date(2023, 2, 28)) == 14
    assert age_on(dt.date(2008, 2, 29), dt.date(2023, 3, 1)) == 15


def test_age_given_at_reference_date() -> None:
    p = Person(id="v", age=16)
    bounds = birth_bounds(p, dt.date(2022, 1, 1))
    assert below(bounds, dt.date(2022, 1, 1), 18) is True
    assert below(bounds, dt.date(2022, 1, 1), 15) is False
    assert below(bounds, dt.date(2023, 6, 1), 18) is None  # 17 or 18 by then
    assert below(birth_bounds(Person(id="v"), dt.date(2022, 1, 1)), dt.date(2022, 1, 1), 18) is None


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2020, 1, 1)), st.integers(0, 60), st.integers(0, 30))
def test_range_contains_true_age(born: dt.date, age_then: int, later_years: int) -> None:
    reference = (
        born.replace(year=born.year + age_then)
        if not (born.month == 2 and born.day == 29)
        else dt.date(born.year + age_then, 3, 1)
    )
    p = Person(id="v", age=age_on(born, reference), age_reference_date=reference)
    day = reference + dt.timedelta(days=365 * later_years)
    low, high = age_range_on(birth_bounds(p, None), day)  # type: ignore[misc]
    assert low <= age_on(born, day) <= high
    assert high - low <= 1
