"""Errors with French messages that name the field (cases) or the file and line (rules)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

_MESSAGES = {
    "missing": "champ obligatoire manquant",
    "extra_forbidden": "champ inconnu (vérifier l'orthographe ; voir `qualif schema`)",
    "date_from_datetime_parsing": "date invalide (format attendu AAAA-MM-JJ)",
    "date_parsing": "date invalide (format attendu AAAA-MM-JJ)",
    "date_from_datetime_inexact": "date invalide (format attendu AAAA-MM-JJ)",
    "date_type": "date invalide (format attendu AAAA-MM-JJ)",
    "int_parsing": "nombre entier attendu",
    "int_type": "nombre entier attendu",
    "int_from_float": "nombre entier attendu",
    "greater_than_equal": "valeur trop petite (minimum {ge})",
    "less_than_equal": "valeur trop grande (maximum {le})",
    "string_type": "texte attendu",
    "string_too_short": "texte vide",
    "string_too_long": "texte trop long (maximum {max_length} caractères)",
    "string_pattern_mismatch": "identifiant invalide (lettres, chiffres, « _ », « - » ou « . » seulement)",
    "list_type": "liste attendue",
    "too_short": "liste vide : au moins {min_length} élément(s) attendu(s)",
    "bool_parsing": "oui ou non attendu",
    "bool_type": "oui ou non attendu",
    "model_type": "objet attendu (clé : valeur)",
    "dict_type": "objet attendu (clé : valeur)",
}


class CaseInputError(ValueError):
    """Invalid case input: a list of (field path, French message)."""

    def __init__(self, problems: Sequence[tuple[str, str]]):
        self.problems = list(problems)
        super().__init__(self.message())

    def message(self) -> str:
        lines = [f"- {path} : {msg}" if path else f"- {msg}" for path, msg in self.problems]
        return "Dossier invalide :\n" + "\n".join(lines)


class RuleFileError(ValueError):
    """A rule file that does not validate: the engine refuses to start."""

    def __init__(self, file: str, line: int | None, message: str):
        self.file, self.line = file, line
        where = f"{file}, ligne {line}" if line else file
        super().__init__(f"Règle invalide ({where}) : {message}")


def field_path(loc: Sequence[Any]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def case_error_from_validation(err: ValidationError) -> CaseInputError:
    problems: list[tuple[str, str]] = []
    for e in err.errors(include_url=False):
        ctx = e.get("ctx") or {}
        if e["type"] == "incoherence" and "problems" in ctx:
            problems.extend(ctx["problems"])
            continue
        template = _MESSAGES.get(e["type"])
        if template is None:
            msg = str(e["msg"]).removeprefix("Value error, ")
            if e["type"] in ("enum", "literal_error"):
                expected = str(ctx.get("expected", "")).replace("' or '", "' ou '")
                msg = f"valeur « {e.get('input')} » non admise ; valeurs admises : {expected}"
        else:
            msg = template.format(**ctx)
        problems.append((field_path(e["loc"]), msg))
    return CaseInputError(problems)
