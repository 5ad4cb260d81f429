"""Eight AppTest sessions, interleaved step by step, each get exactly the result they get alone.

AppTest cannot run sessions in parallel threads: each run installs a process-wide mock runtime
(``Runtime._instance``, streamlit/testing/v1/app_test.py) and resets it at the end. Real parallel
sessions are tested against the real server in tests/test_e2e_browser.py (eight browser pages at once);
here the sessions are interleaved, which checks that no state leaks from one session to another.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

pytestmark = [pytest.mark.slow, pytest.mark.app]  # eight interleaved AppTest sessions: not in `make test-fast`

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "ui" / "app.py"
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.yaml") if p.name != "expected.yaml")[:8]


@pytest.fixture(autouse=True)
def _database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUALIF_DB", str(tmp_path / "qualif.sqlite3"))


def outcome(at: AppTest) -> tuple[str, str]:
    assert not at.exception, at.exception
    result = at.session_state["resultat"]["result"]
    return result.case_id, json.dumps(result.model_dump(mode="json"), sort_keys=True)


def test_eight_interleaved_sessions_give_the_results_they_get_alone() -> None:
    alone = []
    for path in EXAMPLES:
        at = AppTest.from_file(APP, default_timeout=120).run()
        at.text_area(key="saisie").input(path.read_text(encoding="utf-8")).run()
        at.button(key="btn_texte").click().run()
        at.button(key="qualifier").click().run()
        alone.append(outcome(at))
    sessions = [AppTest.from_file(APP, default_timeout=120).run() for _ in EXAMPLES]
    for at, path in zip(sessions, EXAMPLES, strict=True):
        at.text_area(key="saisie").input(path.read_text(encoding="utf-8")).run()
    for at in sessions:
        at.button(key="btn_texte").click().run()
    for at in reversed(sessions):
        at.button(key="qualifier").click().run()
    together = [outcome(at) for at in sessions]
    assert len({case_id for case_id, _ in together}) == 8
    assert together == alone
