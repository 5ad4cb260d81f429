"""engine/reasoning/situations.py made cheaper, read as before: the pair's facts beside a situation's own, the acts
linked to an act, the ages read on a situation's days."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from engine.api import canonical, load_case, parse_case
from engine.case.ages import below, below_ages
from engine.reasoning import case_memo
from engine.reasoning.act_facts import _linked
from engine.reasoning.evidence import Evidence
from engine.reasoning.situations import Situation, _beside, _Ctx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from corpus import typical_file

ROOT = Path(__file__).resolve().parent.parent
NAMES = [f"f{i}" for i in range(8)]
DAY = dt.date(2020, 1, 1)


def _sit(values: dict[str, bool | None]) -> Situation:
    sit = Situation("k", "P", "V", "consomme", DAY, [], DAY, DAY)
    sit.values = dict(values)
    sit.evidence = {n: [Evidence(n, str(v))] for n, v in values.items()}
    return sit


tri = st.sampled_from([True, False, None])


facts = st.dictionaries(st.sampled_from(NAMES), tri)


@given(facts, facts, st.sets(st.sampled_from(NAMES)), st.booleans())
def test_beside_is_fact_by_fact(pair: dict[str, bool | None], own: dict[str, bool | None], mine: set[str], in_mine: bool) -> None:
    """Merged (``own`` holding facts of ``mine`` only, as a situation derived on them) or fact by fact, the same."""
    if in_mine:
        own = {n: v for n, v in own.items() if n in mine}
        pair = {**dict.fromkeys(mine - own.keys()), **pair} if len(mine) % 2 else pair
    sit, merged, looped = _sit(pair), _sit(own), _sit(own)
    _beside(merged, sit, frozenset(mine))
    for name, value in sit.values.items():
        if name not in mine:
            looped.values[name], looped.evidence[name] = value, sit.evidence.get(name, [])
    assert list(merged.values.items()) == list(looped.values.items())
    assert list(merged.evidence.items()) == list(looped.evidence.items())


def test_linked_and_ages_read_as_the_case() -> None:
    seen = 0
    linked = [load_case(ROOT / "examples" / f"mineure_{age}_ans_reseau.yaml") for age in (14, 16)]  # same_facts_as
    for case in [canonical(c) for c in linked] + [canonical(parse_case(typical_file(seed))) for seed in range(40)]:
        links = case_memo.links(case)
        for memo in (False, True):
            with case_memo.per_classification() if memo else _nothing():
                for act in case.acts:
                    ctx = _Ctx(case, act.actor, act.target, [act], case_memo.bounds(case))
                    group = links.get(act.id, frozenset())
                    expected = [a for a in case.acts if a.id in group and a.id != act.id] if len(group) > 1 else []
                    assert _linked(ctx, act) == expected
                    seen += bool(expected)
                    for person in (act.actor, act.target):
                        for (_, day, ages), limit in zip(ctx.ages(person), (15, 18), strict=False):
                            assert below_ages(ages, limit) == below(ctx.bounds.get(person), day, limit)
    assert seen  # some acts are linked


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *args: object) -> None:
        return None


def test_a_gated_derivation_is_unknown_without_its_acts() -> None:
    """A derivation marked as reading only acts of some natures (``readings.gated``), called on a pair's acts without
    one of them, gives what the situations give without calling it: unknown, without evidence."""
    from engine.reasoning.readings import acts_read
    from engine.reasoning.situations import derivations

    gated = {name: (derive, kinds) for name, derive in derivations().items() if (kinds := acts_read(derive)) is not None}
    assert len(gated) > 20
    cases = [canonical(load_case(p)) for p in sorted((ROOT / "examples").glob("*.yaml")) if p.name != "expected.yaml"]
    called = 0
    for case in cases + [canonical(parse_case(typical_file(seed))) for seed in range(30)]:
        bounds = case_memo.bounds(case)
        for perp, victim in {(a.actor, a.target) for a in case.acts}:
            acts = [a for a in case.acts if (a.actor, a.target) == (perp, victim)]
            for name, (derive, kinds) in gated.items():
                others = [a for a in acts if a.kind not in kinds]
                if len(others) < len(acts):  # some of its acts left out: the others alone
                    assert derive(_Ctx(case, perp, victim, others, bounds)) == (None, []), name
                    called += 1
    assert called > 100


def test_sexual_days_made_once_as_afresh() -> None:
    """The sexual acts of a situation with their facts, made once per classification, are those made afresh."""
    from engine.api import get_engine
    from engine.reasoning.derived import sexual_days

    engine = get_engine()
    for seed in range(10):
        case = canonical(parse_case(typical_file(seed)))
        for sit in engine.situations(case):
            alone = sexual_days(case, sit, engine.book)
            with case_memo.per_classification():
                first = sexual_days(case, sit, engine.book)
                assert sexual_days(case, sit, engine.book) is first
            assert first == alone



def test_an_alternative_of_unknown_payment_cuts_only_with_all_it_requires_true() -> None:
    """« Paiement inconnu, relations sexuelles, personne prostituée » (225-12-1, 611-1): the recours reforms cut a
    pair's conduct when the relations and the prostitution are stated and the payment is unknown, not when the
    prostitution is unknown too, nor when the payment is known false (then no alternative holds)."""
    from engine.api import get_engine

    engine = get_engine()
    assert engine.unknown_acts["recours_prostitution_contravention_611_1"] == [
        (("sexual_relations", "victim_prostitution"), ("paid_for_sex",))
    ]
    reform = dt.date(2016, 4, 15)
    base = {"sexual_relations": True, "victim_prostitution": True}
    assert reform in engine.cuts(base)[0]
    assert reform not in engine.cuts({**base, "victim_prostitution": None})[0]
    assert reform not in engine.cuts({**base, "paid_for_sex": False})[0]
    assert reform in engine.cuts({**base, "paid_for_sex": True})[0]  # the paid alternative, as before
