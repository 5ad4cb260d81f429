"""Qualif — interface web (Streamlit). Lancer : `make run` ou `qualif app` (ui/serve.py : cette machine seulement) ;
`streamlit run ui/app.py` lance l'application seule, sans ses options de serveur (tests, développement)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # `streamlit run ui/app.py` puts only ui/ on the path

import streamlit as st

from ui import library_file, local_draft, service
from ui.display import keep_widget_state
from ui.i18n import lang, language_selector, t
from ui.page_dom import set_lang

st.set_page_config(page_title="Qualif", layout="wide")

language_selector()
set_lang(lang())
navigation = st.navigation(
    [
        st.Page("views/entry.py", title=t("nav.saisie"), default=True),
        st.Page("views/result.py", title=t("nav.resultat")),
        st.Page("views/library.py", title=t("nav.bibliotheque")),
        st.Page("views/rules.py", title=t("nav.regles")),
        st.Page("views/training.py", title=t("nav.entrainement")),
        st.Page("views/trainer.py", title=t("nav.formateur")),
    ]
)
st.sidebar.caption(t("app.avertissement"))
st.sidebar.caption(t("app.langue_note"))
keep_widget_state()
service.rulebook()  # the engine is built once per process, at the first page load rather than at the first click
try:  # an unusable library file: its French reason and the file chooser, on every page, instead of a traceback
    fault = service.open_library()  # opened once per process (examples only in a new one); busy, full: said, pages run
    local_draft.start()  # a reload of the tab finds the unsaved draft (its id is in the URL)
    library_file.notices(fault)
    navigation.run()
except service.StorageFault as exc:  # busy, full, read-only during a page: said, the draft stays in the session
    library_file.fault(exc)
except service.LibraryFileError as exc:
    library_file.blocked(exc)
