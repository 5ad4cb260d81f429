"""Display helpers shared by the pages (no engine access here)."""

from __future__ import annotations

import datetime as dt
import re

import streamlit as st

# Widget keys whose value survives a visit to another page (see keep_widget_state).
KEPT_KEYS = ("exemple", "saisie", "export_pseudo", "export_victime", "biblio_choix", "biblio_corbeille_choix")
_MARKDOWN = re.compile(r"([\\`*_\[\]<>$~|#])")


def md(text: object) -> str:
    """Text safe to embed in st.markdown: one line, no link, image, HTML, formula or emphasis."""
    return _MARKDOWN.sub(r"\\\1", " ".join(str(text).split()))


def date_fr(day: dt.date | None, missing: str = "non établie") -> str:
    return f"{day:%d/%m/%Y}" if day else missing


def keep_widget_state() -> None:
    """Streamlit forgets a widget's value when a run does not draw it (another page is shown);
    writing the value back through st.session_state on every run keeps it (text typed, choices)."""
    for key in KEPT_KEYS:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]
