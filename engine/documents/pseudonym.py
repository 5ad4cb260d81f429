"""Stable pseudonyms for the persons of a case (« Victime 1 », « Mis en cause 1 », « Client 1 »…).

Each person gets a pseudonym from its first role (victim first), numbered in the order of the ids,
so the same case always gives the same pseudonyms. :class:`Pseudonymiser` replaces, in any text,
every person's name, the words of that name, and the id when it may be a name (two characters or
more, not a French function word). Privacy comes first: an id or a name that is also a common word
(« oncle ») is replaced wherever it appears.

Matching is done on folded text (engine/documents/folding.py: case, accents, ligatures, fullwidth
letters, apostrophe and hyphen variants, invisible characters), each match mapped back to its span
of the original text, every other character kept as it was. The rule:

- a name starts a word: it is not preceded by a letter (« Zoë » is not hidden in « Anzoë »);
- inside a name, spaces, hyphens and apostrophes are interchangeable and may be missing
  (« N'Diaye », « NʼDiaye », « N Diaye », « NDiaye » ; « Jean-Noël », « Jean Noël »);
- it ends the word, or comes before an apostrophe (« Lætitia's », « Lætitiaʼs » → « Victime 1's »);
- a name of four letters or more also hides the word it starts when at most two letters follow
  (« Lætitias », « Marcel » for « Marc »; not « marchand »), a name of three letters when an « s »
  follows (« Zoés »); no more, or they would hide half the language (« évadé » for « Eva »);
- digits or « _ » right after a name make a handle (« laetitia2009 », « lea_nd »): hidden whole.
"""

from __future__ import annotations

import re
from collections import defaultdict

from engine.case.model import Case, Role
from engine.documents.folding import fold, fold_map

__all__ = ["AMBIGUOUS", "NO_ROLE", "ROLE_WORDS", "Pseudonymiser", "fold", "id_may_be_name"]

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


_NOT_NAMES_FOLDED = frozenset(fold(w) for w in _NOT_NAMES)
_SEP = r"[ '\-]{0,3}"  # inside a name: spaces, hyphens, apostrophes, interchangeable, possibly missing
_LETTER_BEFORE = r"(?<![^\W\d_])"
_END = r"(?![^\W\d_])"
_HANDLE = r"(?:[\d_]\w*)?"  # « laetitia2009 », « lea_nd »: the whole token
SUFFIX_MIN_LETTERS = 4  # a name this long also hides the word it starts, up to two more letters


def _key(text: str) -> str:
    """The folded form of a name or id, white space collapsed."""
    return " ".join(fold(text).split())


def _name_words(key: str) -> list[str]:
    """The words of a folded name that may identify the person on their own."""
    words = re.findall(r"[^\W\d_]+(?:['-][^\W\d_]+)*", key)
    parts = {w for word in words for w in (word, *re.split(r"['-]", word))}
    return sorted(w for w in parts if len(w) >= 2 and w not in _NOT_NAMES_FOLDED)


def _term_pattern(key: str) -> str:
    """A folded name or id as a pattern over folded text, with the endings it hides (module docstring)."""
    body = "".join(_SEP if run[0] in " '-" else re.escape(run) for run in re.findall(r"[ '-]+|[^ '-]+", key))
    letters = sum(c.isalpha() for c in key)
    suffix = r"[^\W\d_]{0,2}" if letters >= SUFFIX_MIN_LETTERS else "s?" if letters == 3 else ""
    return body + suffix + _HANDLE + _END


def id_may_be_name(pid: str) -> bool:
    """Whether an id is replaced in free text too (« lea », « client2 », not « a » nor « de »)."""
    return len(pid) >= 2 and fold(pid) not in _NOT_NAMES_FOLDED


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
        for person in case.persons:
            label = self.labels[person.id]
            name = _key(person.name or "")
            name = name if any(c.isalnum() for c in name) else ""  # « ` », « - »: no name, it would match the void
            if id_may_be_name(person.id):
                strong[_key(person.id)].add(label)
            if name:
                strong[name].add(label)
            for word in _name_words(name):
                weak[word].add(label)
        terms: dict[str, str] = {}
        for table in (weak, strong):  # full names and ids win over single words
            for key, labels in table.items():
                terms[key] = next(iter(labels)) if len(labels) == 1 else AMBIGUOUS
        ordered = sorted(terms, key=lambda k: (-len(k), k))  # the longest first: « martine » before « martin »
        self._replacements = [terms[k] for k in ordered]
        alternatives = "|".join(f"(?P<t{i}>{_term_pattern(k)})" for i, k in enumerate(ordered))
        self._pattern = re.compile(f"{_LETTER_BEFORE}(?:{alternatives})") if ordered else None

    def person(self, pid: str) -> str:
        """The pseudonym of a person id; a client/victim pair key ``c>v`` gives both pseudonyms."""
        if ">" in pid:
            return " > ".join(self.person(p) for p in pid.split(">"))
        return self.labels.get(pid, pid)

    def __call__(self, text: str) -> str:
        """``text`` with every name replaced by its pseudonym, every other character kept as it was."""
        if self._pattern is None or not text:
            return text
        folded, origins = fold_map(text)
        out: list[str] = []
        last = 0
        for m in self._pattern.finditer(folded):
            start = origins[m.start()]
            # the end takes in the invisible characters and combining accents that follow (« Zoe\u0308 »)
            end = max(origins[m.end() - 1] + 1, origins[m.end()] if m.end() < len(origins) else len(text))
            if start < last:
                continue
            out += [text[last:start], self._replacements[int((m.lastgroup or "t0")[1:])]]
            last = end
        out.append(text[last:])
        return "".join(out)
