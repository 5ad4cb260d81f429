"""Several unknown facts in one alternative (``$nex`` each, engine/law/conditions.py ``expand_unknown``) are tested on
the situation the rule matched, not on another pair's situation of the same run (engine/reasoning/compiler.py
``_split``: the situation's ``$and`` is flat)."""

from __future__ import annotations

from typing import Any

from engine.api import classify_dict, get_engine
from engine.reasoning.compiler import _split

RULE = "atteinte_sexuelle_mineur_15_227_25@2021-04-23@consomme#sans_remuneration"
PERSONS = [
    {"id": "v", "birth_date": "2008-01-01", "roles": ["victime"]},
    {"id": "a", "birth_date": "2004-01-01", "roles": ["mis_en_cause"]},
    {"id": "c", "birth_date": "2004-06-01", "roles": ["client"]},
]


def _rules(node: dict[str, Any]) -> list[str]:
    out = [node["rule"]] if node.get("rule") else []
    return out + [r for child in node.get("children", []) for r in _rules(child)]


def _element_rule(result: Any, perpetrator: str) -> list[str]:
    (q,) = [q for q in result.qualifications if q.article == "227-25" and q.perpetrator == perpetrator]
    return [r for r in _rules(q.model_dump(mode="json")["explanation"]) if r.startswith(RULE)]


def test_unknown_facts_of_one_pair_do_not_fire_the_rule_for_a_paid_pair() -> None:
    """Two pairs in one run: « a »'s act, remuneration unknown, fires ``+3`` (both remuneration facts unknown); « c »
    paid for relations (both facts « oui », no unpaid act): the element is contradicted for « c » (``-0``), never
    satisfied by ``+3`` on « a »'s absent facts."""
    acts = [
        {"id": "a1", "actor": "a", "target": "v", "kind": "acte_sexuel_sans_penetration", "date": "2022-06-15"},
        {"id": "c1", "actor": "c", "target": "v", "kind": "remunerer_relations_sexuelles", "date": "2022-06-20"},
    ]
    knowledge = [{"person": p, "about": "v", "knew_under_15": True} for p in ("a", "c")]
    result = classify_dict({"id": "deux-couples", "persons": PERSONS, "acts": acts, "knowledge": knowledge})
    assert _element_rule(result, "a") == [f"{RULE}+3"]
    assert _element_rule(result, "c") == [f"{RULE}-0"]


def test_no_compiled_situation_pattern_nests_an_and() -> None:
    for name, rule in get_engine().compiled.ruleset.items():
        for condition in rule["all"]:
            for items in condition.values():
                nested = [i for i in items.get("$and", []) if "$and" in i]
                assert not nested, name


def test_split_lifts_nested_and_items() -> None:
    pattern = {"a": True, "$and": [{"$nex": {"b": 1}}, {"$nex": {"c": 1}}]}
    assert _split(pattern) == [{"a": True}, {"$nex": {"b": 1}}, {"$nex": {"c": 1}}]
