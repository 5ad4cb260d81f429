"""Persons by name in documents and on screen: the engine's prose names persons by id.

:class:`Namer` replaces each id by the person's name (or pseudonym entered as name) as a whole word, when the
id cannot be a common word: three characters or more, or containing a digit (« p1 », « karim »). Ids in
structured fields are left to the caller.
"""

from __future__ import annotations

import re

from engine.case.model import Case


class Namer:
    """``namer(text)`` rewrites ids to names; ``namer.person(pid)`` names one person."""

    def __init__(self, names: dict[str, str]):
        self.names = names
        named = [i for i, n in names.items() if n != i and (len(i) >= 3 or any(c.isdigit() for c in i))]
        ids = sorted(named, key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, ids)) + r")(?![\w-])") if ids else None

    @classmethod
    def of(cls, case: Case | None) -> Namer:
        return cls({p.id: (p.name or p.id) for p in case.persons} if case else {})

    def person(self, pid: str) -> str:
        return self.names.get(pid, pid)

    def __call__(self, text: str) -> str:
        return self.pattern.sub(lambda m: self.names[m.group(1)], text) if self.pattern else text
