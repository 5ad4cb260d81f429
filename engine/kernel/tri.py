"""Three-valued facts: True (oui), False (non), None (inconnu)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any

from pydantic import BeforeValidator, WithJsonSchema

from engine.kernel.echo import shown

_TRUE = {"oui", "vrai", "true", "yes", "o", "1"}
_FALSE = {"non", "faux", "false", "no", "n", "0"}
_UNKNOWN = {"inconnu", "unknown", "?", "", "null", "none"}


def parse_tri(value: Any) -> bool | None:
    """Accept true/false/null and the French words oui / non / inconnu."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        if word in _UNKNOWN:
            return None
    raise ValueError(f"valeur « {shown(value)} » non reconnue : attendu oui, non ou inconnu")


Tri = Annotated[
    bool | None,
    BeforeValidator(parse_tri),
    WithJsonSchema({"type": ["boolean", "null"], "description": "oui (true), non (false) ou inconnu (null)"}),
]


def tri_any(values: Iterable[bool | None]) -> bool | None:
    """Kleene OR: true if one is true, false if all are false (and there is at least one), else unknown."""
    seen = False
    unknown = False
    for v in values:
        seen = True
        if v is True:
            return True
        if v is None:
            unknown = True
    if not seen or unknown:
        return None
    return False


def tri_word(value: bool | None) -> str:
    return {True: "oui", False: "non", None: "inconnu"}[value]
