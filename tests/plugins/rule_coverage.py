"""Rule coverage in the same pytest run: every element, aggravation and protection alternative must be
exercised by a scenario of features/.

An observer on the engine's runtime records every rule that fires. ``test_rule_coverage.py`` runs last
(see :func:`pytest_collection_modifyitems`) and fails on any part never exercised; it is skipped, saying
why, when the feature scenarios did not all run and pass in this session (a ``-k`` selection, a failure).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from engine.reasoning.compiler import Compiled

FEATURES = "tests/test_features.py::"
LAST = "tests/test_rule_coverage.py::"


@dataclass
class Record:
    fired: set[str] = field(default_factory=set)
    expected: set[str] = field(default_factory=set)  # the feature scenarios collected
    passed: set[str] = field(default_factory=set)
    deselected: bool = False
    recording: bool = False  # a feature scenario is running: only its firings count

    def complete(self) -> str | None:
        """None when every scenario of features/ ran and passed, else why not."""
        if not self.expected:
            return "aucun scénario de features/ n'a été collecté dans cette exécution"
        if self.deselected:
            return "une partie des scénarios de features/ a été désélectionnée"
        if self.passed != self.expected:
            return f"{len(self.expected - self.passed)} scénario(s) de features/ non exécuté(s) ou en échec"
        return None


RECORD = Record()


def never_applied() -> set[tuple[str, str]]:
    """(offence, version) pairs no facts can receive: a later version is milder (112-1 al. 3, as
    engine.law.versions.is_milder reads it). Kept in the rules (they say why the later version applies), they
    cannot fire."""
    from engine.api import get_engine
    from engine.law.versions import is_milder

    out = set()
    for offence in get_engine().book.offences.values():
        for v in offence.versions:
            later = [w for w in offence.versions if v.valid_from and w.valid_from and w.valid_from > v.valid_from]
            if any(is_milder(w.penalty, v.penalty) for w in later):
                out.add((offence.id, v.id))
    return out


def expected_parts(compiled: Compiled) -> dict[str, set[str]]:
    """Part → the rule names any of which exercises it (consummated mode; attempts share elements)."""
    parts: dict[str, set[str]] = {}
    dead = never_applied()
    for name, meta in compiled.meta.items():
        if meta.polarity != "+" or meta.part in ("session", "established"):
            continue
        if (meta.offence, meta.version) in dead:
            continue
        if meta.part == "protection":
            key = f"{meta.offence} alternative {meta.alternative}"
        elif meta.part == "note":
            key = f"{meta.offence} note {meta.alternative}"
        else:
            key = f"{meta.offence}@{meta.version} {meta.part} {meta.part_id}"
        parts.setdefault(key, set()).add(name)
    return parts


def unexercised(fired: set[str], compiled: Compiled) -> list[str]:
    return sorted(part for part, names in expected_parts(compiled).items() if not names & fired)


def pytest_configure(config: pytest.Config) -> None:
    from engine.api import get_engine

    def observe(firings: list) -> None:  # type: ignore[type-arg]
        if RECORD.recording:
            RECORD.fired.update(f.rule for f in firings)

    get_engine().runtime.observers.append(observe)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):  # type: ignore[no-untyped-def]
    """Only a scenario of features/ counts: a unit or slow test that fires a rule exercises no behaviour."""
    RECORD.recording = item.nodeid.startswith(FEATURES)
    try:
        return (yield)
    finally:
        RECORD.recording = False


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The coverage check after everything else, so that the scenarios have run."""
    items.sort(key=lambda item: item.nodeid.startswith(LAST))


def pytest_deselected(items: list[pytest.Item]) -> None:
    if any(item.nodeid.startswith(FEATURES) for item in items):
        RECORD.deselected = True


def pytest_collection_finish(session: pytest.Session) -> None:
    RECORD.expected = {item.nodeid for item in session.items if item.nodeid.startswith(FEATURES)}


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" and report.passed and report.nodeid in RECORD.expected:
        RECORD.passed.add(report.nodeid)
