"""Persons by name on screen: the engine's prose names persons by id; the page shows their names.

Only prose fields are rewritten (claims, reasons, what is missing, evidence, warnings); ids in the
structured fields stay, so the page can still group by person. An id is replaced as a whole word when it
cannot be a common word: three characters or more, or containing a digit (« p1 », « karim »).
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from pydantic import BaseModel

from ui import service

PROSE = frozenset({"claim", "would_change", "sentence", "text", "missing", "excluded_by", "reason", "message", "explanation"})
M = TypeVar("M", bound=BaseModel)


def names_of(case: service.Case | None) -> dict[str, str]:
    """Person id → the name shown (the name or pseudonym entered, else the id)."""
    return {p.id: (p.name or p.id) for p in case.persons} if case else {}


class Namer:
    """Replaces person ids by names in prose, whole words only."""

    def __init__(self, names: dict[str, str]):
        self.names = names
        named = [i for i, n in names.items() if n != i and (len(i) >= 3 or any(c.isdigit() for c in i))]
        ids = sorted(named, key=len, reverse=True)
        self._pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, ids)) + r")(?![\w-])") if ids else None

    def __call__(self, pid: str) -> str:
        return self.names.get(pid, pid)

    def text(self, value: str) -> str:
        return self._pattern.sub(lambda m: self.names[m.group(1)], value) if self._pattern else value

    def model(self, obj: M) -> M:
        """A copy of a result model (or any part of it) with every prose field rewritten."""
        if self._pattern is None:
            return obj
        changes: dict[str, Any] = {}
        for name, value in obj:
            new = self._value(name, value)
            if new is not value:
                changes[name] = new
        return obj.model_copy(update=changes) if changes else obj

    def _value(self, name: str, value: Any) -> Any:
        if isinstance(value, BaseModel):
            return self.model(value)
        if isinstance(value, str):
            return self.text(value) if name in PROSE else value
        if isinstance(value, list):
            return [self._value(name, v) for v in value]
        return value
