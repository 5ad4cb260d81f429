"""An ASGI guard: only requests addressed to this machine by name (Host and, when sent, Origin) reach the app.

Streamlit's ``server.allowedHosts`` filters only the WebSocket; the guard also covers the plain HTTP routes
(media files such as the notes downloaded, uploads, components, health, metrics), so that a page that
rebinds its own name to 127.0.0.1 (DNS rebinding) or posts from another site gets a 403.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

LOCAL_NAMES = ("localhost", "127.0.0.1")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

REFUSED = "Accès refusé : Qualif ne répond qu'à cette machine (http://127.0.0.1 ou http://localhost).\n".encode()


def host_name(host: str) -> str:
    """The name part of a Host header (port and trailing dot removed, lower case); '' if malformed."""
    host = host.strip().lower()
    if host.startswith("["):  # an IPv6 literal: never one of the local names allowed
        return host.partition("]")[0] + "]"
    name, _, port = host.partition(":")
    return name.rstrip(".") if port.isdigit() or not port else ""


def allowed(headers: dict[str, str], names: tuple[str, ...] = LOCAL_NAMES) -> bool:
    """True when Host names this machine and the Origin, if any, is a page of this machine."""
    if host_name(headers.get("host", "")) not in names:
        return False
    origin = headers.get("origin")
    if origin is None:
        return True
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and (parts.hostname or "") in names


# No page of another site may frame the app (a frame's requests carry no Origin, and a frame could be driven).
FRAME_HEADERS = [(b"x-frame-options", b"SAMEORIGIN"), (b"content-security-policy", b"frame-ancestors 'self'")]


class LocalOnly:
    """Refuse (403, or a closed WebSocket) every request not addressed to this machine; forbid framing."""

    def __init__(self, app: ASGIApp, names: tuple[str, ...] = LOCAL_NAMES):
        self.app, self.names = app, names

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
            if not allowed(headers, self.names):
                await _refuse(scope, send)
                return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def framed(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *FRAME_HEADERS]
            await send(message)

        await self.app(scope, receive, framed)


async def _refuse(scope: Scope, send: Send) -> None:
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1008})  # before accept: the server answers 403
        return
    head = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(REFUSED)).encode())]
    await send({"type": "http.response.start", "status": 403, "headers": head})
    await send({"type": "http.response.body", "body": REFUSED})
