"""The unsaved draft kept locally (engine/storage/drafts.py, ui/local_draft.py) and hidden fields keeping their value.

The browser-level reload is in test_e2e_lang.py; here the store itself and the entry page under AppTest.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest
from test_ui import APP, ok, uid, widget

from engine.storage import drafts

pytestmark = pytest.mark.app  # drives the app through AppTest: `make test` only (tests/plugins/app_marker.py)

FOREIGN_CASE = """
id: etrangere
persons:
  - {id: v, roles: [victime], birth_date: 2007-01-01, foreign_national: true, arrival_in_france: 2021-05-04,
     unaccompanied_minor: false}
  - {id: a, roles: [mis_en_cause], birth_date: 1990-01-01}
acts:
  - {id: a1, actor: a, target: v, kind: recruter, date: 2022-01-10}
"""


@pytest.fixture(autouse=True)
def _database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "qualif.sqlite3"
    monkeypatch.setenv("QUALIF_DB", str(db))
    return db


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The draft ids written, in order (the real save still runs)."""
    done: list[str] = []
    real = drafts.save

    def counting(draft_id: str, content: dict[str, Any], *args: Any, **kwargs: Any) -> None:
        done.append(draft_id)
        real(draft_id, content, *args, **kwargs)

    monkeypatch.setattr(drafts, "save", counting)
    return done


def import_text(at: AppTest, text: str) -> AppTest:
    at.text_area(key="saisie").input(text).run()
    return ok(at.button(key="btn_texte").click().run())


def test_the_store_saves_loads_deletes_and_purges(_database: Path) -> None:
    first, second = drafts.new_id(), drafts.new_id()
    assert first != second and drafts.valid_id(first)
    drafts.save(first, {"case": {"id": "x"}})
    drafts.save(first, {"case": {"id": "y"}})
    assert drafts.load(first) == {"case": {"id": "y"}} and drafts.count() == 1
    assert drafts.load(second) is None and drafts.load("../../etc") is None
    with pytest.raises(ValueError):
        drafts.save("pas un id", {})
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=drafts.MAX_AGE_DAYS + 1)
    drafts.save(second, {"case": {}}, now=long_ago)
    drafts.save(drafts.new_id(), {"case": {}})  # the next write purges drafts untouched for too long
    assert drafts.load(second) is None and drafts.load(first) is not None
    drafts.delete(first)
    assert drafts.load(first) is None
    assert oct(_database.stat().st_mode & 0o777) == "0o600"


def test_a_draft_is_written_when_it_changes_only_and_found_again_by_a_new_session(writes: list[str]) -> None:
    at = ok(AppTest.from_file(APP, default_timeout=60).run())
    draft_id = at.session_state["draft_id"]
    assert at.query_params.get("draft") == draft_id
    assert writes == []  # an untouched new case is not written
    import_text(at, FOREIGN_CASE)
    assert writes == [draft_id]
    ok(at.run())
    ok(at.run())
    assert writes == [draft_id]  # reruns without a change do not write
    widget(at, "text_input", at.session_state["draft"]["_uid"], "title").input("Titre tapé").run()
    assert len(writes) == 2
    again = AppTest.from_file(APP, default_timeout=60)
    again.query_params["draft"] = draft_id  # a reload of the tab: a new session, the same URL
    ok(again.run())
    assert again.session_state["draft_id"] == draft_id
    assert again.session_state["draft"]["title"] == "Titre tapé"
    assert [p["id"] for p in again.session_state["draft"]["persons"]] == ["v", "a"]
    assert "Titre tapé" in [t.value for t in again.text_input]


def test_saving_to_the_library_or_starting_a_new_case_deletes_the_kept_draft() -> None:
    at = ok(AppTest.from_file(APP, default_timeout=60).run())
    draft_id = at.session_state["draft_id"]
    import_text(at, FOREIGN_CASE)
    assert drafts.load(draft_id) is not None
    ok(at.button(key="enregistrer").click().run())
    assert at.session_state["library_id"] and drafts.load(draft_id) is None
    widget(at, "text_input", at.session_state["draft"]["_uid"], "title").input("Modifié après").run()
    assert drafts.load(draft_id) is not None  # unsaved changes again
    ok(at.button(key="btn_nouveau").click().run())
    assert drafts.load(draft_id) is None and drafts.count() == 0


def test_an_unknown_or_malformed_draft_id_in_the_url_gives_a_new_empty_case() -> None:
    for wanted in ("absent-mais-bien-forme-123", "<script>"):
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params["draft"] = wanted
        ok(at.run())
        assert at.session_state["draft_id"] != wanted
        assert at.session_state["draft"]["persons"] == []


def test_a_field_hidden_by_the_facts_keeps_its_value_in_the_draft_and_the_export() -> None:
    """Arrival in France is asked of a foreign national only; answering « non » hides it, it is not erased
    (nothing the user entered is changed behind their back, the export included), « oui » shows it again."""
    at = import_text(ok(AppTest.from_file(APP, default_timeout=60).run()), FOREIGN_CASE)
    v = uid(at, "persons", 0)
    arrival = f"f:fr:{v}:arrival_in_france"
    assert widget(at, "date_input", v, "arrival_in_france").value == dt.date(2021, 5, 4)
    widget(at, "radio", v, "foreign_national").set_value(False).run()
    assert arrival not in [d.key for d in ok(at).date_input]
    ok(at.run())  # a further rerun: the widget is gone from Streamlit's state, the draft keeps the value
    person = at.session_state["draft"]["persons"][0]
    kept = (person["foreign_national"], person["arrival_in_france"], person["unaccompanied_minor"])
    assert kept == (False, "2021-05-04", False)
    ok(at.button(key="qualifier").click().run())  # the callback's sync must not erase it either
    assert at.session_state["resultat"]["case"].persons[0].arrival_in_france == dt.date(2021, 5, 4)
    at.switch_page("views/entry.py").run()
    widget(ok(at), "radio", v, "foreign_national").set_value(True).run()
    assert widget(ok(at), "date_input", v, "arrival_in_france").value == dt.date(2021, 5, 4)
