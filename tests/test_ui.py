"""The Streamlit front end (ui/), driven headless with streamlit.testing.v1.AppTest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "ui" / "app.py"  # absolute: AppTest resolves relative paths against this test file


def _title(example_id: str) -> str:
    for path in (ROOT / "examples").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if data.get("id") == example_id:
            return str(data["title"])
    raise AssertionError(f"exemple {example_id} introuvable")


def _texts(at: AppTest) -> str:
    parts = [
        e.value for kind in ("title", "subheader", "markdown", "caption", "text", "warning", "error") for e in getattr(at, kind)
    ]
    return "\n".join(str(p) for p in parts)


@pytest.fixture
def app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30).run()
    assert not at.exception, at.exception
    return at


def test_app_loads_on_the_qualifier_page(app: AppTest) -> None:
    assert [t.value for t in app.title] == ["Qualifier un dossier"]
    assert app.button[0].label == "Qualifier"
    assert _title("ex-01-mineure-16-ans-reseau") in app.selectbox(key="exemple").options
    assert not app.checkbox(key="date_active").value
    assert app.date_input(key="date_loi").disabled


def test_classifying_an_example_shows_established_trafficking_of_a_minor(app: AppTest) -> None:
    app.selectbox(key="exemple").select(_title("ex-01-mineure-16-ans-reseau")).run()
    app.button[0].click().run()
    assert not app.exception, app.exception
    assert not app.error, [e.value for e in app.error]
    cards = [m.value for m in app.markdown if "Traite des êtres humains à l'égard d'un mineur**" in m.value]
    assert len(cards) == 2  # karim and sonia
    assert all("établie]" in c and "art. 225-4-1 II" in c for c in cards)
    text = _texts(app)
    assert "Victime : lea" in text
    assert "Qualifications établies" in text and "Qualifications à établir" in text
    assert "15 ans de réclusion criminelle" in text
    assert "Reste à établir" in text
    explanations = [e for e in app.expander if e.label.startswith("Explication")]
    assert explanations and "Pièce : acte a1 du 03/09/2022" in _texts(app)


def test_law_date_is_applied_when_enabled(app: AppTest) -> None:
    app.selectbox(key="exemple").select(_title("ex-01-mineure-16-ans-reseau")).run()
    app.checkbox(key="date_active").check().run()
    app.date_input(key="date_loi").set_value(dt.date(2012, 1, 1)).run()
    app.button[0].click().run()
    assert not app.exception, app.exception
    assert "loi en vigueur au 01/01/2012" in _texts(app)
    assert any("version en vigueur avant le 07/08/2013 n'est pas encodée" in w.value for w in app.warning)


def test_invalid_yaml_shows_a_french_error_and_keeps_the_text(app: AppTest) -> None:
    typed = "id: dossier-test\npersons: [\n  {id: v, roles: [victime]\n"
    app.radio(key="source").set_value("Texte YAML").run()
    app.text_area(key="saisie").input(typed).run()
    app.button[0].click().run()
    assert not app.exception, app.exception
    assert len(app.error) == 1
    assert "Dossier invalide" in app.error[0].value and "YAML invalide, ligne" in app.error[0].value
    assert app.text_area(key="saisie").value == typed
    app.run()  # another rerun: the text is still there, and so is the error
    assert app.text_area(key="saisie").value == typed
    assert "YAML invalide" in app.error[0].value


def test_invalid_case_lists_each_message_with_its_field_path(app: AppTest) -> None:
    typed = "id: dossier-test\npersons: 3\nacts: []\nchamp_inconnu: 1\n"
    app.radio(key="source").set_value("Texte YAML").run()
    app.text_area(key="saisie").input(typed).run()
    app.button[0].click().run()
    message = app.error[0].value
    assert "- **persons** : liste attendue" in message
    assert "- **champ\\_inconnu** : champ inconnu" in message
    assert app.text_area(key="saisie").value == typed


def test_typed_text_survives_a_visit_to_the_rules_page(app: AppTest) -> None:
    app.radio(key="source").set_value("Texte YAML").run()
    app.text_area(key="saisie").input("id: brouillon\n").run()
    app.switch_page("page_regles.py").run()
    app.switch_page("page_qualifier.py").run()
    assert app.text_area(key="saisie").value == "id: brouillon\n"


def test_rules_page_lists_offences_with_elements_and_article_text(app: AppTest) -> None:
    app.switch_page("page_regles.py").run()
    assert not app.exception, app.exception
    headings = [s.value for s in app.subheader]
    assert "Art. 225-4-1 II — Traite des êtres humains à l'égard d'un mineur" in headings
    assert any(h.startswith("Art. 225-12-1 al. 2 — ") for h in headings)
    from engine.rule_loader import load_rulebook

    assert len(headings) == len(load_rulebook().offences)
    text = _texts(app)
    assert "Version 2021-04-23** : en vigueur depuis le 23/04/2021, toujours en vigueur" in text
    assert "**Circonstances aggravantes**" in text and "**Éléments constitutifs**" in text
    assert "Texte de l'article 225-4-1 (code_penal.md)" in [e.label for e in app.expander]
    verbatim = "I. - La traite des êtres humains est le fait de recruter"
    assert any(t.value.startswith(verbatim) for t in app.text)


def test_result_starts_with_principal_then_flags_and_rights(app: AppTest) -> None:
    app.selectbox(key="exemple").select(_title("ex-03-client-connaissance-inconnue")).run()
    app.button[0].click().run()
    assert not app.exception, app.exception
    principal = [s.value for s in app.success if "Qualification principale pour jade" in s.value]
    assert principal and "611-1" in principal[0]
    warnings = " ".join(w.value for w in app.warning)
    assert "Poursuite du client d'un mineur prostitué" in warnings and "CNCDH 2021, Rec. 19" in warnings
    infos = " ".join(i.value for i in app.info)
    assert "Administrateur ad hoc" in infos and "CPP, art. 706-50" in infos
    assert any("connaissait la minorité" in m.value for m in app.markdown)
