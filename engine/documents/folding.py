"""Folding of text for name matching, character by character, with a map back to the original positions.

Each character folds on its own: compatibility decomposition (NFKD: fullwidth and mathematical letters,
ligatures such as ﬁ), combining marks dropped (accents, decomposed or not), case folded (ß → ss), then
æ → ae, œ → oe, ø → o, ł → l, đ and ð → d, ı → i, þ → th; every apostrophe (’ ʼ ‘ ` ´ ′ ＇…) becomes
« ' », every hyphen or dash « - », every white space « ». Invisible characters (format characters Cf:
zero width space and joiners, soft hyphen, BOM, direction marks), control characters, lone surrogates
and noncharacters fold to nothing. :func:`fold_map` keeps, for each folded character, the index of the
character it comes from, so that a match in the folded text is a span of the original.
"""

from __future__ import annotations

import unicodedata
from functools import cache

APOSTROPHES = "'\u2018\u2019\u201b\u02b9\u02bb\u02bc\u02bd\u0060\u00b4\u2032\uff07"
HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d"
_LETTERS = {"æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ı": "i", "þ": "th", "ħ": "h", "ŧ": "t"}
_IGNORED = frozenset({"Cf", "Cc", "Cs", "Mn", "Me"})


def is_noncharacter(c: str) -> bool:
    """U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE…)."""
    cp = ord(c)
    return 0xFDD0 <= cp <= 0xFDEF or cp & 0xFFFE == 0xFFFE


def _simple(c: str) -> str:
    if c in APOSTROPHES:
        return "'"
    if c in HYPHENS:
        return "-"
    if c.isspace():
        return " "
    if unicodedata.category(c) in _IGNORED or is_noncharacter(c):
        return ""
    return _LETTERS.get(c, c)


@cache
def fold_char(c: str) -> str:
    """The folded form of one character (possibly empty, possibly several characters: « ß » → « ss »)."""
    first = _simple(c)
    if first in ("", "'", "-", " "):
        return first
    decomposed = "".join(_simple(d) for d in unicodedata.normalize("NFKD", c))
    return "".join(_simple(d) for d in decomposed.casefold())


def fold(text: str) -> str:
    """Lower case without accents, ligatures or invisible characters (« LÆ\u200btitia » → « laetitia »)."""
    return "".join(fold_char(c) for c in text)


def fold_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index in ``text`` of the one it comes from."""
    chars: list[str] = []
    origins: list[int] = []
    for i, c in enumerate(text):
        folded = fold_char(c)
        chars.append(folded)
        origins.extend([i] * len(folded))
    return "".join(chars), origins
