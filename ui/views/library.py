"""Page « Bibliothèque de dossiers » : the cases saved on this machine (SQLite), their history, and the bin.

Every action is a callback whose arguments are the id and version of the case drawn with it, never
re-read from a selection that may change; deleting and erasing also need their confirmation box,
keyed by that id and version (a case changed meanwhile needs a new confirmation). A case changed or
deleted in another tab is refused by the library, and a French message says so: nothing is done. A busy, full
or read-only library gives its French reason (engine/storage/faults.py), and nothing is changed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import streamlit as st

from ui import draft as b
from ui import form as f
from ui import library_file, local_draft, service
from ui.display import md
from ui.i18n import t

ERROR, DONE, GO = "biblio_erreur", "biblio_fait", "biblio_aller_saisie"
TABLE = "biblio_table"  # the cases' table: a row clicked opens its case
SHOWN = "_biblio_lignes"  # (id, version, name) of each row of the table as last drawn: what a click points at
HANDLED = "_biblio_ligne_ouverte"  # the row already acted on, until it is unselected (a rerun never opens it twice)


def name(entry: Any) -> str:
    """« title — reference » (the reference alone if it is the title)."""
    return entry.reference if entry.title in ("", entry.reference) else f"{entry.title} — {entry.reference}"


def confirmation(kind: str, entry_id: int, version: int) -> str:
    return f"biblio_{kind}:{entry_id}:{version}"


def attempt(action: Callable[[], Any], nom: str) -> bool:
    """Run a library action; on refusal, the French reason for the page to show."""
    try:
        action()
        return True
    except service.CaseChanged:
        st.session_state[ERROR] = t("biblio.refus_modifie", nom=nom)
    except service.CaseNotFound:
        st.session_state[ERROR] = t("biblio.refus_disparu", nom=nom)
    except service.LibraryFileError as exc:
        st.session_state[ERROR] = str(exc)
    except ValueError:  # CaseInputError: no longer fits the case model
        st.session_state[ERROR] = t("biblio.refus_invalide", nom=nom)
    return False


def open_case(entry_id: int, version: int, nom: str) -> None:
    opened: list[service.Case] = []
    if attempt(lambda: opened.append(service.library().open(entry_id, version)), nom):
        st.session_state["draft"] = b.from_case_dict(b.case_dict(opened[0]))
        st.session_state["library_id"], st.session_state["library_version"] = entry_id, version
        st.session_state["problems"] = []
        st.session_state["origin"] = t("biblio.origine", id=entry_id)
        f.forget_widgets()
        local_draft.forget()  # the opened case is the saved one: nothing unsaved to keep yet
        st.session_state[GO] = True


def duplicate(entry_id: int, version: int, nom: str) -> None:
    """The copy becomes the selected case."""
    copies: list[int] = []
    if attempt(lambda: copies.append(service.library().duplicate(entry_id, version)), nom):
        st.session_state["biblio_choix"] = copies[0]


def delete(entry_id: int, version: int, nom: str) -> None:
    if not st.session_state.get(confirmation("confirmer", entry_id, version)):
        return  # the box ticked was not this case's, at this version
    if attempt(lambda: service.library().delete(entry_id, version), nom):
        st.session_state[DONE] = t("biblio.mis_a_la_corbeille", nom=nom)
        st.session_state.pop("biblio_choix", None)
        if st.session_state.get("library_id") == entry_id:
            st.session_state.pop("library_id", None)
            st.session_state.pop("library_version", None)


def restore(entry_id: int, version: int, nom: str) -> None:
    if attempt(lambda: service.library().restore(entry_id, version), nom):
        st.session_state[DONE] = t("biblio.restaure", nom=nom)
        st.session_state["biblio_choix"] = entry_id


def erase(entry_id: int, version: int, nom: str) -> None:
    if st.session_state.get(confirmation("effacer", entry_id, version)) and attempt(
        lambda: service.library().erase(entry_id, version), nom
    ):
        st.session_state[DONE] = t("biblio.efface", nom=nom)


def empty_bin(seen: tuple[tuple[int, int], ...], key: str) -> None:
    if st.session_state.get(key) and attempt(lambda: service.library().empty_bin(seen), t("biblio.corbeille")):
        st.session_state[DONE] = t("biblio.corbeille_videe", n=len(seen))


def summary(data: dict[str, Any]) -> str:
    """« victim : article (status) » for each principal qualification of a past classification."""
    parts = [
        f"{p['victim']} : art. {p['article']} ({t('statut.' + str(p['status']))})"
        for p in data.get("principal", [])
        if p.get("article")
    ]
    return " ; ".join(parts) or "—"


def pick(rows: list[Any], key: str, label: str) -> Any:
    """The selected entry; a selection gone meanwhile (another tab) is said, never silently replaced."""
    by_id = {r.id: r for r in rows}
    wanted = st.session_state.get(key)
    if wanted is not None and wanted not in by_id:
        st.warning(t("biblio.disparu", id=wanted))
    if wanted not in by_id:
        st.session_state[key] = rows[0].id
    return by_id[st.selectbox(label, list(by_id), key=key, format_func=lambda i: f"n° {i} — {name(by_id[i])}")]


def open_clicked(rows: list[Any], selected: list[int]) -> None:
    """A row clicked opens its case, as « Ouvrir » does. The row is read in the table as it was drawn when
    clicked (another tab may have changed the list since), at the version then shown: a case changed or
    deleted meanwhile is refused, said, and nothing is opened."""
    if not selected:
        st.session_state.pop(HANDLED, None)
        return
    shown: list[tuple[int, int, str]] = st.session_state.get(SHOWN) or [(r.id, r.version, name(r)) for r in rows]
    if st.session_state.get(HANDLED) == selected or selected[0] >= len(shown):
        return  # already acted on (refused: said once), or a row no longer drawn
    st.session_state[HANDLED] = selected
    open_case(*shown[selected[0]])
    if st.session_state.pop(GO, False):
        st.switch_page("views/entry.py")
    st.rerun()  # refused: the reason at the top of the page


def cases(rows: list[Any]) -> None:
    st.caption(t("biblio.ligne_aide"))
    event = st.dataframe(
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
        key=TABLE,
        on_select="rerun",
        selection_mode="single-row",
        column_config={t("biblio.col.id"): st.column_config.NumberColumn(format="%d")},
    )
    open_clicked(rows, list(event.selection.rows))
    st.session_state[SHOWN] = [(r.id, r.version, name(r)) for r in rows]
    chosen = pick(rows, "biblio_choix", t("biblio.choix"))
    ident = (chosen.id, chosen.version, name(chosen))
    c1, c2, c3 = st.columns(3)
    c1.button(t("biblio.ouvrir"), type="primary", key="biblio_ouvrir", on_click=open_case, args=ident)
    c2.button(t("biblio.dupliquer"), key="biblio_dupliquer", on_click=duplicate, args=ident)
    sure = c3.checkbox(t("biblio.confirmer", nom=md(ident[2])), key=confirmation("confirmer", chosen.id, chosen.version))
    c3.button(t("biblio.supprimer"), key="biblio_supprimer", on_click=delete, args=ident, disabled=not sure)
    st.markdown(f"## {t('biblio.historique')}")
    try:
        history = service.library().history(chosen.id)
    except service.CaseNotFound:  # binned in another tab since the list was read
        history = []
    if not history:
        st.caption(t("biblio.historique_vide"))
        return
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


def bin_(rows: list[Any]) -> None:
    st.markdown(f"## {t('biblio.corbeille')}")
    if not rows:
        st.caption(t("biblio.corbeille_vide"))
        return
    st.caption(t("biblio.corbeille_aide"))
    st.dataframe(
        [
            {
                t("biblio.col.id"): r.id,
                t("biblio.col.reference"): r.reference,
                t("biblio.col.titre"): r.title or "",
                t("biblio.col.corbeille"): f"{r.binned:%d/%m/%Y %H:%M}" if r.binned else "",
            }
            for r in rows
        ],
        hide_index=True,
        width="stretch",
    )
    chosen = pick(rows, "biblio_corbeille_choix", t("biblio.corbeille_choix"))
    ident = (chosen.id, chosen.version, name(chosen))
    c1, c2, c3 = st.columns(3)
    c1.button(t("biblio.restaurer"), key="biblio_restaurer", on_click=restore, args=ident)
    sure = c2.checkbox(t("biblio.confirmer_effacer", nom=md(ident[2])), key=confirmation("effacer", chosen.id, chosen.version))
    c2.button(t("biblio.effacer"), key="biblio_effacer", on_click=erase, args=ident, disabled=not sure)
    seen = tuple((r.id, r.version) for r in rows)
    key = "biblio_vider:" + hashlib.sha256(repr(seen).encode()).hexdigest()[:16]
    sure_all = c3.checkbox(t("biblio.confirmer_vider", n=len(seen)), key=key)
    c3.button(t("biblio.vider"), key="biblio_vider", on_click=empty_bin, args=(seen, key), disabled=not sure_all)


if st.session_state.pop(GO, False):
    st.switch_page("views/entry.py")
st.title(t("biblio.titre"))
st.caption(t("biblio.aide", chemin=md(service.library_path())))
if ERROR in st.session_state:
    st.error(st.session_state.pop(ERROR))
if DONE in st.session_state:
    st.success(st.session_state.pop(DONE))
try:  # busy (another program holds the lock), full, read-only: said here, the file chooser stays below
    lib = service.library()
    live = lib.list()
    if live:
        cases(live)
    else:
        st.info(t("biblio.vide"))
    bin_(lib.binned())
except service.StorageFault as exc:
    st.error(md(exc))
    st.button(t("stockage.reessayer"), key="biblio_reessayer")
with st.expander(t("fichier.changer")):
    library_file.chooser(service.db_path())
