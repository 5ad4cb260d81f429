"""Regression: the complicity cases of review 1 (tests/cases_review1/, the reviewer's files), each on its finding."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from engine.api import classify_dict
from engine.kernel.result_model import Qualification, Result

CASES = Path(__file__).parent / "cases_review1"


def _result(name: str) -> Result:
    return classify_dict(yaml.safe_load((CASES / f"{name}.yaml").read_text(encoding="utf-8")))


def _q(result: Result, article: str, perp: str, start: str | None = None) -> Qualification:
    found = [q for q in result.qualifications if (q.article, q.perpetrator) == (article, perp)]
    found = [q for q in found if start is None or str(q.period_start) == start]
    assert len(found) == 1, [(q.article, q.perpetrator, q.period_start) for q in result.qualifications]
    return found[0]


def _agg(q: Qualification, article: str) -> str:
    return next(a.status for a in q.aggravations if a.article == article)


def test_b1_complice_of_the_recruitment_of_a_continuing_procuring() -> None:
    q = _q(_result("c05_proxenete_aide_recrutement"), "225-5", "h")
    assert (q.status, str(q.period_start), str(q.period_end)) == ("established", "2022-03-01", "2022-03-01")
    assert _agg(q, "225-7-1") == "established" and _agg(q, "225-7 9°") == "established"


def test_b2_combined_circumstance_on_the_fathers_quality_not_for_a_stranger() -> None:
    q = _q(_result("c15_traite_ascendant_complice"), "225-4-1 II", "s")
    assert q.status == "established" and q.nature == "délit"
    assert _agg(q, "225-4-2 II") == "to_establish"
    assert q.penalty.summary == "10 ans d'emprisonnement, 1 500 000 € d'amende"


def test_i1_aid_in_july_bounds_the_complices_period() -> None:
    q = _q(_result("c05e_aide_juillet"), "225-5", "h")
    assert str(q.period_start) == "2022-07-01" and q.nature == "délit"
    assert _agg(q, "225-7-1") == "excluded" and _agg(q, "225-7 1°") == "established"


def test_i3_the_complices_ignorance_is_his() -> None:
    q = _q(_result("c06_complice_ignore_minorite"), "222-23-1", "h")
    assert q.status == "excluded"
    assert any(e.startswith("h (sa propre connaissance) : h ignorait") for e in q.excluded_by), q.excluded_by


def test_i5_minor_provoked_keeps_the_non_punishment_flag() -> None:
    flags = [f for f in _result("c09_provocation_2003").flags if f.kind == "non_punishment" and f.person == "l"]
    assert flags and flags[0].status == "to_examine"


def test_i2_the_mothers_own_quality_is_to_establish_with_the_note() -> None:
    q = _q(_result("c08_mere_complice"), "225-5", "m")
    agg = next(a for a in q.aggravations if a.article == "225-7 5°")
    assert agg.status == "to_establish" and any("examiner m comme auteur" in m for m in agg.missing)


def test_c10_instructions_leave_227_21_to_establish() -> None:
    q = _q(_result("c10_instructions_2003"), "227-21", "h")
    assert q.status == "to_establish"
    assert "établir une provocation directe ; les instructions seules ne suffisent pas" in q.missing


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("c07_aide_apres", "l'aide est datée du 15/07/2022, après l'acte a1 du 01/06/2022"),
        ("c11_provocation_1993", "l'article 227-21 a été créé par le code pénal entré en vigueur le 01/03/1994"),
    ],
)
def test_minor_findings_said(name: str, text: str) -> None:
    result = _result(name)
    said = [w.message for w in result.warnings] + [m for q in result.qualifications for m in q.missing]
    assert any(text in m for m in said), said
