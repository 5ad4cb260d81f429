"""Persons by name on screen: a copy of the result whose prose names persons (engine/documents/naming.py).

Only prose fields are rewritten (claims, reasons, what is missing, evidence, warnings); ids in the
structured fields stay, so the page can still group by person.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from ui import service

PROSE = frozenset({"claim", "would_change", "sentence", "text", "missing", "excluded_by", "reason", "message", "explanation"})
M = TypeVar("M", bound=BaseModel)


def names_of(case: service.Case | None) -> dict[str, str]:
    """Person id → the name shown (the name or pseudonym entered, else the id)."""
    return service.Namer.of(case).names


class Namer:
    """Replaces person ids by names in the prose of a result model, whole words only."""

    def __init__(self, names: dict[str, str]):
        self._namer = service.Namer(names)
        self.names = names

    def __call__(self, pid: str) -> str:
        return self._namer.person(pid)

    def text(self, value: str) -> str:
        return self._namer(value)

    def model(self, obj: M) -> M:
        """A copy of a result model (or any part of it) with every prose field rewritten."""
        if self._namer.pattern is None:
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
