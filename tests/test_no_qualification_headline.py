"""The headline of a result without qualification (relecture juridique 2, F10, cas c04b)."""

from __future__ import annotations

from engine.api import classify_dict
from engine.documents.render import render_summary


def _summary(day: str) -> str:
    case = {
        "id": "c",
        "persons": [
            {"id": "v", "birth_date": "1988-01-01", "roles": ["victime"]},
            {"id": "a", "birth_date": "1960-01-01", "roles": ["mis_en_cause"]},
        ],
        "acts": [{"id": "a1", "actor": "a", "target": "v", "kind": "detenir_images", "date": day}],
    }
    return render_summary(classify_dict(case))


def test_a_fact_before_the_article_existed_is_not_punishable() -> None:
    """A detention on 04/03/2002, the day before 227-23 al. 4 punished it: not « no act matches »."""
    assert "fait non punissable à la date des faits" in _summary("2002-03-04")
    assert "aucun acte ne correspond" not in _summary("2002-03-04")
    assert "Aucune qualification" not in _summary("2002-03-05")
