"""Nothing the engine accepts is lost or altered on the way into the entry form: out-of-range dates are refused
by the case model (CLI, API and app alike), and what the form cannot show is refused at import."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the ui package

from engine.api import parse_case  # noqa: E402
from engine.kernel.errors import CaseInputError  # noqa: E402
from ui import draft as b  # noqa: E402
from ui import form as formulaire  # noqa: E402
from ui import service  # noqa: E402

APP = ROOT / "ui" / "app.py"


def _case(**changes: Any) -> dict[str, Any]:
    case: dict[str, Any] = {
        "id": "c",
        "persons": [{"id": "v", "roles": ["victime"], "birth_date": "2008-01-01"}, {"id": "a", "roles": ["mis_en_cause"]}],
        "acts": [{"id": "a1", "actor": "a", "target": "v", "kind": "recruter", "date": "2022-09-03"}],
    }
    for path, value in changes.items():
        where, field = path.rsplit("__", 1) if "__" in path else ("", path)
        node = case
        for part in where.split("__") if where else []:
            node = node[int(part)] if part.isdigit() else node[part]
        node[field] = value
    return case


@pytest.mark.parametrize(
    ("change", "path", "year"),
    [
        ({"persons__0__birth_date": "1850-05-01"}, "persons[0].birth_date", "1850"),
        ({"persons__1__age": 30, "persons__1__age_reference_date": "0001-01-01"}, "persons[1].age_reference_date", "0001"),
        ({"period_start": "9999-12-31"}, "period_start", "9999"),
        ({"period_end": "2101-01-01"}, "period_end", "2101"),
        ({"persons__0__arrival_in_france": "2200-01-01"}, "persons[0].arrival_in_france", "2200"),
        ({"acts__0__date": "1899-12-31"}, "acts[0].date", "1899"),
        ({"acts__0__end_date": "2150-01-01"}, "acts[0].end_date", "2150"),
        ({"victim_conduct": [{"id": "c1", "person": "v", "date": "1066-10-14"}]}, "victim_conduct[0].date", "1066"),
    ],
)
def test_dates_outside_1900_2100_are_refused_in_french_naming_the_field(change: dict[str, Any], path: str, year: str) -> None:
    with pytest.raises(CaseInputError) as err:
        parse_case(_case(**change))
    assert (path, f"année {year} hors de la plage admise (1900–2100)") in err.value.problems


def test_the_range_edges_are_accepted_and_the_form_uses_the_same_range() -> None:
    parse_case(_case(period_start="1900-01-01", persons__1__age=40, persons__1__age_reference_date="2100-12-31"))
    assert (formulaire.MIN_DATE.year, formulaire.MAX_DATE.year) == (service.MIN_YEAR, service.MAX_YEAR) == (1900, 2100)


def test_unknown_in_france_survives_the_form_round_trip() -> None:
    case = parse_case(_case(in_france=None))
    assert parse_case(b.to_case_dict(b.from_case_dict(case.to_json_dict()))).in_france is None
    assert parse_case(b.to_case_dict(b.from_case_dict(parse_case(_case()).to_json_dict()))).in_france is True


def test_conduct_of_a_person_who_is_not_a_victim_is_kept_by_the_form() -> None:
    """The form offers victims for a victim's conduct, and keeps a person given otherwise (not blanked)."""
    data = _case(victim_conduct=[{"id": "c1", "person": "a"}])
    case = service.parse_case_text(parse_case(data).model_dump_json(), "json")
    again = parse_case(b.to_case_dict(b.from_case_dict(b.case_dict(case))))
    assert again.victim_conduct[0].person == "a"


# --- the app's import ------------------------------------------------------------------------------


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("QUALIF_DB", str(tmp_path / "qualif.sqlite3"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception, at.exception
    return at


DUPLICATE = """\
id: doublon
persons:
  - id: v
    roles: [victime]
    birth_date: 2008-01-01
    birth_date: 1990-01-01
"""


@pytest.mark.app
@pytest.mark.parametrize(
    ("text", "needles"),
    [
        (DUPLICATE, ["persons[0].birth_date", "clé « birth_date » en double, ligne 6, colonne 5 (première occurrence ligne 5)"]),
        (
            '{"id": "x", "persons": [{"id": "v", "birth_date": "1850-01-01"}]}',
            ["persons[0].birth_date", "année 1850 hors de la plage admise (1900–2100)"],
        ),
    ],
)
def test_app_import_refuses_and_the_form_does_not_change(app: AppTest, text: str, needles: list[str]) -> None:
    before = dict(app.session_state["draft"])
    app.text_area(key="saisie").input(text).run()
    app.button(key="btn_texte").click().run()
    assert not app.exception, app.exception
    errors = [e.value.replace("\\", "") for e in app.error if "Import impossible" in e.value]  # markdown escapes
    assert errors and all(n in errors[0] for n in needles), [e.value for e in app.error]
    assert app.session_state["draft"] == before
