"""Acts stated to be the same facts (``same_facts_as``): the groups they form, links read both ways."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from engine.case.model import Act


def same_facts(acts: Iterable[Act]) -> dict[str, frozenset[str]]:
    """Each act id → the ids of the acts that are the same facts as it (itself included), by chains of links."""
    acts = list(acts)
    parent = {a.id: a.id for a in acts}

    def root(aid: str) -> str:
        while parent[aid] != aid:
            parent[aid] = parent[parent[aid]]
            aid = parent[aid]
        return aid

    for a in acts:
        if a.same_facts_as in parent:
            parent[root(a.id)] = root(a.same_facts_as)
    groups: dict[str, set[str]] = {}
    for a in acts:
        groups.setdefault(root(a.id), set()).add(a.id)
    return {aid: frozenset(groups[root(aid)]) for aid in parent}
