"""The victim's age is read on the acts that meet each offence's defining element (C. pén. 112-1): an act of another
kind added to the pair, on another day, never changes the age an offence reads (relecture juridique 2, F3)."""

from __future__ import annotations

from typing import Any

import pytest

from engine.api import classify_dict

PERSONS = [
    {"id": "v", "birth_date": "2007-06-01", "roles": ["victime"]},  # 15 on 01/06/2022
    {"id": "p", "birth_date": "2003-01-01", "roles": ["mis_en_cause"]},
]
SEXUAL = {"id": "s1", "actor": "p", "target": "v", "kind": "acte_sexuel_sans_penetration"}
OFFENCES = ("222-29-1", "222-29-2", "227-25", "227-27")
WORDS = ("quinze ans", "mineur", "majeur")


def _facts(node: Any) -> list[Any]:
    return [*node.facts, *(f for child in node.children for f in _facts(child))]


def _ages(acts: list[dict[str, Any]]) -> dict[str, tuple[Any, ...]]:
    """Each sexual offence's status, period and the age facts its elements read."""
    case = {
        "id": "c",
        "persons": PERSONS,
        "acts": acts,
        "knowledge": [{"person": "p", "about": "v", "knew_minor": True, "knew_under_15": True}],
    }
    out = {}
    for q in classify_dict(case).qualifications:
        if q.article in OFFENCES and q.perpetrator == "p":
            read = sorted({(f.sentence, f.value) for f in _facts(q.explanation) if any(w in f.sentence for w in WORDS)})
            out[q.article] = (q.status, q.period_start, q.period_end, tuple(read))
    return out


@pytest.mark.parametrize("sexual_day", ["2022-03-01", "2022-10-01"])
@pytest.mark.parametrize(
    ("kind", "day", "end"),
    [
        ("tirer_profit_prostitution", "2022-01-01", "2022-12-31"),  # lasting across the 15th birthday
        ("tirer_profit_prostitution", "2021-01-01", None),  # before, when she was 13
        ("recruter", "2023-01-01", None),  # after
        ("inciter_acte_sexuel", "2022-01-15", None),
    ],
)
def test_an_act_of_another_kind_never_changes_the_age_an_offence_reads(
    sexual_day: str, kind: str, day: str, end: str | None
) -> None:
    alone = _ages([{**SEXUAL, "date": sexual_day}])
    other = {"id": "o1", "actor": "p", "target": "v", "kind": kind, "date": day, "place": "france"}
    if end:
        other["end_date"] = end
    if kind == "recruter":
        other["purposes"] = ["exploitation_sexuelle"]
    if kind == "inciter_acte_sexuel":
        other["electronic_means"] = True
    assert _ages([{**SEXUAL, "date": sexual_day}, other]) == alone


def test_the_reviewer_case_c13b() -> None:
    """A sexual act on 01/10/2022 (she is 15), the procuring from 01/01/2022 (she is 14): the age is that of the act."""
    ages = _ages(
        [
            {**SEXUAL, "date": "2022-10-01"},
            {
                "id": "o1",
                "actor": "p",
                "target": "v",
                "kind": "tirer_profit_prostitution",
                "date": "2022-01-01",
                "end_date": "2022-12-31",
                "place": "france",
            },
        ]
    )
    assert {a: s[0] for a, s in ages.items()} == {
        "222-29-1": "excluded",
        "222-29-2": "excluded",
        "227-25": "excluded",
        "227-27": "to_establish",
    }
