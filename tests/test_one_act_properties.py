"""Property: an offence whose elements hold on one same act (``one_act``) is assessed on that act's group alone.

Adding an act to a pair, of any kind and with any facts, never changes the elements or the status of such an
offence assessed on another group of the pair's acts (engine/reasoning/situations.py ``act_situations``): the
means, the nature, the remuneration and the dates of the other act are not those of this one (222-23 « Tout acte de
pénétration sexuelle … par violence, contrainte, menace ou surprise »).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from budget import examples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.api import get_engine, parse_case
from engine.kernel.result_model import Explanation, Qualification

TRI = st.sampled_from(["oui", "non", None])
DAYS = st.dates(dt.date(2019, 1, 1), dt.date(2023, 3, 31))
KINDS = [
    "acte_sexuel_penetration",
    "acte_sexuel_sans_penetration",
    "remunerer_relations_sexuelles",
    "imposer_atteinte_sexuelle_tiers_ou_soi",
    "violences",
    "menacer",
    "recruter",
    "heberger",
]


def _act(aid: str, kind: str, day: dt.date, facts: dict[str, Any], attempt: bool = False) -> dict[str, Any]:
    act = {"id": aid, "actor": "a", "target": "v", "kind": kind, "date": day.isoformat(), "attempt": attempt}
    act.update({k: v for k, v in facts.items() if v is not None})
    return act


def _fourteen_years_before(day: dt.date) -> dt.date:
    """The same day fourteen years earlier; a 29 February, the 28th of a year that has none."""
    return day.replace(year=day.year - 14, day=28) if (day.month, day.day) == (2, 29) else day.replace(year=day.year - 14)


@st.composite
def pairs(draw: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """A case with one sexual act ``b1`` of the pair, and another act ``x1`` of any kind and facts, not linked to it."""
    facts = st.fixed_dictionaries({"coercion": TRI, "surprise": TRI, "remuneration": TRI})
    base = _act("b1", draw(st.sampled_from(KINDS[:2])), draw(DAYS), draw(facts))
    other = _act("x1", draw(st.sampled_from(KINDS)), draw(DAYS), draw(facts), draw(st.booleans()))
    case = {
        "id": "propriete",
        "persons": [
            {"id": "a", "roles": ["mis_en_cause"], "birth_date": "1985-05-05"},
            {"id": "v", "roles": ["victime"], "birth_date": draw(DAYS.map(_fourteen_years_before))},
        ],
        "acts": [base],
        "knowledge": [{"person": "a", "about": "v", "knew_minor": draw(TRI), "knew_under_15": None}],
    }
    case["persons"][1]["birth_date"] = case["persons"][1]["birth_date"].isoformat()
    return case, {**case, "acts": [base, other]}


def _refs(node: Explanation) -> set[str]:
    return {e.ref for f in node.facts for e in f.evidence} | {r for c in node.children for r in _refs(c)}


def _on_base(quals: list[Qualification], one_act: frozenset[str]) -> dict[tuple[str, str], Qualification]:
    """The one_act qualifications resting on ``b1`` (completed acts), by offence and mode."""
    return {(q.offence, q.mode): q for q in quals if q.offence in one_act and "b1" in _refs(q.explanation)}


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs())
def test_another_act_never_changes_the_assessment_of_an_act(drawn: tuple[dict[str, Any], dict[str, Any]]) -> None:
    alone, beside = drawn
    engine = get_engine()
    one_act = frozenset(o.id for o in engine.book.offences.values() if o.one_act)
    before = _on_base(engine.classify(parse_case(alone)).qualifications, one_act)
    after = _on_base(engine.classify(parse_case(beside)).qualifications, one_act)
    for key, q in before.items():
        if q.mode != "consomme":
            continue
        later = after.get(key)
        assert later is not None, (key, sorted(after))
        if "x1" in _refs(later.explanation):
            continue  # the other act has the same facts of the act: one assessment of both (act_situations)
        got = (later.status, later.missing, later.excluded_by, later.period_start, later.period_end)
        assert got == (q.status, q.missing, q.excluded_by, q.period_start, q.period_end), (key, beside["acts"])


def test_fourteen_years_before_a_leap_day() -> None:
    assert _fourteen_years_before(dt.date(2020, 2, 29)) == dt.date(2006, 2, 28)
    assert _fourteen_years_before(dt.date(2021, 3, 1)) == dt.date(2007, 3, 1)
