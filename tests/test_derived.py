"""Facts read on the other qualifications of the case (rules/facts.yaml ``from_qualifications``)."""

from __future__ import annotations

from typing import Any

import pytest

from engine.api import classify_dict
from engine.kernel.errors import RuleFileError
from engine.law.vocabulary import FactDef
from engine.reasoning.derived import _spec

PERSONS = [
    {"id": "v", "birth_date": "2008-01-01", "roles": ["victime"]},
    {"id": "a", "birth_date": "2004-01-01", "roles": ["mis_en_cause"]},
]
NO_LINK = [{"person": "a", "other": "v", "ascendant": False, "kin": False, "kin_partner": False}]


def _status(acts: list[dict[str, Any]], article: str, day: str | None = None, **extra: Any) -> str:
    """The status of ``article`` for ``a``; ``day``: the one whose period starts that day (one per act, ``one_act``)."""
    case = {"id": "c", "persons": PERSONS, "acts": acts, "relationships": NO_LINK, **extra}
    case.setdefault("knowledge", [{"person": "a", "about": "v", "knew_under_15": True}])
    result = classify_dict(case)
    found = [q for q in result.qualifications if q.article == article and q.perpetrator == "a"]
    (q,) = [q for q in found if day is None or (q.period_start and q.period_start.isoformat() == day)]
    return q.status


def _contact(**fields: Any) -> dict[str, Any]:
    return {
        "id": "a1",
        "actor": "a",
        "target": "v",
        "kind": "acte_sexuel_sans_penetration",
        "date": "2022-06-15",
        "remuneration": False,
        **fields,
    }


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"coercion": False, "surprise": False}, "established"),
        ({"surprise": False}, "established"),  # the assault only to establish: 227-25 holds, subsidiary (F2)
        ({"coercion": True}, "excluded"),
    ],
)
def test_the_carve_out_reads_the_qualification_of_the_same_facts(fields: dict[str, Any], expected: str) -> None:
    assert _status([_contact(**fields)], "227-25") == expected


def test_a_finding_prevails_over_the_qualification_read() -> None:
    findings = [{"perpetrator": "a", "victim": "v", "fact": "constitutes_rape_or_assault", "value": False}]
    assert _status([_contact()], "227-25", findings=findings) == "established"


def test_an_offence_of_another_period_is_not_the_same_facts() -> None:
    """A sexual assault in 2022 does not exclude the atteinte sexuelle of 2021 (another period, another version)."""
    acts = [_contact(id="a0", date="2021-03-01", coercion=False, surprise=False), _contact(coercion=True)]
    persons = [PERSONS[0], {**PERSONS[1], "birth_date": "2002-06-01"}]
    result = classify_dict(
        {
            "id": "c",
            "persons": persons,
            "acts": acts,
            "relationships": NO_LINK,
            "knowledge": [{"person": "a", "about": "v", "knew_under_15": True}],
        }
    )
    by_start = {q.period_start.isoformat(): q.status for q in result.qualifications if q.article == "227-25"}
    assert by_start == {"2021-03-01": "established", "2022-06-15": "excluded"}


@pytest.mark.parametrize(
    "raw",
    [{}, {"families": []}, {"heavier_than": ["traite"]}, {"heavier_than": ["traite"], "knowledge": "nope"}, {"x": 1}],
)
def test_a_faulty_declaration_names_the_fact_and_its_line(raw: dict[str, Any]) -> None:
    fact = FactDef("f", "libellé", "oui", "non", False, None, 7, raw)
    with pytest.raises(RuleFileError) as err:
        _spec(fact, {"f", "knew"})
    assert "facts.yaml, ligne 7" in str(err.value) and "« f »" in str(err.value)


TRAFFICKING = [
    {"id": "m", "birth_date": "2006-03-12", "roles": ["victime"]},
    {"id": "t", "birth_date": "1980-01-01", "roles": ["mis_en_cause"]},
    {"id": "b", "birth_date": "1985-01-01", "roles": ["mis_en_cause"]},
]


def _trafficking(rapist: str, knew: bool | None) -> Any:
    acts = [
        {"id": "t1", "actor": "t", "target": "m", "kind": "recruter", "date": "2022-06-15", "purposes": ["proxenetisme"]},
        {"id": "r1", "actor": rapist, "target": "m", "kind": "acte_sexuel_penetration", "date": "2022-06-20", "coercion": True},
    ]
    knowledge = {"perpetrator": "t", "victim": "m", "fact": "knew_offences_against_victim", "value": knew}
    findings = [knowledge] if knew is not None else []
    result = classify_dict({"id": "c", "persons": TRAFFICKING, "acts": acts, "findings": findings})
    (q,) = [q for q in result.qualifications if q.article == "225-4-1 II" and q.perpetrator == "t"]
    (agg,) = [a for a in q.aggravations if a.article == "225-4-5"]
    return q, agg


@pytest.mark.parametrize(
    ("rapist", "knew", "status", "penalty"),
    [
        # his own violence is a means (225-4-2 II: 15 years); the rape is not punished longer, the incestuous rape
        # (20 years) is to be established
        ("t", None, "to_establish", "15 ans de réclusion criminelle, 1 500 000 € d'amende"),
        ("b", True, "established", "15 ans de réclusion criminelle"),
        ("b", None, "to_establish", "10 ans d'emprisonnement, 1 500 000 € d'amende"),
        ("b", False, "excluded", "10 ans d'emprisonnement, 1 500 000 € d'amende"),
    ],
)
def test_225_4_5_lends_the_penalty_of_the_offence_the_trafficker_knew_of(
    rapist: str, knew: bool | None, status: str, penalty: str
) -> None:
    q, agg = _trafficking(rapist, knew)
    assert (agg.status, q.penalty.summary) == (status, penalty)
    if status == "established":
        assert q.nature == "crime" and agg.penalty.summary == penalty and q.prescription is not None
        assert "crime" in q.prescription.explanation
    if status == "to_establish" and rapist == "b":
        assert any("222-23 (Viol) de b envers m : établie" in m for m in agg.missing), agg.missing


def test_requalification_reuses_only_what_would_be_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """After the facts read on the qualifications change, the offences that read none of them and fired the same keep
    the previous pass's result: the case gives what qualifying every offence again gives."""
    import datetime as dt
    import sys
    from pathlib import Path

    from engine.api import Engine, get_engine, parse_case

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    from corpus import typical_case

    engine, today = get_engine(), dt.date(2026, 1, 1)
    qualified: list[str] = []
    qualify_one = Engine._qualify_offence

    def counted(self: Engine, case: Any, sit: Any, offence: Any, *args: Any) -> Any:
        qualified.append(offence.id)
        return qualify_one(self, case, sit, offence, *args)

    monkeypatch.setattr(Engine, "_qualify_offence", counted)
    cases = [parse_case(typical_case(seed)) for seed in (10, 13, 115)]  # re-qualified: rape carve-out, 225-4-5
    partial = [engine.classify(c, today=today) for c in cases]
    calls = len(qualified)
    monkeypatch.setattr(Engine, "_fired_alike", lambda self, offence, sit, before, now: False)  # never the same
    qualified.clear()
    full = [engine.classify(c, today=today) for c in cases]
    assert full == partial
    assert calls < len(qualified)


def test_each_act_derives_only_the_facts_asked() -> None:
    from engine.api import canonical, get_engine, parse_case
    from engine.reasoning.situations import each_act

    acts = [
        {"id": "a1", "actor": "a", "target": "v", "kind": "heberger", "date": "2022-01-10"},
        {"id": "a2", "actor": "a", "target": "v", "kind": "tirer_profit_prostitution", "date": "2022-03-01"},
    ]
    case = canonical(parse_case({"id": "c", "persons": PERSONS, "acts": acts}))
    (sit,) = get_engine().situations(case)[:1]
    every = each_act(case, sit)
    asked = each_act(case, sit, frozenset({"trafficking_act", "profit_prostitution"}))
    assert [(a.id, set(v)) for a, v in asked] == [(a.id, {"trafficking_act", "profit_prostitution"}) for a, _ in every]
    assert [(a.id, {n: v[n] for n in ("trafficking_act", "profit_prostitution")}) for a, v in every] == [
        (a.id, v) for a, v in asked
    ]
    assert [v["trafficking_act"] for _, v in asked] == [True, None]


@pytest.mark.parametrize(("surprise", "expected"), [(False, "established"), (None, "established"), (True, "excluded")])
def test_a_rape_of_day_20_does_not_swallow_the_atteinte_of_day_1(surprise: bool | None, expected: str) -> None:
    """« Hors les cas de viol » read act by act: the rape rests on the coerced penetration of 20 June only; the contact
    of 1 June is judged on its own facts (its own means), not on the pair's flag that day 20 set: its surprise unknown,
    its assault is to establish and its atteinte holds meanwhile, subsidiary (F2), as for a contact alone."""
    acts = [
        _contact(date="2022-06-01", coercion=False, surprise=surprise),
        {**_contact(id="a2", date="2022-06-20", coercion=True), "kind": "acte_sexuel_penetration"},
    ]
    assert _status(acts, "222-23") == "established"
    assert _status(acts, "227-25", "2022-06-01") == expected


def test_225_4_5_heavier_penalty_to_establish_is_noted_in_the_summary() -> None:
    """The rape is known, its circumstance (armed, 222-24 7°: its use or threat to establish) not: the base penalty is
    lent, the heavier one is noted."""
    from engine.documents.render import render_summary

    persons = [
        {"id": "t", "birth_date": "1980-01-01", "roles": ["mis_en_cause"]},
        {"id": "b", "birth_date": "1985-01-01", "roles": ["mis_en_cause"], "armed": True},
        {"id": "w", "birth_date": "1980-01-01", "roles": ["victime"]},
    ]
    acts = [
        {"id": "t1", "actor": "t", "target": "w", "kind": "recruter", "date": "2022-06-15", "coercion": True},
        {"id": "r1", "actor": "b", "target": "w", "kind": "acte_sexuel_penetration", "date": "2022-06-15", "coercion": True},
    ]
    acts[0]["purposes"] = ["exploitation_sexuelle"]
    findings = [{"perpetrator": "t", "victim": "w", "fact": "knew_offences_against_victim", "value": True}]
    result = classify_dict({"id": "c", "persons": persons, "acts": acts, "findings": findings})
    (q,) = [q for q in result.qualifications if q.article == "225-4-1 I" and q.perpetrator == "t"]
    assert q.penalty.summary == "15 ans de réclusion criminelle"
    assert "225-4-5 : peine plus lourde à établir" in render_summary(result)


def _traite(persons: list[dict[str, Any]], acts: list[dict[str, Any]], knowledge: list[dict[str, Any]], **found: bool) -> Any:
    findings = [{"perpetrator": "t", "victim": "m", "fact": f, "value": v} for f, v in found.items()]
    result = classify_dict({"id": "c", "persons": persons, "acts": acts, "knowledge": knowledge, "findings": findings})
    (q,) = [q for q in result.qualifications if q.article == "225-4-1 II" and q.perpetrator == "t"]
    return q, result


T_P = [
    {"id": "t", "roles": ["mis_en_cause"], "birth_date": "1980-01-01"},
    {"id": "p", "roles": ["mis_en_cause"], "birth_date": "1986-01-01"},
]


def test_review2_c19_heavier_only_by_a_circumstance_to_establish_is_to_establish() -> None:
    """Relecture 2, c19: born « 2008 », recruited in March 2023: 225-7-1 of p to establish, so 225-4-5 too (not « non »)."""
    from engine.documents.render import render_summary

    persons = [*T_P, {"id": "m", "roles": ["victime"], "birth_date": "2008"}]
    acts = [
        {
            "id": "t1",
            "actor": "t",
            "target": "m",
            "kind": "recruter",
            "date": "2023-03-01",
            "purposes": ["exploitation_sexuelle"],
        },
        {"id": "p1", "actor": "p", "target": "m", "kind": "tirer_profit_prostitution", "date": "2023-04-01"},
    ]
    knowledge = [{"person": "p", "about": "m", "knew_under_15": True}]
    q, result = _traite(persons, acts, knowledge, knew_offences_against_victim=True, knew_circumstances_against_victim=True)
    (agg,) = [a for a in q.aggravations if a.article == "225-4-5"]
    assert agg.status == "to_establish"
    assert q.penalty.summary == "10 ans d'emprisonnement, 1 500 000 € d'amende"
    assert "circonstance 225-7-1 : à établir" in render_summary(result)


@pytest.mark.parametrize(("t_knew_age", "expected"), [(None, "15 ans de réclusion criminelle"), (True, "20 ans")])
def test_review2_c04_subsidiary_rape_is_not_lent(t_knew_age: bool | None, expected: str) -> None:
    """Relecture 2, c04 (and c03 for the age known by t himself): circumstances « non », 222-23-1 not lent beside 222-23."""
    persons = [
        *T_P,
        {"id": "c", "roles": ["client"], "birth_date": "1970-01-01", "armed": True},
        {"id": "m", "roles": ["victime"], "birth_date": "2008-01-01"},
    ]
    acts = [
        {
            "id": "t1",
            "actor": "t",
            "target": "m",
            "kind": "recruter",
            "date": "2022-03-01",
            "purposes": ["exploitation_sexuelle"],
        },
        {"id": "p1", "actor": "p", "target": "m", "kind": "tirer_profit_prostitution", "date": "2022-04-01"},
        {"id": "r1", "actor": "c", "target": "m", "kind": "acte_sexuel_penetration", "date": "2022-04-10", "coercion": True},
    ]
    knowledge = [{"person": w, "about": "m", "knew_under_15": True} for w in ("p", "c")]
    if t_knew_age:
        knowledge.append({"person": "t", "about": "m", "knew_under_15": True})
    q, _ = _traite(persons, acts, knowledge, knew_offences_against_victim=True, knew_circumstances_against_victim=False)
    assert q.penalty.summary.startswith(expected)


def test_the_terms_made_once_are_those_of_each_condition() -> None:
    """``_rests`` reads each element's conditions on their terms made once: the same as made afresh."""
    from engine.api import get_engine
    from engine.law.conditions import terms_of
    from engine.reasoning.derived import _terms

    for offence in get_engine().book.offences.values():
        for version in offence.versions:
            for e in version.elements:
                for alternatives in (e.satisfied_when, e.excluded_when or []):
                    assert _terms(alternatives) == terms_of(alternatives)
                    assert _terms(alternatives) is _terms(alternatives)


def test_the_heaviest_penalty_made_once_is_that_of_the_qualification() -> None:
    """``_top`` (which skips a qualification no penalty of which is heavier) gives within a classification what it
    gives afresh: the longest of the qualification's penalties."""
    from engine.reasoning import case_memo
    from engine.reasoning.derived import _prison, _top

    q, _ = _trafficking("b", True)
    expected = max(_prison(p) for p in (q.penalty, q.base_penalty, *(a.penalty for a in q.aggravations)))
    with case_memo.per_classification():
        assert _top(q) == _top(q) == expected == _top(q.model_copy())
    assert _top(q) == expected
