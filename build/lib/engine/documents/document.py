"""A format-neutral document: title, stamp, footer and blocks (heading, paragraph, bullets, table).

The notes (engine/documents/notes.py) build it; the exporters (Markdown, PDF, DOCX) only lay it out.
:meth:`Document.map_text` rewrites every string at once (pseudonymisation).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 = section, 2 = subsection, 3 = item


@dataclass(frozen=True)
class Paragraph:
    text: str
    note: bool = False  # a remark (smaller, set apart)


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths; equal when empty


Block = Heading | Paragraph | Bullets | Table


@dataclass(frozen=True)
class Document:
    title: str
    stamp: tuple[str, ...]  # generation date, law date, ruleset hash, decision-aid mention
    footer: str  # repeated on every page (PDF, DOCX)
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def map_text(self, f: Callable[[str], str]) -> Document:
        """The same document with ``f`` applied to every string it holds."""
        return replace(
            self,
            title=f(self.title),
            stamp=tuple(f(s) for s in self.stamp),
            footer=f(self.footer),
            blocks=tuple(_map_block(b, f) for b in self.blocks),
        )

    def texts(self) -> Iterator[str]:
        """Every string of the document, in reading order."""
        yield self.title
        yield from self.stamp
        for b in self.blocks:
            if isinstance(b, Heading | Paragraph):
                yield b.text
            elif isinstance(b, Bullets):
                yield from b.items
            else:
                yield from b.header
                for row in b.rows:
                    yield from row
        yield self.footer


def _map_block(b: Block, f: Callable[[str], str]) -> Block:
    if isinstance(b, Heading | Paragraph):
        return replace(b, text=f(b.text))
    if isinstance(b, Bullets):
        return Bullets(tuple(f(i) for i in b.items))
    return replace(b, header=tuple(f(h) for h in b.header), rows=tuple(tuple(f(c) for c in r) for r in b.rows))
