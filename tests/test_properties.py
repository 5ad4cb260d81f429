"""Property tests (hypothesis): determinism, order independence, unknown is never false."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from typing import Any

from budget import examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.api import get_engine, parse_case
from engine.case.model import ActKind
from engine.law.vocabulary import vocabulary

TRI = st.sampled_from([True, False, None])
FLAGS = ["coercion", "abuse_of_vulnerability", "abuse_of_authority", "remuneration", "public_network", "knowingly"]
KINDS = [k.value for k in ActKind]


@st.composite
def cases(draw: st.DrawFn) -> dict[str, Any]:
    people = ["v1", "v2", "a", "b", "c"]
    persons = []
    for pid in people:
        p: dict[str, Any] = {"id": pid}
        if draw(st.booleans()):
            p["birth_date"] = draw(st.dates(dt.date(1970, 1, 1), dt.date(2010, 12, 31))).isoformat()
        for name in ("particular_vulnerability", "armed"):
            p[name] = draw(TRI)
        persons.append(p)
    acts = []
    for i in range(draw(st.integers(1, 8))):
        actor, target = draw(st.sampled_from(["a", "b", "c"])), draw(st.sampled_from(["v1", "v2"]))
        act: dict[str, Any] = {
            "id": f"x{i}",
            "actor": actor,
            "target": target,
            "kind": draw(st.sampled_from(KINDS)),
            "date": draw(st.dates(dt.date(2021, 5, 1), dt.date(2023, 3, 1))).isoformat(),
            "purposes": draw(st.sampled_from([[], ["proxenetisme"], ["aucune"]])),
        }
        for flag in FLAGS:
            act[flag] = draw(TRI)
        acts.append(act)
    knowledge = [{"person": "c", "about": "v1", "knew_minor": draw(TRI)}]
    relationships = [{"person": "a", "other": "v1", "authority": draw(TRI), "ascendant": draw(TRI)}]
    return {
        "id": "prop",
        "organised_gang": draw(TRI),
        "persons": persons,
        "acts": acts,
        "knowledge": knowledge,
        "relationships": relationships,
    }


def _valid(data: dict[str, Any]) -> bool:
    born = {p["id"]: p.get("birth_date") for p in data["persons"]}
    return (
        all(born[a["target"]] is None or born[a["target"]] <= a["date"] for a in data["acts"])
        and all(born[a["actor"]] is None or born[a["actor"]] <= a["date"] for a in data["acts"])
        and not any(a["kind"] == "remunerer_relations_sexuelles" and False for a in data["acts"])
    )


def _versions() -> dict[str, str]:
    """The version keys the compiler guards on (engine/law/versions.py picks them in a real run)."""
    return {f"v_{o.id}": o.versions[-1].id for o in get_engine().book.offences.values()}


def _statuses(data: dict[str, Any]) -> dict[tuple[str, str, str, str], str]:
    result = get_engine().classify(parse_case(data))
    return {(q.article, q.perpetrator, q.victim, q.mode): q.status for q in result.qualifications}


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(), st.randoms(use_true_random=False))
def test_same_facts_in_any_order_same_result(data: dict[str, Any], rnd: random.Random) -> None:
    if not _valid(data):
        return
    first = get_engine().classify(parse_case(data)).model_dump(mode="json")
    shuffled = {
        **data,
        "persons": rnd.sample(data["persons"], len(data["persons"])),
        "acts": rnd.sample(data["acts"], len(data["acts"])),
    }
    assert get_engine().classify(parse_case(shuffled)).model_dump(mode="json") == first


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(), st.data())
def test_forgetting_a_fact_never_creates_an_exclusion(data: dict[str, Any], pick: st.DataObject) -> None:
    if not _valid(data):
        return
    known = [(i, f) for i, a in enumerate(data["acts"]) for f in FLAGS if a[f] is not None]
    if not known:
        return
    i, flag = pick.draw(st.sampled_from(known))
    less = {**data, "acts": [dict(a) for a in data["acts"]]}
    less["acts"][i][flag] = None
    more_info, less_info = _statuses(data), _statuses(less)
    for key, status in less_info.items():
        if status == "excluded":
            assert more_info.get(key) == "excluded", (key, flag)
        if status == "established":
            assert more_info.get(key) == "established", (key, flag)


@settings(max_examples=examples(300), deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(vocabulary().facts)), st.booleans(), min_size=1, max_size=25))
def test_no_element_is_both_satisfied_and_contradicted(values: dict[str, bool]) -> None:
    """The rule data is consistent: no set of facts satisfies and contradicts the same element."""
    fact = {"t": "situation", "key": "p|v|consomme", "mode": "consomme", "date": 20220601, **_versions(), **values}
    firings = get_engine().runtime.run([fact])
    signs: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for f in firings:
        if f.meta.part != "established":
            signs[(f.meta.offence, f.meta.part, f.meta.part_id)].add(f.meta.polarity)
    both = [k for k, s in signs.items() if s == {"+", "-"}]
    assert not both, both


@settings(max_examples=examples(200), deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(vocabulary().facts)), st.booleans(), min_size=1, max_size=25))
def test_unknown_facts_fire_nothing(values: dict[str, bool]) -> None:
    """A rule fires only on facts that are present: dropping every fact drops every firing."""
    base = {"t": "situation", "key": "p|v|consomme", "mode": "consomme", "date": 20220601, **_versions()}
    firings = get_engine().runtime.run([{**base, **values}])
    assert all(f.meta.part == "established" or set(_facts(f.meta.pattern)) <= set(values) for f in firings)
    assert get_engine().runtime.run([base]) == []


def _facts(pattern: dict[str, Any]) -> list[str]:
    from engine.law.loader import pattern_facts

    return [f for f in pattern_facts(pattern) if not _only_nex(pattern, f)]


def _only_nex(pattern: dict[str, Any], fact: str) -> bool:
    nex = pattern.get("$nex", {})
    return fact in nex or any(fact in item.get("$nex", {}) for item in pattern.get("$and", []))


def test_property_facts_do_fire_rules() -> None:
    """Guards the two properties above against passing vacuously (no rule firing at all)."""
    fact = {
        "t": "situation",
        "key": "p|v|consomme",
        "mode": "consomme",
        "date": 20220601,
        **_versions(),
        "trafficking_act": True,
        "exploitation_purpose": True,
        "victim_minor": True,
        "sexual_penetration": True,
    }
    rules = {f.rule for f in get_engine().runtime.run([fact])}
    assert any(r.startswith("traite_225_4_1_ii_mineur@") and r.endswith("#etablie") for r in rules), sorted(rules)
