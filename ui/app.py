"""Qualif — interface web (Streamlit). Lancer : `make run` (ou `streamlit run ui/app.py`)."""

import brouillon_local
import fichier
import service
import streamlit as st
from affichage import keep_widget_state
from i18n import language_selector, t

st.set_page_config(page_title="Qualif", layout="wide")

language_selector()
navigation = st.navigation(
    [
        st.Page("page_saisie.py", title=t("nav.saisie"), default=True),
        st.Page("page_resultat.py", title=t("nav.resultat")),
        st.Page("page_bibliotheque.py", title=t("nav.bibliotheque")),
        st.Page("page_regles.py", title=t("nav.regles")),
        st.Page("page_entrainement.py", title=t("nav.entrainement")),
        st.Page("page_formateur.py", title=t("nav.formateur")),
    ]
)
st.sidebar.caption(t("app.avertissement"))
st.sidebar.caption(t("app.langue_note"))
keep_widget_state()
service.rulebook()  # the engine is built once per process, at the first page load rather than at the first click
try:  # an unusable library file: its French reason and the file chooser, on every page, instead of a traceback
    service.library()  # the local SQLite library, opened once per process (examples only in a new one)
    service.check_library()
    brouillon_local.start()  # a reload of the tab finds the unsaved draft (its id is in the URL)
    navigation.run()
except service.LibraryFileError as exc:
    fichier.blocked(exc)
