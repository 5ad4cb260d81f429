"""Reading the exports back (tests only): PDF text and metadata, DOCX text and core properties, Markdown."""

from __future__ import annotations

import base64
import copy
import html
import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

import docx


def _stream(data: bytes, body: bytes) -> bytes:
    length = int(re.search(rb"/Length (\d+)", body)[1])
    start = re.search(rb"stream\r?\n", body).end()
    raw = body[start : start + length]
    if b"ASCII85Decode" in body[:start]:
        raw = base64.a85decode(raw.strip().removesuffix(b"~>"))
    if b"FlateDecode" in body[:start]:
        raw = zlib.decompress(raw)
    return raw


def _unescape(s: bytes) -> bytes:
    simple = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"\n": b""}

    def one(m: re.Match[bytes]) -> bytes:
        code = m[1]
        return bytes([int(code, 8) & 0xFF]) if code[:1].isdigit() else simple.get(code, code)

    return re.sub(rb"\\([0-7]{1,3}|.)", one, s, flags=re.S)


def _unicode(hexa: str) -> str:
    """A ToUnicode target: UTF-16BE, or (reportlab, beyond the BMP) the code point itself, « 1F600 »."""
    return bytes.fromhex(hexa).decode("utf-16-be") if len(hexa) % 4 == 0 else chr(int(hexa, 16))


def pdf_text(data: bytes) -> str:
    """The text of a reportlab PDF, one shown string per line (ToUnicode maps, else Windows-1252)."""
    objects = {int(m[1]): m[2] for m in re.finditer(rb"(\d+) 0 obj\r?\n(.*?)endobj", data, re.S)}
    fonts: dict[bytes, dict[int, str]] = {}
    for body in objects.values():
        name, tu = re.search(rb"/Name /(\S+)", body), re.search(rb"/ToUnicode (\d+) 0 R", body)
        if b"/Type /Font" in body and name:
            cmap: dict[int, str] = {}
            if tu:
                text = _stream(data, objects[int(tu[1])])
                for section in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
                    for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", section):
                        cmap[int(src, 16)] = _unicode(dst.decode())
            fonts[name[1]] = cmap
    pages = re.search(rb"/Kids \[([^\]]*)\]", next(b for b in objects.values() if b"/Type /Pages" in b))[1]
    lines: list[str] = []
    for kid in re.findall(rb"(\d+) 0 R", pages):
        content = _stream(data, objects[int(re.search(rb"/Contents (\d+) 0 R", objects[int(kid)])[1])])
        font: dict[int, str] = {}
        for m in re.finditer(rb"/(\S+)\s+[\d.]+\s+Tf|\(((?:\\.|[^\\()])*)\)\s*Tj", content, re.S):
            if m[1] is not None:
                font = fonts.get(m[1], {})
            else:
                raw = _unescape(m[2])
                lines.append("".join(font[b] for b in raw) if font else raw.decode("cp1252", "replace"))
    return "\n".join(lines)


def pdf_info(data: bytes) -> str:
    return next((m[0].decode("latin-1") for m in re.finditer(rb"<<[^<>]*/Producer[^<>]*>>", data)), "")


def docx_xml_text(data: bytes) -> str:
    """Every text of every XML part (body, footer, properties) of a DOCX."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = [z.read(n).decode("utf-8") for n in z.namelist() if n.endswith((".xml", ".rels"))]
    return "\n".join(html.unescape(re.sub(r"<[^>]+>", " ", p)) for p in parts)


def flat(text: str) -> str:
    return " ".join(text.split())


def rendered_text(fmt: str, data: bytes) -> str:
    if fmt == "md":
        return flat(data.decode("utf-8").replace("\\", ""))
    if fmt == "pdf":
        return flat(pdf_text(data) + "\n" + pdf_info(data))
    return flat(docx_xml_text(data))


def pdf_metadata(data: bytes) -> dict[str, str]:
    """The document information of a PDF (/Title, /Author, /Subject…), decoded (UTF-16 with a BOM, else Latin-1)."""
    info = pdf_info(data).encode("latin-1")
    values = {}
    for key, raw in re.findall(rb"/(\w+) \(((?:\\.|[^\\()])*)\)", info, re.S):
        value = _unescape(raw)
        text = value[2:].decode("utf-16-be") if value.startswith(b"\xfe\xff") else value.decode("latin-1")
        values[key.decode()] = text
    return values


CORE_PROPERTIES = (
    "author",
    "category",
    "comments",
    "content_status",
    "identifier",
    "keywords",
    "language",
    "last_modified_by",
    "subject",
    "title",
    "version",
)


def docx_text(data: bytes) -> str:
    """Every text of a DOCX read with python-docx (paragraphs, tables, headers, footers, core properties),
    then every text of every XML part, in case python-docx does not show some."""
    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    for section in document.sections:
        parts += [p.text for p in (*section.header.paragraphs, *section.footer.paragraphs)]
    props = document.core_properties
    parts += [str(getattr(props, name) or "") for name in CORE_PROPERTIES]
    return "\n".join([*parts, docx_xml_text(data)])


def export_text(fmt: str, data: bytes) -> str:
    """Every text an export holds, metadata included, unflattened."""
    if fmt == "md":
        return re.sub(r"\\(.)", r"\1", data.decode("utf-8"))
    if fmt == "pdf":
        return "\n".join([pdf_text(data), *pdf_metadata(data).values()])
    return docx_text(data)


def fill_free_text(data: dict[str, Any], texts: Iterator[str]) -> dict[str, Any]:
    """A case (JSON dict) whose every free-text field holds the next text of ``texts``: title, narrative
    (two paragraphs), acts' descriptions, the victim's conduct, the participations' descriptions, the findings' notes,
    the statements' words and sources."""
    data = copy.deepcopy(data)
    data["title"] = next(texts)
    data["narrative"] = f"{next(texts)}\n\n{next(texts)}"
    described = (*data["acts"], *data["victim_conduct"], *data.get("participation", []))
    for item, key in ((x, "description") for x in described):
        item[key] = next(texts)
    for finding in data["findings"]:
        finding["note"] = next(texts)
    for statement in data.get("statements", []):
        statement["content"], statement["source"] = next(texts), next(texts)
    return data
