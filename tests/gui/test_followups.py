"""The follow-up queue in the desk (issue 5): Next, results, release, SV view, rule editor, refresh.

Follow-ups are put in the small desk database directly (two customers due yesterday, one
F2 and one lapsing); everything after that goes through the window and its keys.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QItemSelectionModel, QModelIndex, Qt, QTime
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.domain.followups import parse_rules
from crmdesk.domain.ids import CustomerId, FollowUpId, OperatorId
from crmdesk.domain.readmodels import OperatorView
from crmdesk.gui.followups import FollowUpQueueModel, RefreshScheduler
from crmdesk.gui.followups_admin import (
    BY_RULE,
    OPERATORS,
    OVERDUE,
    UNASSIGNED,
    FollowUpRulesDialog,
    FollowUpsReportDialog,
    ReportTableModel,
)
from crmdesk.gui.i18n import JST
from crmdesk.gui.main_window import MainWindow
from crmdesk.services import followups, operators
from crmdesk.services.database import Database, open_database
from crmdesk.services.followups_view import rules_to_toml
from crmdesk.store.schema import Contact, Customer, FollowUp
from tests.conftest import add_customer
from tests.gui.conftest import fill_desk_customers

WAIT_MS = 15_000
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier
PASSWORD = "kuro-zu-2026"


def _add_follow_ups(database: Database) -> dict[str, int]:
    """An F2 call (priority 70) for 佐藤 and a lapsing one (55) for 田中, both due yesterday."""
    now = dt.datetime.now(dt.UTC)
    ids: dict[str, int] = {}
    with database.uow() as uow:
        s = uow.session
        by_code = {c.code: c.id for c in s.scalars(select(Customer))}
        for key, code, rule, kind, priority in (
            ("f2", "C0000002", "f2", "f2", 70),
            ("lapsing", "C0000003", "lapsing_repeat", "lapsing", 55),
        ):
            fu = FollowUp(
                customer_id=by_code[code],
                kind=kind,
                rule_code=rule,
                channel="call",
                due_at=now - dt.timedelta(days=1),
                priority=priority,
                status="open",
                attempts=0,
                note="",
                created_at=now - dt.timedelta(days=1),
                handling="shared",
                origin="rule",
            )
            s.add(fu)
            s.flush()
            ids[key] = fu.id
        uow.commit()
    return ids


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    """The three desk customers on SQLite, then on PostgreSQL (SKIP LOCKED, the read pool)."""
    database = open_database(db_target)
    fill_desk_customers(database)
    yield database
    database.close()


@pytest.fixture
def queued(db: Database) -> dict[str, int]:
    """The ids of the two follow-ups in the database."""
    return _add_follow_ups(db)


def _window(qtbot: QtBot, database: Database, operator: OperatorView) -> MainWindow:
    win = MainWindow(database, operator, remember_geometry=False)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def desk(qtbot: QtBot, db: Database, queued: dict[str, int]) -> Iterator[MainWindow]:
    """An admin's window with the queues read."""
    admin = operators.add_operator(
        db.uow(), None, login="admin9", name="中村 理恵", role="admin", password=PASSWORD
    )
    win = _window(qtbot, db, admin)
    panel = win.ui.followupPanel
    qtbot.waitUntil(lambda: panel.shared_model.total == 2, timeout=WAIT_MS)
    yield win
    win.close()


def _press(qtbot: QtBot, win: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    target = QApplication.focusWidget() or win
    qtbot.keyClick(target, key, modifiers)


def _type(widget: QWidget, text: str) -> None:
    """Japanese text as an input method commits it (keyClicks cannot send it)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _jst_field(days: int) -> QDateTime:
    """The call-back field's value ``days`` from now (the field shows Japanese time)."""
    at = dt.datetime.now(JST) + dt.timedelta(days=days)
    return QDateTime(QDate(at.year, at.month, at.day), QTime(at.hour, at.minute))


def _row(database: Database, follow_up_id: int) -> FollowUp:
    with database.uow() as uow:
        row = uow.session.get(FollowUp, follow_up_id)
        assert row is not None
        uow.session.expunge(row)
        return row


def _claim_with_f8(qtbot: QtBot, win: MainWindow) -> None:
    panel = win.ui.followupPanel
    _press(qtbot, win, Qt.Key.Key_F8, NONE)
    qtbot.waitUntil(lambda: panel.claimed is not None, timeout=WAIT_MS)
    card = panel.claimed
    assert card is not None
    qtbot.waitUntil(
        lambda: win.card is not None and win.card.summary.id == card.follow_up.customer_id,
        timeout=WAIT_MS,
    )


def test_next_no_answer_then_next_ordered(
    qtbot: QtBot, desk: MainWindow, db: Database, queued: dict[str, int]
) -> None:
    """The Done-when flow: F8 → card and script → Alt+2 → retry; F8 → Alt+4 → closed."""
    win, panel = desk, desk.ui.followupPanel
    started = dt.datetime.now(dt.UTC)

    _claim_with_f8(qtbot, win)
    card = panel.claimed
    assert card is not None
    # The top of the queue (priority 70), the customer's card, why, and the filled script.
    assert card.follow_up.id == queued["f2"]
    assert win.card is not None and win.card.summary.code == "C0000002"
    assert panel.ui.scriptView.toPlainText() == card.script_text
    # (These customers have no orders, so {product} and the dates stay as they are.)
    assert card.script_text.startswith("佐藤様、")
    assert panel.ui.whyLabel.text().startswith("理由: ")
    assert "F2" in panel.ui.ruleLabel.text() and "佐藤 一郎" in panel.ui.ruleLabel.text()
    assert "まで有効" in panel.ui.expiryLabel.text()
    # The note field has the keyboard; the claim is in "mine" with its expiry.
    assert panel.ui.noteEdit.hasFocus()
    qtbot.waitUntil(lambda: panel.mine_model.total == 1, timeout=WAIT_MS)
    state = panel.mine_model.index(0, 4).data()
    assert state.startswith("対応中（") and "まで）" in state
    _type(panel.ui.noteEdit, "留守電にメッセージ")

    _press(qtbot, win, Qt.Key.Key_2, ALT)
    qtbot.waitUntil(lambda: panel.claimed is None and not panel.busy, timeout=WAIT_MS)
    row = _row(db, queued["f2"])
    assert row.status == "open" and row.claimed_by is None and row.attempts == 1
    assert row.outcome == "no_answer"
    due = row.due_at if row.due_at.tzinfo else row.due_at.replace(tzinfo=dt.UTC)
    # Retry after the shared setting's 4 hours.
    assert dt.timedelta(hours=3, minutes=59) < due - started < dt.timedelta(hours=4, minutes=5)
    qtbot.waitUntil(lambda: panel.mine_model.total == 0, timeout=WAIT_MS)
    # The outbound call is on the timeline (the window refreshed the card).
    qtbot.waitUntil(
        lambda: (
            win.card is not None and any("不在" in e.title + e.detail for e in win.card.timeline)
        ),
        timeout=WAIT_MS,
    )
    with db.uow() as uow:
        contact = uow.session.get(Contact, row.contact_id)
        assert contact is not None and contact.direction == "outbound"
        assert "留守電にメッセージ" in contact.summary
        assert contact.duration_s is not None and contact.duration_s >= 0  # the call timer
    assert "不在" in win.ui.statusBar.currentMessage()
    # Focus is back on the queue: F8 takes the next one from there.
    assert not panel.ui.noteEdit.hasFocus()

    _claim_with_f8(qtbot, win)
    card = panel.claimed
    assert card is not None and card.follow_up.id == queued["lapsing"]
    assert win.card is not None and win.card.summary.code == "C0000003"
    _press(qtbot, win, Qt.Key.Key_4, ALT)
    qtbot.waitUntil(lambda: panel.claimed is None and not panel.busy, timeout=WAIT_MS)
    row = _row(db, queued["lapsing"])
    assert row.status == "done" and row.outcome == "ordered" and row.closed_at is not None

    # Nothing else is due (the F2 retry is 4 hours away): Next says so and claims nothing.
    _press(qtbot, win, Qt.Key.Key_F8, NONE)
    qtbot.waitUntil(
        lambda: "いまかけるフォローはありません" in win.ui.statusBar.currentMessage(),
        timeout=WAIT_MS,
    )
    assert panel.claimed is None


def test_escape_gives_the_claim_back(
    qtbot: QtBot, desk: MainWindow, db: Database, queued: dict[str, int]
) -> None:
    """Esc in the panel releases the claim unchanged; the result keys are off without one."""
    win, panel = desk, desk.ui.followupPanel
    assert not win.ui.actionResultNoAnswer.isEnabled()
    _claim_with_f8(qtbot, win)
    assert win.ui.actionResultNoAnswer.isEnabled()
    assert _row(db, queued["f2"]).status == "claimed"
    _press(qtbot, win, Qt.Key.Key_Escape, NONE)
    qtbot.waitUntil(lambda: panel.claimed is None and not panel.busy, timeout=WAIT_MS)
    row = _row(db, queued["f2"])
    assert row.status == "open" and row.claimed_by is None and row.attempts == 0
    assert not win.ui.actionResultNoAnswer.isEnabled()


def test_the_desk_renews_the_claim_it_shows(
    qtbot: QtBot, desk: MainWindow, db: Database, queued: dict[str, int]
) -> None:
    """A long call is not an abandoned desk: while the card is shown the claim is renewed on a
    timer (a third of the expiry), and the timer stops when the claim is given back."""
    win, panel = desk, desk.ui.followupPanel
    _claim_with_f8(qtbot, win)
    assert panel._keep_timer.isActive()
    assert panel._keep_timer.interval() == 30 * 60_000 // 3  # the default expiry, 30 min
    first = _row(db, queued["f2"]).claimed_at
    assert first is not None
    qtbot.wait(1100)  # claimed_at is stored to the second
    panel._keep_timer.timeout.emit()
    qtbot.waitUntil(lambda: (_row(db, queued["f2"]).claimed_at or first) > first, timeout=WAIT_MS)
    assert _row(db, queued["f2"]).claimed_by == win.ui.followupPanel._context.operator.id
    _press(qtbot, win, Qt.Key.Key_Escape, NONE)
    qtbot.waitUntil(lambda: panel.claimed is None and not panel.busy, timeout=WAIT_MS)
    assert not panel._keep_timer.isActive()


def test_call_back_needs_a_future_time(
    qtbot: QtBot, desk: MainWindow, db: Database, queued: dict[str, int]
) -> None:
    """Alt+3 with a past time: the message is at the field and nothing is written."""
    win, panel = desk, desk.ui.followupPanel
    _claim_with_f8(qtbot, win)
    panel.ui.callBackEdit.setDateTime(_jst_field(days=-1))
    _press(qtbot, win, Qt.Key.Key_3, ALT)
    assert "今より後" in panel.ui.errorLabel.text()
    assert "border" in panel.ui.callBackEdit.styleSheet()
    assert _row(db, queued["f2"]).status == "claimed"
    # A time tomorrow is taken: the follow-up waits for it.
    panel.ui.callBackEdit.setDateTime(_jst_field(days=1))
    _press(qtbot, win, Qt.Key.Key_3, ALT)
    qtbot.waitUntil(lambda: panel.claimed is None and not panel.busy, timeout=WAIT_MS)
    row = _row(db, queued["f2"])
    assert row.status == "open" and row.outcome == "call_back"
    due = row.due_at if row.due_at.tzinfo else row.due_at.replace(tzinfo=dt.UTC)
    assert dt.timedelta(hours=23) < due - dt.datetime.now(dt.UTC) < dt.timedelta(hours=25)


def test_f7_shows_the_queue_and_f1_lists_the_keys(qtbot: QtBot, desk: MainWindow) -> None:
    """F7 brings the dock back and puts the keyboard in the queue; the actions are listed."""
    win = desk
    win.ui.followupDock.hide()
    _press(qtbot, win, Qt.Key.Key_F7, NONE)
    assert win.ui.followupDock.isVisible()
    win.ui.followupPanel.ui.queueTabs.setCurrentIndex(1)
    _press(qtbot, win, Qt.Key.Key_F7, NONE)
    assert win.ui.followupPanel.ui.sharedView.hasFocus()
    names = {a.objectName() for a in win.shortcut_actions()}
    assert {
        "actionFollowupQueue",
        "actionFollowupNext",
        "actionResultReached",
        "actionResultDoNotCall",
        "actionFollowupReport",
        "actionFollowupRules",
    } <= names
    keys = {a.shortcut().toString(): a.objectName() for a in win.shortcut_actions()}
    assert keys["F8"] == "actionFollowupNext"
    assert keys["Alt+7"] == "actionResultDoNotCall"
    assert keys["Ctrl+F7"] == "actionFollowupReport"
    assert keys["Ctrl+Shift+F7"] == "actionFollowupRules"


def test_operators_do_not_see_the_supervisor_items(
    qtbot: QtBot, db: Database, queued: dict[str, int]
) -> None:
    """No SV view, no rule editor, no scheduled refresh for an operator; the queue is there."""
    op = operators.add_operator(
        db.uow(), None, login="op2", name="鈴木", role="operator", password=PASSWORD
    )
    win = _window(qtbot, db, op)
    names = {a.objectName() for a in win.shortcut_actions()}
    assert "actionFollowupNext" in names and "actionFollowupQueue" in names
    assert "actionFollowupReport" not in names and "actionFollowupRules" not in names
    assert win.followup_refresh is None
    win.ui.actionFollowupReport.trigger()
    win.ui.actionFollowupRules.trigger()
    assert win.dialog is None
    # The operator works the queue like anyone.
    panel = win.ui.followupPanel
    qtbot.waitUntil(lambda: panel.shared_model.total == 2, timeout=WAIT_MS)
    _claim_with_f8(qtbot, win)
    win.close()


def test_the_refresh_runs_on_a_worker_on_schedule(
    qtbot: QtBot, desk: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A short interval: the rules run off the GUI thread and the status bar shows the counts."""
    win = desk
    assert win.followup_refresh is not None  # the admin's desk runs the schedule
    threads: list[int] = []
    real = followups.refresh

    def spy(uow: Any, today: dt.date, **kw: Any) -> followups.RefreshCounts:
        threads.append(threading.get_ident())
        return real(uow, today, **kw)

    monkeypatch.setattr(followups, "refresh", spy)
    scheduler = RefreshScheduler(win.context, interval_ms=50, parent=win)
    scheduler.refreshed.connect(win._followup_refreshed)
    with qtbot.waitSignal(scheduler.refreshed, timeout=WAIT_MS) as blocker:
        scheduler.start()
    counts, _at = blocker.args
    assert isinstance(counts, followups.RefreshCounts)
    assert threads and threads[0] != threading.get_ident()
    assert "フォロー更新" in win.followup_status.text()
    assert f"未対応 {counts.open}" in win.followup_status.text()
    # It runs again on the interval.
    with qtbot.waitSignal(scheduler.refreshed, timeout=WAIT_MS):
        pass
    assert len(threads) >= 2
    scheduler.stop()


def test_a_failed_refresh_is_shown(
    qtbot: QtBot, desk: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error of the scheduled run reaches the status bar, in red, not swallowed."""
    from crmdesk.domain.followups import RuleError

    def broken(uow: Any, today: dt.date, **kw: Any) -> followups.RefreshCounts:
        raise RuleError("the rule set in the database: rule 2 (x): 'priority' is wrong")

    monkeypatch.setattr(followups, "refresh", broken)
    scheduler = RefreshScheduler(desk.context, interval_ms=10, parent=desk)
    scheduler.failed.connect(desk._followup_refresh_failed)
    with qtbot.waitSignal(scheduler.failed, timeout=WAIT_MS) as blocker:
        scheduler.start()
    scheduler.stop()
    assert "E602" in blocker.args[0]
    assert "フォロー更新に失敗しました" in desk.followup_status.text()
    assert "E602" in desk.ui.statusBar.currentMessage()


def test_supervisor_view_and_refresh_now(
    qtbot: QtBot, desk: MainWindow, db: Database, queued: dict[str, int]
) -> None:
    """Ctrl+F7: counts by rule and status, overdue items, work per operator; 今すぐ更新."""
    win = desk
    _claim_with_f8(qtbot, win)
    _press(qtbot, win, Qt.Key.Key_2, ALT)
    qtbot.waitUntil(lambda: not win.ui.followupPanel.busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: win.ui.followupPanel.claimed is None, timeout=WAIT_MS)
    win.ui.followupPanel.setFocus()
    _press(qtbot, win, Qt.Key.Key_F7, CTRL)
    qtbot.waitUntil(lambda: isinstance(win.dialog, FollowUpsReportDialog), timeout=WAIT_MS)
    dialog = win.dialog
    assert isinstance(dialog, FollowUpsReportDialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT_MS)
    rules = {
        dialog.by_rule.row(r)["rule"]: dialog.by_rule.row(r)
        for r in range(dialog.by_rule.rowCount())
    }
    assert rules["f2"]["status"] == {"open": 1}
    assert rules["lapsing_repeat"]["status"] == {"open": 1}
    assert dialog.by_rule.index(0, 0).data()  # the translated label
    # The lapsing one is overdue (due yesterday); the F2 one was moved to its retry time.
    assert [dialog.overdue.row(r).id for r in range(dialog.overdue.rowCount())] == [
        queued["lapsing"]
    ]
    ops = [dialog.operators.row(r) for r in range(dialog.operators.rowCount())]
    assert ops and ops[0]["today"] == {"no_answer": 1}
    assert "不在 1" in dialog.operators.index(0, 3).data()
    assert "期限切れ 1 件" in dialog.ui.summaryLabel.text()
    with qtbot.waitSignal(dialog.refreshed, timeout=WAIT_MS) as blocker:
        dialog.ui.refreshNowButton.click()
    assert isinstance(blocker.args[0], followups.RefreshCounts)
    qtbot.waitUntil(lambda: "フォロー更新" in win.followup_status.text(), timeout=WAIT_MS)
    dialog.reject()


def test_rule_editor_saves_and_shows_errors_at_the_field(
    qtbot: QtBot, desk: MainWindow, db: Database
) -> None:
    """Ctrl+Shift+F7: change a rule's priority and save; an empty name is refused at its field."""
    win = desk
    _press(qtbot, win, Qt.Key.Key_F7, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(win.dialog, FollowUpRulesDialog), timeout=WAIT_MS)
    dialog = win.dialog
    assert isinstance(dialog, FollowUpRulesDialog)
    qtbot.waitUntil(lambda: len(dialog.rules) > 3, timeout=WAIT_MS)
    ui = dialog.ui
    assert ui.codeValue.text() == dialog.rules[0].code
    ui.rulesList.setCurrentRow(2)
    code = dialog.rules[2].code
    ui.prioritySpin.setValue(33)
    ui.labelEdit.clear()
    dialog.save()
    qtbot.waitUntil(lambda: "E602" in ui.errorLabel.text(), timeout=WAIT_MS)
    assert "label" in ui.errorLabel.text()
    assert ui.rulesList.currentRow() == 2
    assert "border" in ui.labelEdit.styleSheet()
    assert followups.rules_source(db.uow()) == followups.default_rules_source()

    _type(ui.labelEdit, "購入間隔を過ぎたお客様")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save()
    saved = {r.code: r for r in followups.active_rules(db.uow())}
    assert saved[code].priority == 33 and saved[code].label == "購入間隔を過ぎたお客様"
    assert "保存しました" in ui.errorLabel.text()
    dialog.reject()


def test_rule_editor_save_after_another_supervisor_saved_is_a_conflict(
    qtbot: QtBot, desk: MainWindow, db: Database
) -> None:
    """Another SV saves while this editor is open: Save is refused in Japanese, the edits stay
    in the fields; 読み込む shows theirs; 上書き保存 after a second conflict keeps this one's."""
    win = desk
    win.ui.actionFollowupRules.trigger()
    qtbot.waitUntil(lambda: isinstance(win.dialog, FollowUpRulesDialog), timeout=WAIT_MS)
    dialog = win.dialog
    assert isinstance(dialog, FollowUpRulesDialog)
    qtbot.waitUntil(lambda: len(dialog.rules) > 3, timeout=WAIT_MS)
    ui = dialog.ui
    assert ui.conflictBar.isHidden()
    loaded = followups.rule_set(db.uow())
    assert dialog.version == loaded.version
    me = win.context.operator.id

    def other_sv_sets(code: str, priority: int) -> followups.RuleSet:
        current = followups.rule_set(db.uow())
        rules = [
            dataclasses.replace(r, priority=priority) if r.code == code else r
            for r in current.rules
        ]
        return followups.save_rules(db.uow(), me, rules_to_toml(rules), expected=current.version)

    ui.rulesList.setCurrentRow(0)
    code = dialog.rules[0].code
    other_sv_sets(code, 11)
    ui.prioritySpin.setValue(22)
    dialog.save()
    qtbot.waitUntil(lambda: not ui.conflictBar.isHidden(), timeout=WAIT_MS)
    assert "別のSVがルールを保存しました" in ui.errorLabel.text()
    assert "E203" in ui.errorLabel.text()
    assert ui.prioritySpin.value() == 22 and dialog.rules[0].priority == 22  # kept
    assert {r.code: r for r in followups.active_rules(db.uow())}[code].priority == 11

    # 読み込む: theirs replaces the edits.
    ui.reloadRulesButton.click()
    qtbot.waitUntil(ui.conflictBar.isHidden, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: ui.prioritySpin.value() == 11, timeout=WAIT_MS)
    assert dialog.version == followups.rule_set(db.uow()).version

    # Again, and this time the supervisor keeps their own.
    other_sv_sets(code, 12)
    ui.prioritySpin.setValue(33)
    dialog.save()
    qtbot.waitUntil(lambda: not ui.conflictBar.isHidden(), timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        ui.overwriteButton.click()
    assert ui.conflictBar.isHidden()
    assert {r.code: r for r in followups.active_rules(db.uow())}[code].priority == 33
    assert dialog.version == followups.rule_set(db.uow()).version
    dialog.reject()


def test_rules_to_toml_round_trips() -> None:
    """The editor's text reads back into the same rules (every shipped rule)."""
    rules = parse_rules(followups.default_rules_source())
    assert parse_rules(rules_to_toml(rules)) == rules


def _view(n: int, **kw: Any) -> followups.FollowUpView:
    now = dt.datetime(2026, 12, 6, 1, 0, tzinfo=dt.UTC)
    values: dict[str, Any] = {
        "id": FollowUpId(n),
        "customer_id": CustomerId(n),
        "customer_code": f"C{n:07d}",
        "customer_name": "山田 花子",
        "kind": "f2",
        "rule_code": "f2",
        "rule_label": "F2フォロー（2回目購入のご案内）",
        "channel": "call",
        "handling": "shared",
        "status": "open",
        "priority": 70,
        "due_at": now,
        "attempts": 1,
        "assigned_to": None,
        "claimed_by": None,
        "claimed_at": None,
        "outcome": None,
        "note": "",
        "created_at": now,
        "closed_at": None,
    }
    values.update(kw)
    return followups.FollowUpView(**values)


@pytest.fixture
def keep() -> Iterator[list[object]]:
    """Models the model tester still looks at after the test body returned."""
    alive: list[object] = []
    yield alive
    alive.clear()


def test_queue_model_pages(qtbot: QtBot, keep: list[object], qtmodeltester: ModelTester) -> None:
    """The queue model: first page, the next one on fetchMore, stale pages dropped."""
    model = FollowUpQueueModel()
    keep.append(model)
    pending: list[Any] = []
    model.set_fetcher(lambda offset, limit, ok, err: pending.append((offset, ok)))
    root = QModelIndex()
    now = dt.datetime.now(dt.UTC)
    first = tuple(_view(i) for i in range(1, 4))
    model.set_page(followups.QueuePage(items=first, total=5, offset=0, limit=3))
    model.set_claim_expiry(30)
    assert model.rowCount() == 3 and model.canFetchMore(root)
    model.fetchMore(root)
    assert not model.canFetchMore(root)  # one page at a time
    offset, deliver = pending.pop()
    assert offset == 3
    claimed = _view(4, status="claimed", claimed_at=now, claimed_by=OperatorId(1))
    deliver(followups.QueuePage(items=(claimed, _view(5)), total=5, offset=3, limit=3))
    assert model.rowCount() == 5 and not model.canFetchMore(root)
    assert model.index(3, 4).data().startswith("対応中（")
    assert model.index(0, 1).data() == "F2フォロー（2回目購入のご案内）"
    # Due 2026-12-06: overdue (red) once that day is over.
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    fresh = _view(8, due_at=now + dt.timedelta(hours=1))
    model.set_page(followups.QueuePage(items=(fresh,), total=1, offset=0, limit=3))
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    model.set_page(followups.QueuePage(items=first, total=5, offset=0, limit=3))
    model.fetchMore(root)
    offset, deliver = pending.pop()
    deliver(followups.QueuePage(items=(claimed, _view(5)), total=5, offset=3, limit=3))
    # A page asked for before the queue was read again is dropped.
    model.set_page(followups.QueuePage(items=first, total=5, offset=0, limit=3))
    model.fetchMore(root)
    _offset, late = pending.pop()
    model.set_page(followups.QueuePage(items=first[:1], total=1, offset=0, limit=3))
    late(followups.QueuePage(items=(_view(7),), total=5, offset=3, limit=3))
    assert model.rowCount() == 1
    model.set_page(followups.QueuePage(items=(*first, claimed), total=4, offset=0, limit=4))
    qtmodeltester.check(model)


def test_report_models(qtbot: QtBot, keep: list[object], qtmodeltester: ModelTester) -> None:
    """The three tables of the SV view."""
    by_rule = ReportTableModel(BY_RULE)
    keep.append(by_rule)
    by_rule.set_rows(
        [
            {
                "rule": "f2",
                "label": "F2フォロー（2回目購入のご案内）",
                "status": {"open": 3, "done": 1},
                "created": 4,
                "converted": 1,
                "conversion_rate": 0.25,
            }
        ]
    )
    qtmodeltester.check(by_rule)
    assert by_rule.index(0, 1).data() == "3" and by_rule.index(0, 7).data() == "25.0%"
    overdue = ReportTableModel(OVERDUE)
    keep.append(overdue)
    overdue.set_rows([_view(1)])
    qtmodeltester.check(overdue)
    ops = ReportTableModel(OPERATORS)
    keep.append(ops)
    ops.set_rows(
        [
            {
                "operator_id": 1,
                "name": "op01",
                "today": {"ordered": 1},
                "period": {"ordered": 1, "no_answer": 2},
                "calls_today": 1,
                "calls_period": 3,
            }
        ]
    )
    qtmodeltester.check(ops)
    assert ops.index(0, 4).data() == "注文 1・不在 2"
    unassigned = ReportTableModel(UNASSIGNED)
    keep.append(unassigned)
    unassigned.set_rows([_view(1), _view(2)])
    qtmodeltester.check(unassigned)
    assert unassigned.index(0, 0).data() == "C0000001" and unassigned.index(0, 3).data() == "電話"


def test_a_supervisor_assigns_a_vip_item_nobody_has(
    qtbot: QtBot, desk: MainWindow, db: Database, queued: dict[str, int]
) -> None:
    """A VIP's personal item without an assignee is listed in the SV view; assigned to an
    operator there, it is that operator's next call."""
    now = dt.datetime.now(dt.UTC)
    taro = operators.add_operator(
        db.uow(), None, login="op_taro", name="山本 太郎", role="operator", password=PASSWORD
    )
    with db.uow() as uow:
        s = uow.session
        customer = add_customer(
            s, code="C0000009", family_name="大島", rank="vip", phones=["090-9999-0001"]
        )
        item = FollowUp(
            customer_id=customer,
            kind="vip",
            rule_code="vip_care",
            channel="call",
            due_at=now - dt.timedelta(hours=2),
            priority=40,
            status="open",
            attempts=0,
            note="",
            created_at=now - dt.timedelta(days=1),
            handling="personal",
            origin="rule",
        )
        s.add(item)
        s.flush()
        vip = item.id
        uow.commit()
    # Stranded: not in the shared queue, nobody's own ('Next' gives a shared call instead).
    shared = followups.claim_next(db.uow(), taro.id)
    assert shared is not None and shared.follow_up.id != vip
    followups.release(db.uow(), taro.id, shared.follow_up.id)
    win = desk
    win.ui.actionFollowupReport.trigger()
    qtbot.waitUntil(lambda: isinstance(win.dialog, FollowUpsReportDialog), timeout=WAIT_MS)
    dialog = win.dialog
    assert isinstance(dialog, FollowUpsReportDialog)
    qtbot.waitUntil(lambda: dialog.unassigned.rowCount() == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT_MS)
    assert dialog.report.unassigned_personal == 1
    ui = dialog.ui
    assert dialog.unassigned.row(0).id == vip
    assert dialog.unassigned.index(0, 0).data() == "C0000009"
    assert "（1）" in ui.tabs.tabText(ui.tabs.indexOf(ui.unassignedTab))
    ui.tabs.setCurrentWidget(ui.unassignedTab)
    # Through the selection model: selectRow reads the keyboard modifiers Qt believes held,
    # which an earlier test's simulated Ctrl+Shift may leave behind.
    ui.unassignedView.selectionModel().select(
        dialog.unassigned.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    at = ui.assigneeCombo.findData(int(taro.id))
    assert at >= 0 and "山本 太郎" in ui.assigneeCombo.itemText(at)
    ui.assigneeCombo.setCurrentIndex(at)
    assert ui.assignButton.isEnabled()
    with qtbot.waitSignal(dialog.assigned, timeout=WAIT_MS) as blocker:
        ui.assignButton.click()
    assert [v.id for v in blocker.args[0]] == [vip]
    qtbot.waitUntil(lambda: dialog.unassigned.rowCount() == 0, timeout=WAIT_MS)
    assert "山本 太郎 さん" in ui.errorLabel.text()
    assert not ui.assignButton.isEnabled()
    assert _row(db, vip).assigned_to == taro.id
    # Their own personal item comes before the shared queue.
    card = followups.claim_next(db.uow(), taro.id)
    assert card is not None and card.follow_up.id == vip
    dialog.reject()


def test_dock_state_is_remembered(qtbot: QtBot, desk_db: Database, operator: OperatorView) -> None:
    """The dock is part of the window layout saved on close and restored at the next start."""
    win = MainWindow(desk_db, operator)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.ui.followupDock.hide()
    win.close()
    again = MainWindow(desk_db, operator)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.ui.followupDock.isVisible()
    again.close()


def test_rule_editor_changes_a_condition(qtbot: QtBot, desk: MainWindow, db: Database) -> None:
    """The selector's values are edited as `name = value`; bad ones are refused at the field."""
    win = desk
    win.ui.actionFollowupRules.trigger()
    qtbot.waitUntil(lambda: isinstance(win.dialog, FollowUpRulesDialog), timeout=WAIT_MS)
    dialog = win.dialog
    assert isinstance(dialog, FollowUpRulesDialog)
    qtbot.waitUntil(lambda: len(dialog.rules) > 3, timeout=WAIT_MS)
    ui = dialog.ui
    row = next(i for i, r in enumerate(dialog.rules) if r.code == "f2")
    ui.rulesList.setCurrentRow(row)
    assert ui.whomValue.text().endswith("（f2）") and ui.whomEdit.text() == "window_days = 7"
    # Not a number: refused here, before anything is sent.
    ui.whomEdit.setText("window_days = 七")
    dialog.save()
    assert "window_days" in ui.errorLabel.text() and "border" in ui.whomEdit.styleSheet()
    # Out of range: the service refuses it, naming the rule and the condition.
    ui.whomEdit.setText("window_days = 999")
    dialog.save()
    qtbot.waitUntil(lambda: "E602" in ui.errorLabel.text(), timeout=WAIT_MS)
    assert "whom.window_days" in ui.errorLabel.text()
    assert "border" in ui.whomEdit.styleSheet() and ui.rulesList.currentRow() == row
    ui.whomEdit.setText("window_days = 10")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save()
    saved = {r.code: r for r in followups.active_rules(db.uow())}
    assert saved["f2"].whom.params == {"window_days": 10}
    dialog.reject()


def test_a_claim_held_across_a_restart_comes_back(
    qtbot: QtBot, desk: MainWindow, db: Database, queued: dict[str, int]
) -> None:
    """The desk closed with a claim: in "mine" it shows until when; Enter takes it back whole."""
    _claim_with_f8(qtbot, desk)
    operator = desk.operator
    desk.close()
    win = _window(qtbot, db, operator)
    panel = win.ui.followupPanel
    qtbot.waitUntil(lambda: panel.mine_model.total == 1, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: panel.mine_model.index(0, 4).data().startswith("対応中（"), timeout=WAIT_MS
    )
    assert panel.claimed is None
    view = panel.ui.mineView
    panel.ui.queueTabs.setCurrentIndex(0)
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.claimed is not None, timeout=WAIT_MS)
    card = panel.claimed
    assert card is not None and card.follow_up.id == queued["f2"]
    assert panel.ui.scriptView.toPlainText().startswith("佐藤様")
    qtbot.waitUntil(lambda: win.card is not None and win.card.summary.code == "C0000002")
    _press(qtbot, win, Qt.Key.Key_1, ALT)
    qtbot.waitUntil(lambda: panel.claimed is None and not panel.busy, timeout=WAIT_MS)
    assert _row(db, queued["f2"]).status == "done"
    win.close()


def test_a_supervisor_sets_the_schedule_and_the_tiers(
    qtbot: QtBot, desk: MainWindow, db: Database
) -> None:
    """The refresh interval and the dormant tiers (three days, typed as text) are set in 共有設定."""
    from crmdesk.domain.followups import DORMANT_TIERS, REFRESH_INTERVAL_MINUTES, tier_days
    from crmdesk.gui.dialogs.access import SharedSettingsDialog
    from crmdesk.services.shared_settings import get_setting

    win = desk
    win.ui.actionSharedSettings.trigger()
    qtbot.waitUntil(lambda: isinstance(win.dialog, SharedSettingsDialog), timeout=WAIT_MS)
    dialog = win.dialog
    assert isinstance(dialog, SharedSettingsDialog)
    interval = dialog.editors[REFRESH_INTERVAL_MINUTES.key]
    tiers = dialog.editors[DORMANT_TIERS.key]
    qtbot.waitUntil(tiers.isEnabled, timeout=WAIT_MS)
    assert tiers.text() == "90, 180, 365"  # type: ignore[union-attr]
    tiers.setText("90, 80, 365")  # type: ignore[union-attr]
    dialog.accept()
    qtbot.waitUntil(lambda: "increase" in dialog.ui.errorLabel.text(), timeout=WAIT_MS)
    assert tier_days(get_setting(db.uow(), DORMANT_TIERS)) == (90, 180, 365)
    tiers.setText("60, 120, 240")  # type: ignore[union-attr]
    interval.setValue(15)  # type: ignore[union-attr]
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.accept()
    assert tier_days(get_setting(db.uow(), DORMANT_TIERS)) == (60, 120, 240)
    assert get_setting(db.uow(), REFRESH_INTERVAL_MINUTES) == 15
    # The desk's schedule follows at once.
    scheduler = win.followup_refresh
    assert scheduler is not None and scheduler.scheduled
    qtbot.waitUntil(lambda: scheduler.interval_ms == 15 * 60_000, timeout=WAIT_MS)
