"""The fact vocabulary (rules/facts.yaml) and its derivations (engine/reasoning/situations.py) agree."""

from __future__ import annotations

from engine.case.labels import ACT_LABELS
from engine.case.model import ActKind
from engine.law.vocabulary import vocabulary
from engine.reasoning.readings import readings
from engine.reasoning.situations import DERIVATIONS, derivations


def test_every_fact_has_a_derivation_and_back() -> None:
    assert set(vocabulary().facts) == set(derivations())


def test_a_fact_is_read_in_rules_or_derived_in_code_not_both() -> None:
    assert not set(readings()) & set(DERIVATIONS)


def test_every_act_kind_has_a_french_label() -> None:
    assert set(ACT_LABELS) == set(ActKind)


def test_sentences_name_both_persons_or_none() -> None:
    for fact in vocabulary().facts.values():
        assert fact.sentence(True, "A", "V") and fact.sentence(False, "A", "V")
        assert fact.sentence(None, "A", "V").startswith("inconnu")
