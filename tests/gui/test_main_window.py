"""The first main window: search as you type (off the GUI thread), the hits, the status bar,
translation, fonts, the task runner and the app's composition root (run_app).

Japanese text is typed the way an IME delivers it (a QInputMethodEvent with the committed
string): qtbot.keyClicks aborts the process on non-ASCII text.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QBrush, QFontDatabase, QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crmdesk.config import Settings, save_settings
from crmdesk.domain.errors import DatabaseUnreachableError
from crmdesk.domain.readmodels import CustomerSummary, OperatorView
from crmdesk.gui import main_window as main_window_module
from crmdesk.gui.app import EXIT_ERROR, EXIT_OK, EXIT_TOO_NEW, install_translators, run_app
from crmdesk.gui.fonts import UI_FAMILY, register_fonts
from crmdesk.gui.main_window import MainWindow
from crmdesk.gui.models import (
    COL_ADDRESS,
    COL_CODE,
    COL_DO_NOT_CALL,
    COL_DO_NOT_MAIL,
    COL_NAME,
    COL_PHONE,
    COL_RANK,
    COL_RETURNED_MAIL,
    SUMMARY_ROLE,
    CustomerResultsModel,
)
from crmdesk.gui.tasks import TaskRunner
from crmdesk.services.database import Database
from crmdesk.services.lookup import find_customers

WAIT_MS = 10_000


def commit_text(widget: object, text: str) -> None:
    """Deliver ``text`` as an input method does when the operator confirms a conversion."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def codes(win: MainWindow) -> list[str]:
    """The customer codes in the results, top to bottom."""
    return [win.model.summary(row).code for row in range(win.model.rowCount())]


# ------------------------------------------------------------------------------ the window


def test_search_field_has_focus_at_start(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(window.ui.searchEdit.hasFocus, timeout=WAIT_MS)
    assert (
        window.ui.searchEdit.placeholderText() == "電話番号・氏名・カナ・顧客番号・注文番号で検索"
    )
    assert window.windowTitle() == "crmdesk — 顧客対応デスク"


def test_typing_a_customer_code_finds_the_customer(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.ui.searchEdit, "C0000002")
    qtbot.waitUntil(lambda: codes(window) == ["C0000002"], timeout=WAIT_MS)
    assert window.model.index(0, COL_NAME).data() == "佐藤 一郎"
    assert window.ui.hitCountLabel.text() == "1 件"


def test_typing_a_phone_number_finds_the_customer(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.ui.searchEdit, "03-3123-4567")
    qtbot.waitUntil(lambda: codes(window) == ["C0000002"], timeout=WAIT_MS)
    # The first number is shown, the others are counted and listed in the tool tip.
    phone = window.model.index(0, COL_PHONE)
    assert phone.data() == "03-3123-4567 (+1)"
    assert phone.data(Qt.ItemDataRole.ToolTipRole) == "03-3123-4567\n080-2222-3333"


def test_japanese_kana_from_the_input_method_finds_the_customer(
    qtbot: QtBot, window: MainWindow
) -> None:
    commit_text(window.ui.searchEdit, "さとう")
    assert window.ui.searchEdit.text() == "さとう"
    qtbot.waitUntil(lambda: codes(window) == ["C0000002"], timeout=WAIT_MS)

    window.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=WAIT_MS)
    commit_text(window.ui.searchEdit, "山田")
    qtbot.waitUntil(lambda: codes(window) == ["C0000001"], timeout=WAIT_MS)


def test_enter_selects_the_first_hit_even_before_the_debounce_fires(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClicks(window.ui.searchEdit, "C0000003")
    with qtbot.waitSignal(window.customerActivated, timeout=WAIT_MS) as blocker:
        qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    chosen = blocker.args[0]
    assert isinstance(chosen, CustomerSummary)
    assert chosen.code == "C0000003"
    selected = window.ui.resultsView.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [0]


def test_arrow_down_moves_to_the_list_and_escape_clears(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.ui.searchEdit, "C0000001")
    qtbot.waitUntil(lambda: codes(window) == ["C0000001"], timeout=WAIT_MS)
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Down)
    assert window.ui.resultsView.hasFocus()
    window.focus_search()
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Escape)
    assert window.ui.searchEdit.text() == ""
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=WAIT_MS)
    assert window.ui.hitCountLabel.text() == ""


def test_a_failed_search_is_reported_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> list[CustomerSummary]:
        raise DatabaseUnreachableError("the server went away")

    monkeypatch.setattr(main_window_module, "find_customers", broken)
    with qtbot.waitSignal(window.searchFailed, timeout=WAIT_MS) as blocker:
        qtbot.keyClicks(window.ui.searchEdit, "C0000001")
    assert "E102" in blocker.args[0]
    assert "E102" in window.ui.statusBar.currentMessage()


def test_status_bar_shows_operator_database_and_revision(
    window: MainWindow, desk_db: Database
) -> None:
    text = window.status_label.text()
    assert desk_db.info.revision
    assert text == (
        f"オペレーター: op01（管理者） | DB: {desk_db.info.url} | スキーマ: {desk_db.info.revision}"
    )
    assert window.status_label.isVisible()


def test_geometry_is_remembered(qtbot: QtBot, desk_db: Database, operator: OperatorView) -> None:
    first = MainWindow(desk_db, operator)
    qtbot.addWidget(first)
    first.resize(640, 400)  # inside the offscreen screen (800 × 600)
    first.close()
    assert QSettings("crmdesk", "crmdesk").value("MainWindow/geometry") is not None
    second = MainWindow(desk_db, operator)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (640, 400)
    second.close()


# ------------------------------------------------------------------------------ the model


@pytest.fixture
def all_hits(desk_db: Database) -> list[CustomerSummary]:
    """The three customers as search hits, in code order."""
    return [find_customers(desk_db.uow(), c)[0] for c in ("C0000001", "C0000002", "C0000003")]


def test_results_model_passes_the_model_tester(
    qtmodeltester: ModelTester, all_hits: list[CustomerSummary]
) -> None:
    model = CustomerResultsModel()
    qtmodeltester.check(model)
    model.set_rows(all_hits)
    qtmodeltester.check(model)
    model.set_rows(all_hits[:1])
    qtmodeltester.check(model)


def test_results_model_columns_and_loud_flags(all_hits: list[CustomerSummary]) -> None:
    model = CustomerResultsModel()
    model.set_rows(all_hits)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == [
        "顧客番号", "氏名", "カナ", "電話番号", "住所", "ランク", "電話不可", "DM不要", "宛所不明"
    ]  # fmt: skip
    hanako, ichiro, misaki = 0, 1, 2
    assert model.index(hanako, COL_DO_NOT_CALL).data() == "電話不可"
    assert model.index(hanako, COL_DO_NOT_MAIL).data() == ""
    assert model.index(ichiro, COL_DO_NOT_MAIL).data() == "DM不要"
    assert model.index(ichiro, COL_RETURNED_MAIL).data() == "宛所不明"
    assert model.index(ichiro, COL_DO_NOT_CALL).data() == ""
    for row, col in ((hanako, COL_DO_NOT_CALL), (ichiro, COL_DO_NOT_MAIL)):
        background = model.index(row, col).data(Qt.ItemDataRole.BackgroundRole)
        assert isinstance(background, QBrush)
        assert background.color().red() > 150  # a strong colour, not the row's background
        assert model.index(row, col).data(Qt.ItemDataRole.FontRole).bold()
        assert "ください" in model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(misaki, COL_RETURNED_MAIL).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(ichiro, COL_RANK).data() == "ゴールド"
    assert model.index(misaki, COL_RANK).data() == "新規"
    assert (
        model.index(ichiro, COL_ADDRESS).data()
        == "〒530-0001 大阪府大阪市北区梅田1-1-1 梅田ビル12F"
    )
    assert model.index(misaki, COL_ADDRESS).data() == all_hits[misaki].address
    assert model.index(hanako, COL_CODE).data(SUMMARY_ROLE) is all_hits[hanako]


# ------------------------------------------------------------------------------ translation


def test_english_translation_changes_the_window(
    qtbot: QtBot, qapp: QApplication, desk_db: Database, operator: OperatorView
) -> None:
    translators = install_translators(qapp, "en")
    try:
        assert translators, "crmdesk_en.qm did not load"
        win = MainWindow(desk_db, operator, remember_geometry=False)
        qtbot.addWidget(win)
        assert win.windowTitle() == "crmdesk — Customer Service Desk"
        assert win.ui.searchEdit.placeholderText().startswith("Search by phone")
        assert win.model.headerData(COL_DO_NOT_CALL, Qt.Orientation.Horizontal) == "No calls"
        assert win.status_label.text().startswith("Operator: op01 (Administrator) | DB: ")
        win.close()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    again = MainWindow(desk_db, operator, remember_geometry=False)
    qtbot.addWidget(again)
    assert again.windowTitle() == "crmdesk — 顧客対応デスク"
    again.close()


def test_japanese_needs_no_translation_file(qapp: QApplication) -> None:
    translators = install_translators(qapp, "ja")
    try:
        assert QCoreApplication.translate("MainWindow", "crmdesk — 顧客対応デスク") == (
            "crmdesk — 顧客対応デスク"
        )
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_unknown_language_falls_back_to_japanese(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    translators = install_translators(qapp, "xx")
    for translator in translators:
        qapp.removeTranslator(translator)
    assert "no translation for language 'xx'" in capsys.readouterr().err


# ------------------------------------------------------------------------------ fonts


def test_register_fonts_gives_qt_both_families(qapp: QApplication) -> None:
    from reportlab.pdfbase import pdfmetrics

    families = register_fonts()
    assert families == ["IPAexGothic", "IPAexMincho"]
    assert register_fonts() == families  # idempotent
    assert "IPAexGothic" in QFontDatabase.families()
    assert "IPAexMincho" in QFontDatabase.families()
    assert QGuiApplication.font().family() == UI_FAMILY
    assert {"IPAexGothic", "IPAexMincho"} <= set(pdfmetrics.getRegisteredFontNames())


# ------------------------------------------------------------------------------ task runner


def test_task_runner_delivers_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    seen: list[tuple[int, bool]] = []
    gui_thread = threading.get_ident()
    worker_threads: list[int] = []

    def work() -> int:
        worker_threads.append(threading.get_ident())
        return 42

    runner.submit(work, lambda v: seen.append((v, threading.get_ident() == gui_thread)))
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert seen == [(42, True)]
    assert worker_threads and worker_threads[0] != gui_thread
    runner.shutdown()


def test_task_runner_drops_stale_results(qtbot: QtBot) -> None:
    runner = TaskRunner()
    release_old = threading.Event()
    delivered: list[str] = []

    def old_query() -> str:
        release_old.wait(WAIT_MS / 1000)
        return "old"

    runner.submit(old_query, delivered.append, key="search")
    runner.submit(lambda: "new", delivered.append, key="search")
    qtbot.waitUntil(lambda: delivered == ["new"], timeout=WAIT_MS)
    release_old.set()
    assert runner.wait(WAIT_MS)
    qtbot.wait(50)  # let the old outcome reach the event loop; it must be dropped
    assert delivered == ["new"]
    assert not runner.is_busy("search")
    runner.shutdown()


def test_task_runner_reports_errors(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def fail() -> None:
        raise ValueError("boom")

    runner.submit(fail, lambda _v: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    assert isinstance(errors[0], ValueError)
    runner.shutdown()
    with pytest.raises(RuntimeError):
        runner.submit(lambda: 1, lambda _v: None)


# ------------------------------------------------------------------------------ run_app


def test_self_check_reports_json(desk_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_settings(Settings(operator_login="op07"))
    assert run_app(str(desk_db_path), self_check=True) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    assert report["database"] == str(desk_db_path.resolve())
    assert report["revision"] == report["head"]
    assert report["operator"] == "op07"
    assert report["customers_found_for_test_query"] == 1  # サ… → サトウ
    assert report["fonts"] == ["IPAexGothic", "IPAexMincho"]
    assert report["window_title"] == "crmdesk — 顧客対応デスク"


def test_self_check_in_english(desk_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_settings(Settings(operator_login="op07", language="en"))
    assert run_app(str(desk_db_path), self_check=True) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["window_title"] == "crmdesk — Customer Service Desk"
    # the translator is removed again when run_app returns
    assert QCoreApplication.translate("MainWindow", "crmdesk — 顧客対応デスク") == (
        "crmdesk — 顧客対応デスク"
    )


@pytest.fixture
def newer_database(tmp_path: Path) -> Path:
    """A SQLite file stamped with a revision this crmdesk does not know."""
    path = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
    conn.commit()
    conn.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_self_check_refuses_a_newer_database(
    newer_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(newer_database)
    assert run_app(str(newer_database), self_check=True) == EXIT_TOO_NEW
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "E101" in captured.err and "9999_from_the_future" in captured.err
    assert _digest(newer_database) == before
    # no backup, no -wal/-shm: the file was only read
    assert [p.name for p in newer_database.parent.glob("newer*")] == ["newer.sqlite3"]


def test_a_newer_database_is_explained_in_a_message_box(
    newer_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.text(), box.informativeText()))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    before = _digest(newer_database)
    assert run_app(str(newer_database)) == EXIT_TOO_NEW
    assert len(shown) == 1
    summary, detail = shown[0]
    assert "新しいバージョンの crmdesk" in summary
    assert "E101" in detail
    assert _digest(newer_database) == before


def test_an_unreadable_database_fails_with_exit_code_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    assert run_app(str(junk), self_check=True) == EXIT_ERROR
    assert "E102" in capsys.readouterr().err


def test_the_app_runs_until_the_operator_quits(
    qapp: QApplication, desk_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[MainWindow] = []
    real_show = MainWindow.show

    def show_then_quit(win: MainWindow) -> None:
        real_show(win)
        shown.append(win)
        QTimer.singleShot(0, win.ui.actionQuit.trigger)  # Ctrl+Q once the event loop runs
        QTimer.singleShot(WAIT_MS, qapp.quit)  # never hang the suite if quitting broke

    monkeypatch.setattr(MainWindow, "show", show_then_quit)
    assert run_app(str(desk_db_path)) == EXIT_OK
    assert len(shown) == 1 and not shown[0].isVisible()
