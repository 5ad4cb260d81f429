"""[4/7] 5, [5/7] 4: « Complicité et participation » in the entry form (121-7), kept across errors, reruns and languages."""

from __future__ import annotations

import datetime as dt

import pytest
import test_ui
import yaml
from streamlit.testing.v1 import AppTest
from test_ui import load_example, ok, texts, uid, widget
from test_ui_entry import open_why, why_after
from test_ui_statements import client_and_minor

from engine.api import parse_case
from ui import draft as b
from ui import service
from ui.i18n import catalogue

pytestmark = pytest.mark.app  # drives the app through AppTest: `make test` only (tests/plugins/app_marker.py)

SAID = "Karim a conduit Marc chez Jade."
_database, app = test_ui._database, test_ui.app  # the fixtures: a fresh library, the app at its entry page


def with_karim(at: AppTest) -> str:
    """Jade, Marc who paid her, and Karim (intermediary); a first participation added, empty: its uid."""
    client_and_minor(at)
    at.button(key="add_person").click().run()
    karim = uid(at, "persons", 2)
    widget(at, "text_input", karim, "name").input("Karim").run()
    widget(at, "multiselect", karim, "roles").select("intermediaire").run()
    ok(at.button(key="add_participation").click().run())
    return uid(at, "participation", 0)


def summary(at: AppTest) -> str:
    (found,) = [e.value for e in at.error if "Dossier invalide" in e.value]
    return str(found)


def test_a_complicity_is_added_focused_refused_by_field_edited_and_kept_across_languages(app: AppTest) -> None:
    part = with_karim(app)
    focus = [str(h.proto.body) for h in app.get("html") if "focus()" in str(h.proto.body)]
    assert any(f"st-key-f-fr-{part}-act" in body for body in focus)  # the keyboard goes to the new card
    ok(app.button(key="qualifier").click().run())  # nothing chosen yet: refused, each field named, in page order
    said = summary(app)
    assert "**Complicité c1 — acte de l'auteur principal** : champ obligatoire manquant" in said
    assert "**Complicité c1 — complice** : champ obligatoire manquant" in said
    assert said.index("Complicité c1 — acte") < said.index("Complicité c1 — complice")
    act = widget(app, "selectbox", part, "act")
    assert act.options == ["relations sexuelles contre rémunération ou avantage — Marc → Jade, 05/12/2022"]  # names, not ids
    act.select("a1").run()
    widget(app, "selectbox", part, "person").select("p3").run()
    assert widget(app, "selectbox", part, "person").value == "p3"
    widget(app, "selectbox", part, "kind").select("provocation").run()
    widget(app, "multiselect", part, "means").select("don").run()
    widget(app, "selectbox", part, "kind").select("aide_ou_assistance").run()
    assert f"f:fr:{part}:means" not in [m.key for m in app.multiselect]  # asked for a provocation only…
    assert app.session_state["draft"]["participation"][0]["means"] == ["don"]  # …kept in the draft
    ok(app.button(key="qualifier").click().run())
    assert "**Complicité c1 — moyens de la provocation (121-7 al. 2)** : des moyens" in summary(app)
    assert any("ne se donnent que pour une provocation" in e.value for e in app.error if "Dossier" not in e.value)
    widget(app, "selectbox", part, "kind").select("provocation").run()
    widget(app, "multiselect", part, "means").unselect("don").run()
    widget(app, "selectbox", part, "kind").select("aide_ou_assistance").run()
    widget(app, "radio", part, "knowingly").set_value(True).run()
    widget(app, "radio", part, "facilitated").set_value(True).run()
    widget(app, "text_input", part, "description").input(SAID).run()
    assert app.button(key=f"del:{part}").label == "Supprimer la complicité de Karim"
    ok(app.sidebar.selectbox(key="lang").select("en").run())
    assert app.text_input(key=f"f:en:{part}:description").value == SAID
    assert app.selectbox(key=f"f:en:{part}:kind").value == "aide_ou_assistance"
    assert app.radio(key=f"f:en:{part}:knowingly").value is True
    assert app.radio(key=f"f:en:{part}:constrained").value is None
    assert app.button(key=f"del:{part}").label == "Delete complicity of Karim"
    ok(app.sidebar.selectbox(key="lang").select("fr").run())
    assert app.button(key=f"del:{part}").label == "Supprimer la complicité de Karim"
    kept = {k: v for k, v in app.session_state["draft"]["participation"][0].items() if v not in (None, []) and k[0] != "_"}
    assert kept == {"act": "a1", "person": "p3", "kind": "aide_ou_assistance", "knowingly": True, "facilitated": True,
                    "description": SAID}  # fmt: skip
    ok(app.button(key="qualifier").click().run())
    assert [t.value for t in app.title] == ["Résultat de la qualification"]
    shown = texts(test_ui.open_details(app))  # the explanations, folded, are built once opened
    assert "— complice (art. 121-7 al. 1)" in shown and "**Complice :** Karim" in shown
    assert "Karim, complice (art. 121-7 al. 1), de l'acte a1 de Marc envers Jade" in shown  # names, not p1/p2/p3


def test_why_cites_121_7_from_the_rules_file(app: AppTest) -> None:
    part = with_karim(app)
    why = why_after(app, f"f:fr:{part}:facilitated")
    assert why is not None and why.label == "Pourquoi cette question ?" and not why.markdown
    why = why_after(open_why(app, part, "facilitated"), f"f:fr:{part}:facilitated")
    text = "\n".join(m.value for m in why.markdown)
    assert "**121-7 al. 1** — complice par aide ou assistance" in text and "en a facilité la préparation" in text
    assert "al. 2" not in text
    knew = why_after(open_why(app, part, "knowingly"), f"f:fr:{part}:knowingly")
    assert "seul un « non » déclaré" in "\n".join(m.value for m in knew.markdown)
    forced = why_after(open_why(app, part, "constrained"), f"f:fr:{part}:constrained")  # read by the protection stage
    assert "signalement : Non-sanction de la victime" in "\n".join(m.value for m in forced.markdown)


def test_an_imported_complicity_is_drawn_exported_unchanged_and_deleted_by_its_named_button(app: AppTest) -> None:
    load_example(app, "p02-mineure-recruteuse-sous-pression")
    first = uid(app, "participation", 0)
    assert widget(app, "multiselect", first, "means").value == ["ordre", "menace"]
    assert widget(app, "radio", first, "constrained").value is True
    source = yaml.safe_load((test_ui.ROOT / "examples" / "p02_mineure_recruteuse_sous_pression.yaml").read_text("utf-8"))
    for lang in ("en", "fr"):
        ok(app.sidebar.selectbox(key="lang").select(lang).run())
    exported = b.to_case_dict(app.session_state["draft"])
    assert parse_case(exported).to_json_dict() == parse_case(source).to_json_dict()  # export equals import
    label = app.button(key=f"del:{first}").label
    assert label == "Supprimer la complicité de R."
    ok(app.button(key=f"del:{first}").click().run())
    assert [p["act"] for p in app.session_state["draft"]["participation"]] == ["a5"]


def test_form_labels_are_the_rules_file_words() -> None:
    words = catalogue()
    assert {k: words[f"complicite.{k}"]["fr"] for k in service.participation_kinds()} == service.participation_kinds()
    assert {k: words[f"moyen.{k}"]["fr"] for k in service.provocation_means()} == service.provocation_means()


def test_an_act_without_a_date_or_a_known_target_is_labelled_all_the_same() -> None:
    d = {"persons": [{"id": "p1", "name": "Jade"}], "acts": [{"id": "a1", "actor": "p1", "target": "p9", "date": "x"}]}
    from ui.participation import act_label

    assert act_label(d)("a1").endswith("Jade → ?")
    d["acts"][0]["date"] = dt.date(2022, 1, 2).isoformat()
    assert act_label(d)("a1").endswith(", 02/01/2022")
