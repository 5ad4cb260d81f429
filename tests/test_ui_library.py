"""The library page in two tabs at once (two AppTest sessions, one database), the bin, and unusable library files."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from engine.api import load_case
from engine.storage.library import Library

pytestmark = pytest.mark.app  # drives the app through AppTest: `make test` only (tests/plugins/app_marker.py)

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "ui" / "app.py"


def ok(at: AppTest) -> AppTest:
    assert not at.exception, at.exception
    return at


def texts(at: AppTest) -> str:
    kinds = ("title", "markdown", "caption", "warning", "error", "info", "success")
    return "\n".join(str(e.value) for kind in kinds for e in getattr(at, kind))


@pytest.fixture(autouse=True)
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "qualif.sqlite3"
    monkeypatch.setenv("QUALIF_DB", str(path))
    return path


def tab() -> AppTest:
    """A browser tab on the library page."""
    at = ok(AppTest.from_file(APP, default_timeout=60).run())
    return ok(at.switch_page("views/library.py").run())


def select(at: AppTest, entry_id: int) -> AppTest:
    return ok(at.selectbox(key="biblio_choix").set_value(entry_id).run())


def confirm_box(at: AppTest, entry_id: int, version: int = 1, kind: str = "confirmer") -> object:
    return at.checkbox(key=f"biblio_{kind}:{entry_id}:{version}")


def delete_in(at: AppTest, entry_id: int, version: int = 1) -> AppTest:
    select(at, entry_id)
    confirm_box(at, entry_id, version).check().run()  # type: ignore[attr-defined]
    return ok(at.button(key="biblio_supprimer").click().run())


def live_ids(path: Path) -> set[int]:
    return {e.id for e in Library(path).list()}


def test_ticking_the_box_after_another_tab_deleted_the_case_never_deletes_another(database: Path) -> None:
    a, b = tab(), tab()
    rows = Library(database).list()
    x, first = rows[5], rows[0]  # the case both tabs show, and the one a stale selection would fall back to
    select(a, x.id)
    delete_in(b, x.id)
    assert x.id not in live_ids(database)
    confirm_box(a, x.id).check().run()  # type: ignore[attr-defined]
    ok(a)
    assert "n'est plus dans cette liste" in texts(a)
    assert a.selectbox(key="biblio_choix").value == first.id
    assert not confirm_box(a, first.id).value  # type: ignore[attr-defined]
    assert a.button(key="biblio_supprimer").disabled
    assert live_ids(database) == {r.id for r in rows} - {x.id}
    assert [e.id for e in Library(database).binned()] == [x.id]


def test_a_confirmed_click_on_a_case_deleted_or_changed_elsewhere_does_nothing(database: Path) -> None:
    a, b = tab(), tab()
    rows = Library(database).list()
    x = rows[3]
    select(a, x.id)
    box = confirm_box(a, x.id)
    assert box.label == f"Supprimer le dossier « {x.title} — {x.reference} » ? (il ira dans la corbeille)"  # type: ignore[attr-defined]
    box.check().run()  # type: ignore[attr-defined]
    lib = Library(database)
    lib.save(lib.open(x.id), entry_id=x.id)  # saved over in another tab: version 2
    ok(a.button(key="biblio_supprimer").click().run())
    assert "modifié dans un autre onglet" in texts(a) and "rien n'a été fait" in texts(a)
    assert live_ids(database) == {r.id for r in rows}
    confirm_box(a, x.id, 2).check().run()  # type: ignore[attr-defined]
    delete_in(b, x.id, 2)  # version 3, in the bin
    ok(a.button(key="biblio_supprimer").click().run())
    assert "n'est plus à cet endroit" in texts(a)
    assert live_ids(database) == {r.id for r in rows} - {x.id}


def test_duplicating_or_opening_a_case_another_tab_deleted_gives_a_message(database: Path) -> None:
    a, b = tab(), tab()
    rows = Library(database).list()
    x = rows[2]
    select(a, x.id)
    delete_in(b, x.id)
    ok(a.button(key="biblio_dupliquer").click().run())
    assert "n'est plus à cet endroit" in texts(a) and len(Library(database).list()) == len(rows) - 1
    select(a, rows[1].id)
    select(b, rows[1].id)
    delete_in(b, rows[1].id)
    ok(a.button(key="biblio_ouvrir").click().run())
    assert [t.value for t in a.title] == ["Bibliothèque de dossiers"] and "n'est plus à cet endroit" in texts(a)
    assert "library_id" not in a.session_state


def test_saving_over_a_case_changed_in_another_tab_is_refused(database: Path) -> None:
    a, b = tab(), tab()
    x = Library(database).list()[4]
    for at in (a, b):
        select(at, x.id)
        ok(at.button(key="biblio_ouvrir").click().run())
        assert at.session_state["library_version"] == 1
        at.switch_page("views/entry.py")  # AppTest keeps the page it was last told to show; a browser follows st.switch_page
    ok(b.button(key="enregistrer").click().run())
    assert b.session_state["library_version"] == 2
    ok(a.button(key="enregistrer").click().run())
    assert any("modifié dans la bibliothèque" in e.value for e in a.error)
    assert Library(database).binned() == [] and Library(database).list()[0].version == 2


def test_the_bin_restores_erases_and_empties_exactly_what_was_shown(database: Path) -> None:
    a, b = tab(), tab()
    rows = Library(database).list()
    x, y, z = rows[1], rows[2], rows[3]
    for entry in (x, y):
        delete_in(a, entry.id)
    assert "a été placé dans la corbeille" in texts(a) and "Corbeille" in texts(a)
    a.selectbox(key="biblio_corbeille_choix").set_value(x.id).run()
    ok(a.button(key="biblio_restaurer").click().run())
    assert "a été restauré" in texts(a) and x.id in live_ids(database)
    assert a.button(key="biblio_vider").disabled
    [vider] = [c for c in a.checkbox if str(c.key).startswith("biblio_vider:")]
    assert "1 dossiers" in vider.label
    vider.check().run()
    delete_in(b, z.id)  # binned in the other tab after the bin was shown in this one
    ok(a.button(key="biblio_vider").click().run())
    assert "1 dossier(s) effacé(s)" in texts(a)
    assert [e.id for e in Library(database).binned()] == [z.id]  # the case it did not show is kept
    b.run()
    b.selectbox(key="biblio_corbeille_choix").set_value(z.id).run()
    assert b.button(key="biblio_effacer").disabled
    confirm_box(b, z.id, 2, "effacer").check().run()  # type: ignore[attr-defined]
    ok(b.button(key="biblio_effacer").click().run())
    assert "effacé définitivement" in texts(b) and Library(database).binned() == []
    assert live_ids(database) == {r.id for r in rows} - {y.id, z.id}


def test_an_existing_empty_library_gets_no_examples(database: Path) -> None:
    lib = Library(database)
    lib.preload_examples(ROOT / "examples")
    for entry in lib.list():
        lib.delete(entry.id)
    lib.empty_bin((e.id, e.version) for e in lib.binned())
    a = tab()
    assert "La bibliothèque est vide" in texts(a) and Library(database).list() == []


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("content", [b"", os.urandom(4096)], ids=["vide", "octets_aleatoires"])
def test_an_unusable_file_is_shown_on_every_page_and_another_can_be_chosen(
    database: Path, tmp_path: Path, content: bytes
) -> None:
    database.write_bytes(content)
    before = digest(database)
    at = ok(AppTest.from_file(APP, default_timeout=60).run())
    for page in ("views/entry.py", "views/library.py", "views/training.py", "views/trainer.py"):
        ok(at.switch_page(page).run())
        assert [t.value for t in at.title] == ["Fichier de bibliothèque inutilisable"], page
        assert any(str(database) in e.value and "Qualif l'a laissé tel quel" in e.value for e in at.error)
    at.text_input(key="fichier_chemin").input(str(database)).run()
    ok(at.button(key="fichier_nouveau").click().run())
    assert any("existe déjà" in e.value for e in at.error)  # never over the bad file
    fresh = tmp_path / "ailleurs"
    fresh.mkdir()
    at.text_input(key="fichier_chemin").input(str(fresh)).run()
    ok(at.button(key="fichier_nouveau").click().run())
    ok(at.switch_page("views/library.py").run())
    assert [t.value for t in at.title] == ["Bibliothèque de dossiers"]
    assert len(at.dataframe[0].value) >= 20  # a library just created: the examples
    assert str(fresh / "qualif.sqlite3") in texts(at).replace("\\", "")
    ok(at.switch_page("views/trainer.py").run())  # the choice holds for the session, on every page
    assert str(fresh / "qualif.sqlite3") in texts(at).replace("\\", "")
    assert digest(database) == before and sorted(p.name for p in tmp_path.iterdir()) == ["ailleurs", "qualif.sqlite3"]


def test_opening_another_existing_library_file(database: Path, tmp_path: Path) -> None:
    database.write_bytes(b"")
    other = tmp_path / "autre.sqlite3"
    Library(other).save(load_case(ROOT / "examples" / "mineure_16_ans_reseau.yaml"))
    at = ok(AppTest.from_file(APP, default_timeout=60).run())
    at.text_input(key="fichier_chemin").input(str(tmp_path / "absent.sqlite3")).run()
    ok(at.button(key="fichier_ouvrir").click().run())
    assert any("n'existe pas" in e.value for e in at.error) and not (tmp_path / "absent.sqlite3").exists()
    at.text_input(key="fichier_chemin").input(str(other)).run()
    ok(at.button(key="fichier_ouvrir").click().run())
    ok(at.switch_page("views/library.py").run())
    assert list(at.dataframe[0].value["Référence"]) == ["ex-01-mineure-16-ans-reseau"]  # no examples added
    assert database.read_bytes() == b""


def click_row(at: AppTest, index: int | None) -> AppTest:
    """A click on a row of the cases' table (None: the row unselected), as the browser sends it."""
    rows = [] if index is None else [index]
    at.session_state["biblio_table"] = {"selection": {"rows": rows, "columns": [], "cells": []}}
    return ok(at.run())


def test_a_row_clicked_opens_its_case_and_the_columns_read_in_words(database: Path) -> None:
    a = tab()
    table = a.dataframe(key="biblio_table").value
    assert table.columns.tolist() == ["N°", "Référence", "Intitulé", "Dernière modification", "Qualifications enregistrées"]
    row = Library(database).list()[3]
    assert table.iloc[3]["N°"] == row.id and table.iloc[3]["Référence"] == row.reference
    click_row(a, 3)
    assert [t.value for t in a.title] == ["Saisir un dossier"]
    assert a.session_state["library_id"] == row.id and a.session_state["library_version"] == row.version
    assert a.session_state["draft"]["id"] == row.reference
    ok(a.sidebar.selectbox(key="lang").select("en").run())
    ok(a.switch_page("views/library.py").run())
    assert a.dataframe(key="biblio_table").value.columns.tolist()[:3] == ["No.", "Reference", "Title"]


def test_a_row_clicked_after_its_case_changed_elsewhere_opens_nothing_and_says_why(database: Path) -> None:
    a = tab()
    row = Library(database).list()[2]
    lib = Library(database)
    lib.store(lib.open(row.id), entry_id=row.id, version=row.version)  # saved again in another session
    click_row(a, 2)
    assert [t.value for t in a.title] == ["Bibliothèque de dossiers"] and "modifié dans un autre onglet" in texts(a)
    assert "library_id" not in a.session_state
    ok(a.run())  # the same selection is not acted on twice
    assert "modifié dans un autre onglet" not in texts(a) and "library_id" not in a.session_state
    click_row(a, None)
    now = a.dataframe(key="biblio_table").value["N°"].tolist().index(row.id)  # the list shows it where it is now
    click_row(a, now)  # clicked again: the version now shown opens
    assert a.session_state["library_id"] == row.id and a.session_state["library_version"] == row.version + 1
