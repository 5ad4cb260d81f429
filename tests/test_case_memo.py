"""engine/reasoning/case_memo.py: made once per case inside a classification, afresh outside; the facts each act
gives by itself are the same with the memo as without, and a copy each time (a caller's change stays its own)."""

from __future__ import annotations

import sys
from pathlib import Path

from engine.api import canonical, get_engine, parse_case
from engine.reasoning import case_memo
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
