"""Property tests of the principal, its cumulative qualifications and each perpetrator's heaviest penalty."""

from __future__ import annotations

from typing import Any

from budget import examples
from hypothesis import HealthCheck, given, settings
from test_properties import cases

from engine.api import get_engine, parse_case
from engine.kernel.errors import CaseInputError
from engine.reasoning.principal import gravity_key

LIVE = ("established", "to_establish")


def _result(data: dict[str, Any]) -> Any:
    try:
        return get_engine().classify(parse_case(data))
    except CaseInputError:
        return None


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_principal_cumulative_and_heaviest_agree_with_the_qualifications(data: dict[str, Any]) -> None:
    result = _result(data)
    if result is None:
        return
    for p in result.principal:
        mine = [q for q in result.qualifications if q.victim == p.victim]
        live = [q for q in mine if q.status in LIVE and q.perpetrator not in p.set_aside]
        if p.offence is None:
            assert not live
            continue
        assert not set(p.perpetrators) & set(p.set_aside)
        if any(q.status == "established" for q in live):
            assert p.status == "established"
        assert {c.perpetrator for c in p.cumulative}.isdisjoint(p.set_aside)
        assert not any(c.offence == p.offence and c.perpetrator in p.perpetrators for c in p.cumulative)
        for h in p.heaviest:
            own = [q for q in mine if q.perpetrator == h.perpetrator and q.status == h.status]
            chosen = next(q for q in own if q.offence == h.offence and q.mode == h.mode)
            assert all(gravity_key(chosen) <= gravity_key(q) for q in own)
            if h.status == "to_establish":
                assert not any(q.perpetrator == h.perpetrator and q.status == "established" for q in mine)
        key = (p.offence, p.status, p.penalty)
        best = next(q for q in live if (q.offence, q.status, q.penalty) == key and q.perpetrator in p.perpetrators)
        heavier = [q for q in live if q.status == "established" and gravity_key(q)[:3] < gravity_key(best)[:3]]
        assert ("la plus lourdement punie" in p.reason) == bool(heavier)
