"""The desk's live line to the other desks on a shared database (PostgreSQL LISTEN/NOTIFY).

A thin Qt wrapper around crmdesk.services.live: the listener thread's callbacks become queued
signals on the GUI thread; announcements and heartbeats go through the task runner, never on
the GUI thread. On SQLite :func:`make_live_updates` returns None and the window works alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from crmdesk.domain.presence import HEARTBEAT_S
from crmdesk.domain.readmodels import OperatorView
from crmdesk.gui.tasks import TaskRunner
from crmdesk.services.database import Database
from crmdesk.services.live import LiveDesk, supports_live_updates


class LiveUpdates(QObject):
    """Signals for what other desks did; ``announce`` for what this desk shows."""

    # A customer's stored data changed at some desk (the id).
    customerChanged = Signal(int)
    # The set of other desks and what they show changed.
    presenceChanged = Signal()
    # The listening connection came up (True) or was lost (False).
    connectionChanged = Signal(bool)

    def __init__(
        self,
        database: Database,
        operator: OperatorView,
        runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # The listener thread emits these; Qt queues them to this object's (the GUI) thread.
        self._live = LiveDesk(
            database,
            operator,
            on_customer_changed=self.customerChanged.emit,
            on_presence_changed=self.presenceChanged.emit,
            on_connection=self.connectionChanged.emit,
        )
        self._runner = runner
        self._showing: int | None = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(HEARTBEAT_S * 1000))
        self._heartbeat.timeout.connect(self._beat)

    def start(self) -> None:
        """Start listening and the heartbeat."""
        self._live.start()
        self._heartbeat.start()

    def stop(self) -> None:
        """Say goodbye and stop (the window calls this when it closes)."""
        self._heartbeat.stop()
        self._live.stop()

    def announce(self, customer_id: int | None) -> None:
        """Tell the other desks which customer this desk shows now."""
        self._showing = customer_id
        live = self._live
        self._runner.submit(
            lambda: live.announce(customer_id), lambda _r: None, on_error=lambda _e: None
        )

    def others_on(self, customer_id: int) -> list[str]:
        """The other operators who have ``customer_id`` open."""
        return self._live.others_on(customer_id)

    def _beat(self) -> None:
        self._live.expire()
        self.announce(self._showing)


def make_live_updates(
    database: Database, operator: OperatorView, runner: TaskRunner, parent: QObject | None = None
) -> LiveUpdates | None:
    """LiveUpdates on PostgreSQL (not started yet); None on SQLite (one workstation)."""
    if not supports_live_updates(database):
        return None
    return LiveUpdates(database, operator, runner, parent)
