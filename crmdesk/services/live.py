"""Live updates between desks on a shared database: changed customers and who has whom open.

A desk makes one :class:`LiveDesk`: it listens for changed customers (services announce them
in their transactions, crmdesk.store.notify) and for the other desks' presence notes, and it
announces its own open customer. On SQLite (one workstation) there is nobody to tell:
:func:`supports_live_updates` says no. Callbacks run on the listener's thread; the GUI
posts them on.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable

from crmdesk.domain.presence import PresenceBoard, PresenceNote
from crmdesk.domain.readmodels import OperatorView
from crmdesk.services.database import Database
from crmdesk.store.notify import (
    CUSTOMER_CHANNEL,
    PRESENCE_CHANNEL,
    NotificationListener,
    notify,
)


class LiveDesk:
    """One desk's end of the live updates (see the module docstring)."""

    def __init__(
        self,
        database: Database,
        operator: OperatorView,
        *,
        on_customer_changed: Callable[[int], None],
        on_presence_changed: Callable[[], None],
        on_connection: Callable[[bool], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._database = database
        self._operator = operator
        self._on_customer_changed = on_customer_changed
        self._on_presence_changed = on_presence_changed
        self._on_connection = on_connection or (lambda _connected: None)
        self._clock = clock
        self.desk_id = uuid.uuid4().hex
        self.board = PresenceBoard(self.desk_id)
        # The listener thread writes the board while the GUI thread reads it.
        self._lock = threading.Lock()
        self._showing: int | None = None
        self._listener = NotificationListener(
            database.engine, (CUSTOMER_CHANNEL, PRESENCE_CHANNEL), self._heard, self._state
        )

    def start(self) -> None:
        """Listen; the first connection asks the other desks to announce themselves."""
        self._listener.start()

    def stop(self) -> None:
        """Say goodbye (the others forget this desk at once) and stop listening."""
        try:
            self._send(
                PresenceNote(self.desk_id, self._operator.id, self._operator.name, None, bye=True)
            )
        finally:
            self._listener.stop()

    def announce(self, customer_id: int | None, *, hello: bool = False) -> None:
        """Tell the other desks which customer this desk shows (also the heartbeat)."""
        self._showing = customer_id
        self._send(
            PresenceNote(
                self.desk_id, self._operator.id, self._operator.name, customer_id, hello=hello
            )
        )

    def others_on(self, customer_id: int) -> list[str]:
        """The names of the other operators with ``customer_id`` open now."""
        with self._lock:
            return self.board.others_on(customer_id, self._clock())

    def expire(self) -> None:
        """Forget silent desks (call now and then; the heartbeat timer does)."""
        with self._lock:
            changed = self.board.expire(self._clock())
        if changed:
            self._on_presence_changed()

    def _send(self, note: PresenceNote) -> None:
        notify(self._database.engine, PRESENCE_CHANNEL, note.to_payload())

    def _state(self, connected: bool) -> None:
        self._on_connection(connected)
        if connected:
            # Announce ourselves and ask the others to do the same, rather than wait a beat.
            self.announce(self._showing, hello=True)

    def _heard(self, channel: str, payload: str) -> None:
        if channel == CUSTOMER_CHANNEL:
            if payload.isdigit():
                self._on_customer_changed(int(payload))
            return
        note = PresenceNote.from_payload(payload)
        if note is None or note.desk == self.desk_id:
            return
        with self._lock:
            changed = self.board.hear(note, self._clock())
        if changed:
            self._on_presence_changed()
        if note.hello:
            self.announce(self._showing)


def supports_live_updates(database: Database) -> bool:
    """True on PostgreSQL; SQLite has one workstation and nobody to tell."""
    return database.info.backend == "postgresql"
