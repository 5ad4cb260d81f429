"""The local SQLite file shared by the case library and training progress.

One file, created with mode 0600 (its folder 0700) at ``QUALIF_DB`` or, by default, under the
user's data directory (``$XDG_DATA_HOME/qualif/qualif.sqlite3``). Nothing else is written.
Each module owning tables declares them with :func:`ensure_schema` (idempotent ``CREATE … IF NOT EXISTS``),
under its own name prefix (``library_…`` for engine/storage/library.py; training progress uses its own), and
never touches the others' tables. Open a connection per call (:func:`reading`, :func:`transaction`):
Streamlit sessions run in threads, and SQLite serialises the writers. A writer waits :data:`BUSY_TIMEOUT` seconds
for another's lock, then :class:`~engine.storage.faults.LibraryBusy`; a full disk, a read-only file or an I/O
error raise the other :mod:`engine.storage.faults`, each write being one transaction rolled back whole.
A file (or its folder) that cannot be written is opened read-only (``mode=ro``): reads work, writes say why.

A file is created only where nothing exists (built aside, then hard-linked into place: never over
another file), signed with Qualif's ``application_id`` and ``user_version``. A file that exists is
checked before use (:mod:`engine.storage.db_check`) and, if it is not a sound Qualif file, left exactly as it
is: :class:`LibraryFileError` says in French what is wrong. SQLite's ``quick_check`` runs on the first
connection and again after any change made outside this process; only then is a writable file's mode brought
back to 0600 if it differs. Every connection sets ``secure_delete``: erased rows are overwritten with zeros,
not left readable in the file.
"""

from __future__ import annotations

import errno
import os
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from engine.storage.db_check import APPLICATION_ID, FORMAT_VERSION, LibraryFileError, validate
from engine.storage.faults import LibraryReadOnly, translated

__all__ = [
    "APPLICATION_ID",
    "BUSY_TIMEOUT",
    "ENV_VAR",
    "FORMAT_VERSION",
    "LibraryFileError",
    "check",
    "connect",
    "create",
    "default_path",
    "ensure_schema",
    "reading",
    "transaction",
    "writable",
]

ENV_VAR = "QUALIF_DB"
BUSY_TIMEOUT = 2.0  # seconds a connection waits for another writer's lock before LibraryBusy


def default_path() -> Path:
    """``$QUALIF_DB`` if set, else ``$XDG_DATA_HOME/qualif/qualif.sqlite3`` (``~/.local/share`` by default)."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "qualif" / "qualif.sqlite3"


def _target(path: Path | str | None) -> Path:
    return Path(path).expanduser() if path is not None else default_path()


def create(path: Path | str | None = None) -> bool:
    """Create a new, signed, empty Qualif file at ``path`` if nothing is there; True if this call created it.

    The file is built beside the target and hard-linked into place, which fails if anything appeared
    there meanwhile: an existing file is never replaced, and no other session ever sees a half-made one.
    """
    target = _target(path)
    if os.path.lexists(target):
        return False
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    try:
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        conn = sqlite3.connect(tmp)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
        finally:
            conn.close()
        os.link(tmp, target)
        return True
    except FileExistsError:
        return False  # another session created it first
    except (OSError, sqlite3.Error) as exc:
        raise LibraryFileError(target, f"ne peut pas être créé ({_why_not_created(exc)})") from None
    finally:
        tmp.unlink(missing_ok=True)


def _why_not_created(exc: OSError | sqlite3.Error) -> str:
    """Why a new file could not be made, in French (full disk, read-only medium, folder rights)."""
    if isinstance(exc, OSError):
        code = exc.errno
    else:  # SQLite writing the new file's header: SQLITE_FULL, SQLITE_READONLY
        code = {13: errno.ENOSPC, 8: errno.EROFS}.get((getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF)
    if code in (errno.ENOSPC, errno.EDQUOT):
        return "le disque est plein"
    if code == errno.EROFS:
        return "le support est en lecture seule"
    if code in (errno.EACCES, errno.EPERM):
        return "le dossier ne peut pas être modifié par votre compte"
    return "dossier inaccessible, en lecture seule ou plein"


def writable(path: Path | str | None = None) -> bool:
    """Whether the file and its folder (where SQLite writes its journal) can be written, on a file system mounted read-write."""
    target = _target(path)
    try:
        if os.statvfs(target.parent).f_flag & os.ST_RDONLY:
            return False
    except OSError:
        return False
    return os.access(target, os.W_OK) and os.access(target.parent, os.W_OK | os.X_OK)


def connect(path: Path | str | None = None, *, create_missing: bool = True) -> sqlite3.Connection:
    """Open the database (created if missing, unless ``create_missing`` is False); rows come back as ``sqlite3.Row``.

    Read-only (``mode=ro``) if the file or its folder cannot be written. LibraryFileError, the file left untouched,
    if it is missing (and not to be created) or not a sound Qualif file; a storage fault if busy or unreadable.
    """
    target = _target(path)
    if create_missing:
        create(target)
    read_only = os.path.lexists(target) and not writable(target)
    with translated(target):
        conn = validate(target, read_only=read_only, timeout=BUSY_TIMEOUT)
        try:
            stamp = _stamp(target)
            if _sound.get(str(target)) != stamp:  # not seen since an outside change: the full check
                _quick_check(conn, target)
                _sound[str(target)] = stamp
                if not read_only:
                    _private(target)
            _configure(conn)
        except BaseException:
            conn.close()
            raise
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    """The settings of every connection."""
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")  # erased cases are zeroed, not left readable in the file
    conn.execute("PRAGMA journal_mode = DELETE")  # no -wal/-shm side files left next to the database


def _private(target: Path) -> None:
    """Mode 0600 for a file that is not (never attempted when it already is); a refusal leaves it as it is."""
    with suppress(OSError):
        if os.stat(target).st_mode & 0o777 != 0o600:
            os.chmod(target, 0o600)


def check(path: Path | str | None = None) -> None:
    """Full check of an existing file now (header, signature, ``PRAGMA quick_check``); LibraryFileError if unsound."""
    target = _target(path)
    _sound.pop(str(target), None)
    with reading(target, create_missing=False):
        pass


_sound: dict[str, tuple[int, int, int, int]] = {}  # path → (device, inode, size, mtime) when last found sound


def _stamp(target: Path) -> tuple[int, int, int, int]:
    st = os.stat(target)
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def _quick_check(conn: sqlite3.Connection, target: Path) -> None:
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in (5, 6):  # busy, locked: another writer, not damage
            raise
        verdict = "error"
    if verdict != "ok":
        raise LibraryFileError(target, "est endommagé (le contrôle d'intégrité de SQLite a échoué)")


def ensure_schema(conn: sqlite3.Connection, ddl: str) -> None:
    """Run idempotent DDL (``CREATE TABLE IF NOT EXISTS …``) in one transaction."""
    with conn:
        conn.executescript(ddl)


@contextmanager
def reading(path: Path | str | None = None, *, create_missing: bool = True) -> Iterator[sqlite3.Connection]:
    """A connection for reads (read-only if the file cannot be written), closed on exit; storage faults translated."""
    target = _target(path)
    conn = connect(target, create_missing=create_missing)
    try:
        with translated(target):
            yield conn
    finally:
        conn.close()


@contextmanager
def transaction(path: Path | str | None = None, *, create_missing: bool = True) -> Iterator[sqlite3.Connection]:
    """A connection in an immediate (write-locking) transaction: committed on success, rolled back whole on any
    error (the previous version intact), closed. LibraryReadOnly before anything is tried if the file cannot be
    written; LibraryBusy, LibraryFull… (engine.storage.faults) for SQLite's and the system's errors."""
    target = _target(path)
    if create_missing:
        create(target)
    if os.path.lexists(target) and not writable(target):
        raise LibraryReadOnly(target)
    conn = connect(target, create_missing=False)
    conn.isolation_level = None  # transactions are explicit
    try:
        with translated(target):
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                _rollback(conn)
                raise
        _sound[str(target)] = _stamp(target)  # our own commit: the file is as sound as it was
    finally:
        conn.close()


def _rollback(conn: sqlite3.Connection) -> None:
    """Undo the open transaction, if SQLite has not already (it does on a full disk); the first error is the one raised."""
    if conn.in_transaction:  # if ROLLBACK fails, closing rolls back too (a hot journal: the next connection does)
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
