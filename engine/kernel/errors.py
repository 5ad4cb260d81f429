"""Errors with French messages that name the field (cases) or the file and line (rules)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from engine.kernel.echo import escape_controls, shown

MAX_PROBLEMS = 100  # a flood of errors (one per item of a long list) is cut: the first ones say what to fix
_DATE = "date invalide (format attendu AAAA-MM-JJ)"
_INT = "nombre entier attendu"
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
    "model_attributes_type": "objet attendu (clé : valeur)",
    "too_long": "liste trop longue : au plus {max_length} élément(s) (ici {actual_length})",
    "int_parsing_size": "nombre trop grand",
    "float_type": "nombre attendu",
    "float_parsing": "nombre attendu",
    "finite_number": "nombre attendu (l'infini et NaN ne sont pas des valeurs admises)",
    "greater_than": "valeur trop petite (doit dépasser {gt})",
    "less_than": "valeur trop grande (doit être inférieure à {lt})",
    "string_unicode": "texte invalide (caractères non Unicode)",
    "string_sub_type": "texte attendu",
    "bytes_type": "texte attendu",
    "date_past": "la date doit être dans le passé",
    "date_future": "la date doit être dans le futur",
    "datetime_type": _DATE,
    "datetime_parsing": _DATE,
    "tuple_type": "liste attendue",
    "set_type": "liste attendue",
    "iterable_type": "liste attendue",
    "is_instance_of": "type de valeur non admis",
    "none_required": "aucune valeur attendue (null)",
    "recursion_loop": "référence circulaire (un alias YAML qui se contient lui-même)",
    "assertion_error": "valeur invalide",
    "union_tag_invalid": "valeur invalide",
    "union_tag_not_found": "valeur invalide",
}
_FRENCH_TYPES = {"date_range", "incoherence", "partial_date", "text_control", "text_line", "value_error"}  # ours, in French


class CaseInputError(ValueError):
    """Invalid case input: a list of (field path, French message)."""

    def __init__(self, problems: Sequence[tuple[str, str]]):
        safe = [(escape_controls(path), escape_controls(msg)) for path, msg in problems[:MAX_PROBLEMS]]
        if len(problems) > MAX_PROBLEMS:
            safe.append(("", f"… et {len(problems) - MAX_PROBLEMS} autre(s) erreur(s) non affichée(s)"))
        self.problems = safe
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
            out += ("." if out else "") + shown(part)
    return out


def case_error_from_validation(err: ValidationError) -> CaseInputError:
    problems: list[tuple[str, str]] = []
    for e in err.errors(include_url=False):
        ctx = e.get("ctx") or {}
        if e["type"] == "incoherence" and "problems" in ctx:
            problems.extend(ctx["problems"])
            continue
        # an optional text (« Line | None ») too long is reported as a too long sequence: it is said as a text
        kind = "string_too_long" if e["type"] == "too_long" and isinstance(e.get("input"), str) else e["type"]
        template = _MESSAGES.get(kind)
        if e["type"] in ("enum", "literal_error"):
            expected = str(ctx.get("expected", "")).replace("' or '", "' ou '")
            msg = f"valeur « {shown(e.get('input'))} » non admise ; valeurs admises : {expected}"
        elif template is not None:
            msg = template.format(**ctx)
        elif e["type"] in _FRENCH_TYPES:
            msg = str(e["msg"]).removeprefix("Value error, ")
        else:  # a pydantic check without a French text: never its English message
            msg = "valeur invalide"
        problems.append((field_path(e["loc"]), msg))
    return CaseInputError(problems)
