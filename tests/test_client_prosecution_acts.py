"""The flag « Poursuite du client d'un mineur prostitué » reads the victim's minority at the date of the act of recourse
to prostitution (« lorsque cette personne est mineure », C. pén. 225-12-1 al. 2; 112-1), never on another act of the
pair: an unpaid sexual act during the minority does not make the client of an adult the client of a minor."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from engine.api import classify_dict

CLIENT = {"id": "c", "roles": ["client"], "birth_date": "1980-01-01"}
UNPAID = {"id": "a1", "actor": "c", "target": "v", "kind": "acte_sexuel_sans_penetration", "remuneration": False}
PAID = {"id": "a2", "actor": "c", "target": "v", "kind": "remunerer_relations_sexuelles", "place": "france"}


def _classify(acts: list[dict[str, Any]], birth: str | None, law_date: dt.date | None = None) -> Any:
    victim = {"id": "v", "roles": ["victime"], "birth_date": birth, "particular_vulnerability": False}
    knowledge = [{"person": "c", "about": "v", "knew_minor": True}]
    return classify_dict({"id": "client", "persons": [victim, CLIENT], "acts": acts, "knowledge": knowledge}, law_date)


def _flag(
    acts: list[dict[str, Any]], birth: str | None = "2004-06-15", law_date: dt.date | None = None
) -> tuple[str | None, str]:
    """The flag's status and text for the client c and the victim v (18 on 15/06/2022), None when not raised."""
    found = [f for f in _classify(acts, birth, law_date).flags if f.kind == "client_prosecution" and f.person == "c>v"]
    return (found[0].status, found[0].explanation.claim) if found else (None, "")


def _status_225_12_1_al2(acts: list[dict[str, Any]]) -> str | None:
    quals = _classify(acts, "2004-06-15").qualifications
    found = [q.status for q in quals if q.article == "225-12-1 al. 2" and q.perpetrator == "c"]
    return found[0] if found else None


def test_the_repro_paid_act_after_majority_unpaid_act_during_minority_is_not_established() -> None:
    """/tmp/rep/d.yaml: the only act of recourse is of an adult; the flag is not raised, as for that act alone."""
    acts = [{**UNPAID, "date": "2022-05-01"}, {**PAID, "date": "2022-09-01"}]
    assert _flag(acts)[0] is None
    assert _flag(acts) == _flag([acts[1]])
    assert _status_225_12_1_al2(acts) == "excluded"  # the qualification agrees: minority read on the paid act


@pytest.mark.parametrize("unpaid_day", ["2020-01-01", "2022-05-01", "2022-06-14", "2022-06-15", "2023-01-01"])
@pytest.mark.parametrize("paid_day", ["2022-06-14", "2022-06-15", "2022-09-01"])
@pytest.mark.parametrize("birth", ["2004-06-15", None])
def test_an_unpaid_act_never_changes_the_flag(unpaid_day: str, paid_day: str, birth: str | None) -> None:
    """Whatever the day of an unpaid sexual act, the flag is that of the paid act alone."""
    paid = {**PAID, "date": paid_day}
    assert _flag([{**UNPAID, "date": unpaid_day}, paid], birth) == _flag([paid], birth)


@pytest.mark.parametrize(
    ("remuneration", "expected"),
    [(None, None), (True, "established")],  # of unknown remuneration, after the majority: no recourse to a minor
)
def test_a_later_act_is_read_on_its_own_date(remuneration: bool | None, expected: str | None) -> None:
    """A sexual act after the majority, paid or of unknown remuneration, after an unpaid one during the minority: no
    recourse to a minor's prostitution on the first; a paid act during the minority keeps the flag established."""
    later = {**UNPAID, "id": "a3", "date": "2022-09-01", "remuneration": remuneration}
    assert _flag([{**UNPAID, "date": "2022-05-01"}, later])[0] is None
    assert _flag([{**PAID, "date": "2022-05-01"}, later])[0] == "established"
    assert _flag([{**PAID, "date": "2022-09-01"}, {**later, "date": "2022-05-01"}])[0] == (
        "established" if expected else "to_establish"
    )


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2022-05-01", "2022-06-14", "established"),
        ("2022-05-01", "2022-09-01", "to_establish"),  # across the 18th birthday: to establish, never established
        ("2022-06-15", "2022-09-01", None),
    ],
)
def test_an_act_of_uncertain_date_across_the_18th_birthday_leaves_the_minority_to_establish(
    start: str, end: str, expected: str | None
) -> None:
    status, text = _flag([{**UNPAID, "date": "2022-05-01"}, {**PAID, "date": start, "end_date": end}])
    assert status == expected
    if expected == "to_establish":
        assert "la minorité de la personne n'est pas établie" in text


def test_the_flag_names_the_law_of_the_paid_act_of_the_minor() -> None:
    """Paid at 17 in 2015 and at 19 in 2017: the recourse to a minor is the 2015 act, under 225-12-1 as then worded
    (one paragraph; « al. 2 » and 611-1 from 15/04/2016), as the qualification reads it."""
    acts = [{**PAID, "id": "p1", "date": "2015-06-01"}, {**PAID, "id": "p2", "date": "2017-06-01"}]
    status, text = _flag(acts, "1998-01-01")
    assert status == "established"
    assert "(art. 225-12-1)" in text and "al. 2" not in text


@pytest.mark.parametrize("remuneration", [True, None])
def test_a_law_date_imposed_is_the_flags_day(remuneration: bool | None) -> None:
    """``--date``: the law in force on that day, whatever the day of the act read (paid or of unknown remuneration)."""
    act = {**UNPAID, "date": "2015-06-01", "remuneration": remuneration}
    _, own = _flag([act], "1998-01-01")
    _, imposed = _flag([act], "1998-01-01", dt.date(2022, 1, 1))
    assert "al. 2" not in own and "al. 2" in imposed
