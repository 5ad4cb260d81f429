"""Reading a case: JSON or YAML text into plain data (a key written twice refused), then the validated model.

One implementation for every entry point (CLI, API, app import, practical cases, answer files):
the last of two values would otherwise win silently (a birth date of 2008 then of 1990 turns the
trafficking of a minor into procuring). :class:`DuplicateKeyError` names the key and where it is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from engine.case.model import Case
from engine.kernel.errors import CaseInputError, case_error_from_validation

_SPACE = re.compile(r"[ \t\n\r]*")


class DuplicateKeyError(ValueError):
    """A key written twice in the same object: field path, key, 1-based line/column of both occurrences."""

    def __init__(self, path: str, key: str, line: int, column: int, first_line: int):
        self.path, self.key, self.line, self.column, self.first_line = path, key, line, column, first_line
        super().__init__(self.text())

    def text(self) -> str:
        where = f"ligne {self.line}, colonne {self.column}"
        return f"clé « {self.key} » en double, {where} (première occurrence ligne {self.first_line})"


def _join(path: str, part: str | int) -> str:
    return f"{path}[{part}]" if isinstance(part, int) else f"{path}.{part}" if path else str(part)


# --- JSON ------------------------------------------------------------------------------------------


class _Twice(Exception):
    """Raised by the pairs hook; the text is then scanned to locate the duplicate."""


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _Twice
    return out


def load_json(text: str) -> Any:
    """JSON data; json.JSONDecodeError on bad syntax, DuplicateKeyError on a key written twice."""
    try:
        return json.loads(text, object_pairs_hook=_pairs)
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


# --- YAML ------------------------------------------------------------------------------------------


class CaseLoader(yaml.SafeLoader):
    """Safe YAML that refuses duplicate keys and keeps dates as text (the case model checks them field by field).

    Merge keys (``<<``) are standard: a key given explicitly next to a merge overrides the merged one.
    """

    def construct_document(self, node: yaml.Node) -> Any:
        self._check(node)
        return super().construct_document(node)

    def _check(self, root: yaml.Node) -> None:
        done: set[int] = set()  # aliases share their node: each is checked once (and cycles end)
        todo: list[tuple[yaml.Node, str]] = [(root, "")]
        while todo:
            node, path = todo.pop()
            if id(node) in done:
                continue
            done.add(id(node))
            if isinstance(node, yaml.SequenceNode):
                todo.extend((item, _join(path, i)) for i, item in reversed(list(enumerate(node.value))))
            elif isinstance(node, yaml.MappingNode):
                todo.extend(reversed(list(self._children(node, path))))

    def _children(self, node: yaml.MappingNode, path: str) -> Iterator[tuple[yaml.Node, str]]:
        seen: dict[Any, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = self._key(key_node)
            if key in seen:
                mark = key_node.start_mark
                first = seen[key].start_mark.line + 1
                raise DuplicateKeyError(_join(path, str(key)), str(key), mark.line + 1, mark.column + 1, first)
            seen[key] = key_node
            yield value_node, path if key_node.tag == "tag:yaml.org,2002:merge" else _join(path, str(key))

    def _key(self, node: yaml.Node) -> Any:
        """A scalar key as the dict would see it (``1`` and ``0x1`` are one key); a merge ``<<`` as itself."""
        if node.tag == "tag:yaml.org,2002:merge":
            return "<<"
        if isinstance(node, yaml.ScalarNode):
            return self.construct_object(node)
        return ("node", id(node))  # a complex key: the constructor refuses it (unhashable) anyway


CaseLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text: str, loader: type[CaseLoader] = CaseLoader) -> Any:
    """YAML data; yaml.YAMLError on bad syntax, DuplicateKeyError on a key written twice."""
    return yaml.load(text, Loader=loader)  # a SafeLoader subclass


def load_text(text: str, fmt: str) -> Any:
    """Case data from JSON (``fmt == "json"``) or YAML text."""
    return load_json(text) if fmt == "json" else load_yaml(text)


# Reading a case: the model validated from JSON or YAML data, text or file.


def parse_case(data: Any) -> Case:
    if not isinstance(data, dict):
        raise CaseInputError([("", "le dossier doit être un objet (clé : valeur)")])
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        raise case_error_from_validation(exc) from None


def parse_yaml(text: str) -> Any:
    """YAML data (dates kept as text); DuplicateKeyError on a key written twice."""
    return load_yaml(text)


def load_case(path: str | Path) -> Case:
    """Read a case from a .json, .yaml or .yml file; CaseInputError (French) on any defect."""
    p = Path(path)
    if p.suffix.lower() not in (".json", ".yaml", ".yml"):
        raise CaseInputError([("", f"format de fichier non reconnu « {p.suffix} » (attendu .json, .yaml ou .yml)")])
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise CaseInputError([("", f"fichier illisible : {p} ({exc.strerror})")]) from None
    except UnicodeDecodeError:
        raise CaseInputError([("", f"fichier illisible : {p} n'est pas encodé en UTF-8")]) from None
    return parse_text(text, "json" if p.suffix.lower() == ".json" else "yaml")


def parse_text(text: str, fmt: str) -> Case:
    """A case written in JSON or YAML; CaseInputError (French, with line and column) on any defect."""
    try:
        data = load_text(text, fmt)
    except DuplicateKeyError as exc:
        raise CaseInputError([(exc.path, exc.text())]) from None
    except RecursionError:
        raise CaseInputError([("", "dossier trop imbriqué pour être lu")]) from None
    except json.JSONDecodeError as exc:
        raise CaseInputError([("", f"JSON invalide, ligne {exc.lineno}, colonne {exc.colno} : {exc.msg}")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f", ligne {mark.line + 1}, colonne {mark.column + 1}" if mark else ""
        raise CaseInputError([("", f"YAML invalide{where} : {getattr(exc, 'problem', exc)}")]) from None
    return parse_case(data)
