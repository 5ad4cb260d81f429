"""The one text sanitiser of every export (Markdown, DOCX, PDF): any text a case accepts comes out renderable.

Kept: tab, line feed and every printable character. A carriage return, CR LF, vertical tab (Word's
line break), form feed (Word's page break), NEL and the line and paragraph separators become a line
feed. Removed: the other control characters (C0, DEL, C1, NUL, ESC…), lone surrogates and
noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF…): none is allowed in XML 1.0 or encodable in UTF-8 for
all of them. Characters a PDF font cannot draw are left to the renderer (engine/documents/pdf.py).
"""

from __future__ import annotations

from engine.documents.document import Document

_NEWLINES = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]
_TABLE: dict[int, str | None] = {cp: None for cp in (*_CONTROLS, *range(0xD800, 0xE000))}
_TABLE.update({cp: None for cp in range(0xFDD0, 0xFDF0)})
_TABLE.update({plane + cp: None for plane in range(0, 0x110000, 0x10000) for cp in (0xFFFE, 0xFFFF)})
_TABLE.update({ord(c): "\n" for c in _NEWLINES})
_TABLE.update({ord("\t"): "\t", ord("\n"): "\n"})


def clean_text(text: str) -> str:
    """``text`` without the characters no export can hold (module docstring); idempotent."""
    return text.replace("\r\n", "\n").translate(_TABLE)


def clean_document(doc: Document) -> Document:
    """The document with :func:`clean_text` applied to every string it holds."""
    return doc.map_text(clean_text)
