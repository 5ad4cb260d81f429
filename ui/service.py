"""The only UI module that touches the engine: parse a case, classify it, read the rules and texts.

The engine is the process-wide one of ``engine.api.get_engine()`` (durable-rules rulesets can be
registered only once per process); nothing here creates rules. Case data is never logged or stored.
"""

from __future__ import annotations

import datetime as dt
import sys
from functools import cache
from pathlib import Path
from typing import Literal

import streamlit as st
import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `streamlit run ui/app.py` puts only ui/ on the path
    sys.path.insert(0, str(ROOT))

from engine.api import Engine, get_engine, parse_text  # noqa: E402
from engine.errors import CaseInputError  # noqa: E402
from engine.result_model import STATUS_FR, Explanation, Qualification, Result  # noqa: E402
from engine.rule_loader import RuleBook  # noqa: E402
from engine.rule_model import Offence  # noqa: E402
from engine.texts import articles  # noqa: E402

__all__ = [
    "MAX_BYTES",
    "STATUS_FR",
    "CaseInputError",
    "Explanation",
    "Format",
    "Offence",
    "Qualification",
    "Result",
    "article_text",
    "classify_text",
    "decode",
    "examples",
    "format_of",
    "rulebook",
]

Format = Literal["yaml", "json"]
EXAMPLES_DIR = ROOT / "examples"
MAX_BYTES = 1_000_000


@st.cache_resource(show_spinner="Chargement des règles…")
def _engine() -> Engine:
    # Kept by Streamlit across module reloads, so a source change never re-registers the rulesets.
    return get_engine()


def _check_size(text: str) -> None:
    if not text.strip():
        raise CaseInputError([("", "aucun dossier : le texte est vide")])
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise CaseInputError([("", f"dossier trop volumineux (maximum {MAX_BYTES // 1000} ko)")])


def classify_text(text: str, fmt: Format = "yaml", law_date: dt.date | None = None) -> Result:
    """Parse a case written in YAML or JSON and classify it; CaseInputError (French) on any defect."""
    if fmt not in ("yaml", "json"):
        raise CaseInputError([("", f"format « {fmt} » non reconnu (attendu yaml ou json)")])
    _check_size(text)
    case = parse_text(text, fmt)
    return _engine().classify(case, law_date)


def format_of(name: str) -> Format:
    """The format of a file from its name (.json, .yaml, .yml)."""
    suffix = Path(name).suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in (".yaml", ".yml"):
        return "yaml"
    raise CaseInputError([("", f"format de fichier non reconnu « {suffix} » (attendu .json, .yaml ou .yml)")])


def decode(data: bytes) -> str:
    """The text of an uploaded file (UTF-8, size-limited)."""
    if len(data) > MAX_BYTES:
        raise CaseInputError([("", f"fichier trop volumineux (maximum {MAX_BYTES // 1000} ko)")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaseInputError([("", "fichier illisible : il n'est pas encodé en UTF-8")]) from None


@cache
def examples() -> dict[str, Path]:
    """Example cases shipped with the project: title → path, in the order of their ids."""
    found: list[tuple[str, str, Path]] = []
    for path in sorted(EXAMPLES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("id"):
            found.append((str(data["id"]), str(data.get("title") or data["id"]), path))
    return {title: path for _, title, path in sorted(found)}


def rulebook() -> RuleBook:
    """The rules the engine runs (loaded and validated once)."""
    return _engine().book


def article_text(file: str, article: str) -> str | None:
    """The verbatim text of an article from rules/texts/, or None if it is not shipped."""
    try:
        return articles(file).get(article)
    except FileNotFoundError:
        return None
