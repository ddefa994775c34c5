"""The outbound follow-up queue of the desk (issue 5): the queue dock, Next, results, the refresh.

Thin, like the rest of the desk: every read and write is a call into
:mod:`crmdesk.services.followups` on the task runner, and the widgets only show the frozen read
models that come back.

* :class:`FollowUpQueueModel` — one queue ("mine" or "shared"), paged: the first page comes
  with :meth:`FollowUpPanel.reload`, the next ones when the view scrolls (``fetchMore``).
* :class:`FollowUpPanel` — the dock's content (ui/followup_queue.ui): the two queues, 'Next'
  (F8: claim the top item through the service, which does it atomically), the claimed item's
  reason and script, the result buttons (Alt+1…7), a note, the call-back time, and 'give it
  back' (Esc). The main window opens the customer's card when a claim comes back and refreshes
  the timeline after a result.
* :class:`RefreshScheduler` — runs the rules (``refresh``) on the interval supervisors set in
  the shared settings, on a worker thread, and reports the counts or the error.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from typing import Any, Literal

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QPushButton, QWidget

from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.followups import (
    CLAIM_EXPIRY_MINUTES,
    REFRESH_INTERVAL_MINUTES,
    CallResult,
    ResultError,
)
from crmdesk.gui.dialogs.base import ERROR_COLOUR, DeskContext
from crmdesk.gui.forms.ui_followup_queue import Ui_FollowUpQueue
from crmdesk.gui.i18n import JST, QT_TRANSLATE_NOOP, format_when, translate
from crmdesk.gui.models import column_title
from crmdesk.services import followups
from crmdesk.services.followups import FollowUpCard, FollowUpView, QueuePage, RefreshCounts
from crmdesk.services.followups_view import refresh_interval_minutes
from crmdesk.services.shared_settings import get_setting

__all__ = [
    "QUEUE_PAGE",
    "RESULT_ORDER",
    "FollowUpPanel",
    "FollowUpQueueModel",
    "RefreshScheduler",
    "rule_label",
]

#: Rows of a queue fetched at a time (the view asks for more as the operator scrolls).
QUEUE_PAGE = 100
#: Points added to the application font for the script the operator reads out.
_SCRIPT_POINTS = 2
#: How often the dock re-reads its queues while it is shown (other desks claim and finish).
QUEUE_RELOAD_MS = 60_000
# The shortest interval between renewals of a claim the desk shows.
KEEP_MIN_MS = 60_000
#: The results in the order of their buttons and of Alt+1…Alt+7.
RESULT_ORDER: tuple[CallResult, ...] = (
    CallResult.REACHED,
    CallResult.NO_ANSWER,
    CallResult.CALL_BACK,
    CallResult.ORDERED,
    CallResult.DECLINED,
    CallResult.WRONG_NUMBER,
    CallResult.DO_NOT_CALL,
)

_CTX = "FollowUps"
# The shipped rules' labels, so translators see them; a supervisor's own label is shown as
# they wrote it (translate() returns the source text when it has no translation).
_RULE_LABELS = (
    QT_TRANSLATE_NOOP("FollowUps", "F2フォロー（2回目購入のご案内）"),
    QT_TRANSLATE_NOOP("FollowUps", "定期のお届けが途切れたお客様"),
    QT_TRANSLATE_NOOP("FollowUps", "購入間隔を過ぎたリピーター"),
    QT_TRANSLATE_NOOP("FollowUps", "休眠90日の掘り起こし"),
    QT_TRANSLATE_NOOP("FollowUps", "休眠180日の掘り起こしDM"),
    QT_TRANSLATE_NOOP("FollowUps", "休眠365日の掘り起こしDM"),
    QT_TRANSLATE_NOOP("FollowUps", "クレーム解決後の確認電話"),
    QT_TRANSLATE_NOOP("FollowUps", "お誕生日のお祝いレター"),
    QT_TRANSLATE_NOOP("FollowUps", "お届け3回目のお礼"),
    QT_TRANSLATE_NOOP("FollowUps", "お届け6回目のお礼"),
    QT_TRANSLATE_NOOP("FollowUps", "お届け12回目のお礼（1年）"),
    QT_TRANSLATE_NOOP("FollowUps", "優良顧客の定期ご挨拶"),
    QT_TRANSLATE_NOOP("FollowUps", "折り返しのお電話"),
    QT_TRANSLATE_NOOP("FollowUps", "折り返し"),
)
_HEADERS = (
    QT_TRANSLATE_NOOP("FollowUps", "期日"),
    QT_TRANSLATE_NOOP("FollowUps", "ルール"),
    QT_TRANSLATE_NOOP("FollowUps", "お客様"),
    QT_TRANSLATE_NOOP("FollowUps", "回数"),
    QT_TRANSLATE_NOOP("FollowUps", "状態"),
)
COL_DUE, COL_RULE, COL_CUSTOMER, COL_ATTEMPTS, COL_STATE = range(5)
_STATUS = {
    "open": QT_TRANSLATE_NOOP("FollowUps", "未対応"),
    "claimed": QT_TRANSLATE_NOOP("FollowUps", "対応中"),
    "done": QT_TRANSLATE_NOOP("FollowUps", "完了"),
    "closed": QT_TRANSLATE_NOOP("FollowUps", "終了"),
}
_CLAIMED_UNTIL = QT_TRANSLATE_NOOP("FollowUps", "対応中（{until} まで）")
_PERSONAL = QT_TRANSLATE_NOOP("FollowUps", "個別対応")
_RESULT_TEXT = {
    CallResult.REACHED: QT_TRANSLATE_NOOP("FollowUps", "話せた"),
    CallResult.NO_ANSWER: QT_TRANSLATE_NOOP("FollowUps", "不在"),
    CallResult.CALL_BACK: QT_TRANSLATE_NOOP("FollowUps", "かけ直し"),
    CallResult.ORDERED: QT_TRANSLATE_NOOP("FollowUps", "注文いただいた"),
    CallResult.DECLINED: QT_TRANSLATE_NOOP("FollowUps", "お断り"),
    CallResult.WRONG_NUMBER: QT_TRANSLATE_NOOP("FollowUps", "番号違い"),
    CallResult.DO_NOT_CALL: QT_TRANSLATE_NOOP("FollowUps", "電話しないでほしい"),
}
_INDEX = QModelIndex | QPersistentModelIndex
# A page fetcher: (offset, limit, on_page, on_error).
PageFetcher = Callable[
    [int, int, Callable[[QueuePage], None], Callable[[BaseException], None]], None
]


def rule_label(view: FollowUpView) -> str:
    """The follow-up's rule as the operator reads it (translated when it is a shipped one)."""
    return translate(_CTX, view.rule_label) if view.rule_label else "—"


def status_text(status: str) -> str:
    """The translated word for a follow-up status (the code itself when unknown)."""
    text = _STATUS.get(status)
    return translate(_CTX, text) if text else status


def result_text(result: CallResult) -> str:
    """The translated word for a call result."""
    return translate(_CTX, _RESULT_TEXT[result])


def error_text(error: BaseException) -> str:
    """A service error as the operator reads it: its code and message."""
    if isinstance(error, CrmdeskError):
        return f"{error.code}: {error.message}"
    return repr(error)


class FollowUpQueueModel(QAbstractTableModel):
    """One queue in claim order (priority, then due time), paged.

    :meth:`set_page` installs the first page; ``fetchMore`` asks the fetcher for the next one.
    A page that arrives after a newer first page was installed is dropped (its offsets belong
    to an older state of the queue).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FollowUpView] = []
        self._total = 0
        self._fetch: PageFetcher | None = None
        self._loading = False
        self._generation = 0
        self._expiry_minutes: int | None = None
        self._overdue = QBrush(QColor(ERROR_COLOUR))

    # -------------------------------------------------------------- public

    def set_fetcher(self, fetch: PageFetcher) -> None:
        """Where the next pages come from."""
        self._fetch = fetch

    def set_claim_expiry(self, minutes: int | None) -> None:
        """The shared setting: a claim goes back to the queue after this many minutes."""
        self._expiry_minutes = minutes
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_STATE), self.index(len(self._rows) - 1, COL_STATE)
            )

    def set_page(self, page: QueuePage) -> None:
        """Show ``page`` as the first page of the queue (the rest is fetched on demand)."""
        self.beginResetModel()
        self._generation += 1
        self._rows = list(page.items)
        self._total = page.total
        self._loading = False
        self.endResetModel()

    @property
    def total(self) -> int:
        """How many items the queue holds in all (not only the loaded ones)."""
        return self._total

    def item(self, row: int) -> FollowUpView:
        """The follow-up shown in ``row``."""
        return self._rows[row]

    def items(self) -> Sequence[FollowUpView]:
        """The loaded follow-ups, in order."""
        return tuple(self._rows)

    # -------------------------------------------------------------- Qt API

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Items loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Due, rule, customer, attempts, state."""
        return 0 if parent.isValid() else len(_HEADERS)

    def canFetchMore(self, parent: _INDEX) -> bool:
        """More items exist and no page is on its way."""
        return (
            not parent.isValid()
            and self._fetch is not None
            and not self._loading
            and len(self._rows) < self._total
        )

    def fetchMore(self, parent: _INDEX) -> None:
        """Ask for the next page; its rows are appended when it arrives."""
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        self._loading = True
        generation = self._generation
        self._fetch(
            len(self._rows),
            QUEUE_PAGE,
            lambda page: self._page_arrived(generation, page),
            lambda _error: self._page_failed(generation),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        return column_title(_CTX, _HEADERS, section, orientation, role)

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text; an overdue due time is red; customer and rule are the tool tip."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        column = index.column()
        value: Any = None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._text(view, column)
        elif role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE:
            # Overdue as the SV view counts it: due before today began (Japanese time).
            today = dt.datetime.now(JST).replace(hour=0, minute=0, second=0, microsecond=0)
            value = self._overdue if view.due_at < today else None
        elif role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ATTEMPTS:
            value = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.ToolTipRole:
            value = f"{view.customer_code} {view.customer_name} — {rule_label(view)}"
        return value

    # -------------------------------------------------------------- private

    def _text(self, view: FollowUpView, column: int) -> str:
        if column == COL_STATE:
            return self._state(view)
        texts = {
            COL_DUE: lambda: format_when(view.due_at),
            COL_RULE: lambda: rule_label(view),
            COL_CUSTOMER: lambda: view.customer_name,
            COL_ATTEMPTS: lambda: str(view.attempts),
        }
        return texts[column]()

    def _state(self, view: FollowUpView) -> str:
        if view.status == "claimed" and view.claimed_at is not None and self._expiry_minutes:
            # An abandoned claim goes back to the queue at this time (shared setting).
            until = view.claimed_at + dt.timedelta(minutes=self._expiry_minutes)
            return translate(_CTX, _CLAIMED_UNTIL).format(until=f"{until.astimezone(JST):%H:%M}")
        if view.handling == "personal":
            return translate(_CTX, _PERSONAL)
        return status_text(view.status)

    def _page_arrived(self, generation: int, page: QueuePage) -> None:
        if generation != self._generation:
            return
        self._loading = False
        known = {v.id for v in self._rows}
        fresh = [v for v in page.items if v.id not in known]
        self._total = page.total
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
        elif len(self._rows) < self._total:
            # Nothing new although more were counted (the queue moved): stop asking.
            self._total = len(self._rows)

    def _page_failed(self, generation: int) -> None:
        if generation == self._generation:
            self._loading = False


class FollowUpPanel(QWidget):
    """The queue dock's content (see the module docstring). Call :meth:`bind` once.

    Signals: ``openCustomer`` (a customer id) when a claim comes back — the window opens the
    card; ``resultRecorded`` (the FollowUpView after the result) — the window refreshes the
    customer; ``claimChanged`` (True while an item is claimed); ``message`` for the status bar.
    """

    openCustomer = Signal(int)
    resultRecorded = Signal(object)
    claimChanged = Signal(bool)
    message = Signal(str)
    # Both queues were read again (for tests and the count label).
    queuesLoaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FollowUpQueue()
        self.ui.setupUi(self)
        self._context: DeskContext | None = None
        self._card: FollowUpCard | None = None
        #: How long the call has run (the desk's call timer); the window sets it.
        self.call_seconds: Callable[[], int] | None = None
        self._expiry_minutes: int | None = None
        self._busy = False
        self._loaded: set[str] = set()
        self.mine_model = FollowUpQueueModel(self)
        self.shared_model = FollowUpQueueModel(self)
        for view, model in (
            (self.ui.mineView, self.mine_model),
            (self.ui.sharedView, self.shared_model),
        ):
            view.setModel(model)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(COL_RULE, QHeaderView.ResizeMode.Stretch)
        self.result_buttons: dict[CallResult, QPushButton] = dict(
            zip(
                RESULT_ORDER,
                (
                    self.ui.reachedButton,
                    self.ui.noAnswerButton,
                    self.ui.callBackButton,
                    self.ui.orderedButton,
                    self.ui.declinedButton,
                    self.ui.wrongNumberButton,
                    self.ui.doNotCallButton,
                ),
                strict=True,
            )
        )
        for result, button in self.result_buttons.items():
            button.clicked.connect(lambda _checked=False, r=result: self.record(r))
        self.ui.mineView.activated.connect(
            lambda index: self._activated(self.mine_model, index.row())
        )
        self.ui.sharedView.activated.connect(
            lambda index: self._activated(self.shared_model, index.row())
        )
        self.ui.nextButton.clicked.connect(self.next)
        self.ui.releaseButton.clicked.connect(self.release)
        # Esc inside the panel gives the claim back (the window's Esc clears the search field).
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._escape.activated.connect(self.release)
        self.ui.errorLabel.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.ui.whyLabel.setStyleSheet("font-weight: bold;")
        # The script is read aloud while on the phone: a size larger than the rest.
        script_font = QFont(self.ui.scriptView.font())
        script_font.setPointSize(max(script_font.pointSize(), 9) + _SCRIPT_POINTS)
        self.ui.scriptView.setFont(script_font)
        self.ui.expiryLabel.setStyleSheet("color: #555;")
        self.ui.queueSplitter.setStretchFactor(0, 2)
        self.ui.queueSplitter.setStretchFactor(1, 3)
        self._reload_timer = QTimer(self)
        self._reload_timer.setInterval(QUEUE_RELOAD_MS)
        self._reload_timer.timeout.connect(self._timed_reload)
        # While a card is shown its claim is renewed (a third of the expiry at a time): only an
        # abandoned desk loses its claim, not an operator on a long call.
        self._keep_timer = QTimer(self)
        self._keep_timer.timeout.connect(self.keep_claim)
        self._show_claim(None)

    # -------------------------------------------------------------- public

    def bind(self, context: DeskContext) -> None:
        """Where the queue's reads and writes run and who works it; reads the queues."""
        self._context = context
        self.mine_model.set_fetcher(self._fetcher("mine"))
        self.shared_model.set_fetcher(self._fetcher("shared"))
        database = context.database

        def expiry() -> int:
            return get_setting(database.read_uow(), CLAIM_EXPIRY_MINUTES)

        context.runner.submit(expiry, self._expiry_read, on_error=self._failed)
        self._reload_timer.start()
        self.reload()

    @property
    def claimed(self) -> FollowUpCard | None:
        """The follow-up this desk holds now (with its reason and script), or None."""
        return self._card

    @property
    def busy(self) -> bool:
        """True while a claim, result or release is on its way."""
        return self._busy

    def reload(self) -> None:
        """Read the first page of both queues again (on a worker)."""
        context = self._require()
        self._loaded.clear()
        scopes: tuple[tuple[Literal["mine", "shared"], FollowUpQueueModel], ...] = (
            ("mine", self.mine_model),
            ("shared", self.shared_model),
        )
        for scope, model in scopes:
            context.runner.submit(
                self._list_job(scope, 0, QUEUE_PAGE),
                functools.partial(self._page_shown, scope, model),
                on_error=self._failed,
                key=f"followups.queue.{scope}",
            )

    def next(self) -> None:
        """Claim the top item (F8) through the service; the card opens when it comes back.

        A claim still held is kept: the operator records its result or gives it back first.
        """
        context = self._require()
        if self._busy:
            return
        if self._card is not None:
            self._focus_claim()
            self.message.emit(
                self.tr("取り出し中のフォローがあります。結果を記録するか、Esc で戻してください。")
            )
            return
        database, operator_id = context.database, context.operator.id

        def run() -> FollowUpCard | None:
            return followups.claim_next(database.uow(), operator_id)

        self._set_busy(True)
        context.runner.submit(run, self._claimed, on_error=self._action_failed, write=True)

    def record(self, result: CallResult) -> None:
        """Record how the claimed call ended (Alt+1…7); the item leaves 'mine'."""
        context = self._require()
        card = self._card
        if card is None or self._busy:
            return
        call_back_at: dt.datetime | None = None
        if result is CallResult.CALL_BACK:
            call_back_at = self._call_back_at()
            if call_back_at <= dt.datetime.now(dt.UTC):
                self._field_error(self.tr("かけ直す日時は今より後にしてください。"))
                return
        note = self.ui.noteEdit.text().strip()
        database, operator_id = context.database, context.operator.id
        follow_up_id = card.follow_up.id
        duration = self.call_seconds() if self.call_seconds is not None else None

        def run() -> FollowUpView:
            return followups.record_result(
                database.uow(),
                operator_id,
                follow_up_id,
                result,
                call_back_at=call_back_at,
                note=note,
                duration_s=duration,
            )

        self._set_busy(True)
        context.runner.submit(
            run,
            lambda view: self._recorded(result, view),
            on_error=self._action_failed,
            write=True,
        )

    def release(self) -> None:
        """Give the claimed item back to the queue unchanged (Esc or the button)."""
        context = self._require()
        card = self._card
        if card is None or self._busy:
            return
        database, operator_id = context.database, context.operator.id
        follow_up_id = card.follow_up.id

        def run() -> FollowUpView:
            return followups.release(database.uow(), operator_id, follow_up_id)

        self._set_busy(True)
        context.runner.submit(run, self._released, on_error=self._action_failed, write=True)

    def keep_claim(self) -> None:
        """Renew the claim of the card shown (the timer does this; a write, off the GUI thread)."""
        card = self._card
        if card is None or self._busy or self._context is None:
            return
        database, operator_id = self._context.database, self._context.operator.id
        follow_up_id = card.follow_up.id

        def run() -> FollowUpView:
            return followups.keep_claim(database.uow(), operator_id, follow_up_id)

        self._context.runner.submit(run, self._kept, on_error=self._keep_failed, write=True)

    def _kept(self, view: FollowUpView) -> None:
        if self._card is not None and self._card.follow_up.id == view.id:
            self.ui.expiryLabel.setText(self._expiry_text(view))

    def _keep_failed(self, error: BaseException) -> None:
        if self._busy:
            return  # a result or a give-back is on its way and reports for itself
        self._action_failed(error)

    def resume(self, row: int) -> None:
        """Take back a claim of mine listed in "mine" (after a restart): its card and script."""
        context = self._require()
        view = self.mine_model.item(row)
        if self._card is not None or self._busy or view.claimed_by != context.operator.id:
            return
        database, operator_id = context.database, context.operator.id

        def run() -> FollowUpCard:
            return followups.card(database.read_uow(), operator_id, view.id)

        self._set_busy(True)
        context.runner.submit(run, self._claimed, on_error=self._action_failed)

    def focus_queue(self) -> None:
        """Put the keyboard in the queue shown (F7)."""
        view = self.ui.mineView if self.ui.queueTabs.currentIndex() == 0 else self.ui.sharedView
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if view.model().rowCount() and not view.selectionModel().hasSelection():
            view.selectRow(0)

    # -------------------------------------------------------------- private

    def _require(self) -> DeskContext:
        if self._context is None:
            raise RuntimeError("FollowUpPanel.bind() was not called")
        return self._context

    def _list_job(
        self, scope: Literal["mine", "shared"], offset: int, limit: int
    ) -> Callable[[], QueuePage]:
        context = self._require()
        database, operator_id = context.database, context.operator.id

        def run() -> QueuePage:
            # Worker thread: a fresh unit of work for this one read.
            return followups.list_queue(
                database.read_uow(), operator_id, scope=scope, offset=offset, limit=limit
            )

        return run

    def _fetcher(self, scope: Literal["mine", "shared"]) -> PageFetcher:
        def fetch(
            offset: int,
            limit: int,
            on_page: Callable[[QueuePage], None],
            on_error: Callable[[BaseException], None],
        ) -> None:
            context = self._require()
            run = self._list_job(scope, offset, limit)

            def failed(error: BaseException) -> None:
                on_error(error)
                self._failed(error)

            context.runner.submit(run, on_page, on_error=failed)

        return fetch

    def _activated(self, model: FollowUpQueueModel, row: int) -> None:
        # Enter or double-click on a row: open the customer; my own claim comes back whole.
        view = model.item(row)
        if model is self.mine_model and view.status == "claimed":
            self.resume(row)
        else:
            self.openCustomer.emit(int(view.customer_id))

    def _expiry_read(self, minutes: int) -> None:
        self._expiry_minutes = minutes
        self.mine_model.set_claim_expiry(minutes)
        self.shared_model.set_claim_expiry(minutes)
        if self._card is not None:
            self._show_claim(self._card)

    def _page_shown(self, scope: str, model: FollowUpQueueModel, page: QueuePage) -> None:
        model.set_page(page)
        self.ui.queueTabs.setTabText(
            0, self.tr("自分の担当（{n}）").format(n=self.mine_model.total)
        )
        self.ui.queueTabs.setTabText(
            1, self.tr("共有キュー（{n}）").format(n=self.shared_model.total)
        )
        self._loaded.add(scope)
        if self._loaded >= {"mine", "shared"}:
            self.queuesLoaded.emit()

    def _timed_reload(self) -> None:
        if self.isVisible() and not self._busy:
            self.reload()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.nextButton.setEnabled(not busy and self._card is None)
        for button in (*self.result_buttons.values(), self.ui.releaseButton):
            button.setEnabled(not busy and self._card is not None)

    def _claimed(self, card: FollowUpCard | None) -> None:
        self._set_busy(False)
        if card is None:
            self.message.emit(self.tr("いまかけるフォローはありません。"))
            self.reload()
            return
        self._show_claim(card)
        self.openCustomer.emit(int(card.follow_up.customer_id))
        self.reload()
        self._focus_claim()

    def _recorded(self, result: CallResult, view: FollowUpView) -> None:
        self._set_busy(False)
        self._show_claim(None)
        if view.status == "open":
            detail = self.tr("次回 {due}").format(due=format_when(view.due_at))
            if view.channel == "letter":
                detail = self.tr("お手紙に切り替え")
        else:
            detail = status_text(view.status)
        self.message.emit(
            self.tr("{name} 様: {result} を記録しました（{detail}）。F8 で次のフォローへ。").format(
                name=view.customer_name, result=result_text(result), detail=detail
            )
        )
        self.resultRecorded.emit(view)
        self.reload()
        # Back to the queue so F8 (a window key) takes the next one from anywhere.
        self.ui.nextButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def _released(self, view: FollowUpView) -> None:
        self._set_busy(False)
        self._show_claim(None)
        self.message.emit(
            self.tr("{name} 様のフォローをキューに戻しました。").format(name=view.customer_name)
        )
        self.reload()
        self.ui.nextButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_claim(self, card: FollowUpCard | None) -> None:
        self._card = card
        ui = self.ui
        ui.callBox.setEnabled(card is not None)
        ui.errorLabel.clear()
        ui.callBackEdit.setStyleSheet("")
        if card is None:
            ui.ruleLabel.setText(self.tr("F8 でいちばん上のフォローを取り出します。"))
            ui.whyLabel.clear()
            ui.expiryLabel.clear()
            ui.scriptView.clear()
            ui.noteEdit.clear()
        else:
            fu = card.follow_up
            ui.ruleLabel.setText(
                self.tr("{name} 様（{code}）— {rule}・{attempt} 回目（上限 {max} 回）").format(
                    name=fu.customer_name,
                    code=fu.customer_code,
                    rule=rule_label(fu),
                    attempt=fu.attempts + 1,
                    max=card.max_attempts,
                )
            )
            ui.whyLabel.setText(self.tr("理由: {why}").format(why=card.why or "—"))
            ui.expiryLabel.setText(self._expiry_text(fu))
            ui.scriptView.setPlainText(card.script_text)
            tomorrow = dt.datetime.now(JST).replace(minute=0, second=0, microsecond=0)
            tomorrow += dt.timedelta(days=1)
            ui.callBackEdit.setDateTime(
                QDateTime(
                    QDate(tomorrow.year, tomorrow.month, tomorrow.day), QTime(tomorrow.hour, 0)
                )
            )
        if card is None:
            self._keep_timer.stop()
        else:
            minutes = self._expiry_minutes or 30
            self._keep_timer.start(max(KEEP_MIN_MS, minutes * 60_000 // 3))
        self._set_busy(self._busy)
        self.claimChanged.emit(card is not None)

    def _expiry_text(self, fu: FollowUpView) -> str:
        if fu.claimed_at is None or self._expiry_minutes is None:
            return ""
        until = fu.claimed_at + dt.timedelta(minutes=self._expiry_minutes)
        return self.tr(
            "この取り出しは {until} まで有効です（放置すると {minutes} 分でキューに戻ります）。"
        ).format(until=f"{until.astimezone(JST):%H:%M}", minutes=self._expiry_minutes)

    def _focus_claim(self) -> None:
        self.ui.noteEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _call_back_at(self) -> dt.datetime:
        value = self.ui.callBackEdit.dateTime()
        date, time = value.date(), value.time()
        # The field is in Japanese time, whatever the machine's zone is.
        return dt.datetime(
            date.year(), date.month(), date.day(), time.hour(), time.minute(), tzinfo=JST
        )

    def _field_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.callBackEdit.setStyleSheet(f"border: 2px solid {ERROR_COLOUR};")
        self.ui.callBackEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _action_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, ResultError):
            self._field_error(error_text(error))
            return
        message = self.tr("フォローの操作ができませんでした（{detail}）").format(
            detail=error_text(error)
        )
        self.ui.errorLabel.setText(message)
        self.message.emit(message)
        if isinstance(error, CrmdeskError) and error.code == "E603" and self._card is not None:
            # The claim expired and someone else took it (or a supervisor moved it): let go.
            self._show_claim(None)
            self.ui.errorLabel.setText(message)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        message = self.tr("フォローのキューを読めませんでした（{detail}）").format(
            detail=error_text(error)
        )
        self.ui.countLabel.setText(message)
        self.message.emit(message)


class RefreshScheduler(QObject):
    """Runs ``followups.refresh`` on the supervisor-set interval, on a worker thread.

    The interval is the shared setting ``followups.refresh_interval_minutes``, read again after
    every run (a supervisor may have changed it); ``interval_ms`` overrides it (tests). On
    SQLite the run goes through the window's write lane (one writer per window); on PostgreSQL
    it runs on the read pool so the desk's own saves and claims are not queued behind it — the
    service takes its own advisory lock per step. ``refreshed`` carries the RefreshCounts and
    the time it finished; ``failed`` the message, which the window shows.
    """

    started = Signal()
    refreshed = Signal(object, object)
    failed = Signal(str)

    def __init__(
        self,
        context: DeskContext,
        *,
        interval_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._fixed_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_now)
        self._running = False
        self._started = False
        self.last: tuple[RefreshCounts, dt.datetime] | None = None

    @property
    def interval_ms(self) -> int:
        """The wait between two runs now."""
        return self._timer.interval()

    @property
    def scheduled(self) -> bool:
        """True once :meth:`start` was called and until :meth:`stop`."""
        return self._started

    @property
    def running(self) -> bool:
        """True while a refresh is on its way."""
        return self._running

    def start(self) -> None:
        """Schedule the next run one interval (read again now) from now."""
        self._started = True
        self._timer.stop()
        self._schedule()

    def stop(self) -> None:
        """No more runs (the window closes)."""
        self._started = False
        self._timer.stop()
        self._fixed_ms = -1

    def run_now(self) -> bool:
        """Run the rules now on a worker (False if a run is already under way)."""
        if self._running:
            return False
        context = self._context
        database, today = context.database, context.today()
        self._running = True
        self.started.emit()

        def run() -> RefreshCounts:
            return followups.refresh(database.uow(), today)

        try:
            context.runner.submit(
                run,
                self._done,
                on_error=self._error,
                write=database.info.backend == "sqlite",
            )
        except RuntimeError:  # the runner shut down (the window is closing)
            self._running = False
            return False
        return True

    def _done(self, counts: RefreshCounts) -> None:
        self._running = False
        self.last = (counts, dt.datetime.now(dt.UTC))
        self.refreshed.emit(counts, self.last[1])
        self._schedule()

    def _error(self, error: BaseException) -> None:
        self._running = False
        self.failed.emit(error_text(error))
        self._schedule()

    def _schedule(self) -> None:
        if self._fixed_ms is not None:
            if self._fixed_ms >= 0:
                self._timer.start(self._fixed_ms)
            return
        database = self._context.database

        def interval() -> int:
            return refresh_interval_minutes(database.read_uow())

        def arm(minutes: int) -> None:
            if self._fixed_ms is None:
                self._timer.start(minutes * 60_000)

        def fallback(error: BaseException) -> None:
            self.failed.emit(error_text(error))
            arm(REFRESH_INTERVAL_MINUTES.default)

        try:
            self._context.runner.submit(interval, arm, on_error=fallback)
        except RuntimeError:
            return
