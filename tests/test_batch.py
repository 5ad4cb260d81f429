"""``qualif classify DIR --batch``: results per file, summary, errors per file, pseudonyms, exit codes, pool."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import signal
import time
from pathlib import Path

import pytest
import yaml

from engine.cli import batch
from engine.cli.batch_work import MESSAGE_MAX, Outcome, Task, cell_message
from engine.cli.main import main
from engine.documents.pseudonym import fold

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
GOOD = ("client_majeure.yaml", "mineure_16_ans_reseau.yaml", "oncle_niece_15_ans.yaml")  # one victim each
TODAY = ["--aujourdhui", "2025-06-01"]


def _good(folder: Path) -> Path:
    folder.mkdir()
    for name in GOOD:
        shutil.copy(EXAMPLES / name, folder / name)
    return folder


def _mixed(folder: Path) -> Path:
    _good(folder)
    (folder / "casse.yaml").write_text("id: x\npersons: [\n  - a: b\n", encoding="utf-8")
    (folder / "notes.txt").write_text("pas un dossier\n", encoding="utf-8")
    return folder


def _summary(out: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO((out / "summary.csv").read_text(encoding="utf-8"))))


def test_a_mixed_folder_gives_one_result_per_case_and_a_row_per_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder, out = _mixed(tmp_path / "in"), tmp_path / "out"
    assert main(["classify", str(folder), "--batch", "--jobs", "1", "-o", str(out), *TODAY]) == 1
    err = capsys.readouterr().err
    assert "casse.yaml : Dossier invalide" in err and "YAML invalide, ligne 3" in err
    assert "notes.txt : n'est pas un dossier" in err and "5 fichier(s) : 3 qualifié(s), 2 en erreur" in err
    rows = _summary(out)
    assert [r["fichier"] for r in rows] == sorted([*GOOD, "casse.yaml", "notes.txt"])
    by_file = {r["fichier"]: r for r in rows}
    assert by_file["casse.yaml"]["statut"] == by_file["notes.txt"]["statut"] == "erreur"
    assert by_file["notes.txt"]["message"] == "n'est pas un dossier (attendu .json, .yaml ou .yml)"
    lea = by_file["mineure_16_ans_reseau.yaml"]
    assert (lea["dossier"], lea["victime"], lea["article"], lea["statut"]) == (
        "ex-01-mineure-16-ans-reseau",
        "lea",
        "225-4-1 II",
        "établie",
    )
    assert lea["peine"].startswith("15 ans de réclusion criminelle")
    assert sorted(p.name for p in out.iterdir()) == sorted([*(Path(n).stem + ".json" for n in GOOD), "summary.csv"])
    for name in GOOD:
        assert main(["classify", str(folder / name), "--format", "json", *TODAY]) == 0
        assert (out / (Path(name).stem + ".json")).read_text(encoding="utf-8") == capsys.readouterr().out


@pytest.mark.slow  # two spawned workers build their engine (about 5 s of CPU)
def test_two_processes_give_the_same_files_as_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _mixed(tmp_path / "in")
    for jobs in ("1", "2"):
        assert main(["classify", str(folder), "--batch", "--jobs", jobs, "-o", str(tmp_path / jobs), *TODAY]) == 1
    one, two = (sorted((p.name, p.read_bytes()) for p in (tmp_path / j).iterdir()) for j in ("1", "2"))
    assert one == two and len(one) == 4


def _names(case_file: Path) -> set[str]:
    """Every person id and every word of a name (three letters or more), folded."""
    data = yaml.safe_load(case_file.read_text(encoding="utf-8"))
    words = {p["id"] for p in data["persons"]} | {w for p in data["persons"] for w in re.findall(r"\w+", p.get("name") or "")}
    return {fold(w) for w in words if len(w) >= 3} - {"pseudonyme"}


def test_pseudonymised_summary_names_no_one_and_no_result_is_written(tmp_path: Path) -> None:
    folder, out = _mixed(tmp_path / "in"), tmp_path / "out"
    (folder / "lea_karim.yaml").write_text("persons: [{id: lea\n", encoding="utf-8")  # a name in a broken file's name
    assert main(["classify", str(folder), "--batch", "--jobs", "1", "-o", str(out), "--pseudonymise", *TODAY]) == 1
    assert [p.name for p in out.iterdir()] == ["summary.csv"]
    text = fold((out / "summary.csv").read_text(encoding="utf-8"))
    names = set().union(*(_names(folder / n) for n in GOOD))
    assert {"lea", "karim", "sonia", "nour", "oncle", "eva", "client3"} <= names
    assert [n for n in names if n in text] == []
    assert "casse" not in text and "lea_karim" not in text and "notes" not in text  # files named « fichier N »
    rows = _summary(out)
    assert {r["victime"] for r in rows if r["statut"] != "erreur"} == {"Victime 1"}
    assert "ex-05-Mis en cause 1-niece-15-ans" in {r["dossier"] for r in rows}  # the reference named « oncle »


def test_a_folder_of_cases_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder, out = _good(tmp_path / "in"), tmp_path / "out" / "deep"
    (folder / ".cache.yaml").write_text(": hidden", encoding="utf-8")  # hidden files and sub-folders are not read
    (folder / "sub").mkdir()
    assert main(["classify", str(folder), "--batch", "--jobs", "1", "-o", str(out), *TODAY]) == 0
    assert len(_summary(out)) == 3 and "3 qualifié(s), 0 en erreur" in capsys.readouterr().err


def test_two_files_with_one_stem_keep_their_suffix(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    shutil.copy(EXAMPLES / GOOD[0], folder / "a.yaml")
    shutil.copy(EXAMPLES / GOOD[0], folder / "a.yml")
    assert main(["classify", str(folder), "--batch", "--jobs", "1", "-o", str(out), *TODAY]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["a.yaml.json", "a.yml.json", "summary.csv"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{missing}", "--batch", "-o", "{out}"], "répertoire introuvable"),
        (["{dir}"], "est un répertoire : pour qualifier ses fichiers, ajouter --batch"),
        (["{file}", "--batch", "-o", "{out}"], "--batch attend un répertoire"),
        (["{file}", "--jobs", "2"], "ne s'emploient qu'avec --batch"),
        (["{dir}", "--batch"], "--batch demande -o"),
        (["{dir}", "--batch", "-o", "{dir}"], "doit différer"),
        (["{dir}", "--batch", "-o", "{file}"], "n'est pas un répertoire"),
    ],
)
def test_bad_arguments_exit_2_in_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    folder = _good(tmp_path / "in")
    where = {"missing": tmp_path / "absent", "out": tmp_path / "out", "dir": folder, "file": folder / GOOD[0]}
    assert main(["classify", *(a.format(**where) for a in args)]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_zero_jobs_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["classify", ".", "--batch", "--jobs", "0", "-o", "x"])
    assert stop.value.code == 2 and "nombre de processus invalide" in capsys.readouterr().err


def test_messages_are_escaped_and_cut() -> None:
    assert cell_message("Dossier invalide :\n- a\x1b[31m\u202eb\rc\n") == "Dossier invalide : - a\\x1b[31m\\u202eb\\x0dc"
    long = cell_message("x" * 500)
    assert len(long) == MESSAGE_MAX and long.endswith("…")


def test_a_spreadsheet_formula_is_neutralised() -> None:
    assert batch.summary_csv([("=HYPERLINK(1)", "-a", "ok")]).splitlines()[1] == "'=HYPERLINK(1),'-a,ok"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_on_a_terminal_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["classify", str(_mixed(tmp_path / "in")), "--batch", "--jobs", "1", "-o", str(tmp_path / "o"), *TODAY]) == 1
    assert "\r[" + "#" * 30 + "] 5/5\n" in terminal.getvalue() and "] 2/5" in terminal.getvalue()
    piped = io.StringIO()
    bar = batch.Progress(5, piped)
    bar.advance()
    bar.close()
    assert piped.getvalue() == ""


def test_ctrl_c_stops_without_a_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(task: Task) -> Outcome:
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "run_task", interrupted)
    assert main(["classify", str(_good(tmp_path / "in")), "--batch", "--jobs", "1", "-o", str(tmp_path / "o")]) == 130
    assert "interrompu" in capsys.readouterr().err and not (tmp_path / "o" / "summary.csv").exists()


def test_an_invalid_rule_file_exits_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(batch, "prepare_engine", lambda: "Règle invalide (rules/x.yaml, ligne 1) : essai")
    assert main(["classify", str(_good(tmp_path / "in")), "--batch", "--jobs", "1", "-o", str(tmp_path / "o")]) == 3
    assert "Règle invalide" in capsys.readouterr().err


# --- the pool itself, with stand-ins for the engine (pickled by name into the spawned workers) ---------------


def _no_engine() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stand_in(task: Task) -> Outcome:
    """Kills its process on « crash » files, interrupts the command on « stop » files, else a row."""
    name = Path(task.path).stem
    if "crash" in name:
        os._exit(3)
    if "stop" in name:
        os.kill(os.getppid(), signal.SIGINT)
    time.sleep(0.02)
    return Outcome(task.index, ((task.label, name, "v", "", "", "aucune", "", ""),))


def _files(folder: Path, names: list[str]) -> Path:
    folder.mkdir()
    for name in names:
        (folder / name).write_text("{}", encoding="utf-8")
    return folder


def test_a_worker_that_dies_loses_only_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(batch, "run_task", _stand_in)
    monkeypatch.setattr(batch, "init_worker", _no_engine)
    folder = _files(tmp_path / "in", [f"c{i:02}.json" for i in range(12)] + ["crash.json"])
    assert main(["classify", str(folder), "--batch", "--jobs", "2", "-o", str(tmp_path / "o")]) == 1
    rows = _summary(tmp_path / "o")
    assert [r["statut"] for r in rows] == ["aucune"] * 12 + ["erreur"]
    assert "crash.json : le processus de qualification s'est arrêté" in capsys.readouterr().err


def test_ctrl_c_cancels_the_pending_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(batch, "run_task", _stand_in)
    monkeypatch.setattr(batch, "init_worker", _no_engine)
    folder = _files(tmp_path / "in", ["a_stop.json"] + [f"c{i:03}.json" for i in range(200)])
    assert main(["classify", str(folder), "--batch", "--jobs", "2", "-o", str(tmp_path / "o")]) == 130
    err = capsys.readouterr().err
    assert "interrompu" in err and " sur 201)" in err and not (tmp_path / "o" / "summary.csv").exists()
