"""``keystroke_to_results``: how long the operator waits, from the last key of a phone number
until the hits are on screen, measured on a real main window (offscreen by default).

The measured path is the real one: the number is typed into the search field key by key
(QTest key events; phone numbers are ASCII digits and hyphens), the debounce timer fires, the
search runs on the task runner's worker against the database, the hits come back through the
queued signal and the results model is reset; the clock stops when the window announces
``searchFinished`` for that query (emitted right after the model was updated).

A phone number is an index lookup, which the window runs without the debounce
(:data:`~crmdesk.gui.main_window.SEARCH_DEBOUNCE_MS` applies to substring searches only), so
the figure is what an operator typing a number waits for. ``include_debounce=False`` also
zeroes the substring-search debounce (for other kinds of query).
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from crmdesk.domain.ids import OperatorId
from crmdesk.domain.readmodels import OperatorView
from crmdesk.gui.app import quiet_offscreen_messages
from crmdesk.gui.main_window import SEARCH_DEBOUNCE_MS, MainWindow
from crmdesk.services.bench import OpStats, sample_phones, stats_of
from crmdesk.services.database import Database

__all__ = ["SEARCH_DEBOUNCE_MS", "keystroke_bench", "measure_keystroke_to_results"]

# Who the bench's window belongs to: nobody signs in, nothing is written.
_BENCH_OPERATOR = OperatorView(OperatorId(0), "bench", "bench", "operator")

# Give up on one sample after this long (a broken database must not hang the bench).
SAMPLE_TIMEOUT_MS = 30_000


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        # The platform plugin is chosen when the application is created: no display needed.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    assert isinstance(app, QApplication)
    return app


def _settle(app: QApplication, window: MainWindow) -> None:
    """Clear the field and let every pending search and timer finish (between two samples)."""
    window.ui.searchEdit.clear()
    window.search_now()  # the empty query: shown at once, no worker involved
    window.runner.wait(SAMPLE_TIMEOUT_MS)
    app.processEvents()


def measure_keystroke_to_results(
    database: Database,
    operator: OperatorView,
    phones: list[str],
    n: int,
    *,
    include_debounce: bool = True,
) -> list[float]:
    """Seconds from the last keystroke of a phone number to the updated results, ``n`` samples.

    ``phones`` are typed in turn (cycled when shorter than ``n``), as written (ASCII). Creates
    an offscreen QApplication when none exists. Raises TimeoutError when a search does not
    finish within :data:`SAMPLE_TIMEOUT_MS`, RuntimeError when it fails.
    """
    if not phones:
        raise ValueError("measure_keystroke_to_results needs at least one phone number")
    app = _application()
    window = MainWindow(database, operator, remember_geometry=False)
    if not include_debounce:
        window.set_search_debounce(0)
    window.show()
    edit = window.ui.searchEdit
    samples: list[float] = []
    outcome: dict[str, object] = {}
    loop = QEventLoop()
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)

    def finished(query: str, _count: int) -> None:
        if query == outcome.get("query"):
            outcome["end"] = time.perf_counter()
            loop.quit()

    def failed(message: str) -> None:
        outcome["error"] = message
        loop.quit()

    window.searchFinished.connect(finished)
    window.searchFailed.connect(failed)
    try:
        for i in range(n):
            phone = phones[i % len(phones)].strip()
            _settle(app, window)
            outcome.clear()
            outcome["query"] = phone
            edit.setFocus()
            QTest.keyClicks(edit, phone[:-1])
            QTest.keyClicks(edit, phone[-1])  # the last keystroke: the clock starts after it
            start = time.perf_counter()
            timeout.start(SAMPLE_TIMEOUT_MS)
            if "end" not in outcome:
                loop.exec()
            timeout.stop()
            if "error" in outcome:
                raise RuntimeError(f"the search for {phone!r} failed: {outcome['error']}")
            end = outcome.get("end")
            if not isinstance(end, float):
                raise TimeoutError(f"no results for {phone!r} within {SAMPLE_TIMEOUT_MS} ms")
            samples.append(end - start)
    finally:
        window.searchFinished.disconnect(finished)
        window.searchFailed.disconnect(failed)
        window.close()
        window.deleteLater()
        app.processEvents()
    return samples


def keystroke_bench(database: Database, n: int) -> dict[str, OpStats]:
    """``keystroke_to_results`` for ``crmdesk bench``: ``n`` customers' numbers typed in turn."""
    phones = sample_phones(database, n)
    previous = qInstallMessageHandler(quiet_offscreen_messages)
    try:
        samples = measure_keystroke_to_results(database, _BENCH_OPERATOR, phones, n)
    finally:
        qInstallMessageHandler(previous)
    return {"keystroke_to_results": stats_of(samples)}
