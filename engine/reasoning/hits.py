"""Firings grouped by offence version and situation: what durable-rules derived, part by part."""

from __future__ import annotations

from collections import defaultdict

from engine.reasoning.compiler import RuleMeta
from engine.reasoning.runtime import Firing


class Hits:
    """Firings of one offence version on one situation, by part id and polarity."""

    __slots__ = ("by_part", "established", "rule_names")

    def __init__(self) -> None:
        self.by_part: dict[tuple[str, str], list[RuleMeta]] = defaultdict(list)
        self.rule_names: dict[RuleMeta, str] = {}
        self.established = False

    def add(self, f: Firing) -> None:
        meta = f.meta
        if meta.part == "established":
            self.established = True
            return
        names = self.rule_names  # every meta here, each in its one part's bucket: one lookup tells a meta seen
        count = len(names)
        names.setdefault(meta, f.rule)
        if len(names) == count:
            return
        bucket = self.by_part[(meta.part_id, meta.polarity)]
        bucket.append(meta)
        if len(bucket) > 1 and bucket[-2].alternative > meta.alternative:  # kept in the order of the alternatives
            bucket.sort(key=_alternative)


def _alternative(meta: RuleMeta) -> int:
    return meta.alternative


NO_HITS = Hits()  # what an offence version that fired nothing has (read only)


def group_firings(firings: list[Firing]) -> dict[tuple[str, str, str], Hits]:
    """(offence id, version id, situation key) → hits."""
    out: dict[tuple[str, str, str], Hits] = defaultdict(Hits)
    for f in firings:
        meta = f.meta
        out[(meta.offence, meta.version, f.key)].add(f)
    return out
