"""Firings grouped by offence version and situation: what durable-rules derived, part by part."""

from __future__ import annotations

from collections import defaultdict

from engine.reasoning.compiler import RuleMeta
from engine.reasoning.runtime import Firing


class Hits:
    """Firings of one offence version on one situation, by part id and polarity."""

    def __init__(self) -> None:
        self.by_part: dict[tuple[str, str], list[RuleMeta]] = defaultdict(list)
        self.rule_names: dict[RuleMeta, str] = {}
        self.established = False

    def add(self, f: Firing) -> None:
        if f.meta.part == "established":
            self.established = True
            return
        bucket = self.by_part[(f.meta.part_id, f.meta.polarity)]
        if f.meta not in bucket:
            bucket.append(f.meta)
            bucket.sort(key=lambda m: m.alternative)
            self.rule_names[f.meta] = f.rule


def group_firings(firings: list[Firing]) -> dict[tuple[str, str, str], Hits]:
    """(offence id, version id, situation key) → hits."""
    out: dict[tuple[str, str, str], Hits] = defaultdict(Hits)
    for f in firings:
        out[(f.meta.offence, f.meta.version, f.key)].add(f)
    return out
