"""Small DOM fixes Streamlit does not offer: the page's ``lang``, captions' contrast, the scroll to the answer.

Streamlit serves ``<html lang="en">`` whatever the language; screen readers then read French with an English
voice. Each run sets the attribute to the session's language. After « Qualifier », the result page is
scrolled to its top, where the answer is (the browser otherwise keeps the entry form's scroll position).
"""

from __future__ import annotations

import json
import re

import streamlit as st

# Streamlit's captions are #828180 on white (contrast 3.9:1, below WCAG AA's 4.5:1): a darker grey.
CONTRAST_CSS = (
    '[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] * '
    "{ color: #55545a !important; opacity: 1 !important; }"
)


def set_lang(lang: str) -> None:
    """The page's language, and the contrast fix, on every run."""
    st.html(
        f"<style>{CONTRAST_CSS}</style><script>document.documentElement.lang = {json.dumps(lang)};</script>",
        unsafe_allow_javascript=True,
    )


def scroll_to_top(token: str) -> None:
    """Scroll the main area to the top once for each new ``token`` (a new result)."""
    if st.session_state.get("_scrolled") == token:
        return
    st.session_state["_scrolled"] = token
    st.html(
        "<script>for (const el of [document.querySelector('[data-testid=\"stMain\"]'), document.scrollingElement])"
        " { if (el) el.scrollTo(0, 0); } window.scrollTo(0, 0);</script>",
        unsafe_allow_javascript=True,
    )


def focus_widget(key: str) -> None:
    """Move the keyboard focus to the widget of ``key`` once it is drawn (after « Ajouter une personne »)."""
    css_class = "st-key-" + re.sub(r"[^a-zA-Z0-9_-]", "-", key.strip())  # as Streamlit names a keyed element
    st.html(
        "<script>(() => { let n = 0; const c = " + json.dumps(css_class) + ";"
        " const go = () => { const el = document.querySelector('.' + c + ' input, .' + c + ' textarea');"
        " if (el) { el.focus(); } else if (n++ < 60) { setTimeout(go, 50); } }; go(); })();</script>",
        unsafe_allow_javascript=True,
    )


def _css_class(key: str) -> str:
    return "st-key-" + re.sub(r"[^a-zA-Z0-9_-]", "-", key.strip())  # as Streamlit names a keyed element


def scroll_to(keys: list[str], fallback: str) -> None:
    """Scroll to the first drawn element of ``keys`` and give its field the keyboard (a refused case: the first
    field in error); when none is drawn (a hidden question), scroll to the element of ``fallback``."""
    classes = json.dumps([_css_class(k) for k in keys])
    st.html(
        "<script>(() => { let n = 0; const cs = " + classes + "; const fb = " + json.dumps(_css_class(fallback)) + ";"
        " const go = () => { for (const c of cs) { const el = document.querySelector('.' + c);"
        " if (el) { el.scrollIntoView({block: 'center'}); const f = el.querySelector('input, textarea, [tabindex]');"
        " if (f) { f.focus({preventScroll: true}); } return; } }"
        " if (n++ < 20) { setTimeout(go, 50); return; }"
        " const box = document.querySelector('.' + fb); if (box) { box.scrollIntoView({block: 'start'}); } };"
        " go(); })();</script>",
        unsafe_allow_javascript=True,
    )
