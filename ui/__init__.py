"""The Streamlit app: ``ui/app.py`` (entry point), ``ui/views/`` (one page a file) and their helpers."""
