"""Pages « Cas pratiques » and « Suivi formateur » (ui/views/training.py, ui/views/trainer.py), driven headless
with streamlit.testing.v1.AppTest, real engine, temporary database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from engine.api import get_engine
from engine.training import progress
from engine.training.cases import TrainingCase, load_training_cases
from engine.training.grading import engine_answer
from engine.training.grading import grade as grade_against
from engine.training.model import Answer, Grade

pytestmark = pytest.mark.app  # drives the app through AppTest: `make test` only (tests/plugins/app_marker.py)


def grade(tc: TrainingCase, answer: Answer) -> Grade:
    """The practical case graded against the engine's own result for it."""
    engine = get_engine()
    return grade_against(tc, answer, engine.classify(tc.case), engine.book)


ROOT = Path(__file__).resolve().parent.parent
TRAINING_PAGE = ROOT / "ui" / "views/training.py"  # absolute: AppTest resolves relative paths against this file
TRAINER_PAGE = ROOT / "ui" / "views/trainer.py"


@pytest.fixture(autouse=True)
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "qualif.sqlite3"
    monkeypatch.setenv("QUALIF_DB", str(db))
    return db


def ok(at: AppTest) -> AppTest:
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    return at


def texts(at: AppTest) -> str:
    kinds = ("title", "header", "subheader", "markdown", "caption", "info", "success", "warning")
    return "\n".join(str(e.value) for kind in kinds for e in getattr(at, kind))


def open_case(case_id: str) -> AppTest:
    at = ok(AppTest.from_file(TRAINING_PAGE, default_timeout=60).run())
    at.text_input(key="train_pseudo").input("auditeur-12").run()
    return ok(at.selectbox(key="train_cas").select(case_id).run())


def test_training_page_shows_the_narrative_and_the_answer_widgets() -> None:
    at = open_case("cp14")
    assert [t.value for t in at.title] == ["Cas pratiques"]
    assert "Lou M., née le 1er décembre 2005" in texts(at)
    assert at.selectbox(key="train:cp14:1:p:lou").options[0] == "(aucune)"
    assert at.text_input(key="train:cp14:1:q:bruno:lou").value == ""


def test_answer_hint_grade_and_attempt_recorded(database: Path) -> None:
    at = open_case("cp14")
    at.button(key="train:cp14:1:indice").click().run()
    assert any(i.value.startswith("Indice 1/3 : Parmi les qualifications retenues pour lou") for i in ok(at).info)
    at.selectbox(key="train:cp14:1:p:lou").select("225-5").run()
    at.text_input(key="train:cp14:1:q:bruno:lou").input("225-5").run()
    assert at.selectbox(key="train:cp14:1:s:bruno:lou:225-5").value == "established"
    at.multiselect(key="train:cp14:1:f:lou").select("protection_extended").run()
    ok(at.selectbox(key="train:cp14:1:fs:lou:protection_extended").select("applicable").run())
    at.button(key="train:cp14:1:valider").click().run()
    ok(at)
    assert next(m.value for m in at.metric) == "75 %"
    assert any("Tentative n° 1 enregistrée" in s.value for s in at.success)
    labels = [e.label.replace("\\", "") for e in at.expander]
    assert any("manqué" in label and "identification_independent_of_cooperation" in label for label in labels)
    assert sum("juste" in label for label in labels) == 3
    assert "Notes pédagogiques" in labels
    (attempt,) = progress.attempts(path=database)
    assert (attempt.trainee, attempt.case_id, attempt.correct, attempt.total, attempt.hints_used) == (
        "auditeur-12",
        "cp14",
        3,
        4,
        1,
    )
    # after the correction, the ladder of a missed item unfolds one step per click
    button = "train:cp14:1:h:f:identification_independent_of_cooperation|lou"
    reveal = "train:cp14:1:c:f:identification_independent_of_cooperation|lou"
    assert reveal in [b.key for b in at.button]  # the hints come before the engine's answer
    missed = [str(m.value) for m in at.markdown if "Votre réponse" in str(m.value) and "Réponse du moteur" not in str(m.value)]
    assert missed, "a missed item shows the engine's answer before its hints"
    at.button(key=button).click().run()
    assert any(i.value.startswith("Indice 1/3 : ") for i in ok(at).info)
    at.button(key=button).click().run()
    at.button(key=button).click().run()
    assert any(i.value.startswith("Indice 3/3 : Réponse : signalement identification") for i in ok(at).info)
    assert reveal not in [b.key for b in at.button] and "Explication" in texts(at)
    ok(at.button(key="train:cp14:1:recommencer").click().run())
    assert at.selectbox(key="train:cp14:2:p:lou").value is None


def test_without_pseudonym_the_grade_is_shown_but_not_stored(database: Path) -> None:
    at = ok(AppTest.from_file(TRAINING_PAGE, default_timeout=60).run())
    at.selectbox(key="train_cas").select("cp18").run()
    at.button(key="train:cp18:1:valider").click().run()
    assert next(m.value for m in ok(at).metric) == "0 %"
    assert any("aucun pseudonyme" in w.value for w in at.warning)
    assert progress.attempts(path=database) == []


def test_trainer_page_tables_and_csv(database: Path) -> None:
    at = ok(AppTest.from_file(TRAINER_PAGE, default_timeout=60).run())
    assert "Aucune tentative" in texts(at)
    cases = load_training_cases(get_engine().book)
    start = dt.datetime(2023, 3, 1, 9, 0, tzinfo=dt.UTC)
    for who, case_id, drop in (("alice", "cp14", 0), ("bob", "cp14", 1), ("alice", "cp03", 0)):
        tc = cases[case_id]
        answer = engine_answer(get_engine().classify(tc.case))
        g = grade(tc, answer.model_copy(update={"qualifications": answer.qualifications[drop:]}))
        progress.record_attempt(g, who, start, start + dt.timedelta(minutes=5), 2, database)
    at = ok(AppTest.from_file(TRAINER_PAGE, default_timeout=60).run())
    assert [t.value for t in at.title] == ["Suivi formateur"]
    by_article, by_case, attempts = (df.value for df in at.dataframe)
    row = by_article[by_article["article ou signalement"] == "225-5"].iloc[0]
    assert (row["tentatives"], row["justes / notés"], row["réussite (%)"]) == (2, "3/4", 75)
    row = by_case[by_case["cas"] == "cp14"].iloc[0]
    assert (row["tentatives"], row["auditeurs"], row["réussite (%)"], row["indices"]) == (2, 2, 88, 4)
    assert row["intitulé"] == cases["cp14"].title
    assert len(attempts) == 3
    (button,) = at.get("download_button")
    assert button.proto.label == "Télécharger le suivi (CSV)"
    at.selectbox(key="trainer_auditeur").select("bob").run()
    assert len(ok(at).dataframe[2].value) == 1
    csv_text = progress.export_csv(path=database)
    assert csv_text.splitlines()[0].startswith("tentative,pseudonyme,cas,debut,fin,duree_secondes")
    assert csv_text.count("\n") == 4


def test_articles_are_matched_exactly_and_nothing_is_guessed() -> None:
    """Typing « 225-5 » adds 225-5, never 225-12-5 or the attempt; an unknown word adds nothing and says so."""
    from ui import service

    articles = service.answer_articles()
    assert service.parse_articles("225-5", articles) == (["225-5"], [])
    assert service.parse_articles("225-4-1 I ; 225-4-1 II tentative, art. 225-12-1 AL.2", articles) == (
        ["225-4-1 I", "225-4-1 II" + service.ATTEMPT_SUFFIX, "225-12-1 al. 2"],
        [],
    )
    assert service.parse_articles("225-55, 225-5, 225-5", articles) == (["225-5"], ["225-55"])
    at = open_case("cp14")
    at.text_input(key="train:cp14:1:q:bruno:lou").input("225-5, 225-55").run()
    assert any("« 225-55 » n'est pas un article encodé" in e.value for e in at.error)
    assert [s.key for s in at.selectbox if s.key and ":s:bruno:lou:" in s.key] == ["train:cp14:1:s:bruno:lou:225-5"]
