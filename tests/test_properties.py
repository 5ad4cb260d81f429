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
from engine.kernel.errors import CaseInputError
from engine.law.vocabulary import vocabulary
from engine.reasoning.situations import build_situations

TRI = st.sampled_from([True, False, None])
FLAGS = [
    "coercion",
    "abuse_of_vulnerability",
    "abuse_of_authority",
    "remuneration",
    "public_network",
    "network_contact",
    "knowingly",
]
KINDS = [k.value for k in ActKind]


@st.composite
def cases(draw: st.DrawFn) -> dict[str, Any]:
    people = ["v1", "v2", "a", "b", "c"]
    persons = []
    for pid in people:
        p: dict[str, Any] = {"id": pid, "roles": ["victime" if pid.startswith("v") else "mis_en_cause"]}
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
        earlier = [a["id"] for a in acts if a["target"] == target]  # the same facts: an act toward the same person
        if earlier and draw(st.booleans()):
            act["same_facts_as"] = draw(st.sampled_from(earlier))
        act["co_actors"] = draw(st.sampled_from([None, [], *[[o] for o in ("a", "b", "c") if o != actor]]))
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
    dated = all(born[a["target"]] is None or born[a["target"]] <= a["date"] for a in data["acts"]) and all(
        born[a["actor"]] is None or born[a["actor"]] <= a["date"] for a in data["acts"]
    )
    try:  # e.g. « alone » (co_actors: []) and the same facts as another person's act: refused
        parse_case(data)
    except CaseInputError:
        return False
    return dated


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
    from engine.law.conditions import pattern_facts

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


def _elements(data: dict[str, Any], actor: str, target: str) -> dict[tuple[str, str, str, str], Any]:
    """Status, missing elements, exclusions and circumstances of every qualification of a pair without ``actor``
    and without ``target``."""
    result = get_engine().classify(parse_case(data))
    return {
        (q.article, q.perpetrator, q.victim, q.mode): (
            q.status,
            q.missing,
            q.excluded_by,
            [(a.article, a.status) for a in q.aggravations],
        )
        for q in result.qualifications
        if q.perpetrator != actor and q.victim != target
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(), st.data())
def test_a_fact_added_to_one_act_never_changes_another_pairs_elements(data: dict[str, Any], pick: st.DataObject) -> None:
    """Facts are read on the act they concern: what one act says never reaches a pair that shares neither its
    author nor the person it targets."""
    if not _valid(data):
        return
    i = pick.draw(st.integers(0, len(data["acts"]) - 1))
    flag, value = pick.draw(st.sampled_from(FLAGS)), pick.draw(st.booleans())
    more = {**data, "acts": [dict(a) for a in data["acts"]]}
    more["acts"][i][flag] = value
    x = data["acts"][i]
    assert _elements(more, x["actor"], x["target"]) == _elements(data, x["actor"], x["target"]), (flag, value, x["id"])


REMUNERATED = ("penetration_remunerated", "sexual_contact_remunerated", "sexual_act_remunerated")
SEXUAL_KINDS = {"acte_sexuel_penetration", "acte_sexuel_sans_penetration", "imposer_atteinte_sexuelle_tiers_ou_soi"}
CONTACT_KINDS = set(vocabulary().facts["network_contact"].reading["fields"][1]["acts"])  # the acts of a contact


def _derived(data: dict[str, Any], names: tuple[str, ...]) -> dict[str, tuple[bool | None, ...]]:
    case = parse_case(data)
    return {s.key: tuple(s.values[n] for n in names) for s in build_situations(case)}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(), st.data())
def test_remuneration_of_another_act_never_reaches_the_sexual_act(data: dict[str, Any], pick: st.DataObject) -> None:
    """Remuneration on an act that is neither sexual, nor paid relations, nor linked to another act (``same_facts_as``)
    never changes whether a sexual act was committed in exchange for remuneration (222-23-1 al. 2, 222-29-2 al. 2)."""
    linked = {a["id"] for a in data["acts"] if a.get("same_facts_as")} | {
        a["same_facts_as"] for a in data["acts"] if a.get("same_facts_as")
    }
    free = [i for i, a in enumerate(data["acts"]) if a["kind"] not in SEXUAL_KINDS and a["id"] not in linked]
    if not _valid(data) or not free:
        return
    i, value = pick.draw(st.sampled_from(free)), pick.draw(st.booleans())
    more = {**data, "acts": [dict(a) for a in data["acts"]]}
    more["acts"][i]["remuneration"] = value
    assert _derived(more, REMUNERATED) == _derived(data, REMUNERATED)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(), st.data())
def test_a_network_used_for_announcements_is_no_contact(data: dict[str, Any], pick: st.DataObject) -> None:
    """``public_network`` on an act other than a contact (announcements, harbouring, profit…) never makes the victim
    « mise en contact avec l'auteur grâce à un réseau » (225-4-2 I 3°, 222-24 8°, 227-26 4°…)."""
    other = [i for i, a in enumerate(data["acts"]) if a["kind"] not in CONTACT_KINDS]
    if not _valid(data) or not other:
        return
    i, value = pick.draw(st.sampled_from(other)), pick.draw(st.booleans())
    more = {**data, "acts": [dict(a) for a in data["acts"]]}
    more["acts"][i]["public_network"] = value
    assert _derived(more, ("network_contact",)) == _derived(data, ("network_contact",))
