"""The case library: cases saved in the local SQLite file (engine/storage/db.py) and their classification history.

Tables ``library_cases`` (one row per case, its JSON in the engine's schema, unique reference),
``library_classifications`` (date, ruleset hash, law date and a summary of each classification) and
``library_meta``. One connection per call, writes in immediate transactions: safe from Streamlit's
threads. Other modules (training progress) keep their own tables in the same file through
``engine.storage.db.connect`` / ``engine.storage.db.ensure_schema``; ``Library(path).path`` is the file in use.
Nothing is logged.
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.case.loading import load_case, parse_case
from engine.case.model import Case
from engine.kernel.errors import CaseInputError
from engine.kernel.result_model import Result
from engine.storage import db

SCHEMA = """
CREATE TABLE IF NOT EXISTS library_cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    case_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
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
_MAX_ID = 64  # Case.id max_length


class CaseNotFound(KeyError):
    """No case with this id in the library."""


@dataclass(frozen=True)
class CaseEntry:
    id: int
    reference: str
    title: str
    created: dt.datetime
    updated: dt.datetime
    classifications: int


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
    """Saved cases and their classification history, in the SQLite file at ``path`` (default: engine.storage.db)."""

    def __init__(self, path: Path | str | None = None):
        self.path = Path(path) if path is not None else db.default_path()
        with db.reading(self.path) as conn:
            db.ensure_schema(conn, SCHEMA)

    def save(self, case: Case, name: str | None = None, *, entry_id: int | None = None) -> int:
        """Insert the case, or update the entry ``entry_id`` (or, without it, the entry with the same reference).

        ``name`` is the title shown in the list (default: the case title, else its reference).
        ValueError if the reference belongs to another entry.
        """
        now, data = _now(), case_json(case)
        try:
            with db.transaction(self.path) as conn:
                if entry_id is None:
                    row = conn.execute("SELECT id FROM library_cases WHERE reference = ?", (case.id,)).fetchone()
                    entry_id = row["id"] if row else None
                if entry_id is None:
                    cur = conn.execute(
                        "INSERT INTO library_cases (reference, title, case_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                        (case.id, name or case.title or case.id, data, now, now),
                    )
                    return int(cur.lastrowid or 0)
                old = self._row(conn, entry_id)
                conn.execute(
                    "UPDATE library_cases SET reference = ?, title = ?, case_json = ?, updated_at = ? WHERE id = ?",
                    (case.id, name or case.title or old["title"], data, now, entry_id),
                )
                return entry_id
        except sqlite3.IntegrityError:
            raise ValueError(f"la référence « {case.id} » est déjà celle d'un autre dossier de la bibliothèque") from None

    def list(self) -> builtins.list[CaseEntry]:
        """Every saved case, most recently updated first, with its number of classifications."""
        with db.reading(self.path) as conn:
            rows = conn.execute(
                "SELECT c.id, c.reference, c.title, c.created_at, c.updated_at, COUNT(h.id) AS n "
                "FROM library_cases c LEFT JOIN library_classifications h ON h.case_id = c.id "
                "GROUP BY c.id ORDER BY c.updated_at DESC, c.id DESC"
            ).fetchall()
        return [
            CaseEntry(
                id=r["id"],
                reference=r["reference"],
                title=r["title"],
                created=dt.datetime.fromisoformat(r["created_at"]),
                updated=dt.datetime.fromisoformat(r["updated_at"]),
                classifications=r["n"],
            )
            for r in rows
        ]

    def open(self, entry_id: int) -> Case:
        """The saved case (CaseInputError if it no longer fits the case model)."""
        with db.reading(self.path) as conn:
            row = self._row(conn, entry_id)
        return parse_case(json.loads(row["case_json"]))

    def duplicate(self, entry_id: int) -> int:
        """A copy of the case under a new reference (« …-copie », « …-copie-2 »…), without its history."""
        with db.transaction(self.path) as conn:
            row = self._row(conn, entry_id)
            taken = {r["reference"] for r in conn.execute("SELECT reference FROM library_cases")}
            reference = _copy_reference(row["reference"], taken)
            data = json.loads(row["case_json"])
            data["id"] = reference
            now = _now()
            cur = conn.execute(
                "INSERT INTO library_cases (reference, title, case_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                (reference, f"{row['title']} (copie)", json.dumps(data, ensure_ascii=False, sort_keys=True), now, now),
            )
            return int(cur.lastrowid or 0)

    def delete(self, entry_id: int) -> None:
        """Remove the case and its classification history."""
        with db.transaction(self.path) as conn:
            conn.execute("DELETE FROM library_classifications WHERE case_id = ?", (entry_id,))
            if conn.execute("DELETE FROM library_cases WHERE id = ?", (entry_id,)).rowcount == 0:
                raise CaseNotFound(entry_id)

    def record_classification(self, entry_id: int, result: Result) -> int:
        """Add a classification of the saved case to its history (ValueError if the result is another case's)."""
        with db.transaction(self.path) as conn:
            row = self._row(conn, entry_id)
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
        with db.reading(self.path) as conn:
            self._row(conn, entry_id)
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
        """Load the example cases (``*.yaml``) once, when the library has never been filled; how many were loaded.

        Idempotent and safe from concurrent sessions; files that are not cases (``expected.yaml``) are skipped.
        """
        with db.reading(self.path) as conn:
            if conn.execute("SELECT 1 FROM library_meta WHERE key = ?", (PRELOADED,)).fetchone():
                return 0
        with db.transaction(self.path) as conn:
            if conn.execute("SELECT 1 FROM library_meta WHERE key = ?", (PRELOADED,)).fetchone():
                return 0
            conn.execute("INSERT INTO library_meta (key, value) VALUES (?, ?)", (PRELOADED, _now()))
            if conn.execute("SELECT 1 FROM library_cases LIMIT 1").fetchone():
                return 0
            cases = []  # parsed under the write lock: concurrent sessions wait, then find the flag
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

    @staticmethod
    def _row(conn: sqlite3.Connection, entry_id: int) -> sqlite3.Row:
        row: sqlite3.Row | None = conn.execute("SELECT * FROM library_cases WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise CaseNotFound(entry_id)
        return row


def _copy_reference(reference: str, taken: set[str]) -> str:
    """A free reference for a copy, within the 64 characters of a case id."""
    n = 1
    while True:
        suffix = "-copie" if n == 1 else f"-copie-{n}"
        candidate = reference[: _MAX_ID - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
        n += 1
