"""Page « Bibliothèque de dossiers » : the cases saved on this machine (SQLite), with their classification history."""

from __future__ import annotations

from typing import Any

import brouillon as b
import brouillon_local
import formulaire as f
import service
import streamlit as st
from affichage import md
from i18n import t


def open_case(case_id: int) -> None:
    try:
        case = service.library().open(case_id)
    except (ValueError, LookupError):  # deleted in another session, or no longer valid for the case model
        st.session_state["biblio_erreur"] = t("biblio.ouverture_impossible", id=case_id)
        st.rerun()
    st.session_state["draft"] = b.from_case_dict(b.case_dict(case))
    st.session_state["library_id"] = case_id
    st.session_state["problems"] = []
    st.session_state["origin"] = t("biblio.origine", id=case_id)
    f.forget_widgets()
    brouillon_local.forget()  # the opened case is the saved one: nothing unsaved to keep yet
    st.switch_page("page_saisie.py")


def duplicate(case_id: int) -> None:
    """Callback (runs before the page): the copy becomes the selected case."""
    st.session_state["biblio_choix"] = service.library().duplicate(case_id)


def delete(case_id: int) -> None:
    service.library().delete(case_id)
    st.session_state.pop("biblio_choix", None)
    st.session_state["biblio_confirmer"] = False
    if st.session_state.get("library_id") == case_id:
        st.session_state.pop("library_id", None)


def summary(data: dict[str, Any]) -> str:
    """« victim : article (status) » for each principal qualification of a past classification."""
    parts = [
        f"{p['victim']} : art. {p['article']} ({t('statut.' + str(p['status']))})"
        for p in data.get("principal", [])
        if p.get("article")
    ]
    return " ; ".join(parts) or "—"


st.title(t("biblio.titre"))
st.caption(t("biblio.aide", chemin=md(service.library_path())))
lib = service.library()
if "biblio_erreur" in st.session_state:
    st.error(st.session_state.pop("biblio_erreur"))
rows = lib.list()
if not rows:
    st.info(t("biblio.vide"))
else:
    st.dataframe(
        [
            {
                t("biblio.col.id"): r.id,
                t("biblio.col.reference"): r.reference,
                t("biblio.col.titre"): r.title or "",
                t("biblio.col.maj"): f"{r.updated:%d/%m/%Y %H:%M}",
                t("biblio.col.qualifications"): r.classifications,
            }
            for r in rows
        ],
        hide_index=True,
        width="stretch",
    )
    labels = {r.id: f"{r.id} — {r.reference} — {r.title or ''}" for r in rows}
    if st.session_state.get("biblio_choix") not in labels:
        st.session_state["biblio_choix"] = rows[0].id
    chosen = st.selectbox(t("biblio.choix"), list(labels), key="biblio_choix", format_func=labels.__getitem__)
    c1, c2, c3 = st.columns(3)
    if c1.button(t("biblio.ouvrir"), type="primary", key="biblio_ouvrir"):
        open_case(chosen)
    c2.button(t("biblio.dupliquer"), key="biblio_dupliquer", on_click=duplicate, args=(chosen,))
    sure = c3.checkbox(t("biblio.confirmer"), key="biblio_confirmer")
    c3.button(t("biblio.supprimer"), key="biblio_supprimer", on_click=delete, args=(chosen,), disabled=not sure)
    history = lib.history(chosen)
    st.markdown(f"#### {t('biblio.historique')}")
    if not history:
        st.caption(t("biblio.historique_vide"))
    else:
        st.dataframe(
            [
                {
                    t("biblio.col.date"): f"{h.classified_at:%d/%m/%Y %H:%M}",
                    t("biblio.col.regles"): h.ruleset_version,
                    t("biblio.col.loi"): f"{h.law_date:%d/%m/%Y}" if h.law_date else t("res.loi_acte"),
                    t("biblio.col.resume"): summary(h.summary),
                }
                for h in history
            ],
            hide_index=True,
            width="stretch",
        )
