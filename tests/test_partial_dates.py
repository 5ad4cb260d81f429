"""Dates known to the year, the month or the day: parsing, bounds, written back exactly as entered."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engine.case import dates
from engine.case.model import Case
from engine.kernel.errors import CaseInputError

entered = st.one_of(
    st.integers(1900, 2025).map(str),
    st.tuples(st.integers(1900, 2025), st.integers(1, 12)).map(lambda t: f"{t[0]:04d}-{t[1]:02d}"),
    st.dates(dt.date(1900, 1, 1), dt.date(2025, 12, 31)).map(dt.date.isoformat),
)


@given(entered, st.booleans())
def test_parse_text_round_trip(text: str, end: bool) -> None:
    assert dates.text(dates.parse(text, end)) == text
    day = dates.parse(text, end)
    assert dates.first_day(day) <= day <= dates.last_day(day)


@given(entered, entered)
def test_case_round_trip(birth: str, act: str) -> None:
    data = {
        "id": "c",
        "persons": [{"id": "v", "roles": ["victime"], "birth_date": birth}, {"id": "a", "roles": ["mis_en_cause"]}],
        "acts": [{"id": "a1", "actor": "a", "target": "v", "kind": "rencontre", "date": act}],
    }
    try:
        case = Case.model_validate(data)
    except ValueError:  # an act before the birth: refused, not our concern here
        return
    dumped = case.to_json_dict()
    assert dumped["persons"][0]["birth_date"] == birth
    assert dumped["acts"][0]["date"] == act and "end_date" not in dumped["acts"][0]
    assert Case.model_validate(dumped).to_json_dict() == dumped
    assert Case.model_validate(case.model_dump()).to_json_dict() == dumped


def test_bounds_and_implied_end() -> None:
    case = Case.model_validate(
        {
            "id": "c",
            "persons": [{"id": "v", "roles": ["victime"], "birth_date": 2008}, {"id": "a", "roles": ["mis_en_cause"]}],
            "acts": [
                {"id": "a1", "actor": "a", "target": "v", "kind": "rencontre", "date": "2023-02"},
                {"id": "a2", "actor": "a", "target": "v", "kind": "rencontre", "date": 2023, "end_date": "2024-02"},
            ],
        }
    )
    birth = case.persons[0].birth_date
    assert birth is not None and dates.bounds(birth) == (dt.date(2008, 1, 1), dt.date(2008, 12, 31))
    assert case.acts[0].end_date == dt.date(2023, 2, 28)  # the engine reads the month's last day
    assert case.acts[1].date == dt.date(2023, 1, 1) and case.acts[1].end_date == dt.date(2024, 2, 29)
    assert case.to_json_dict()["acts"][1]["end_date"] == "2024-02"
    assert dates.fr(birth) == "2008" and dates.fr(case.acts[0].date) == "février 2023"
    assert dates.en(case.acts[0].date) == "February 2023" and dates.fr_on(birth) == "en 2008"


def test_exact_days_unchanged() -> None:
    case = Case.model_validate({"id": "c", "persons": [{"id": "v", "roles": ["victime"], "birth_date": "2008-03-14"}]})
    assert type(case.persons[0].birth_date) is dt.date
    assert case.to_json_dict()["persons"][0]["birth_date"] == "2008-03-14"


@given(st.dates(), st.sampled_from([dates.DAY, dates.MONTH, dates.YEAR]))
def test_dmy_is_strftime(day: dt.date, precision: str) -> None:
    partial = dates.PartialDate(day.year, day.month, day.day, precision)
    assert dates.dmy(day) == f"{day:%d/%m/%Y}" == dates.dmy(partial)
    assert dates.fr(day) == f"{day:%d/%m/%Y}"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2008-13", "persons[0].birth_date : date « 2008-13 » non valide — attendu AAAA, AAAA-MM ou AAAA-MM-JJ"),
        ("2008-02-30", "persons[0].birth_date : date « 2008-02-30 » non valide"),
        ("14/03/2008", "persons[0].birth_date : date « 14/03/2008 » non valide"),
        ("1850", "persons[0].birth_date : année 1850 hors de la plage admise"),
        (True, "persons[0].birth_date : date « bool » non valide"),
    ],
)
def test_errors_name_the_field(value: object, message: str) -> None:
    from engine.case.loading import parse_case

    with pytest.raises(CaseInputError) as err:
        parse_case({"id": "c", "persons": [{"id": "v", "roles": ["victime"], "birth_date": value}]})
    assert message in str(err.value)


def test_act_before_birth_only_when_certain() -> None:
    persons = [{"id": "v", "roles": ["victime"], "birth_date": "2008"}, {"id": "a", "roles": ["mis_en_cause"]}]
    base = {"id": "c", "persons": persons}
    ok = {**base, "acts": [{"id": "a1", "actor": "a", "target": "v", "kind": "rencontre", "date": "2008-01-01"}]}
    Case.model_validate(ok)  # born in 2008: perhaps on 1 January
    bad = {**base, "acts": [{"id": "a1", "actor": "a", "target": "v", "kind": "rencontre", "date": "2007-12"}]}
    with pytest.raises(ValueError, match="antérieur à la naissance"):
        Case.model_validate(bad)
