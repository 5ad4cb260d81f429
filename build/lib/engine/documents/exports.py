"""Exports of the notes (engine/documents/notes.py) as PDF, DOCX or Markdown bytes — the API for the CLI and UI.

Nothing is logged and nothing is written to disk: the caller saves or offers the bytes::

    data = render_note("partie_civile", "pdf", case, result, pseudonymise=True, book=get_engine().book)
    name = note_filename("partie_civile", "pdf", case, pseudonymise=True)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from engine.case.model import Case
from engine.documents.docx import render_docx
from engine.documents.markdown import render_markdown
from engine.documents.notes import NoteKind, build_note
from engine.documents.pdf import render_pdf
from engine.documents.pseudonym import Pseudonymiser, fold
from engine.kernel.result_model import Result
from engine.law.loader import RuleBook

NoteFormat = Literal["pdf", "docx", "md"]
FORMATS: tuple[NoteFormat, ...] = ("pdf", "docx", "md")
MIME_TYPES: dict[str, str] = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "md": "text/markdown; charset=utf-8",
}
_FILE_STEMS = {"qualification": "note-de-qualification", "partie_civile": "note-partie-civile"}


def render_note(
    kind: NoteKind,
    fmt: NoteFormat,
    case: Case,
    result: Result,
    *,
    pseudonymise: bool = False,
    victim: str | None = None,
    generated_at: dt.datetime | None = None,
    book: RuleBook | None = None,
) -> bytes:
    """The note ``kind`` for ``case`` and its ``result`` (from ``Engine.classify``), in format ``fmt``.

    ``victim`` restricts the note to one victim id; ``pseudonymise`` replaces every name; ``book``
    (``get_engine().book``) adds the verified quotes of the sources. ValueError on a bad argument.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format inconnu : {fmt}")
    generated = generated_at or dt.datetime.now().replace(microsecond=0)
    doc = build_note(kind, case, result, pseudonymise=pseudonymise, victim=victim, generated_at=generated, book=book)
    if fmt == "pdf":
        return render_pdf(doc)
    if fmt == "docx":
        return render_docx(doc, generated=generated)
    return render_markdown(doc)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9._-]+", "-", fold(text)).strip("-._") or "dossier"


def note_filename(kind: NoteKind, fmt: NoteFormat, case: Case, *, pseudonymise: bool = False, victim: str | None = None) -> str:
    """A suggested file name, e.g. ``note-partie-civile-ex-01-victime-1.pdf`` (pseudonymised if asked)."""
    pseudo = Pseudonymiser(case) if pseudonymise else None
    reference = pseudo(case.id) if pseudo else case.id
    parts = [_FILE_STEMS[kind], reference]
    if victim is not None:
        parts.append(pseudo.person(victim) if pseudo else victim)
    return "-".join(_slug(p) for p in parts) + f".{fmt}"
