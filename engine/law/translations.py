"""French renderings of the sources shipped in English (rules/sources/traductions.yaml).

French documents quote a source in French, marked « traduction », and reproduce the English original in an
annex. The renderings are the project's own; a test checks that every English quote of the rules has one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from engine.law.location import rules_dir


@dataclass(frozen=True)
class SourceTranslations:
    titles: dict[str, str]  # source file → its French title
    quotes: dict[str, str]  # English quote → its French rendering

    def french(self, quote: str) -> str | None:
        return self.quotes.get(quote)


@cache
def _load(path: Path) -> SourceTranslations:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    return SourceTranslations(dict(data.get("titles") or {}), dict(data.get("quotes") or {}))


def translations() -> SourceTranslations:
    return _load(rules_dir() / "sources" / "traductions.yaml")
