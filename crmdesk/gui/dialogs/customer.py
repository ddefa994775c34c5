"""新規顧客 / 顧客情報の編集: the customer form, postal-code address fill, field errors, conflicts.

The form edits a :class:`~crmdesk.domain.validation.CustomerDraft` (the raw strings as typed);
the services validate it (errors come back at the fields, nothing saved) and save it against
the version the form loaded: when another operator saved in between, the conflict dialog shows
both and the operator chooses.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from crmdesk.domain.errors import ConflictError
from crmdesk.domain.ids import CustomerId
from crmdesk.domain.model import Gender
from crmdesk.domain.postal import PostalAddress
from crmdesk.domain.readmodels import CustomerEdit
from crmdesk.domain.validation import PREFECTURES, CustomerDraft, FieldError
from crmdesk.gui import i18n
from crmdesk.gui.dialogs.base import DeskContext, RecordDialog
from crmdesk.gui.dialogs.conflict import REAPPLY, RELOAD, ConflictDialog, ConflictRow
from crmdesk.gui.forms.ui_customer_form_dialog import Ui_CustomerFormDialog
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP, label
from crmdesk.services.customers import (
    create_customer,
    load_customer_edit,
    postal_address,
    update_customer,
)

_CTX = "CustomerFormDialog"
# The draft's fields as the conflict dialog names them.
FIELD_LABELS: dict[str, str] = {
    "family_name": QT_TRANSLATE_NOOP("CustomerFormDialog", "姓"),
    "given_name": QT_TRANSLATE_NOOP("CustomerFormDialog", "名"),
    "family_kana": QT_TRANSLATE_NOOP("CustomerFormDialog", "セイ"),
    "given_kana": QT_TRANSLATE_NOOP("CustomerFormDialog", "メイ"),
    "birth_date": QT_TRANSLATE_NOOP("CustomerFormDialog", "生年月日"),
    "gender": QT_TRANSLATE_NOOP("CustomerFormDialog", "性別"),
    "phone1": QT_TRANSLATE_NOOP("CustomerFormDialog", "電話番号1"),
    "phone2": QT_TRANSLATE_NOOP("CustomerFormDialog", "電話番号2"),
    "email": QT_TRANSLATE_NOOP("CustomerFormDialog", "メール"),
    "postal_code": QT_TRANSLATE_NOOP("CustomerFormDialog", "郵便番号"),
    "prefecture": QT_TRANSLATE_NOOP("CustomerFormDialog", "都道府県"),
    "city": QT_TRANSLATE_NOOP("CustomerFormDialog", "市区町村"),
    "street": QT_TRANSLATE_NOOP("CustomerFormDialog", "番地"),
    "building": QT_TRANSLATE_NOOP("CustomerFormDialog", "建物名"),
    "note": QT_TRANSLATE_NOOP("CustomerFormDialog", "メモ"),
}


class CustomerFormDialog(RecordDialog):
    """The customer form: new (``customer_id`` None, optionally pre-filled) or edit.

    ``saved`` carries the new CustomerId (new customer) or the saved CustomerEdit (edit).
    ``loaded`` is True once an edit's values are in the form (Save is disabled before).
    """

    def __init__(
        self,
        context: DeskContext,
        *,
        customer_id: CustomerId | None = None,
        prefill: CustomerDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CustomerFormDialog()
        self.ui.setupUi(self)
        self.customer_id = customer_id
        self.edit: CustomerEdit | None = None
        self.conflict_dialog: ConflictDialog | None = None
        ui = self.ui
        ui.genderCombo.addItem(label(i18n.GENDERS, Gender.UNKNOWN.value), "")
        for gender in (Gender.FEMALE, Gender.MALE, Gender.OTHER):
            ui.genderCombo.addItem(label(i18n.GENDERS, gender.value), gender.value)
        ui.prefectureCombo.addItem("", "")
        for prefecture in PREFECTURES:
            ui.prefectureCombo.addItem(prefecture, prefecture)
        self.fields = {
            "family_name": ui.familyNameEdit,
            "given_name": ui.givenNameEdit,
            "family_kana": ui.familyKanaEdit,
            "given_kana": ui.givenKanaEdit,
            "birth_date": ui.birthDateEdit,
            "gender": ui.genderCombo,
            "phone1": ui.phone1Edit,
            "phone2": ui.phone2Edit,
            "email": ui.emailEdit,
            "postal_code": ui.postalCodeEdit,
            "prefecture": ui.prefectureCombo,
            "city": ui.cityEdit,
            "street": ui.streetEdit,
            "building": ui.buildingEdit,
            "note": ui.noteEdit,
        }
        ui.postalLookupButton.clicked.connect(self.lookup_postal_code)
        # Enter in the postal code fills the address instead of saving the form.
        ui.postalCodeEdit.installEventFilter(self)
        self.setup_form()
        if customer_id is None:
            self.setWindowTitle(self.tr("新規顧客"))
            ui.headerLabel.setText(self.tr("新しいお客様を登録します。"))
            self.set_draft(prefill or CustomerDraft())
        else:
            self.setWindowTitle(self.tr("顧客情報の編集"))
            ui.headerLabel.setText(self.tr("読み込み中…"))
            self.ui.buttonBox.setEnabled(False)
            self._load()
        ui.familyNameEdit.setFocus()

    # -------------------------------------------------------------- the form

    @property
    def loaded(self) -> bool:
        """True when the form holds the values to edit (always for a new customer)."""
        return self.customer_id is None or self.edit is not None

    def draft(self) -> CustomerDraft:
        """What the form says now, as typed."""
        values: dict[str, str] = {}
        for field, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                values[field] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                values[field] = widget.toPlainText()
            elif isinstance(widget, QComboBox):
                data = widget.currentData()
                values[field] = str(data) if data is not None else widget.currentText()
        return CustomerDraft(**values)

    def set_draft(self, draft: CustomerDraft) -> None:
        """Put ``draft`` into the form."""
        for field, widget in self.fields.items():
            value = getattr(draft, field)
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index < 0:  # a value the list does not hold (imported data): keep it visible
                    widget.addItem(value, value)
                    index = widget.count() - 1
                widget.setCurrentIndex(index)

    def set_edit(self, edit: CustomerEdit) -> None:
        """Edit ``edit`` (loaded, or the other operator's values after a conflict)."""
        self.edit = edit
        self.set_draft(edit.draft)
        self.ui.headerLabel.setText(self._header(edit))
        if not self.busy:
            self.ui.buttonBox.setEnabled(True)

    def _header(self, edit: CustomerEdit) -> str:
        if edit.updated_by_name:
            return self.tr("顧客番号 {code}（最終更新: {when} {who}）").format(
                code=edit.code, when=i18n.format_when(edit.updated_at), who=edit.updated_by_name
            )
        return self.tr("顧客番号 {code}（最終更新: {when}）").format(
            code=edit.code, when=i18n.format_when(edit.updated_at)
        )

    def _load(self) -> None:
        database, customer_id = self.context.database, self.customer_id
        assert customer_id is not None

        def run() -> CustomerEdit:
            return load_customer_edit(database.uow(), customer_id)

        self.run_read(run, self.set_edit)

    # -------------------------------------------------------------- postal code

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the postal-code field looks the address up."""
        if watched is self.ui.postalCodeEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.lookup_postal_code()
                return True
        return super().eventFilter(watched, event)

    def lookup_postal_code(self) -> None:
        """Fill prefecture, city and town from the postal code (Japan Post data, on a worker)."""
        raw = self.ui.postalCodeEdit.text()

        def run() -> PostalAddress | None:
            return postal_address(raw)

        self.context.runner.submit(run, self._postal_found, on_error=self.failed, key="postal")

    def _postal_found(self, address: PostalAddress | None) -> None:
        label_ = self.ui.postalCodeError
        if address is None:
            self.show_field_errors(
                (FieldError("postal_code", "no address for this postal code", "not_found"),)
            )
            return
        label_.hide()
        self.ui.postalCodeEdit.setStyleSheet("")
        self.ui.prefectureCombo.setCurrentIndex(
            max(0, self.ui.prefectureCombo.findData(address.prefecture))
        )
        self.ui.cityEdit.setText(address.city)
        # The town; the operator types the block number after it.
        if address.town and not self.ui.streetEdit.text().startswith(address.town):
            self.ui.streetEdit.setText(address.town)
        self.ui.streetEdit.setFocus()
        self.ui.streetEdit.end(False)

    # -------------------------------------------------------------- saving

    def save_job(self) -> Callable[[], Any]:
        """create_customer or update_customer (against the loaded version)."""
        database, operator = self.context.database, self.context.operator
        today = self.context.today()
        draft = self.draft()
        if self.customer_id is None:

            def create() -> object:
                return create_customer(database.uow(), operator.id, draft, today=today)

            return create
        customer_id = self.customer_id
        assert self.edit is not None
        version = self.edit.version

        def update() -> object:
            return update_customer(
                database.uow(),
                operator.id,
                customer_id,
                draft,
                expected_version=version,
                today=today,
            )

        return update

    def conflict(self, error: ConflictError[Any]) -> None:
        """Show both versions; reload theirs or save mine over them, as the operator chooses."""
        theirs = error.current
        assert isinstance(theirs, CustomerEdit)
        mine = self.draft()
        rows = [
            ConflictRow(
                i18n.translate(_CTX, FIELD_LABELS[f.name]),
                self._shown(f.name, getattr(mine, f.name)),
                self._shown(f.name, getattr(theirs.draft, f.name)),
            )
            for f in dataclasses.fields(CustomerDraft)
        ]
        dialog = ConflictDialog(
            rows, who=theirs.updated_by_name, when=theirs.updated_at, parent=self
        )
        self.conflict_dialog = dialog

        def chosen(result: int) -> None:
            self.conflict_dialog = None
            if result == RELOAD:
                self.set_edit(theirs)
                self.show_error(
                    self.tr("保存済みの内容を読み込みました。必要なら直して保存してください。")
                )
            elif result == REAPPLY:
                # The operator saw the other change and chose to replace it: save against it.
                self.edit = dataclasses.replace(theirs, draft=mine)
                self.accept()
            else:
                self.show_error(self.tr("保存していません（他のオペレーターの変更があります）。"))

        dialog.finished.connect(chosen)
        dialog.open()

    @staticmethod
    def _shown(field: str, value: str) -> str:
        if field == "gender":
            return label(i18n.GENDERS, value or "unknown")
        return value
