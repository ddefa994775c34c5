"""Roles gate the window; sign-in on a shared database; operators and shared settings dialogs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crmdesk.domain.errors import AuthenticationError
from crmdesk.domain.ids import OperatorId
from crmdesk.domain.readmodels import OperatorView
from crmdesk.domain.shared_settings import SettingSpec, int_between, register
from crmdesk.gui.app import run_app
from crmdesk.gui.dialogs.access import (
    OperatorsDialog,
    OperatorsModel,
    SharedSettingsDialog,
    SignInDialog,
)
from crmdesk.gui.dialogs.base import DeskContext
from crmdesk.gui.i18n import jst_today
from crmdesk.gui.main_window import MainWindow
from crmdesk.gui.tasks import TaskRunner
from crmdesk.services import operators
from crmdesk.services.database import Database, open_database
from crmdesk.services.shared_settings import get_setting

WAIT_MS = 10_000
PASSWORD = "kuro-zu-2026"
SPEC = SettingSpec("test.gui_limit", 2, "GUIテスト上限", int_between(1, 5))
register(SPEC)


def _window(qtbot: QtBot, database: Database, role: str) -> MainWindow:
    op = operators.add_operator(
        database.uow(), None, login=f"{role}1", name=role, role=role, password=PASSWORD
    )
    win = MainWindow(database, op, remember_geometry=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _texts(win: MainWindow) -> set[str]:
    return {a.objectName() for a in win.shortcut_actions()}


@pytest.mark.parametrize(
    ("role", "settings", "manage"),
    [("operator", False, False), ("supervisor", True, False), ("admin", True, True)],
)
def test_the_role_decides_what_the_window_shows(
    qtbot: QtBot, desk_db: Database, role: str, settings: bool, manage: bool
) -> None:
    win = _window(qtbot, desk_db, role)
    ui = win.ui
    assert ui.menuAdmin.menuAction().isVisible() == (settings or manage)
    assert ui.actionSharedSettings.isVisible() == settings
    assert ui.actionOperators.isVisible() == manage
    listed = _texts(win)
    assert ("actionSharedSettings" in listed) == settings
    assert ("actionOperators" in listed) == manage
    # Every operator keeps the desk and their personal display settings.
    assert {"actionRecordCall", "actionSettings", "actionFocusSearch"} <= listed
    # SQLite has local profiles: there is no password to change.
    assert not ui.actionChangePassword.isVisible()
    # A hidden action cannot be reached by triggering it either.
    ui.actionSharedSettings.trigger()
    ui.actionOperators.trigger()
    opened = type(win.dialog).__name__ if win.dialog is not None else None
    expected = "OperatorsDialog" if manage else "SharedSettingsDialog" if settings else None
    assert opened == expected
    win.close()


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()


def _ok(dialog: QDialog) -> None:
    box = dialog.ui.buttonBox  # type: ignore[attr-defined]
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_sign_in_refuses_a_wrong_password_then_accepts_the_right_one(
    qtbot: QtBot, desk_db: Database, runner: TaskRunner
) -> None:
    operators.add_operator(
        desk_db.uow(), None, login="yamada", name="山田", role="operator", password=PASSWORD
    )
    dialog = SignInDialog(desk_db, runner, first_admin=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.nameEdit.isVisible() and not dialog.ui.confirmEdit.isVisible()
    qtbot.keyClicks(dialog.ui.loginEdit, "yamada")
    qtbot.keyClicks(dialog.ui.passwordEdit, "not-the-password")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.ui.errorLabel.isVisible, timeout=WAIT_MS)
    assert "パスワードが違う" in dialog.ui.errorLabel.text()
    assert dialog.ui.passwordEdit.text() == "" and dialog.result() == 0
    qtbot.keyClicks(dialog.ui.passwordEdit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.operator is not None and dialog.operator.login == "yamada"
    # The next sign-in on this desk starts with the login filled and the password focused.
    again = SignInDialog(desk_db, runner, first_admin=False)
    qtbot.addWidget(again)
    assert again.ui.loginEdit.text() == "yamada"


def test_the_first_start_on_an_empty_shared_database_creates_its_admin(
    qtbot: QtBot, tmp_path: object, runner: TaskRunner
) -> None:
    database = open_database(str(tmp_path) + "/fresh.sqlite3")
    try:
        assert operators.needs_first_admin(database.uow())
        dialog = SignInDialog(database, runner, first_admin=True)
        qtbot.addWidget(dialog)
        dialog.show()
        ui = dialog.ui
        assert ui.nameEdit.isVisible() and ui.confirmEdit.isVisible()
        ui.nameEdit.setText("社長")
        qtbot.keyClicks(ui.loginEdit, "boss")
        qtbot.keyClicks(ui.passwordEdit, PASSWORD)
        qtbot.keyClicks(ui.confirmEdit, "different")
        _ok(dialog)
        assert "一致しません" in ui.errorLabel.text()
        assert operators.needs_first_admin(database.uow())
        qtbot.keyClicks(ui.confirmEdit, PASSWORD)
        with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
            _ok(dialog)
        assert dialog.operator is not None and dialog.operator.role == "admin"
        assert operators.sign_in(database.uow(), "boss", PASSWORD).name == "社長"
    finally:
        database.close()


def test_an_admin_adds_an_operator_who_can_then_sign_in(
    qtbot: QtBot, desk_db: Database, runner: TaskRunner
) -> None:
    admin = operators.add_operator(
        desk_db.uow(), None, login="admin9", name="管理", role="admin", password=PASSWORD
    )
    dialog = OperatorsDialog(DeskContext(runner, desk_db, admin, jst_today))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT_MS)
    qtbot.keyClick(dialog.ui.addButton, Qt.Key.Key_Space)
    form = dialog.child
    assert form is not None and form.mode == "add"
    form.ui.nameEdit.setText("新人 一郎")
    form.ui.loginEdit.setText("newbie")
    form.ui.roleCombo.setCurrentIndex(form.ui.roleCombo.findData("supervisor"))
    form.ui.passwordEdit.setText("short")
    form.ui.confirmEdit.setText("short")
    _ok(form)
    qtbot.waitUntil(form.ui.errorLabel.isVisible, timeout=WAIT_MS)
    with pytest.raises(AuthenticationError):
        operators.sign_in(desk_db.uow(), "newbie", "short")
    form.ui.passwordEdit.setText("a-long-enough-one")
    form.ui.confirmEdit.setText("a-long-enough-one")
    with qtbot.waitSignal(form.accepted, timeout=WAIT_MS):
        _ok(form)
    qtbot.waitUntil(
        lambda: any(
            dialog.model.operator(r)[0].login == "newbie" for r in range(dialog.model.rowCount())
        ),
        timeout=WAIT_MS,
    )
    assert operators.sign_in(desk_db.uow(), "newbie", "a-long-enough-one").role == "supervisor"
    ModelTester(None).check(dialog.model)  # type: ignore[arg-type]


def test_the_operators_model_passes_the_model_tester(qtbot: QtBot) -> None:
    model = OperatorsModel()
    model.set_rows(
        [
            (OperatorView(OperatorId(1), "a", "甲", "admin"), True, True),
            (OperatorView(OperatorId(2), "b", "乙", "operator"), False, False),
        ]
    )
    ModelTester(None).check(model)  # type: ignore[arg-type]
    assert model.data(model.index(1, 3)) == "停止"
    assert model.data(model.index(1, 4)) == "ローカル"


def test_a_supervisor_changes_a_shared_setting_and_a_bad_one_is_refused(
    qtbot: QtBot, desk_db: Database, runner: TaskRunner
) -> None:
    sv = operators.add_operator(
        desk_db.uow(), None, login="sv7", name="SV", role="supervisor", password=PASSWORD
    )
    dialog = SharedSettingsDialog(DeskContext(runner, desk_db, sv, jst_today))
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.editors[SPEC.key]
    qtbot.waitUntil(editor.isEnabled, timeout=WAIT_MS)
    assert editor.value() == 2  # type: ignore[union-attr]
    editor.setValue(9)  # type: ignore[union-attr]
    _ok(dialog)
    qtbot.waitUntil(dialog.ui.errorLabel.isVisible, timeout=WAIT_MS)
    assert "GUIテスト上限" in dialog.ui.errorLabel.text()
    assert get_setting(desk_db.uow(), SPEC) == 2
    editor.setValue(4)  # type: ignore[union-attr]
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        _ok(dialog)
    assert get_setting(desk_db.uow(), SPEC) == 4


@pytest.mark.postgres
def test_the_app_on_postgresql_asks_who_signs_in_and_opens_their_desk(
    qapp: QApplication, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(pg_url)
    try:
        operators.add_operator(
            db.uow(), None, login="sv1", name="鈴木", role="supervisor", password=PASSWORD
        )
    finally:
        db.close()
    asked: list[bool] = []
    shown: list[MainWindow] = []

    real_exec = SignInDialog.exec

    def sign_in_as_sv1(dialog: SignInDialog) -> int:
        asked.append(dialog.first_admin)

        def type_and_accept() -> None:
            dialog.ui.loginEdit.setText("sv1")
            dialog.ui.passwordEdit.setText(PASSWORD)
            dialog.accept()

        QTimer.singleShot(0, type_and_accept)
        QTimer.singleShot(WAIT_MS, dialog.reject)  # never hang the suite
        return int(real_exec(dialog))

    real_show = MainWindow.show

    def show_then_quit(win: MainWindow) -> None:
        real_show(win)
        shown.append(win)
        QTimer.singleShot(0, win.close)
        QTimer.singleShot(WAIT_MS, qapp.quit)

    monkeypatch.setattr(SignInDialog, "exec", sign_in_as_sv1)
    monkeypatch.setattr(MainWindow, "show", show_then_quit)
    assert run_app(pg_url) == 0
    assert asked == [False]
    assert [w.operator.login for w in shown] == ["sv1"]
    assert shown[0].ui.actionSharedSettings.isVisible()
    assert not shown[0].ui.actionOperators.isVisible()
    assert shown[0].ui.actionChangePassword.isVisible()

    # Cancelling the sign-in opens no window.
    monkeypatch.setattr(SignInDialog, "exec", lambda dialog: 0)
    assert run_app(pg_url) == 0
    assert len(shown) == 1
