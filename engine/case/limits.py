"""Bounds on a case before validation, the same for the CLI, the API and the app (issue 6/7, point 3).

A few hundred bytes must not cost gigabytes: the text is at most 5 MB, the data at most 50 levels deep and
150,000 values (keys not counted) once YAML aliases are expanded, an object at most 100 keys, a key at most 100 characters,
a text at most 20,000 characters (the longest field, ``narrative``; every other field is shorter), an integer
at most 12 digits, a number finite. The walk is iterative and stops at the first bound exceeded, so a shared
or cyclic structure (YAML aliases, a Python dict given to the API) costs at most the bound.
"""

from __future__ import annotations

import math
from typing import Any

from engine.kernel.errors import CaseInputError

MAX_BYTES = 5_000_000
MAX_DEPTH = 50
MAX_NODES = 150_000
MAX_KEYS = 100
MAX_KEY_LENGTH = 100
MAX_STRING = 20_000
MAX_DIGITS = 12
MAX_ALIASES = 100


TOO_BIG = f"dossier trop grand (plus de {MAX_NODES} valeurs, alias YAML développés)"


def refuse(path: str, message: str) -> CaseInputError:
    return CaseInputError([(path, message)])


def _join(path: str, part: str | int) -> str:
    return f"{path}[{part}]" if isinstance(part, int) else f"{path}.{part}" if path else str(part)


def check_size(size: int, what: str = "dossier") -> None:
    if size > MAX_BYTES:
        raise refuse("", f"{what} trop volumineux ({size // 1000} ko ; maximum {MAX_BYTES // 1_000_000} Mo)")


def check_int(value: int, path: str = "") -> None:
    if abs(value) >= 10**MAX_DIGITS:
        raise refuse(path, f"nombre trop grand (au plus {MAX_DIGITS} chiffres)")


def check_float(value: float, path: str = "") -> None:
    if not math.isfinite(value):
        raise refuse(path, "nombre attendu (l'infini et NaN ne sont pas des valeurs admises)")
    if abs(value) >= 10**MAX_DIGITS:
        raise refuse(path, f"nombre trop grand (au plus {MAX_DIGITS} chiffres)")


def check_data(data: Any) -> None:
    """Raise CaseInputError (French, path named) at the first bound exceeded."""
    todo: list[tuple[Any, str, int]] = [(data, "", 1)]
    count = 0  # values taken from ``todo``; every value pushed is taken later, so the total is known early
    while todo:
        value, path, depth = todo.pop()
        count += 1
        if isinstance(value, dict | list | tuple):
            if depth > MAX_DEPTH:
                raise refuse(path, f"dossier trop imbriqué (plus de {MAX_DEPTH} niveaux)")
            if count + len(todo) + len(value) > MAX_NODES:
                raise refuse("", TOO_BIG)
        if isinstance(value, dict):
            if len(value) > MAX_KEYS:
                raise refuse(path, f"objet de {len(value)} clés (au plus {MAX_KEYS})")
            for key, item in value.items():
                if not isinstance(key, str):
                    raise refuse(path, "clé invalide : une clé doit être un texte")
                if len(key) > MAX_KEY_LENGTH:
                    raise refuse(path, f"clé trop longue ({len(key)} caractères ; au plus {MAX_KEY_LENGTH})")
                todo.append((item, _join(path, key), depth + 1))
        elif isinstance(value, list | tuple):
            todo.extend((item, _join(path, i), depth + 1) for i, item in reversed(list(enumerate(value))))
        elif isinstance(value, str):
            if len(value) > MAX_STRING:
                raise refuse(path, f"texte trop long ({len(value)} caractères ; au plus {MAX_STRING})")
        elif isinstance(value, bool):
            continue
        elif isinstance(value, int):
            check_int(value, path)
        elif isinstance(value, float):
            check_float(value, path)
