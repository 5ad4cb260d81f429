"""« Pourquoi cette question ? » comes from the rule files: which elements and circumstances read a case field."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.law.loader import load_rulebook
from engine.reasoning.fact_uses import FieldUses, field_facts, field_uses

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "rules" / "offences" / "cp_611-1_recours_contravention.yaml"
CONDITION = "satisfied_when: [{paid_for_sex: true}]"


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
        text.replace(CONDITION, "satisfied_when: [{paid_for_sex: true, armed: true}]"),
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


def test_a_field_that_counts_only_beside_another_is_found_with_it(shipped: FieldUses) -> None:
    """222-22-3 3°: the partner of an ascendant or kin counts only with authority over the victim."""
    assert "incestuous_relation" in field_facts()[("Relationship", "kin_partner")]
    articles = {u.article for u in shipped.of("Relationship", "kin_partner")}
    assert {"222-23-2", "222-29-3"} <= articles


def test_fields_read_only_by_the_protection_stage_name_its_flags_and_rights(shipped: FieldUses) -> None:
    rights = shipped.protection_of("Person", "foreign_national")
    assert {u.rule for u in rights} >= {"right_residence_permit", "right_exit_prostitution_permit"}
    assert all(u.refs and u.label for u in rights)
    assert any("L425-4" in ref for u in rights for ref in u.refs)
    assert [u.rule for u in shipped.protection_of("Person", "exit_programme")] == ["right_exit_prostitution_permit"]
    assert not shipped.of("Person", "foreign_national")  # no offence reads it: only the rights do
    assert not shipped.protection_of("Act", "coercion")  # read by offences, not by the stage-2 person facts


def test_the_entry_form_names_the_rights_a_protection_only_question_serves() -> None:
    from ui.form import why_text

    text = why_text("Person", "foreign_national", "fr")
    assert text.startswith("Signalements et droits de la victime qui lisent ce fait")
    assert "- droit : " in text and "CESEDA, art. L425-4" in text
    assert "Articles, éléments" not in text  # no offence reads it
    english = why_text("Person", "foreign_national", "en")
    assert english.startswith("Flags and victim's rights") and "- right : " in english
    assert why_text("Relationship", "family", "fr") == "Aucun article, signalement ni droit encodé ne lit ce fait à ce jour."
