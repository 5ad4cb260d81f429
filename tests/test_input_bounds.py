"""Bounded input (issue 6/7, point 3): the reproductions of the issue, each refused fast, in French.

One place for the CLI, the API and the app: engine/case/limits.py (size, depth, values, keys, texts, numbers),
engine/case/loading.py (the YAML loader's aliases, depth and tags; the JSON reader's depth and numbers),
engine/case/reading.py (regular files only), engine/case/model.py (texts without control characters, list
lengths), engine/kernel/errors.py (pydantic's English never shown; values echoed at most 80 characters).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from engine.api import load_case, parse_case, parse_text
from engine.case.limits import MAX_BYTES
from engine.case.reading import decode
from engine.cli.arguments import french
from engine.cli.main import main
from engine.kernel.echo import escape_controls, shown
from engine.kernel.errors import CaseInputError
from tests.bad_inputs import english_lines

BASE: dict[str, Any] = {
    "id": "c1",
    "persons": [
        {"id": "v", "roles": ["victime"], "birth_date": "2008-01-01"},
        {"id": "s", "roles": ["mis_en_cause"], "birth_date": "1990-01-01"},
    ],
    "acts": [{"id": "a1", "actor": "s", "target": "v", "kind": "recruter", "date": "2022-01-01"}],
}
LAUGHS = "\n".join(
    [
        "a: &a [x,x,x,x,x,x,x,x,x]",
        *(f"{n}: &{n} [{','.join([f'*{p}'] * 9)}]" for p, n in zip("abcdefgh", "bcdefghi", strict=True)),
        "id: c1",
        "persons:",
        "  - id: v",
        "    roles: *i",
        "",
    ]
)


def _case(**over: Any) -> dict[str, Any]:
    return json.loads(json.dumps({**BASE, **over}))


def _refused(call: Any, *args: Any) -> str:
    with pytest.raises(CaseInputError) as err:
        call(*args)
    text = err.value.message()
    assert text.startswith("Dossier invalide :") and not english_lines(text), text
    return text


def _quick(call: Any, *args: Any, seconds: float = 2.0) -> str:
    start = time.monotonic()
    text = _refused(call, *args)
    assert time.monotonic() - start < seconds
    return text


def test_billion_laughs_refused_before_anything_is_built() -> None:
    assert len(LAUGHS.encode()) < 600
    assert "alias YAML développent le dossier" in _quick(parse_text, LAUGHS, "yaml")


def test_error_flood_bounded() -> None:
    flood = LAUGHS.replace("    roles: *i", "    roles: *e\n  - id: w\n    roles: *e\n")  # 9^5 items, each invalid
    assert len(_quick(parse_text, flood, "yaml")) < 20_000
    many = _case(persons=[{"id": f"p{i}", "roles": ["victime"], "zz": 1, "yy": 2} for i in range(150)])
    text = _quick(parse_case, many)
    assert "autre(s) erreur(s) non affichée(s)" in text and text.count("\n- ") <= 101


def test_aliases_bounded_and_never_circular() -> None:
    anchors = "".join(f"z{i}: &z{i} x\n" for i in range(101))
    assert "trop d'alias" in _refused(parse_text, anchors + "".join(f"y{i}: *z{i}\n" for i in range(101)), "yaml")
    assert "circulaire" in _refused(parse_text, "id: c1\npersons: &a [*a]\n", "yaml")
    merged = "base: &b {roles: [victime]}\nid: c1\npersons:\n  - {<<: *b, id: v}\n"
    assert "base" in _refused(parse_text, merged, "yaml")  # merge keys still read (then « base » is unknown)


@pytest.mark.parametrize(
    "text,fmt",
    [("[" * 10_000 + "]" * 10_000, "json"), ('{"a":' * 10_000 + "1" + "}" * 10_000, "json"), ("a: " + "[" * 10_000, "yaml")],
)
def test_deep_nesting_refused(text: str, fmt: str) -> None:
    assert "trop imbriqué (plus de 50 niveaux)" in _quick(parse_text, text, fmt)


def test_api_dict_cyclic_or_deep_refused() -> None:
    data = _case()
    data["persons"][0]["roles"] = loop = []  # a list that contains itself
    loop.append(loop)
    assert "trop imbriqué" in _quick(parse_case, data)


@pytest.mark.parametrize(
    "text,fmt",
    [
        (json.dumps(_case()).replace('"2008-01-01"', '"2008-01-01", "age": ' + "9" * 5000), "json"),
        ("id: c1\npersons:\n  - id: v\n    age: " + "9" * 5000 + "\n", "yaml"),
        (json.dumps(_case()).replace('"2008-01-01"', '"2008-01-01", "age": NaN'), "json"),
        (json.dumps(_case()).replace('"2008-01-01"', '"2008-01-01", "age": 1e999'), "json"),
        ("id: c1\npersons:\n  - id: v\n    age: .inf\n", "yaml"),
        ("id: c1\npersons:\n  - id: v\n    age: 1_000_000_000_000_000\n", "yaml"),
    ],
)
def test_numbers_bounded(text: str, fmt: str) -> None:
    assert "nombre" in _quick(parse_text, text, fmt)


@pytest.mark.parametrize(
    "where",
    [
        ("period_start",),
        ("period_end",),
        ("persons", 0, "birth_date"),
        ("persons", 0, "age_reference_date"),
        ("persons", 0, "arrival_in_france"),
        ("acts", 0, "date"),
        ("acts", 0, "end_date"),
    ],
)
@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01"])
def test_every_date_field_in_1900_2100(where: tuple[Any, ...], day: str) -> None:
    data = _case()
    target = data
    for part in where[:-1]:
        target = target[part]
    target[where[-1]] = day
    assert "hors de la plage admise (1900–2100)" in _refused(parse_case, data)


def _cli(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, err.getvalue()


@pytest.mark.parametrize("option", ["--date", "--aujourdhui"])
def test_cli_dates_in_range(option: str) -> None:
    code, err = _cli("classify", "x.json", option, "0001-01-01")
    assert code == 2 and "hors de la plage admise (1900–2100)" in err


def test_bom_accepted_everywhere(tmp_path: Path) -> None:
    text = json.dumps(_case())
    assert parse_text("\ufeff" + text, "json").id == "c1"
    for name in ("c.json", "c.yaml"):
        (tmp_path / name).write_bytes(b"\xef\xbb\xbf" + text.encode())
        assert load_case(tmp_path / name).id == "c1"
    assert decode(b"\xef\xbb\xbf" + text.encode()) == text


def test_size_limit(tmp_path: Path) -> None:
    big = " " * MAX_BYTES + json.dumps(_case())
    assert "trop volumineux" in _quick(parse_text, big, "json")
    assert "trop volumineux" in _refused(decode, big.encode())
    (tmp_path / "big.json").write_text(big, encoding="utf-8")
    assert "trop volumineux" in _quick(load_case, tmp_path / "big.json")


@pytest.mark.parametrize("kind", ["fifo", "folder", "device", "missing"])
def test_special_files_refused_before_opening(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "c.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "device":
        path.symlink_to("/dev/zero")
    text = _quick(load_case, path)
    assert "fichier illisible" in text and "No such" not in text


def test_value_echoed_at_most_80_characters_escaped() -> None:
    long = _refused(parse_case, _case(acts=[{**BASE["acts"][0], "kind": "y" * 9_000}]))
    assert "y" * 80 + "…" in long and "y" * 81 not in long
    ansi = _refused(parse_case, _case(acts=[{**BASE["acts"][0], "kind": "\x1b[2J\n  [ÉTABLIE] faux"}]))
    assert "\x1b" not in ansi and "\\x1b[2J\\n  [ÉTABLIE]" in ansi
    assert shown(10**5000) == "nombre trop grand" and shown([1]) == "une liste"
    assert escape_controls("a\x1b[31mb\nc\u202e", keep="\n") == "a\\x1b[31mb\nc\\u202e"


@pytest.mark.parametrize(
    "field,value,message",
    [
        ("name", "L\x1b[2Jéa", "caractère de contrôle U+001B"),
        ("name", "Léa\n  [ÉTABLIE] faux", "retour à la ligne non admis"),
        ("name", "Léa\u202e", "caractère de contrôle U+202E"),
    ],
)
def test_control_characters_refused(field: str, value: str, message: str) -> None:
    data = _case()
    data["persons"][0][field] = value
    assert message in _refused(parse_case, data)


def test_text_with_lines_and_tabs_kept_where_they_belong() -> None:
    data = _case(narrative="Première ligne.\n\tSeconde ligne.")
    data["persons"][0]["name"] = "Léa\tP."
    case = parse_case(data)
    assert case.narrative == "Première ligne.\n\tSeconde ligne." and case.persons[0].name == "Léa\tP."


def test_person_never_linked_to_themselves() -> None:
    rel = _refused(parse_case, _case(relationships=[{"person": "v", "other": "v", "family": "oui"}]))
    assert "relationships[0].other" in rel and "elle-même" in rel
    know = _refused(parse_case, _case(knowledge=[{"person": "s", "about": "s", "knew_minor": "oui"}]))
    assert "knowledge[0].about" in know


def test_case_size_limits() -> None:
    persons = [{"id": f"p{i}", "roles": ["mis_en_cause"], "birth_date": "1980-01-01"} for i in range(99)]
    acts = [{"id": f"a{i}", "actor": f"p{i % 99}", "target": "v", "kind": "heberger", "date": "2022-01-01"} for i in range(300)]
    start = time.monotonic()
    assert len(parse_case(_case(persons=[BASE["persons"][0], *persons], acts=acts)).acts) == 300  # 100 × 300
    assert time.monotonic() - start < 5
    too_many = [{"id": f"p{i}"} for i in range(201)]
    assert "persons : liste trop longue : au plus 200" in _quick(parse_case, _case(persons=too_many))
    many_acts = [dict(BASE["acts"][0], id=f"a{i}") for i in range(1001)]
    assert "acts : liste trop longue : au plus 1000" in _quick(parse_case, _case(acts=many_acts))


@pytest.mark.parametrize(
    "text,fmt",
    [
        ("", "json"),
        ("{not json", "json"),
        ('{"id": "c1",}', "json"),
        ('{"id": "c1"} x', "json"),
        ('{"id": "c\x01"}', "json"),
        ("a: [\n", "yaml"),
        ("a:\n\t- b\n", "yaml"),
        ("a: b: c\n", "yaml"),
        ("id: !!binary aGVsbG8=\n", "yaml"),
        ("id: !!python/object:os.system x\n", "yaml"),
        ("? [a]\n: 1\n", "yaml"),
        ("a: *nope\n", "yaml"),
        ("id: c1\n---\nid: c2\n", "yaml"),
        ("id: 'open\n", "yaml"),
        ("id: c1\x00\n", "yaml"),
    ],
)
def test_syntax_errors_in_french(text: str, fmt: str) -> None:
    message = _refused(parse_text, text, fmt)
    assert ("JSON invalide" if fmt == "json" else "YAML invalide") in message or "objet" in message


def test_pydantic_english_never_shown() -> None:
    data = _case()
    data["persons"][0]["age"] = float("inf")
    assert "nombre attendu" in _refused(parse_case, data)
    data["persons"][0]["age"] = 1.5
    assert "entier" in _refused(parse_case, data)


def test_argparse_errors_in_french() -> None:
    assert french("the following arguments are required: case") == "arguments obligatoires manquants : case"
    assert french("unrecognized arguments: --x") == "arguments non reconnus : --x"
    assert "choix invalide" in french("argument --format: invalid choice: 'x' (choose from 'json', 'text')")
    assert french("something new") == "arguments invalides (voir qualif --help)"
    code, err = _cli("classify")
    assert code == 2 and "arguments obligatoires manquants" in err
