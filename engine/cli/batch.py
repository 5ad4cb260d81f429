"""``qualif classify DIR --batch -o OUTDIR [--jobs N] [--pseudonymise]``: every case file of a folder.

The files of DIR (not its sub-folders, nor hidden files), in the order of their names, are classified by a
pool of processes, each with its own engine (durable-rules is not fork-safe: ``spawn``); ``--jobs 1``
classifies in the command's own process. For each case, ``OUTDIR/<stem>.json`` is the result as
``qualif classify --format json`` prints it (``<name>.json`` when two files share a stem), written
atomically; ``OUTDIR/summary.csv`` has one row per victim (principal qualification). A file that is not a
case, or that fails, has an « erreur » row and its message on stderr, and never stops the others.

With ``--pseudonymise``, the summary names files « fichier N », cases by their pseudonymised reference and
victims by their pseudonyms (engine/documents/pseudonym.py), error rows say only the kind of error, and
**no per-file result is written**: a result's prose holds names, ids and quotes that a text substitution
cannot be trusted to catch everywhere.

Exit 0 when every file was classified, 1 when any failed, 2 on invalid arguments, 3 on an invalid rule
file (or an engine that cannot start), 130 on Ctrl-C (pending files cancelled, no summary written).
"""

from __future__ import annotations

import argparse
import csv
import io
import multiprocessing
import os
import sys
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TextIO

from engine.cli.batch_work import (
    CASE_SUFFIXES,
    COLUMNS,
    Outcome,
    Task,
    error_row,
    escape,
    init_worker,
    prepare_engine,
    run_task,
    write_atomic,
)

SUMMARY = "summary.csv"
_OPTIONS = "--jobs, -o/--output et --pseudonymise"


def run(args: argparse.Namespace) -> int:
    folder = Path(args.case)
    problem = _check(args, folder)
    if problem:
        print(f"qualif classify : {problem}", file=sys.stderr)
        return 2
    outdir = Path(args.output)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        names, tasks, outcomes = _plan(folder, outdir, args)
    except OSError as exc:
        print(f"qualif classify : {escape(str(exc.filename or folder))} : {exc.strerror or 'erreur'}", file=sys.stderr)
        return 2
    jobs = min(args.jobs or _cpus(), max(len(tasks), 1))
    progress = Progress(len(tasks) + len(outcomes), sys.stderr)
    progress.advance(len(outcomes))
    stream = _execute(tasks, jobs)
    try:
        for outcome in stream:
            if outcome.rules_error is not None:
                progress.close()
                print(outcome.rules_error, file=sys.stderr)
                return 3
            outcomes.append(outcome)
            progress.advance()
    except KeyboardInterrupt:
        progress.close()
        print(f"qualif classify : interrompu ({len(outcomes)} fichiers traités sur {progress.total}) ; {SUMMARY} non écrit",
              file=sys.stderr)  # fmt: skip
        return 130
    finally:
        stream.close()  # the pool shut down, its pending files cancelled
    progress.close()
    return _report(outcomes, names, outdir, args.pseudonymise)


def _check(args: argparse.Namespace, folder: Path) -> str | None:
    """The French message of an invalid combination of arguments, if any."""
    if not args.batch:
        if folder.is_dir():
            return f"« {escape(args.case)} » est un répertoire : pour qualifier ses fichiers, ajouter --batch -o REPERTOIRE"
        return f"{_OPTIONS} ne s'emploient qu'avec --batch"
    if not folder.exists():
        return f"répertoire introuvable « {escape(args.case)} »"
    if not folder.is_dir():
        return f"--batch attend un répertoire ; « {escape(args.case)} » est un fichier (qualif classify FICHIER, sans --batch)"
    if args.output is None:
        return "--batch demande -o REPERTOIRE (où écrire les résultats et summary.csv)"
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        return f"-o : « {escape(args.output)} » n'est pas un répertoire"
    if out.exists() and out.resolve() == folder.resolve():
        return "-o : le répertoire des résultats doit différer de celui des dossiers (un résultat écraserait un dossier)"
    return None


def _cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _plan(folder: Path, outdir: Path, args: argparse.Namespace) -> tuple[list[str], list[Task], list[Outcome]]:
    """The entries' names (escaped), the tasks of the case files, the outcomes of the others, in the order of names."""
    entries = sorted((p for p in folder.iterdir() if not p.name.startswith(".") and not p.is_dir()), key=lambda p: p.name)
    cases = [p for p in entries if p.is_file() and p.suffix.lower() in CASE_SUFFIXES]
    stems = Counter(p.stem.casefold() for p in cases)
    tasks: list[Task] = []
    outcomes: list[Outcome] = []
    stale = 0
    for index, path in enumerate(entries):
        label = f"fichier {index + 1}" if args.pseudonymise else escape(path.name)
        if path not in cases:
            why = "n'est pas un dossier (attendu .json, .yaml ou .yml)" if path.is_file() else "n'est pas un fichier ordinaire"
            outcomes.append(Outcome(index, (error_row(label, why),), error=why))
            continue
        output = outdir / (f"{path.stem}.json" if stems[path.stem.casefold()] == 1 else f"{path.name}.json")
        stale += args.pseudonymise and output.exists()
        target = None if args.pseudonymise else str(output)
        tasks.append(Task(index, str(path), label, target, args.pseudonymise, args.date, args.aujourdhui))
    if stale:
        print(f"qualif classify : attention, {stale} résultat(s) non pseudonymisé(s) d'une exécution précédente restent "
              f"dans « {escape(str(outdir))} » (non effacés)", file=sys.stderr)  # fmt: skip
    return [escape(p.name) for p in entries], tasks, outcomes


def _execute(tasks: list[Task], jobs: int) -> Generator[Outcome, None, None]:
    """The outcomes, as they come; with ``jobs == 1``, in this process."""
    if jobs == 1:
        rules = prepare_engine() if tasks else None
        if rules is not None:
            yield Outcome(-1, (), rules_error=rules)
            return
        yield from map(run_task, tasks)
        return
    crashed = yield from _pooled(tasks, jobs)
    yield from _one_by_one(crashed)


def _pool(jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"), initializer=init_worker)


def _pooled(tasks: list[Task], jobs: int) -> Generator[Outcome, None, list[Task]]:
    """Every task in a pool of ``jobs`` processes; returns the tasks lost when a worker died (crash)."""
    crashed: list[Task] = []
    pool = _pool(jobs)
    try:
        futures: dict[Future[Outcome], Task] = {}
        for task in tasks:
            try:
                futures[pool.submit(run_task, task)] = task
            except BrokenProcessPool:  # a worker died while the files were being handed out
                crashed.append(task)
        for future in as_completed(futures):
            try:
                yield future.result()
            except BrokenProcessPool:
                crashed.append(futures[future])
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return crashed


def _one_by_one(tasks: Iterable[Task]) -> Iterator[Outcome]:
    """After a crash: each task alone in a worker, so that a file that kills its process is the only one lost."""
    pool: ProcessPoolExecutor | None = None
    try:
        for task in sorted(tasks, key=lambda t: t.index):
            pool = pool or _pool(1)
            try:
                yield pool.submit(run_task, task).result()
            except BrokenProcessPool:
                pool.shutdown(wait=True)
                pool = None
                why = "le processus de qualification s'est arrêté sur ce fichier"
                yield Outcome(task.index, (error_row(task.label, why),), error=why)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _report(outcomes: list[Outcome], names: list[str], outdir: Path, pseudonymise: bool) -> int:
    """Write the summary; print each failure, by its file's name (stderr is not the summary), and the totals."""
    outcomes.sort(key=lambda o: o.index)
    write_atomic(outdir / SUMMARY, summary_csv(row for o in outcomes for row in o.rows))
    failed = [o for o in outcomes if o.error is not None]
    for o in failed:
        print(f"qualif classify : {names[o.index]} : {escape_lines(o.error or '')}", file=sys.stderr)
    written = "aucun résultat par fichier (--pseudonymise)" if pseudonymise else "un résultat .json par dossier"
    print(f"{len(outcomes)} fichier(s) : {len(outcomes) - len(failed)} qualifié(s), {len(failed)} en erreur ; "
          f"{written} ; résumé : {escape(str(outdir / SUMMARY))}", file=sys.stderr)  # fmt: skip
    return 1 if failed else 0


def escape_lines(text: str) -> str:
    """A multi-line message for stderr: each line escaped, the lines kept."""
    return "\n".join(escape(line) for line in text.split("\n"))


def summary_csv(rows: Iterable[tuple[str, ...]]) -> str:
    """The summary as CSV (UTF-8, header row); a cell a spreadsheet would take for a formula starts with « ' »."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows([("'" + c if c[:1] in ("=", "+", "-", "@") else c) for c in row] for row in rows)
    return out.getvalue()


class Progress:
    """« [#####.....] 12/40 », rewritten in place on a terminal; nothing otherwise."""

    WIDTH = 30

    def __init__(self, total: int, stream: TextIO, tty: Callable[[], bool] | None = None):
        self.total, self.done, self.stream = total, 0, stream
        self.on = (tty or stream.isatty)() and total > 0

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self.on:
            filled = self.WIDTH * self.done // self.total
            self.stream.write(f"\r[{'#' * filled}{'.' * (self.WIDTH - filled)}] {self.done}/{self.total}")
            self.stream.flush()

    def close(self) -> None:
        if self.on:
            self.stream.write("\n")
            self.stream.flush()
            self.on = False
