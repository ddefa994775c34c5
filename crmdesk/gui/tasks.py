"""A small task runner: run a function on a worker thread, get its result on the GUI thread.

Every query that may take more than a few tens of milliseconds goes through here so the window
never freezes while the operator is on the phone. A task that belongs to a *key* (for example
``"search"``) supersedes the previous task with that key: when the older one finishes later, its
result is dropped instead of overwriting what the operator sees now.

Reads run in parallel on the read pool; writes (``write=True``) go through one *write lane*, a
pool of a single thread, so an embedded SQLite database only ever sees one writer from this
window and two saves never race each other into a "database is locked".
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Pending:
    key: str | None
    on_result: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None


class _Task(QRunnable):
    """Runs ``fn`` in the pool and posts the outcome to the runner's queued signal."""

    def __init__(self, task_id: int, fn: Callable[[], Any], post: Callable[..., None]) -> None:
        super().__init__()
        self._task_id = task_id
        self._fn = fn
        self._post = post

    def run(self) -> None:
        """Worker thread: call the function; never touch a widget here."""
        try:
            result = self._fn()
        except BaseException as exc:  # the GUI thread decides what to show
            outcome: tuple[Any, BaseException | None] = (None, exc)
        else:
            outcome = (result, None)
        try:
            self._post(self._task_id, *outcome)
        except RuntimeError:  # the runner was deleted while we worked: nobody is listening
            log.debug("task %s finished after its runner was deleted", self._task_id)


class TaskRunner(QObject):
    """Runs callables on a private QThreadPool and delivers outcomes on the GUI thread.

    Callbacks always run on the thread that owns the runner (the GUI thread), through a queued
    signal, so they may update models and widgets. Call :meth:`shutdown` before the objects the
    callbacks touch go away.
    """

    # task id, result, exception (None on success). Emitted from worker threads.
    _delivered = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        # One thread: writes are applied one after the other, in the order they were submitted.
        self._write_pool = QThreadPool(self)
        self._write_pool.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._latest: dict[str, int] = {}
        self._closed = False
        # Queued explicitly: the emit happens on a worker thread, the slot must run on ours.
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(
        self,
        fn: Callable[[], Any],
        on_result: Callable[[Any], None],
        *,
        on_error: Callable[[BaseException], None] | None = None,
        key: str | None = None,
        write: bool = False,
    ) -> int:
        """Run ``fn()`` on a worker; call ``on_result(value)`` or ``on_error(exc)`` here later.

        With ``key``, this task supersedes any earlier unfinished task with the same key: the
        earlier task still runs to its end (a database query cannot be interrupted safely) but
        its outcome is dropped. With ``write``, the task goes through the single write lane.
        Returns the task id.
        """
        if self._closed:
            raise RuntimeError("TaskRunner.submit after shutdown")
        task_id = next(self._ids)
        self._pending[task_id] = _Pending(key, on_result, on_error)
        if key is not None:
            self._latest[key] = task_id
        pool = self._write_pool if write else self._pool
        pool.start(_Task(task_id, fn, self._delivered.emit))
        return task_id

    def cancel(self, key: str) -> None:
        """Forget the task with ``key``: its outcome will be dropped when it arrives."""
        self._latest.pop(key, None)

    def is_busy(self, key: str | None = None) -> bool:
        """True while a task (with ``key``, if given) has not been delivered yet."""
        if key is None:
            return bool(self._pending)
        return key in self._latest

    def wait(self, msecs: int = -1) -> bool:
        """Block until the workers are idle (tests, shutdown); False on timeout.

        Outcomes are still delivered through the event loop afterwards.
        """
        # The write lane first: a read submitted after a save may depend on it.
        return self._write_pool.waitForDone(msecs) and self._pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 10_000) -> bool:
        """Drop queued tasks, wait for running ones and forget every callback."""
        self._closed = True
        self._pool.clear()
        # Queued writes are not dropped: the operator pressed Save and expects it to be kept.
        done = self._write_pool.waitForDone(msecs) and self._pool.waitForDone(msecs)
        self._pending.clear()
        self._latest.clear()
        return done

    @Slot(int, object, object)
    def _deliver(self, task_id: int, result: object, error: object) -> None:
        pending = self._pending.pop(task_id, None)
        if pending is None:  # shut down meanwhile
            return
        if pending.key is not None:
            if self._latest.get(pending.key) != task_id:
                log.debug("dropping stale result of task %s (%s)", task_id, pending.key)
                return
            del self._latest[pending.key]
        if error is None:
            pending.on_result(result)
        elif pending.on_error is not None:
            assert isinstance(error, BaseException)
            pending.on_error(error)
        else:
            log.error("background task %s failed", task_id, exc_info=error)  # type: ignore[arg-type]
