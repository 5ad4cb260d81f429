"""Every export holds any text a case accepts: form feeds and vertical tabs pasted from Word, NUL, ESC,
C1 controls, U+FFFE / U+FFFF, characters the PDF font cannot draw, long descriptions; lone surrogates
(which a case refuses) in a document given to a renderer directly.

One sanitiser (engine/documents/sanitise.py) is used by the three renderers; the notes are made through
engine/documents/exports.py from a practical case (examples/, loaded via engine.api).
"""

from __future__ import annotations

import io
import itertools
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any
from unittest import mock

import docx
import pytest
from budget import examples
from export_reading import export_text, fill_free_text, pdf_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import engine.documents.pdf as pdf
from engine.api import get_engine, load_case, parse_case
from engine.case.model import (
    Case,
    _bad_char,  # the case's own rule for refused characters
)
from engine.documents.document import Bullets, Document, Heading, Paragraph, Table
from engine.documents.docx import render_docx
from engine.documents.exports import render_note
from engine.documents.folding import fold
from engine.documents.markdown import render_markdown
from engine.documents.sanitise import clean_text

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "p02_mineure_recruteuse_sous_pression.yaml"
FORMATS = ("md", "docx", "pdf")
KINDS = ("qualification", "partie_civile")
HARD = {
    "form feed": "\f",
    "vertical tab": "\v",
    "NUL": "\x00",
    "ESC": "\x1b",
    "DEL": "\x7f",
    "C1 NEL": "\x85",
    "C1 0x92": "\x92",
    "U+FFFE": "\ufffe",
    "U+FFFF": "\uffff",
    "U+1FFFE": "\U0001fffe",
    "lone surrogate": "\ud800",
    "CR": "\r",
    "line separator": "\u2028",
}
UNDRAWABLE = {
    "emoji": "😀👩🏽‍⚖️",
    "CJK": "中文字",
    "private use": "\ue000\U0010fffd",
    "unassigned": "\U000e0080\u0378",
    "lone combining mark": "\u0301\u20dd",
    "bidi override": "\u202eabc\u202c",
    "Devanagari": "क्षत्रिय",
}
SPECIAL = sorted(set("".join([*HARD.values(), *UNDRAWABLE.values()])))
ANY_CHAR = st.one_of(st.characters(exclude_categories=()), st.sampled_from(SPECIAL))  # every category
def _in_a_case(c: str) -> bool:
    """A case refuses lone surrogates (pydantic) and control characters, bidirectional marks and line breaks in a
    one-line field (engine/case/model.py, with a French message): what remains can reach an export from a case."""
    return unicodedata.category(c) != "Cs" and not _bad_char(c, multiline=False)


CASE_CHAR = st.one_of(st.characters(exclude_categories=("Cs",)), st.sampled_from(SPECIAL)).filter(_in_a_case)
CASE_TEXT = st.text(CASE_CHAR, max_size=40)


def _xml_ok(c: str) -> bool:
    cp = ord(c)
    return cp in (0x9, 0xA, 0xD) or 0x20 <= cp <= 0xD7FF or 0xE000 <= cp <= 0xFFFD or 0x10000 <= cp <= 0x10FFFF


def test_clean_text_breaks_lines_and_drops_controls() -> None:
    assert clean_text("avant\fapres\vfin\r\nligne\rsuite") == "avant\napres\nfin\nligne\nsuite"
    assert clean_text("a\x00b\x1bc\x7fd\x92e\ufffef\ud800g\U0001ffffh") == "abcdefgh"
    assert clean_text("tab\tet « guillemets » — 😀 中") == "tab\tet « guillemets » — 😀 中"


@settings(max_examples=examples(500), deadline=None)
@given(st.text(ANY_CHAR))
def test_clean_text_is_xml_and_utf8_safe_and_keeps_what_is_printable(text: str) -> None:
    out = clean_text(text)
    out.encode("utf-8")
    assert all(_xml_ok(c) for c in out)
    assert clean_text(out) == out
    kept = [c for c in text if unicodedata.category(c)[0] in "LNPSZ"]
    assert [c for c in out if unicodedata.category(c)[0] in "LNPSZ"] == [c for c in kept if c not in "\u2028\u2029"]


@cache
def _base() -> dict[str, Any]:
    data = load_case(EXAMPLE).model_dump(mode="json")
    data["findings"] = [{"perpetrator": "ryan", "victim": "sarah", "fact": "habitual", "value": True, "note": ""}]
    return data


def _case(texts: list[str], names: list[str] | None = None) -> Case:
    """The practical case with ``texts`` in its 12 free-text fields (in turn) and ``names`` for its persons."""
    data = fill_free_text(_base(), itertools.cycle(texts))
    for person, name in zip(data["persons"], names or [], strict=False):
        person["name"] = name
    data["title"] = data["title"][:300]
    return parse_case(data)


@pytest.mark.parametrize("fmt", FORMATS)
def test_characters_pasted_from_word_and_undrawable_ones(fmt: str) -> None:
    samples = [s for s in (*HARD.values(), *UNDRAWABLE.values()) if all(_in_a_case(c) for c in s)]
    marked = [f"avant{i:02d}x {char} après{i:02d}x" for i, char in enumerate(samples)]
    case = _case([" ".join(marked[i::12]) for i in range(12)], names=[f"Nom{c}Propre" for c in ("\ufffe", "😀", "中")])
    result = get_engine().classify(case)
    for kind in KINDS:
        for pseudonymise in (False, True):
            text = export_text(fmt, render_note(kind, fmt, case, result, pseudonymise=pseudonymise))
            assert "Aide à la décision" in text
    text = "".join(export_text(fmt, render_note("qualification", fmt, case, result)).split())
    for i in range(len(samples)):
        assert f"avant{i:02d}x" in text and f"après{i:02d}x" in text, samples[i]


def test_a_form_feed_or_vertical_tab_is_a_line_break_in_docx() -> None:
    doc = Document("Titre\f", ("avant\fapres",), "pied\v", (Paragraph("un\vdeux"), Bullets(("a\x00b",))))
    paragraphs = [p.text for p in docx.Document(io.BytesIO(render_docx(doc))).paragraphs]
    assert "avant\napres" in paragraphs and "un\ndeux" in paragraphs and "ab" in paragraphs


def test_a_description_taller_than_a_page_is_split_in_pdf() -> None:
    case = _case(["W" * 1990, "中" * 1990, "mot " * 490])
    result = get_engine().classify(case)
    data = render_note("qualification", "pdf", case, result)
    assert "W" * 20 in pdf_text(data)


@settings(max_examples=examples(15), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    st.lists(CASE_TEXT, min_size=12, max_size=12),
    st.lists(CASE_TEXT, min_size=4, max_size=4),
    st.sampled_from(KINDS),
    st.booleans(),
)
def test_any_text_in_every_field_gives_every_export(texts: list[str], names: list[str], kind: str, pseudonymise: bool) -> None:
    case = _case(texts, names)
    result = get_engine().classify(case)
    marker = _marker_kept(names) if pseudonymise else MARKER
    for fmt in FORMATS:
        data = render_note(kind, fmt, case, result, pseudonymise=pseudonymise)
        assert marker in export_text(fmt, data)


MARKER = "Aide à la décision"


def _marker_kept(names: list[str]) -> str:
    """The words of the marker that no generated name folds to: a person named « a » rightly has every « à »
    of a pseudonymised note replaced (the names are matched after folding), so those words are not expected."""
    name_words = {w for name in names for w in fold(name).split()}
    kept = [w for w in MARKER.split() if fold(w) not in name_words]
    return max(kept, key=len) if kept else ""


def _document(texts: list[str]) -> Document:
    t = itertools.cycle(texts)
    rows = tuple((next(t), next(t)) for _ in range(3))
    blocks = (Heading(next(t)), Paragraph(next(t)), Bullets((next(t),)), Table(("a", "b"), rows))
    return Document(next(t), (next(t),), next(t), blocks)


@settings(max_examples=examples(20), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(ANY_CHAR, max_size=40), min_size=1, max_size=10))
def test_any_text_in_a_document_gives_every_format(texts: list[str]) -> None:
    """Lone surrogates included; in PDF, with DejaVu Sans and with the built-in Helvetica (Windows-1252),
    which draws far fewer characters (a machine without DejaVu)."""
    doc = _document(texts)
    assert render_markdown(doc).decode("utf-8")
    assert render_docx(doc)[:2] == b"PK"
    assert pdf.render_pdf(doc).startswith(b"%PDF-")
    with mock.patch.object(pdf, "fonts", lambda: ("Helvetica", "Helvetica-Bold")):
        assert pdf.render_pdf(doc).startswith(b"%PDF-")
