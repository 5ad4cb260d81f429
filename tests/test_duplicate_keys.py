"""A key written twice in a case (JSON or YAML, any depth) is refused everywhere, naming the key and its line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import _valid, cases

from engine.api import get_engine, load_case, parse_text
from engine.case.loading import DuplicateKeyError, load_json, load_yaml
from engine.kernel.errors import CaseInputError

ROOT = Path(__file__).resolve().parent.parent

# The defect: a minor recruited for procuring (trafficking of a minor), whose birth date is then overwritten.
YAML_CASE = """\
id: doublon
persons:
  - id: v
    roles: [victime]
    birth_date: 2008-01-01
    name: V.
    birth_date: 1990-01-01
  - {id: a, roles: [mis_en_cause]}
acts:
  - {id: a1, actor: a, target: v, kind: recruter, date: 2022-09-03, purposes: [proxenetisme]}
"""
JSON_CASE = """\
{
  "id": "doublon",
  "persons": [
    {"id": "v", "roles": ["victime"],
     "birth_date": "2008-01-01",
     "name": "V.",
      "birth_date": "1990-01-01"},
    {"id": "a", "roles": ["mis_en_cause"]}
  ],
  "acts": [{"id": "a1", "actor": "a", "target": "v", "kind": "recruter", "date": "2022-09-03"}]
}
"""


def _refused(load: Any, text: str) -> DuplicateKeyError:
    with pytest.raises(DuplicateKeyError) as err:
        load(text)
    return err.value


# --- JSON ----------------------------------------------------------------------------------------


def test_json_duplicate_in_a_list_of_persons_names_key_line_and_column() -> None:
    err = _refused(load_json, JSON_CASE)
    assert (err.path, err.key, err.line, err.column, err.first_line) == ("persons[0].birth_date", "birth_date", 7, 7, 5)
    assert str(err) == "clé « birth_date » en double, ligne 7, colonne 7 (première occurrence ligne 5)"


@pytest.mark.parametrize(
    ("text", "path", "line"),
    [
        ('{"id": "x",\n"id": "y"}', "id", 2),
        ('{"a": {"b": {"c": 1,\n\n "c": 2}}}', "a.b.c", 3),
        ('[{"k": 1}, {"k": 1, "j": [{"z": 0}, {"z": 0, "z": 1}]}]', "[1].j[1].z", 1),
        ('{"a": "\\"a\\": 1, \\"a\\": 2", "b": {}, "a": 3}', "a", 1),  # a key inside a string is no key
    ],
)
def test_json_duplicates_at_every_depth(text: str, path: str, line: int) -> None:
    err = _refused(load_json, text)
    assert (err.path, err.line) == (path, line)


def test_json_same_key_in_sibling_objects_is_fine() -> None:
    assert load_json('[{"id": 1}, {"id": 2}, {"x": {"id": 3}, "id": 4}]') == [{"id": 1}, {"id": 2}, {"x": {"id": 3}, "id": 4}]


# --- YAML ----------------------------------------------------------------------------------------


def test_yaml_duplicate_in_a_list_of_persons_names_key_line_and_column() -> None:
    err = _refused(load_yaml, YAML_CASE)
    assert (err.path, err.key, err.line, err.column, err.first_line) == ("persons[0].birth_date", "birth_date", 7, 5, 5)


@pytest.mark.parametrize(
    ("text", "path", "line", "column"),
    [
        ("id: x\ntitle: t\nid: y\n", "id", 3, 1),
        ("a:\n  b:\n    - {c: 1, d: 2, c: 3}\n", "a.b[0].c", 3, 20),
        ("a:\n  - x: 1\n  - y: 1\n    'y': 2\n", "a[1].y", 4, 5),  # quoted or not, the same key
        ("1: a\n0x1: b\n", "1", 2, 1),  # the same key once read
        ("base: &b {k: 1}\nm:\n  <<: *b\n  j: 2\n  j: 3\n", "m.j", 5, 3),  # explicit keys next to a merge
        ("m:\n  <<: {k: 1}\n  <<: {k: 2}\n", "m.<<", 3, 3),  # a merge key written twice
    ],
)
def test_yaml_duplicates_at_every_depth(text: str, path: str, line: int, column: int) -> None:
    err = _refused(load_yaml, text)
    assert (err.path, err.line, err.column) == (path, line, column)


def test_yaml_merge_keys_override_without_being_duplicates() -> None:
    text = "base: &b {k: 1, j: 1}\nother: &o {j: 2}\nm:\n  <<: [*b, *o]\n  k: 3\n"
    assert load_yaml(text)["m"] == {"k": 3, "j": 1}


def test_yaml_dates_stay_text_and_aliases_are_checked_once() -> None:
    assert load_yaml("d: 2008-01-01\na: &x {k: 1}\nb: *x\nc: *x\n") == {
        "d": "2008-01-01",
        "a": {"k": 1},
        "b": {"k": 1},
        "c": {"k": 1},
    }


# --- every entry point -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fmt", "where"), [(YAML_CASE, "yaml", "ligne 7, colonne 5"), (JSON_CASE, "json", "ligne 7, colonne 7")]
)
def test_api_parse_text_refuses_in_french(text: str, fmt: str, where: str) -> None:
    with pytest.raises(CaseInputError) as err:
        parse_text(text, fmt)
    assert err.value.problems == [
        ("persons[0].birth_date", f"clé « birth_date » en double, {where} (première occurrence ligne 5)")
    ]


@pytest.mark.parametrize(("name", "text"), [("doublon.yaml", YAML_CASE), ("doublon.json", JSON_CASE)])
def test_api_load_case_refuses(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(CaseInputError, match="clé « birth_date » en double, ligne 7"):
        load_case(tmp_path / name)


@pytest.mark.parametrize("command", ["classify", "explain"])
def test_cli_exits_2_with_the_key_and_line(tmp_path: Path, command: str) -> None:
    path = tmp_path / "doublon.yaml"
    path.write_text(YAML_CASE, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "engine.cli.main", command, str(path)], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert run.returncode == 2, run.stderr
    assert "Dossier invalide" in run.stderr and "clé « birth_date » en double, ligne 7, colonne 5" in run.stderr
    assert "Traceback" not in run.stderr and run.stdout == ""


def test_practical_case_file_with_a_duplicate_key_names_file_and_line(tmp_path: Path) -> None:
    from engine.training.cases import TrainingCaseError, load_training_cases

    source = next((ROOT / "training" / "cases").glob("cp01_*.yaml"))
    text = source.read_text(encoding="utf-8")
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("title:"))
    lines.insert(at + 1, "title: Un autre intitulé")
    (tmp_path / source.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(TrainingCaseError) as err:
        load_training_cases(get_engine().book, tmp_path)
    assert err.value.line == at + 2
    assert f"ligne {at + 2}) : title : clé « title » en double" in str(err.value)


@pytest.mark.parametrize(
    ("name", "text"), [("r.yaml", "principal: []\nprincipal: []\n"), ("r.json", '{"flags": [],\n"flags": []}')]
)
def test_answer_file_with_a_duplicate_key_is_refused(tmp_path: Path, name: str, text: str) -> None:
    from engine.cli.training import AnswerInputError, _structured_answer

    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(AnswerInputError, match=r"clé « .+ » en double, ligne 2"):
        _structured_answer(text, tmp_path / name)


# --- property: any case, any key written twice anywhere ---------------------------------------------


def _mappings(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        return [value] + [m for v in value.values() for m in _mappings(v)]
    if isinstance(value, list):
        return [m for v in value for m in _mappings(v)]
    return []


def _pairs(value: dict[str, Any], target: dict[str, Any], key: str, at: int) -> list[tuple[str, Any]]:
    pairs = list(value.items())
    if value is target:
        pairs.insert(at, (key, value[key]))
    return pairs


def _json(value: Any, target: dict[str, Any], key: str, at: int) -> str:
    if isinstance(value, dict):
        items = [f"{json.dumps(k)}: {_json(v, target, key, at)}" for k, v in _pairs(value, target, key, at)]
        return "{\n" + ",\n".join(items) + "\n}"
    if isinstance(value, list):
        return "[" + ", ".join(_json(v, target, key, at) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def _node(value: Any, target: dict[str, Any], key: str, at: int, flow: bool) -> yaml.Node:
    if isinstance(value, dict):
        pairs = [
            (yaml.ScalarNode("tag:yaml.org,2002:str", k), _node(v, target, key, at, flow))
            for k, v in _pairs(value, target, key, at)
        ]
        return yaml.MappingNode("tag:yaml.org,2002:map", pairs, flow_style=flow)
    if isinstance(value, list):
        return yaml.SequenceNode("tag:yaml.org,2002:seq", [_node(v, target, key, at, flow) for v in value], flow_style=flow)
    node: yaml.Node = yaml.SafeDumper(None).represent_data(value)
    return node


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases().filter(_valid), st.data(), st.sampled_from(["json", "yaml", "yaml-flow"]))
def test_any_case_with_a_key_written_twice_is_refused_naming_it(data: dict[str, Any], pick: st.DataObject, fmt: str) -> None:
    target = pick.draw(st.sampled_from(_mappings(data)))
    key = pick.draw(st.sampled_from(list(target)))
    at = pick.draw(st.integers(list(target).index(key) + 1, len(target)))
    if fmt == "json":
        text = _json(data, target, key, at)
    else:
        text = yaml.serialize(_node(data, target, key, at, fmt == "yaml-flow"), Dumper=yaml.SafeDumper, allow_unicode=True)
    with pytest.raises(CaseInputError) as err:
        parse_text(text, fmt[:4])
    ((path, message),) = err.value.problems
    assert path.rsplit(".", 1)[-1] == key and f"clé « {key} » en double, ligne " in message
    dup = _refused(lambda t: load_json(t) if fmt == "json" else load_yaml(t), text)
    quoted = json.dumps(key) if fmt == "json" else key
    assert text.splitlines()[dup.line - 1][dup.column - 1 :].startswith(quoted)  # line and column point at the key
    assert text.splitlines()[dup.first_line - 1].count(quoted) >= 1
