"""The official article texts shipped under rules/texts/ (copied from ../shared/law).

A code file (``code_penal.md``) has one block per article: ``## Article 225-4-1``, found by its number.
A file of earlier versions (``versions/legi_history_1994_2015.md``, …) has one block per version:
``## Article 227-25 — version du 01/03/1994 au 18/06/1998``, found as ``227-25@1994-03-01`` (the article
and the first day of the version). The ``Source :``, ``Statut :`` and ``Note :`` lines of a version block
are its provenance, not the article's words: they are kept apart (:func:`provenance`) and never quoted.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from engine.law.location import rules_dir

TEXTS_DIR = rules_dir() / "texts"
_HEADING = re.compile(r"^## Article (.+?)\s*$", re.MULTILINE)
_VERSION = re.compile(r"^(?P<article>\S+) — version du (?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4}) au (?P<to>.+)$")
_PROVENANCE = ("Source :", "Statut :", "Note :")
_START = "## Article "  # how a line matching _HEADING starts


def version_key(article: str, since: dt.date) -> str:
    """The key of a version block: ``227-25@1994-03-01``."""
    return f"{article}@{since.isoformat()}"


def _key(heading: str) -> str:
    m = _VERSION.match(heading)
    if not m:
        return heading
    return version_key(m["article"], dt.date(int(m["y"]), int(m["m"]), int(m["d"])))


def headings(content: str) -> list[re.Match[str]]:
    """The matches of :data:`_HEADING` in ``content``, those ``finditer`` gives: the pattern tried only where a line
    starts with ``## Article `` (``finditer`` tries it at each of a file's 150,000 characters)."""
    starts = [0] if content.startswith(_START) else []
    at = content.find(f"\n{_START}")
    while at >= 0:
        starts.append(at + 1)
        at = content.find(f"\n{_START}", at + 1)
    return [m for start in starts if (m := _HEADING.match(content, start))]


@cache
def _index(file: str) -> tuple[str, dict[str, tuple[int, int]]]:
    """The file's text, and each block's key → where its body lies (the last block of a key)."""
    path = TEXTS_DIR / file
    if not path.is_file():
        raise FileNotFoundError(file)
    content = path.read_text(encoding="utf-8")
    matches = headings(content)
    spans: dict[str, tuple[int, int]] = {}
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(content)
        spans[_key(m.group(1).strip())] = (m.end(), end)
    return content, spans


def _parsed(content: str, start: int, end: int) -> tuple[str, str]:
    """A block's body as (the article's words, its provenance lines)."""
    body = content[start:end].split("\n## ", 1)[0].split("\n# ", 1)[0]
    lines = body.strip().splitlines()
    words = [line for line in lines if not line.startswith(_PROVENANCE)]
    notes = [line for line in lines if line.startswith(_PROVENANCE)]
    return "\n".join(words).strip(), "\n".join(notes)


def _block(file: str, key: str) -> tuple[str, str] | None:
    """One block, parsed when asked for (a case's prescription and complicity quote a few of a file's hundred)."""
    content, spans = _index(file)
    return _parsed(content, *spans[key]) if key in spans else None


@cache
def _blocks(file: str) -> dict[str, tuple[str, str]]:
    """Key → (the article's words, the block's provenance lines)."""
    content, spans = _index(file)
    return {key: _parsed(content, *span) for key, span in spans.items()}


@cache
def articles(file: str) -> dict[str, str]:
    """Article number (or version key) → its verbatim text, for one file of rules/texts/."""
    return {key: words for key, (words, _) in _blocks(file).items()}


def provenance(file: str, key: str) -> str:
    """The ``Source :``, ``Statut :`` and ``Note :`` lines of a version block ('' for a code file)."""
    return (_block(file, key) or ("", ""))[1]


def normalise(text: str) -> str:
    """Fold white space and typographic apostrophes so quotes compare with the official text."""
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip()


@cache
def _normalised(file: str, article: str) -> str | None:
    """An article's text of ``file``, normalised once (quotes are checked against it many times)."""
    block = _block(file, article)
    return None if block is None else normalise(block[0])


def contains_quote(file: str, article: str, quote: str) -> bool:
    text = _normalised(file, article)
    return text is not None and normalise(quote) in text
