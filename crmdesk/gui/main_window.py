"""The main window, the operator's desk: find the caller, see the whole customer, record the call.

Search on top (focused at start), the hits below it, and the open customer's card, subscriptions
and timeline (:class:`~crmdesk.gui.desk.CustomerDesk`). Every action has a key (F1 lists them)
and opens a dialog that saves through the task runner's write lane; after a save the window
emits :attr:`MainWindow.customerChanged` and the views refresh what they show. The window is
thin: it calls services through the task runner and shows the read models that come back; it
never sees a Session.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
    qVersion,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QWidget,
)

from crmdesk import __version__
from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.ids import ComplaintId, CustomerId
from crmdesk.domain.model import TimelineKind
from crmdesk.domain.permissions import Permission
from crmdesk.domain.readmodels import CustomerCard, CustomerSummary, OperatorView, TimelineEntry
from crmdesk.domain.search import plan_search
from crmdesk.domain.validation import CustomerDraft
from crmdesk.gui.desk import TIMELINE_FILTERS, CustomerDesk
from crmdesk.gui.dialogs.access import (
    OperatorsDialog,
    SharedSettingsDialog,
    change_own_password,
    role_label,
)
from crmdesk.gui.dialogs.base import DeskContext, RecordDialog
from crmdesk.gui.dialogs.cancellation import CancellationDialog
from crmdesk.gui.dialogs.cancellation_record import CancellationRecordDialog
from crmdesk.gui.dialogs.complaint import ComplaintManageDialog
from crmdesk.gui.dialogs.customer import CustomerFormDialog
from crmdesk.gui.dialogs.info import SettingsDialog, ShortcutsDialog, TimelineEntryDialog
from crmdesk.gui.dialogs.record import CallLogDialog, ComplaintDialog, FlagDialog, VoiceDialog
from crmdesk.gui.dialogs.subscription import SubscriptionDialog
from crmdesk.gui.followups import RESULT_ORDER, RefreshScheduler
from crmdesk.gui.followups_admin import FollowUpRulesDialog, FollowUpsReportDialog
from crmdesk.gui.forms.ui_main_window import Ui_MainWindow
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP, format_when, jst_today
from crmdesk.gui.letter_batch import LetterBatchDialog
from crmdesk.gui.letter_dialog import LetterDialog
from crmdesk.gui.live import LiveUpdates
from crmdesk.gui.models import (
    COL_ADDRESS,
    FLAG_COLUMNS,
    CellDelegate,
    CustomerResultsModel,
    FlagDelegate,
)
from crmdesk.gui.retention_admin import RetentionReportDialog, ScriptEditorDialog
from crmdesk.gui.safety_notes import SafetyNotesDialog
from crmdesk.gui.tasks import TaskRunner
from crmdesk.gui.template_editor import TemplateEditorDialog
from crmdesk.services.customers import CustomerFlag
from crmdesk.services.database import Database, DatabaseInfo
from crmdesk.services.followups import RefreshCounts
from crmdesk.services.lookup import find_customers, lookup_phone

__all__ = ["QT_TRANSLATE_NOOP", "SETTINGS_APP", "SETTINGS_ORG", "MainWindow"]

# QSettings organisation and application: window geometry and other view state.
SETTINGS_ORG = "crmdesk"
SETTINGS_APP = "crmdesk"
# Pause after the last keystroke before a substring search (part of a name or address): fast
# typists do not fire a costly FTS5 / pg_trgm query per key. Index lookups (phone, code, order
# number, email, postal code, kana or name prefix) run at once (docs/benchmarks.md).
SEARCH_DEBOUNCE_MS = 150
# Hits shown for one query; the operator narrows the query rather than scrolling.
SEARCH_LIMIT = 50
# Task-runner key of the search: a newer query supersedes an older one still running.
SEARCH_TASK = "search"
# QSettings keys of the window layout.
_GEOMETRY = "MainWindow/geometry"
_STATE = "MainWindow/state"
_MAIN_SPLITTER = "MainWindow/mainSplitter"
_DESK_SPLITTER = "MainWindow/deskSplitter"


class MainWindow(QMainWindow):
    """The operator's desk (see the module docstring).

    ``customerActivated`` carries the CustomerSummary the operator picked (Enter in the search
    field takes the first hit; Enter or double-click in the list takes that row); the window then
    opens that customer's card. ``customerChanged`` carries the id of a customer whose data a
    save changed (this window's dialogs; the lead's LISTEN/NOTIFY can emit it too).
    """

    customerActivated = Signal(object)
    # A customer's stored data changed: views showing it refresh.
    customerChanged = Signal(int)
    # Emitted after a query's hits are in the model (the query text, the number of hits).
    searchFinished = Signal(str, int)
    # Emitted when a query failed (the message shown in the status bar).
    searchFailed = Signal(str)
    # Emitted when a recording dialog opened (the dialog), for tests and screen pop.
    dialogOpened = Signal(object)

    def __init__(
        self,
        database: Database,
        operator: OperatorView,
        *,
        runner: TaskRunner | None = None,
        remember_geometry: bool = True,
        today: Callable[[], dt.date] | None = None,
        schedule_refresh: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._database = database
        self._operator = operator
        self._runner = runner if runner is not None else TaskRunner(self)
        self._today = today or jst_today
        self._remember_geometry = remember_geometry
        self._reset_layout_on_close = False
        self._submitted_query: str | None = None  # the query of the search running or shown
        self._select_first_when_ready = False
        self.context = DeskContext(self._runner, database, operator, self._today)
        # The dialog open now (one at a time: the operator is on one call).
        self.dialog: QDialog | None = None
        # A screen pop that waits for the open dialog to close.
        self._pending_pop: str | None = None
        # The line to the other desks on a shared database (attach_live); None on SQLite.
        self._live: LiveUpdates | None = None
        self._announced: int | None = None

        self.model = CustomerResultsModel(self)
        self._setup_results_view()

        self.desk: CustomerDesk = self.ui.desk
        self.desk.bind(self._runner, database, today=self._today)
        self.desk.cardShown.connect(self._card_shown)
        self.desk.loadFailed.connect(self.ui.statusBar.showMessage)
        self.desk.entryActivated.connect(self.open_entry)
        self.customerActivated.connect(lambda summary: self.open_customer(summary.id))
        self.customerChanged.connect(self._customer_changed)
        self.ui.mainSplitter.setStretchFactor(0, 1)
        self.ui.mainSplitter.setStretchFactor(1, 3)
        self.ui.mainSplitter.setSizes([140, 660])

        self._text_debounce_ms = SEARCH_DEBOUNCE_MS
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        edit = self.ui.searchEdit
        edit.textChanged.connect(self._on_text_changed)
        edit.returnPressed.connect(self._on_return_pressed)
        edit.installEventFilter(self)

        self._wire_actions()
        self._apply_role()

        self.status_label = QLabel(self._status_text(), self)
        self.status_label.setObjectName("statusLabel")
        self.ui.statusBar.addPermanentWidget(self.status_label)
        self._setup_followups(schedule_refresh)

        if remember_geometry:
            self._restore_geometry()
        self._update_actions()
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -------------------------------------------------------------- public

    @property
    def runner(self) -> TaskRunner:
        """The task runner the window's queries and saves go through."""
        return self._runner

    @property
    def operator(self) -> OperatorView:
        """Who is signed in at this desk."""
        return self._operator

    @property
    def database_info(self) -> DatabaseInfo:
        """The open database (shown in the status bar; no password)."""
        return self._database.info

    @property
    def card(self) -> CustomerCard | None:
        """The open customer's card (None when nobody is open)."""
        return self.desk.card

    def shortcut_actions(self) -> list[QAction]:
        """Every action of the window, in menu order (the F1 list is made from these)."""
        found: list[QAction] = []
        for menu_action in self.ui.menuBar.actions():
            menu = menu_action.menu()
            if not isinstance(menu, QMenu) or not menu_action.isVisible():
                continue
            # What the role hides is neither listed nor reachable by its keys.
            found += [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        return found

    def set_search_debounce(self, msecs: int) -> None:
        """The pause after the last keystroke before a substring search."""
        self._text_debounce_ms = msecs

    def focus_search(self) -> None:
        """Put the cursor in the search field with its text selected (F2, Ctrl+L, Ctrl+F)."""
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
            return find_customers(database.read_uow(), query, limit=SEARCH_LIMIT)

        self.ui.statusBar.showMessage(self.tr("検索中…"))
        self._runner.submit(
            run,
            lambda hits: self._show_hits(query, hits),
            on_error=self._search_failed,
            key=SEARCH_TASK,
        )

    def select_first(self) -> bool:
        """Select the first hit and open it (Enter in the search field); False if none."""
        if self.model.rowCount() == 0:
            return False
        index = self.model.index(0, 0)
        self.ui.resultsView.selectRow(0)
        self.ui.resultsView.scrollTo(index)
        self.customerActivated.emit(self.model.summary(0))
        return True

    def open_customer(self, customer_id: CustomerId) -> None:
        """Open ``customer_id``'s card, subscriptions and timeline (screen pop calls this too)."""
        self.desk.load(customer_id)

    def new_customer(self, prefill: CustomerDraft | None = None) -> CustomerFormDialog:
        """The new-customer form, pre-filled (screen pop passes the caller's number as phone1)."""
        dialog = CustomerFormDialog(self.context, prefill=prefill, parent=self)
        dialog.saved.connect(self._customer_created)
        self._show_dialog(dialog)
        return dialog

    def pop(self, number: str) -> None:
        """Screen pop: come forward with the caller's card, or a new-customer form for the number.

        One customer with the number: their card opens. Several (a household sharing a line):
        they are listed and the operator picks. Nobody: the new-customer form opens with the
        number in 電話番号1. While a recording dialog is open the pop waits for it to close, so
        a call being recorded never ends up on another customer's card.
        """
        self.bring_forward()
        if self.dialog is not None and self.dialog.isVisible():
            self._pending_pop = number
            self.ui.statusBar.showMessage(
                self.tr("着信 {number}: 開いている画面を閉じると表示します。").format(number=number)
            )
            return
        self._pending_pop = None
        database = self._database

        def run() -> list[CustomerSummary]:
            return lookup_phone(database.read_uow(), number, limit=SEARCH_LIMIT)

        self._runner.submit(
            run,
            lambda hits: self._popped(number, hits),
            on_error=self._search_failed,
            key=SEARCH_TASK,
        )

    def attach_live(self, live: LiveUpdates) -> None:
        """Follow the other desks (shared database): their changes refresh what this shows,
        and the card says who else has the customer open. The window stops it on close.
        """
        self._live = live
        live.customerChanged.connect(self._changed_elsewhere)
        live.presenceChanged.connect(self._update_presence)
        live.connectionChanged.connect(self._live_connection)
        live.start()
        live.announce(self.desk.customer_id)

    def bring_forward(self) -> None:
        """Show the window above the others (a second start or a screen pop asks for this)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def open_entry(self, entry: TimelineEntry) -> None:
        """Enter on a timeline entry: a complaint opens its handling, a cancellation its record,
        anything else its text."""
        card = self.card
        if entry.kind == TimelineKind.COMPLAINT and card is not None:
            self._open_complaint(ComplaintId(entry.ref_id))
        elif entry.kind == TimelineKind.CANCELLATION:
            # The record as it was (the script's words of then); Ctrl+P there prints the letter.
            record = CancellationRecordDialog(self.context, entry.ref_id, parent=self)
            record.printed.connect(lambda _path: self._saved())
            self._show_dialog(record)
        else:
            self._show_dialog(TimelineEntryDialog(entry, self))

    # -------------------------------------------------------------- Qt overrides

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Search field keys: ↓ to the list, Escape clears, and the window's shortcuts win.

        On X11 a line edit claims Ctrl+E, Ctrl+K and Ctrl+U for Emacs-style editing; the desk's
        shortcuts are worth more to an operator on the phone than those, so the field lets
        them through.
        """
        if watched is self.ui.searchEdit:
            if event.type() == QEvent.Type.ShortcutOverride:
                assert isinstance(event, QKeyEvent)
                if self._is_window_shortcut(event):
                    event.ignore()
                    return True
            elif event.type() == QEvent.Type.KeyPress:
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
        """Remember the layout and let running queries and saves finish before the window goes."""
        if self._remember_geometry:
            settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
            if self._reset_layout_on_close:
                for key in (_GEOMETRY, _STATE, _MAIN_SPLITTER, _DESK_SPLITTER):
                    settings.remove(key)
            else:
                settings.setValue(_GEOMETRY, self.saveGeometry())
                settings.setValue(_STATE, self.saveState())
                settings.setValue(_MAIN_SPLITTER, self.ui.mainSplitter.saveState())
                settings.setValue(_DESK_SPLITTER, self.desk.splitter_state())
        self._debounce.stop()
        if self.followup_refresh is not None:
            self.followup_refresh.stop()
        if self._live is not None:
            self._live.stop()
            self._live = None
        self._runner.shutdown()
        super().closeEvent(event)

    # -------------------------------------------------------------- actions

    def _wire_actions(self) -> None:
        ui = self.ui
        # F2 is in the form; Ctrl+L and the platform's Find key reach the search field too.
        ui.actionFocusSearch.setShortcuts(
            [
                QKeySequence("F2"),
                QKeySequence("Ctrl+L"),
                QKeySequence(QKeySequence.StandardKey.Find),
            ]
        )
        connections: list[tuple[QAction, Callable[[], Any]]] = [
            (ui.actionQuit, self.close),
            (ui.actionAbout, self._show_about),
            (ui.actionFocusSearch, self.focus_search),
            (ui.actionFocusTimeline, self.desk.focus_timeline),
            (ui.actionRefresh, self._refresh),
            (ui.actionNewCustomer, self.new_customer),
            (ui.actionRecordCall, self._record_call),
            (ui.actionComplaint, self._new_complaint),
            (ui.actionOpenComplaint, lambda: self._open_complaint(None)),
            (ui.actionVoice, self._record_voice),
            (ui.actionEditCustomer, self._edit_customer),
            (ui.actionDoNotMail, lambda: self._toggle_flag("do_not_mail")),
            (ui.actionDoNotCall, lambda: self._toggle_flag("do_not_call")),
            (ui.actionSubscription, self._change_subscription),
            (ui.actionCancellation, self._cancellation),
            (ui.actionRetentionScripts, self._retention_scripts),
            (ui.actionRetentionReport, self._retention_report),
            (ui.actionSafetyNotes, self._safety_notes),
            (ui.actionLetter, self._letter),
            (ui.actionLetterBatch, self._letter_batch),
            (ui.actionLetterTemplates, self._letter_templates),
            (ui.actionSettings, self._show_settings),
            (ui.actionChangePassword, self._change_password),
            (ui.actionSharedSettings, self._show_shared_settings),
            (ui.actionOperators, self._show_operators),
            (ui.actionShortcuts, self._show_shortcuts),
            (ui.actionFollowupQueue, self.show_followup_queue),
            (ui.actionFollowupNext, self.ui.followupPanel.next),
            (ui.actionFollowupRelease, self.ui.followupPanel.release),
            (ui.actionFollowupReport, self._followups_report),
            (ui.actionFollowupRules, self._followup_rules),
        ]
        for result, action in zip(RESULT_ORDER, self._result_actions(), strict=True):
            connections.append((action, functools.partial(self.ui.followupPanel.record, result)))
        for action, slot in connections:
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        self._filter_group = QActionGroup(self)
        self._filter_actions = [
            ui.actionFilterAll,
            ui.actionFilterOrder,
            ui.actionFilterContact,
            ui.actionFilterComplaint,
            ui.actionFilterCancellation,
            ui.actionFilterMailing,
            ui.actionFilterVoice,
            ui.actionFilterSubscription,
            ui.actionFilterFlag,
        ]
        assert len(self._filter_actions) == len(TIMELINE_FILTERS)
        for number, action in enumerate(self._filter_actions):
            self._filter_group.addAction(action)
            action.triggered.connect(
                lambda _checked=False, number=number: self.desk.set_kind_filter(number)
            )
        ui.actionFilterAll.setChecked(True)
        self.desk.ui.kindFilterCombo.currentIndexChanged.connect(self._filter_shown)
        # Actions act in the whole window, wherever the focus is (the search field included).
        for action in self.shortcut_actions():
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._gate_supervisor_actions()

    def _setup_results_view(self) -> None:
        view = self.ui.resultsView
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ADDRESS, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        view.setItemDelegate(CellDelegate(view))
        self._flag_delegate = FlagDelegate(view)
        for column in FLAG_COLUMNS:
            view.setItemDelegateForColumn(column, self._flag_delegate)
        view.activated.connect(self._on_row_activated)

    def _apply_role(self) -> None:
        """Show only what the operator's role may do (the services check the role again)."""
        ui, op = self.ui, self._operator
        gated = (
            (ui.actionSharedSettings, op.can(Permission.SETTINGS)),
            (ui.actionOperators, op.can(Permission.MANAGE_OPERATORS)),
            # Only a signed-in operator (shared database) has a password to change.
            (ui.actionChangePassword, self._database.info.backend == "postgresql"),
        )
        for action, allowed in gated:
            action.setVisible(allowed)
            action.setEnabled(allowed)
        ui.menuAdmin.menuAction().setVisible(
            any(a.isVisible() for a in ui.menuAdmin.actions() if not a.isSeparator())
        )

    def _is_window_shortcut(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(
            key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
            for action in self.shortcut_actions()
            if action.isEnabled()
            for key in action.shortcuts()
        )

    def _update_actions(self) -> None:
        has_card = self.card is not None
        for action in (
            self.ui.actionRecordCall,
            self.ui.actionComplaint,
            self.ui.actionOpenComplaint,
            self.ui.actionVoice,
            self.ui.actionEditCustomer,
            self.ui.actionDoNotMail,
            self.ui.actionDoNotCall,
            self.ui.actionFocusTimeline,
            self.ui.actionRefresh,
            self.ui.actionLetter,
        ):
            action.setEnabled(has_card)
        card = self.card
        self.ui.actionSubscription.setEnabled(card is not None and bool(card.subscriptions))
        # 解約の受付 (issue 4): only with a subscription that can still be cancelled.
        self.ui.actionCancellation.setEnabled(
            card is not None and any(s.status in ("active", "paused") for s in card.subscriptions)
        )

    def _filter_shown(self, index: int) -> None:
        if 0 <= index < len(self._filter_actions):
            self._filter_actions[index].setChecked(True)

    def _show_dialog(self, dialog: QDialog) -> None:
        """Open ``dialog`` window-modal (the operator finishes it before the next action)."""
        self.dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        dialog.open()
        self.dialogOpened.emit(dialog)

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
            # Back to the desk's keys at once (some window managers leave no window active).
            self.activateWindow()
            if self._pending_pop is not None:
                self.pop(self._pending_pop)

    def _popped(self, number: str, hits: list[CustomerSummary]) -> None:
        edit = self.ui.searchEdit
        edit.blockSignals(True)
        edit.setText(number)
        edit.blockSignals(False)
        self._debounce.stop()
        self._submitted_query = number.strip()
        self._show_hits(number, hits)
        if len(hits) == 1:
            self.select_first()
        elif hits:
            self.ui.resultsView.setFocus(Qt.FocusReason.OtherFocusReason)
            self.ui.resultsView.selectRow(0)
        else:
            self.new_customer(prefill=CustomerDraft(phone1=number))

    def _record(self, dialog: RecordDialog) -> None:
        dialog.saved.connect(lambda _result: self._saved())
        self._show_dialog(dialog)

    def _record_call(self) -> None:
        if (card := self.card) is not None:
            duration = self.desk.call_seconds()
            self._record(CallLogDialog(self.context, card, duration_s=duration, parent=self))

    def _new_complaint(self) -> None:
        if (card := self.card) is not None:
            self._record(ComplaintDialog(self.context, card, parent=self))

    def _open_complaint(self, complaint_id: ComplaintId | None) -> None:
        if (card := self.card) is not None:
            self._record(ComplaintManageDialog(self.context, card, complaint_id, parent=self))

    def _record_voice(self) -> None:
        if (card := self.card) is not None:
            self._record(VoiceDialog(self.context, card, parent=self))

    def _edit_customer(self) -> None:
        if (card := self.card) is not None:
            self._record(CustomerFormDialog(self.context, customer_id=card.summary.id, parent=self))

    def _toggle_flag(self, flag: CustomerFlag) -> None:
        if (card := self.card) is not None:
            on = bool(getattr(card.summary, flag))
            self._record(FlagDialog(self.context, card, flag, currently_on=on, parent=self))

    def _change_subscription(self) -> None:
        if (card := self.card) is not None and card.subscriptions:
            selected = max(self.desk.selected_subscription_row(), 0)
            self._record(SubscriptionDialog(self.context, card, selected=selected, parent=self))

    def _change_password(self) -> None:
        self._show_dialog(change_own_password(self._database, self._runner, self._operator, self))

    def _show_shared_settings(self) -> None:
        if self._operator.can(Permission.SETTINGS):
            dialog = SharedSettingsDialog(self.context, self)
            if self.followup_refresh is not None and self.followup_refresh.scheduled:
                # A new refresh interval counts from now, not after the old one ran out.
                dialog.accepted.connect(self.followup_refresh.start)
            self._show_dialog(dialog)

    def _show_operators(self) -> None:
        if self._operator.can(Permission.MANAGE_OPERATORS):
            self._show_dialog(OperatorsDialog(self.context, self))

    # ---- retention (issue 4)

    def _gate_supervisor_actions(self) -> None:
        """Hide (not just disable) what the operator's role may not do; an empty menu goes too."""
        ui = self.ui
        ui.actionRetentionScripts.setVisible(self._operator.can(Permission.EDIT_SCRIPTS))
        ui.actionRetentionReport.setVisible(self._operator.can(Permission.REPORTS))
        ui.actionSafetyNotes.setVisible(self._operator.can(Permission.REPORTS))
        # Issue 6: batches for BATCH_PRINT, templates for EDIT_SCRIPTS (the desk's single
        # letter is everyone's: Permission.DESK).
        ui.actionLetterBatch.setVisible(self._operator.can(Permission.BATCH_PRINT))
        ui.actionLetterTemplates.setVisible(self._operator.can(Permission.EDIT_SCRIPTS))
        ui.actionFollowupReport.setVisible(self._operator.can(Permission.REPORTS))
        ui.actionFollowupRules.setVisible(self._operator.can(Permission.EDIT_SCRIPTS))
        ui.menuSupervisor.menuAction().setVisible(
            any(a.isVisible() for a in ui.menuSupervisor.actions() if not a.isSeparator())
        )

    def _cancellation(self) -> None:
        card = self.card
        if card is not None and any(s.status in ("active", "paused") for s in card.subscriptions):
            selected = max(self.desk.selected_subscription_row(), 0)
            sub = card.subscriptions[min(selected, len(card.subscriptions) - 1)]
            live = [s for s in card.subscriptions if s.status in ("active", "paused")]
            index = live.index(sub) if sub in live else 0
            self._record(CancellationDialog(self.context, card, selected=index, parent=self))

    def _retention_scripts(self) -> None:
        if self._operator.can(Permission.EDIT_SCRIPTS):
            self._show_dialog(ScriptEditorDialog(self.context, self))

    def _retention_report(self) -> None:
        if self._operator.can(Permission.REPORTS):
            self._show_dialog(RetentionReportDialog(self.context, self))

    def _safety_notes(self) -> None:
        if self._operator.can(Permission.REPORTS):
            self._show_dialog(SafetyNotesDialog(self.context, self))

    # ---- letters (issue 6)

    def _letter(self) -> None:
        if (card := self.card) is not None:
            dialog = LetterDialog(self.context, card, parent=self)
            dialog.printed.connect(self.customerChanged.emit)
            self._show_dialog(dialog)

    def _letter_batch(self) -> None:
        if self._operator.can(Permission.BATCH_PRINT):
            dialog = LetterBatchDialog(self.context, self)
            dialog.finished_batch.connect(self._batch_printed)
            self._show_dialog(dialog)

    def _batch_printed(self, result: object) -> None:
        # The open customer's timeline shows the new mailing at once.
        printed = getattr(result, "printed", [])
        if (customer_id := self.desk.customer_id) is not None and int(customer_id) in printed:
            self.customerChanged.emit(int(customer_id))

    def _letter_templates(self) -> None:
        if self._operator.can(Permission.EDIT_SCRIPTS):
            self._show_dialog(TemplateEditorDialog(self.context, self))

    def _show_shortcuts(self) -> None:
        self._show_dialog(ShortcutsDialog(self.shortcut_actions(), self))

    def _show_settings(self) -> None:
        dialog = SettingsDialog(self)
        dialog.accepted.connect(lambda: self._settings_saved(dialog.layout_reset_requested))
        self._show_dialog(dialog)

    def _settings_saved(self, reset_layout: bool) -> None:
        self.ui.statusBar.showMessage(
            self.tr("設定を保存しました。表示言語は次回の起動時に反映されます。")
        )
        if reset_layout:
            self._reset_layout_on_close = True
            self.ui.mainSplitter.setSizes([140, 660])
            self.desk.ui.deskSplitter.setSizes([440, 660])

    # ---- follow-ups (issue 5)

    def show_followup_queue(self) -> None:
        """Show the follow-up dock (F7) and put the keyboard in its queue."""
        dock = self.ui.followupDock
        dock.show()
        dock.raise_()
        self.ui.followupPanel.focus_queue()

    def _result_actions(self) -> list[QAction]:
        ui = self.ui
        return [
            ui.actionResultReached,
            ui.actionResultNoAnswer,
            ui.actionResultCallBack,
            ui.actionResultOrdered,
            ui.actionResultDeclined,
            ui.actionResultWrongNumber,
            ui.actionResultDoNotCall,
        ]

    def _setup_followups(self, schedule_refresh: bool) -> None:
        """The queue dock, its actions, and (for supervisors) the scheduled rule run."""
        panel = self.ui.followupPanel
        panel.bind(self.context)
        # The card opens when the claim comes back, which restarts the desk's call timer: the
        # outbound call's length is recorded with its result.
        panel.call_seconds = self.desk.call_seconds
        panel.openCustomer.connect(lambda customer_id: self.open_customer(CustomerId(customer_id)))
        panel.resultRecorded.connect(lambda view: self.customerChanged.emit(int(view.customer_id)))
        panel.message.connect(lambda text: self.ui.statusBar.showMessage(text, 15_000))
        panel.claimChanged.connect(self._followup_claim_changed)
        self.ui.menuView.addSeparator()
        self.ui.menuView.addAction(self.ui.followupDock.toggleViewAction())
        self._followup_claim_changed(False)
        self.followup_status = QLabel(self)
        self.followup_status.setObjectName("followupStatusLabel")
        self.followup_status.hide()
        self.ui.statusBar.addPermanentWidget(self.followup_status)
        self.followup_refresh: RefreshScheduler | None = None
        # The rules run on the desks of those who set their schedule (SETTINGS: supervisors);
        # the service's locks make two desks' runs wait for each other, never double up.
        if self._operator.can(Permission.SETTINGS):
            self.followup_refresh = RefreshScheduler(self.context, parent=self)
            self.followup_refresh.started.connect(self._followup_refresh_started)
            self.followup_refresh.refreshed.connect(self._followup_refreshed)
            self.followup_refresh.failed.connect(self._followup_refresh_failed)
            if schedule_refresh:
                self.followup_refresh.start()

    def _followup_claim_changed(self, claimed: bool) -> None:
        for action in (*self._result_actions(), self.ui.actionFollowupRelease):
            action.setEnabled(claimed)

    def _followup_refresh_started(self) -> None:
        self.followup_status.setText(self.tr("フォロー更新中…"))
        self.followup_status.setStyleSheet("")
        self.followup_status.show()

    def _followup_refreshed(self, counts: RefreshCounts, at: dt.datetime) -> None:
        self.followup_status.setStyleSheet("")
        self.followup_status.setText(
            self.tr("フォロー更新 {at}: 作成 {created}・終了 {closed}・未対応 {open}").format(
                at=format_when(at), created=counts.created, closed=counts.closed, open=counts.open
            )
        )
        self.followup_status.show()
        self.ui.followupPanel.reload()

    def _followup_refresh_failed(self, message: str) -> None:
        text = self.tr("フォロー更新に失敗しました（{detail}）").format(detail=message)
        self.followup_status.setText(text)
        self.followup_status.setStyleSheet("color: #c62828; font-weight: bold;")
        self.followup_status.show()
        self.ui.statusBar.showMessage(text)

    def _followups_report(self) -> None:
        if self._operator.can(Permission.REPORTS):
            dialog = FollowUpsReportDialog(self.context, self)
            dialog.refreshed.connect(self._followup_refreshed)
            # An item assigned to this desk's operator belongs in their queue at once.
            dialog.assigned.connect(lambda _views: self.ui.followupPanel.reload())
            self._show_dialog(dialog)

    def _followup_rules(self) -> None:
        if self._operator.can(Permission.EDIT_SCRIPTS):
            self._show_dialog(FollowUpRulesDialog(self.context, self))

    # -------------------------------------------------------------- after a save

    def _saved(self) -> None:
        if (customer_id := self.desk.customer_id) is not None:
            self.customerChanged.emit(int(customer_id))

    def _customer_created(self, customer_id: object) -> None:
        assert isinstance(customer_id, int)
        self.ui.statusBar.showMessage(self.tr("お客様を登録しました。"), 5000)
        self.customerChanged.emit(customer_id)
        self.open_customer(CustomerId(customer_id))

    def _customer_changed(self, customer_id: int) -> None:
        if self.desk.customer_id == customer_id:
            self.desk.refresh()
        # The hits may show the old name, phone or flags: ask again.
        if any(self.model.summary(row).id == customer_id for row in range(self.model.rowCount())):
            self._submitted_query = None
            self.search_now()

    def _refresh(self) -> None:
        self.desk.refresh()
        self.ui.followupPanel.reload()

    def _card_shown(self, card: CustomerCard) -> None:
        self._update_actions()
        if self._live is not None:
            if card.summary.id != self._announced:
                self._announced = card.summary.id
                self._live.announce(int(card.summary.id))
            self._update_presence()

    def _changed_elsewhere(self, customer_id: int) -> None:
        if self.desk.customer_id == customer_id:
            self.ui.statusBar.showMessage(
                self.tr("このお客様の情報が更新されたため、表示を更新しました。"), 8000
            )
        self.customerChanged.emit(customer_id)

    def _update_presence(self) -> None:
        customer_id = self.desk.customer_id
        if self._live is None or customer_id is None:
            self.desk.set_presence([])
            return
        self.desk.set_presence(self._live.others_on(int(customer_id)))

    def _live_connection(self, connected: bool) -> None:
        if connected:
            # Changes made while the line was down were not heard: read the card again.
            self.desk.refresh()
        else:
            self.ui.statusBar.showMessage(
                self.tr("他の端末の変更を受け取れません（再接続中）。F5 で最新の表示にできます。")
            )

    # -------------------------------------------------------------- private

    def _restore_geometry(self) -> None:
        settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
        geometry = settings.value(_GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value(_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        main = settings.value(_MAIN_SPLITTER)
        if isinstance(main, QByteArray):
            self.ui.mainSplitter.restoreState(main)
        desk = settings.value(_DESK_SPLITTER)
        if isinstance(desk, QByteArray):
            self.desk.restore_splitter_state(desk)

    def _status_text(self) -> str:
        op = self._operator
        role = role_label(op.role)
        info = self._database.info
        return self.tr("オペレーター: {name}（{role}） | DB: {db} | スキーマ: {revision}").format(
            name=op.name, role=role, db=info.url, revision=info.revision or "—"
        )

    def _on_text_changed(self, text: str) -> None:
        # An index lookup runs with the next event-loop turn (keys typed in one burst still
        # make one query); a substring search waits for the typing to pause.
        pause = plan_search(text).needs_pause
        self._debounce.setInterval(self._text_debounce_ms if pause else 0)
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
