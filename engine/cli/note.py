"""``qualif note CASE --kind qualification|partie-civile --format pdf|docx|md [--pseudonymise] [--victim ID] -o FILE``.

For lawyers who work from files: the same notes as the app's export buttons, written to FILE (atomically:
a temporary file in the same folder, then renamed). Exit 0 on success, 2 on invalid input, 3 on an invalid
rule file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import Any, Literal

from engine.kernel.errors import CaseInputError, RuleFileError

KINDS: dict[str, Literal["qualification", "partie_civile"]] = {
    "qualification": "qualification",
    "partie-civile": "partie_civile",
    "partie_civile": "partie_civile",
}


def add_parser(sub: Any, date_type: Any) -> None:
    """Register the ``note`` subcommand on the ``qualif`` parser."""
    n = sub.add_parser("note", help="écrire une note (qualification ou partie civile) en PDF, DOCX ou Markdown")
    n.add_argument("case", help="dossier (.json ou .yaml)")
    n.add_argument("--kind", required=True, choices=sorted(KINDS), help="qualification, ou partie-civile")
    n.add_argument("--format", dest="fmt", choices=("pdf", "docx", "md"), default="pdf")
    n.add_argument("--pseudonymise", action="store_true", help="remplacer chaque nom par un pseudonyme")
    n.add_argument("--victim", metavar="ID", help="la note pour cette victime seulement (identifiant de la personne)")
    n.add_argument("--date", type=date_type, help="appliquer la loi en vigueur à cette date (AAAA-MM-JJ)")
    n.add_argument("--aujourdhui", type=date_type, help="date du jour pour la prescription (AAAA-MM-JJ)")
    n.add_argument("-o", "--output", required=True, metavar="FICHIER", help="fichier à écrire")


def run(args: argparse.Namespace) -> int:
    from engine.api import get_engine, load_case
    from engine.documents.exports import render_note

    try:
        case = load_case(args.case)
        if args.victim is not None and args.victim not in {p.id for p in case.persons}:
            print(f"qualif note : --victim : personne « {args.victim[:80]} » absente du dossier", file=sys.stderr)
            return 2
        engine = get_engine()
        result = engine.classify(case, args.date, args.aujourdhui)
        data = render_note(
            KINDS[args.kind], args.fmt, case, result, pseudonymise=args.pseudonymise, victim=args.victim, book=engine.book
        )
    except CaseInputError as exc:
        print(exc.message(), file=sys.stderr)
        return 2
    except RuleFileError as exc:
        print(str(exc), file=sys.stderr)
        return 3
    try:
        _write(Path(args.output), data)
    except OSError as exc:
        print(f"qualif note : -o : impossible d'écrire « {args.output} » ({exc.strerror or 'erreur'})", file=sys.stderr)
        return 2
    print(f"note écrite : {args.output} ({len(data)} octets, {dt.datetime.now():%d/%m/%Y %H:%M})", file=sys.stderr)
    return 0


def _write(path: Path, data: bytes) -> None:
    """Atomic: a half-written note never replaces a previous one."""
    fd, tmp = tempfile.mkstemp(dir=path.parent or Path("."), prefix=".qualif-note-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
