"""``qualif library export`` / ``import``: a versioned JSON backup (cases, versions, history, bin), never over a case."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from engine.api import load_case
from engine.cli.main import main
from engine.storage import backup, db
from engine.storage.backup import BackupError, ImportRefused, export_library, import_library
from engine.storage.library import Library

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture
def source(tmp_path: Path) -> Library:
    """Examples, one case changed twice, one in the bin, one with a history."""
    library = Library(tmp_path / "source.sqlite3")
    library.preload_examples(EXAMPLES)
    first, second, third = library.list()[:3]
    case = library.open(first.id)
    library.store(case.model_copy(update={"title": "Modifié une fois"}), entry_id=first.id, version=1)
    library.store(case.model_copy(update={"title": "Modifié deux fois"}), entry_id=first.id, version=2)
    library.delete(second.id, 1)
    with db.transaction(library.path) as conn:
        for day in ("2024-01-01", "2024-02-01"):
            conn.execute(
                "INSERT INTO library_classifications (case_id, classified_at, ruleset_version, law_date, summary_json) "
                "VALUES (?, ?, 'empreinte', ?, ?)",
                (third.id, f"{day}T10:00:00+00:00", day, json.dumps({"principal": [], "counts": {"established": 1}})),
            )
    return library


def without_ids(document: dict[str, Any]) -> list[dict[str, Any]]:
    return sorted(({k: v for k, v in c.items() if k != "id"} for c in document["cases"]), key=lambda c: c["reference"])


def test_export_then_import_into_a_new_library_round_trips_everything(source: Library, tmp_path: Path) -> None:
    exported = export_library(source)
    assert exported["format"] == "qualif-bibliotheque" and exported["format_version"] == backup.FORMAT_VERSION
    by_ref = {c["reference"]: c for c in exported["cases"]}
    assert any(c["version"] == 3 for c in by_ref.values()) and sum(bool(c["binned_at"]) for c in by_ref.values()) == 1
    assert sum(len(c["classifications"]) for c in by_ref.values()) == 2
    target = Library(tmp_path / "cible.sqlite3")
    report = import_library(target, json.loads(json.dumps(exported)))
    assert sorted(report.imported) == sorted(by_ref) and not report.renamed and not report.skipped
    again = export_library(target)
    assert without_ids(again) == without_ids(exported)
    assert target.preload_examples(EXAMPLES) == 0  # a restored library gets no examples on top
    binned = [e.reference for e in target.binned()]
    assert binned == [c["reference"] for c in exported["cases"] if c["binned_at"]]


def test_importing_a_backup_into_its_own_library_changes_nothing(source: Library) -> None:
    before = export_library(source)
    report = import_library(source, before)
    assert report.imported == [] and len(report.skipped) == len(before["cases"])
    assert without_ids(export_library(source)) == without_ids(before)


def test_a_reference_held_by_another_case_is_refused_and_nothing_is_imported(source: Library, tmp_path: Path) -> None:
    exported = export_library(source)
    changed = copy.deepcopy(exported)
    changed["cases"][0]["title"] = "Autre intitulé"  # same reference, other content
    changed["cases"].append({**copy.deepcopy(exported["cases"][1]), "reference": "tout-nouveau"})
    changed["cases"][-1]["case"]["id"] = "tout-nouveau"
    with pytest.raises(ImportRefused) as refused:
        import_library(source, changed)
    assert refused.value.references == [exported["cases"][0]["reference"]]
    assert "rien n'a été importé" in str(refused.value) and exported["cases"][0]["reference"] in str(refused.value)
    assert without_ids(export_library(source)) == without_ids(exported)  # not even « tout-nouveau »


def test_with_rename_a_conflict_gets_a_new_reference_and_the_existing_case_is_untouched(source: Library) -> None:
    exported = export_library(source)
    changed = copy.deepcopy(exported)
    changed["cases"][0]["title"] = "Autre intitulé"
    reference = exported["cases"][0]["reference"]
    report = import_library(source, changed, on_conflict="rename")
    assert report.renamed == [(reference, f"{reference}-import")] and report.imported == [f"{reference}-import"]
    entries = {e.reference: e for e in source.list() + source.binned()}
    assert entries[reference].title == exported["cases"][0]["title"]
    assert entries[f"{reference}-import"].title == "Autre intitulé"
    assert source.open(entries[f"{reference}-import"].id).id == f"{reference}-import"
    ids = [c["id"] for c in exported["cases"]]
    assert entries[f"{reference}-import"].id not in ids  # a new number: never one a stale tab may still hold


def test_an_import_interrupted_between_two_cases_imports_none(
    source: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported = export_library(source)
    target = Library(tmp_path / "cible.sqlite3")
    real, calls = backup._insert, []

    def failing(*args: Any) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise OSError("coupure simulée")
        real(*args)

    monkeypatch.setattr(backup, "_insert", failing)
    with pytest.raises(OSError, match="coupure"):
        import_library(target, exported)
    assert target.list() == [] and target.binned() == [] and len(calls) == 3


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: d.update(format="autre"), "n'est pas une sauvegarde"),
        (lambda d: d.update(format_version=99), "version de sauvegarde 99"),
        (lambda d: d["cases"][0].update(version=0), "cases[0].version"),
        (lambda d: d["cases"][0].update(created_at="hier"), "date et heure invalides"),
        (lambda d: d["cases"][0]["case"].update(persons="personne"), "cases[0]"),
        (lambda d: d["cases"][0].update(reference="ailleurs"), "différent de la référence"),
        (lambda d: d["cases"].append(copy.deepcopy(d["cases"][0])), "deux fois"),
        (lambda d: d["cases"][0].update(inconnu=1), "champ inconnu"),
    ],
)
def test_a_damaged_backup_is_refused_in_french(source: Library, tmp_path: Path, damage: Any, message: str) -> None:
    document = export_library(source)
    damage(document)
    target = Library(tmp_path / "cible.sqlite3")
    with pytest.raises(BackupError, match=message.replace("[", r"\[").replace("]", r"\]")):
        import_library(target, document)
    assert target.list() == []


def test_the_command_line_exports_to_a_private_file_and_imports_it(
    source: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sauvegarde.json"
    assert main(["library", "export", "--db", str(source.path), "-o", str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o600 and "sauvegarde écrite" in capsys.readouterr().err
    target = tmp_path / "cible.sqlite3"
    assert main(["library", "import", str(out), "--db", str(target)]) == 0
    assert "dossier(s) importé(s)" in capsys.readouterr().err
    assert main(["library", "export", "--db", str(target)]) == 0
    assert without_ids(json.loads(capsys.readouterr().out)) == without_ids(json.loads(out.read_text(encoding="utf-8")))
    assert main(["library", "import", str(out), "--db", str(target)]) == 0  # again: every case already there
    assert "0 dossier(s) importé(s)" in capsys.readouterr().err


def test_the_command_line_says_why_in_french_with_its_exit_codes(
    source: Library, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    document = export_library(source)
    document["cases"][0]["title"] = "Autre"
    conflict = tmp_path / "conflit.json"
    conflict.write_text(json.dumps(document), encoding="utf-8")
    assert main(["library", "import", str(conflict), "--db", str(source.path)]) == 2
    assert "import refusé" in capsys.readouterr().err
    assert main(["library", "import", str(conflict), "--db", str(source.path), "--on-conflict", "rename"]) == 0
    assert "importé sous la référence" in capsys.readouterr().err
    (tmp_path / "pas.json").write_text("{pas du json", encoding="utf-8")
    assert main(["library", "import", str(tmp_path / "pas.json"), "--db", str(source.path)]) == 2
    assert "n'est pas un fichier JSON" in capsys.readouterr().err
    assert main(["library", "import", str(tmp_path / "absent.json"), "--db", str(source.path)]) == 2
    assert "impossible de lire" in capsys.readouterr().err
    monkeypatch.setattr(db, "writable", lambda path=None: False)
    assert main(["library", "import", str(conflict), "--db", str(source.path), "--on-conflict", "rename"]) == 4
    assert "lecture seule" in capsys.readouterr().err


def test_an_export_is_one_snapshot(source: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cases and their history are read in one read transaction (no save lands between the two reads)."""
    statements: list[str] = []
    real = db._configure

    def tracing(conn: sqlite3.Connection) -> None:
        real(conn)
        conn.set_trace_callback(statements.append)

    monkeypatch.setattr(db, "_configure", tracing)
    export_library(source)
    reads = [s for s in statements if s.startswith(("BEGIN", "SELECT", "ROLLBACK"))]
    assert reads[0] == "BEGIN" and reads[-1] == "ROLLBACK" and sum(s.startswith("SELECT") for s in reads) == 2


def test_import_keeps_each_case_exactly(source: Library, tmp_path: Path) -> None:
    target = Library(tmp_path / "cible.sqlite3")
    import_library(target, export_library(source))
    by_ref = {e.reference: e.id for e in target.list()}
    for entry in source.list():
        assert target.open(by_ref[entry.reference]) == source.open(entry.id)
    assert load_case(EXAMPLES / "mineure_16_ans_reseau.yaml").id in by_ref
