"""Is the file at a path a sound Qualif database? Checked before every use, never written unless it is.

Refused, with a French :class:`LibraryFileError` naming the path: nothing there (when it is not to be
created), a folder, a non-regular file, a file the account cannot read (or, to write, cannot write), an empty (0-byte)
file, bytes that are not SQLite, a truncated file (its size is not the one its header records), and a
SQLite database of another application (``application_id`` / ``user_version`` not Qualif's). A file
made by Qualif before it signed its files (only ``library_…``, ``training_…``, ``draft_…`` tables) is
signed on first use (when it can be written). The header is read under SQLite's shared lock, so a concurrent
commit is never mistaken for a truncation. A file that cannot be written is opened read-only (``mode=ro``).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

APPLICATION_ID = 0x5155414C  # « QUAL »
FORMAT_VERSION = 1
_MAGIC = b"SQLite format 3\x00"
_QUALIF_TABLES = ("library_", "training_", "draft_", "sqlite_")


class LibraryFileError(Exception):
    """The database file cannot be used (missing, not a sound Qualif file; or, for :mod:`engine.storage.faults`,
    busy, full, read-only); ``str()`` is a French message naming it."""

    def __init__(self, path: Path | str, reason: str, *, untouched: bool = True):
        self.path, self.reason = Path(path), reason
        tail = " Qualif l'a laissé tel quel, sans rien y écrire." if untouched else ""
        super().__init__(f"Le fichier de bibliothèque « {path} » {reason}.{tail}")


def validate(target: Path, *, read_only: bool = False, timeout: float = 2.0) -> sqlite3.Connection:
    """A connection to ``target`` once it is known to be a sound Qualif file (signed now if made by an older Qualif
    and writable); ``read_only``: opened with ``mode=ro``; ``timeout``: seconds to wait for another writer's lock."""
    if not os.path.lexists(target):
        raise LibraryFileError(target, "n'existe pas (ou plus)", untouched=False)
    if target.is_dir():
        raise LibraryFileError(target, "est un dossier, pas un fichier")
    if not target.is_file():
        raise LibraryFileError(target, "n'est pas un fichier ordinaire")
    if not os.access(target, os.R_OK):
        raise LibraryFileError(target, "ne peut pas être lu par votre compte (droits d'accès du fichier)")
    uri = f"file:{quote(str(target.absolute()))}" + ("?mode=ro" if read_only else "?mode=rw")
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)
    except sqlite3.Error:
        raise LibraryFileError(target, "ne peut pas être ouvert") from None
    try:
        if _inspect(conn, target) and not read_only:
            _sign(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _inspect(conn: sqlite3.Connection, target: Path) -> bool:
    """Raise if unsound; True if it is an unsigned file of an older Qualif."""
    try:
        conn.execute("BEGIN")  # a shared lock for the reads below: no writer commits meanwhile
        try:
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            header, size = _header(target)
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc)):
            raise
        header, size = _header(target)
        raise LibraryFileError(target, _header_problem(header, size) or "est endommagé (SQLite ne peut pas le lire)") from None
    problem = _header_problem(header, size)
    if problem:
        raise LibraryFileError(target, problem)
    app_id, version = int.from_bytes(header[68:72], "big"), int.from_bytes(header[60:64], "big")
    if app_id == APPLICATION_ID:
        if version > FORMAT_VERSION:
            raise LibraryFileError(target, f"a été créé par une version plus récente de Qualif (format {version})")
        if version != FORMAT_VERSION:
            raise LibraryFileError(target, f"porte un numéro de format Qualif inconnu ({version})")
        return False
    if app_id == 0 and version == 0 and _older_qualif(tables):
        return True
    raise LibraryFileError(target, "n'est pas une bibliothèque Qualif : c'est une base SQLite d'une autre application")


def _header(target: Path) -> tuple[bytes, int]:
    try:
        with open(target, "rb") as fh:
            return fh.read(100), os.fstat(fh.fileno()).st_size
    except OSError:
        raise LibraryFileError(target, "ne peut pas être lu") from None


def _header_problem(header: bytes, size: int) -> str | None:
    """What is wrong with the file from its first 100 bytes and its size, if anything."""
    if size == 0:
        return "est vide (0 octet) : ce n'est pas une bibliothèque"
    if len(header) < 100 or header[:16] != _MAGIC:
        return "n'est pas une base SQLite (contenu non reconnu ou endommagé)"
    page = int.from_bytes(header[16:18], "big")
    page = 65536 if page == 1 else page
    if page < 512 or page & (page - 1):
        return "est endommagé (en-tête SQLite invalide)"
    pages = int.from_bytes(header[28:32], "big")
    recorded = pages and header[24:28] == header[92:96]  # the header's page count is valid only then
    if size % page or (recorded and size < pages * page):
        return "est tronqué : il est plus court que ce que son en-tête annonce (copie incomplète ?)"
    return None


def _older_qualif(tables: list[str]) -> bool:
    return (
        bool(tables)
        and all(t.startswith(_QUALIF_TABLES) for t in tables)
        and any(t.startswith(("library_", "training_")) for t in tables)
    )


def _sign(conn: sqlite3.Connection) -> None:
    """Sign a file made by an older Qualif (idempotent: concurrent sessions may both do it)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
