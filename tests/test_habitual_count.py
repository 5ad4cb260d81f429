"""225-12-2 1° (« de façon habituelle ou à l'égard de plusieurs ») counts only paid relations from 05/03/2002, the
day 225-12-1 came into force: an earlier act was no offence and never makes a later one habitual; nor does a later act
aggravate an offence already committed (C. pén. 112-1)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from budget import examples
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.api import classify_dict
from engine.law.vocabulary import vocabulary

CREATED = dt.date(2002, 3, 5)


def test_the_count_starts_with_the_offence_it_repeats() -> None:
    grounds = vocabulary().facts["habitual_or_several"].counts_acts_when
    first = grounds[0]
    assert (first.facts, first.with_another_person, first.since) == (("victim_minor",), ("knew_minor",), CREATED)
    assert min(g.since for g in grounds) == CREATED


def test_each_ground_names_facts_the_engine_derives() -> None:
    from engine.reasoning.situations import derivations

    for g in vocabulary().facts["habitual_or_several"].counts_acts_when:
        assert {*g.facts, *g.with_another_person} <= set(derivations()), g


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
        assert q.period_end is not None
        # two paid acts, the same day or not, both offences, neither after the acts qualified (112-1)
        both_counted = first >= CREATED and max(first, later) <= q.period_end
        assert (habit.status == "established") == both_counted, (first, later, q.period_start, habit.status)


def test_a_malformed_ground_is_refused_in_french_naming_the_fact_and_key(tmp_path: Path) -> None:
    from engine.kernel.errors import RuleFileError

    path = tmp_path / "facts.yaml"
    path.write_text(
        'f:\n  label: l\n  oui: "o"\n  non: "n"\n  counts_acts_when:\n    - {facts: [victim_minor], from: hier}\n',
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError) as err:
        vocabulary(path)
    assert "f : counts_acts_when" in str(err.value) and "« from » doit être une date" in str(err.value)
