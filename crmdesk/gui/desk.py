"""The open customer: card (who, flags, call timer), subscriptions and the lazy timeline.

The desk reads through the task runner only: :meth:`CustomerDesk.load` asks
:func:`crmdesk.services.lookup.customer_card` for the card with the first timeline page, and the
timeline model asks :func:`~crmdesk.services.lookup.timeline_page` for the next pages when the
operator scrolls (or filters) past what is loaded. It never writes; the window's dialogs do, and
then call :meth:`CustomerDesk.refresh`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QElapsedTimer, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.ids import CustomerId
from crmdesk.domain.readmodels import CustomerCard, TimelineEntry
from crmdesk.gui import i18n
from crmdesk.gui.forms.ui_customer_desk import Ui_CustomerDesk
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP, label
from crmdesk.gui.models import (
    ENTRY_ROLE,
    SUB_PRODUCT,
    TIMELINE_PAGE,
    TL_DETAIL,
    TL_TITLE,
    CellDelegate,
    SubscriptionModel,
    TimelineFilterModel,
    TimelineModel,
    address_line,
)
from crmdesk.gui.tasks import TaskRunner
from crmdesk.services.database import Database
from crmdesk.services.lookup import customer_card, timeline_page

# Task-runner keys: a newer card or page request supersedes an older one still running.
CARD_TASK = "desk.card"
PAGE_TASK = "desk.timeline-page"

# The timeline filters, in the order of the combo box and of Ctrl+1…Ctrl+9 (None: every kind).
TIMELINE_FILTERS: tuple[tuple[str | None, str], ...] = (
    (None, QT_TRANSLATE_NOOP("CustomerDesk", "すべて")),
    ("order", QT_TRANSLATE_NOOP("CustomerDesk", "注文")),
    ("contact", QT_TRANSLATE_NOOP("CustomerDesk", "対応")),
    ("complaint", QT_TRANSLATE_NOOP("CustomerDesk", "クレーム")),
    ("cancellation", QT_TRANSLATE_NOOP("CustomerDesk", "解約")),
    ("mailing", QT_TRANSLATE_NOOP("CustomerDesk", "DM")),
    ("voice", QT_TRANSLATE_NOOP("CustomerDesk", "お客様の声")),
    ("subscription", QT_TRANSLATE_NOOP("CustomerDesk", "定期変更")),
    ("flag", QT_TRANSLATE_NOOP("CustomerDesk", "フラグ")),
)

# Loud badges: white bold text on strong, distinct colours (the same as the results' flags).
_BADGE_STYLE = (
    "QLabel {{ background: {colour}; color: white; font-weight: bold; "
    "padding: 3px 10px; border-radius: 4px; }}"
)
_BADGE_COLOURS = {
    "badgeDoNotCall": "#c62828",
    "badgeDoNotMail": "#e65100",
    "badgeReturnedMail": "#6a1b9a",
    "badgeVip": "#b8860b",
    "badgeComplaints": "#ad1457",
}
# Points added to the application font for the customer's name: it is read at a glance.
_NAME_POINTS = 6


class CustomerDesk(QWidget):
    """Card, subscriptions and timeline of one customer (or a hint when none is open).

    Call :meth:`bind` once (the window does) before :meth:`load`. ``cardShown`` carries each
    CustomerCard put on screen (first load and refreshes), ``loadFailed`` a message.
    """

    cardShown = Signal(object)
    loadFailed = Signal(str)
    # The operator pressed Enter (or double-clicked) on a timeline entry.
    entryActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CustomerDesk()
        self.ui.setupUi(self)
        self._runner: TaskRunner | None = None
        self._database: Database | None = None
        self._today: Callable[[], dt.date] = i18n.jst_today
        self._card: CustomerCard | None = None

        name_font = QFont(self.font())
        name_font.setPointSize(max(name_font.pointSize(), 9) + _NAME_POINTS)
        name_font.setBold(True)
        self.ui.nameLabel.setFont(name_font)
        self.ui.kanaLabel.setStyleSheet("color: #555;")
        self.ui.callTimerLabel.setStyleSheet(
            "QLabel { font-weight: bold; padding: 2px 8px; border: 1px solid #888;"
            " border-radius: 4px; }"
        )
        self._style_badges()

        self.subscriptions_model = SubscriptionModel(self)
        subs = self.ui.subscriptionsView
        subs.setModel(self.subscriptions_model)
        subs.setItemDelegate(CellDelegate(subs))
        header = subs.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SUB_PRODUCT, QHeaderView.ResizeMode.Stretch)

        self.timeline_model = TimelineModel(self._fetch_page, self)
        self.timeline_filter = TimelineFilterModel(self)
        self.timeline_filter.setSourceModel(self.timeline_model)
        view = self.ui.timelineView
        view.setModel(self.timeline_filter)
        view.setItemDelegate(CellDelegate(view))
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TL_TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TL_DETAIL, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(TL_TITLE, 220)
        view.activated.connect(self._on_entry_activated)

        for _kind, text in TIMELINE_FILTERS:
            self.ui.kindFilterCombo.addItem(i18n.translate("CustomerDesk", text))
        self.ui.kindFilterCombo.currentIndexChanged.connect(self._on_filter_chosen)
        self.timeline_model.loadingChanged.connect(self._update_count)
        self.timeline_model.fetchFailed.connect(self._page_failed)
        self.timeline_filter.modelReset.connect(self._update_count)
        self.timeline_filter.rowsInserted.connect(self._update_count)
        self.timeline_filter.rowsRemoved.connect(self._update_count)
        self.timeline_filter.layoutChanged.connect(self._update_count)

        # The call timer runs from the moment a customer's card opens (the call began).
        self._call_clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_timer)

        self.ui.deskSplitter.setStretchFactor(0, 2)
        self.ui.deskSplitter.setStretchFactor(1, 3)
        self.ui.deskStack.setCurrentWidget(self.ui.emptyPage)

    # -------------------------------------------------------------- public

    def bind(
        self,
        runner: TaskRunner,
        database: Database,
        *,
        today: Callable[[], dt.date] | None = None,
    ) -> None:
        """Where reads run and what they read; ``today`` gives the business date (ages)."""
        self._runner = runner
        self._database = database
        if today is not None:
            self._today = today

    @property
    def card(self) -> CustomerCard | None:
        """The card on screen (None when no customer is open)."""
        return self._card

    @property
    def customer_id(self) -> CustomerId | None:
        """The open customer's id."""
        return self._card.summary.id if self._card is not None else None

    def load(self, customer_id: CustomerId) -> None:
        """Open ``customer_id``'s card (a read on a worker; ``cardShown`` when it is on screen)."""
        runner, database = self._require()

        def run() -> CustomerCard:
            return customer_card(database.read_uow(), customer_id, timeline_limit=TIMELINE_PAGE)

        runner.submit(run, self.show_card, on_error=self._load_failed, key=CARD_TASK)

    def refresh(self) -> None:
        """Reload the open card and the first timeline page (after a save)."""
        if self._card is not None:
            self.load(self._card.summary.id)

    def show_card(self, card: CustomerCard) -> None:
        """Put ``card`` on screen. Another customer than before restarts the call timer."""
        new_customer = self._card is None or self._card.summary.id != card.summary.id
        self._card = card
        self._fill_card(card)
        self.subscriptions_model.set_rows(card.subscriptions)
        if card.subscriptions:
            self.ui.subscriptionsView.selectRow(0)
        self.timeline_model.reset(card.summary.id, card.timeline)
        if new_customer:
            self.restart_call_timer()
        self.ui.deskStack.setCurrentWidget(self.ui.cardPage)
        self.cardShown.emit(card)

    def _style_badges(self) -> None:
        # Another operator on the same customer: amber, above the name (see set_presence).
        self.ui.presenceLabel.setStyleSheet(
            "QLabel { background: #fff3cd; color: #7a4f00; border: 1px solid #e0a800;"
            " border-radius: 4px; padding: 3px 8px; font-weight: bold; }"
        )
        self.ui.presenceLabel.hide()
        for name, colour in _BADGE_COLOURS.items():
            badge: QLabel = getattr(self.ui, name)
            badge.setStyleSheet(_BADGE_STYLE.format(colour=colour))
            badge.hide()

    def set_presence(self, names: list[str]) -> None:
        """Say which other operators have this customer open (hidden when nobody)."""
        label = self.ui.presenceLabel
        if not names:
            label.hide()
            label.clear()
            return
        label.setText(
            self.tr(
                "{names} さんもこのお客様を表示中です。同時に保存すると、後から保存した方に"
                "確認の画面が出ます。"
            ).format(names="・".join(names))
        )
        label.show()

    def clear(self) -> None:
        """Close the card (nobody on the line)."""
        if self._runner is not None:
            self._runner.cancel(CARD_TASK)
        self._card = None
        self.subscriptions_model.set_rows([])
        self.timeline_model.reset(None, [])
        self._tick.stop()
        self.ui.deskStack.setCurrentWidget(self.ui.emptyPage)

    def restart_call_timer(self) -> None:
        """Start counting the call from zero (a card opened)."""
        self._call_clock.start()
        self._tick.start()
        self._update_timer()

    def call_seconds(self) -> int:
        """Seconds since the card opened (0 when no card is open)."""
        if not self._call_clock.isValid() or self._card is None:
            return 0
        return int(self._call_clock.elapsed() // 1000)

    def set_kind_filter(self, index: int) -> None:
        """Show the timeline filter number ``index`` of :data:`TIMELINE_FILTERS`."""
        self.ui.kindFilterCombo.setCurrentIndex(index)

    def focus_timeline(self) -> None:
        """Put the keyboard in the timeline, on the selected (or first) entry."""
        view = self.ui.timelineView
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not view.selectionModel().hasSelection() and self.timeline_filter.rowCount():
            view.selectRow(0)

    def selected_subscription_row(self) -> int:
        """The row of the subscription selected in the panel (-1 when none)."""
        rows = self.ui.subscriptionsView.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def splitter_state(self) -> QByteArray:
        """The card/timeline splitter's sizes (saved with the window layout)."""
        return self.ui.deskSplitter.saveState()

    def restore_splitter_state(self, state: QByteArray) -> None:
        """Restore :meth:`splitter_state`."""
        self.ui.deskSplitter.restoreState(state)

    # -------------------------------------------------------------- private

    def _require(self) -> tuple[TaskRunner, Database]:
        if self._runner is None or self._database is None:
            raise RuntimeError("CustomerDesk.bind() must be called first")
        return self._runner, self._database

    def _fill_card(self, card: CustomerCard) -> None:
        s = card.summary
        self.ui.nameLabel.setText(self.tr("{name} 様").format(name=s.name))
        self.ui.kanaLabel.setText(s.kana)
        self.ui.codeValue.setText(s.code)
        age = card.age(self._today())
        gender = label(i18n.GENDERS, card.gender)
        if age is None:
            self.ui.ageValue.setText(self.tr("年齢不明・{gender}").format(gender=gender))
        else:
            assert card.birth_date is not None
            self.ui.ageValue.setText(
                self.tr("{age}歳・{gender}（{birth} 生まれ）").format(
                    age=age, gender=gender, birth=card.birth_date.isoformat()
                )
            )
        self.ui.addressValue.setText(address_line(s) or "—")
        self.ui.phonesValue.setText(" / ".join(s.phones) or "—")
        self.ui.emailValue.setText(s.email or "—")
        self.ui.rankValue.setText(label(i18n.RANKS, s.rank))
        self.ui.badgeDoNotCall.setVisible(s.do_not_call)
        self.ui.badgeDoNotMail.setVisible(s.do_not_mail)
        self.ui.badgeReturnedMail.setVisible(s.returned_mail)
        self.ui.badgeVip.setVisible(s.rank == "vip")
        self.ui.badgeComplaints.setText(self.tr("未解決クレーム %n件", "", card.open_complaints))
        self.ui.badgeComplaints.setVisible(card.open_complaints > 0)

    def _update_timer(self) -> None:
        self.ui.callTimerLabel.setText(
            self.tr("通話 {time}").format(time=i18n.format_duration(self.call_seconds()))
        )

    def _fetch_page(
        self,
        customer_id: CustomerId,
        offset: int,
        limit: int,
        on_result: Callable[[list[TimelineEntry]], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        runner, database = self._require()

        def run() -> list[TimelineEntry]:
            return timeline_page(database.read_uow(), customer_id, offset=offset, limit=limit)

        runner.submit(run, on_result, on_error=on_error, key=PAGE_TASK)

    def _on_filter_chosen(self, index: int) -> None:
        if 0 <= index < len(TIMELINE_FILTERS):
            self.timeline_filter.set_kind(TIMELINE_FILTERS[index][0])
            self._update_count()

    def _update_count(self, *_args: object) -> None:
        shown = self.timeline_filter.rowCount()
        if self.timeline_model.loading:
            text = self.tr("%n件 表示・読み込み中…", "", shown)
        elif self.timeline_model.exhausted:
            text = self.tr("%n件", "", shown)
        else:
            text = self.tr("%n件 表示（スクロールで続きを表示）", "", shown)
        self.ui.timelineCountLabel.setText(text)

    def _on_entry_activated(self, index: QModelIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if isinstance(entry, TimelineEntry):
            self.entryActivated.emit(entry)

    def _load_failed(self, error: BaseException) -> None:
        self.loadFailed.emit(self._error_text(error))

    def _page_failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self.loadFailed.emit(self._error_text(error))

    def _error_text(self, error: BaseException) -> str:
        if isinstance(error, CrmdeskError):
            return self.tr("読み込めませんでした（{code}）: {detail}").format(
                code=error.code, detail=error.message
            )
        return self.tr("読み込めませんでした: {detail}").format(detail=repr(error))
