"""One crmdesk per user, and the phone system's way in: ``crmdesk pop NUMBER``.

The first crmdesk a user starts listens on a local socket (QLocalServer: a Unix socket only
the user may open, a named pipe on Windows). A second start, or ``crmdesk pop``, finds it
there, sends one request and exits; the running window does the work. The protocol is one line
of JSON each way:

- ``{"cmd": "raise"}``: bring the window forward.
- ``{"cmd": "pop", "number": "0312345678"}``: bring it forward with the caller's card (or the
  new-customer form pre-filled with the number when nobody has it).
- ``{"cmd": "status"}``: the open customer id, the open dialog's class, who is signed in
  (for scripts and tests).
- ``{"cmd": "quit"}``: close the window as the menu would.

The name of the socket is derived from the user name and the user's config folder, so two users
on one Windows terminal server, or two test runs with their own config folders, never meet.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from crmdesk.config import config_dir

# How long a client waits for the running instance to connect and answer.
CLIENT_TIMEOUT_MS = 3000
# Longest request line accepted (a phone number request is under 100 bytes).
_MAX_REQUEST = 4096

Handler = Callable[[dict[str, Any]], dict[str, Any]]


def server_name() -> str:
    """The local socket's name for this user and config folder."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in a container: the folder still tells apart
        user = "user"
    digest = hashlib.sha256(f"{user}\0{config_dir()}".encode()).hexdigest()[:16]
    return f"crmdesk-{digest}"


def send(
    request: dict[str, Any], *, name: str | None = None, timeout_ms: int = CLIENT_TIMEOUT_MS
) -> dict[str, Any] | None:
    """Send ``request`` to the running crmdesk; its reply, or None when none is running."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(timeout_ms):
        return None
    socket.write((json.dumps(request, ensure_ascii=False) + "\n").encode())
    socket.waitForBytesWritten(timeout_ms)
    data = b""
    while b"\n" not in data:
        if not socket.waitForReadyRead(timeout_ms):
            break
        data += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    line = data.split(b"\n", 1)[0]
    if not line:
        return None
    try:
        reply = json.loads(line)
    except ValueError:
        return None
    return reply if isinstance(reply, dict) else None


class InstanceServer(QObject):
    """The running crmdesk's end: answers each request with ``handler``'s reply."""

    def __init__(
        self, handler: Handler, *, name: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._handler = handler
        self.name = name or server_name()
        self._server = QLocalServer(self)
        # Only this user may connect (Unix socket mode 0700; a DACL on Windows).
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; False if another live crmdesk answers on the name.

        The live check comes first because with UserAccessOption Qt creates the socket aside
        and renames it into place, which would silently replace a live instance's socket. A
        socket left behind by a crashed crmdesk answers nobody and is taken over.
        """
        if send({"cmd": "status"}, name=self.name, timeout_ms=500) is not None:
            return False
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        """Stop listening (the socket file goes)."""
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > _MAX_REQUEST:
                socket.disconnectFromServer()
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        try:
            request = json.loads(line)
            if not isinstance(request, dict):
                raise ValueError("a request is a JSON object")
            reply = self._handler(request)
        except ValueError as exc:
            reply = {"ok": False, "error": str(exc)}
        socket.write((json.dumps(reply, ensure_ascii=False) + "\n").encode())
        socket.flush()

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
