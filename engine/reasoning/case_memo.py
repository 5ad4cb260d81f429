"""What one classification reads of a case again and again, made once: each case's same-facts links, its persons'
birth bounds, the facts each act gives by itself (engine/reasoning/situations.py ``each_act``), the evidence sentence
of each act (engine/reasoning/evidence.py).

Active only inside :func:`per_classification` (engine/api.py ``Engine.classify``), during which no case changes;
outside it every call computes afresh. The memo is a context variable: each thread has its own. Entries are keyed
by the case's ``id`` and hold the case, so that no other object takes its ``id`` while the memo lives.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from typing import Any, TypeVar

from engine.case.ages import birth_bounds
from engine.case.links import same_facts
from engine.case.model import Case

T = TypeVar("T")
_MEMO: ContextVar[dict[tuple[Any, ...], tuple[Case | None, Any]] | None] = ContextVar("qualif_case_memo", default=None)


@contextmanager
def per_classification() -> Iterator[None]:
    """Within: each value below made once per case."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def once(case: Case, key: tuple[Any, ...], make: Callable[[], T]) -> T:
    """``make()``, made once per case and ``key`` within :func:`per_classification` (afresh outside it)."""
    memo = _MEMO.get()
    if memo is None:
        return make()
    full = (id(case), *key)
    found = memo.get(full)
    if found is None or found[0] is not case:
        found = memo[full] = (case, make())
    value: T = found[1]
    return value


def shared(key: tuple[str, *tuple[Any, ...]], make: Callable[[], T]) -> T:
    """``make()``, made once per ``key`` within :func:`per_classification` (afresh outside it), for a value that
    ``key`` determines by itself (its first item, a text, names what it is)."""
    memo = _MEMO.get()
    if memo is None:
        return make()
    found = memo.get(key)
    if found is None:
        found = memo[key] = (None, make())
    value: T = found[1]
    return value


def links(case: Case) -> dict[str, frozenset[str]]:
    """:func:`engine.case.links.same_facts` of the case's acts."""
    return once(case, ("links",), lambda: same_facts(case.acts))


def bounds(case: Case) -> dict[str, tuple[date, date] | None]:
    """Each person's birth bounds on the case's age reference."""

    def make() -> dict[str, tuple[date, date] | None]:
        reference = case.age_reference()
        return {p.id: birth_bounds(p, reference) for p in case.persons}

    return once(case, ("bounds",), make)
