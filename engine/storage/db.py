"""The local SQLite file shared by the case library and training progress.

One file, created with mode 0600 (its folder 0700) at ``QUALIF_DB`` or, by default, under the
user's data directory (``$XDG_DATA_HOME/qualif/qualif.sqlite3``). Nothing else is written.
Each module owning tables declares them with :func:`ensure_schema` (idempotent ``CREATE … IF NOT EXISTS``),
under its own name prefix (``library_…`` for engine/storage/library.py; training progress uses its own), and
never touches the others' tables. Open a connection per call (:func:`reading`, :func:`transaction`):
Streamlit sessions run in threads, and SQLite serialises the writers (busy timeout 10 s).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ENV_VAR = "QUALIF_DB"


def default_path() -> Path:
    """``$QUALIF_DB`` if set, else ``$XDG_DATA_HOME/qualif/qualif.sqlite3`` (``~/.local/share`` by default)."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "qualif" / "qualif.sqlite3"


def connect(path: Path | str | None = None) -> sqlite3.Connection:
    """Open (creating with mode 0600 if needed) the database; rows come back as ``sqlite3.Row``."""
    target = Path(path) if path is not None else default_path()
    if not target.exists():
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(target, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    os.chmod(target, 0o600)
    conn = sqlite3.connect(target, timeout=10, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = DELETE")  # no -wal/-shm side files left next to the database
    return conn


def ensure_schema(conn: sqlite3.Connection, ddl: str) -> None:
    """Run idempotent DDL (``CREATE TABLE IF NOT EXISTS …``) in one transaction."""
    with conn:
        conn.executescript(ddl)


@contextmanager
def reading(path: Path | str | None = None) -> Iterator[sqlite3.Connection]:
    """A connection for reads, closed on exit."""
    conn = connect(path)
    try:
        yield conn
    finally:
        conn.close()


@contextmanager
def transaction(path: Path | str | None = None) -> Iterator[sqlite3.Connection]:
    """A connection in an immediate (write-locking) transaction: committed on success, rolled back on error, closed."""
    conn = connect(path)
    conn.isolation_level = None  # transactions are explicit
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    finally:
        conn.close()
