"""DOCX rendering of a neutral document (python-docx), as bytes; nothing is written to disk."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt, RGBColor

from engine.documents.document import Bullets, Document, Heading, Paragraph, Table
from engine.documents.sanitise import clean_document

GREY = RGBColor(0x55, 0x55, 0x55)


def render_docx(doc: Document, *, generated: dt.datetime | None = None) -> bytes:
    doc = clean_document(doc)  # control characters, surrogates, noncharacters
    out = new_docx()
    section = out.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2))
    props = out.core_properties
    props.title, props.author, props.last_modified_by = doc.title, "Qualif", "Qualif"
    props.comments = props.subject = props.keywords = props.category = ""
    props.created = props.modified = (generated or dt.datetime.now()).replace(microsecond=0)
    out.add_heading(doc.title, level=0)
    for line in doc.stamp:
        run = out.add_paragraph().add_run(line)
        run.italic, run.font.size, run.font.color.rgb = True, Pt(9), GREY
    for b in doc.blocks:
        if isinstance(b, Heading):
            out.add_heading(b.text, level=min(b.level, 9))
        elif isinstance(b, Paragraph):
            run = out.add_paragraph().add_run(b.text)
            if b.note:
                run.italic, run.font.size = True, Pt(9)
        elif isinstance(b, Bullets):
            for item in b.items:
                out.add_paragraph(item, style="List Bullet")
        elif isinstance(b, Table):
            _table(out, b)
    footer = section.footer.paragraphs[0]
    footer.text = doc.footer
    for run in footer.runs:
        run.font.size, run.font.color.rgb = Pt(8), GREY
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def _table(out: DocxDocument, b: Table) -> None:
    table = out.add_table(rows=1, cols=len(b.header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, b.header, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold, run.font.size = True, Pt(9)
    for row in b.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(text).font.size = Pt(9)
    out.add_paragraph()
