"""Reading a case: JSON or YAML text into plain data (a key written twice refused), then the validated model.

One implementation for every entry point (CLI, API, app import, practical cases, answer files):
the last of two values would otherwise win silently (a birth date of 2008 then of 1990 turns the
trafficking of a minor into procuring). :class:`DuplicateKeyError` names the key and where it is.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from engine.case.keys import DuplicateKeyError
from engine.case.keys import join as _join
from engine.case.limits import (
    MAX_BYTES,
    MAX_DEPTH,
    MAX_DIGITS,
    check_data,
    check_float,
    check_size,
    refuse,
)
from engine.case.model import Act, Case, Finding, Knowledge, Participation, Person, Relationship, Statement, VictimConduct
from engine.case.reading import read_case_file
from engine.case.syntax import json_message, yaml_message
from engine.case.yaml_loader import CaseLoader, load_yaml
from engine.kernel.echo import shown
from engine.kernel.errors import CaseInputError, case_error_from_validation, field_path

__all__ = ["CaseLoader", "DuplicateKeyError", "load_case", "load_json", "load_text", "load_yaml", "parse_case", "parse_text"]
_SPACE = re.compile(r"[ \t\n\r]*")


# --- JSON ------------------------------------------------------------------------------------------


class _Twice(Exception):
    """Raised by the pairs hook; the text is then scanned to locate the duplicate."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _Twice
    return out


def _json_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise refuse("", f"nombre trop grand « {shown(text, 20)} » (au plus {MAX_DIGITS} chiffres)")
    return int(text)


def _json_float(text: str) -> float:
    value = float(text)
    check_float(value)
    return value


def _json_constant(name: str) -> float:
    raise refuse("", f"« {name} » n'est pas une valeur JSON admise (nombre fini attendu)")


def load_json(text: str) -> Any:
    """JSON data; json.JSONDecodeError on bad syntax, DuplicateKeyError on a key written twice,
    CaseInputError beyond a bound (digits, NaN or Infinity); RecursionError beyond about 1,000 levels (the
    decoder's own guard; :func:`parse_case` refuses more than MAX_DEPTH)."""
    try:
        return json.loads(
            text, object_pairs_hook=_pairs, parse_int=_json_int, parse_float=_json_float, parse_constant=_json_constant
        )
    except _Twice:
        raise _locate_json(text) from None


def _where(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _locate_json(text: str) -> DuplicateKeyError:
    """The first duplicate key of a syntactically valid JSON text, in reading order."""
    decoder = json.JSONDecoder()

    def skip(pos: int) -> int:
        return _SPACE.match(text, pos).end()  # type: ignore[union-attr]  # always matches

    def value(pos: int, path: str) -> int:
        pos = skip(pos)
        if text[pos] == "{":
            seen: dict[str, int] = {}
            pos = skip(pos + 1)
            while text[pos] != "}":
                start = pos
                key, pos = decoder.raw_decode(text, start)
                if key in seen:
                    line, column = _where(text, start)
                    raise DuplicateKeyError(_join(path, key), key, line, column, _where(text, seen[key])[0])
                seen[key] = start
                pos = skip(value(skip(pos) + 1, _join(path, key)))  # after the ':'
                if text[pos] == ",":
                    pos = skip(pos + 1)
            return pos + 1
        if text[pos] == "[":
            pos, index = skip(pos + 1), 0
            while text[pos] != "]":
                pos = skip(value(pos, _join(path, index)))
                index += 1
                if text[pos] == ",":
                    pos = skip(pos + 1)
            return pos + 1
        return int(decoder.raw_decode(text, pos)[1])

    try:
        value(0, "")
    except DuplicateKeyError as exc:
        return exc
    raise AssertionError("duplicate key reported by json but not found")  # pragma: no cover


def load_text(text: str, fmt: str) -> Any:
    """Case data from JSON (``fmt == "json"``) or YAML text."""
    return load_json(text) if fmt == "json" else load_yaml(text)


# Reading a case: the model validated from JSON or YAML data, text or file.


def parse_case(data: Any) -> Case:
    """The validated case from plain data; CaseInputError (French, field named) on any defect or bound exceeded."""
    if not isinstance(data, dict):
        raise CaseInputError([("", "le dossier doit être un objet (clé : valeur)")])
    check_data(data)
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        error = case_error_from_validation(exc)
        if not any(e["type"] == "incoherence" for e in exc.errors(include_url=False)):  # the checks did not run
            problems = [*error.problems, *coherence_beyond(data, exc)]
            error = CaseInputError(list(dict.fromkeys(problems)))
        raise error from None


LIST_MODELS: dict[str, type[Any]] = {
    "persons": Person,
    "acts": Act,
    "relationships": Relationship,
    "knowledge": Knowledge,
    "victim_conduct": VictimConduct,
    "findings": Finding,
    "statements": Statement,
    "participation": Participation,
}
_ITEM_PATH = re.compile(r"^(?P<list>[a-z_]+)\[(?P<index>\d+)\]")


def _optional(model: type[Any], field: Any) -> bool:
    info = model.model_fields.get(field)
    return info is not None and not info.is_required()


def coherence_beyond(data: dict[str, Any], exc: ValidationError) -> list[tuple[str, str]]:
    """The coherence problems (engine/case/checks.py) of the rest of a case whose fields did not all validate,
    so that every error comes in one pass: an invalid optional value is left out, an item missing a required
    field or holding an invalid one is set aside (the paths of the others keep their indices). Nothing when
    what remains does not make a case."""
    case = dict(data)
    dropped: dict[str, set[int]] = {}
    for e in exc.errors(include_url=False):
        loc = e["loc"]
        if len(loc) >= 3 and loc[0] in LIST_MODELS and isinstance(loc[1], int) and isinstance(case.get(loc[0]), list):
            items = case[loc[0]] = list(case[loc[0]])
            if not isinstance(items[loc[1]], dict):
                return []
            if _optional(LIST_MODELS[str(loc[0])], loc[2]):
                items[loc[1]] = {k: v for k, v in items[loc[1]].items() if k != loc[2]}
            else:
                dropped.setdefault(str(loc[0]), set()).add(loc[1])
        elif len(loc) >= 1 and _optional(Case, loc[0]):
            case.pop(str(loc[0]), None)
        elif loc[:1] == ("id",):
            case["id"] = "dossier"
        else:
            return []
    kept: dict[str, list[int]] = {}
    for name, items in list(case.items()):
        if name in LIST_MODELS and isinstance(items, list):
            kept[name] = [i for i in range(len(items)) if i not in dropped.get(name, set())]
            case[name] = [items[i] for i in kept[name]]
    try:
        Case.model_validate(case)
    except ValidationError as again:
        errors = again.errors(include_url=False)
        if any(e["type"] != "incoherence" for e in errors):
            return []
        problems = [p for e in errors for p in (e.get("ctx") or {}).get("problems", [])]

        def original(path: str) -> str:
            found = _ITEM_PATH.match(path)
            if not found or found["list"] not in kept:
                return path
            return f"{found['list']}[{kept[found['list']][int(found['index'])]}]{path[found.end() :]}"

        said = {field_path(e["loc"][:3]) for e in exc.errors(include_url=False)}  # a field in error: its own message only

        def told(path: str) -> bool:
            return any(path == p or path.startswith((p + ".", p + "[")) for p in said)

        return [(where, msg) for where, msg in ((original(path), msg) for path, msg in problems) if not told(where)]
    return []


def parse_yaml(text: str) -> Any:
    """YAML data (dates kept as text); DuplicateKeyError on a key written twice."""
    return load_yaml(text)


def load_case(path: str | Path) -> Case:
    """Read a case from a .json, .yaml or .yml file (a regular file of at most 5 MB, UTF-8 with or without
    BOM); CaseInputError (French) on any defect."""
    text, fmt = read_case_file(path)
    return parse_text(text, fmt)


def parse_text(text: str, fmt: str) -> Case:
    """A case written in JSON or YAML (at most 5 MB, a leading BOM ignored); CaseInputError (French, with
    line and column) on any defect."""
    check_size(len(text) if len(text) > MAX_BYTES else len(text.encode("utf-8", "surrogatepass")))
    text = text.removeprefix("\ufeff")
    try:
        data = load_text(text, fmt)
    except DuplicateKeyError as exc:
        raise CaseInputError([(exc.path, exc.text())]) from None
    except CaseInputError:
        raise
    except RecursionError:
        raise CaseInputError([("", f"dossier trop imbriqué (plus de {MAX_DEPTH} niveaux)")]) from None
    except json.JSONDecodeError as exc:
        raise CaseInputError([("", json_message(exc))]) from None
    except yaml.YAMLError as exc:
        raise CaseInputError([("", yaml_message(exc))]) from None
    except (ValueError, TypeError, OverflowError):  # a scalar the YAML constructor cannot convert
        raise CaseInputError([("", f"{'JSON' if fmt == 'json' else 'YAML'} invalide : valeur illisible")]) from None
    return parse_case(data)
