"""The « Déclarations » section of the entry page: what someone said, beside the facts, never one of them.

A statement is drawn like a conduct of the victim (ui/views/entry.py): a card per item, bound to the draft
through ui/form.py, so what is typed survives errors, reruns and language switches. It sets no fact: the
finding or knowledge it bears on stays as the user answers it, unknown unless decided.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from ui import draft as b
from ui import form as f
from ui import service
from ui.i18n import lang, t


def question(name: str) -> str:
    return service.questions(lang()).get(name, name)


def statement_card(
    d: dict[str, Any], i: int, s: dict[str, Any], who: Callable[[str], str], problems: list[tuple[str, str]]
) -> None:
    uid, path = s["_uid"], f"statements[{i}]"
    ids = b.person_ids(d)
    with st.container(border=True):
        c1, c2, c3 = st.columns(3)
        with c1:
            f.select(s, "by", f.label("Statement", "by"), uid, ids, who, problems, f"{path}.by")
            f.select(s, "about", f.label("Statement", "about"), uid, ids, who, problems, f"{path}.about")
        with c2:
            f.date(s, "date", f.label("Statement", "date"), uid, problems, f"{path}.date")
            f.text(s, "source", f.label("Statement", "source"), uid, problems, f"{path}.source")
        with c3:
            names = list(service.questions(lang()))  # ordered by the label of the page's language
            f.select(s, "bears_on", f.label("Statement", "bears_on"), uid, names, question, problems, f"{path}.bears_on")
        f.text(s, "content", f.label("Statement", "content"), uid, problems, f"{path}.content", area=True)
        what = t("form.la_declaration", id=str(s.get("id") or ""))
        f.delete_button(d, "statements", uid, what)


def statements_section(d: dict[str, Any], who: Callable[[str], str], problems: list[tuple[str, str]]) -> None:
    st.markdown(f"**{t('saisie.declarations')}**")
    st.caption(t("saisie.declarations_aide"))
    for i, s in enumerate(d["statements"]):
        statement_card(d, i, s, who, problems)
    item = {"id": b.next_id("d", d["statements"])}
    f.add_button(d, "statements", t("saisie.ajouter_declaration"), "add_statement", item, "by")
