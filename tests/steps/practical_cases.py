"""Gherkin step for the practical cases (features/cas_pratiques.feature), loaded by tests/conftest.py.

  Étant donné le cas pratique "cp07"      (the facts of training/cases/cp07_*.yaml become the scenario's case)

The other steps (« Quand on qualifie le dossier », « Alors la qualification principale de … ») are the
shared vocabulary of tests/steps/.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from pytest_bdd import given, parsers

from engine.api import get_engine
from engine.training.cases import TrainingCase, load_training_cases


@cache
def _cases() -> dict[str, TrainingCase]:
    return load_training_cases(get_engine().book)


@given(parsers.re(r'le cas pratique "(?P<case_id>[^"]+)"'))
def practical_case(case: dict[str, Any], case_id: str) -> None:
    found = _cases().get(case_id)
    assert found is not None, f"cas pratique « {case_id} » absent de training/cases"
    case.clear()
    case.update(found.case.to_json_dict())
