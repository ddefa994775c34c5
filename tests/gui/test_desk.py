"""The operator's desk (issue 3), driven by keyboard: find the caller, the card, subscriptions,
the lazy timeline, every recording dialog, conflicts, errors at the fields, F1, settings,
the English translation and the keystroke bench.

Japanese text is typed the way an IME delivers it (a QInputMethodEvent with the committed
string): qtbot.keyClicks aborts the process on non-ASCII text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crmdesk.config import load_settings
from crmdesk.domain.readmodels import OperatorView, TimelineEntry
from crmdesk.gui.app import install_translators
from crmdesk.gui.bench import SEARCH_DEBOUNCE_MS, measure_keystroke_to_results
from crmdesk.gui.dialogs.complaint import ComplaintManageDialog
from crmdesk.gui.dialogs.conflict import ConflictDialog, ConflictModel, ConflictRow
from crmdesk.gui.dialogs.customer import CustomerFormDialog
from crmdesk.gui.dialogs.info import (
    SettingsDialog,
    ShortcutsDialog,
    ShortcutsModel,
    TimelineEntryDialog,
    shortcuts_of,
)
from crmdesk.gui.dialogs.record import CallLogDialog, ComplaintDialog, FlagDialog, VoiceDialog
from crmdesk.gui.dialogs.subscription import SubscriptionDialog
from crmdesk.gui.i18n import jst_today
from crmdesk.gui.main_window import MainWindow
from crmdesk.gui.models import (
    TIMELINE_PAGE,
    TL_KIND,
    TL_TITLE,
    SubscriptionModel,
    TimelineFilterModel,
    TimelineModel,
)
from crmdesk.services.customers import load_customer_edit, update_customer
from crmdesk.services.database import Database, open_database
from crmdesk.services.lookup import customer_card, timeline_page
from tests.gui.desk_data import LONG_HISTORY, DeskWorld, build_desk_world

WAIT_MS = 10_000
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


# ------------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def world_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DeskWorld]]:
    """One database for the module: each writing test uses its own customer."""
    path = tmp_path_factory.mktemp("desk") / "desk.sqlite3"
    database = open_database(str(path))
    world = build_desk_world(database)
    yield database, world
    database.close()


@pytest.fixture
def database(world_db: tuple[Database, DeskWorld]) -> Database:
    """The module's database."""
    return world_db[0]


@pytest.fixture
def world(world_db: tuple[Database, DeskWorld]) -> DeskWorld:
    """The module's customers and operators."""
    return world_db[1]


@pytest.fixture
def operator(world: DeskWorld) -> OperatorView:
    """The operator at the desk (op01, an admin)."""
    return OperatorView(id=world.operator, login="op01", name="佐々木", role="admin")


def make_window(qtbot: QtBot, database: Database, operator: OperatorView) -> MainWindow:
    """A shown, active main window (closed by qtbot at the end of the test)."""
    win = MainWindow(database, operator)
    qtbot.addWidget(win)
    win.resize(1200, 780)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=WAIT_MS)
    return win


@pytest.fixture
def win(qtbot: QtBot, database: Database, operator: OperatorView) -> Iterator[MainWindow]:
    """The desk, searching the module's database."""
    window = make_window(qtbot, database, operator)
    yield window
    if window.dialog is not None:
        window.dialog.close()
    window.close()


def commit_text(widget: QWidget, text: str) -> None:
    """Deliver ``text`` as an input method does when the operator confirms a conversion."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)


def open_card(qtbot: QtBot, win: MainWindow, query: str, code: str) -> None:
    """Type ``query`` into the search field (IME for non-ASCII), Enter, wait for ``code``'s card."""
    win.focus_search()
    if query.isascii():
        qtbot.keyClicks(win.ui.searchEdit, query)
    else:
        commit_text(win.ui.searchEdit, query)
    qtbot.keyClick(win.ui.searchEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.card is not None and win.card.summary.code == code, timeout=WAIT_MS)


def press(qtbot: QtBot, win: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A key with modifiers where the focus is (shortcuts are looked up as for a real key)."""
    target = QApplication.focusWidget() or win
    qtbot.keyClick(target, key, modifiers)


def wait_dialog(qtbot: QtBot, win: MainWindow, kind: type) -> object:
    """The dialog of type ``kind`` the window opened."""
    qtbot.waitUntil(lambda: isinstance(win.dialog, kind), timeout=WAIT_MS)
    dialog = win.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    return dialog


def save(qtbot: QtBot, dialog: QWidget) -> None:
    """Ctrl+Enter: save from wherever the focus is in the dialog."""
    target = dialog.focusWidget() or dialog
    qtbot.keyClick(target, Qt.Key.Key_Return, CTRL)


def entries(win: MainWindow) -> list[TimelineEntry]:
    """The timeline entries loaded, newest first."""
    model = win.desk.timeline_model
    return [model.entry(row) for row in range(model.rowCount())]


def count(database: Database, table: type, **where: object) -> int:
    """Rows of ``table`` matching ``where`` (the tests check writes in the database)."""
    with database.uow() as uow:
        stmt = select(func.count()).select_from(table)
        for column, value in where.items():
            stmt = stmt.where(getattr(table, column) == value)
        return int(uow.session.scalar(stmt) or 0)


# ------------------------------------------------------------------------------ find and open


def test_full_width_phone_and_enter_open_the_right_card(qtbot: QtBot, win: MainWindow) -> None:
    assert win.desk.ui.deskStack.currentWidget() is win.desk.ui.emptyPage
    assert not win.ui.actionRecordCall.isEnabled()  # nobody on the line yet
    open_card(qtbot, win, "０９０−１２３４−５６７８", "C0000001")
    ui = win.desk.ui
    assert win.desk.ui.deskStack.currentWidget() is ui.cardPage
    assert ui.nameLabel.text() == "山田 花子 様"
    assert ui.kanaLabel.text() == "ヤマダ ハナコ"
    assert ui.codeValue.text() == "C0000001"
    age = win.card.age(jst_today()) if win.card else None
    assert ui.ageValue.text() == f"{age}歳・女性（1968-04-02 生まれ）"
    assert ui.addressValue.text() == "〒100-0001 東京都千代田区千代田1-1"
    assert ui.phonesValue.text() == "090-1234-5678"
    assert ui.emailValue.text() == "hanako@example.jp"
    assert ui.rankValue.text() == "一般"
    # 電話不可 is loud; the flags she does not have are not shown at all.
    assert ui.badgeDoNotCall.isVisible() and ui.badgeDoNotCall.text() == "電話不可"
    assert "#c62828" in ui.badgeDoNotCall.styleSheet()
    for badge in (ui.badgeDoNotMail, ui.badgeReturnedMail, ui.badgeVip, ui.badgeComplaints):
        assert not badge.isVisible()
    assert ui.callTimerLabel.text().startswith("通話 00:0")
    assert win.ui.actionRecordCall.isEnabled()
    assert entries(win)[0].detail.startswith("初回のお問い合わせ")


def test_card_shows_subscription_and_every_flag(qtbot: QtBot, win: MainWindow) -> None:
    open_card(qtbot, win, "C0000002", "C0000002")
    ui = win.desk.ui
    assert ui.badgeDoNotMail.isVisible() and ui.badgeReturnedMail.isVisible()
    assert not ui.badgeDoNotCall.isVisible()
    assert ui.rankValue.text() == "ゴールド"
    assert ui.addressValue.text() == "〒530-0001 大阪府大阪市北区梅田1-1-1 梅田ビル12F"
    assert ui.phonesValue.text() == "03-3123-4567 / 080-2222-3333"
    subs = win.desk.subscriptions_model
    assert subs.rowCount() == 1
    row = [subs.index(0, c).data() for c in range(subs.columnCount())]
    assert row == ["黒酢にんにく 30日分", "1", "30日ごと", "2026-12-01", "5回", "継続中"]
    # Five deliveries on the timeline, newest first, with amounts and delivery numbers.
    orders = [e for e in entries(win) if e.kind.value == "order"]
    assert [e.title for e in orders] == [f"O{n:09d}" for n in range(5, 0, -1)]
    model = win.desk.timeline_model
    assert model.index(0, TL_KIND).data() == "注文"
    assert model.index(0, TL_TITLE).data() == "注文 O000000005"
    assert model.index(0, 3).data() == "お届け済み ¥3,866 （定期5回目）"


def test_vip_and_paused_subscription(qtbot: QtBot, win: MainWindow) -> None:
    open_card(qtbot, win, "C0000006", "C0000006")
    assert win.desk.ui.badgeVip.isVisible()
    subs = win.desk.subscriptions_model
    assert subs.index(0, 5).data() == "休止中（2027-01-31まで）"
    assert subs.index(0, 3).data() == "—"


def test_result_row_opens_with_enter(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.keyClicks(win.ui.searchEdit, "C0000003")
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.keyClick(win.ui.searchEdit, Qt.Key.Key_Down)
    assert win.ui.resultsView.hasFocus()
    qtbot.keyClick(win.ui.resultsView, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.card is not None, timeout=WAIT_MS)
    assert win.card is not None and win.card.summary.code == "C0000003"


# ------------------------------------------------------------------------------ timeline


def test_lazy_timeline_shows_100_first_and_more_on_fetch(
    qtbot: QtBot, win: MainWindow, qtmodeltester: ModelTester
) -> None:
    open_card(qtbot, win, "C0000004", "C0000004")
    model = win.desk.timeline_model
    assert model.rowCount() == TIMELINE_PAGE
    assert model.canFetchMore(QModelIndex())
    newest = model.entry(0)
    assert newest.detail == f"問い合わせ {LONG_HISTORY} 件目"
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.rowsInserted, timeout=WAIT_MS):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * TIMELINE_PAGE
    assert model.entry(TIMELINE_PAGE).detail == f"問い合わせ {LONG_HISTORY - TIMELINE_PAGE} 件目"
    qtmodeltester.check(model)
    assert "200件" in win.desk.ui.timelineCountLabel.text()


def test_filter_fetches_until_a_rare_kind_is_found(qtbot: QtBot, win: MainWindow) -> None:
    open_card(qtbot, win, "C0000004", "C0000004")
    # Ctrl+9: フラグ. The only flag change is older than all 1,000 calls: the filter keeps
    # fetching pages while too few rows pass it.
    press(qtbot, win, Qt.Key.Key_9, CTRL)
    assert win.desk.ui.kindFilterCombo.currentText() == "フラグ"
    assert win.ui.actionFilterFlag.isChecked()
    proxy = win.desk.timeline_filter
    qtbot.waitUntil(lambda: proxy.rowCount() == 1, timeout=WAIT_MS)
    assert proxy.index(0, TL_TITLE).data() == "DM不要 解除"
    assert win.desk.timeline_model.exhausted
    press(qtbot, win, Qt.Key.Key_1, CTRL)  # すべて
    assert proxy.rowCount() == LONG_HISTORY + 1


def test_timeline_and_filter_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, database: Database, world: DeskWorld
) -> None:
    card = customer_card(database.uow(), world.long)
    # Pages are delivered later, as the task runner does (never inside fetchMore itself).
    pending: list[tuple[int, object]] = []

    def fetch(customer_id, offset, limit, on_result, on_error):  # type: ignore[no-untyped-def]
        page = timeline_page(database.uow(), customer_id, offset=offset, limit=limit)
        pending.append((offset, lambda: on_result(page)))

    model = TimelineModel(fetch)
    qtmodeltester.check(model)
    model.reset(world.long, card.timeline)
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())  # the tester may have asked already: one page in flight
    assert [offset for offset, _ in pending] == [TIMELINE_PAGE]
    assert model.loading and not model.canFetchMore(QModelIndex())
    pending.pop()[1]()  # type: ignore[operator]
    assert model.rowCount() == 2 * TIMELINE_PAGE and not model.loading
    qtmodeltester.check(model)
    proxy = TimelineFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_kind("contact")
    qtmodeltester.check(proxy)
    proxy.set_kind("voice")
    assert proxy.rowCount() == 0
    qtmodeltester.check(proxy)
    model.reset(None, [])
    qtmodeltester.check(proxy)
    subs = SubscriptionModel()
    qtmodeltester.check(subs)
    subs.set_rows(customer_card(database.uow(), world.ichiro).subscriptions)
    qtmodeltester.check(subs)


def test_dialog_models_pass_the_model_tester(qtmodeltester: ModelTester, win: MainWindow) -> None:
    conflict = ConflictModel([ConflictRow("姓", "高橋", "高橋"), ConflictRow("市区町村", "a", "b")])
    qtmodeltester.check(conflict)
    assert conflict.index(1, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert conflict.index(0, 0).data(Qt.ItemDataRole.FontRole) is None
    shortcuts = ShortcutsModel(shortcuts_of(win.shortcut_actions()))
    qtmodeltester.check(shortcuts)


def test_enter_on_an_entry_opens_its_full_text(qtbot: QtBot, win: MainWindow) -> None:
    open_card(qtbot, win, "C0000001", "C0000001")
    press(qtbot, win, Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier)
    view = win.desk.ui.timelineView
    assert view.hasFocus()
    last = win.desk.timeline_filter.rowCount() - 1
    view.setCurrentIndex(win.desk.timeline_filter.index(last, 0))
    view.selectRow(last)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = wait_dialog(qtbot, win, TimelineEntryDialog)
    assert isinstance(dialog, TimelineEntryDialog)
    assert dialog.ui.textView.toPlainText() == "初回のお問い合わせ。\n2行目: 配送日の確認。"
    assert dialog.ui.titleLabel.text() == "入電・問い合わせ"
    assert dialog.windowTitle() == "対応の明細"
    qtbot.keyClick(dialog.ui.textView, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.dialog is None, timeout=WAIT_MS)


# ------------------------------------------------------------------------------ recording


def test_record_a_call_by_keyboard(
    qtbot: QtBot, win: MainWindow, database: Database, world: DeskWorld
) -> None:
    from crmdesk.store.schema import Contact, FollowUp

    open_card(qtbot, win, "090-1234-5678", "C0000001")
    press(qtbot, win, Qt.Key.Key_N, CTRL)
    dialog = wait_dialog(qtbot, win, CallLogDialog)
    assert isinstance(dialog, CallLogDialog)
    assert dialog.ui.customerLabel.text() == "山田 花子 様（C0000001）"
    assert dialog.ui.directionCombo.currentText() == "入電"
    assert [dialog.ui.categoryCombo.itemText(i) for i in range(7)] == [
        "問い合わせ", "注文", "変更", "解約", "クレーム", "お客様の声", "その他"
    ]  # fmt: skip
    assert dialog.ui.summaryEdit.hasFocus()
    # An empty summary is refused at the field; nothing is saved.
    before = count(database, Contact, customer_id=world.hanako)
    save(qtbot, dialog)
    qtbot.waitUntil(dialog.ui.summaryError.isVisible, timeout=WAIT_MS)
    assert dialog.ui.summaryError.text() == "対応内容を入力してください。"
    assert "border" in dialog.ui.summaryEdit.styleSheet()
    assert count(database, Contact, customer_id=world.hanako) == before
    # Category: 変更 (two steps down), a summary, and a call-back tomorrow.
    qtbot.keyClick(dialog.ui.categoryCombo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.ui.categoryCombo, Qt.Key.Key_Down)
    assert dialog.ui.categoryCombo.currentData() == "change"
    commit_text(dialog.ui.summaryEdit, "次回お届け日の確認。折り返しを希望。")
    dialog.ui.followUpCheck.setFocus()
    qtbot.keyClick(dialog.ui.followUpCheck, Qt.Key.Key_Space)
    assert dialog.ui.followUpDate.isEnabled()
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: win.dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: entries(win)[0].detail == "次回お届け日の確認。折り返しを希望。", timeout=WAIT_MS
    )
    assert win.desk.timeline_model.index(0, TL_TITLE).data() == "入電・変更"
    with database.uow() as uow:
        contact = uow.session.scalars(
            select(Contact).where(Contact.customer_id == world.hanako).order_by(Contact.id.desc())
        ).first()
        assert contact is not None and contact.operator_id == world.operator
        assert contact.duration_s is not None and contact.duration_s >= 0
        follow_up = uow.session.scalars(
            select(FollowUp).where(FollowUp.customer_id == world.hanako)
        ).one()
        assert follow_up.kind == "callback"


def test_complaint_open_escalate_resolve_books_the_check_back(
    qtbot: QtBot, win: MainWindow, database: Database, world: DeskWorld
) -> None:
    from crmdesk.store.schema import Complaint, FollowUp

    open_card(qtbot, win, "タナカ", "C0000003")
    press(qtbot, win, Qt.Key.Key_K, CTRL)  # from the search field: X11 binds Ctrl+K there too
    dialog = wait_dialog(qtbot, win, ComplaintDialog)
    assert isinstance(dialog, ComplaintDialog)
    assert [dialog.ui.categoryCombo.itemText(i) for i in range(5)] == [
        "商品", "配送", "請求", "対応", "その他"
    ]  # fmt: skip
    qtbot.keyClick(dialog.ui.severityCombo, Qt.Key.Key_Down)
    assert dialog.ui.severityCombo.currentText() == "重大"
    commit_text(dialog.ui.descriptionEdit, "届いた箱が潰れていた。交換を希望。")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: win.dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(win.desk.ui.badgeComplaints.isVisible, timeout=WAIT_MS)
    assert win.desk.ui.badgeComplaints.text() == "未解決クレーム 1件"
    complaint_row = next(row for row, e in enumerate(entries(win)) if e.kind.value == "complaint")
    assert win.desk.timeline_model.index(complaint_row, TL_TITLE).data() == "商品・重大・未解決"

    # Enter on the complaint in the timeline opens its handling.
    press(qtbot, win, Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier)
    view = win.desk.ui.timelineView
    view.setCurrentIndex(win.desk.timeline_filter.index(complaint_row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    manage = wait_dialog(qtbot, win, ComplaintManageDialog)
    assert isinstance(manage, ComplaintManageDialog)
    qtbot.waitUntil(lambda: manage.complaint is not None, timeout=WAIT_MS)
    combo = manage.ui.supervisorCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["佐々木（管理者）", "鈴木SV（SV）"]
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "鈴木SV（SV）"
    assert manage.ui.escalateGroup.isEnabled()
    commit_text(manage.ui.noteEdit, "返金も検討してください")
    qtbot.keyClick(manage.ui.noteEdit, Qt.Key.Key_E, ALT)
    qtbot.waitUntil(
        lambda: manage.complaint is not None and manage.complaint.status.value == "escalated",
        timeout=WAIT_MS,
    )
    assert "エスカレーション先: 鈴木SV" in manage.ui.statusLabel.text()
    manage.ui.resolutionEdit.setFocus()
    commit_text(manage.ui.resolutionEdit, "新品と交換し、お詫びの品を同梱。")
    qtbot.keyClick(manage.ui.resolutionEdit, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(
        lambda: manage.complaint is not None and manage.complaint.status.value == "resolved",
        timeout=WAIT_MS,
    )
    assert not manage.ui.resolveGroup.isEnabled()
    qtbot.keyClick(manage.ui.checkBackSpin, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not win.desk.ui.badgeComplaints.isVisible(), timeout=WAIT_MS)

    with database.uow() as uow:
        complaint = uow.session.scalars(
            select(Complaint).where(Complaint.customer_id == world.misaki)
        ).one()
        assert complaint.status == "resolved"
        assert complaint.escalated_to == world.supervisor
        check_back = uow.session.scalars(
            select(FollowUp).where(
                FollowUp.customer_id == world.misaki, FollowUp.kind == "complaint_check_back"
            )
        ).one()
        assert check_back.status == "open"
        due = check_back.due_at.astimezone(dt.timezone(dt.timedelta(hours=9))).date()
        assert due == jst_today() + dt.timedelta(days=7)


def test_voice_with_consent_and_suggested_display_name(
    qtbot: QtBot, win: MainWindow, database: Database, world: DeskWorld
) -> None:
    from crmdesk.store.schema import CustomerVoice

    open_card(qtbot, win, "C0000006", "C0000006")
    press(qtbot, win, Qt.Key.Key_V, CTRL | SHIFT)
    dialog = wait_dialog(qtbot, win, VoiceDialog)
    assert isinstance(dialog, VoiceDialog)
    assert dialog.ui.displayNameEdit.text().endswith("神奈川県 Y.I様")
    commit_text(dialog.ui.textEdit, "朝の目覚めがすっきりしました。")
    dialog.ui.consentCheck.setFocus()
    qtbot.keyClick(dialog.ui.consentCheck, Qt.Key.Key_Space)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: win.dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: bool(entries(win)) and entries(win)[0].kind.value == "voice", timeout=WAIT_MS
    )
    assert entries(win)[0].detail == "朝の目覚めがすっきりしました。"
    assert count(database, CustomerVoice, customer_id=world.yoko, consent=True) == 1


def test_do_not_mail_needs_a_reason_and_shows_on_card_and_timeline(
    qtbot: QtBot, win: MainWindow, database: Database, world: DeskWorld
) -> None:
    from crmdesk.store.schema import CustomerFlagChange

    open_card(qtbot, win, "C0000006", "C0000006")
    assert not win.desk.ui.badgeDoNotMail.isVisible()
    press(qtbot, win, Qt.Key.Key_M, CTRL)
    dialog = wait_dialog(qtbot, win, FlagDialog)
    assert isinstance(dialog, FlagDialog)
    assert dialog.windowTitle() == "DM不要に設定"
    save(qtbot, dialog)
    qtbot.waitUntil(dialog.ui.reasonError.isVisible, timeout=WAIT_MS)
    assert "理由" in dialog.ui.reasonError.text()
    assert count(database, CustomerFlagChange, customer_id=world.yoko) == 0
    commit_text(dialog.ui.reasonEdit, "お電話でDM停止のご依頼")
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)  # Enter saves a one-line form
    qtbot.waitUntil(lambda: win.dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(win.desk.ui.badgeDoNotMail.isVisible, timeout=WAIT_MS)
    flag_entry = entries(win)[0]
    assert flag_entry.kind.value == "flag"
    assert win.desk.timeline_model.index(0, TL_TITLE).data() == "DM不要 設定"
    assert count(database, CustomerFlagChange, customer_id=world.yoko) == 1


def test_subscription_cycle_change(
    qtbot: QtBot, win: MainWindow, database: Database, world: DeskWorld
) -> None:
    open_card(qtbot, win, "C0000002", "C0000002")
    press(qtbot, win, Qt.Key.Key_U, CTRL)
    dialog = wait_dialog(qtbot, win, SubscriptionDialog)
    assert isinstance(dialog, SubscriptionDialog)
    assert "30日ごと" in dialog.ui.currentLabel.text()
    qtbot.waitUntil(lambda: dialog.ui.productCombo.count() == 2, timeout=WAIT_MS)
    dialog.ui.changeCombo.setFocus()
    qtbot.keyClick(dialog.ui.changeCombo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.ui.changeCombo, Qt.Key.Key_Down)
    assert dialog.ui.changeStack.currentWidget() is dialog.ui.cyclePage
    dialog.ui.cycleSpin.setFocus()
    dialog.ui.cycleSpin.selectAll()
    qtbot.keyClicks(dialog.ui.cycleSpin, "45")
    commit_text(dialog.ui.reasonEdit, "飲み切れないため")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: win.dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: win.desk.subscriptions_model.index(0, 2).data() == "45日ごと", timeout=WAIT_MS
    )
    event = entries(win)[0]
    assert event.kind.value == "subscription"
    assert win.desk.timeline_model.index(0, TL_TITLE).data() == "周期変更"
    assert "飲み切れないため" in event.detail


# ------------------------------------------------------------------------------ customer form


def test_bad_input_is_shown_at_each_field_and_nothing_is_saved(
    qtbot: QtBot, win: MainWindow, database: Database
) -> None:
    from crmdesk.store.schema import Customer

    before = count(database, Customer)
    press(qtbot, win, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = wait_dialog(qtbot, win, CustomerFormDialog)
    assert isinstance(dialog, CustomerFormDialog)
    assert dialog.windowTitle() == "新規顧客"
    ui = dialog.ui
    commit_text(ui.familyKanaEdit, "てすと")
    qtbot.keyClicks(ui.phone1Edit, "090-12AB-5678")
    qtbot.keyClicks(ui.postalCodeEdit, "000-0000")
    qtbot.keyClicks(ui.birthDateEdit, "2999-01-01")
    save(qtbot, dialog)
    qtbot.waitUntil(ui.familyNameError.isVisible, timeout=WAIT_MS)
    shown = {
        name: getattr(ui, f"{name}Error").text()
        for name in ("familyName", "phone1", "postalCode", "birthDate")
    }
    assert shown == {
        "familyName": "姓を入力してください。",
        "phone1": "電話番号ではありません（数字と - のみ）。",
        "postalCode": "この郵便番号は存在しません。",
        "birthDate": "生年月日が未来の日付になっています。",
    }
    for widget in (ui.familyNameEdit, ui.phone1Edit, ui.postalCodeEdit, ui.birthDateEdit):
        assert "#c62828" in widget.styleSheet()
    assert not ui.familyKanaError.isVisible()
    assert ui.familyNameEdit.hasFocus()  # the first field in error
    assert dialog.isVisible()  # still open, with everything typed
    assert count(database, Customer) == before


def test_postal_code_fills_the_address_and_a_new_customer_opens(
    qtbot: QtBot, win: MainWindow, database: Database
) -> None:
    press(qtbot, win, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = wait_dialog(qtbot, win, CustomerFormDialog)
    assert isinstance(dialog, CustomerFormDialog)
    ui = dialog.ui
    commit_text(ui.familyNameEdit, "新井")
    commit_text(ui.givenNameEdit, "花")
    commit_text(ui.familyKanaEdit, "あらい")
    commit_text(ui.givenKanaEdit, "ハナ")
    qtbot.keyClicks(ui.phone1Edit, "080-9999-0000")
    ui.postalCodeEdit.setFocus()
    qtbot.keyClicks(ui.postalCodeEdit, "1000001")
    qtbot.keyClick(ui.postalCodeEdit, Qt.Key.Key_Return)  # fills the address, does not save
    qtbot.waitUntil(lambda: ui.cityEdit.text() == "千代田区", timeout=WAIT_MS)
    assert ui.prefectureCombo.currentText() == "東京都"
    assert ui.streetEdit.text() == "千代田" and ui.streetEdit.hasFocus()
    assert dialog.isVisible()
    qtbot.keyClicks(ui.streetEdit, "1-1")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: win.dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: win.card is not None and win.card.summary.name == "新井 花", timeout=WAIT_MS
    )
    assert win.desk.ui.addressValue.text() == "〒100-0001 東京都千代田区千代田1-1"
    assert win.desk.ui.kanaLabel.text() == "アライ ハナ"


def _edit_dialog(qtbot: QtBot, win: MainWindow) -> CustomerFormDialog:
    open_card(qtbot, win, "C0000005", "C0000005")
    press(qtbot, win, Qt.Key.Key_E, CTRL)  # from the search field: X11 binds Ctrl+E there too
    dialog = wait_dialog(qtbot, win, CustomerFormDialog)
    assert isinstance(dialog, CustomerFormDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    assert dialog.windowTitle() == "顧客情報の編集"
    return dialog


def _other_operator_saves(database: Database, world: DeskWorld, city: str) -> None:
    """A second session (another workstation) saves the same customer first."""
    edit = load_customer_edit(database.uow(), world.kenji)
    draft = edit.draft.__class__(**{**edit.draft.__dict__, "city": city})
    update_customer(
        database.uow(),
        world.supervisor,
        world.kenji,
        draft,
        expected_version=edit.version,
        today=jst_today(),
    )


def test_two_sessions_save_the_same_customer_conflict_and_reload(
    qtbot: QtBot, win: MainWindow, database: Database, world: DeskWorld
) -> None:
    dialog = _edit_dialog(qtbot, win)
    assert dialog.ui.cityEdit.text() == "福岡市中央区"
    ui = dialog.ui
    ui.givenNameEdit.selectAll()
    commit_text(ui.givenNameEdit, "健次")
    _other_operator_saves(database, world, "福岡市博多区")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None, timeout=WAIT_MS)
    conflict = dialog.conflict_dialog
    assert isinstance(conflict, ConflictDialog)
    qtbot.waitExposed(conflict)
    assert "鈴木SV さんが" in conflict.ui.messageLabel.text()
    rows = {
        conflict.model.row(r).label: conflict.model.row(r) for r in range(conflict.model.rowCount())
    }
    assert (rows["名"].mine, rows["名"].theirs) == ("健次", "健二")
    assert (rows["市区町村"].mine, rows["市区町村"].theirs) == ("福岡市中央区", "福岡市博多区")
    assert not rows["姓"].differs
    # Nothing of this operator's edit was written.
    saved = load_customer_edit(database.uow(), world.kenji)
    assert (saved.draft.given_name, saved.draft.city) == ("健二", "福岡市博多区")
    qtbot.keyClick(conflict.ui.reloadButton, Qt.Key.Key_Space)  # 相手の内容を読み込む
    qtbot.waitUntil(lambda: dialog.conflict_dialog is None, timeout=WAIT_MS)
    assert ui.givenNameEdit.text() == "健二" and ui.cityEdit.text() == "福岡市博多区"
    assert dialog.isVisible()
    assert load_customer_edit(database.uow(), world.kenji).version == saved.version


def test_conflict_reapply_saves_mine_on_purpose(
    qtbot: QtBot, win: MainWindow, database: Database, world: DeskWorld
) -> None:
    dialog = _edit_dialog(qtbot, win)
    ui = dialog.ui
    ui.buildingEdit.setFocus()
    qtbot.keyClicks(ui.buildingEdit, "Tenjin Bldg 3F")
    _other_operator_saves(database, world, "福岡市南区")
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.conflict_dialog is not None, timeout=WAIT_MS)
    conflict = dialog.conflict_dialog
    assert conflict is not None
    qtbot.waitExposed(conflict)
    qtbot.keyClick(conflict.ui.reapplyButton, Qt.Key.Key_Space)  # 自分の内容で保存し直す
    qtbot.waitUntil(lambda: win.dialog is None, timeout=WAIT_MS)
    saved = load_customer_edit(database.uow(), world.kenji)
    assert saved.draft.building == "Tenjin Bldg 3F"
    assert saved.updated_by_name == "佐々木"


# ------------------------------------------------------------------------------ keyboard, help


def test_f1_lists_every_shortcut(qtbot: QtBot, win: MainWindow) -> None:
    press(qtbot, win, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
    dialog = wait_dialog(qtbot, win, ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog)
    listed = {
        dialog.model.shortcut(r).keys: dialog.model.shortcut(r).action
        for r in range(dialog.model.rowCount())
    }
    assert listed["Ctrl+N"] == "通話記録"
    assert listed["Ctrl+K"] == "クレーム受付"
    assert listed["Ctrl+E"] == "顧客情報の編集"
    assert listed["Ctrl+Shift+N"] == "新規顧客"
    assert listed["Ctrl+M"] == "DM不要の設定・解除"
    assert listed["Ctrl+T"] == "電話不可の設定・解除"
    assert listed["Ctrl+U"] == "定期変更"
    assert listed["F2 / Ctrl+L / Ctrl+F"] == "検索欄へ移動"
    assert listed["Ctrl+1"] == "タイムライン: すべて"
    assert listed["Ctrl+9"] == "タイムライン: フラグ"
    assert listed["F1"] == "ショートカット一覧"
    assert listed["Ctrl+,"] == "表示設定"
    # Issue 4: 解約の受付 for everyone, the SV menu for this admin.
    assert listed["Ctrl+D"] == "解約の受付"
    assert listed["Ctrl+Shift+S"] == "引き止めトークと解約理由の編集"
    assert listed["Ctrl+Shift+R"] == "引き止めの効果（レポート）"
    assert listed["Ctrl+Shift+H"] == "製品安全メモの確認"
    # Issue 6: one letter for everyone, the batch and the templates for this admin.
    assert listed["Ctrl+P"] == "手紙の印刷"
    assert listed["Ctrl+Shift+P"] == "DM・手紙の一括印刷"
    assert listed["Ctrl+Shift+T"] == "手紙テンプレートの編集"
    # Issue 5: the follow-up queue, Next, the seven results, the SV view and the rule editor.
    assert listed["F7"] == "フォローのキューを表示"
    assert listed["F8"] == "次のフォロー"
    assert listed["Alt+2"] == "結果: 不在（あとでかけ直す）"
    assert listed["Ctrl+F7"] == "フォローの状況"
    assert listed["Ctrl+Shift+F7"] == "フォロールールの編集"
    keyed = [a for a in win.shortcut_actions() if not a.shortcut().isEmpty()]
    assert len(keyed) == 42
    assert all(any(a.shortcut().toString() in k for k in listed) for a in keyed)
    # No two actions share a key.
    keys = [k.toString() for a in win.shortcut_actions() for k in a.shortcuts()]
    assert len(keys) == len(set(keys))


def test_search_shortcuts_and_escape(qtbot: QtBot, win: MainWindow) -> None:
    open_card(qtbot, win, "C0000001", "C0000001")
    press(qtbot, win, Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier)
    assert win.desk.ui.timelineView.hasFocus()
    press(qtbot, win, Qt.Key.Key_L, CTRL)
    assert win.ui.searchEdit.hasFocus() and win.ui.searchEdit.selectedText() == "C0000001"
    press(qtbot, win, Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier)
    press(qtbot, win, Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier)
    assert win.ui.searchEdit.hasFocus()


def test_settings_save_the_language_for_the_next_start(qtbot: QtBot, win: MainWindow) -> None:
    press(qtbot, win, Qt.Key.Key_Comma, CTRL)
    dialog = wait_dialog(qtbot, win, SettingsDialog)
    assert isinstance(dialog, SettingsDialog)
    assert dialog.ui.languageCombo.currentText() == "日本語"
    assert "次回の起動時" in dialog.ui.languageNote.text()
    qtbot.keyClick(dialog.ui.languageCombo, Qt.Key.Key_Down)
    assert dialog.ui.languageCombo.currentText() == "English"
    qtbot.keyClick(dialog.ui.languageCombo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.dialog is None, timeout=WAIT_MS)
    assert load_settings().language == "en"


def test_splitters_are_remembered(qtbot: QtBot, database: Database, operator: OperatorView) -> None:
    first = make_window(qtbot, database, operator)
    first.ui.mainSplitter.setSizes([300, 400])
    first.desk.ui.deskSplitter.setSizes([500, 600])
    main, desk = first.ui.mainSplitter.sizes(), first.desk.ui.deskSplitter.sizes()
    first.close()
    assert QSettings("crmdesk", "crmdesk").value("MainWindow/mainSplitter") is not None
    second = make_window(qtbot, database, operator)
    assert second.ui.mainSplitter.sizes() == main
    assert second.desk.ui.deskSplitter.sizes() == desk
    second.close()


# ------------------------------------------------------------------------------ translation


def test_english_translation_applies_to_the_desk_and_dialogs(
    qtbot: QtBot, qapp: QApplication, database: Database, operator: OperatorView
) -> None:
    translators = install_translators(qapp, "en")
    try:
        assert translators
        window = make_window(qtbot, database, operator)
        open_card(qtbot, window, "C0000002", "C0000002")
        ui = window.desk.ui
        assert ui.nameLabel.text() == "佐藤 一郎"
        assert ui.badgeDoNotMail.text() == "No DM"
        assert ui.badgeReturnedMail.text() == "Mail returned"
        assert ui.rankValue.text() == "Gold"
        assert ui.kindFilterCombo.itemText(1) == "Orders"
        assert window.desk.subscriptions_model.index(0, 5).data() == "Active"
        assert window.desk.subscriptions_model.index(0, 2).data().startswith("every ")
        kinds = {window.desk.timeline_model.index(r, TL_KIND).data() for r in range(5)}
        assert "Order" in kinds
        assert window.ui.menuCustomer.title() == "&Customer"
        press(qtbot, window, Qt.Key.Key_N, CTRL)
        dialog = wait_dialog(qtbot, window, CallLogDialog)
        assert isinstance(dialog, CallLogDialog)
        assert dialog.windowTitle() == "Call log"
        assert dialog.ui.directionCombo.currentText() == "Inbound"
        assert dialog.ui.categoryCombo.itemText(0) == "Inquiry"
        save(qtbot, dialog)
        qtbot.waitUntil(dialog.ui.summaryError.isVisible, timeout=WAIT_MS)
        assert dialog.ui.summaryError.text() == "Please enter what the call was about."
        dialog.close()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
        press(qtbot, window, Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier)
        help_dialog = wait_dialog(qtbot, window, ShortcutsDialog)
        assert isinstance(help_dialog, ShortcutsDialog)
        actions = [
            help_dialog.model.shortcut(r).action for r in range(help_dialog.model.rowCount())
        ]
        assert "Log a call" in actions
        help_dialog.close()
        window.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


# ------------------------------------------------------------------------------ bench


def test_keystroke_bench_types_into_a_real_window(
    qtbot: QtBot, database: Database, operator: OperatorView
) -> None:
    samples = measure_keystroke_to_results(database, operator, ["090-1234-5678", "0331234567"], 3)
    assert len(samples) == 3
    # A phone number is an exact lookup: no debounce, the wait is the query and the repaint.
    assert all(0 < s < SEARCH_DEBOUNCE_MS / 1000 for s in samples), samples


def test_only_substring_searches_wait_for_the_typing_to_pause(
    qtbot: QtBot, win: MainWindow
) -> None:
    edit = win.ui.searchEdit
    for exact in ("0901234", "C0000001", "a@example.jp", "530-0001", "ヤ"):
        edit.setText(exact)
        assert win._debounce.interval() == 0, exact
    for text in ("ya", "ヤマダ", "梅田"):
        edit.setText(text)
        assert win._debounce.interval() == SEARCH_DEBOUNCE_MS, text
    win.set_search_debounce(0)
    edit.setText("yamada")
    assert win._debounce.interval() == 0
