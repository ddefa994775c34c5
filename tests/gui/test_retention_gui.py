"""The GUI gaps of issue 4, by keyboard: the supervisor's script editor and report (Designer
forms), the cancellation record from the timeline (the words of the script version used then),
the confirmation letter from it (Ctrl+P: a PDF and a mailing on the timeline), and the
product-safety notes a supervisor reviews. ``CRMDESK_SCREENSHOTS=1`` regenerates
docs/cancellation_record.png and docs/safety_notes.png."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crmdesk.domain.ids import CustomerId, OperatorId, SubscriptionId
from crmdesk.domain.retention import CallRecord, CancellationResult
from crmdesk.gui.dialogs import cancellation_record
from crmdesk.gui.dialogs.cancellation_record import CancellationRecordDialog
from crmdesk.gui.main_window import MainWindow
from crmdesk.gui.retention_admin import RetentionReportDialog, ScriptEditorDialog
from crmdesk.gui.safety_notes import COL_CUSTOMER, COL_REVIEW, COL_STATE, SafetyNotesDialog
from crmdesk.services import retention
from crmdesk.services.database import Database
from tests.gui.test_cancellation import (
    DOCS,
    TODAY,
    WAIT_MS,
    commit_text,
    make_window,
    open_card,
    seeded_database,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
WISH = dt.datetime(2026, 11, 23, 1, 0, tzinfo=dt.UTC)
OPERATOR = OperatorId(1)
SUPERVISOR = OperatorId(2)

FAMILY_V2 = """code = "family_pause"
title = "家族の反対: 新しい言い回し"
reasons = ["family"]
priority = 30
steps = [
  "{name}様、新しい言い回しでございます。",
]

[[offers]]
kind = "cycle_change"
cycle_days = 60
text = "お届けの間隔を{cycle_days}日から60日に延ばす"

[[offers]]
kind = "pause"
days = 60
text = "お届けを60日間休止する"
"""


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = seeded_database(tmp_path / "retention.sqlite3")
    yield db
    db.close()


def press(qtbot: QtBot, window: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A key where the focus is, as the operator would press it."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)


def record_call(
    database: Database,
    customer: int,
    reason: str,
    *,
    detail: str = "",
    presented: int = 0,
    accepted: int | None = None,
    repeated: bool = False,
) -> CancellationResult:
    """A call recorded through the service, as the flow does (cancelled unless accepted)."""
    plan = retention.plan_call(
        database.uow(),
        OPERATOR,
        CustomerId(customer),
        SubscriptionId(customer),
        reason,
        today=TODAY,
    )
    return retention.record_cancellation_call(
        database.uow(),
        OPERATOR,
        CallRecord(
            customer_id=customer,
            subscription_id=customer,
            expected_version=plan.subscription_version,
            reason_code=reason,
            reason_detail=detail,
            script_code=plan.script_code,
            script_version=plan.script_version,
            ab_arm=plan.ab_arm,
            script_text=plan.script_text,
            offers_presented=plan.offers[:presented],
            accepted=accepted,
            cancelled=accepted is None,
            first_wish_at=WISH,
            wish_repeated_at=WISH + dt.timedelta(minutes=4) if repeated else None,
        ),
        today=TODAY,
    )


def open_cancellation_record(qtbot: QtBot, win: MainWindow) -> CancellationRecordDialog:
    """Ctrl+5 (timeline: cancellations), F3 (into the timeline), Enter on the entry."""
    press(qtbot, win, Qt.Key.Key_5, CTRL)
    qtbot.waitUntil(lambda: win.desk.timeline_filter.rowCount() == 1, timeout=WAIT_MS)
    press(qtbot, win, Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier)
    assert win.desk.ui.timelineView.hasFocus()
    press(qtbot, win, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: isinstance(win.dialog, CancellationRecordDialog), timeout=WAIT_MS)
    dialog = win.dialog
    assert isinstance(dialog, CancellationRecordDialog)
    qtbot.waitUntil(lambda: dialog.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    return dialog


# ------------------------------------------------------------------------------ supervisors


def test_a_supervisor_edits_and_retires_a_script_by_keyboard(
    qtbot: QtBot, database: Database
) -> None:
    win = make_window(qtbot, database, "supervisor")
    press(qtbot, win, Qt.Key.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(win.dialog, ScriptEditorDialog), timeout=WAIT_MS)
    dialog = win.dialog
    assert isinstance(dialog, ScriptEditorDialog)
    ui = dialog.ui
    qtbot.waitUntil(
        lambda: ui.scriptList.count() > 5 and dialog.source is not None, timeout=WAIT_MS
    )
    # ↓ through the list to family_pause; its current version comes into the editor.
    ui.scriptList.setFocus()
    while not ui.scriptList.currentItem().text().startswith("family_pause"):
        qtbot.keyClick(ui.scriptList, Qt.Key.Key_Down)
    qtbot.waitUntil(
        lambda: dialog.source is not None and dialog.source.code == "family_pause",
        timeout=WAIT_MS,
    )
    assert "第1版（保存すると第2版になります）" in ui.versionLabel.text()
    # Tab into the editor, add a line at the end, a note, and Ctrl+S.
    qtbot.keyClick(ui.scriptList, Qt.Key.Key_Tab)
    assert ui.scriptEdit.hasFocus()
    qtbot.keyClick(ui.scriptEdit, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(ui.scriptEdit, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.scriptEdit, "# reviewed by SV")
    commit_text(ui.noteEdit, "言い回しの確認")
    press(qtbot, dialog, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(
        lambda: any(
            ui.scriptList.item(r).text().startswith("family_pause v2")
            for r in range(ui.scriptList.count())
        ),
        timeout=WAIT_MS,
    )
    assert ui.statusLabel.text() == "family_pause を第2版として保存しました。"
    assert ui.scriptList.currentItem().text().startswith("family_pause v2")
    qtbot.waitUntil(
        lambda: dialog.source is not None and dialog.source.version == 2, timeout=WAIT_MS
    )
    saved = retention.script_source(database.uow(), "family_pause")
    assert saved.version == 2 and saved.source.endswith("# reviewed by SV")
    # Alt+E: 使用を終了; the list marks it retired.
    press(qtbot, dialog, Qt.Key.Key_E, ALT)
    qtbot.waitUntil(
        lambda: (
            ui.scriptList.currentItem() is not None
            and ui.scriptList.currentItem().text().startswith("family_pause v2（終了）")
        ),
        timeout=WAIT_MS,
    )
    assert retention.script_source(database.uow(), "family_pause").retired
    dialog.close()
    win.close()


def test_the_report_dialog_counts_from_the_chosen_date(
    qtbot: QtBot, database: Database, qtmodeltester: ModelTester
) -> None:
    record_call(database, 1, "price", presented=1, accepted=0)
    win = make_window(qtbot, database, "supervisor")
    press(qtbot, win, Qt.Key.Key_R, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(win.dialog, RetentionReportDialog), timeout=WAIT_MS)
    dialog = win.dialog
    assert isinstance(dialog, RetentionReportDialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=WAIT_MS)
    by_reason = dialog.models["by_reason"]
    assert dialog.ui.byReasonView.model() is by_reason
    assert by_reason.rowCount() == 1
    assert by_reason.index(0, 0).data() == "価格が高い・経済的理由"
    for model in dialog.models.values():
        qtmodeltester.check(model)
    # A start date after the call (recorded at the wall-clock time), then Alt+G: nothing to count.
    dialog.ui.sinceEdit.setDate(QDate.currentDate().addDays(2))
    before = dialog.report
    press(qtbot, dialog, Qt.Key.Key_G, ALT)
    qtbot.waitUntil(lambda: dialog.report is not before, timeout=WAIT_MS)
    assert by_reason.rowCount() == 0
    dialog.close()
    win.close()


# ------------------------------------------------------------------------------ the record


def test_the_record_keeps_the_words_of_the_version_it_used(
    qtbot: QtBot, database: Database
) -> None:
    record_call(database, 2, "family", detail="夫が反対している", presented=2, accepted=0)
    retention.save_script(database.uow(), SUPERVISOR, FAMILY_V2, expected_version=1)
    win = make_window(qtbot, database, "operator")
    open_card(qtbot, win, "C0000002")
    dialog = open_cancellation_record(qtbot, win)
    ui = dialog.ui
    assert ui.customerLabel.text() == "山田 和子 様（C0000002）"
    assert ui.reasonValue.text() == "家族の反対"
    assert ui.wordsValue.text() == "夫が反対している"
    assert ui.outcomeValue.text() == "内容変更で継続"
    assert ui.operatorValue.text() == "佐々木"
    assert ui.firstWishValue.text() == "2026-11-23 10:00"
    assert ui.repeatedValue.text() == "なし"
    # Version 1's title and words, with the customer's name as it was read out.
    assert "family_pause 第1版" in ui.scriptLabel.text()
    assert "ペースを落としてのご継続" in ui.scriptLabel.text()
    words = ui.scriptView.toPlainText()
    assert words.startswith("1. 山田 和子様、ご家族のご意見もございますよね。")
    assert "新しい言い回し" not in words
    offers = [ui.offersList.item(r).text() for r in range(ui.offersList.count())]
    assert offers == ["✓ お届けの間隔を30日から60日に延ばす", "　 お届けを60日間休止する"]
    # Retained: no confirmation letter to print.
    assert not ui.printButton.isVisible()
    press(qtbot, dialog, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: win.dialog is None, timeout=WAIT_MS)
    win.close()


def test_ctrl_p_writes_the_letter_and_the_timeline_shows_the_mailing(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "poppler-utils (pdftotext) is required: apt-get install poppler-utils"
    record_call(database, 1, "moving", detail="来月から海外赴任", presented=2, repeated=True)
    target = tmp_path / "letters" / "confirmation.pdf"
    suggested: list[Path] = []

    def chooser(_parent: QWidget, proposal: Path) -> Path:
        suggested.append(proposal)
        return target

    monkeypatch.setattr(cancellation_record, "choose_letter_path", chooser)
    win = make_window(qtbot, database, "operator")
    open_card(qtbot, win, "C0000001")
    dialog = open_cancellation_record(qtbot, win)
    ui = dialog.ui
    assert ui.outcomeValue.text() == "解約"
    assert ui.repeatedValue.text() == "2026-11-23 10:04"
    assert ui.printButton.isVisible()
    if os.environ.get("CRMDESK_SCREENSHOTS"):
        dialog.grab().save(str(DOCS / "cancellation_record.png"))
    with qtbot.waitSignal(dialog.printed, timeout=WAIT_MS) as printed:
        press(qtbot, dialog, Qt.Key.Key_P, CTRL)
    assert suggested[0].name == "解約手続き完了のお知らせ_C0000001_00000001.pdf"
    assert printed.args == [target] and target.exists()
    assert ui.messageLabel.text() == f"保存しました: {target}"
    text = subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "山田 花子 様" in text and "解約手続き完了のお知らせ" in text
    # The print is a mailing on the customer's timeline (the card refreshed itself).
    model = win.desk.timeline_model

    def titles() -> list[str]:
        return [model.index(r, 2).data() for r in range(model.rowCount())]

    qtbot.waitUntil(lambda: "解約手続き完了のお知らせ" in titles(), timeout=WAIT_MS)
    assert any(e.kind.value == "mailing" for e in win.card.timeline)
    dialog.close()
    win.close()


# ------------------------------------------------------------------------------ safety notes


def test_safety_notes_are_for_supervisors_only(qtbot: QtBot, database: Database) -> None:
    win = make_window(qtbot, database, "operator")
    assert not win.ui.actionSafetyNotes.isVisible()
    assert win.ui.actionSafetyNotes not in win.shortcut_actions()
    press(qtbot, win, Qt.Key.Key_H, CTRL | SHIFT)
    assert win.dialog is None
    win.close()


def test_a_supervisor_reviews_safety_notes_by_keyboard(
    qtbot: QtBot, database: Database, qtmodeltester: ModelTester
) -> None:
    older = record_call(database, 1, "skin_or_health", detail="飲み始めてから湿疹が出た")
    newer = record_call(database, 2, "skin_or_health", detail="胃がむかむかする")
    assert older.safety_note_id is not None and newer.safety_note_id is not None
    win = make_window(qtbot, database, "supervisor")
    assert win.ui.actionSafetyNotes in win.shortcut_actions()
    press(qtbot, win, Qt.Key.Key_H, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(win.dialog, SafetyNotesDialog), timeout=WAIT_MS)
    dialog = win.dialog
    assert isinstance(dialog, SafetyNotesDialog)
    model = dialog.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT_MS)
    qtmodeltester.check(model)
    # Newest first while both wait; the waiting ones in bold.
    assert [model.note(r).id for r in range(2)] == [newer.safety_note_id, older.safety_note_id]
    assert model.index(0, COL_CUSTOMER).data() == "山田 和子（C0000002）"
    assert model.index(0, COL_STATE).data() == "未確認"
    font = model.index(0, COL_STATE).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert dialog.ui.notesView.hasFocus()
    assert dialog.ui.detailView.toPlainText() == "胃がむかむかする"
    # Ctrl+Enter marks the selected note reviewed; the cursor moves on to the next one.
    with qtbot.waitSignal(dialog.reviewed, timeout=WAIT_MS):
        press(qtbot, dialog, Qt.Key.Key_Return, CTRL)
    assert model.index(0, COL_STATE).data() == "確認済み"
    assert model.index(0, COL_REVIEW).data().startswith("鈴木SV ")
    assert model.index(0, COL_STATE).data(Qt.ItemDataRole.FontRole) is None
    assert dialog.selected() is not None and dialog.selected().id == older.safety_note_id
    assert dialog.ui.detailView.toPlainText() == "飲み始めてから湿疹が出た"
    qtmodeltester.check(model)
    if os.environ.get("CRMDESK_SCREENSHOTS"):
        dialog.resize(1000, 420)
        dialog.grab().save(str(DOCS / "safety_notes.png"))
    with qtbot.waitSignal(dialog.reviewed, timeout=WAIT_MS):
        press(qtbot, dialog, Qt.Key.Key_Return, CTRL)
    assert model.unreviewed() == 0 and not dialog.ui.reviewButton.isEnabled()
    # The service has the reviewer and time; the list puts unreviewed notes first on reload.
    notes = retention.list_safety_notes(database.uow(), SUPERVISOR)
    assert all(n.reviewed_by_name == "鈴木SV" and n.reviewed_at is not None for n in notes)
    dialog.close()
    win.close()
