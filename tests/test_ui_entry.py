"""The entry form as people know the facts: « Pourquoi cette question ? », errors in one pass, persons without a role."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Block
from test_ui import APP, load_example, ok, uid

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


def test_why_lists_the_articles_that_read_the_purposes_of_a_trafficking_act(app: AppTest) -> None:
    load_example(app, "ex-01-mineure-16-ans-reseau")
    act = next(a for a in app.session_state["draft"]["acts"] if a["kind"] == "recruter")
    why = why_after(app, f"f:fr:{act['_uid']}:purposes")
    assert why is not None and why.label == WHY
    text = "\n".join(m.value for m in why.markdown)
    assert "**225-4-1 II** (depuis le 07/08/2013)" in text
    assert "élément 225-4-1 I al. 2 : la fin d'exploitation" in text
    armed = why_after(app, f"f:fr:{uid(app, 'persons', 1)}:armed")  # a question of fact of the perpetrator
    assert armed is not None and "circonstance" in "\n".join(m.value for m in armed.markdown)


def test_why_follows_the_language_and_keeps_the_answers(app: AppTest) -> None:
    load_example(app, "ex-01-mineure-16-ans-reseau")
    before = app.session_state["draft"]
    ok(app.sidebar.selectbox(key="lang").select("en").run())
    act = next(a for a in app.session_state["draft"]["acts"] if a["kind"] == "recruter")
    why = why_after(app, f"f:en:{act['_uid']}:purposes")
    assert why is not None and why.label == "Why this question?"
    assert "**225-4-1 II** (since 07/08/2013)" in "\n".join(m.value for m in why.markdown)
    assert app.session_state["draft"] == before
