"""The library file: the screen shown instead of every page when it cannot be used, the file chooser, and the
notices of a library that works with limits (busy, read-only, examples not loaded, draft not kept locally).

The chooser opens another existing Qualif file or creates a new library where nothing is yet; the
choice holds for the session (``service.FILE_KEY``). No file is ever replaced, moved or deleted.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ui import local_draft, service
from ui.display import md
from ui.i18n import t

MESSAGE = "fichier_message"


def blocked(exc: service.LibraryFileError) -> None:
    """Stop the page: the French reason, then the chooser."""
    st.title(t("fichier.titre"))
    st.error(str(exc))
    st.markdown(t("fichier.explication"))
    chooser(exc.path)
    st.stop()


def notices(fault: service.StorageFault | None) -> None:
    """What limits the library now, in the sidebar of every page: nothing stops, nothing typed is lost."""
    if fault is not None:
        st.sidebar.warning(md(fault))
    if not service.library_writable():
        st.sidebar.warning(t("stockage.lecture_seule", chemin=md(service.library_path())))
    problem = service.preload_problem()
    if problem:
        st.sidebar.warning(t("stockage.exemples_non_charges", raison=md(problem)))
    if st.session_state.get(local_draft.FAULT_KEY):
        st.sidebar.warning(t("stockage.brouillon_non_garde", raison=md(st.session_state[local_draft.FAULT_KEY])))


def fault(exc: service.StorageFault) -> None:
    """A page stopped by a busy, full or read-only library: the reason under what was drawn, the draft kept."""
    st.error(md(f"{exc} {t('stockage.saisie_gardee')}"))


def chooser(current: Path) -> None:
    """A path, « open this file » and « new library here »."""
    if MESSAGE in st.session_state:
        st.error(st.session_state.pop(MESSAGE))
    st.text_input(t("fichier.chemin"), key="fichier_chemin", placeholder=str(current.with_name("qualif-nouvelle.sqlite3")))
    c1, c2, c3 = st.columns(3)
    c1.button(t("fichier.ouvrir"), key="fichier_ouvrir", on_click=choose, args=(False,))
    c2.button(t("fichier.nouveau"), key="fichier_nouveau", on_click=choose, args=(True,))
    if service.FILE_KEY in st.session_state:
        c3.button(t("fichier.defaut"), key="fichier_defaut", on_click=st.session_state.pop, args=(service.FILE_KEY, None))
        st.caption(t("fichier.choisi", chemin=md(service.library_path())))


def choose(new: bool) -> None:
    """Callback: switch the session to the path typed (an existing file, or a new library)."""
    typed = str(st.session_state.get("fichier_chemin") or "").strip()
    if not typed:
        st.session_state[MESSAGE] = t("fichier.chemin_vide")
        return
    path = Path(typed).expanduser().absolute()
    if new and path.is_dir():
        path = path / "qualif.sqlite3"
    try:
        service.use_library_file(path, new=new)
    except service.LibraryFileError as exc:
        st.session_state[MESSAGE] = str(exc)
