"""``qualif train``: list the practical cases, answer one interactively or from a file, get the graded correction.

Compact answer syntax, one item per line (also accepted in a ``.txt`` answers file)::

    kevin > lea : 225-4-1 II = établie            qualification (auteur > victime : article = statut)
    anthony > sofia : 225-4-1 II tentative = établie
    principale lea : 225-4-1 II                   qualification principale de la victime
    signalement non_punishment maeva = to_examine signalement (personne, ou client>victime)

Exit 0 on success, 2 on invalid input (French message on stderr), 3 on an invalid rule file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pydantic import ValidationError

from engine.kernel.errors import CaseInputError, RuleFileError, case_error_from_validation, field_path
from engine.kernel.result_model import STATUS_FR
from engine.storage.db_check import LibraryFileError
from engine.training.model import Answer, AnsweredFlag, AnsweredPrincipal, AnsweredQualification, Grade

if TYPE_CHECKING:  # the engine is imported only when a case is run: `qualif --help` stays fast
    from engine.law.loader import RuleBook
    from engine.training.cases import TrainingCase

_ID = r"[A-Za-z0-9_.\-]+"
QUAL = re.compile(
    rf"^(?P<perp>{_ID})\s*>\s*(?P<victim>{_ID})\s*:\s*(?P<article>.+?)\s*(?P<attempt>\(?tentative\)?)?\s*=\s*(?P<status>.+)$",
    re.IGNORECASE,
)
PRINCIPAL = re.compile(rf"^(?:principale|p)\s+(?P<victim>{_ID})\s*:\s*(?P<article>.+)$", re.IGNORECASE)
FLAG = re.compile(rf"^(?:signalement|s)\s+(?P<kind>[a-z_]+)\s+(?P<person>{_ID}(?:>{_ID})?)\s*=\s*(?P<status>.+)$", re.IGNORECASE)
SYNTAX = """Syntaxe (une ligne par élément) :
  auteur > victime : article = statut        ex. kevin > lea : 225-4-1 II = établie
  auteur > victime : article tentative = statut
  principale victime : article               ex. principale lea : 225-4-1 II
  signalement type personne = statut         ex. signalement non_punishment maeva = to_examine
Statuts des qualifications : établie, à établir, exclue. Signalements : strong, to_examine, applicable,
not_linked, established, to_establish, excluded (ou en français : fort, à examiner…).
Commandes : « indice » (indice suivant), « liste » (votre réponse), « annuler » (retirer la dernière ligne),
« articles » (articles encodés), « aide », et une ligne vide ou « fin » pour rendre la copie."""
VERDICT_MARK = {"juste": "[juste]  ", "manqué": "[manqué] ", "erroné": "[erroné] "}


class AnswerInputError(ValueError):
    """An answer line or file that cannot be read (French message)."""


def run(args: argparse.Namespace, stdin: TextIO | None = None, out: TextIO | None = None) -> int:
    """Execute ``qualif train``; 0 on success, 2 on invalid input, 3 on an invalid rule file."""
    stdin, out = stdin or sys.stdin, out or sys.stdout
    try:
        return _run(args, stdin, out)
    except RuleFileError as exc:  # as `qualif classify`: an invalid rule file stops the engine
        print(str(exc), file=sys.stderr)
        return 3
    except ValueError as exc:  # TrainingCaseError, AnswerInputError, CaseInputError, a bad pseudonym
        text = exc.message() if isinstance(exc, CaseInputError) else str(exc)
        print(f"qualif train : {text}", file=sys.stderr)
        return 2
    except LibraryFileError as exc:  # the progress file is not a sound Qualif file: left as it is
        print(f"qualif train : {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # the progress file cannot be written
        print(f"qualif train : fichier de suivi inaccessible ({exc})", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from engine.api import get_engine
    from engine.training.cases import load_training_cases

    if args.db and not args.trainee:
        raise AnswerInputError("--db suppose --trainee (le pseudonyme sous lequel enregistrer la tentative)")
    if args.trainee:
        from engine.training.progress import check_pseudonym

        check_pseudonym(args.trainee)
    engine = get_engine()
    cases = load_training_cases(engine.book)
    if args.list:
        print(_listing(cases, args.format), file=out)
        return 0
    if not args.case_id:
        raise AnswerInputError("indiquer un cas pratique (voir `qualif train --list`) ou --list")
    tc = cases.get(args.case_id)
    if tc is None:
        raise AnswerInputError(f"cas pratique inconnu « {args.case_id} » (voir `qualif train --list`)")
    result = engine.classify(tc.case)
    if args.solution:
        from engine.training.grading import engine_answer

        print("\n".join(compact_lines(engine_answer(result))), file=out)
        return 0
    started = dt.datetime.now(dt.UTC)
    hints = 0
    if args.answers:
        answer = read_answer_file(args.answers, tc, engine.book)
    else:
        answer, hints = _interactive(tc, engine.book, result, stdin, out)
    from engine.training.grading import grade

    graded = grade(tc, answer, result, engine.book)
    finished = dt.datetime.now(dt.UTC)
    if args.format == "json":
        print(graded.model_dump_json(indent=2), file=out)
    else:
        print(render_grade(tc, graded), file=out)
    if args.trainee:
        from engine.storage.db import default_path
        from engine.training.progress import record_attempt

        path = args.db or default_path()
        attempt = record_attempt(graded, args.trainee, started, finished, hints, path)
        if args.format == "text":
            print(f"Tentative n° {attempt} enregistrée pour « {args.trainee.strip()} » ({path}).", file=out)
    return 0


def _listing(cases: dict[str, TrainingCase], fmt: str) -> str:
    if fmt == "json":
        rows = [
            {"id": c.id, "title": c.title, "level": c.level, "settings": c.settings, "themes": c.themes, "file": c.file}
            for c in cases.values()
        ]
        return json.dumps(rows, ensure_ascii=False, indent=2)
    lines = [f"{len(cases)} cas pratiques (training/cases/) :"]
    lines += [f"  {c.id:<6} {c.level:<14} {c.title}" for c in cases.values()]
    return "\n".join(lines)


# --- reading answers -----------------------------------------------------------------------------


def parse_line(line: str) -> AnsweredQualification | AnsweredPrincipal | AnsweredFlag:
    """One line of the compact syntax; AnswerInputError (French) if it matches no form or a status is unknown."""
    text = " ".join(line.strip().split())
    try:
        if m := FLAG.match(text):
            return AnsweredFlag(kind=m["kind"].lower(), person=m["person"], status=m["status"])
        if m := PRINCIPAL.match(text):
            return AnsweredPrincipal(victim=m["victim"], article=m["article"])
        if m := QUAL.match(text):
            mode = "tentative" if m["attempt"] else "consomme"
            fields = {
                "article": m["article"],
                "perpetrator": m["perp"],
                "victim": m["victim"],
                "status": m["status"],
                "mode": mode,
            }
            return AnsweredQualification.model_validate(fields)
    except ValidationError as exc:
        problems = case_error_from_validation(exc).problems
        raise AnswerInputError(f"ligne « {text} » : " + " ; ".join(f"{p} : {msg}" for p, msg in problems)) from None
    raise AnswerInputError(f"ligne non reconnue « {text} » (taper « aide » pour la syntaxe)")


def answer_from_lines(lines: list[AnsweredQualification | AnsweredPrincipal | AnsweredFlag]) -> Answer:
    """The answer made of the lines typed; a later line replaces an earlier one on the same item."""
    quals = {q.key: q for q in lines if isinstance(q, AnsweredQualification)}
    principal = {p.victim: p for p in lines if isinstance(p, AnsweredPrincipal)}
    flags = {f.key: f for f in lines if isinstance(f, AnsweredFlag)}
    return Answer(principal=list(principal.values()), qualifications=list(quals.values()), flags=list(flags.values()))


def compact_lines(answer: Answer) -> list[str]:
    """An answer written in the compact syntax (the inverse of :func:`parse_line`)."""
    lines = [f"principale {p.victim} : {p.article}" for p in answer.principal]
    lines += [
        f"{q.perpetrator} > {q.victim} : {q.article}{' tentative' if q.mode == 'tentative' else ''} = {STATUS_FR[q.status]}"
        for q in answer.qualifications
    ]
    lines += [f"signalement {f.kind} {f.person} = {f.status}" for f in answer.flags]
    return lines


def read_answer_file(path: Path, tc: TrainingCase, book: RuleBook) -> Answer:
    """An answer from a YAML/JSON file (shape of ``expected``) or a .txt file (compact syntax), checked against the case."""
    from engine.case.reading import read_text_file
    from engine.training.cases import answer_problems

    try:
        text = read_text_file(path)  # a regular file of at most 5 MB, as a case file
    except CaseInputError as exc:
        raise AnswerInputError(f"réponse : {exc.problems[0][1]}") from None
    if path.suffix.lower() == ".txt":
        lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
        answer = answer_from_lines([parse_line(line) for line in lines])
    else:
        answer = _structured_answer(text, path)
    problems = list(answer_problems(answer, tc, book))
    if problems:
        listed = "\n".join(f"- {field_path(loc)} : {msg}" for loc, msg in problems)
        raise AnswerInputError(f"réponse invalide ({path}) :\n{listed}")
    return answer


def _structured_answer(text: str, path: Path) -> Answer:
    import yaml

    from engine.case.loading import DuplicateKeyError, load_text
    from engine.case.syntax import json_message, yaml_message

    try:
        data = load_text(text, "json" if path.suffix.lower() == ".json" else "yaml")
    except DuplicateKeyError as exc:
        raise AnswerInputError(f"fichier de réponse invalide : {path}, {exc.path} : {exc.text()}") from None
    except CaseInputError as exc:  # a bound of engine/case/limits.py (depth, aliases, numbers)
        raise AnswerInputError(f"fichier de réponse invalide : {path} : {exc.problems[0][1]}") from None
    except json.JSONDecodeError as exc:
        raise AnswerInputError(f"fichier de réponse invalide : {path}, {json_message(exc)}") from None
    except yaml.YAMLError as exc:
        raise AnswerInputError(f"fichier de réponse invalide : {path}, {yaml_message(exc)}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise AnswerInputError(f"réponse invalide ({path}) : objet attendu (principal, qualifications, flags)")
    try:
        return Answer.model_validate(data)
    except ValidationError as exc:
        problems = case_error_from_validation(exc).problems
        raise AnswerInputError(f"réponse invalide ({path}) :\n" + "\n".join(f"- {p} : {m}" for p, m in problems)) from None


# --- interactive session -------------------------------------------------------------------------


def _interactive(tc: TrainingCase, book: RuleBook, result: Any, stdin: TextIO, out: TextIO) -> tuple[Answer, int]:
    from engine.training.grading import grade, next_hint

    def say(text: str = "") -> None:
        print(text, file=out, flush=True)

    say(f"Cas pratique {tc.id} — {tc.title} ({tc.level})\n")
    say(tc.narrative.rstrip())
    say("\nPersonnes du dossier : " + ", ".join(f"{p.id} ({', '.join(r.value for r in p.roles)})" for p in tc.case.persons))
    say("\n" + SYNTAX + "\n")
    lines: list[AnsweredQualification | AnsweredPrincipal | AnsweredFlag] = []
    shown: dict[str, int] = {}
    hints = 0
    commands: dict[str, Callable[[], None]] = {
        "aide": lambda: say(SYNTAX),
        "articles": lambda: say(", ".join(sorted({o.article for o in book.offences.values()}))),
        "liste": lambda: say("\n".join(compact_lines(answer_from_lines(lines))) or "(réponse vide)"),
    }
    while True:
        out.write("> ")
        out.flush()
        raw = stdin.readline()
        text = raw.strip()
        if not raw or text.lower() in ("", "fin"):
            break
        if text.lower() in commands:
            commands[text.lower()]()
        elif text.lower() == "annuler":
            say(f"retiré : {compact_lines(answer_from_lines(lines[-1:]))[0]}" if lines else "rien à retirer")
            lines = lines[:-1]
        elif text.lower() in ("indice", "?"):
            found = next_hint(grade(tc, answer_from_lines(lines), result, book), shown)
            if found is None:
                say("Plus d'indice : votre réponse ne diffère plus de celle du moteur sur aucun point.")
            else:
                item, hint = found
                shown[item.key] = hint.level
                hints += 1
                say(f"Indice {hint.level}/3 : {hint.text}")
        else:
            try:
                line = parse_line(text)
                _check_line(line, tc, book)
            except AnswerInputError as exc:
                say(f"refusé : {exc}")
            else:
                lines.append(line)
    say()
    return answer_from_lines(lines), hints


def _check_line(line: AnsweredQualification | AnsweredPrincipal | AnsweredFlag, tc: TrainingCase, book: RuleBook) -> None:
    from engine.training.cases import answer_problems

    problems = list(answer_problems(answer_from_lines([line]), tc, book))
    if problems:
        raise AnswerInputError(problems[0][1])


# --- correction ----------------------------------------------------------------------------------


def _shown(value: str | None, kind: str) -> str:
    if value is None:
        return "—"
    if kind == "qualification":
        return STATUS_FR.get(value, value)
    return value


def render_grade(tc: TrainingCase, g: Grade) -> str:
    """The graded correction in French: score, each item with its verdict, the engine's explanation of each difference."""
    lines = [f"Correction — cas {tc.id} : {g.correct}/{g.total} juste(s), {g.score:.0%}".replace("%", " %")]
    for item in g.items:
        engine = _shown(item.expected, item.kind) if item.expected else "non retenu"
        if item.verdict == "erroné":
            detail = f" — votre réponse : {_shown(item.given, item.kind)} ; moteur : {engine}"
        elif item.verdict == "manqué":
            detail = f" — attendu : {_shown(item.expected, item.kind)}"
        else:
            detail = f" : {_shown(item.expected, item.kind)}"
        lines.append(f"  {VERDICT_MARK[item.verdict]}{item.label}{detail}")
        if item.verdict != "juste":
            lines += [f"      {text}" for text in item.explanation]
    lines.append("Par article :")
    lines += [f"  {s.topic} : {s.correct}/{s.total}" for s in g.by_article]
    if g.ignored:
        lines.append("Non comptés :")
        lines += [f"  {text}" for text in g.ignored]
    return "\n".join(lines)
