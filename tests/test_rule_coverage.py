"""Every encoded element, aggravation and protection alternative is exercised by a scenario (same run)."""

from __future__ import annotations

import pytest
from plugins.rule_coverage import RECORD, unexercised

from engine.api import get_engine


def test_every_element_and_aggravation_is_exercised_by_a_scenario() -> None:
    why = RECORD.complete()
    if why:
        pytest.skip(f"couverture des règles non vérifiable : {why}")
    missing = unexercised(RECORD.fired, get_engine().compiled)
    assert not missing, "jamais exercés par un scénario :\n" + "\n".join(missing)


def test_coverage_detects_what_is_not_fired() -> None:
    compiled = get_engine().compiled
    assert unexercised(set(), compiled)  # nothing fired: everything is reported
    assert not unexercised(set(compiled.meta), compiled)  # everything fired: nothing is
