"""« Pourquoi cette question ? » comes from the rule files: which elements and circumstances read a case field."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.law.loader import load_rulebook
from engine.reasoning.fact_uses import FieldUses, field_facts, field_uses

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "rules" / "offences" / "cp_611-1_recours_contravention.yaml"
CONDITION = "satisfied_when: [{paid_for_sex: true, victim_prostitution: true}]"


@pytest.fixture(scope="module")
def shipped() -> FieldUses:
    return field_uses(load_rulebook())


def test_each_field_feeds_the_facts_its_reading_declares_and_those_derived_from_it() -> None:
    facts = field_facts()
    assert "means_coercion" in facts[("Act", "coercion")]  # declared in rules/facts.yaml (reading: {field: coercion})
    assert "sexual_violence_means" in facts[("Act", "coercion")]  # derived in situations.py: found by the probe
    assert {"knew_minor", "knew_under_15"} <= facts[("Knowledge", "knew_minor")]
    assert "exploitation_purpose" in facts[("Act", "purposes")]
    assert "armed" in facts[("Person", "armed")]


def test_a_condition_added_to_a_rule_file_makes_the_article_read_the_field(tmp_path: Path, shipped: FieldUses) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    assert CONDITION in text
    folder = tmp_path / "offences"
    folder.mkdir()
    (folder / SOURCE.name).write_text(
        text.replace(CONDITION, "satisfied_when: [{paid_for_sex: true, victim_prostitution: true, armed: true}]"),
        encoding="utf-8",
    )
    assert not any(u.article == "611-1" for u in shipped.of("Person", "armed"))
    uses = field_uses(load_rulebook(folder)).of("Person", "armed")
    assert [(u.article, u.part) for u in uses] == [("611-1", "element")]
    assert uses[0].valid_from.isoformat() == "2016-04-15" and uses[0].valid_to is None
    assert "relations sexuelles" in uses[0].label


def test_the_trafficking_of_a_minor_reads_the_purposes_of_an_act_in_each_of_its_versions(shipped: FieldUses) -> None:
    uses = shipped.of("Act", "purposes")
    trafficking = [u for u in uses if u.article == "225-4-1 II"]
    assert trafficking and all(u.part == "element" for u in trafficking)
    assert {u.article for u in uses} >= {"225-4-1 I", "225-4-1 II", "225-4-1"}  # the earlier wording, numbered as it was
    circumstances = shipped.of("Case", "organised_gang")
    assert circumstances and all(u.part == "aggravation" for u in circumstances)
