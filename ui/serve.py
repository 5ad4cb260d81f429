"""Qualif's server (``qualif app``, ``make run``): the app of ui/app.py behind the guard of ui/host_guard.py.

Started by ``streamlit run ui/serve.py`` with the server options as flags (engine/cli/app.py), whatever the
current folder; ``streamlit run ui/app.py`` still runs the app alone (tests, development).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from starlette.middleware import Middleware
from streamlit.starlette import App

from ui.host_guard import LocalOnly

app = App(Path(__file__).resolve().with_name("app.py"), middleware=[Middleware(LocalOnly)])
