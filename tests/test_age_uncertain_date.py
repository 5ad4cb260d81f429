"""An act of uncertain date (from its date to its end) across a birthday: the age « à la date des faits » is not
certain, so the age facts are to establish, never read on the first day alone (C. pén. 112-1; relecture b18)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from budget import examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.api import classify_dict, parse_case
from engine.case.ages import age_on, age_range_over, birth_bounds, birthday
from engine.reasoning import case_memo
from engine.reasoning.situations import age_crossings, build_situations


def test_birthday_of_29_february_is_1_march_as_age_on() -> None:
    leap = dt.date(2008, 2, 29)
    assert birthday(leap, 15) == dt.date(2023, 3, 1)
    assert age_on(leap, birthday(leap, 15)) == 15
    assert age_on(leap, birthday(leap, 15) - dt.timedelta(days=1)) == 14
    assert birthday(leap, 16) == dt.date(2024, 2, 29)


def test_age_range_over_the_days_of_an_act() -> None:
    bounds = (dt.date(2004, 6, 15), dt.date(2004, 6, 15))
    assert age_range_over(bounds, dt.date(2022, 6, 1), dt.date(2022, 6, 14)) == (17, 17)
    assert age_range_over(bounds, dt.date(2022, 6, 1), dt.date(2022, 6, 15)) == (17, 18)
    assert age_range_over(None, dt.date(2022, 6, 1), dt.date(2022, 6, 15)) is None


def _case(born: str, start: str, end: str | None, kind: str = "remunerer_relations_sexuelles") -> dict[str, Any]:
    act: dict[str, Any] = {"id": "a1", "actor": "c", "target": "v", "kind": kind, "date": start}
    if end:
        act["end_date"] = end
    return {
        "id": "c",
        "persons": [
            {"id": "v", "birth_date": born, "roles": ["victime"]},
            {"id": "c", "birth_date": "1980-01-01", "roles": ["client"]},
        ],
        "acts": [act],
        "knowledge": [{"person": "c", "about": "v", "knew_minor": True}],
    }


def test_only_an_act_lasting_across_the_birthday_crosses_it() -> None:
    case = parse_case(_case("2004-06-15", "2022-06-01", "2022-06-30"))
    bounds = case_memo.bounds(case)
    assert age_crossings(case.acts[0], "c", "v", bounds) == [("victim_minor", "v", 18, dt.date(2022, 6, 15))]
    before = parse_case(_case("2004-06-15", "2022-06-01", "2022-06-14"))
    assert age_crossings(before.acts[0], "c", "v", case_memo.bounds(before)) == []
    same_day = parse_case(_case("2004-06-15", "2022-06-15", None))
    assert age_crossings(same_day.acts[0], "c", "v", case_memo.bounds(same_day)) == []


def test_the_crossing_act_is_read_apart_from_the_certain_ones() -> None:
    data = _case("2004-06-15", "2022-06-01", "2022-06-30")
    data["acts"].append({"id": "a0", "actor": "c", "target": "v", "kind": "remunerer_relations_sexuelles", "date": "2022-03-01"})
    situations = build_situations(parse_case(data))
    by_acts = {tuple(s.acts): (s.uncertain_age, s.values.get("victim_minor")) for s in situations}
    assert by_acts == {("a0",): (False, True), ("a1",): (True, None)}


def test_a_continuing_offence_reads_the_act_over_its_duration() -> None:
    """Trafficking is continuing: harbouring or transporting from 01/05 to 31/08, across her eighteenth birthday, is
    trafficking a minor (committed on each of its days); the age is read on its first day, never over the period."""
    for kind in ("heberger", "transporter"):
        data = _case("2004-06-15", "2022-05-01", "2022-08-31", kind=kind)
        data["acts"][0]["purposes"] = ["proxenetisme"]
        assert _status(data, "225-4-1 II") == {"established"}, kind


def _status(case: dict[str, Any], article: str) -> set[str]:
    return {q.status for q in classify_dict(case).qualifications if q.article == article}


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 60), st.integers(0, 60))
def test_minority_is_established_only_if_every_day_of_the_act_precedes_the_eighteenth_birthday(
    before: int, length: int
) -> None:
    born = dt.date(2004, 6, 15)
    start = dt.date(2022, 6, 15) - dt.timedelta(days=before)
    end = start + dt.timedelta(days=length)
    expected = "established" if end < birthday(born, 18) else "to_establish"  # adult: vulnerability unknown
    assert _status(_case(born.isoformat(), start.isoformat(), end.isoformat()), "225-12-1 al. 2") == {expected}


def test_birth_known_by_its_year_only() -> None:
    """Born in 2004: eighteen at the earliest on 01/01/2022, at the latest on 31/12/2022. An act of 2022 is already
    to establish on its first day; one from 15/12/2021 to 15/01/2022 lasts across the earliest birthday and is no
    longer read as a minor's on its first day alone."""
    case = parse_case(_case("2004", "2021-12-15", "2022-01-15"))
    assert birth_bounds(case.persons[0], None) == (dt.date(2004, 1, 1), dt.date(2004, 12, 31))
    assert age_crossings(case.acts[0], "c", "v", case_memo.bounds(case)) == [("victim_minor", "v", 18, dt.date(2022, 1, 1))]
    assert _status(_case("2004", "2021-12-15", "2022-01-15"), "225-12-1 al. 2") == {"to_establish"}
    assert _status(_case("2004", "2021-11-01", "2021-11-30"), "225-12-1 al. 2") == {"established"}
    assert _status(_case("2004", "2022-03", None), "225-12-1 al. 2") == {"to_establish"}


def test_a_minor_s_prescription_on_one_act_across_the_birthday_runs_from_her_majority() -> None:
    """Recourse to the prostitution of a minor (225-12-1 al. 2) on an act from 01/06/2017 to 01/07/2017, the person 18
    on 15/06/2017: committed on a minor, the act preceded 15/06/2017, and the ten years run from her majority (CPP 8
    al. 2) — to 15/06/2027, never from the period's last day (01/07/2027); an adult's reading (a vulnerable person)
    runs six years from the act."""
    result = classify_dict(_case("1999-06-15", "2017-06-01", "2017-07-01"), today=dt.date(2026, 12, 1))
    (q,) = [q for q in result.qualifications if q.article == "225-12-1 al. 2"]
    assert q.status == "to_establish" and q.prescription is not None
    assert "de 01/07/2023 à 15/06/2027" in q.prescription.explanation, q.prescription.explanation
    assert "date de l'acte, minorité" in q.prescription.explanation


def test_the_victim_s_protection_reads_a_minor_on_one_day_at_least() -> None:
    rights = {(r.kind, r.status) for r in classify_dict(_case("2004-06-15", "2022-06-01", "2022-06-30")).rights}
    assert {("administrateur_ad_hoc", "applicable"), ("hearing_conditions", "applicable")} <= rights
    assert ("assistance_educative", "applicable") in rights


def test_one_recruitment_across_the_birthday_is_prescribed_from_her_majority() -> None:
    """Trafficking is continuing, but one recruitment « du 01/06 au 30/06/2022 » (instantaneous_acts), the victim 18
    on 15/06/2022: committed on a minor, it preceded her majority; ten years from it (CPP 8 al. 2), not from 30/06."""
    data = _case("2004-06-15", "2022-06-01", "2022-06-30", kind="recruter")
    data["acts"][0]["purposes"] = ["proxenetisme"]
    (q,) = [q for q in classify_dict(data, today=dt.date(2026, 12, 1)).qualifications if q.article == "225-4-1 II"]
    assert q.prescription is not None and "à 15/06/2032" in q.prescription.explanation, q.prescription.explanation
