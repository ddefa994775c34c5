"""Item models of the desk, over read models: search hits, subscriptions, the lazy timeline.

Every model here holds frozen read models (never ORM rows) and formats them for the operator:
Japanese labels for the stored codes (translated through ``tr``), loud colours for the flags that
must not be missed mid-call. The timeline fetches itself lazily, a page at a time, through a
fetch function the view supplies (it runs on a worker through the task runner), so a customer
with thousands of events opens as fast as one with ten.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crmdesk.domain.ids import CustomerId
from crmdesk.domain.normalize import format_postal_code
from crmdesk.domain.readmodels import CustomerSummary, SubscriptionView, TimelineEntry
from crmdesk.gui import i18n
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP, label, translate

_INDEX = QModelIndex | QPersistentModelIndex

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
# The flag columns (painted by FlagDelegate).
FLAG_COLUMNS = tuple(_FLAG_COLOURS)
_RANKS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("CustomerResultsModel", "新規"),
    "regular": QT_TRANSLATE_NOOP("CustomerResultsModel", "一般"),
    "silver": QT_TRANSLATE_NOOP("CustomerResultsModel", "シルバー"),
    "gold": QT_TRANSLATE_NOOP("CustomerResultsModel", "ゴールド"),
    "vip": QT_TRANSLATE_NOOP("CustomerResultsModel", "VIP"),
}
_CENTRED = {COL_RANK, COL_DO_NOT_CALL, COL_DO_NOT_MAIL, COL_RETURNED_MAIL}


def _tr(context: str, text: str) -> str:
    return i18n.translate(context, text)


def _flag(summary: CustomerSummary, column: int) -> bool:
    if column == COL_DO_NOT_CALL:
        return summary.do_not_call
    if column == COL_DO_NOT_MAIL:
        return summary.do_not_mail
    return summary.returned_mail


def column_title(
    context: str,
    titles: Sequence[str],
    section: int,
    orientation: Qt.Orientation,
    role: int,
) -> str | None:
    """A table model's ``headerData``: the translated title of a column, nothing else."""
    if (
        orientation == Qt.Orientation.Horizontal
        and role == Qt.ItemDataRole.DisplayRole
        and 0 <= section < len(titles)
    ):
        return translate(context, titles[section])
    return None


class RowsTableModel(QAbstractTableModel):
    """A flat table over a list of read models, replaced as a whole (reports, exclusion lists).

    Subclasses give the translation context and column titles and implement ``data``; rows,
    counts and translated horizontal headers are here once.
    """

    def __init__(self, context: str, titles: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._titles = tuple(titles)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> Any:
        """The read model shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """One row per read model."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """One column per title."""
        return 0 if parent.isValid() else len(self._titles)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        return column_title(self._context, self._titles, section, orientation, role)

    def _cell_row(self, index: _INDEX) -> Any:
        """The read model of a valid cell's row, else None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]


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


def address_line(summary: CustomerSummary) -> str:
    """``〒530-0001 大阪府大阪市北区…`` (without the mark when the postal code is unknown)."""
    if summary.postal_code:
        return f"〒{format_postal_code(summary.postal_code)} {summary.address}"
    return summary.address


# ------------------------------------------------------------------------------ subscriptions

SUB_PRODUCT = 0
SUB_QUANTITY = 1
SUB_CYCLE = 2
SUB_NEXT_SHIP = 3
SUB_DELIVERIES = 4
SUB_STATUS = 5
SUB_COLUMN_COUNT = 6

# The SubscriptionView behind a row (any column).
SUBSCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2

_SUB_CTX = "SubscriptionModel"
_SUB_HEADERS: dict[int, str] = {
    SUB_PRODUCT: QT_TRANSLATE_NOOP("SubscriptionModel", "商品"),
    SUB_QUANTITY: QT_TRANSLATE_NOOP("SubscriptionModel", "数量"),
    SUB_CYCLE: QT_TRANSLATE_NOOP("SubscriptionModel", "お届け周期"),
    SUB_NEXT_SHIP: QT_TRANSLATE_NOOP("SubscriptionModel", "次回お届け日"),
    SUB_DELIVERIES: QT_TRANSLATE_NOOP("SubscriptionModel", "お届け回数"),
    SUB_STATUS: QT_TRANSLATE_NOOP("SubscriptionModel", "状態"),
}
# Background of the status cell: paused and cancelled must be seen before promising a delivery.
_SUB_STATUS_COLOURS = {"paused": "#fff3cd", "cancelled": "#e0e0e0"}


class SubscriptionModel(QAbstractTableModel):
    """The customer's subscriptions (定期購入), newest first, one per row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SubscriptionView] = []

    def set_rows(self, rows: Sequence[SubscriptionView]) -> None:
        """Replace every row (a card was opened or refreshed)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def subscription(self, row: int) -> SubscriptionView:
        """The read model shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Number of subscriptions (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """The fixed columns (SUB_*)."""
        return 0 if parent.isValid() else SUB_COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < SUB_COLUMN_COUNT
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return i18n.translate(_SUB_CTX, _SUB_HEADERS[section])
        return None

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text of each column; the status cell is tinted when not active."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        sub = self._rows[index.row()]
        column = index.column()
        if role == SUBSCRIPTION_ROLE:
            return sub
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(sub, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != SUB_PRODUCT:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == SUB_STATUS:
            colour = _SUB_STATUS_COLOURS.get(sub.status)
            return QBrush(QColor(colour)) if colour else None
        return None

    @staticmethod
    def _text(sub: SubscriptionView, column: int) -> str:
        texts: dict[int, Callable[[], str]] = {
            SUB_PRODUCT: lambda: sub.product,
            SUB_QUANTITY: lambda: str(sub.quantity),
            SUB_CYCLE: lambda: i18n.translate(
                _SUB_CTX, QT_TRANSLATE_NOOP("SubscriptionModel", "{days}日ごと")
            ).format(days=sub.cycle_days),
            SUB_NEXT_SHIP: lambda: i18n.format_date(sub.next_ship_date),
            SUB_DELIVERIES: lambda: i18n.translate(
                _SUB_CTX, QT_TRANSLATE_NOOP("SubscriptionModel", "{n}回")
            ).format(n=sub.delivery_count),
            SUB_STATUS: lambda: subscription_status(sub),
        }
        text = texts.get(column)
        return text() if text else ""


def subscription_status(sub: SubscriptionView) -> str:
    """``継続中``, ``休止中（2026-12-01まで）``, ``解約済み``."""
    status = label(i18n.SUBSCRIPTION_STATUSES, sub.status)
    if sub.paused_until is not None:
        return i18n.translate(
            _SUB_CTX, QT_TRANSLATE_NOOP("SubscriptionModel", "{status}（{until}まで）")
        ).format(status=status, until=sub.paused_until.isoformat())
    return status


# ------------------------------------------------------------------------------ timeline

TL_WHEN = 0
TL_KIND = 1
TL_TITLE = 2
TL_DETAIL = 3
TL_COLUMN_COUNT = 4

# The TimelineEntry behind a row (any column) and its kind's code (for the filter).
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 3
KIND_ROLE = Qt.ItemDataRole.UserRole + 4

# Entries fetched per page: the first page comes with the card, the rest when scrolled to.
TIMELINE_PAGE = 100

_TL_CTX = "TimelineModel"
_TL_HEADERS: dict[int, str] = {
    TL_WHEN: QT_TRANSLATE_NOOP("TimelineModel", "日時"),
    TL_KIND: QT_TRANSLATE_NOOP("TimelineModel", "種別"),
    TL_TITLE: QT_TRANSLATE_NOOP("TimelineModel", "内容"),
    TL_DETAIL: QT_TRANSLATE_NOOP("TimelineModel", "詳細"),
}
# The kind column's colour: complaints and cancellations must stand out in a long history.
_KIND_COLOURS: dict[str, str] = {
    "order": "#1b5e20",
    "contact": "#0d47a1",
    "complaint": "#b71c1c",
    "cancellation": "#e65100",
    "mailing": "#4a148c",
    "voice": "#00695c",
    "subscription": "#37474f",
    "flag": "#880e4f",
}


def _title_order(entry: TimelineEntry, _parts: list[str]) -> str | None:
    return i18n.translate(_TL_CTX, QT_TRANSLATE_NOOP("TimelineModel", "注文 {number}")).format(
        number=entry.title
    )


def _title_contact(_entry: TimelineEntry, parts: list[str]) -> str | None:
    if len(parts) != 2:
        return None
    return i18n.translate(
        _TL_CTX, QT_TRANSLATE_NOOP("TimelineModel", "{direction}・{category}")
    ).format(
        direction=label(i18n.DIRECTIONS, parts[0]),
        category=label(i18n.CONTACT_CATEGORIES, parts[1]),
    )


def _title_complaint(_entry: TimelineEntry, parts: list[str]) -> str | None:
    if len(parts) != 3:
        return None
    return i18n.translate(
        _TL_CTX, QT_TRANSLATE_NOOP("TimelineModel", "{category}・{severity}・{status}")
    ).format(
        category=label(i18n.COMPLAINT_CATEGORIES, parts[0]),
        severity=label(i18n.SEVERITIES, parts[1]),
        status=label(i18n.COMPLAINT_STATUSES, parts[2]),
    )


def _title_cancellation(_entry: TimelineEntry, parts: list[str]) -> str | None:
    if len(parts) != 2:
        return None
    return i18n.translate(
        _TL_CTX, QT_TRANSLATE_NOOP("TimelineModel", "{reason} → {outcome}")
    ).format(
        reason=label(i18n.CANCELLATION_REASONS, parts[0]),
        outcome=label(i18n.CANCELLATION_OUTCOMES, parts[1]),
    )


def _title_flag(_entry: TimelineEntry, parts: list[str]) -> str | None:
    if len(parts) != 2:
        return None
    return f"{label(i18n.FLAGS, parts[0])} {label(i18n.FLAG_STATES, parts[1])}"


def _title_voice(entry: TimelineEntry, _parts: list[str]) -> str | None:
    return entry.title or i18n.translate(
        _TL_CTX, QT_TRANSLATE_NOOP("TimelineModel", "（掲載名なし）")
    )


_TITLES: dict[str, Callable[[TimelineEntry, list[str]], str | None]] = {
    "order": _title_order,
    "contact": _title_contact,
    "complaint": _title_complaint,
    "cancellation": _title_cancellation,
    "mailing": lambda entry, _parts: label(i18n.MAILING_KINDS, entry.title),
    "subscription": lambda entry, _parts: label(i18n.SUBSCRIPTION_EVENTS, entry.title),
    "flag": _title_flag,
    "voice": _title_voice,
}


def entry_title(entry: TimelineEntry) -> str:
    """The one-line, human-readable title of a timeline entry (the stored codes as labels).

    The store writes titles as space-separated codes (``inbound complaint``, ``product high
    open``, ``do_not_mail on``); this turns them into words, and leaves text it does not know
    as it is.
    """
    make = _TITLES.get(entry.kind.value)
    title = make(entry, entry.title.split()) if make else None
    return title if title is not None else entry.title


def entry_detail(entry: TimelineEntry) -> str:
    """The full text of a timeline entry (orders: status, total and delivery number)."""
    if entry.kind.value == "order":
        parts = entry.detail.split(" ")
        if len(parts) >= 2 and parts[1].isdigit():
            text = f"{label(i18n.ORDER_STATUSES, parts[0])} {i18n.format_yen(int(parts[1]))}"
            if len(parts) >= 3 and parts[2].isdigit():
                text += " " + i18n.translate(
                    _TL_CTX, QT_TRANSLATE_NOOP("TimelineModel", "（定期{n}回目）")
                ).format(n=parts[2])
            return text
    return entry.detail


# fetch(customer_id, offset, limit, on_result, on_error): runs the page query somewhere (a
# worker) and calls back on the GUI thread with the entries or the exception.
PageFetcher = Callable[
    [CustomerId, int, int, Callable[[list[TimelineEntry]], None], Callable[[BaseException], None]],
    None,
]


class TimelineModel(QAbstractTableModel):
    """One customer's timeline, newest first, fetched :data:`TIMELINE_PAGE` entries at a time.

    :meth:`reset` installs the first page (it comes with the card); ``fetchMore`` asks the
    fetcher for the next one. Pages arrive asynchronously; a page for a customer that is no
    longer shown is dropped. Entries already present (same kind and id: another operator
    added an entry between two pages, shifting the offsets) are not shown twice.
    """

    # True while a page is being fetched (a busy indicator), False when it arrived or failed.
    loadingChanged = Signal(bool)
    # Emitted when fetching a page failed (the exception).
    fetchFailed = Signal(object)

    def __init__(self, fetch: PageFetcher | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._rows: list[TimelineEntry] = []
        self._seen: set[tuple[str, int]] = set()
        self._customer: CustomerId | None = None
        self._more = False
        self._loading = False
        # Bumped on every reset so that a page of the previous customer is recognised and dropped.
        self._generation = 0
        self._offset = 0
        bold = QFont()
        bold.setBold(True)
        self._bold = bold
        self._kind_brushes = {k: QBrush(QColor(c)) for k, c in _KIND_COLOURS.items()}

    # -------------------------------------------------------------- public

    def set_fetcher(self, fetch: PageFetcher) -> None:
        """Where the next pages come from."""
        self._fetch = fetch

    def reset(self, customer_id: CustomerId | None, first_page: Sequence[TimelineEntry]) -> None:
        """Show ``customer_id``'s timeline starting with ``first_page`` (None: show nothing).

        A full first page (:data:`TIMELINE_PAGE` entries) means there may be more to fetch.
        """
        self.beginResetModel()
        self._generation += 1
        self._customer = customer_id
        self._rows = []
        self._seen = set()
        self._add(first_page)
        self._offset = len(first_page)
        self._more = customer_id is not None and len(first_page) >= TIMELINE_PAGE
        self._set_loading(False)
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry:
        """The read model shown in ``row``."""
        return self._rows[row]

    @property
    def customer_id(self) -> CustomerId | None:
        """The customer whose timeline is shown."""
        return self._customer

    @property
    def loading(self) -> bool:
        """True while a page is on its way."""
        return self._loading

    @property
    def exhausted(self) -> bool:
        """True when every entry of the customer is loaded."""
        return not self._more

    # -------------------------------------------------------------- Qt API

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Entries loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """The fixed columns (TL_*)."""
        return 0 if parent.isValid() else TL_COLUMN_COUNT

    def canFetchMore(self, parent: _INDEX) -> bool:
        """More entries exist and no page is on its way already."""
        return not parent.isValid() and self._more and not self._loading and self._fetch is not None

    def fetchMore(self, parent: _INDEX) -> None:
        """Ask for the next page; the rows are inserted when it arrives."""
        if not self.canFetchMore(parent) or self._customer is None or self._fetch is None:
            return
        self._set_loading(True)
        generation = self._generation
        self._fetch(
            self._customer,
            self._offset,
            TIMELINE_PAGE,
            lambda entries: self._page_arrived(generation, entries),
            lambda error: self._page_failed(generation, error),
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < TL_COLUMN_COUNT
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return i18n.translate(_TL_CTX, _TL_HEADERS[section])
        return None

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Date, kind label (coloured, bold), title and the first line of the detail."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        value: Any = None
        if role == ENTRY_ROLE:
            value = entry
        elif role == KIND_ROLE:
            value = entry.kind.value
        elif role == Qt.ItemDataRole.DisplayRole:
            value = self._text(entry, column)
        elif role == Qt.ItemDataRole.ToolTipRole and column == TL_DETAIL:
            value = entry_detail(entry) or None
        elif column == TL_KIND and role == Qt.ItemDataRole.ForegroundRole:
            value = self._kind_brushes.get(entry.kind.value)
        elif column == TL_KIND and role == Qt.ItemDataRole.FontRole:
            value = self._bold
        return value

    # -------------------------------------------------------------- private

    @staticmethod
    def _text(entry: TimelineEntry, column: int) -> str:
        if column == TL_WHEN:
            return i18n.format_when(entry.at)
        if column == TL_KIND:
            return label(i18n.TIMELINE_KINDS, entry.kind.value)
        if column == TL_TITLE:
            return entry_title(entry)
        if column == TL_DETAIL:
            # One line in the table; Enter opens the whole text.
            return " ".join(entry_detail(entry).split())
        return ""

    def _add(self, entries: Sequence[TimelineEntry]) -> list[TimelineEntry]:
        fresh = []
        for entry in entries:
            key = (entry.kind.value, entry.ref_id)
            if key not in self._seen:
                self._seen.add(key)
                fresh.append(entry)
        self._rows.extend(fresh)
        return fresh

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loadingChanged.emit(loading)

    def _page_arrived(self, generation: int, entries: list[TimelineEntry]) -> None:
        if generation != self._generation:
            return  # a page of the customer shown before the last reset
        self._offset += len(entries)
        self._more = len(entries) >= TIMELINE_PAGE
        fresh = [e for e in entries if (e.kind.value, e.ref_id) not in self._seen]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._add(fresh)
            self.endInsertRows()
        self._set_loading(False)

    def _page_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.fetchFailed.emit(error)


# Filtering shows only what is loaded; while fewer rows than this pass the filter and the
# customer has more, the filter asks for the next page (a rare kind can be far back in time).
MIN_VISIBLE_FILTERED = 40


class TimelineFilterModel(QSortFilterProxyModel):
    """Shows the entries of one kind (or all); fetches further pages while too few are visible."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self._fill_pending = False

    def setSourceModel(self, source: Any) -> None:
        """Also follow the source's pages, to keep a filtered view filled."""
        old = self.sourceModel()
        if isinstance(old, TimelineModel):
            old.rowsInserted.disconnect(self._schedule_fill)
            old.modelReset.disconnect(self._schedule_fill)
            old.loadingChanged.disconnect(self._schedule_fill)
        super().setSourceModel(source)
        if isinstance(source, TimelineModel):
            source.rowsInserted.connect(self._schedule_fill)
            source.modelReset.connect(self._schedule_fill)
            source.loadingChanged.connect(self._schedule_fill)

    @property
    def kind(self) -> str | None:
        """The kind shown (a TimelineKind value), None for every kind."""
        return self._kind

    def set_kind(self, kind: str | None) -> None:
        """Show only ``kind`` (None: everything)."""
        if kind == self._kind:
            return
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self._schedule_fill()

    def filterAcceptsRow(self, source_row: int, source_parent: _INDEX) -> bool:
        """Rows of the chosen kind."""
        if self._kind is None:
            return True
        source = self.sourceModel()
        return source.index(source_row, 0, source_parent).data(KIND_ROLE) == self._kind

    def _schedule_fill(self, *_args: object) -> None:
        # Queued: never call fetchMore from inside the source's own insert notification.
        if not self._fill_pending:
            self._fill_pending = True
            QTimer.singleShot(0, self, self._fill)

    def _fill(self) -> None:
        self._fill_pending = False
        source = self.sourceModel()
        if (
            self._kind is not None
            and source is not None
            and self.rowCount() < MIN_VISIBLE_FILTERED
            and source.canFetchMore(QModelIndex())
        ):
            source.fetchMore(QModelIndex())
