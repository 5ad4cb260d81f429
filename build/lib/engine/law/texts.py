"""The official article texts shipped under rules/texts/ (copied from ../shared/law)."""

from __future__ import annotations

import re
from functools import cache

from engine.law.location import rules_dir

TEXTS_DIR = rules_dir() / "texts"
_HEADING = re.compile(r"^## Article (.+?)\s*$", re.MULTILINE)


@cache
def articles(file: str) -> dict[str, str]:
    """Article number → its verbatim text, for one code file (e.g. ``code_penal.md``)."""
    path = TEXTS_DIR / file
    if not path.is_file():
        raise FileNotFoundError(file)
    content = path.read_text(encoding="utf-8")
    out: dict[str, str] = {}
    matches = list(_HEADING.finditer(content))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(content)
        body = content[m.end() : end]
        body = body.split("\n## ", 1)[0]
        out[m.group(1).strip()] = body.strip()
    return out


def normalise(text: str) -> str:
    """Fold white space and typographic apostrophes so quotes compare with the official text."""
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip()


def contains_quote(file: str, article: str, quote: str) -> bool:
    text = articles(file).get(article)
    return text is not None and normalise(quote) in normalise(text)
