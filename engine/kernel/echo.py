"""A value shown back in a message: at most 80 characters, control characters escaped (``\\x1b``, ``\\n``).

A hostile file must not print 10 MB into a message, nor move the cursor of the terminal that shows it
(a fake « [ÉTABLIE] » line drawn with ANSI escapes or a line break).
"""

from __future__ import annotations

import unicodedata
from typing import Any

LIMIT = 80
_BIG = 10**12  # beyond, a number is not converted to text (Python refuses 4,300 digits, and it is long)


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if ch in "\n\t\r":
        return {"\n": "\\n", "\t": "\\t", "\r": "\\r"}[ch]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def unsafe(ch: str) -> bool:
    """A control, format (bidirectional overrides, zero-width) or line/paragraph separator character."""
    return unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs")


def escape_controls(text: str, keep: str = "") -> str:
    """``text`` with every unsafe character (except those in ``keep``) written as an escape."""
    if not any(unsafe(ch) and ch not in keep for ch in text):
        return text
    return "".join(_escape_char(ch) if unsafe(ch) and ch not in keep else ch for ch in text)


def shown(value: Any, limit: int = LIMIT) -> str:
    """``value`` as it may appear between « » in a French message."""
    if isinstance(value, bool) or value is None:
        return {True: "true", False: "false", None: "null"}[value]
    if isinstance(value, int) and abs(value) >= _BIG:
        return "nombre trop grand"
    if isinstance(value, dict):
        return "un objet"
    if isinstance(value, list | tuple | set):
        return "une liste"
    text = value if isinstance(value, str) else str(value)
    cut = text[:limit]
    return escape_controls(cut) + ("…" if len(text) > limit else "")
