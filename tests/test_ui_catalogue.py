"""The UI catalogue (ui/catalogue/*.yaml): every key used exists in French and English, and the labels
of the case model are the model's own French wording (no second source of truth)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the ui package

from engine.case import model as m  # noqa: E402
from engine.case.labels import ACT_LABELS, PLACE_LABELS, PURPOSE_LABELS, VULNERABILITY_CAUSE_LABELS  # noqa: E402
from ui import i18n  # noqa: E402

USED = re.compile(r"""\bt\(\s*f?["']([a-z_.]+)["']""")
MODELS = (m.Case, m.Person, m.Act, m.Relationship, m.Knowledge, m.VictimConduct, m.Finding, m.Statement, m.Participation)


def test_every_key_has_french_and_english() -> None:
    catalogue = i18n.catalogue()
    assert len(catalogue) > 250
    for key, texts in catalogue.items():
        assert texts["fr"].strip() and texts["en"].strip(), key


def test_every_literal_key_used_in_the_pages_exists() -> None:
    catalogue = i18n.catalogue()
    used = {
        key
        for path in (ROOT / "ui").glob("*.py")
        if path.name != "i18n.py"
        for key in USED.findall(path.read_text(encoding="utf-8"))
    }
    literal = {key for key in used if not key.endswith(".")}
    assert literal, "aucune clé trouvée : l'expression régulière ne lit plus les pages"
    assert sorted(literal - set(catalogue)) == []


@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_model_labels_are_the_model_titles_and_are_translated(model: type) -> None:
    catalogue = i18n.catalogue()
    for name, field in model.model_fields.items():  # type: ignore[attr-defined]
        key = f"field.{model.__name__}.{name}"
        assert key in catalogue, f"{key} : ajouter sa traduction à ui/catalogue/modele.yaml"
        assert catalogue[key]["fr"] == field.title, key


def test_vocabulary_labels_match_the_engine_and_are_translated() -> None:
    catalogue = i18n.catalogue()
    for prefix, labels in (
        ("kind", ACT_LABELS),
        ("purpose", PURPOSE_LABELS),
        ("place", PLACE_LABELS),
        ("cause", VULNERABILITY_CAUSE_LABELS),
    ):
        for value, french in labels.items():
            key = f"{prefix}.{value.value}"
            assert key in catalogue, f"{key} : ajouter sa traduction à ui/catalogue/modele.yaml"
            assert catalogue[key]["fr"] == french, key
    assert set(ACT_LABELS) == set(m.ActKind)


def test_a_duplicate_key_is_refused_with_the_file_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.yaml").write_text("x.y: {fr: a, en: b}\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("x.y: {fr: c, en: d}\n", encoding="utf-8")
    monkeypatch.setattr(i18n, "CATALOGUE_DIR", tmp_path)
    i18n.catalogue.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"b\.yaml : clé « x\.y » déjà définie"):
            i18n.catalogue()
        (tmp_path / "b.yaml").write_text("z.w: {fr: c}\n", encoding="utf-8")
        i18n.catalogue.cache_clear()
        with pytest.raises(ValueError, match=r"b\.yaml : la clé « z\.w » doit avoir"):
            i18n.catalogue()
    finally:
        monkeypatch.undo()
        i18n.catalogue.cache_clear()
