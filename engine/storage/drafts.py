"""Unsaved drafts of the entry form, kept in the local SQLite file (:mod:`engine.storage.db`) so that a reload of
the browser tab finds the case being typed. Nothing leaves the machine.

One table, ``draft_store`` (prefix ``draft_``): a random id (held in the page's URL), the draft as JSON,
the time of the last write. The UI deletes a draft once the case is saved to the library or a new case is
started; drafts untouched for :data:`MAX_AGE_DAYS` are purged on the next write. Reads never write (a read-only
library opens); a write is one transaction and raises the storage faults of :mod:`engine.storage.faults`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
import sqlite3
from pathlib import Path
from typing import Any

from engine.storage import db

DbPath = Path | str | None
MAX_AGE_DAYS = 30
SCHEMA = """
CREATE TABLE IF NOT EXISTS draft_store (
    draft_id TEXT PRIMARY KEY,
    content TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""
_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def new_id() -> str:
    """A random draft id, safe in a URL (128 bits: not guessable from another tab or session)."""
    return secrets.token_urlsafe(16)


def valid_id(value: object) -> bool:
    return isinstance(value, str) and bool(_ID.match(value))


def _checked(draft_id: str) -> str:
    if not valid_id(draft_id):
        raise ValueError("identifiant de brouillon invalide")
    return draft_id


def _present(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'draft_store'").fetchone() is not None


def save(draft_id: str, content: dict[str, Any], path: DbPath = None, *, now: dt.datetime | None = None) -> None:
    """Write (or replace) a draft; older drafts past :data:`MAX_AGE_DAYS` are purged in the same transaction."""
    _checked(draft_id)
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    oldest = (moment - dt.timedelta(days=MAX_AGE_DAYS)).isoformat()
    text = json.dumps(content, ensure_ascii=False, sort_keys=True)
    with db.transaction(path) as conn:  # one transaction: the table if new, the draft, the purge
        conn.execute(SCHEMA)
        conn.execute(
            "INSERT INTO draft_store (draft_id, content, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(draft_id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at",
            (draft_id, text, moment.isoformat()),
        )
        conn.execute("DELETE FROM draft_store WHERE updated_at < ?", (oldest,))


def load(draft_id: str, path: DbPath = None) -> dict[str, Any] | None:
    """The draft, or None if there is none under this id (or the id is not one)."""
    if not valid_id(draft_id):
        return None
    with db.reading(path) as conn:  # nothing written: works on a read-only library
        if not _present(conn):
            return None
        row = conn.execute("SELECT content FROM draft_store WHERE draft_id = ?", (draft_id,)).fetchone()
    if row is None:
        return None
    value = json.loads(row["content"])
    return value if isinstance(value, dict) else None


def delete(draft_id: str, path: DbPath = None) -> None:
    """Forget a draft (no error if there is none)."""
    if not valid_id(draft_id):
        return
    with db.reading(path) as conn:
        if not _present(conn) or not conn.execute("SELECT 1 FROM draft_store WHERE draft_id = ?", (draft_id,)).fetchone():
            return  # nothing to delete: nothing written (a read-only library opens all the same)
    with db.transaction(path) as conn:
        conn.execute("DELETE FROM draft_store WHERE draft_id = ?", (draft_id,))


def count(path: DbPath = None) -> int:
    """How many drafts are kept (for tests and diagnostics; never their content)."""
    with db.reading(path) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM draft_store").fetchone()[0]) if _present(conn) else 0
