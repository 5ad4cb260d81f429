"""[5/7] « Déclarations » in the entry form: what someone said, kept across errors, reruns and languages, never a fact."""

from __future__ import annotations

import datetime as dt

import pytest
import test_ui
from streamlit.testing.v1 import AppTest
from test_ui import load_example, ok, texts, uid, widget

pytestmark = pytest.mark.app  # drives the app through AppTest: `make test` only (tests/plugins/app_marker.py)

SAID = "Elle m'a dit avoir 19 ans."
_database, app = test_ui._database, test_ui.app  # the fixtures: a fresh library, the app at its entry page


def client_and_minor(at: AppTest) -> AppTest:
    """Jade, 16, and Marc, a client who paid her; nothing said about what he knew of her age."""
    for _ in range(2):
        at.button(key="add_person").click().run()
    jade, marc = uid(at, "persons", 0), uid(at, "persons", 1)
    widget(at, "text_input", jade, "name").input("Jade").run()
    widget(at, "multiselect", jade, "roles").select("victime").run()
    widget(at, "date_input", jade, "birth_date").set_value(dt.date(2006, 7, 1)).run()
    widget(at, "text_input", marc, "name").input("Marc").run()
    widget(at, "multiselect", marc, "roles").select("client").run()
    at.button(key="add_act").click().run()
    act = uid(at, "acts", 0)
    widget(at, "selectbox", act, "actor").select("p2").run()
    widget(at, "selectbox", act, "target").select("p1").run()
    widget(at, "selectbox", act, "kind").select("remunerer_relations_sexuelles").run()
    widget(at, "date_input", act, "date").set_value(dt.date(2022, 12, 5)).run()
    return ok(at)


def test_a_statement_is_typed_kept_across_an_error_and_a_language_switch_and_quoted_in_the_result(app: AppTest) -> None:
    client_and_minor(app)
    ok(app.button(key="add_statement").click().run())
    said = uid(app, "statements", 0)
    widget(app, "selectbox", said, "by").select("p2").run()
    widget(app, "selectbox", said, "about").select("p1").run()
    widget(app, "selectbox", said, "bears_on").select("knew_minor").run()
    widget(app, "date_input", said, "date").set_value(dt.date(2023, 3, 3)).run()
    ok(app.button(key="qualifier").click().run())  # no words yet: refused, named in words
    (summary,) = [e.value for e in app.error if "Dossier invalide" in e.value]
    assert "**Déclaration d1 — propos tenus** : champ obligatoire manquant" in summary
    assert widget(app, "selectbox", said, "bears_on").value == "knew_minor"  # nothing typed is lost
    widget(app, "text_area", said, "content").input(SAID).run()
    ok(app.sidebar.selectbox(key="lang").select("en").run())
    assert app.text_area(key=f"f:en:{said}:content").value == SAID
    assert app.button(key=f"del:{said}").label == "Delete statement d1"
    ok(app.sidebar.selectbox(key="lang").select("fr").run())
    assert app.button(key=f"del:{said}").label == "Supprimer la déclaration d1"
    statement = {k: v for k, v in app.session_state["draft"]["statements"][0].items() if v is not None and k[0] != "_"}
    assert statement == {"id": "d1", "by": "p2", "about": "p1", "bears_on": "knew_minor", "date": "2023-03-03", "content": SAID}
    assert all(k.get("knew_minor") is None for k in app.session_state["draft"]["knowledge"])  # no answer drawn from it
    ok(app.button(key="qualifier").click().run())
    assert [t.value for t in app.title] == ["Résultat de la qualification"]
    shown = texts(test_ui.open_details(app))  # the explanations, folded, are built once opened
    assert f"Déclaration de Marc (03/03/2023) : « {SAID} » — elle ne vaut pas preuve ; ce fait reste à établir" in shown
    assert any(e.label == "Déclarations (1)" for e in app.expander)
    question = "connaissance par l'auteur de la minorité de la victime"
    assert f"- **Marc** (03/03/2023) — concernant Jade — {question} : « {SAID} »" in shown


def test_an_imported_statement_is_drawn_and_deleted_by_its_named_button(app: AppTest) -> None:
    load_example(app, "ex-03-client-connaissance-inconnue")
    said = uid(app, "statements", 0)
    assert widget(app, "text_input", said, "source").value == "audition de client1 du 10/01/2023"
    ok(app.button(key=f"del:{said}").click().run())
    assert app.session_state["draft"]["statements"] == []
