"""手紙の印刷: one letter for the customer on the phone, from the desk (Ctrl+P).

Choose the template (and an offer code), see the page with this customer's name and address,
then print it through the system print dialog or save it as a PDF; either way the service puts
a mailing on the customer's timeline. Operators may do this (Permission.DESK): the customer asked
for it on the phone. A customer flagged DM不要 or 宛所不明, or without an address, gets no letter:
the window says so in red, shows no page and offers neither button, and the service refuses the
same customer again at the moment it records, should another desk set a flag meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from crmdesk.domain.letters import DocumentKind, MissingValueError
from crmdesk.domain.readmodels import CustomerCard
from crmdesk.gui import i18n, letter_output
from crmdesk.gui.dialogs.base import ERROR_COLOUR, DeskContext, customer_caption
from crmdesk.gui.forms.ui_letter_dialog import Ui_LetterDialog
from crmdesk.gui.i18n import label
from crmdesk.gui.letter_output import PagePreview
from crmdesk.services import letter_templates, letters

__all__ = ["LetterDialog", "refusal_reason"]

_PREVIEW_TASK = "letter-preview"
#: The template chosen first.
DEFAULT_TEMPLATE = "thankyou_first"


def refusal_reason(card: CustomerCard) -> str | None:
    """Why this customer gets no letter (the exclusion code), from the card; None if they may."""
    summary = card.summary
    if summary.do_not_mail:
        return "do_not_mail"
    if summary.returned_mail:
        return "returned_mail"
    if not summary.postal_code:
        return "no_address"
    return None


class LetterDialog(QDialog):
    """One letter for the open customer (see the module docstring).

    ``printed`` carries the customer id once a letter was printed or saved and recorded.
    """

    printed = Signal(int)
    # The preview is on screen (number of pages), for tests and the screenshot.
    previewed = Signal(int)

    def __init__(
        self, context: DeskContext, card: CustomerCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.card = card
        self.customer_id = int(card.summary.id)
        self._busy = False
        self.refused: str | None = refusal_reason(card)
        ui = self.ui
        ui.customerLabel.setText(customer_caption(card))
        font = ui.customerLabel.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        ui.customerLabel.setFont(font)
        ui.refusalLabel.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        ui.refusalLabel.hide()
        ui.messageLabel.hide()
        self.preview = PagePreview(
            ui.previewImage, ui.pageLabel, ui.previousPageButton, ui.nextPageButton
        )
        # Typing an offer code previews once the typing pauses.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh_preview)
        ui.templateCombo.currentIndexChanged.connect(lambda _i: self.refresh_preview())
        ui.offerEdit.textChanged.connect(lambda _t: self._debounce.start())
        ui.printButton.clicked.connect(self.print_letter)
        ui.saveButton.clicked.connect(self.save_pdf)
        ui.buttonBox.rejected.connect(self.reject)
        ui.printButton.setDefault(True)
        if self.refused is not None:
            self._refuse(label(i18n.EXCLUSION_REASONS, self.refused))
        else:
            ui.templateCombo.setFocus()
            self._load()

    @property
    def template(self) -> str | None:
        """The template code chosen."""
        data = self.ui.templateCombo.currentData()
        return str(data) if data else None

    # -------------------------------------------------------------- loading and preview

    def _load(self) -> None:
        database = self.context.database

        def run() -> list[tuple[str, str]]:
            return [
                (t.code, t.title)
                for t in letter_templates.list_template_sources(database.read_uow())
                if not t.problem and DocumentKind(t.kind).is_letter
            ]

        self._set_actions(False)
        letter_output.submit(self, self.context.runner, run, self._loaded, on_error=self._failed)

    def _loaded(self, templates: list[tuple[str, str]]) -> None:
        combo = self.ui.templateCombo
        combo.blockSignals(True)
        for code, title in templates:
            combo.addItem(f"{title}（{code}）", code)
        # The thank-you letter is what an operator prints most often for a caller.
        combo.setCurrentIndex(max(0, combo.findData(DEFAULT_TEMPLATE)))
        combo.blockSignals(False)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        """The page with this customer's data (on a worker; nothing is recorded)."""
        template = self.template
        if template is None or self.refused is not None:
            return
        database, operator, customer = (
            self.context.database,
            self.context.operator,
            self.customer_id,
        )
        today, offer = self.context.today(), self.ui.offerEdit.text().strip()

        def run() -> list[QImage]:
            pages = letters.letter_pages(
                database,
                operator.id,
                customer,
                template,
                today=today,
                offer_code=offer,
                preview=True,
            )
            return letter_output.render_pages(pages)

        self._set_actions(False)
        letter_output.submit(
            self,
            self.context.runner,
            run,
            self._previewed,
            on_error=self._failed,
            key=_PREVIEW_TASK,
        )

    def _previewed(self, images: list[QImage]) -> None:
        self.preview.set_images(images)
        self._set_actions(True)
        self.previewed.emit(len(images))

    # -------------------------------------------------------------- output

    def print_letter(self) -> None:
        """印刷: the system print dialog, then the letter on that printer and on the timeline."""
        template = self.template
        if template is None or self._busy or not self.ui.printButton.isEnabled():
            return
        printer = letter_output.choose_printer(self)
        if printer is None:
            return
        database, operator, customer = (
            self.context.database,
            self.context.operator,
            self.customer_id,
        )
        today, offer = self.context.today(), self.ui.offerEdit.text().strip()

        def run() -> int:
            # The printer is this run's alone; the service re-checks the customer before both
            # the pages and the record.
            job: QPrinter = printer
            pages = letters.letter_pages(
                database, operator.id, customer, template, today=today, offer_code=offer
            )
            recorded: list[int] = []
            # Recorded before the job is sent: a flag set since the preview refuses the
            # record, and the aborted job never reaches the paper.
            letter_output.print_pages_to(
                job,
                pages,
                before_sending=lambda: recorded.append(
                    letters.record_letter(database, operator.id, customer, template)
                ),
            )
            return recorded[0]

        self._start(run, self.tr("印刷しています…"), self.tr("印刷し、対応履歴に記録しました。"))

    def save_pdf(self) -> None:
        """PDFに保存: the letter as a PDF the operator chooses, recorded on the timeline."""
        template = self.template
        if template is None or self._busy or not self.ui.saveButton.isEnabled():
            return
        suggested = f"{template}_{self.card.summary.code}.pdf"
        path = letter_output.choose_pdf_path(self, suggested)
        if path is None:
            return
        database, operator, customer = (
            self.context.database,
            self.context.operator,
            self.customer_id,
        )
        today, offer = self.context.today(), self.ui.offerEdit.text().strip()

        def run() -> Path:
            return letters.write_letter(
                database, operator.id, customer, template, path, today=today, offer_code=offer
            )

        self._start(
            run,
            self.tr("PDFを作成しています…"),
            self.tr("保存し、対応履歴に記録しました: {path}").format(path=str(path)),
        )

    def _start(self, job: Callable[[], object], working: str, done: str) -> None:
        self._busy = True
        self._set_actions(False)
        self._message(working)

        def finished(_result: object) -> None:
            self._busy = False
            self._set_actions(True)
            self._message(done)
            self.printed.emit(self.customer_id)

        def failed(error: BaseException) -> None:
            self._busy = False
            self._failed(error)

        letter_output.submit(self, self.context.runner, job, finished, on_error=failed, write=True)

    def reject(self) -> None:
        """Close (Escape), except while a letter is printing: its record must reach the desk."""
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stay open until the letter printing now is recorded (a second or so)."""
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)

    # -------------------------------------------------------------- messages

    def _set_actions(self, enabled: bool) -> None:
        allowed = enabled and self.refused is None and not self._busy
        self.ui.printButton.setEnabled(allowed)
        self.ui.saveButton.setEnabled(allowed)

    def _refuse(self, reason: str) -> None:
        """No letter for this customer: say why in red and offer nothing to print."""
        ui = self.ui
        ui.refusalLabel.setText(
            self.tr(
                "このお客様には手紙を送れません（{reason}）。印刷も対応履歴への記録もできません。"
            ).format(reason=reason)
        )
        ui.refusalLabel.show()
        ui.templateCombo.setEnabled(False)
        ui.offerEdit.setEnabled(False)
        self._set_actions(False)
        self.preview.clear(self.tr("（印刷しません）"))
        ui.buttonBox.setFocus()

    def _message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, letters.LetterBatchError) and "no letter for customer" in str(error):
            # A flag set since the card was read (another desk): refuse from now on.
            self.refused = "flagged"
            self._refuse(error.message)
        else:
            self._set_actions(True)
        self._message(letter_output.error_text(error), error=True)
        if isinstance(error, MissingValueError) and error.field == "offer_code":
            self.ui.offerEdit.setFocus()  # the template prints a code: type it here
