"""The main window: a search box for the caller, the hits below it, who and where at the bottom.

This is the first cut of the operator desk (the customer card and the call log come later). The
window is thin: it sends the query to :func:`crmdesk.services.lookup.find_customers` through the
task runner and shows the :class:`~crmdesk.domain.readmodels.CustomerSummary` values that come
back; it never sees a Session.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
    qVersion,
)
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from crmdesk import __version__
from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.normalize import format_postal_code
from crmdesk.domain.readmodels import CustomerSummary, OperatorView
from crmdesk.gui.forms.ui_main_window import Ui_MainWindow
from crmdesk.gui.tasks import TaskRunner
from crmdesk.services.database import Database
from crmdesk.services.lookup import find_customers

# QSettings organisation and application: window geometry and other view state.
SETTINGS_ORG = "crmdesk"
SETTINGS_APP = "crmdesk"
# Pause after the last keystroke before searching: fast typists do not fire a query per key.
SEARCH_DEBOUNCE_MS = 150
# Hits shown for one query; the operator narrows the query rather than scrolling.
SEARCH_LIMIT = 50
# Task-runner key of the search: a newer query supersedes an older one still running.
SEARCH_TASK = "search"

_INDEX = QModelIndex | QPersistentModelIndex


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` and return it untranslated.

    A typed stand-in for PySide6's own (typed ``object``); lupdate finds the call by its name.
    The text is translated where it is shown, with ``QCoreApplication.translate``.
    """
    del context
    return source


# ------------------------------------------------------------------------------ results model

COL_CODE = 0
COL_NAME = 1
COL_KANA = 2
COL_PHONE = 3
COL_ADDRESS = 4
COL_RANK = 5
COL_DO_NOT_CALL = 6
COL_DO_NOT_MAIL = 7
COL_RETURNED_MAIL = 8
COLUMN_COUNT = 9

# The CustomerSummary behind a row (any column).
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1

_CTX = "CustomerResultsModel"
_HEADERS: dict[int, str] = {
    COL_CODE: QT_TRANSLATE_NOOP("CustomerResultsModel", "顧客番号"),
    COL_NAME: QT_TRANSLATE_NOOP("CustomerResultsModel", "氏名"),
    COL_KANA: QT_TRANSLATE_NOOP("CustomerResultsModel", "カナ"),
    COL_PHONE: QT_TRANSLATE_NOOP("CustomerResultsModel", "電話番号"),
    COL_ADDRESS: QT_TRANSLATE_NOOP("CustomerResultsModel", "住所"),
    COL_RANK: QT_TRANSLATE_NOOP("CustomerResultsModel", "ランク"),
    COL_DO_NOT_CALL: QT_TRANSLATE_NOOP("CustomerResultsModel", "電話不可"),
    COL_DO_NOT_MAIL: QT_TRANSLATE_NOOP("CustomerResultsModel", "DM不要"),
    COL_RETURNED_MAIL: QT_TRANSLATE_NOOP("CustomerResultsModel", "宛所不明"),
}
_FLAG_TIPS: dict[int, str] = {
    COL_DO_NOT_CALL: QT_TRANSLATE_NOOP(
        "CustomerResultsModel", "お客様は電話を希望されていません。こちらから電話しないでください。"
    ),
    COL_DO_NOT_MAIL: QT_TRANSLATE_NOOP(
        "CustomerResultsModel", "お客様は DM を希望されていません。郵送物を送らないでください。"
    ),
    COL_RETURNED_MAIL: QT_TRANSLATE_NOOP(
        "CustomerResultsModel", "郵便が戻ってきました。住所を確認するまで郵送しないでください。"
    ),
}
# Strong, distinct colours with white bold text: a flag must catch the eye mid-call.
_FLAG_COLOURS: dict[int, str] = {
    COL_DO_NOT_CALL: "#c62828",  # red: the most important one for outbound work
    COL_DO_NOT_MAIL: "#e65100",  # deep orange
    COL_RETURNED_MAIL: "#6a1b9a",  # purple
}
_RANKS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("CustomerResultsModel", "新規"),
    "regular": QT_TRANSLATE_NOOP("CustomerResultsModel", "一般"),
    "silver": QT_TRANSLATE_NOOP("CustomerResultsModel", "シルバー"),
    "gold": QT_TRANSLATE_NOOP("CustomerResultsModel", "ゴールド"),
    "vip": QT_TRANSLATE_NOOP("CustomerResultsModel", "VIP"),
}
_CENTRED = {COL_RANK, COL_DO_NOT_CALL, COL_DO_NOT_MAIL, COL_RETURNED_MAIL}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _flag(summary: CustomerSummary, column: int) -> bool:
    if column == COL_DO_NOT_CALL:
        return summary.do_not_call
    if column == COL_DO_NOT_MAIL:
        return summary.do_not_mail
    return summary.returned_mail


class CustomerResultsModel(QAbstractTableModel):
    """Search hits, one customer per row; :data:`SUMMARY_ROLE` gives the read model of a row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CustomerSummary] = []
        bold = QFont()
        bold.setBold(True)
        self._bold = bold
        self._flag_brushes = {col: QBrush(QColor(c)) for col, c in _FLAG_COLOURS.items()}
        self._white = QBrush(QColor("#ffffff"))

    def set_rows(self, rows: Sequence[CustomerSummary]) -> None:
        """Replace every row (a new query's hits)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def summary(self, row: int) -> CustomerSummary:
        """The read model shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Number of hits (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """The fixed columns (COL_*)."""
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles; rows are unnumbered."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(_CTX, _HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in _FLAG_TIPS:
            return _tr(_CTX, _FLAG_TIPS[section])
        return None

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tool tips and the loud colours of the flag columns."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        value: Any = None
        if role == SUMMARY_ROLE:
            value = summary
        elif role == Qt.ItemDataRole.DisplayRole:
            value = self._text(summary, column)
        elif role == Qt.ItemDataRole.ToolTipRole:
            value = self._tooltip(summary, column)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in _CENTRED:
            value = int(Qt.AlignmentFlag.AlignCenter)
        elif column in _FLAG_COLOURS and _flag(summary, column):
            if role == Qt.ItemDataRole.BackgroundRole:
                value = self._flag_brushes[column]
            elif role == Qt.ItemDataRole.ForegroundRole:
                value = self._white
            elif role == Qt.ItemDataRole.FontRole:
                value = self._bold
        return value

    @staticmethod
    def _text(summary: CustomerSummary, column: int) -> str:
        if column == COL_PHONE:
            # The first number identifies the caller; the others are in the tool tip.
            more = len(summary.phones) - 1
            first = summary.phones[0] if summary.phones else ""
            return f"{first} (+{more})" if more > 0 else first
        if column == COL_ADDRESS:
            if summary.postal_code:
                return f"〒{format_postal_code(summary.postal_code)} {summary.address}"
            return summary.address
        if column == COL_RANK:
            label = _RANKS.get(summary.rank)
            return _tr(_CTX, label) if label else summary.rank
        if column in _FLAG_COLOURS:
            return _tr(_CTX, _HEADERS[column]) if _flag(summary, column) else ""
        plain = {COL_CODE: summary.code, COL_NAME: summary.name, COL_KANA: summary.kana}
        return plain.get(column, "")

    def _tooltip(self, summary: CustomerSummary, column: int) -> str | None:
        if column == COL_PHONE and summary.phones:
            return "\n".join(summary.phones)
        if column in _FLAG_TIPS:
            return _tr(_CTX, _FLAG_TIPS[column]) if _flag(summary, column) else None
        text = self._text(summary, column)
        return text or None  # long names and addresses are elided in the cell


class CellDelegate(QStyledItemDelegate):
    """Adds breathing room to the width of a cell, so columns sized to contents stay legible."""

    # extra pixels either side of the text: kana next to a grid line is hard to read.
    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: _INDEX) -> QSize:
        """The default size plus the padding on both sides."""
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * self.PADDING, size.height())


class FlagDelegate(CellDelegate):
    """Paints a set flag in its own colour even in the selected row.

    The selected row is the customer the operator is about to act on; the selection highlight
    must not hide that they refused calls or mail.
    """

    def initStyleOption(self, option: QStyleOptionViewItem, index: _INDEX) -> None:
        """Drop the selected state from a flagged cell so its background brush is painted."""
        super().initStyleOption(option, index)
        if index.data(Qt.ItemDataRole.BackgroundRole) is not None:
            option.state &= ~QStyle.StateFlag.State_Selected


# ------------------------------------------------------------------------------ window

_ROLES: dict[str, str] = {
    "operator": QT_TRANSLATE_NOOP("MainWindow", "オペレーター"),
    "supervisor": QT_TRANSLATE_NOOP("MainWindow", "SV"),
    "admin": QT_TRANSLATE_NOOP("MainWindow", "管理者"),
}


class MainWindow(QMainWindow):
    """The operator's desk: search field (focused), hits, and a status bar saying who and where.

    ``customerActivated`` carries the CustomerSummary the operator picked (Enter in the search
    field takes the first hit; Enter or double-click in the list takes that row).
    """

    customerActivated = Signal(object)
    # Emitted after a query's hits are in the model (the query text, the number of hits).
    searchFinished = Signal(str, int)
    # Emitted when a query failed (the message shown in the status bar).
    searchFailed = Signal(str)

    def __init__(
        self,
        database: Database,
        operator: OperatorView,
        *,
        runner: TaskRunner | None = None,
        remember_geometry: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._database = database
        self._operator = operator
        self._runner = runner if runner is not None else TaskRunner(self)
        self._remember_geometry = remember_geometry
        self._submitted_query: str | None = None  # the query of the search running or shown
        self._select_first_when_ready = False

        self.model = CustomerResultsModel(self)
        view = self.ui.resultsView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ADDRESS, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        view.setItemDelegate(CellDelegate(view))
        self._flag_delegate = FlagDelegate(view)
        for column in _FLAG_COLOURS:
            view.setItemDelegateForColumn(column, self._flag_delegate)
        view.activated.connect(self._on_row_activated)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        edit = self.ui.searchEdit
        edit.textChanged.connect(self._on_text_changed)
        edit.returnPressed.connect(self._on_return_pressed)
        edit.installEventFilter(self)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)

        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._show_about)

        self.status_label = QLabel(self._status_text(), self)
        self.status_label.setObjectName("statusLabel")
        self.ui.statusBar.addPermanentWidget(self.status_label)

        if remember_geometry:
            self._restore_geometry()
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -------------------------------------------------------------- public

    @property
    def runner(self) -> TaskRunner:
        """The task runner the window's queries go through."""
        return self._runner

    def focus_search(self) -> None:
        """Put the cursor in the search field with its text selected (Ctrl+F)."""
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def search_now(self) -> None:
        """Search for the field's text at once (the debounce timer calls this)."""
        self._debounce.stop()
        query = self.ui.searchEdit.text().strip()
        if query == self._submitted_query:
            return
        self._submitted_query = query
        if not query:
            self._runner.cancel(SEARCH_TASK)
            self._show_hits(query, [])
            return
        database = self._database

        def run() -> list[CustomerSummary]:
            # Worker thread: a fresh unit of work for this one action.
            return find_customers(database.uow(), query, limit=SEARCH_LIMIT)

        self.ui.statusBar.showMessage(self.tr("検索中…"))
        self._runner.submit(
            run,
            lambda hits: self._show_hits(query, hits),
            on_error=self._search_failed,
            key=SEARCH_TASK,
        )

    def select_first(self) -> bool:
        """Select the first hit and announce it (Enter in the search field); False if none."""
        if self.model.rowCount() == 0:
            return False
        index = self.model.index(0, 0)
        self.ui.resultsView.selectRow(0)
        self.ui.resultsView.scrollTo(index)
        self.customerActivated.emit(self.model.summary(0))
        return True

    # -------------------------------------------------------------- Qt overrides

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow down from the search field goes to the list; Escape clears the field."""
        if watched is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                view = self.ui.resultsView
                view.setFocus(Qt.FocusReason.TabFocusReason)
                if not view.selectionModel().hasSelection():
                    view.selectRow(0)
                return True
            if event.key() == Qt.Key.Key_Escape and self.ui.searchEdit.text():
                self.ui.searchEdit.clear()
                return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the geometry and let running queries finish before the window goes."""
        if self._remember_geometry:
            settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
            settings.setValue("MainWindow/geometry", self.saveGeometry())
            settings.setValue("MainWindow/state", self.saveState())
        self._debounce.stop()
        self._runner.shutdown()
        super().closeEvent(event)

    # -------------------------------------------------------------- private

    def _restore_geometry(self) -> None:
        settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
        geometry = settings.value("MainWindow/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("MainWindow/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _status_text(self) -> str:
        op = self._operator
        role_label = _ROLES.get(op.role)
        role = self.tr(role_label) if role_label else op.role
        info = self._database.info
        return self.tr("オペレーター: {name}（{role}） | DB: {db} | スキーマ: {revision}").format(
            name=op.name, role=role, db=info.url, revision=info.revision or "—"
        )

    def _on_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_return_pressed(self) -> None:
        query = self.ui.searchEdit.text().strip()
        if self._debounce.isActive() or query != self._submitted_query:
            self._select_first_when_ready = True
            self.search_now()
        elif self._runner.is_busy(SEARCH_TASK):
            self._select_first_when_ready = True
        else:
            self.select_first()

    def _show_hits(self, query: str, hits: list[CustomerSummary]) -> None:
        self.model.set_rows(hits)
        self.ui.statusBar.clearMessage()
        if not query:
            self.ui.hitCountLabel.clear()
        elif len(hits) >= SEARCH_LIMIT:
            self.ui.hitCountLabel.setText(self.tr("上位 %n 件", "", len(hits)))
        else:
            self.ui.hitCountLabel.setText(self.tr("%n 件", "", len(hits)))
        if self._select_first_when_ready:
            self._select_first_when_ready = False
            self.select_first()
        self.searchFinished.emit(query, len(hits))

    def _search_failed(self, error: BaseException) -> None:
        self._select_first_when_ready = False
        self._submitted_query = None  # let the operator retry the same text
        if isinstance(error, CrmdeskError):
            message = self.tr("検索できませんでした（{code}）: {detail}").format(
                code=error.code, detail=error.message
            )
        else:
            message = self.tr("検索できませんでした: {detail}").format(detail=repr(error))
        self.ui.statusBar.showMessage(message)
        self.searchFailed.emit(message)

    def _on_row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.customerActivated.emit(self.model.summary(index.row()))

    def _show_about(self) -> None:
        info = self._database.info
        QMessageBox.about(
            self,
            self.tr("crmdesk について"),
            self.tr(
                "<h3>crmdesk {version}</h3>"
                "<p>単品リピート通販のための顧客対応デスク</p>"
                "<p>データベース: {db}（{backend}、スキーマ {revision}）<br>Qt {qt}</p>"
                "<p>フォント: IPAex ゴシック・IPAex 明朝（IPA フォントライセンス v1.0）</p>"
            ).format(
                version=__version__,
                db=html.escape(info.url),
                backend=info.backend,
                revision=info.revision or "—",
                qt=qVersion(),
            ),
        )
