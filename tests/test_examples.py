"""Every example case gives its expected result, through the API and the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from engine.api import classify, load_case
from engine.kernel.result_model import Qualification, Result

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((EXAMPLES / "expected.yaml").read_text(encoding="utf-8"))


def _find(result: Result, spec: dict[str, Any]) -> list[Qualification]:
    mode = spec.get("mode", "consomme")
    return [
        q
        for q in result.qualifications
        if (q.article, q.perpetrator, q.victim, q.mode) == (spec["article"], spec["perpetrator"], spec["victim"], mode)
    ]


def test_every_example_has_expectations() -> None:
    files = {p.name for p in EXAMPLES.glob("*.yaml")} - {"expected.yaml"}
    assert len(files) >= 10
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example(name: str) -> None:
    result = classify(load_case(EXAMPLES / name))
    spec = EXPECTED[name]
    for item in spec.get("present", []):
        found = _find(result, item)
        assert len(found) == 1, f"{item} : {[(q.article, q.perpetrator, q.status) for q in result.qualifications]}"
        q = found[0]
        assert q.status == item["status"], f"{item['article']} : {q.status}, manque {q.missing}, exclue par {q.excluded_by}"
        established = {a.article for a in q.aggravations if a.status == "established"}
        assert set(item.get("aggravations", [])) <= established, established
        if "penalty" in item:
            assert q.penalty.summary == item["penalty"]
        if "nature" in item:
            assert q.nature == item["nature"]
        if "missing" in item:
            assert any(item["missing"] in m for m in q.missing), q.missing
        assert q.explanation.children, "every qualification carries its explanation tree"
    for item in spec.get("absent", []):
        assert not _find(result, item), item
    for item in spec.get("not_established_aggravations", []):
        q = _find(result, item)[0]
        assert all(a.status != "established" for a in q.aggravations if a.article == item["aggravation"])
    for code in spec.get("warnings", []):
        assert code in {w.code for w in result.warnings}
    for item in spec.get("principal", []):
        p = next(p for p in result.principal if p.victim == item["victim"])
        assert (p.article, p.status) == (item["article"], item["status"]), p.reason
        for text in item.get("toward", []):
            assert any(text in m for step in p.toward_more_protective for m in step.missing + step.excluded_by), text
    for what in ("flags", "rights"):
        got = {(i.kind, i.person): i for i in getattr(result, what)}
        for item in spec.get(what, []):
            key = (item["kind"], item["person"])
            if item.get("absent"):
                assert key not in got, key
                continue
            assert key in got, f"{key} absent ; obtenus : {sorted(got)}"
            assert got[key].status == item["status"], got[key].explanation.claim
    for item in list(result.flags) + list(result.rights):
        assert item.sources and item.explanation.claim, "every flag and right cites a source"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "engine.cli.main", *args], capture_output=True, text=True, cwd=ROOT, timeout=120)


def test_cli_classify_json_matches_api() -> None:
    run = _cli("classify", "examples/mineure_16_ans_reseau.yaml", "--format", "json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    api = classify(load_case(EXAMPLES / "mineure_16_ans_reseau.yaml")).model_dump(mode="json")
    assert data == api


def test_cli_explain_text_cites_articles_and_facts() -> None:
    run = _cli("explain", "examples/oncle_niece_15_ans.yaml")
    assert run.returncode == 0, run.stderr
    assert "225-4-1 II" in run.stdout and "texte : «" in run.stdout and "← acte a1" in run.stdout


def test_cli_broken_file_exits_2_in_french(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "id: x\npersons:\n  - {id: v, birth_date: 2010-01-01}\nacts:\n"
        "  - {id: a1, actor: z, target: v, kind: recruter, date: 2009-01-01}\n",
        encoding="utf-8",
    )
    run = _cli("classify", str(bad))
    assert run.returncode == 2
    assert "acts[0].actor" in run.stderr and "n'existe pas" in run.stderr
    assert "antérieur à la naissance" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize(
    ("content", "suffix", "needle"),
    [
        ("id: [unclosed", ".yaml", "YAML invalide"),
        ('{"id": ', ".json", "JSON invalide"),
        ("id: x", ".txt", "format de fichier non reconnu"),
        ("- a\n- b", ".yaml", "doit être un objet"),
        ("id: x\nperiod_start: 2022-02-30\npersons: [{id: v}]", ".yaml", "period_start : date invalide"),
    ],
)
def test_cli_unreadable_inputs(tmp_path: Path, content: str, suffix: str, needle: str) -> None:
    f = tmp_path / f"case{suffix}"
    f.write_text(content, encoding="utf-8")
    run = _cli("classify", str(f))
    assert run.returncode == 2 and needle in run.stderr and "Traceback" not in run.stderr


def test_cli_missing_file_and_bad_date() -> None:
    run = _cli("classify", "nope.yaml")
    assert run.returncode == 2 and "fichier illisible" in run.stderr
    run = _cli("classify", "examples/client_majeure.yaml", "--date", "2022-13-01")
    assert run.returncode == 2 and "date invalide" in run.stderr


def test_cli_schema_and_rules() -> None:
    schema = json.loads(_cli("schema").stdout)
    assert "persons" in schema["properties"] and "acts" in schema["properties"]
    rules = json.loads(_cli("rules", "--format", "json").stdout)
    articles = {r["article"] for r in rules["rules"]}
    assert {"225-4-1 I", "225-4-1 II", "225-5", "225-6", "225-10", "225-12-1 al. 2", "225-12-1 al. 1", "611-1"} <= articles
