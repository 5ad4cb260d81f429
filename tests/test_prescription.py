"""Prescription in time (CPP 7, 8, 9-1 by version; C. pén. 112-2 4°): unit tests, the date of « today » injected."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from engine.api import classify_dict
from engine.kernel.errors import RuleFileError
from engine.kernel.result_model import Prescription
from engine.reasoning import prescription as module

TODAY = dt.date(2025, 6, 1)


def _case(birth: str | None, day: str, authority: str | None = "oui") -> dict[str, Any]:
    victim: dict[str, Any] = {"id": "v", "roles": ["victime"], **({"birth_date": birth} if birth else {})}
    return {
        "id": "p",
        "persons": [{"id": "a", "roles": ["mis_en_cause"], "birth_date": "1960-01-01"}, victim],
        "acts": [{"id": "a1", "actor": "a", "target": "v", "kind": "acte_sexuel_penetration", "date": day, "coercion": True}],
        "relationships": [{"person": "a", "other": "v", "authority": authority == "oui", "ascendant": authority == "oui"}]
        if authority
        else [],
    }


def _rape(birth: str | None, day: str, authority: str | None = "oui", today: dt.date = TODAY) -> Prescription:
    result = classify_dict(_case(birth, day, authority), None, today)
    q = next(q for q in result.qualifications if q.article == "222-23" and q.mode == "consomme")
    assert q.prescription is not None
    return q.prescription


def test_rape_of_1994_prescribed_on_1_march_2018_before_loi_2018_703() -> None:
    p = _rape("1980-03-01", "1994-06-15")
    assert (p.status, p.acquired, p.end, p.certain, p.as_of) == (
        "prescribed",
        dt.date(2018, 3, 1),
        dt.date(2018, 3, 1),
        True,
        TODAY,
    )
    applied = [(s.text, s.years, s.end) for s in p.regimes if s.applied]
    assert applied == [("7@1994-03-01", 10, dt.date(2008, 3, 1)), ("7@2004-03-10", 20, dt.date(2018, 3, 1))]
    later = [s for s in p.regimes if not s.applied]
    assert later and later[0].since == dt.date(2018, 8, 6) and later[0].reconstructed and "112-2 4°" in later[0].why
    assert "sauf acte interruptif" in p.explanation and {c.kind for c in p.conditions} >= {"interruption", "suspension"}
    assert not p.reconstructed  # the reconstructed 2018 version was not applied


def test_the_same_rape_was_running_before_2018() -> None:
    p = _rape("1980-03-01", "1994-06-15", today=dt.date(2018, 2, 28))
    assert (p.status, p.end, p.acquired) == ("running", dt.date(2018, 3, 1), None)


def test_112_2_wording_of_1994_refuses_a_longer_law_then_2004_applies() -> None:
    # 1995, no authority: 10 years from the crime (7@1995-02-05); the 1998 law (from majority) lengthens and is
    # refused (112-2 4°, 1994 wording); loi n° 2004-204 comes while the period runs and applies (20 years from majority),
    # then loi n° 2018-703 (30 years, reconstructed).
    p = _rape("1982-01-10", "1995-06-15", authority="non")
    refused = [s for s in p.regimes if s.text == "7@1998-06-18"]
    assert refused and not refused[0].applied and "aggraverait" in refused[0].why
    assert [s.end for s in p.regimes if s.applied] == [dt.date(2005, 6, 15), dt.date(2020, 1, 10), dt.date(2030, 1, 10)]
    assert p.status == "running" and p.reconstructed  # the 2018 law came while it ran (reconstructed version)


def test_reconstructed_version_applied_is_flagged() -> None:
    p = _rape("1990-05-01", "2005-06-15")
    assert p.reconstructed and p.end == dt.date(2038, 5, 1) and p.status == "running"
    assert "version reconstituée — à vérifier sur Légifrance" in p.explanation
    assert "aturquoise.com" in p.explanation


def test_unknown_birth_date_is_to_check_when_one_hypothesis_is_prescribed() -> None:
    p = _rape(None, "1994-06-15")
    assert p.status == "to_check" and p.reason and not p.certain and p.end == dt.date(2004, 6, 15)


def test_before_1970_nothing_shipped() -> None:
    """Facts of 1965 judged, by --date, under the 1994 wording of 222-23: no prescription text before 1970."""
    result = classify_dict(_case("1950-01-01", "1965-06-15", "oui"), dt.date(1994, 6, 15), TODAY)
    p = next(q.prescription for q in result.qualifications if q.article == "222-23" and q.mode == "consomme")
    assert p is not None and p.status == "to_check" and p.end is None and "1970" in (p.reason or "")


def test_a_wrong_quote_is_refused_at_load(monkeypatch: pytest.MonkeyPatch) -> None:
    data = module.prescription_rules()
    regime = data["history"]["regimes"]["crime"][0]
    monkeypatch.setitem(regime["rules"][0], "quote", "se prescrit par onze années révolues")
    with pytest.raises(RuleFileError):
        module._check_history(data)


@pytest.mark.parametrize("nature", ["crime", "délit"])
@pytest.mark.parametrize("article", ["222-23", "225-12-2", "227-25", "225-4-1 II"])
@pytest.mark.parametrize("minor", [True, False])
@pytest.mark.parametrize("authority", [True, False])
@pytest.mark.parametrize("aggravations", [(), ("222-24 2°",), ("225-7 1°", "227-26 1°")])
def test_the_rules_made_once_are_those_read_point_by_point(
    nature: str, article: str, minor: bool, authority: bool, aggravations: tuple[str, ...]
) -> None:
    """``_chain`` reads the rule of each point from ``_rules`` (made once, no day or majority read): the same as
    ``_rule`` at each point, whatever the majority."""
    number = module._number(article)
    numbers = {number, *(module._number(a) for a in aggravations)}
    made = module._rules(nature, number, minor, authority, aggravations)
    for majority in (None, dt.date(2010, 1, 1)):
        h = module._Hypothesis(minor, majority, authority, aggravations)
        assert made == tuple(module._rule(p, number, numbers, h) for p in module._timeline(nature)[1])


@pytest.mark.parametrize("nature", ["crime", "délit"])
@pytest.mark.parametrize("end", [None, dt.date(2010, 1, 1), dt.date(2040, 1, 1)])
def test_the_conditions_made_once_are_those_of_the_rules(nature: str, end: dt.date | None) -> None:
    """The conditions and extensions (made once, shared) say what rules/prescription.yaml says, made afresh alike."""
    history = module.prescription_rules()["history"]
    conds = {c["article"]: c for c in history["conditions"].values()}
    made = module._conditions(nature, dt.date(2012, 1, 1), end)
    module._condition.cache_clear()
    assert made == module._conditions(nature, dt.date(2012, 1, 1), end) and made
    for c in made:
        assert c.claim == conds[c.article]["claim"]
        assert c.quote == (None if c.kind == "suspension" else conds[c.article]["quote"])
    candidates = module._extensions(nature, "225-12-2", ["225-7 1°", "227-26 1°"], True)
    extensions = module._extended(candidates, end)
    module._extension.cache_clear()
    assert extensions == module._extended(candidates, end)
    quotes = {e["quote"] for e in history["extensions"]}
    assert all(e.kind == "extension" and e.quote in quotes for e in extensions)
