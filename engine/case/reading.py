"""A case file read safely: a regular file only (no FIFO, device or folder: checked before and after opening,
without blocking), at most 5 MB, UTF-8 with or without BOM; every refusal in French."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from engine.case.limits import MAX_BYTES, check_size, refuse
from engine.kernel.echo import shown

FORMATS = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}
_ERRNO = {
    errno.ENOENT: "fichier introuvable",
    errno.EACCES: "accès refusé",
    errno.EPERM: "accès refusé",
    errno.EISDIR: "c'est un dossier, pas un fichier",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.ELOOP: "trop de liens symboliques",
    errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.ENXIO: "périphérique ou tube sans lecteur",
    errno.EIO: "erreur d'entrée-sortie",
}


def _unreadable(path: Path, why: str) -> Exception:
    return refuse("", f"fichier illisible : {shown(str(path))} ({why})")


def _os_error(path: Path, exc: OSError) -> Exception:
    return _unreadable(path, _ERRNO.get(exc.errno or 0, f"erreur système n° {exc.errno}"))


def _check_regular(path: Path, mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = "un dossier" if stat.S_ISDIR(mode) else "un tube" if stat.S_ISFIFO(mode) else "un périphérique ou une socket"
        raise _unreadable(path, f"c'est {kind}, pas un fichier ordinaire")


def decode(data: bytes, what: str = "fichier") -> str:
    """UTF-8 text (a leading BOM dropped) of at most 5 MB; CaseInputError otherwise."""
    check_size(len(data), what)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise refuse("", f"{what} illisible : il n'est pas encodé en UTF-8 (octet {exc.start + 1})") from None


def read_text_file(path: str | Path) -> str:
    """The text of a regular file of at most 5 MB (UTF-8, a BOM dropped); CaseInputError otherwise."""
    p = Path(path)
    try:
        _check_regular(p, os.stat(p).st_mode)
        fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)  # never blocks on a FIFO swapped in meanwhile
    except OSError as exc:
        raise _os_error(p, exc) from None
    try:
        info = os.fstat(fd)
        _check_regular(p, info.st_mode)
        check_size(info.st_size, "fichier")
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _os_error(p, exc) from None
    finally:
        os.close(fd)
    return decode(data)


def read_case_file(path: str | Path) -> tuple[str, str]:
    """The text of a case file and its format (``json`` or ``yaml``, from the suffix)."""
    p = Path(path)
    fmt = FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise refuse("", f"format de fichier non reconnu « {shown(p.suffix)} » (attendu .json, .yaml ou .yml)")
    return read_text_file(p), fmt
