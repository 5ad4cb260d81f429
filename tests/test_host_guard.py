"""ui/host_guard.py: only requests addressed to this machine reach the app (DNS rebinding, other sites)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from ui.host_guard import LocalOnly, allowed, host_name


@pytest.mark.parametrize(
    ("host", "name"),
    [
        ("127.0.0.1:8501", "127.0.0.1"),
        ("LOCALHOST", "localhost"),
        ("localhost.:80", "localhost"),
        ("[::1]:8501", "[::1]"),
        ("localhost:x@evil", ""),
        ("", ""),
    ],
)
def test_host_name(host: str, name: str) -> None:
    assert host_name(host) == name


@pytest.mark.parametrize(
    ("headers", "ok"),
    [
        ({"host": "127.0.0.1:8501"}, True),
        ({"host": "localhost:8501", "origin": "http://localhost:8501"}, True),
        ({"host": "rebind.attacker.example:8501"}, False),
        ({"host": "127.0.0.1.nip.io"}, False),
        ({"host": "127.0.0.1:8501", "origin": "http://rebind.attacker.example"}, False),
        ({"host": "127.0.0.1:8501", "origin": "null"}, False),
        ({}, False),
    ],
)
def test_allowed(headers: dict[str, str], ok: bool) -> None:
    assert allowed(headers) is ok


def _call(scope_type: str, host: str) -> tuple[list[dict[str, Any]], bool]:
    reached = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        reached.append(True)
        if scope["type"] == "http":
            await send({"type": "http.response.start", "status": 200, "headers": []})

    sent: list[dict[str, Any]] = []

    async def send(message: Any) -> None:
        sent.append(message)

    async def receive() -> dict[str, Any]:
        return {}

    scope = {"type": scope_type, "headers": [(b"host", host.encode())]}
    asyncio.run(LocalOnly(app)(scope, receive, send))
    return sent, bool(reached)


def test_foreign_http_gets_403_in_french() -> None:
    sent, reached = _call("http", "rebind.attacker.example")
    assert not reached and sent[0]["status"] == 403 and "Accès refusé" in sent[1]["body"].decode()


def test_foreign_websocket_closed_before_accept() -> None:
    sent, reached = _call("websocket", "rebind.attacker.example:8501")
    assert not reached and sent == [{"type": "websocket.close", "code": 1008}]


def test_local_http_passes_and_cannot_be_framed() -> None:
    sent, reached = _call("http", "127.0.0.1:8501")
    assert reached and (b"x-frame-options", b"SAMEORIGIN") in sent[0]["headers"]
