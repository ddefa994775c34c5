"""Telling other operators' open windows that a customer changed (PostgreSQL LISTEN/NOTIFY).

Two channels: ``crmdesk_customer`` (a customer's data changed; payload the id) and
``crmdesk_presence`` (which customer a desk shows; crmdesk.domain.presence). The
:class:`NotificationListener` receives both over one dedicated connection.

A service that changes a customer (the card, a flag, a call, a complaint, a subscription …) calls
``notify_customer_changed`` inside its transaction. PostgreSQL queues the notification and
delivers it to every session that has run ``LISTEN crmdesk_customer`` only when the transaction
commits, so a rolled-back action announces nothing; duplicates within one transaction are
folded into one. SQLite has no such mechanism and a SQLite database has one workstation, so the
call is a no-op there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import psycopg
from psycopg import sql
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

#: The channel a listener subscribes to; the payload is the customer id in decimal.
CUSTOMER_CHANNEL = "crmdesk_customer"


def notify_customer_changed(session: Session, customer_id: int) -> None:
    """Queue ``customer_id`` on the ``crmdesk_customer`` channel, delivered at commit."""
    if session.get_bind().dialect.name != "postgresql":
        return
    session.execute(select(func.pg_notify(CUSTOMER_CHANNEL, str(int(customer_id)))))


#: The channel of the desks' presence announcements (crmdesk.domain.presence); JSON payload.
PRESENCE_CHANNEL = "crmdesk_presence"
# How long one wait for notifications lasts: the longest a stop() waits for the thread.
_POLL_S = 0.5
# Pause before reconnecting after the server went away (doubling up to the maximum).
_RECONNECT_S = 1.0
_RECONNECT_MAX_S = 30.0


def notify(engine: Engine, channel: str, payload: str) -> None:
    """Send one notification now, in its own short transaction (PostgreSQL only)."""
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as conn:
        conn.execute(select(func.pg_notify(channel, payload)))


class NotificationListener:
    """LISTEN on ``channels`` over a dedicated connection, in a daemon thread.

    ``on_notify(channel, payload)`` and ``on_state(connected)`` are called from that thread;
    the caller moves them to wherever it needs them (the GUI posts them to its own thread).
    A lost connection (server restart, network) is retried with growing pauses; notifications
    sent meanwhile are lost, which is why the desk refreshes the open card on reconnect.
    """

    def __init__(
        self,
        engine: Engine,
        channels: tuple[str, ...],
        on_notify: Callable[[str, str], None],
        on_state: Callable[[bool], None] | None = None,
    ) -> None:
        self._conninfo = engine.url.set(drivername="postgresql").render_as_string(
            hide_password=False
        )
        self._channels = channels
        self._on_notify = on_notify
        self._on_state = on_state or (lambda _connected: None)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start listening (idempotent)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="crmdesk-listen", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and close the connection (waits up to ``timeout`` seconds)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        pause = _RECONNECT_S
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True) as conn:
                    for channel in self._channels:
                        conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
                    self._on_state(True)
                    pause = _RECONNECT_S
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=_POLL_S):
                            self._on_notify(note.channel, note.payload)
            except psycopg.Error:
                self._on_state(False)
                self._stop.wait(pause)
                pause = min(pause * 2, _RECONNECT_MAX_S)
