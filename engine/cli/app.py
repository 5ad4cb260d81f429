"""`qualif app`: the Streamlit app, served to this machine only, whatever the current folder.

Every server option that matters is passed as a command-line flag (flags win over any
``.streamlit/config.toml`` and environment variable), and the app runs behind ui/host_guard.py
(ui/serve.py), which refuses any HTTP request or WebSocket not addressed to localhost / 127.0.0.1.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from engine.case.limits import MAX_BYTES

SERVE = Path(__file__).resolve().parents[2] / "ui" / "serve.py"
ADDRESS = "127.0.0.1"
LOCAL_NAMES = ("localhost", "127.0.0.1")
MAX_UPLOAD_MB = MAX_BYTES // 1_000_000  # a case file: 5 MB, as everywhere (engine/case/limits.py)


def server_options(port: int) -> list[tuple[str, str]]:
    """The server options, in order (``server.allowedHosts`` repeated once per name)."""
    options = [
        ("server.address", ADDRESS),
        ("server.port", str(port)),
        *(("server.allowedHosts", name) for name in LOCAL_NAMES),
        ("server.enableXsrfProtection", "true"),
        ("server.xsrfCookieSameSite", "strict"),
        ("server.enableCORS", "true"),
        ("server.maxUploadSize", str(MAX_UPLOAD_MB)),
        ("server.maxWidgetStateSize", str(2 * MAX_UPLOAD_MB + 2)),  # what a browser may send: a 5 MB text pasted
        ("server.headless", "true"),
        ("server.runOnSave", "false"),
        ("server.enableStaticServing", "false"),
        ("server.enableAgentApi", "false"),
        ("server.baseUrlPath", ""),
        ("global.developmentMode", "false"),
        ("browser.gatherUsageStats", "false"),
        ("browser.serverAddress", ADDRESS),
        ("client.showErrorDetails", "none"),  # `false` is deprecated and still shows the stack trace
        ("client.showErrorLinks", "false"),
        ("client.toolbarMode", "minimal"),
        *(("client.allowedOrigins", f"http://{name}") for name in LOCAL_NAMES),  # no other site's frame drives it
        ("logger.level", "warning"),
    ]
    return options


def command(port: int) -> list[str]:
    """The command line that serves the app (``python -m streamlit run ui/serve.py --option value …``)."""
    flags = [part for name, value in server_options(port) for part in (f"--{name}", value)]
    return [sys.executable, "-m", "streamlit", "run", str(SERVE), *flags]


def add_parser(sub: Any) -> None:
    """Register the ``app`` subcommand on the ``qualif`` parser."""
    a = sub.add_parser("app", help="lancer l'application (http://127.0.0.1:8501, cette machine seulement)")
    a.add_argument("--port", type=_port, default=8501, help="port d'écoute sur 127.0.0.1 (défaut : 8501)")


def _port(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"port invalide « {text[:80]!r} » (attendu un nombre de 1 à 65535)")
    return int(text)


def run(args: argparse.Namespace) -> int:
    """Replace this process by the server (its signals and exit code are the app's); 2 if ui/ is absent."""
    if not SERVE.is_file():
        print("qualif app : l'application n'est disponible que depuis le dépôt source (ui/serve.py absent)", file=sys.stderr)
        return 2
    cmd = command(args.port)
    sys.stdout.flush()
    os.execv(cmd[0], cmd)
    return 0  # pragma: no cover - execv does not return
