"""[5/7] item 4: a birth date or an act date known to the year or the month, chosen in the form and kept."""

from __future__ import annotations

import datetime as dt

import pytest
import test_ui
from streamlit.testing.v1 import AppTest
from test_ui import ok, texts, uid, widget

pytestmark = pytest.mark.app  # drives the app through AppTest: `make test` only (tests/plugins/app_marker.py)

_database, app = test_ui._database, test_ui.app  # the fixtures: a fresh library, the app at its entry page


def _person(at: AppTest) -> dict:
    return at.session_state["draft"]["persons"][0]


def test_a_birth_year_and_an_act_month_are_kept_across_precisions_languages_and_go_to_the_result(app: AppTest) -> None:
    for _ in range(2):
        app.button(key="add_person").click().run()
    lea, marc = uid(app, "persons", 0), uid(app, "persons", 1)
    widget(app, "multiselect", lea, "roles").select("victime").run()
    widget(app, "radio", lea, "_birth_date_precision").set_value("year").run()
    widget(app, "number_input", lea, "_birth_date_year").set_value(2008).run()
    assert _person(ok(app))["birth_date"] == "2008"
    widget(app, "radio", lea, "_birth_date_precision").set_value("month").run()
    widget(app, "selectbox", lea, "_birth_date_month").select(3).run()
    assert _person(ok(app))["birth_date"] == "2008-03"
    widget(app, "radio", lea, "_birth_date_precision").set_value("day").run()  # a day not yet chosen: none
    assert _person(ok(app))["birth_date"] is None
    widget(app, "radio", lea, "_birth_date_precision").set_value("month").run()  # the month typed is back
    assert _person(ok(app))["birth_date"] == "2008-03"
    widget(app, "radio", lea, "_birth_date_precision").set_value("year").run()
    assert _person(ok(app))["birth_date"] == "2008"

    ok(app.sidebar.selectbox(key="lang").select("en").run())  # the other language's widgets, seeded from the draft
    assert app.radio(key=f"f:en:{lea}:_birth_date_precision").value == "year"
    assert app.number_input(key=f"f:en:{lea}:_birth_date_year").value == 2008
    ok(app.sidebar.selectbox(key="lang").select("fr").run())
    assert _person(app)["birth_date"] == "2008"

    widget(app, "multiselect", marc, "roles").select("mis_en_cause").run()
    widget(app, "date_input", marc, "birth_date").set_value(dt.date(1980, 1, 1)).run()
    app.button(key="add_act").click().run()
    act = uid(app, "acts", 0)
    widget(app, "selectbox", act, "actor").select("p2").run()
    widget(app, "selectbox", act, "target").select("p1").run()
    widget(app, "selectbox", act, "kind").select("acte_sexuel_sans_penetration").run()
    widget(app, "radio", act, "_date_precision").set_value("month").run()
    widget(app, "number_input", act, "_date_year").set_value(2023).run()
    widget(app, "selectbox", act, "_date_month").select(6).run()
    draft_act = ok(app).session_state["draft"]["acts"][0]
    assert draft_act["date"] == "2023-06" and draft_act.get("end_date") is None
    ok(app.button(key="qualifier").click().run())
    assert [t.value for t in app.title] == ["Résultat de la qualification"]
    shown = texts(test_ui.open_details(app))  # the explanations, folded, are built once opened
    assert "juin 2023" in shown
