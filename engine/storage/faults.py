"""Storage faults: the library file is sound, but this operation could not be done (busy, full, read-only, I/O).

Each is a :class:`LibraryFileError` (so every caller that already catches it gives its French message), with
a message naming the file and saying what was kept: a write is one transaction, rolled back whole, so the
version saved before is intact. :func:`translated` turns SQLite's and the system's errors into them; any
other error passes unchanged.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from engine.storage.db_check import LibraryFileError

__all__ = ["LibraryBusy", "LibraryDiskError", "LibraryFull", "LibraryReadOnly", "StorageFault", "fault_of", "translated"]

_NOTHING_CHANGED = "Rien n'a été modifié dans la bibliothèque : la version enregistrée auparavant est intacte."


class StorageFault(LibraryFileError):
    """The file is sound but cannot be used for this operation right now; nothing in it was changed."""

    message = ""

    def __init__(self, path: Path | str, detail: str = ""):
        self.path, self.reason = Path(path), self.message
        text = self.message.format(path=path) + (f" ({detail})" if detail else "")
        Exception.__init__(self, f"{text} {_NOTHING_CHANGED}")


class LibraryBusy(StorageFault):
    message = (
        "La bibliothèque est occupée par une autre fenêtre ou un autre programme : réessayer dans un instant "
        "(fichier « {path} », verrouillé en écriture)."
    )


class LibraryFull(StorageFault):
    message = "Le disque de la bibliothèque est plein (fichier « {path} ») : libérer de la place, puis réessayer."


class LibraryReadOnly(StorageFault):
    message = (
        "La bibliothèque « {path} » est en lecture seule (fichier, dossier ou support non modifiable) : "
        "elle peut être consultée, mais rien ne peut y être enregistré."
    )


class LibraryDiskError(StorageFault):
    message = "Erreur de lecture ou d'écriture du disque sur la bibliothèque « {path} » : réessayer, ou vérifier le support."


_SQLITE = {5: LibraryBusy, 6: LibraryBusy, 8: LibraryReadOnly, 10: LibraryDiskError, 13: LibraryFull}  # primary codes
_ERRNO = {errno.ENOSPC: LibraryFull, errno.EDQUOT: LibraryFull, errno.EROFS: LibraryReadOnly, errno.EIO: LibraryDiskError}


def fault_of(exc: BaseException, path: Path | str) -> StorageFault | None:
    """The storage fault an SQLite or OS error means, or None if it is not one (a bug, a constraint…)."""
    if isinstance(exc, sqlite3.DatabaseError):
        code = getattr(exc, "sqlite_errorcode", None)
        kind = _SQLITE.get(code & 0xFF) if isinstance(code, int) else None
        return kind(path) if kind else None
    if isinstance(exc, OSError) and exc.errno in _ERRNO:
        return _ERRNO[exc.errno](path)
    return None


@contextmanager
def translated(path: Path | str) -> Iterator[None]:
    """Raise the storage fault an error inside the block means (the original as its context), else the error itself."""
    try:
        yield
    except (sqlite3.DatabaseError, OSError) as exc:
        fault = fault_of(exc, path)
        if fault is None:
            raise
        raise fault from exc
