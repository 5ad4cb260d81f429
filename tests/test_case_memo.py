"""engine/reasoning/case_memo.py: made once per case inside a classification, afresh outside; the facts each act
gives by itself are the same with the memo as without, and a copy each time (a caller's change stays its own)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from engine.api import canonical, get_engine, parse_case
from engine.case.dates import MONTH, PartialDate
from engine.reasoning import case_memo
from engine.reasoning.evidence import act_evidence
from engine.reasoning.situations import each_act

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from corpus import typical_file


def test_once_inside_afresh_outside() -> None:
    case = canonical(parse_case(typical_file(3)))
    made: list[int] = []

    def make() -> int:
        made.append(1)
        return len(made)

    assert case_memo.once(case, ("k",), make) == 1
    assert case_memo.once(case, ("k",), make) == 2  # no memo outside a classification
    with case_memo.per_classification():
        assert case_memo.once(case, ("k",), make) == 3
        assert case_memo.once(case, ("k",), make) == 3
        assert case_memo.once(case, ("other",), make) == 4
        other = canonical(parse_case(typical_file(4)))
        assert case_memo.once(other, ("k",), make) == 5  # another case, its own entry
    assert case_memo.once(case, ("k",), make) == 6  # the memo ends with the classification


def test_each_act_same_with_memo_and_copied() -> None:
    engine = get_engine()
    for seed in range(12):
        case = canonical(parse_case(typical_file(seed)))
        for sit in engine.situations(case):
            alone = each_act(case, sit)
            with case_memo.per_classification():
                first = each_act(case, sit)
                for _, values in first:
                    values["victim_minor"] = "changed"  # type: ignore[assignment]
                again = each_act(case, sit)
            assert [(a.id, v) for a, v in again] == [(a.id, v) for a, v in alone]


def test_each_act_same_whichever_sets_of_facts_asked_before() -> None:
    """Each fact of an act is derived once per classification, whatever set asks first: every set gets the facts it
    would get alone, only those, in the same order."""
    engine = get_engine()
    sets = [engine.one_act_defining, engine.conduct_facts, None, frozenset({"victim_minor", "sexual_penetration"})]
    for seed in range(8):
        case = canonical(parse_case(typical_file(seed)))
        for sit in engine.situations(case):
            alone = {facts: [(a.id, list(v.items())) for a, v in each_act(case, sit, facts)] for facts in sets}
            for order in (sets, sets[::-1]):
                with case_memo.per_classification():
                    for facts in order:
                        assert [(a.id, list(v.items())) for a, v in each_act(case, sit, facts)] == alone[facts]


def test_act_evidence_shared_within_a_classification_by_its_written_date() -> None:
    """The evidence of an act is made once per classification; a date of a month, equal to its first day, is written
    as the month."""
    act = canonical(parse_case(typical_file(3))).acts[0]
    day, month = (
        act.model_copy(update={"date": dt.date(2023, 3, 1)}),
        act.model_copy(update={"date": PartialDate(2023, 3, 1, MONTH)}),
    )
    outside = act_evidence(day), act_evidence(month, " (x)")
    with case_memo.per_classification():
        inside = act_evidence(day), act_evidence(month, " (x)")
        assert act_evidence(day) is inside[0]
    assert inside == outside
    assert "du 01/03/2023" in inside[0].text and "de mars 2023 : " in inside[1].text and inside[1].text.endswith(" (x)")
