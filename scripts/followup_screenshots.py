"""Grab docs/queue.png, docs/followups_supervisor.png and docs/followups_unassigned.png
offscreen from a demo database.

    .venv/bin/python -m crmdesk demo --db /tmp/demo5k.sqlite3 --customers 5000 \
        --today 2026-12-06 --no-gui
    .venv/bin/python -m crmdesk --db /tmp/demo5k.sqlite3 followups refresh --today 2026-12-06
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/followup_screenshots.py /tmp/demo5k.sqlite3

It works a few follow-ups through the window as an operator would (F8, a result), so the
supervisor view has work per operator, then claims one more and grabs the desk with its script.
The database is changed (claims, results): use a copy made for this.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from crmdesk.domain.followups import CallResult
from crmdesk.gui.app import install_translators
from crmdesk.gui.followups_admin import FollowUpsReportDialog
from crmdesk.gui.fonts import register_fonts
from crmdesk.gui.main_window import MainWindow
from crmdesk.services.database import open_database
from crmdesk.services.operators import ensure_local_operator

DOCS = Path(__file__).resolve().parent.parent / "docs"
TODAY = dt.date(2026, 12, 6)


def wait_until(app: QApplication, done: object, seconds: float = 30.0) -> None:
    """Run the event loop until ``done()`` is true (RuntimeError after ``seconds``)."""
    deadline = dt.datetime.now() + dt.timedelta(seconds=seconds)
    while not done():  # type: ignore[operator]
        if dt.datetime.now() > deadline:
            raise RuntimeError("timed out")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settle(app: QApplication, msecs: int = 400) -> None:
    """Let layouts and queued results arrive."""
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def main(path: str) -> int:
    """Work the queue a little and grab the two screenshots."""
    app = QApplication(sys.argv[:1])
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "/tmp/fg-qs")
    register_fonts()
    install_translators(app, "ja")  # Qt's own buttons (閉じる) in Japanese too
    database = open_database(path)
    operator = ensure_local_operator(database.uow(), "sv01")
    win = MainWindow(
        database, operator, remember_geometry=False, today=lambda: TODAY, schedule_refresh=False
    )
    win.resize(1500, 900)
    win.show()
    panel = win.ui.followupPanel
    wait_until(app, lambda: panel.shared_model.total > 0)
    for result in (CallResult.NO_ANSWER, CallResult.ORDERED, CallResult.NO_ANSWER):
        panel.next()
        wait_until(app, lambda: panel.claimed is not None)
        panel.record(result)
        wait_until(app, lambda: panel.claimed is None and not panel.busy)
    panel.next()
    wait_until(app, lambda: panel.claimed is not None and win.card is not None)
    card = panel.claimed
    assert card is not None
    wait_until(
        app, lambda: win.card is not None and win.card.summary.id == card.follow_up.customer_id
    )
    win.ui.resultsView.setMinimumHeight(0)
    win.ui.mainSplitter.setSizes([60, 840])
    win.resizeDocks([win.ui.followupDock], [560], Qt.Orientation.Horizontal)
    settle(app, 800)
    win.grab().save(str(DOCS / "queue.png"))
    dialog = FollowUpsReportDialog(win.context, win)
    dialog.resize(1180, 640)
    dialog.show()
    wait_until(app, lambda: dialog.report is not None)
    settle(app, 500)
    dialog.grab().save(str(DOCS / "followups_supervisor.png"))
    dialog.ui.tabs.setCurrentIndex(2)
    settle(app, 300)
    dialog.grab().save("/tmp/fg/followups_supervisor_operators.png")
    dialog.ui.tabs.setCurrentIndex(1)
    settle(app, 300)
    dialog.grab().save("/tmp/fg/followups_supervisor_overdue.png")
    dialog.ui.tabs.setCurrentWidget(dialog.ui.unassignedTab)
    wait_until(app, lambda: dialog.unassigned.rowCount() > 0)
    dialog.ui.unassignedView.selectRow(0)
    settle(app, 300)
    dialog.grab().save(str(DOCS / "followups_unassigned.png"))
    dialog.close()
    panel.release()
    wait_until(app, lambda: panel.claimed is None and not panel.busy)
    win.close()
    # Widgets go before the application and the database (else Python may tear them down in
    # the wrong order at exit).
    win.deleteLater()
    app.processEvents()
    database.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
