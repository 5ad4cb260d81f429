"""``qualif library export [-o FILE]`` and ``qualif library import FILE [--on-conflict refuse|rename]``: backups.

The backup (engine/storage/backup.py) holds every case, in use or in the bin, with its version and history.
Export writes JSON to standard output, or to FILE atomically and in mode 0600 (it holds the cases). Import
never overwrites a case. Exit 0 on success, 2 on invalid input (not a backup, a conflict refused, an unusable
library file), 4 when the library cannot be read or written now (busy, full, read-only: nothing changed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from engine.storage.db_check import LibraryFileError
from engine.storage.faults import StorageFault

MAX_BACKUP_BYTES = 512 * 1024 * 1024


def run(args: argparse.Namespace) -> int:
    """Execute ``qualif library export|import``."""
    try:
        return _export(args) if args.library_action == "export" else _import(args)
    except StorageFault as exc:
        print(f"qualif library : {exc}", file=sys.stderr)
        return 4
    except (LibraryFileError, ValueError) as exc:  # unusable file; BackupError, ImportRefused
        print(f"qualif library : {exc}", file=sys.stderr)
        return 2


def _library(args: argparse.Namespace) -> Any:
    from engine.storage.library import Library

    return Library(args.db)


def _export(args: argparse.Namespace) -> int:
    from engine.storage.backup import export_library

    document = export_library(_library(args))
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        _write_private(Path(args.output), text.encode("utf-8"))
    except OSError as exc:
        print(f"qualif library : -o : impossible d'écrire « {args.output} » ({exc.strerror or 'erreur'})", file=sys.stderr)
        return 2
    print(f"sauvegarde écrite : {args.output} ({len(document['cases'])} dossier(s))", file=sys.stderr)
    return 0


def _import(args: argparse.Namespace) -> int:
    from engine.storage.backup import import_library

    path = Path(args.file)
    try:
        if path.stat().st_size > MAX_BACKUP_BYTES:
            print(f"qualif library : « {path} » : fichier trop volumineux pour une sauvegarde", file=sys.stderr)
            return 2
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        print(f"qualif library : impossible de lire « {path} » ({exc.strerror or 'erreur'})", file=sys.stderr)
        return 2
    except (UnicodeDecodeError, json.JSONDecodeError):
        print(f"qualif library : « {path} » n'est pas un fichier JSON lisible (UTF-8)", file=sys.stderr)
        return 2
    report = import_library(_library(args), data, on_conflict=args.on_conflict)
    print(f"{len(report.imported)} dossier(s) importé(s), {len(report.skipped)} déjà présent(s) (ignoré(s))", file=sys.stderr)
    for old, new in report.renamed:
        print(f"  « {old} » importé sous la référence « {new} » (référence déjà prise)", file=sys.stderr)
    return 0


def _write_private(path: Path, data: bytes) -> None:
    """Atomic, mode 0600: a half-written backup never replaces a previous one, and no other account can read it."""
    fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else Path("."), prefix=".qualif-sauvegarde-")
    try:
        with os.fdopen(fd, "wb") as out:  # mkstemp creates the file in mode 0600
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
