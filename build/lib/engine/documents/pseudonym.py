"""Stable pseudonyms for the persons of a case (« Victime 1 », « Mis en cause 1 », « Client 1 »…).

Each person gets a pseudonym from its first role (victim first), numbered in the order of the ids,
so the same case always gives the same pseudonyms. :class:`Pseudonymiser` replaces, in any text,
every person's name, the words of that name, and the id when it may be a name (two characters or
more, not a French function word), whole words only, ignoring case and accents. Privacy comes
first: an id or a name that is also a common word (« oncle ») is replaced wherever it appears.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import cache

from engine.case.model import Case, Role

ROLE_WORDS: tuple[tuple[Role, str], ...] = (
    (Role.VICTIM, "Victime"),
    (Role.SUSPECT, "Mis en cause"),
    (Role.CLIENT, "Client"),
    (Role.INTERMEDIARY, "Intermédiaire"),
    (Role.WITNESS, "Témoin"),
)
NO_ROLE = "Personne"
AMBIGUOUS = "[nom masqué]"

# words never taken for a name on their own (particles, honorifics, French function words)
_NOT_NAMES = frozenset(
    {
        "a",
        "à",
        "au",
        "aux",
        "ce",
        "ces",
        "d",
        "de",
        "des",
        "du",
        "en",
        "et",
        "il",
        "l",
        "la",
        "le",
        "les",
        "ma",
        "me",
        "mes",
        "mon",
        "ne",
        "ni",
        "on",
        "ou",
        "où",
        "par",
        "pas",
        "pour",
        "qu",
        "que",
        "qui",
        "sa",
        "se",
        "ses",
        "si",
        "son",
        "sur",
        "ta",
        "te",
        "tes",
        "ton",
        "un",
        "une",
        "y",
        "van",
        "von",
        "der",
        "den",
        "ben",
        "bin",
        "ibn",
        "el",
        "al",
        "dit",
        "dite",
        "alias",
        "né",
        "née",
        "épouse",
        "m",
        "mme",
        "mlle",
        "dr",
        "pseudonyme",
    }
)


def fold(text: str) -> str:
    """Lower case without accents (« Léa » → « lea »)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


@cache
def _letter_classes() -> dict[str, str]:
    """For each base letter, a regex class of its accented and cased variants (Latin scripts)."""
    groups: dict[str, set[str]] = defaultdict(set)
    for cp in range(0x41, 0x250):
        ch = chr(cp)
        if ch.isalpha():
            base = fold(ch)
            if len(base) == 1:
                groups[base].update((ch, ch.lower(), ch.upper()))
    return {base: "[" + "".join(sorted(re.escape(c) for c in chars if len(c) == 1)) + "]" for base, chars in groups.items()}


def _char_pattern(ch: str) -> str:
    if ch.isspace():
        return r"\s+"
    if ch in "'’":
        return "['’]"
    if ch in "-‐‑":
        return "[-‐‑]"
    base = fold(ch)
    cls = _letter_classes().get(base) if len(base) == 1 else None
    if cls is None:
        return re.escape(ch)
    return cls if ch in cls else f"(?:{re.escape(ch)}|{cls})"


def term_pattern(term: str) -> str:
    """A term, whole word, whatever its case and accents."""
    collapsed = re.sub(r"\s+", " ", term.strip())
    return "".join(_char_pattern(c) for c in collapsed)


def _name_words(name: str) -> list[str]:
    """The words of a name that may identify the person on their own."""
    words = re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", name)
    parts = {w for word in words for w in (word, *re.split(r"[-'’]", word))}
    return sorted(w for w in parts if len(w) >= 2 and fold(w) not in _NOT_NAMES)


def id_may_be_name(pid: str) -> bool:
    """Whether an id is replaced in free text too (« lea », « client2 », not « a » nor « de »)."""
    return len(pid) >= 2 and fold(pid) not in _NOT_NAMES


class Pseudonymiser:
    """Pseudonyms for the persons of one case, and the replacement of their names in any text."""

    def __init__(self, case: Case):
        counters: dict[str, int] = defaultdict(int)
        self.labels: dict[str, str] = {}
        for person in sorted(case.persons, key=lambda p: p.id):
            word = next((w for role, w in ROLE_WORDS if role in person.roles), NO_ROLE)
            counters[word] += 1
            self.labels[person.id] = f"{word} {counters[word]}"
        strong: dict[str, set[str]] = defaultdict(set)  # full names and ids → pseudonyms
        weak: dict[str, set[str]] = defaultdict(set)  # single words of a name → pseudonyms
        spellings: dict[str, set[str]] = defaultdict(set)  # folded term → its spellings in the case
        for person in case.persons:
            label = self.labels[person.id]
            name = re.sub(r"\s+", " ", (person.name or "").strip())
            found = [(person.id, strong)] if id_may_be_name(person.id) else []
            found += [(name, strong)] if name else []
            found += [(w, weak) for w in _name_words(name)]
            for term, table in found:
                table[fold(term)].add(label)
                spellings[fold(term)].add(term)
        terms: dict[str, str] = {}
        for table in (weak, strong):  # full names and ids win over single words
            for key, labels in table.items():
                terms[key] = next(iter(labels)) if len(labels) == 1 else AMBIGUOUS
        ordered = sorted(terms, key=lambda k: (-len(k), k))
        self._replacements = [terms[k] for k in ordered]
        alternatives = "|".join(
            f"(?P<t{i}>" + "|".join(term_pattern(s) for s in sorted(spellings[k], key=lambda s: (-len(s), s))) + ")"
            for i, k in enumerate(ordered)
        )
        self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE) if ordered else None

    def person(self, pid: str) -> str:
        """The pseudonym of a person id; a client/victim pair key ``c>v`` gives both pseudonyms."""
        if ">" in pid:
            return " > ".join(self.person(p) for p in pid.split(">"))
        return self.labels.get(pid, pid)

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda m: self._replacements[int((m.lastgroup or "t0")[1:])], text)
