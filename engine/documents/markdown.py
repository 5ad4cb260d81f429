"""Markdown rendering of a neutral document (engine/documents/document.py), as UTF-8 bytes."""

from __future__ import annotations

import re

from engine.documents.document import Bullets, Document, Heading, Paragraph, Table
from engine.documents.sanitise import clean_document

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def escape(text: str) -> str:
    """Text safe in Markdown: special characters escaped, on one line."""
    return _SPECIAL.sub(r"\\\1", re.sub(r"\s*\n\s*", " ", text.strip()))


def render_markdown(doc: Document) -> bytes:
    doc = clean_document(doc)  # control characters, surrogates, noncharacters
    lines = [f"# {escape(doc.title)}", ""]
    lines += [f"> {escape(s)}  " for s in doc.stamp]
    lines.append("")
    for b in doc.blocks:
        if isinstance(b, Heading):
            lines += [f"{'#' * min(b.level + 1, 6)} {escape(b.text)}", ""]
        elif isinstance(b, Paragraph):
            lines += [f"*{escape(b.text)}*" if b.note else escape(b.text), ""]
        elif isinstance(b, Bullets):
            lines += [f"- {escape(i)}" for i in b.items] + [""]
        elif isinstance(b, Table):
            lines.append("| " + " | ".join(escape(h) for h in b.header) + " |")
            lines.append("|" + "---|" * len(b.header))
            lines += ["| " + " | ".join(escape(c) or " " for c in row) + " |" for row in b.rows]
            lines.append("")
    lines += ["---", "", escape(doc.footer), ""]
    return "\n".join(lines).encode("utf-8")
