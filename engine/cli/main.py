"""The `qualif` command line. Exit 0 on success, 2 on invalid input (French message on stderr)."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import json
import os
import sys
from collections.abc import Sequence

import engine.cli.startup  # noqa: F401  (first: pydantic as a one-shot command needs it, engine/cli/startup.py)

if __name__ == "__main__":  # `python -m engine.cli.main`, as the `qualif` script does (engine/cli/command.py)
    gc.disable()

from engine.cli.arguments import Parser as _Parser
from engine.cli.arguments import date_arg as _date
from engine.cli.options import add_batch_arguments, add_library_parser, add_train_parser, batch_wanted
from engine.kernel.echo import escape_controls
from engine.kernel.errors import CaseInputError, RuleFileError


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="qualif", description="Aide à la qualification : exploitation sexuelle des mineurs.")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    c = sub.add_parser("classify", help="qualifier les faits d'un dossier (.json ou .yaml), ou d'un répertoire (--batch)")
    c.add_argument("case")
    c.add_argument("--format", choices=("json", "text"), default="text")
    c.add_argument("--date", type=_date, help="appliquer la loi en vigueur à cette date (AAAA-MM-JJ)")
    c.add_argument("--aujourdhui", type=_date, help="date du jour pour la prescription (AAAA-MM-JJ ; défaut : date réelle)")
    add_batch_arguments(c)
    e = sub.add_parser("explain", help="expliquer chaque conclusion (arbre : faits → éléments → articles)")
    e.add_argument("case")
    e.add_argument("--format", choices=("json", "text"), default="text")
    e.add_argument("--date", type=_date)
    e.add_argument("--aujourdhui", type=_date)
    s = sub.add_parser("schema", help="schéma JSON du dossier (ou du résultat)")
    s.add_argument("--result", action="store_true", help="schéma du résultat plutôt que du dossier")
    r = sub.add_parser("rules", help="lister les infractions encodées, leurs articles et versions")
    r.add_argument("--format", choices=("json", "text"), default="text")
    r.add_argument("--article", help="une infraction ou une circonstance aggravante, par son article (ex. 225-7-1)")
    r.add_argument("--at", type=_date, help="seulement ce qui était en vigueur à cette date (AAAA-MM-JJ)")
    from engine.cli.app import add_parser as add_app_parser
    from engine.cli.note import add_parser as add_note_parser

    add_train_parser(sub)
    add_note_parser(sub, _date)
    add_library_parser(sub)  # qualif library export|import
    add_app_parser(sub)
    r.add_argument("--sheet", metavar="ARTICLE", help="fiche de relecture (Markdown) : article, identifiant ou fichier de règle")
    r.add_argument("-o", "--output", metavar="FICHIER", help="avec --sheet : écrire la fiche dans FICHIER (.html : HTML)")
    return p


def _rules(fmt: str, article: str | None = None, at: dt.date | None = None) -> str:
    from engine.cli.rules_listing import render
    from engine.law.loader import load_rulebook

    return render(load_rulebook(), fmt, article, at)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; output cut by a closed pipe (``qualif … | head``) ends quietly, exit 1 as Python does."""
    try:
        code = _run(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes at exit
        return 1
    return code


def _run(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.command not in ("classify", "explain", "rules", "schema") or (args.command == "classify" and batch_wanted(args)):
        gc.enable()  # a long-lived command (the batch, the app, training…): the collector back (engine/cli/command.py)
    if args.command == "library":
        return int(args.run(args))
    if args.command == "app":
        from engine.cli.app import run as run_app

        return run_app(args)
    if args.command == "train":
        from engine.cli.training import run as run_train

        return run_train(args)
    if args.command == "note":
        from engine.cli.note import run as run_note

        return run_note(args)
    if args.command == "classify" and batch_wanted(args):
        from engine.cli import batch

        return batch.run(args)
    try:
        if args.command == "rules" and args.sheet is not None:
            from engine.documents.review_sheet import run_sheet

            return run_sheet(args.sheet, args.output)
        if args.command == "rules" and args.output is not None:
            print("qualif : argument invalide : -o/--output ne s'emploie qu'avec --sheet", file=sys.stderr)
            return 2
        if args.command == "schema":
            from engine.case.model import Case
            from engine.kernel.result_model import Result

            model = Result if args.result else Case
            print(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2))
            return 0
        if args.command == "rules":
            print(_rules(args.format, args.article, args.at))
            return 0
        from engine.api import classify_one, load_case
        from engine.documents.naming import Namer
        from engine.documents.render import render_explanation, render_summary

        case = load_case(args.case)
        result = classify_one(case, args.date, args.aujourdhui)
        if args.format == "json":
            print(result.model_dump_json(indent=2))
        else:
            namer = Namer.of(case)  # persons by the name entered (ids stay in the JSON)
            text = (render_explanation if args.command == "explain" else render_summary)(result, namer.person)
            text = namer(text)
            print(escape_controls(text, keep="\n"), end="")  # no text of the case moves the terminal's cursor
        return 0
    except CaseInputError as exc:
        print(escape_controls(exc.message(), keep="\n"), file=sys.stderr)
        return 2
    except RuleFileError as exc:
        print(str(exc), file=sys.stderr)
        return 3


def finish(code: int) -> int:
    """End a one-shot command (the collector still off, ``_run``) at once: its output flushed, the interpreter's
    teardown (freeing every module and rule object, about a tenth of `qualif classify FILE`) is skipped; nothing
    is left to close (the rules cache is written and renamed before). A long-lived command returns ``code``."""
    if gc.isenabled():
        return code
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # closed meanwhile: what could be written was
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    sys.exit(finish(main()))
