"""225-12-2 1° (« de façon habituelle ou à l'égard de plusieurs ») counts only paid relations from 05/03/2002, the
day 225-12-1 came into force: an earlier act was no offence and never makes a later one habitual (C. pén. 112-1)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from budget import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.api import classify_dict
from engine.law.vocabulary import vocabulary

CREATED = dt.date(2002, 3, 5)


def test_the_count_starts_with_the_offence_it_repeats() -> None:
    grounds = vocabulary().facts["habitual_or_several"].counts_acts_when
    vulnerable = ("victim_vulnerable_illness_deficiency_pregnancy",)
    assert grounds == ((("victim_minor",), ("knew_minor",), CREATED), (vulnerable, (), dt.date(2003, 3, 19)))


def test_each_ground_names_facts_the_engine_derives() -> None:
    from engine.reasoning.situations import derivations

    for facts, more, _ in vocabulary().facts["habitual_or_several"].counts_acts_when:
        assert {*facts, *more} <= set(derivations()), facts


def _case(first: dt.date, later: dt.date) -> dict[str, Any]:
    paid = {"actor": "c", "target": "v", "kind": "remunerer_relations_sexuelles", "place": "france"}
    acts = [{"id": "a1", **paid, "date": first.isoformat()}, {"id": "a2", **paid, "date": later.isoformat()}]
    persons = [
        {"id": "v", "roles": ["victime"], "birth_date": "1986-03-01"},
        {"id": "c", "roles": ["client"], "birth_date": "1960-01-01"},
    ]
    return {"id": "habitude", "persons": persons, "acts": acts, "knowledge": [{"person": "c", "about": "v", "knew_minor": True}]}


@settings(max_examples=examples(40), deadline=None)
@given(
    first=st.dates(dt.date(1995, 1, 1), dt.date(2003, 12, 31)),
    later=st.dates(dt.date(2002, 3, 5), dt.date(2004, 2, 29)),
)
def test_an_act_before_225_12_1_never_makes_the_habit(first: dt.date, later: dt.date) -> None:
    result = classify_dict(_case(first, later), today=dt.date(2026, 12, 4))
    for q in result.qualifications:
        if q.offence != "recours_prostitution_mineur_225_12_1" or q.status == "excluded":
            continue
        habit = next(a for a in q.aggravations if a.id == "habituel_ou_plusieurs")
        both_counted = first >= CREATED  # two paid acts, the same day or not
        assert (habit.status == "established") == both_counted, (first, later, q.period_start, habit.status)
