"""What every recording dialog shares: the save through the write lane, errors at the fields.

A recording dialog collects what the operator typed, hands a function to the task runner's
write lane (one transaction in a service) and closes only when the save succeeded. A
``ValidationError`` puts each message under its field (red border, text below) and keeps the
dialog open with everything typed; a ``ConflictError`` is handed to :meth:`RecordDialog.conflict`
(the dialogs that edit versioned rows show the conflict dialog); anything else is shown in the
dialog's error line. Nothing here decides what is valid: the services and the domain do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from crmdesk.domain.errors import ConflictError, CrmdeskError
from crmdesk.domain.readmodels import CustomerCard, OperatorView
from crmdesk.domain.validation import FieldError, ValidationError
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from crmdesk.gui.tasks import TaskRunner
from crmdesk.services.database import Database

# The red of a field in error (the same as the 電話不可 badge: "stop and look").
ERROR_COLOUR = "#c62828"
_ERROR_BORDER = f"border: 2px solid {ERROR_COLOUR};"
_ERROR_TEXT = f"color: {ERROR_COLOUR};"


@dataclass(frozen=True)
class DeskContext:
    """What a dialog needs to save: where work runs, the database, who acts, today's date."""

    runner: TaskRunner
    database: Database
    operator: OperatorView
    today: Callable[[], dt.date]


def customer_caption(card: CustomerCard) -> str:
    """``山田 花子 様（C0000001）``: which customer a dialog is about."""
    caption = QT_TRANSLATE_NOOP("RecordDialog", "{name} 様（{code}）")
    return translate("RecordDialog", caption).format(name=card.summary.name, code=card.summary.code)


# The messages of FieldError codes (crmdesk.domain.validation), by field where the wording
# depends on it. The service's English sentence is the fallback for a code not listed here.
_CTX = "FieldErrors"
_BY_CODE: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("FieldErrors", "入力してください。"),
    "invalid": QT_TRANSLATE_NOOP("FieldErrors", "正しい形式で入力してください。"),
    "future": QT_TRANSLATE_NOOP("FieldErrors", "未来の日付は入力できません。"),
    "past": QT_TRANSLATE_NOOP("FieldErrors", "過去の日付は指定できません。"),
    "not_found": QT_TRANSLATE_NOOP("FieldErrors", "見つかりません。"),
    "too_long": QT_TRANSLATE_NOOP("FieldErrors", "長すぎます。短くしてください。"),
    "out_of_range": QT_TRANSLATE_NOOP("FieldErrors", "範囲外の値です。"),
    "unchanged": QT_TRANSLATE_NOOP("FieldErrors", "現在と同じ値です。"),
    "not_allowed": QT_TRANSLATE_NOOP("FieldErrors", "この操作はできません。"),
    "duplicate": QT_TRANSLATE_NOOP("FieldErrors", "電話番号1と同じ番号です。"),
}
_BY_FIELD: dict[tuple[str, str], str] = {
    ("phone1", "invalid"): QT_TRANSLATE_NOOP(
        "FieldErrors", "電話番号ではありません（数字と - のみ）。"
    ),
    ("phone2", "invalid"): QT_TRANSLATE_NOOP(
        "FieldErrors", "電話番号ではありません（数字と - のみ）。"
    ),
    ("phone1", "required"): QT_TRANSLATE_NOOP(
        "FieldErrors", "電話番号を少なくとも1つ入力してください。"
    ),
    ("postal_code", "invalid"): QT_TRANSLATE_NOOP(
        "FieldErrors", "郵便番号は7桁の数字で入力してください（例: 100-0001）。"
    ),
    ("postal_code", "not_found"): QT_TRANSLATE_NOOP("FieldErrors", "この郵便番号は存在しません。"),
    ("birth_date", "invalid"): QT_TRANSLATE_NOOP(
        "FieldErrors", "生年月日は 1968-04-02 の形で入力してください。"
    ),
    ("birth_date", "future"): QT_TRANSLATE_NOOP(
        "FieldErrors", "生年月日が未来の日付になっています。"
    ),
    ("birth_date", "out_of_range"): QT_TRANSLATE_NOOP(
        "FieldErrors", "生年月日は1900年以降で入力してください。"
    ),
    ("family_name", "required"): QT_TRANSLATE_NOOP("FieldErrors", "姓を入力してください。"),
    ("family_kana", "required"): QT_TRANSLATE_NOOP(
        "FieldErrors", "セイ（カナ）を入力してください。"
    ),
    ("family_kana", "invalid"): QT_TRANSLATE_NOOP(
        "FieldErrors", "カナ（またはひらがな）で入力してください。"
    ),
    ("given_kana", "invalid"): QT_TRANSLATE_NOOP(
        "FieldErrors", "カナ（またはひらがな）で入力してください。"
    ),
    ("email", "invalid"): QT_TRANSLATE_NOOP(
        "FieldErrors", "メールアドレスの形式が正しくありません。"
    ),
    ("prefecture", "invalid"): QT_TRANSLATE_NOOP(
        "FieldErrors", "都道府県を一覧から選んでください。"
    ),
    ("reason", "required"): QT_TRANSLATE_NOOP(
        "FieldErrors", "お客様のお申し出の理由を入力してください（記録が必要です）。"
    ),
    ("display_name", "required"): QT_TRANSLATE_NOOP(
        "FieldErrors", "掲載許可がある場合は掲載名を入力してください。"
    ),
    ("to_operator_id", "not_allowed"): QT_TRANSLATE_NOOP(
        "FieldErrors", "SV または管理者を選んでください。"
    ),
    ("summary", "required"): QT_TRANSLATE_NOOP("FieldErrors", "対応内容を入力してください。"),
    ("follow_up_on", "past"): QT_TRANSLATE_NOOP(
        "FieldErrors", "折り返しの予定日が今日より前です。"
    ),
}


def field_error_text(error: FieldError) -> str:
    """The operator's words for ``error`` (translated), the service's sentence as a fallback."""
    text = _BY_FIELD.get((error.field, error.code)) or _BY_CODE.get(error.code)
    return translate(_CTX, text) if text else error.message


def _camel(field: str) -> str:
    head, *rest = field.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


class RecordDialog(QDialog):
    """Base of the recording dialogs (the form is ``self.ui``; see the module docstring).

    Subclasses set ``self.ui`` (with ``buttonBox`` and ``errorLabel``), list their input widgets
    by draft field name in :attr:`fields`, and implement :meth:`save_job`. ``saved`` carries
    what the service returned, after the dialog closed.
    """

    saved = Signal(object)
    # The compiled Designer form (Ui_<Dialog>), set by the subclass before setup_form().
    ui: Any

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.fields: dict[str, QWidget] = {}
        self._busy = False
        self._marked: list[QWidget] = []
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def setup_form(self) -> None:
        """Call after ``self.ui.setupUi(self)``: wire the buttons, hide the empty error lines."""
        self.emphasise_customer()
        box: QDialogButtonBox = self.ui.buttonBox
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        # Multi-line fields take Enter for themselves: Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.clear_errors()

    def emphasise_customer(self) -> None:
        """Which customer the dialog is about, in bold (a dialog on the wrong card is costly)."""
        caption = getattr(self.ui, "customerLabel", None)
        if isinstance(caption, QLabel):
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)

    # -------------------------------------------------------------- to override

    def save_job(self) -> Callable[[], Any]:
        """The function the write lane runs (one service call): it must not touch widgets."""
        raise NotImplementedError

    def conflict(self, error: ConflictError[Any]) -> None:
        """Another operator saved first; by default say so (dialogs on versioned rows override)."""
        self.show_error(
            self.tr(
                "他のオペレーターが先に保存しました。閉じて開き直してください（{code}）。"
            ).format(code=error.code)
        )

    def error_text(self, error: FieldError) -> str:
        """The message shown for ``error`` (override for wording that depends on the dialog)."""
        return field_error_text(error)

    def saved_ok(self, result: object) -> None:
        """The save succeeded: close and announce it (override to stay open)."""
        self.saved.emit(result)
        self.done(QDialog.DialogCode.Accepted)

    # -------------------------------------------------------------- saving

    def accept(self) -> None:
        """Save through the write lane; the dialog closes when the service returned."""
        if self._busy:
            return
        self.clear_errors()
        self.run_write(self.save_job(), self.saved_ok)

    def run_write(self, job: Callable[[], Any], on_result: Callable[[Any], None]) -> None:
        """Run ``job`` in the write lane; errors are shown by :meth:`failed`."""
        self.set_busy(True)

        def done(result: object) -> None:
            self.set_busy(False)
            on_result(result)

        def failed(error: BaseException) -> None:
            self.set_busy(False)
            self.failed(error)

        self.context.runner.submit(job, done, on_error=failed, write=True)

    def run_read(self, job: Callable[[], Any], on_result: Callable[[Any], None]) -> None:
        """Run a read (lists for the combo boxes) on a worker."""
        self.context.runner.submit(job, on_result, on_error=self.failed)

    def failed(self, error: BaseException) -> None:
        """Show what went wrong where the operator looks for it."""
        if isinstance(error, ValidationError):
            self.show_field_errors(error.errors)
        elif isinstance(error, ConflictError):
            self.conflict(error)
        elif isinstance(error, CrmdeskError):
            self.show_error(
                self.tr("保存できませんでした（{code}）: {detail}").format(
                    code=error.code, detail=error.message
                )
            )
        else:
            self.show_error(self.tr("保存できませんでした: {detail}").format(detail=repr(error)))

    @property
    def busy(self) -> bool:
        """True while a save is on its way."""
        return self._busy

    def set_busy(self, busy: bool) -> None:
        """Disable the buttons while saving (a double Enter must not save twice)."""
        self._busy = busy
        self.ui.buttonBox.setEnabled(not busy)

    # -------------------------------------------------------------- errors

    def error_label(self, field: str) -> QLabel | None:
        """The label under ``field`` (``<fieldInCamelCase>Error`` in the form), if any."""
        found = getattr(self.ui, f"{_camel(field)}Error", None)
        return found if isinstance(found, QLabel) else None

    def show_field_errors(self, errors: tuple[FieldError, ...]) -> None:
        """Each message under its field with a red border; the first such field gets focus."""
        general: list[str] = []
        first: QWidget | None = None
        for error in errors:
            text = self.error_text(error)
            label = self.error_label(error.field)
            widget = self.fields.get(error.field)
            if label is not None:
                label.setText(text)
                label.setStyleSheet(_ERROR_TEXT)
                label.show()
            else:
                general.append(text)
            if widget is not None:
                widget.setStyleSheet(_ERROR_BORDER)
                self._marked.append(widget)
                first = first or widget
        if general:
            self.show_error("\n".join(general))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        """A message in the dialog's error line."""
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setStyleSheet(_ERROR_TEXT)
        self.ui.errorLabel.show()

    def clear_errors(self) -> None:
        """Remove every error mark and message."""
        for widget in self._marked:
            widget.setStyleSheet("")
        self._marked.clear()
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("Error") or label is self.ui.errorLabel:
                label.clear()
                label.hide()
