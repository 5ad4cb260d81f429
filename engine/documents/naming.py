"""Persons by name in documents and on screen: the engine's prose names persons by id.

:class:`Namer` replaces each id by the person's name (or pseudonym entered as name) as a whole word, when the
id cannot be a common word: three characters or more, or containing a digit (« p1 », « karim »). Before a name
that begins with a vowel, « de », « que », « lorsque » and « puisque » are elided (« majorité d'Emma »); a name
beginning with an h is left as it is (an aspirated h takes no elision and cannot be told from the spelling).
A pair key « client>victime » (a client's flag) names both, whatever the ids' length: « Paul envers Inès ».
Ids in structured fields are left to the caller.
"""

from __future__ import annotations

import re

from engine.case.model import Case

_ELIDED = r"(?:(?<![\w-])(?P<word>[Dd]e|[Qq]ue|[Ll]orsque|[Pp]uisque) )?"
_VOWEL = re.compile(r"[aeiouyàâäéèêëîïôöùûüœæ]", re.IGNORECASE)


def elide(word: str, name: str) -> str:
    """« de » + « Emma » → « d'Emma »; unchanged before a consonant (or an h)."""
    return f"{word[:-1]}'{name}" if _VOWEL.match(name) else f"{word} {name}"


class Namer:
    """``namer(text)`` rewrites ids to names; ``namer.person(pid)`` names one person."""

    def __init__(self, names: dict[str, str]):
        self.names = names
        named = [i for i, n in names.items() if n != i and (len(i) >= 3 or any(c.isdigit() for c in i))]
        ids = sorted(named, key=len, reverse=True)
        alternatives = "|".join(map(re.escape, ids))
        self.pattern = re.compile(_ELIDED + r"(?<![\w-])(?P<id>" + alternatives + r")(?![\w-])") if ids else None
        every = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
        self.pairs = re.compile(rf"(?<![\w-])(?P<a>{every})>(?P<b>{every})(?![\w-])") if names else None

    @classmethod
    def of(cls, case: Case | None) -> Namer:
        return cls({p.id: (p.name or p.id) for p in case.persons} if case else {})

    def person(self, pid: str) -> str:
        return self.names.get(pid, pid)

    def _name(self, m: re.Match[str]) -> str:
        name = self.names[m.group("id")]
        return elide(m.group("word"), name) if m.group("word") else name

    def _pair(self, m: re.Match[str]) -> str:
        return f"{self.names[m.group('a')]} envers {self.names[m.group('b')]}"

    def __call__(self, text: str) -> str:
        text = self.pairs.sub(self._pair, text) if self.pairs else text
        return self.pattern.sub(self._name, text) if self.pattern else text
