"""Qualif — interface web (Streamlit). Lancer : `streamlit run ui/app.py`."""

import streamlit as st
from affichage import keep_widget_state

st.set_page_config(page_title="Qualif — aide à la qualification", layout="wide")

navigation = st.navigation(
    [
        st.Page("page_qualifier.py", title="Qualifier un dossier", default=True),
        st.Page("page_regles.py", title="Règles encodées"),
    ]
)
st.sidebar.caption(
    "Aide à la décision : les qualifications proposées ne remplacent pas l'appréciation "
    "du magistrat ou de l'avocat. Le dossier reste en mémoire le temps de la session : "
    "il n'est ni enregistré ni transmis."
)
keep_widget_state()
navigation.run()
