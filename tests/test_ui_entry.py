"""The entry form as people know the facts: « Pourquoi cette question ? », errors in one pass, persons without a role."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block
from test_ui import APP, load_example, ok, uid, widget

from engine.api import parse_case
from engine.kernel.errors import CaseInputError

pytestmark = pytest.mark.app  # drives the app through AppTest: `make test` only (tests/plugins/app_marker.py)

WHY = "Pourquoi cette question ?"


@pytest.fixture(autouse=True)
def _database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "qualif.sqlite3"
    monkeypatch.setenv("QUALIF_DB", str(db))
    return db


@pytest.fixture
def app() -> AppTest:
    return ok(AppTest.from_file(APP, default_timeout=60).run())


def why_after(at: AppTest, key: str) -> Any:
    """The « Pourquoi cette question ? » expander drawn after the widget of ``key`` (in the same container)."""

    def walk(node: Any) -> Any:
        kids = list(getattr(node, "children", {}).values())
        for i, child in enumerate(kids):
            if getattr(child, "key", None) == key:
                return next((k for k in kids[i + 1 :] if getattr(k, "type", "") == "expander"), None)
            found = walk(child) if isinstance(child, Block) else None
            if found is not None:
                return found
        return None

    return walk(at._tree)


def open_why(at: AppTest, item_uid: str, field: str) -> AppTest:
    """Open the « Pourquoi cette question ? » of a field (its text is drawn only while open)."""
    at.session_state[f"why:{item_uid}:{field}"] = True
    return ok(at.run())


def test_why_lists_the_articles_that_read_the_purposes_of_a_trafficking_act(app: AppTest) -> None:
    load_example(app, "ex-01-mineure-16-ans-reseau")
    act = next(a for a in app.session_state["draft"]["acts"] if a["kind"] == "recruter")
    why = why_after(app, f"f:fr:{act['_uid']}:purposes")
    assert why is not None and why.label == WHY and not why.markdown  # closed: nothing drawn inside
    why = why_after(open_why(app, act["_uid"], "purposes"), f"f:fr:{act['_uid']}:purposes")
    text = "\n".join(m.value for m in why.markdown)
    assert "**225-4-1 II** (depuis le 07/08/2013)" in text
    assert "élément 225-4-1 I al. 2 : la fin d'exploitation" in text
    karim = uid(app, "persons", 1)
    armed = why_after(open_why(app, karim, "armed"), f"f:fr:{karim}:armed")  # a question of fact of the perpetrator
    assert armed is not None and "circonstance" in "\n".join(m.value for m in armed.markdown)


def test_why_follows_the_language_and_keeps_the_answers(app: AppTest) -> None:
    load_example(app, "ex-01-mineure-16-ans-reseau")
    act = next(a for a in app.session_state["draft"]["acts"] if a["kind"] == "recruter")
    open_why(app, act["_uid"], "purposes")
    before = app.session_state["draft"]
    ok(app.sidebar.selectbox(key="lang").select("en").run())
    why = why_after(open_why(app, act["_uid"], "purposes"), f"f:en:{act['_uid']}:purposes")
    assert why is not None and why.label == "Why this question?"
    assert "**225-4-1 II** (since 07/08/2013)" in "\n".join(m.value for m in why.markdown)
    assert app.session_state["draft"] == before


def test_every_error_comes_in_one_pass_named_in_words_under_its_field_and_the_page_goes_to_the_first(app: AppTest) -> None:
    for _ in range(3):
        app.button(key="add_person").click().run()
    lea, karim, nobody = (uid(app, "persons", i) for i in range(3))
    widget(app, "text_input", lea, "name").input("Léa").run()
    widget(app, "multiselect", lea, "roles").select("victime").run()
    widget(app, "date_input", lea, "birth_date").set_value(dt.date(2006, 3, 12)).run()
    widget(app, "multiselect", karim, "roles").select("mis_en_cause").run()
    widget(app, "text_input", nobody, "name").input("Inès").run()  # no role
    for day in (dt.date(2022, 9, 3), dt.date(2001, 1, 1)):
        app.button(key="add_act").click().run()
        act = uid(app, "acts", len(app.session_state["draft"]["acts"]) - 1)
        widget(app, "selectbox", act, "target").select("p1").run()
        widget(app, "selectbox", act, "kind").select("recruter").run()
        widget(app, "date_input", act, "date").set_value(day).run()
    widget(app, "selectbox", uid(app, "acts", 1), "actor").select("p2").run()  # a1 has no author
    ok(app.button(key="qualifier").click().run())
    assert [t.value for t in app.title] == ["Saisir un dossier"]
    (summary,) = [e.value for e in app.error if "Dossier invalide" in e.value]
    assert "**Personne Inès (p3) — rôles** : « Inès (p3) » n'a aucun rôle" in summary  # the engine's own check
    assert "**Acte a1 — auteur de l'acte** : champ obligatoire manquant" in summary  # a field of the model…
    assert "**Acte a2 — date de l'acte** : l'acte (01/01/2001) est antérieur à la naissance" in summary  # …and a coherence check
    assert summary.index("Personne Inès") < summary.index("Acte a1") < summary.index("Acte a2")  # in the page's order
    under = [e.value for e in app.error if "Dossier invalide" not in e.value]
    assert "champ obligatoire manquant" in under and any(m.startswith("« Inès") for m in under)
    scripts = [h.value for h in app.html if "scrollIntoView" in h.value]
    assert len(scripts) == 1 and "st-key-f-fr-" + nobody + "-roles" in scripts[0]  # the first error's field
    assert widget(app, "text_input", nobody, "name").value == "Inès"  # nothing typed is lost
    app.run()
    assert not [h for h in app.html if "scrollIntoView" in h.value]  # once, after the click


def test_a_person_without_a_role_is_refused_by_the_engine_naming_the_person() -> None:
    data = {
        "id": "c",
        "persons": [{"id": "v", "roles": ["victime"]}, {"id": "t", "name": "Tom"}],
        "acts": [],
    }
    with pytest.raises(CaseInputError) as err:
        parse_case(data)
    assert err.value.problems == [
        (
            "persons[1].roles",
            "« Tom (t) » n'a aucun rôle : en indiquer au moins un (victime, mis en cause, client, intermédiaire, témoin)",
        )
    ]
