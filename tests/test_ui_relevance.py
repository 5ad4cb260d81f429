"""[5/7] The entry form asks only what a rule reads: each question shown is read by an element, a circumstance or
a protection rule (derived from the rule files, engine/reasoning/fact_uses.py), and each field a rule reads is
asked for the natures of act it is read on; the statements' questions have an English label."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the ui package

from engine.case.model import ActKind  # noqa: E402
from engine.law.vocabulary import vocabulary  # noqa: E402
from engine.reasoning.fact_uses import fact_readers  # noqa: E402
from ui import draft as b  # noqa: E402
from ui import service  # noqa: E402

KINDS = [k.value for k in ActKind]
ACT_FIELDS = list(service.act_questions(None))


@pytest.mark.parametrize("kind", KINDS)
def test_every_act_question_shown_is_read_by_a_rule(kind: str) -> None:
    for field in service.act_questions(kind):
        assert service.is_read("Act", field), f"{kind} : {field} affiché, mais aucune règle ne le lit"


def test_every_act_field_a_rule_reads_is_asked_for_some_nature_and_every_declared_nature() -> None:
    read = [name for name in service.MODELS["Act"].model_fields if service.is_read("Act", name)]
    assert read and sorted(read) == sorted(ACT_FIELDS)
    readers = fact_readers(service.rulebook())
    for fact in vocabulary().facts.values():  # a reading of rules/facts.yaml naming an act field, on the natures it lists
        raw = fact.reading or {}
        if fact.name not in readers or "person" in raw or "relation" in raw:
            continue
        for item in raw.get("fields") or ([{"field": raw["field"], "acts": raw.get("acts")}] if "field" in raw else []):
            for kind in item.get("acts") or KINDS:
                assert item["field"] in service.act_questions(kind), f"{fact.name} lit {item['field']} sur {kind}"


def test_the_questions_asked_first_agree_with_the_derivation() -> None:
    """The hand-written order of ui/draft.py (ACT_FIELDS_BY_GROUP) names only fields a rule reads on those natures."""
    for group, fields in b.ACT_FIELDS_BY_GROUP.items():
        for kind in group:
            missing = [f for f in (*b.COMMON_ACT_FIELDS, *fields) if f not in service.act_questions(kind)]
            assert not missing, f"{kind} : {missing} demandés d'abord, mais aucune règle ne les lit sur cette nature"


def test_questions_no_rule_reads_for_a_nature_are_not_asked_for_it() -> None:
    assert [k for k in KINDS if "penetration" in service.act_questions(k)] == ["remunerer_relations_sexuelles"]
    assert [k for k in KINDS if "imposed_penetration" in service.act_questions(k)] == ["imposer_atteinte_sexuelle_tiers_ou_soi"]
    message = {"message_nature", "message_perceivable_by_minor", "age_declaration_access"}
    assert all((k == "diffuser_message_pornographique_violent") == (message <= set(service.act_questions(k))) for k in KINDS)
    q = service.act_questions
    assert "remuneration" not in q("remunerer_relations_sexuelles")  # paid by its nature
    assert "remuneration" in q("recruter") and "remuneration" in q("acte_sexuel_penetration")
    assert "surprise" not in q("recruter") and "surprise" in q("acte_sexuel_sans_penetration")
    assert "endangered_life" not in service.act_questions("violences")  # a violence is itself « violences commises »


@pytest.mark.parametrize("model", ["Case", "Person", "Relationship", "Knowledge"])
def test_every_other_fact_question_is_read_but_the_family_link(model: str) -> None:
    unread = [f for f in service.tri_fields(model) if not service.is_read(model, f)]
    assert unread == (["family"] if model == "Relationship" else [])


def test_every_question_a_statement_may_bear_on_has_an_english_label() -> None:
    facts = vocabulary().facts
    english = service.questions("en")
    assert set(english) == set(service.questions("fr")) == set(facts)
    missing = [name for name in english if not facts[name].label_en]
    assert not missing, f"ajouter label_en à rules/facts.yaml : {missing}"
    assert english["knew_minor"] == "the perpetrator knew the victim was a minor"
    assert service.questions("fr")["knew_minor"] == "connaissance par l'auteur de la minorité de la victime"
    assert list(english) == sorted(english, key=lambda n: english[n].lower())  # ordered by the English label
