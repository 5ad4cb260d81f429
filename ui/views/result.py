"""Page « Résultat » : the last classification of this session, its explanations and its exports."""

from __future__ import annotations

from functools import partial
from typing import Literal

import streamlit as st

from ui import service
from ui.i18n import t
from ui.names import names_of
from ui.page_dom import scroll_to_top
from ui.results import folded, show_result

FORMATS: dict[Literal["pdf", "docx", "md"], str] = {"pdf": "PDF", "docx": "DOCX", "md": "Markdown"}
NOTES: tuple[Literal["qualification", "partie_civile"], ...] = ("qualification", "partie_civile")


def exports(result: service.Result, case: service.Case) -> None:
    """The notes' options and buttons, in a folded section built once opened (its widgets weigh on the first paint)."""
    c1, c2 = st.columns(2)
    pseudo = c1.checkbox(t("export.pseudonymiser"), key="export_pseudo")
    victims = [p.id for p in case.persons if p.id in {q.victim for q in result.qualifications}]
    labels: dict[str | None, str] = {None: t("export.toutes")}
    labels.update(names_of(case))
    choices: list[str | None] = [None, *victims]
    victim = c2.selectbox(t("export.victime"), choices, key="export_victime", format_func=labels.__getitem__)
    for kind in NOTES:
        cols = st.columns(len(FORMATS))
        for col, (fmt, name) in zip(cols, FORMATS.items(), strict=True):
            make, filename, mime = service.note_deferred(kind, fmt, case, result, pseudonymise=pseudo, victim=victim)
            col.download_button(
                t("export.bouton", note=t(f"export.court.{kind}"), fmt=name),
                make,  # made on click only: the result page stays fast
                filename,
                mime,
                key=f"dl:{kind}:{fmt}",
                on_click="ignore",
            )


st.title(t("resultat.titre"))
shown = st.session_state.get("resultat")
if not shown:
    st.info(t("resultat.vide"))
    st.page_link("views/entry.py", label=t("resultat.aller_saisie"))
else:
    scroll_to_top(str(id(shown["result"])))
    st.page_link("views/entry.py", label=t("resultat.modifier"))
    if shown.get("ms") is not None:
        st.caption(t("resultat.duree", ms=shown["ms"]))
    show_result(shown["result"], shown["label"], shown["case"])
    folded(t("export.titre"), "plus:export", partial(exports, shown["result"], shown["case"]))
