"""PDF rendering of a neutral document (reportlab platypus, A4), as bytes; nothing is written to disk.

Text is set in DejaVu Sans when installed (every French character, « », —, €), otherwise in
reportlab's built-in Helvetica (Latin-1 and Windows-1252). The footer (stamp, page) is on every page.
"""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import ListFlowable, ListItem, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable

from engine.documents.document import Bullets, Document, Heading, Paragraph, Table
from engine.documents.sanitise import clean_document

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
MARGIN = 1.8 * cm
FRAME_HEIGHT = A4[1] - 2 * MARGIN - 0.4 * cm
_fonts_lock = threading.Lock()
_fonts: tuple[str, str] | None = None


def fonts() -> tuple[str, str]:
    """(regular, bold) font names, DejaVu Sans registered once if available, else Helvetica."""
    global _fonts
    with _fonts_lock:
        if _fonts is None:
            regular, bold = DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSans-Bold.ttf"
            if regular.is_file() and bold.is_file():
                pdfmetrics.registerFont(TTFont("QualifSans", str(regular)))
                pdfmetrics.registerFont(TTFont("QualifSans-Bold", str(bold)))
                pdfmetrics.registerFontFamily("QualifSans", normal="QualifSans", bold="QualifSans-Bold")
                _fonts = ("QualifSans", "QualifSans-Bold")
            else:
                _fonts = ("Helvetica", "Helvetica-Bold")
        return _fonts


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=4)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontName=bold, fontSize=16, leading=20, spaceAfter=8),
        "stamp": ParagraphStyle("stamp", base, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444"), spaceAfter=1),
        "h1": ParagraphStyle("h1", base, fontName=bold, fontSize=13, leading=16, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        "h2": ParagraphStyle("h2", base, fontName=bold, fontSize=11, leading=14, spaceBefore=7, spaceAfter=4, keepWithNext=1),
        "h3": ParagraphStyle("h3", base, fontName=bold, fontSize=9.5, leading=12.5, spaceBefore=5, spaceAfter=3, keepWithNext=1),
        "footer": ParagraphStyle("footer", base, fontSize=7, leading=9, textColor=colors.HexColor("#555555"), spaceAfter=0),
        "note": ParagraphStyle("note", base, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=10, spaceAfter=0),
        "head": ParagraphStyle("head", base, fontName=bold, fontSize=8, leading=10, spaceAfter=0),
    }


def _p(text: str, style: ParagraphStyle) -> PdfParagraph:
    return PdfParagraph(escape(text).replace("\n", "<br/>"), style)


def _table(b: Table, st: dict[str, ParagraphStyle], width: float) -> PdfTable:
    weights = b.widths if len(b.widths) == len(b.header) else (1.0,) * len(b.header)
    col_widths = [width * w / sum(weights) for w in weights]
    data = [[_p(h, st["head"]) for h in b.header], *([_p(c, st["cell"]) for c in row] for row in b.rows)]
    # a row is kept on one page, unless a cell (a long description) takes half a page or more: it could not fit
    tallest = max((c.wrap(w - 6, FRAME_HEIGHT)[1] for row in data[1:] for c, w in zip(row, col_widths, strict=True)), default=0)
    table = PdfTable(data, colWidths=col_widths, repeatRows=1, splitInRow=int(tallest > FRAME_HEIGHT / 2))
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _flowables(doc: Document, st: dict[str, ParagraphStyle], width: float) -> list[Any]:
    story: list[Any] = [_p(doc.title, st["title"]), *(_p(s, st["stamp"]) for s in doc.stamp), Spacer(1, 6)]
    for b in doc.blocks:
        if isinstance(b, Heading):
            story.append(_p(b.text, st[f"h{min(b.level, 3)}"]))  # headings keep with what follows
        elif isinstance(b, Paragraph):
            story.append(_p(b.text, st["note" if b.note else "base"]))
        elif isinstance(b, Bullets):
            items = [ListItem(_p(i, st["base"]), leftIndent=12) for i in b.items]
            story.append(ListFlowable(items, bulletType="bullet", start="•", leftIndent=12, bulletFontName=st["base"].fontName))
        else:
            story.append(_table(b, st, width))
    return story


def render_pdf(doc: Document) -> bytes:
    doc = clean_document(doc)  # control characters, surrogates, noncharacters
    st = _styles()
    buf = io.BytesIO()
    margin = MARGIN
    pdf = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin + 0.4 * cm,
        title=doc.title,
        author="Qualif",
        subject="Aide à la décision",
        creator="Qualif",
    )

    def footer(canvas: Any, template: Any) -> None:
        canvas.saveState()
        text = _p(f"{doc.footer} — page {template.page}", st["footer"])
        _, height = text.wrap(A4[0] - 2 * margin, margin)
        text.drawOn(canvas, margin, margin - 0.1 * cm - height)
        canvas.restoreState()

    pdf.build(_flowables(doc, st, A4[0] - 2 * margin), onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
