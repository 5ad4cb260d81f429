"""A library file that exists is never overwritten nor re-created: every unsound kind is refused, byte for byte intact."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from engine.api import load_case
from engine.storage import db
from engine.storage.library import Library, LibraryFileError, case_json
from engine.training import progress

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def real_library(path: Path) -> Path:
    library = Library(path)
    library.preload_examples(EXAMPLES)
    return path


def truncated(path: Path, keep: Callable[[int], int]) -> None:
    data = real_library(path.with_name("source.sqlite3")).read_bytes()
    path.write_bytes(data[: keep(len(data))])
    path.with_name("source.sqlite3").unlink()


def foreign(path: Path, application_id: int = 0, user_version: int = 0, table: str = "contacts") -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute(f"INSERT INTO {table} (name) VALUES ('Alice')")
    conn.execute(f"PRAGMA application_id = {application_id}")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()


def corrupt_middle(path: Path) -> None:
    data = bytearray(real_library(path.with_name("source.sqlite3")).read_bytes())
    data[4096:12288] = os.urandom(8192)  # header sound, pages inside garbled
    path.write_bytes(bytes(data))
    path.with_name("source.sqlite3").unlink()


KINDS: dict[str, tuple[Callable[[Path], None], str]] = {
    "vide": (lambda p: p.write_bytes(b""), "vide"),
    "tronque_milieu": (lambda p: truncated(p, lambda n: n // 2 + 100), "tronqué"),
    "tronque_page": (lambda p: truncated(p, lambda n: n - 4096), "tronqué"),
    "tronque_en_tete": (lambda p: truncated(p, lambda n: 60), "pas une base SQLite"),
    "octets_aleatoires": (lambda p: p.write_bytes(os.urandom(8192)), "pas une base SQLite"),
    "texte": (lambda p: p.write_text("Dossier de Léa : ne pas écraser\n", encoding="utf-8"), "pas une base SQLite"),
    "sqlite_etrangere": (foreign, "autre application"),
    "autre_application_id": (lambda p: foreign(p, 0x12345678, 1, "library_cases"), "autre application"),
    "version_future": (lambda p: foreign(p, db.APPLICATION_ID, db.FORMAT_VERSION + 1, "library_cases"), "plus récente"),
    "endommage": (corrupt_middle, "endommagé"),
}


def digest(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mode


def assert_refused(path: Path, words: str, call: Callable[[], object]) -> None:
    with pytest.raises(LibraryFileError) as info:
        call()
    message = str(info.value)
    assert str(path) in message and words in message, message
    assert message.startswith("Le fichier de bibliothèque")
    if words != "n'existe pas":
        assert "Qualif l'a laissé tel quel" in message


@pytest.mark.parametrize("kind", list(KINDS))
def test_an_unsound_file_is_refused_and_kept_byte_for_byte(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "qualif.sqlite3"
    make, words = KINDS[kind]
    make(path)
    before, listing = digest(path), sorted(os.listdir(tmp_path))
    assert_refused(path, words, lambda: Library(path))
    assert_refused(path, words, lambda: Library(path).preload_examples(EXAMPLES))
    assert_refused(path, words, lambda: progress.attempts(path=path))  # training progress shares the file
    assert_refused(path, words, lambda: db.reading(path).__enter__())
    assert digest(path) == before
    assert sorted(os.listdir(tmp_path)) == listing  # nothing written beside it either


def test_a_folder_at_the_path_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "qualif.sqlite3"
    path.mkdir()
    (path / "garder.txt").write_text("x")
    assert_refused(path, "dossier", lambda: Library(path))
    assert [p.name for p in path.iterdir()] == ["garder.txt"]


def test_an_unreadable_file_is_refused(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("exécuté en root : root ignore les droits d'accès (chmod), le refus ne peut pas être observé")
    path = real_library(tmp_path / "qualif.sqlite3")
    before = digest(path)[0]
    path.chmod(0o200)
    assert_refused(path, "droits", lambda: Library(path))
    assert os.stat(path).st_mode & 0o777 == 0o200  # its mode is not "repaired" either
    path.chmod(0o600)
    assert digest(path)[0] == before


def test_a_file_that_disappears_is_not_recreated(tmp_path: Path) -> None:
    path = tmp_path / "qualif.sqlite3"
    library = Library(path)
    path.unlink()
    assert_refused(path, "n'existe pas", library.list)
    assert not path.exists()


def test_an_older_qualif_file_is_signed_and_upgraded_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "qualif.sqlite3"
    conn = sqlite3.connect(path)  # the library as the previous version made it: unsigned, no version / bin columns
    conn.executescript(
        "CREATE TABLE library_cases (id INTEGER PRIMARY KEY AUTOINCREMENT, reference TEXT NOT NULL UNIQUE, title TEXT NOT NULL,"
        " case_json TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);"
        "CREATE TABLE library_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    )
    case = load_case(EXAMPLES / "mineure_16_ans_reseau.yaml")
    conn.execute(
        "INSERT INTO library_cases (reference, title, case_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (case.id, "Mon dossier", case_json(case), "2024-01-01T00:00:00+00:00", "2024-01-01T00:00:00+00:00"),
    )
    conn.commit()
    conn.close()
    library = Library(path)
    assert library.preload_examples(EXAMPLES) == 0  # an existing library: no examples added
    [entry] = library.list()
    assert (entry.title, entry.version) == ("Mon dossier", 1) and library.open(entry.id) == case
    library.delete(entry.id, 1)
    assert [e.id for e in library.binned()] == [entry.id]
    with db.reading(path) as c:
        assert c.execute("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID


def test_examples_go_only_into_a_library_just_created(tmp_path: Path) -> None:
    path = tmp_path / "qualif.sqlite3"
    assert Library(path).preload_examples(EXAMPLES) > 0
    empty = tmp_path / "vide.sqlite3"
    Library(empty).preload_examples(tmp_path)  # created, examples attempted (none there): the one chance is used
    assert Library(empty).preload_examples(EXAMPLES) == 0 and Library(empty).list() == []


def test_other_modules_create_a_new_file_through_db(tmp_path: Path) -> None:
    """The path engine/training/progress.py and a drafts module use: db.reading / ensure_schema / transaction on no file."""
    path = tmp_path / "nouveau" / "qualif.sqlite3"
    with db.reading(path) as conn:
        db.ensure_schema(conn, "CREATE TABLE IF NOT EXISTS draft_demo (id INTEGER PRIMARY KEY, body TEXT);")
    with db.transaction(path) as conn:
        conn.execute("INSERT INTO draft_demo (body) VALUES ('x')")
    with db.reading(path) as conn:
        assert conn.execute("SELECT body FROM draft_demo").fetchone()[0] == "x"
        assert conn.execute("PRAGMA application_id").fetchone()[0] == db.APPLICATION_ID
    assert os.listdir(path.parent) == ["qualif.sqlite3"] and os.stat(path).st_mode & 0o777 == 0o600
    assert Library(path).list() == []  # the library adds its tables beside the others
