"""The pages of the app, one a file, run by ``st.navigation`` (ui/app.py). Not named ``pages/``: Streamlit
would take that folder for its legacy multipage layout and run a page without ui/app.py."""
