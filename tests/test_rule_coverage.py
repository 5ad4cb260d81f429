"""Every encoded element, aggravation and protection alternative is exercised by a scenario (same run).

A ratchet for the earlier versions encoded in one go (issue [3/7]): the parts no scenario exercises yet are
listed, one a line, in ``tests/rule_coverage_pending.txt``. The check fails on any unexercised part not in
that list (a new rule must come with its scenario) and on any listed part that is now exercised (strike it
from the list): the list can only shrink.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from plugins.rule_coverage import RECORD, unexercised

from engine.api import get_engine

PENDING = Path(__file__).with_name("rule_coverage_pending.txt")


def test_every_element_and_aggravation_is_exercised_by_a_scenario() -> None:
    why = RECORD.complete()
    if why:
        pytest.skip(f"couverture des règles non vérifiable : {why}")
    missing = set(unexercised(RECORD.fired, get_engine().compiled))
    pending = {line.strip() for line in PENDING.read_text(encoding="utf-8").splitlines() if line.strip()}
    new = sorted(missing - pending)
    assert not new, "jamais exercés par un scénario (et absents de la liste d'attente) :\n" + "\n".join(new)
    done = sorted(pending - missing)
    assert not done, f"exercés désormais : les retirer de {PENDING.name} :\n" + "\n".join(done)


def test_coverage_detects_what_is_not_fired() -> None:
    compiled = get_engine().compiled
    assert unexercised(set(), compiled)  # nothing fired: everything is reported
    assert not unexercised(set(compiled.meta), compiled)  # everything fired: nothing is
