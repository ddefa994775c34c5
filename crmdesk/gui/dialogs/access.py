"""Who may use the desk: sign-in on a shared database, passwords, operators, shared settings.

On PostgreSQL every operator signs in (README: "Operators and sign-in"); the first start on an
empty shared database creates its first admin. Admins manage operators; supervisors and admins
change the settings every desk shares. The role decides which of these the main window shows;
the services check the role again from the database, so a hidden menu is not the only guard.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from crmdesk.domain.errors import AuthenticationError, CrmdeskError
from crmdesk.domain.model import Role
from crmdesk.domain.readmodels import OperatorView
from crmdesk.domain.shared_settings import SettingSpec, registered
from crmdesk.domain.validation import ValidationError
from crmdesk.gui.dialogs.base import ERROR_COLOUR, DeskContext, field_error_text
from crmdesk.gui.forms.ui_operator_form_dialog import Ui_OperatorFormDialog
from crmdesk.gui.forms.ui_operators_dialog import Ui_OperatorsDialog
from crmdesk.gui.forms.ui_shared_settings_dialog import Ui_SharedSettingsDialog
from crmdesk.gui.forms.ui_sign_in_dialog import Ui_SignInDialog
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from crmdesk.gui.models import column_title
from crmdesk.gui.tasks import TaskRunner
from crmdesk.services import operators as operator_service
from crmdesk.services.database import Database
from crmdesk.services.shared_settings import all_settings, set_settings

_INDEX = QModelIndex | QPersistentModelIndex
# QSettings key of the login typed last on this desk (never the password).
_LAST_LOGIN = "SignIn/login"

ROLE_LABELS: dict[str, str] = {
    Role.OPERATOR.value: QT_TRANSLATE_NOOP("Access", "オペレーター"),
    Role.SUPERVISOR.value: QT_TRANSLATE_NOOP("Access", "SV"),
    Role.ADMIN.value: QT_TRANSLATE_NOOP("Access", "管理者"),
}


def role_label(role: str) -> str:
    """The translated name of ``role``."""
    text = ROLE_LABELS.get(role)
    return translate("Access", text) if text else role


def _show_error(label: Any, text: str) -> None:
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setText(text)
    label.setVisible(bool(text))


def _error_text(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        return "\n".join(field_error_text(e) for e in error.errors)
    if isinstance(error, CrmdeskError):
        return translate("Access", "できませんでした（{code}）: {detail}").format(
            code=error.code, detail=error.message
        )
    return translate("Access", "できませんでした: {detail}").format(detail=repr(error))


# ------------------------------------------------------------------------------ sign-in


class SignInDialog(QDialog):
    """Login and password; with ``first_admin`` it creates the database's first admin instead.

    ``operator`` holds who signed in once the dialog is accepted. A refused sign-in clears the
    password and says only that the login or the password was wrong.
    """

    def __init__(
        self,
        database: Database,
        runner: TaskRunner,
        *,
        first_admin: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self._database = database
        self._runner = runner
        self.first_admin = first_admin
        self.operator: OperatorView | None = None
        self._busy = False
        self.ui.databaseLabel.setText(self.tr("接続先: {db}").format(db=database.info.url))
        first_only = (
            self.ui.nameCaption,
            self.ui.nameEdit,
            self.ui.confirmCaption,
            self.ui.confirmEdit,
        )
        for widget in first_only:
            widget.setVisible(first_admin)
        if first_admin:
            self.setWindowTitle(self.tr("最初の管理者を登録"))
            self.ui.explanationLabel.setText(
                self.tr(
                    "このデータベースにはまだ管理者がいません。あなたを管理者として登録します。"
                    "ほかのオペレーターは、登録後に［管理］→［オペレーター管理］で追加します。"
                )
            )
            self.ui.nameEdit.setFocus()
        else:
            self.ui.explanationLabel.setVisible(False)
            last = QSettings().value(_LAST_LOGIN, "")
            self.ui.loginEdit.setText(str(last or ""))
            (self.ui.passwordEdit if last else self.ui.loginEdit).setFocus()
        self.ui.errorLabel.setVisible(False)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        """Check the login and password on a worker; close when they are right."""
        if self._busy:
            return
        ui = self.ui
        login, password = ui.loginEdit.text(), ui.passwordEdit.text()
        database = self._database
        job: Callable[[], OperatorView]
        if self.first_admin:
            if ui.confirmEdit.text() != password:
                _show_error(ui.errorLabel, self.tr("確認用のパスワードが一致しません。"))
                ui.confirmEdit.clear()
                ui.confirmEdit.setFocus()
                return
            name = ui.nameEdit.text()

            def job() -> OperatorView:
                return operator_service.create_first_admin(
                    database.uow(), login=login, name=name, password=password
                )

        else:

            def job() -> OperatorView:
                return operator_service.sign_in(database.uow(), login, password)

        self._set_busy(True)
        self._runner.submit(job, self._signed_in, on_error=self._refused, write=True)

    def _signed_in(self, operator: OperatorView) -> None:
        self._set_busy(False)
        self.operator = operator
        QSettings().setValue(_LAST_LOGIN, operator.login)
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, AuthenticationError) and not self.first_admin:
            text = self.tr("ログイン名またはパスワードが違うか、利用停止中のアカウントです。")
        else:
            text = _error_text(error)
        _show_error(self.ui.errorLabel, text)
        self.ui.passwordEdit.clear()
        self.ui.confirmEdit.clear()
        self.ui.passwordEdit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if button is not None:
            button.setEnabled(not busy)


# ------------------------------------------------------------------------------ operator form


class OperatorFormDialog(QDialog):
    """Add an operator (``mode='add'``), set a password (``'password'``) or a role (``'role'``).

    ``job`` is built from what was typed and run on the write lane; the dialog closes when the
    service accepted it and keeps everything typed otherwise.
    """

    def __init__(
        self,
        runner: TaskRunner,
        mode: str,
        run: Callable[[dict[str, str]], object],
        *,
        target: OperatorView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OperatorFormDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._runner = runner
        self._run = run
        self.mode = mode
        ui = self.ui
        for role, text in ROLE_LABELS.items():
            ui.roleCombo.addItem(translate("Access", text), role)
        shows = {
            "add": (True, True, True, True),
            "password": (False, False, False, True),
            "role": (False, False, True, False),
        }[mode]
        name_row, login_row, role_row, password_rows = shows
        for widgets, visible in (
            ((ui.nameCaption, ui.nameEdit), name_row),
            ((ui.loginCaption, ui.loginEdit), login_row),
            ((ui.roleCaption, ui.roleCombo), role_row),
            (
                (ui.passwordCaption, ui.passwordEdit, ui.confirmCaption, ui.confirmEdit),
                password_rows,
            ),
        ):
            for widget in widgets:
                widget.setVisible(visible)
        titles = {
            "add": self.tr("オペレーターの追加"),
            "password": self.tr("パスワードの設定"),
            "role": self.tr("権限の変更"),
        }
        self.setWindowTitle(titles[mode])
        if target is not None:
            ui.explanationLabel.setText(
                self.tr("{name}（{login}）").format(name=target.name, login=target.login)
            )
            ui.roleCombo.setCurrentIndex(max(ui.roleCombo.findData(target.role), 0))
        else:
            ui.explanationLabel.setVisible(False)
        ui.errorLabel.setVisible(False)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        first = {"add": ui.nameEdit, "password": ui.passwordEdit, "role": ui.roleCombo}[mode]
        first.setFocus()

    def values(self) -> dict[str, str]:
        """What was typed, by field."""
        ui = self.ui
        return {
            "name": ui.nameEdit.text(),
            "login": ui.loginEdit.text(),
            "role": str(ui.roleCombo.currentData()),
            "password": ui.passwordEdit.text(),
        }

    def accept(self) -> None:
        """Run the change on the write lane (passwords must match first)."""
        ui = self.ui
        if self.mode in ("add", "password") and ui.passwordEdit.text() != ui.confirmEdit.text():
            _show_error(ui.errorLabel, self.tr("確認用のパスワードが一致しません。"))
            ui.confirmEdit.clear()
            ui.confirmEdit.setFocus()
            return
        values = self.values()
        self._runner.submit(
            lambda: self._run(values),
            lambda _result: self.done(QDialog.DialogCode.Accepted),
            on_error=lambda error: _show_error(ui.errorLabel, _error_text(error)),
            write=True,
        )


# ------------------------------------------------------------------------------ operators


class OperatorsModel(QAbstractTableModel):
    """The operators of the database: login, name, role, state, how they sign in."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Access", "ログイン名"),
        QT_TRANSLATE_NOOP("Access", "氏名"),
        QT_TRANSLATE_NOOP("Access", "権限"),
        QT_TRANSLATE_NOOP("Access", "状態"),
        QT_TRANSLATE_NOOP("Access", "サインイン"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[OperatorView, bool, bool]] = []

    def set_rows(self, rows: Sequence[tuple[OperatorView, bool, bool]]) -> None:
        """Replace the rows (after a load or a change)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def operator(self, row: int) -> tuple[OperatorView, bool, bool]:
        """The operator on ``row`` with (active, has a password)."""
        return self._rows[row]

    def rowCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        """Qt: one row per operator."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _INDEX = QModelIndex()) -> int:  # noqa: B008
        """Qt: the five columns."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt: translated column titles."""
        return column_title("Access", self.HEADERS, section, orientation, role)

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: the cell texts."""
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        view, active, has_password = self._rows[index.row()]
        cells = (
            view.login,
            view.name,
            role_label(view.role),
            translate("Access", "利用中") if active else translate("Access", "停止"),
            translate("Access", "パスワード") if has_password else translate("Access", "ローカル"),
        )
        return cells[index.column()] if 0 <= index.column() < len(cells) else None


class OperatorsDialog(QDialog):
    """Admins add operators, reset passwords, change roles and close accounts."""

    def __init__(
        self,
        context: DeskContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OperatorsDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._database = context.database
        self._runner = context.runner
        self._acting = context.operator
        self.model = OperatorsModel(self)
        view = self.ui.operatorsView
        view.setModel(self.model)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.errorLabel.setVisible(False)
        self.ui.addButton.clicked.connect(self.add_operator)
        self.ui.passwordButton.clicked.connect(lambda: self._edit("password"))
        self.ui.roleButton.clicked.connect(lambda: self._edit("role"))
        self.ui.activeButton.clicked.connect(self.toggle_active)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.child: OperatorFormDialog | None = None
        self.reload()
        view.setFocus()

    def reload(self) -> None:
        """Read the operators again."""
        database = self._database
        self._runner.submit(
            lambda: operator_service.list_operators(database.uow()),
            self._loaded,
            on_error=lambda error: _show_error(self.ui.errorLabel, _error_text(error)),
        )

    def _loaded(self, rows: list[tuple[OperatorView, bool, bool]]) -> None:
        selected = self._selected()
        self.model.set_rows(rows)
        row = 0
        if selected is not None:
            row = next((n for n, r in enumerate(rows) if r[0].id == selected[0].id), 0)
        if rows:
            self.ui.operatorsView.selectRow(row)

    def _selected(self) -> tuple[OperatorView, bool, bool] | None:
        rows = self.ui.operatorsView.selectionModel().selectedRows()
        return self.model.operator(rows[0].row()) if rows else None

    def add_operator(self) -> None:
        """The form for a new operator."""
        database, acting = self._database, self._acting.id

        def run(values: dict[str, str]) -> object:
            return operator_service.add_operator(
                database.uow(),
                acting,
                login=values["login"],
                name=values["name"],
                role=values["role"],
                password=values["password"],
            )

        self._open(OperatorFormDialog(self._runner, "add", run, parent=self))

    def _edit(self, mode: str) -> None:
        selected = self._selected()
        if selected is None:
            return
        target = selected[0]
        database, acting = self._database, self._acting.id

        def run(values: dict[str, str]) -> object:
            if mode == "password":
                operator_service.set_password(
                    database.uow(), acting, target.login, values["password"]
                )
            else:
                operator_service.set_role(database.uow(), acting, target.login, values["role"])
            return None

        self._open(OperatorFormDialog(self._runner, mode, run, target=target, parent=self))

    def toggle_active(self) -> None:
        """Close the selected account, or reopen a closed one."""
        selected = self._selected()
        if selected is None:
            return
        target, active, _ = selected
        database, acting = self._database, self._acting.id
        self._runner.submit(
            lambda: operator_service.set_active(database.uow(), acting, target.login, not active),
            lambda _result: self.reload(),
            on_error=lambda error: _show_error(self.ui.errorLabel, _error_text(error)),
            write=True,
        )

    def _open(self, dialog: OperatorFormDialog) -> None:
        self.child = dialog
        dialog.accepted.connect(self.reload)
        dialog.open()


def change_own_password(
    database: Database, runner: TaskRunner, me: OperatorView, parent: QWidget
) -> OperatorFormDialog:
    """The form for the signed-in operator's own new password (not opened yet)."""

    def run(values: dict[str, str]) -> object:
        operator_service.set_password(database.uow(), me.id, me.login, values["password"])
        return None

    return OperatorFormDialog(runner, "password", run, target=me, parent=parent)


# ------------------------------------------------------------------------------ shared settings


class SharedSettingsDialog(QDialog):
    """Every registered shared setting as a field; OK saves the changed ones (supervisors)."""

    def __init__(
        self,
        context: DeskContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SharedSettingsDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._database = context.database
        self._runner = context.runner
        self._acting = context.operator
        self._specs = registered()
        self.editors: dict[str, QSpinBox | QLineEdit] = {}
        self._loaded: dict[str, Any] = {}
        for key, spec in self._specs.items():
            editor = self._editor(spec)
            editor.setObjectName(f"setting_{key.replace('.', '_')}")
            editor.setToolTip(spec.help)
            editor.setEnabled(False)
            self.ui.settingsForm.addRow(spec.label, editor)
            self.editors[key] = editor
        if not self._specs:
            self.ui.explanationLabel.setText(self.tr("共有設定の項目はまだありません。"))
        self.ui.errorLabel.setVisible(False)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        database = context.database
        self._runner.submit(lambda: all_settings(database.uow()), self._show, on_error=self._failed)

    @staticmethod
    def _editor(spec: SettingSpec[Any]) -> QSpinBox | QLineEdit:
        if isinstance(spec.default, int) and not isinstance(spec.default, bool):
            box = QSpinBox()
            box.setRange(-1_000_000, 1_000_000)
            return box
        return QLineEdit()

    def _show(self, values: dict[str, Any]) -> None:
        self._loaded = values
        for key, editor in self.editors.items():
            value = values.get(key)
            if isinstance(editor, QSpinBox):
                editor.setValue(int(value or 0))
            else:
                editor.setText("" if value is None else str(value))
            editor.setEnabled(True)
        if self.editors:
            next(iter(self.editors.values())).setFocus()

    def _value(self, key: str) -> object:
        editor = self.editors[key]
        return editor.value() if isinstance(editor, QSpinBox) else editor.text()

    def accept(self) -> None:
        """Save the changed settings, each checked by its spec; keep the dialog open on error."""
        changed = {
            key: self._value(key)
            for key in self.editors
            if key in self._loaded and self._value(key) != self._loaded[key]
        }
        if not changed:
            super().accept()
            return
        database, acting = self._database, self._acting.id
        self._runner.submit(
            lambda: set_settings(database.uow(), acting, changed),
            lambda _result: QDialog.accept(self),
            on_error=self._failed,
            write=True,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            text = "\n".join(e.message for e in error.errors)
        else:
            text = _error_text(error)
        _show_error(self.ui.errorLabel, text)
