"""The user's cache folder: JSON files derived from the rules only (never case data), written atomically.

Folder: ``$QUALIF_CACHE_DIR``, else ``$XDG_CACHE_HOME/qualif``, else ``~/.cache/qualif``, created 0700. A file is
written to a temporary file in the same folder and renamed over the old one (``os.replace``): processes writing
at once (``--jobs``) each leave a whole file. Nothing here ever fails for the user: a folder that cannot be
created or written gives ``False``, a missing, unreadable or corrupt file gives ``None``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import mmap
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

ENV_VAR = "QUALIF_CACHE_DIR"
KEEP = 3  # files of one prefix kept: the rules of a checkout, of a test copy, of an older version


def folder() -> Path:
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "qualif"


def read(name: str) -> Any | None:
    """The JSON value stored under ``name``, or ``None`` (see :func:`read_bytes`; not JSON)."""
    data = read_bytes(name)
    try:
        return None if data is None else json.loads(data)
    except ValueError:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return None


def read_bytes(name: str) -> bytes | None:
    """The bytes stored under ``name``, or ``None`` (absent, unreadable, or a file that another user owns or may
    write: in a shared folder, someone else's file would be someone else's rules)."""
    try:
        with open(folder() / name, "rb") as f:
            return f.read() if _own(f) else None
    except OSError:
        return None


def read_mapped(name: str) -> mmap.mmap | None:
    """The bytes stored under ``name`` mapped read-only (``None`` as :func:`read_bytes`, or empty): only the pages
    read are loaded, where reading the file copies it all. A file replaced meanwhile (:func:`write_text`) stays
    the one mapped."""
    try:
        with open(folder() / name, "rb") as f:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) if _own(f) else None
    except (OSError, ValueError):  # ValueError: an empty file cannot be mapped
        return None


def _own(f: BinaryIO) -> bool:
    """Whether this user owns the open file and no one else may write it."""
    info = os.fstat(f.fileno())
    return info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def write(name: str, value: Any, prefix: str | None = None) -> bool:
    """Store ``value`` (as JSON) under ``name`` atomically; see :func:`write_text`."""
    return write_text(name, json.dumps(value, ensure_ascii=False, separators=(",", ":")), prefix)


def write_text(name: str, text: str, prefix: str | None = None) -> bool:
    """Store ``text`` under ``name`` atomically; with ``prefix``, then keep only the :data:`KEEP` newest files of
    that prefix (earlier versions). ``False`` when the folder cannot be written (read-only, no permission, full)."""
    where = folder()
    try:
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=where, prefix=f".{name}.", suffix=".tmp")  # mode 0600
    except OSError:
        return False
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, where / name)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False
    if prefix is not None:
        _prune(where, prefix, name)
    return True


def checked(prefix: str, sources: Iterable[bytes], check: Callable[[], None]) -> None:
    """Run ``check`` (it raises on a fault) unless a file of ``prefix`` says it passed on these very sources (named
    by their hash: a source changed is checked again); once it passes, write that file (a folder that cannot be
    written: checked each time)."""
    digest = hashlib.sha256()
    for data in sources:
        digest.update(f"{len(data)}\0".encode() + data)
    key = digest.hexdigest()[:32]
    name = f"{prefix}{key}.json"
    if read(name) == {"key": key}:
        return
    check()
    write(name, {"key": key}, prefix=prefix)


def _prune(where: Path, prefix: str, kept: str) -> None:
    def age(path: Path) -> float:
        try:
            return -path.stat().st_mtime
        except OSError:  # removed meanwhile by another process
            return 0.0

    others = sorted((p for p in where.glob(f"{prefix}*") if p.name != kept), key=age)
    for old in others[KEEP - 1 :]:
        with contextlib.suppress(OSError):
            old.unlink()
