"""Choice of the applicable version (Code pénal 112-1), checked on synthetic offences."""

from __future__ import annotations

import datetime as dt
from typing import Any

from engine.law.loader import load_rulebook
from engine.law.rule_model import Offence
from engine.law.versions import applicable, reform_dates


def _offence(versions: list[dict[str, Any]]) -> Offence:
    base = load_rulebook().offences["proxenetisme_225_5"].model_dump()
    template = base["versions"][0]
    base["versions"] = [{**template, **v} for v in versions]
    return Offence.model_validate(base)


def _penalty(years: int) -> dict[str, Any]:
    return {"kind": "emprisonnement", "prison_years": years, "life": False, "fine_eur": 1000, "note": None, "quote": "x" * 10}


def test_version_in_force_at_the_date_and_none_before() -> None:
    off = _offence(
        [
            {"id": "a", "valid_from": dt.date(2010, 1, 1), "valid_to": dt.date(2019, 12, 31), "penalty": _penalty(5)},
            {"id": "b", "valid_from": dt.date(2020, 1, 1), "valid_to": None, "penalty": _penalty(7)},
        ]
    )
    assert applicable(off, dt.date(2009, 12, 31)) is None
    choice = applicable(off, dt.date(2015, 6, 1))
    assert choice is not None and choice.version.id == "a" and not choice.milder_later_law
    assert applicable(off, dt.date(2020, 1, 1)).version.id == "b"  # type: ignore[union-attr]


def test_later_milder_version_applies_to_earlier_facts() -> None:
    off = _offence(
        [
            {"id": "old", "valid_from": dt.date(2010, 1, 1), "valid_to": dt.date(2019, 12, 31), "penalty": _penalty(7)},
            {"id": "new", "valid_from": dt.date(2020, 1, 1), "valid_to": None, "penalty": _penalty(5)},
        ]
    )
    choice = applicable(off, dt.date(2015, 6, 1))
    assert choice is not None and choice.version.id == "new" and choice.milder_later_law
    assert not applicable(off, dt.date(2021, 1, 1)).milder_later_law  # type: ignore[union-attr]


def test_reform_dates_cut_periods() -> None:
    days = reform_dates(load_rulebook())
    assert dt.date(2021, 4, 23) in days and days == sorted(days)
