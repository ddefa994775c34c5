"""解約受付の記録: one cancellation call as it was, read-only (Enter on it in the timeline).

The record keeps the words of the script version the operator read (the placeholders filled),
so an edited script never rewrites what was said: this dialog shows those words, the offers
presented and the one accepted, the outcome, and when the wish was first said, repeated and
confirmed (特定商取引法). For a cancelled call, Ctrl+P writes the 解約手続き完了のお知らせ to a
PDF the operator chooses; the service records it on the customer's timeline as a mailing.
Everything that touches the database or a file runs on the task runner.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.model import CancellationOutcome
from crmdesk.domain.retention import CancellationRecordView
from crmdesk.domain.validation import ValidationError
from crmdesk.gui import i18n
from crmdesk.gui.dialogs.base import ERROR_COLOUR, DeskContext, field_error_text
from crmdesk.gui.forms.ui_cancellation_record_dialog import Ui_CancellationRecordDialog
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP, label, translate
from crmdesk.services import retention

__all__ = ["CancellationRecordDialog", "choose_letter_path", "letter_file_name"]

_CTX = "CancellationRecordDialog"


def letter_file_name(record: CancellationRecordView) -> str:
    """``解約手続き完了のお知らせ_C0000001_00000012.pdf``: the suggested file name."""
    return f"解約手続き完了のお知らせ_{record.customer_code}_{record.request_id:08d}.pdf"


def choose_letter_path(parent: QWidget, suggested: Path) -> Path | None:
    """Ask where to save the letter (None: the operator cancelled). Tests replace this."""
    title = translate(_CTX, QT_TRANSLATE_NOOP("CancellationRecordDialog", "お知らせの保存先"))
    pdf = translate(_CTX, QT_TRANSLATE_NOOP("CancellationRecordDialog", "PDF (*.pdf)"))
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), pdf)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def _default_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class CancellationRecordDialog(QDialog):
    """One cancellation record, read-only; ``loaded`` carries the CancellationRecordView and
    ``printed`` the Path of a confirmation letter written (the customer changed: a mailing)."""

    loaded = Signal(object)
    printed = Signal(object)

    def __init__(
        self, context: DeskContext, request_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CancellationRecordDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.request_id = request_id
        self.record: CancellationRecordView | None = None
        self._printing = False
        ui = self.ui
        font = ui.customerLabel.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        ui.customerLabel.setFont(font)
        ui.messageLabel.hide()
        # Shown once the record says the call ended in cancellation (only then is there a letter).
        ui.printButton.hide()
        ui.printButton.clicked.connect(self.print_letter)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_letter)
        ui.buttonBox.rejected.connect(self.reject)
        ui.scriptView.setFocus()
        self._load()

    # -------------------------------------------------------------- loading

    def _load(self) -> None:
        database, request_id = self.context.database, self.request_id

        def run() -> CancellationRecordView:
            return retention.cancellation_record(database.read_uow(), request_id)

        self.context.runner.submit(run, self.show_record, on_error=self._failed)

    def show_record(self, record: CancellationRecordView) -> None:
        """Put the record on screen."""
        self.record = record
        ui = self.ui
        self.setWindowTitle(
            self.tr("解約受付の記録（受付番号 {number:08d}）").format(number=record.request_id)
        )
        ui.customerLabel.setText(
            self.tr("{name} 様（{code}）").format(
                name=record.customer_name, code=record.customer_code
            )
        )
        ui.reasonValue.setText(record.reason_label)
        ui.wordsValue.setText(record.reason_detail or self.tr("（記録なし）"))
        ui.productValue.setText(record.product or "—")
        ui.outcomeValue.setText(label(i18n.CANCELLATION_OUTCOMES, record.outcome.value))
        ui.firstWishValue.setText(self._when(record.first_wish_at))
        ui.repeatedValue.setText(
            i18n.format_when(record.wish_repeated_at)
            if record.wish_repeated_at is not None
            else self.tr("なし")
        )
        ui.confirmedValue.setText(self._when(record.confirmed_at))
        ui.operatorValue.setText(record.operator_name or "—")
        if record.script_code is None:
            ui.scriptLabel.setText(self.tr("トークなし"))
        else:
            arm = self.tr("・A/B {arm}").format(arm=record.ab_arm) if record.ab_arm else ""
            ui.scriptLabel.setText(
                self.tr("{title}（{code} 第{version}版{arm}）").format(
                    title=record.script_title or "—",
                    code=record.script_code,
                    version=record.script_version,
                    arm=arm,
                )
            )
        steps = [line for line in record.script_text.splitlines() if line.strip()]
        ui.scriptView.setPlainText(
            "\n".join(f"{n}. {step}" for n, step in enumerate(steps, 1)) or self.tr("（なし）")
        )
        ui.offersList.clear()
        for text in record.offers_presented:
            accepted = text == record.accepted_offer
            item = QListWidgetItem(f"✓ {text}" if accepted else f"　 {text}")
            if accepted:
                bold = item.font()
                bold.setBold(True)
                item.setFont(bold)
            ui.offersList.addItem(item)
        if not record.offers_presented:
            ui.offersList.addItem(self.tr("（ご提案なし）"))
        ui.printButton.setVisible(record.outcome is CancellationOutcome.CANCELLED)
        self.loaded.emit(record)

    @staticmethod
    def _when(at: dt.datetime | None) -> str:
        return i18n.format_when(at) if at is not None else "—"

    # -------------------------------------------------------------- the letter

    def print_letter(self) -> None:
        """Ctrl+P: write the confirmation letter to a PDF the operator chooses (on a worker)."""
        record = self.record
        if record is None or record.outcome is not CancellationOutcome.CANCELLED or self._printing:
            return
        path = choose_letter_path(self, _default_folder() / letter_file_name(record))
        if path is None:
            return
        database, operator, request_id = (
            self.context.database,
            self.context.operator,
            record.request_id,
        )

        def run() -> Path:
            return retention.write_confirmation_letter(
                database.uow(), operator.id, request_id, path
            )

        self._printing = True
        self.ui.printButton.setEnabled(False)
        self._message(self.tr("お知らせを作成しています…"))
        self.context.runner.submit(run, self._printed, on_error=self._failed, write=True)

    def _printed(self, path: Path) -> None:
        self._printing = False
        self.ui.printButton.setEnabled(True)
        self._message(self.tr("保存しました: {path}").format(path=str(path)))
        self.printed.emit(path)

    # -------------------------------------------------------------- messages

    def _message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.show()

    def _failed(self, error: BaseException) -> None:
        self._printing = False
        self.ui.printButton.setEnabled(True)
        if isinstance(error, ValidationError):
            text = "\n".join(field_error_text(e) for e in error.errors)
        elif isinstance(error, CrmdeskError):
            text = f"{error.code}: {error.message}"
        elif isinstance(error, OSError):
            text = self.tr("ファイルを書けませんでした: {detail}").format(detail=str(error))
        else:
            text = repr(error)
        self._message(text, error=True)
