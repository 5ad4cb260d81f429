"""The argument parser of `qualif`: its errors in French (argparse writes them in English), dates bounded."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys

from engine.case.model import MAX_YEAR, MIN_YEAR
from engine.kernel.echo import escape_controls, shown

_FRENCH = (
    (r"the following arguments are required: (.*)", r"arguments obligatoires manquants : \1"),
    (r"unrecognized arguments: (.*)", r"arguments non reconnus : \1"),
    (r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)", r"argument \1 : choix invalide \2 (choix possibles : \3)"),
    (r"argument (\S+): expected one argument", r"l'argument \1 attend une valeur"),
    (r"argument (\S+): expected (.*) arguments?", r"l'argument \1 attend d'autres valeurs"),
    (r"argument (\S+): invalid \S+ value: (.*)", r"argument \1 : valeur invalide \2"),
    (r"argument (\S+): not allowed with argument (\S+)", r"l'argument \1 ne s'emploie pas avec \2"),
    (r"argument (\S+): ignored explicit argument (.*)", r"argument \1 : valeur \2 inattendue"),
    (r"ambiguous option: (\S+) could match (.*)", r"option ambiguë \1 (possibles : \2)"),
    (r"one of the arguments (.*) is required", r"l'un de ces arguments est obligatoire : \1"),
    (r"argument (\S+): (.*)", r"argument \1 : \2"),  # our own message (ArgumentTypeError), already French
)


def french(message: str) -> str:
    """An argparse error message in French (the names of arguments and options kept as typed)."""
    for english, french_text in _FRENCH:
        match = re.fullmatch(english, message, re.DOTALL)
        if match:
            return match.expand(french_text)
    return "arguments invalides (voir qualif --help)"


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"qualif : argument invalide : {escape_controls(french(message)[:300])}", file=sys.stderr)
        raise SystemExit(2)


def date_arg(text: str) -> dt.date:
    """A date typed as AAAA-MM-JJ, in the range the case model accepts (1900–2100)."""
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date invalide « {shown(text)} » (format attendu AAAA-MM-JJ)") from None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(f"date « {shown(text)} » hors de la plage admise ({MIN_YEAR}–{MAX_YEAR})")
    return day
