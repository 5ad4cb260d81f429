"""``qualif note``: the app's notes from the command line (formats, kinds, victim, pseudonyms, errors)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from engine.cli.main import main

EXAMPLE = str(Path(__file__).resolve().parent.parent / "examples" / "mineure_16_ans_reseau.yaml")


@pytest.mark.parametrize(("kind", "title"), [("qualification", "Note de qualification"), ("partie-civile", "partie civile"),
                                             ("partie_civile", "partie civile")])  # fmt: skip
def test_markdown_note_of_each_kind(tmp_path: Path, kind: str, title: str) -> None:
    out = tmp_path / "note.md"
    assert main(["note", EXAMPLE, "--kind", kind, "--format", "md", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert title in text.splitlines()[0] and "Léa" in text
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".qualif-note-")]  # no temporary file left


def test_pdf_and_docx_pseudonymised_for_one_victim(tmp_path: Path) -> None:
    pdf, docx = tmp_path / "n.pdf", tmp_path / "n.docx"
    assert main(["note", EXAMPLE, "--kind", "partie-civile", "--format", "pdf", "--victim", "lea", "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    args = ["note", EXAMPLE, "--kind", "qualification", "--format", "docx", "--pseudonymise", "-o", str(docx)]
    assert main(args) == 0
    body = zipfile.ZipFile(io.BytesIO(docx.read_bytes())).read("word/document.xml").decode("utf-8")
    assert "Victime 1" in body and "Léa" not in body and "karim" not in body.lower()


@pytest.mark.parametrize(
    ("extra", "message"),
    [(["--victim", "zz"], "personne « zz » absente du dossier"), (["-o", "/nonexistent-folder/n.md"], "impossible d'écrire")],
)
def test_bad_arguments_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str) -> None:
    args = ["note", EXAMPLE, "--kind", "qualification", "--format", "md", "-o", str(tmp_path / "n.md"), *extra]
    assert main(args) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "n.md").exists()


def test_an_unknown_kind_is_refused_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["note", EXAMPLE, "--kind", "autre", "-o", str(tmp_path / "n.md")])
    assert stop.value.code == 2 and "argument invalide" in capsys.readouterr().err
