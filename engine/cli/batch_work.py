"""One file of a batch (``qualif classify DIR --batch``): read, classify, write its result, give its summary rows.

Runs in a worker process (or in the command's own process with ``--jobs 1``): the engine is the process's
own (``engine.api.get_engine()``), built once by :func:`init_worker`. Everything returned is plain data, so
that it crosses processes; messages are in French, control characters escaped (a file name or a message
can hold anything), never with the facts of a case beyond what the existing command prints.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from engine.kernel.errors import CaseInputError, RuleFileError

if TYPE_CHECKING:
    from engine.case.model import Case
    from engine.kernel.result_model import Result

COLUMNS = ("fichier", "dossier", "victime", "qualification_principale", "article", "statut", "peine", "message")
CASE_SUFFIXES = (".json", ".yaml", ".yml")
MESSAGE_MAX = 200
STATUS_FR = {"established": "établie", "to_establish": "à établir", "excluded": "exclue"}
NO_PRINCIPAL = "aucune"
ERROR = "erreur"

Row = tuple[str, ...]


@dataclass(frozen=True)
class Task:
    """One case file to classify. ``output``: where its JSON result goes (None: not written, --pseudonymise)."""

    index: int
    path: str
    label: str  # the « fichier » column
    output: str | None
    pseudonymise: bool
    law_date: dt.date | None = None
    today: dt.date | None = None


@dataclass(frozen=True)
class Outcome:
    """What a file gave: its summary rows, and on failure the detailed message (stderr) — or a rule error."""

    index: int
    rows: tuple[Row, ...]
    error: str | None = None
    rules_error: str | None = None


_rules_error: str | None = None


def prepare_engine() -> str | None:
    """Build this process's engine now; why it cannot start, if so (exit 3): never raises, so a pool never breaks."""
    global _rules_error
    try:
        from engine.api import get_engine

        get_engine()
    except RuleFileError as exc:
        _rules_error = str(exc)
    except Exception as exc:
        _rules_error = f"le moteur n'a pas pu démarrer ({type(exc).__name__})"
    return _rules_error


def init_worker() -> None:
    """Pool initializer: Ctrl-C is the parent's to handle (it cancels the pending files)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    prepare_engine()


def escape(text: str) -> str:
    """``text`` with every control, format, separator or surrogate character written as ``\\xNN``/``\\uNNNN``."""
    return "".join(_escaped(c) if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp") else c for c in text)


def _escaped(c: str) -> str:
    cp = ord(c)
    return f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}" if cp < 0x10000 else f"\\U{cp:08x}"


def cell_message(text: str) -> str:
    """A message on one line for the summary: lines joined, escaped, cut at :data:`MESSAGE_MAX` characters."""
    flat = escape(" ".join(part.strip() for part in text.split("\n") if part.strip()))
    return flat if len(flat) <= MESSAGE_MAX else flat[: MESSAGE_MAX - 1] + "…"


def error_row(label: str, message: str) -> Row:
    return (label, "", "", "", "", ERROR, "", message)


def failure(task: Task, detail: str, generic: str) -> Outcome:
    """A failed file: the detail on stderr; in the summary too, unless pseudonymised (it may quote the file)."""
    shown = generic if task.pseudonymise else cell_message(detail)
    return Outcome(task.index, (error_row(task.label, shown),), error=detail)


def run_task(task: Task) -> Outcome:
    """Classify one file; any failure is this file's alone (reported, never raised)."""
    from engine.api import get_engine, load_case

    if _rules_error is not None:
        return Outcome(task.index, (), rules_error=_rules_error)
    try:
        case = load_case(task.path)
        result = get_engine().classify(case, task.law_date, task.today)
    except CaseInputError as exc:
        return failure(task, exc.message(), "dossier invalide (détail sur la sortie d'erreur)")
    except RuleFileError as exc:
        return Outcome(task.index, (), rules_error=str(exc))
    except Exception as exc:  # a defect of the engine on this file: the other files go on
        return failure(task, f"erreur interne du moteur ({type(exc).__name__}) : à signaler", "erreur interne du moteur")
    if task.output is not None:
        try:
            write_atomic(Path(task.output), result.model_dump_json(indent=2) + "\n")
        except OSError as exc:
            detail = f"résultat non écrit : « {task.output} » ({exc.strerror or 'erreur'})"
            return failure(task, detail, "résultat non écrit")
    return Outcome(task.index, summary_rows(task, case, result))


def summary_rows(task: Task, case: Case, result: Result) -> tuple[Row, ...]:
    """One row per victim: its principal qualification (the result's, never re-derived)."""
    from engine.documents.pseudonym import Pseudonymiser

    pseudo = Pseudonymiser(case) if task.pseudonymise else None
    reference = pseudo(case.id) if pseudo else case.id
    rows = [
        (
            task.label,
            reference,
            pseudo.person(p.victim) if pseudo else p.victim,
            p.label or "",
            p.article or "",
            STATUS_FR.get(p.status or "", NO_PRINCIPAL),
            p.penalty.summary if p.penalty else "",
            "",
        )
        for p in result.principal
    ]
    return tuple(rows) or ((task.label, reference, "", "", "", NO_PRINCIPAL, "", ""),)


def write_atomic(path: Path, text: str) -> None:
    """A temporary file in the same folder, then renamed: a half-written file never replaces a previous one."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".qualif-batch-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
