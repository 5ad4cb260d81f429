"""UI labels and messages in French (default) and English, from the catalogue files ``ui/catalogue/*.yaml``.

Each catalogue file maps a key to ``{fr: …, en: …}``; keys are unique across files (checked at load).
``t("key", n=3)`` formats the text of the session's language with ``str.format``.
Legal content produced by the engine (article labels, quotes, reasons) stays in French: it is the law's wording.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import streamlit as st
import yaml

CATALOGUE_DIR = Path(__file__).resolve().parent / "catalogue"
LANGUAGES = {"fr": "Français", "en": "English"}
DEFAULT = "fr"
KEY = "lang"  # the sidebar selectbox
KEPT = "_lang_kept"  # a plain copy: st.switch_page drops every widget's value, this one survives it


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """Every key of every catalogue file; a duplicate key or a missing language is an error naming the file."""
    merged: dict[str, dict[str, str]] = {}
    for path in sorted(CATALOGUE_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key, texts in data.items():
            if key in merged:
                raise ValueError(f"{path.name} : clé « {key} » déjà définie dans un autre fichier du catalogue")
            if not isinstance(texts, dict) or set(texts) != set(LANGUAGES):
                raise ValueError(f"{path.name} : la clé « {key} » doit avoir exactement les langues {sorted(LANGUAGES)}")
            merged[key] = {lang: str(text) for lang, text in texts.items()}
    return merged


def lang() -> str:
    """The session's language (``fr`` unless the user switched)."""
    value = st.session_state.get(KEY, DEFAULT)
    return value if value in LANGUAGES else DEFAULT


def language_selector() -> None:
    """The sidebar's language selectbox, drawn first on every page. Its value is copied to a plain
    session key and restored from it when Streamlit has dropped the widget's value (``st.switch_page``,
    as after « Qualifier », clears all widget state), so the language holds across page changes."""
    if KEY not in st.session_state and st.session_state.get(KEPT) in LANGUAGES:
        st.session_state[KEY] = st.session_state[KEPT]
    st.sidebar.selectbox(t("app.langue"), list(LANGUAGES), key=KEY, format_func=LANGUAGES.__getitem__)
    st.session_state[KEPT] = lang()


def t(key: str, **values: Any) -> str:
    """The text of ``key`` in the session's language; an unknown key raises (caught by the tests)."""
    text = catalogue()[key][lang()]
    return text.format(**values) if values else text


def t_in(language: str, key: str, **values: Any) -> str:
    """Like :func:`t`, in ``language`` (for text made once per language and kept)."""
    text = catalogue()[key][language if language in LANGUAGES else DEFAULT]
    return text.format(**values) if values else text


def t_or(key: str, default: str) -> str:
    """Like :func:`t`, but ``default`` (the engine's French label) for a key not yet in the catalogue:
    a fact or act kind added to the case model shows in French until translated (a test lists those)."""
    texts = catalogue().get(key)
    return texts[lang()] if texts else default
