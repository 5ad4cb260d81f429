"""`qualif app` serves this machine only, whatever the current folder (issue 6/7, point 2).

The server is started from a temporary folder holding a hostile ``.streamlit/config.toml`` (every
interface, usage statistics, full error details): the flags of engine/cli/app.py must win. Then: it
listens on 127.0.0.1 only; a foreign Host or Origin is refused on the WebSocket and on every plain-HTTP
route, including the media route that serves the case exported (ui/host_guard.py).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.cli.app import command, server_options

ROOT = Path(__file__).resolve().parent.parent
FOREIGN = "rebind.attacker.example"
HOSTILE_CONFIG = """[server]
address = "0.0.0.0"
allowedHosts = ["*"]
enableXsrfProtection = false
enableCORS = false
[browser]
gatherUsageStats = true
[client]
showErrorDetails = "full"
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _status(port: int, path: str, host: str, origin: str | None = None, upgrade: bool = False) -> tuple[int, bytes]:
    """Status and body of one raw HTTP/1.1 request (exact Host and Origin headers, as a rebinding page sends)."""
    lines = [f"GET {path} HTTP/1.1", f"Host: {host}:{port}", "Connection: close"]
    if origin:
        lines.append(f"Origin: {origin}")
    if upgrade:
        lines[2:3] = ["Connection: Upgrade", "Upgrade: websocket", "Sec-WebSocket-Version: 13"]
        lines += ["Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Protocol: streamlit"]
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        data = b""
        while b"\r\n\r\n" not in data or not upgrade:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    cwd = tmp_path_factory.mktemp("ailleurs")
    (cwd / ".streamlit").mkdir()
    (cwd / ".streamlit" / "config.toml").write_text(HOSTILE_CONFIG, encoding="utf-8")
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(cwd / "data"), "QUALIF_DB": str(cwd / "q.sqlite3")}
    cmd = [sys.executable, "-m", "engine.cli.main", "app", "--port", str(port)]
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("le serveur n'a pas démarré en 90 s")
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _listening(port: int) -> list[str]:
    """Local addresses (hex, as in /proc/net/tcp*) of the sockets listening on ``port``."""
    out = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, _, hex_port = fields[1].rpartition(":")
            if int(hex_port, 16) == port and fields[3] == "0A":  # 0A: LISTEN
                out.append(address)
    return out


def _other_address() -> str | None:
    """An address of this machine that is not loopback, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 1))  # no packet is sent: only the route is chosen
            address = str(s.getsockname()[0])
        except OSError:
            return None
    return None if address.startswith("127.") else address


def test_options_are_streamlit_options() -> None:
    from streamlit import config
    from streamlit.config import ShowErrorDetailsConfigOptions

    options = dict(server_options(8501))
    assert all(name in config._config_options_template for name, _ in server_options(8501))
    assert options["client.showErrorDetails"] == ShowErrorDetailsConfigOptions.NONE
    assert [v for n, v in server_options(8501) if n == "server.allowedHosts"] == ["localhost", "127.0.0.1"]
    assert command(8501)[3:5] == ["run", str(ROOT / "ui" / "serve.py")]


@pytest.mark.slow
def test_listens_on_loopback_only(server: int) -> None:
    assert _listening(server) == ["0100007F"]  # 127.0.0.1, neither 0.0.0.0 nor IPv6
    other = _other_address()
    if other is not None:
        with pytest.raises(OSError), socket.create_connection((other, server), timeout=3):
            pass


@pytest.mark.slow
def test_websocket_refused_for_a_foreign_host_or_origin(server: int) -> None:
    assert _status(server, "/_stcore/stream", "127.0.0.1", upgrade=True)[0] == 101
    assert _status(server, "/_stcore/stream", "localhost", "http://localhost:1", upgrade=True)[0] == 101
    assert _status(server, "/_stcore/stream", FOREIGN, upgrade=True)[0] == 403
    assert _status(server, "/_stcore/stream", FOREIGN, f"http://{FOREIGN}:{server}", upgrade=True)[0] == 403
    assert _status(server, "/_stcore/stream", "127.0.0.1", f"http://{FOREIGN}", upgrade=True)[0] == 403


@pytest.mark.slow
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/_stcore/health",
        "/_stcore/metrics",
        "/_stcore/host-config",
        "/media/x.json",
        "/component/x/index.html",
        "/_stcore/upload_file/s/f",
        "/_stcore/agent/openapi.json",
        "/static/index.html",
    ],
)
def test_plain_http_refused_for_a_foreign_host(server: int, path: str) -> None:
    status, body = _status(server, path, FOREIGN)
    assert status == 403 and "Accès refusé" in body.decode()


def _session(port: int) -> tuple[object, str]:
    """One browser session over the WebSocket: the NewSession config and the URL of the case export."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from websockets.sync.client import connect

    config, url = None, ""
    with connect(f"ws://127.0.0.1:{port}/_stcore/stream", subprotocols=["streamlit"], open_timeout=10) as ws:  # type: ignore[list-item]
        rerun = BackMsg()
        rerun.rerun_script.query_string = ""
        ws.send(rerun.SerializeToString())
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not url:
            msg = ForwardMsg()
            msg.ParseFromString(ws.recv(timeout=60))
            if msg.WhichOneof("type") == "new_session":
                config = msg.new_session.config
            elif msg.WhichOneof("type") == "delta" and msg.delta.new_element.WhichOneof("type") == "download_button":
                url = msg.delta.new_element.download_button.url
    return config, url


@pytest.mark.slow
def test_the_case_exported_is_served_to_this_machine_only(server: int) -> None:
    config, url = _session(server)
    assert config is not None and config.gather_usage_stats is False  # type: ignore[attr-defined]
    assert url.startswith("/media/")
    status, body = _status(server, url, "127.0.0.1")
    assert status == 200 and b'"id"' in body
    assert _status(server, url, FOREIGN)[0] == 403  # plain Streamlit (allowedHosts set) answers 200 here
