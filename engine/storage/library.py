"""The case library: cases saved in the local SQLite file (engine/storage/db.py) and their classification history.

Tables ``library_cases`` (one row per case, its JSON in the engine's schema, unique reference, a
``version`` raised by every change, ``binned_at`` once in the bin), ``library_classifications`` (date,
ruleset hash, law date and a summary of each classification) and ``library_meta``. One connection
per call, writes in immediate transactions: safe from Streamlit's threads. Every action on a case may
carry the version the user saw: it is refused (:class:`CaseChanged`) if the case changed since, and
:class:`CaseNotFound` if it is gone or binned. Deleting puts a case in the bin; only erasing it (or
emptying the bin) removes it and its history, zeroed in the file (``secure_delete``). Other modules
(training progress) keep their own tables in the same file; ``Library(path).path`` is the file in use.
Nothing is logged.
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.case.loading import load_case, parse_case
from engine.case.model import Case
from engine.kernel.errors import CaseInputError
from engine.kernel.result_model import Result
from engine.storage import db
from engine.storage.db import LibraryFileError

__all__ = ["CaseChanged", "CaseEntry", "CaseNotFound", "HistoryEntry", "Library", "LibraryFileError"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS library_cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    case_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    binned_at TEXT
);
CREATE TABLE IF NOT EXISTS library_classifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES library_cases(id) ON DELETE CASCADE,
    classified_at TEXT NOT NULL,
    ruleset_version TEXT NOT NULL,
    law_date TEXT,
    summary_json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS library_classifications_by_case ON library_classifications(case_id, classified_at);
CREATE TABLE IF NOT EXISTS library_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
PRELOADED = "examples_preloaded"
PENDING = "examples_pending"  # set when the library tables are created: the examples go into a new library only
_COLUMNS = {"version": "INTEGER NOT NULL DEFAULT 1", "binned_at": "TEXT"}  # added to a library made before them
_MAX_ID = 64  # Case.id max_length


class CaseNotFound(KeyError):
    """No case with this id in the library (or not where the action expects it: in use, or in the bin)."""


class CaseChanged(ValueError):
    """The case changed (saved over, binned, restored) since the version the action was confirmed on."""

    def __init__(self, entry_id: int):
        self.entry_id = entry_id
        super().__init__(f"le dossier n° {entry_id} a été modifié entre-temps (autre onglet, autre session) : rien n'a été fait")


@dataclass(frozen=True)
class CaseEntry:
    id: int
    reference: str
    title: str
    created: dt.datetime
    updated: dt.datetime
    classifications: int
    version: int = 1
    binned: dt.datetime | None = None


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    case_id: int
    classified_at: dt.datetime
    ruleset_version: str
    law_date: dt.date | None
    summary: dict[str, Any]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def case_json(case: Case) -> str:
    """The case in the engine's JSON schema (every field, nulls included: exact round trip)."""
    return json.dumps(case.model_dump(mode="json"), ensure_ascii=False, sort_keys=True)


def summary_of(result: Result) -> dict[str, Any]:
    """What the history keeps of a classification: principal per victim, counts, warnings."""
    counts = {s: sum(q.status == s for q in result.qualifications) for s in ("established", "to_establish", "excluded")}
    return {
        "principal": [
            {"victim": p.victim, "article": p.article, "label": p.label, "status": p.status, "perpetrators": p.perpetrators}
            for p in result.principal
        ],
        "counts": counts,
        "flags": len(result.flags),
        "rights": len(result.rights),
        "warnings": [w.code for w in result.warnings],
    }


class Library:
    """Saved cases and their classification history, in the SQLite file at ``path`` (default: engine.storage.db).

    Opening creates the file only if nothing is at ``path``; an existing file that is not a sound Qualif
    file raises ``LibraryFileError`` and is left as it is.
    """

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path is not None else db.default_path()
        db.create(self.path)
        db.check(self.path)
        if self._schema_current():  # nothing to write: opens while another program holds the write lock, or read-only
            return
        with db.transaction(self.path, create_missing=False) as conn:
            fresh = not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'library_cases'").fetchone()
            for statement in filter(str.strip, SCHEMA.split(";")):
                conn.execute(statement)
            present = {r["name"] for r in conn.execute("PRAGMA table_info(library_cases)")}
            for column, kind in _COLUMNS.items():
                if column not in present:
                    conn.execute(f"ALTER TABLE library_cases ADD COLUMN {column} {kind}")
            if fresh:
                conn.execute("INSERT OR IGNORE INTO library_meta (key, value) VALUES (?, ?)", (PENDING, _now()))

    def _schema_current(self) -> bool:
        with self._reading() as conn:
            names = {r["name"] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
            if not {"library_cases", "library_classifications", "library_classifications_by_case", "library_meta"} <= names:
                return False
            return set(_COLUMNS) <= {r["name"] for r in conn.execute("PRAGMA table_info(library_cases)")}

    @property
    def writable(self) -> bool:
        """False when the file or its folder cannot be written (the library opens read-only: saving says why)."""
        return db.writable(self.path)

    def _reading(self) -> Any:
        return db.reading(self.path, create_missing=False)

    def _writing(self) -> Any:
        return db.transaction(self.path, create_missing=False)

    def save(self, case: Case, name: str | None = None, *, entry_id: int | None = None, version: int | None = None) -> int:
        """The id of the saved case (see :meth:`store`)."""
        return self.store(case, name, entry_id=entry_id, version=version)[0]

    def store(
        self, case: Case, name: str | None = None, *, entry_id: int | None = None, version: int | None = None
    ) -> tuple[int, int]:
        """Insert the case, or update the entry ``entry_id`` (or, without it, the entry with the same reference); (id, version).

        ``name`` is the title shown in the list (default: the case title, else its reference). ``version``:
        the one the user opened; CaseChanged if the entry changed since, CaseNotFound if it is gone or binned.
        ValueError if the reference belongs to another entry (in use or in the bin).
        """
        now, data = _now(), case_json(case)
        try:
            with self._writing() as conn:
                if entry_id is None:
                    row = conn.execute("SELECT id, binned_at FROM library_cases WHERE reference = ?", (case.id,)).fetchone()
                    if row and row["binned_at"]:
                        raise ValueError(_BINNED_REFERENCE.format(case.id))
                    entry_id = row["id"] if row else None
                if entry_id is None:
                    cur = conn.execute(
                        "INSERT INTO library_cases (reference, title, case_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                        (case.id, name or case.title or case.id, data, now, now),
                    )
                    return int(cur.lastrowid or 0), 1
                old = _row(conn, entry_id, version)
                conn.execute(
                    "UPDATE library_cases SET reference = ?, title = ?, case_json = ?, updated_at = ?, version = version + 1 "
                    "WHERE id = ?",
                    (case.id, name or case.title or old["title"], data, now, entry_id),
                )
                return entry_id, old["version"] + 1
        except sqlite3.IntegrityError:
            raise ValueError(f"la référence « {case.id} » est déjà celle d'un autre dossier de la bibliothèque") from None

    def list(self) -> builtins.list[CaseEntry]:
        """Every case in use (not in the bin), most recently updated first, with its number of classifications."""
        return self._entries("c.binned_at IS NULL", "c.updated_at DESC, c.id DESC")

    def binned(self) -> builtins.list[CaseEntry]:
        """The cases in the bin, most recently binned first."""
        return self._entries("c.binned_at IS NOT NULL", "c.binned_at DESC, c.id DESC")

    def _entries(self, where: str, order: str) -> builtins.list[CaseEntry]:
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT c.id, c.reference, c.title, c.created_at, c.updated_at, c.version, c.binned_at, COUNT(h.id) AS n "
                f"FROM library_cases c LEFT JOIN library_classifications h ON h.case_id = c.id WHERE {where} "
                f"GROUP BY c.id ORDER BY {order}"
            ).fetchall()
        return [
            CaseEntry(
                id=r["id"],
                reference=r["reference"],
                title=r["title"],
                created=dt.datetime.fromisoformat(r["created_at"]),
                updated=dt.datetime.fromisoformat(r["updated_at"]),
                classifications=r["n"],
                version=r["version"],
                binned=dt.datetime.fromisoformat(r["binned_at"]) if r["binned_at"] else None,
            )
            for r in rows
        ]

    def open(self, entry_id: int, version: int | None = None) -> Case:
        """The saved case (CaseInputError if it no longer fits the case model)."""
        with self._reading() as conn:
            row = _row(conn, entry_id, version)
        return parse_case(json.loads(row["case_json"]))

    def duplicate(self, entry_id: int, version: int | None = None) -> int:
        """A copy of the case under a new reference (« …-copie », « …-copie-2 »…), without its history."""
        with self._writing() as conn:
            row = _row(conn, entry_id, version)
            taken = {r["reference"] for r in conn.execute("SELECT reference FROM library_cases")}
            reference = free_reference(row["reference"], taken)
            data = json.loads(row["case_json"])
            data["id"] = reference
            now = _now()
            cur = conn.execute(
                "INSERT INTO library_cases (reference, title, case_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                (reference, f"{row['title']} (copie)", json.dumps(data, ensure_ascii=False, sort_keys=True), now, now),
            )
            return int(cur.lastrowid or 0)

    def delete(self, entry_id: int, version: int | None = None) -> None:
        """Put the case in the bin (it keeps its history and its reference until erased)."""
        self._move(entry_id, version, binned=False, binned_at=_now())

    def restore(self, entry_id: int, version: int | None = None) -> None:
        """Take the case out of the bin."""
        self._move(entry_id, version, binned=True, binned_at=None)

    def _move(self, entry_id: int, version: int | None, *, binned: bool, binned_at: str | None) -> None:
        with self._writing() as conn:
            _row(conn, entry_id, version, binned=binned)
            conn.execute("UPDATE library_cases SET binned_at = ?, version = version + 1 WHERE id = ?", (binned_at, entry_id))

    def erase(self, entry_id: int, version: int | None = None) -> None:
        """Erase a binned case and its history for good (CaseNotFound if it is not in the bin)."""
        self.empty_bin([(entry_id, version)])

    def empty_bin(self, entries: Iterable[tuple[int, int | None]]) -> int:
        """Erase for good exactly these binned cases (id, version seen), with their history; how many.

        All or nothing: CaseNotFound / CaseChanged, and nothing erased, if one of them left the bin or changed.
        """
        with self._writing() as conn:
            ids = [_row(conn, entry_id, version, binned=True)["id"] for entry_id, version in entries]
            for entry_id in ids:
                conn.execute("DELETE FROM library_classifications WHERE case_id = ?", (entry_id,))
                conn.execute("DELETE FROM library_cases WHERE id = ?", (entry_id,))
        return len(ids)

    def record_classification(self, entry_id: int, result: Result) -> int:
        """Add a classification of the saved case to its history (ValueError if the result is another case's)."""
        with self._writing() as conn:
            row = _row(conn, entry_id)
            if row["reference"] != result.case_id:
                raise ValueError("ce résultat ne correspond pas au dossier enregistré")
            cur = conn.execute(
                "INSERT INTO library_classifications (case_id, classified_at, ruleset_version, law_date, summary_json) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    entry_id,
                    _now(),
                    result.ruleset_version,
                    result.law_date.isoformat() if result.law_date else None,
                    json.dumps(summary_of(result), ensure_ascii=False, sort_keys=True),
                ),
            )
            return int(cur.lastrowid or 0)

    def history(self, entry_id: int) -> builtins.list[HistoryEntry]:
        """The classifications of a saved case, most recent first."""
        with self._reading() as conn:
            _row(conn, entry_id)
            rows = conn.execute(
                "SELECT * FROM library_classifications WHERE case_id = ? ORDER BY classified_at DESC, id DESC", (entry_id,)
            ).fetchall()
        return [
            HistoryEntry(
                id=r["id"],
                case_id=r["case_id"],
                classified_at=dt.datetime.fromisoformat(r["classified_at"]),
                ruleset_version=r["ruleset_version"],
                law_date=dt.date.fromisoformat(r["law_date"]) if r["law_date"] else None,
                summary=json.loads(r["summary_json"]),
            )
            for r in rows
        ]

    def preload_examples(self, examples_dir: Path | str) -> int:
        """Load the example cases (``*.yaml``) into a library just created, once; how many were loaded.

        Only a library whose tables this code created gets them (never an existing one, even empty, nor again
        once loaded or after the user deleted them). Safe from concurrent sessions; files that are not cases
        (``expected.yaml``) are skipped.
        """
        with self._reading() as conn:
            if not conn.execute("SELECT 1 FROM library_meta WHERE key = ?", (PENDING,)).fetchone():
                return 0
        with self._writing() as conn:
            if not conn.execute("DELETE FROM library_meta WHERE key = ?", (PENDING,)).rowcount:
                return 0
            conn.execute("INSERT OR REPLACE INTO library_meta (key, value) VALUES (?, ?)", (PRELOADED, _now()))
            if conn.execute("SELECT 1 FROM library_cases LIMIT 1").fetchone():
                return 0
            cases = []  # parsed under the write lock: concurrent sessions wait, then find the flag gone
            for path in sorted(Path(examples_dir).glob("*.yaml")):
                try:
                    cases.append(load_case(path))
                except CaseInputError:
                    continue
            now, loaded = _now(), 0
            for c in cases:  # two files with the same reference: the first one is kept
                loaded += conn.execute(
                    "INSERT OR IGNORE INTO library_cases (reference, title, case_json, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (c.id, c.title or c.id, case_json(c), now, now),
                ).rowcount
            return loaded


_BINNED_REFERENCE = (
    "la référence « {} » est celle d'un dossier placé dans la corbeille : le restaurer, ou l'effacer "
    "définitivement, avant d'enregistrer un autre dossier sous cette référence"
)


def _row(conn: sqlite3.Connection, entry_id: int, version: int | None = None, *, binned: bool = False) -> sqlite3.Row:
    """The entry, in use (or, with ``binned``, in the bin) and at ``version`` if given; else CaseNotFound / CaseChanged."""
    row: sqlite3.Row | None = conn.execute("SELECT * FROM library_cases WHERE id = ?", (entry_id,)).fetchone()
    if row is None or bool(row["binned_at"]) != binned:
        raise CaseNotFound(entry_id)
    if version is not None and row["version"] != version:
        raise CaseChanged(entry_id)
    return row


def free_reference(reference: str, taken: set[str], word: str = "copie") -> str:
    """A free reference for a copy (« …-copie », « …-copie-2 »…, or another ``word``), within the 64 characters of a case id."""
    n = 1
    while True:
        suffix = f"-{word}" if n == 1 else f"-{word}-{n}"
        candidate = reference[: _MAX_ID - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
        n += 1
