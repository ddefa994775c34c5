"""手紙テンプレートの編集: a supervisor edits a letter template, previews it on a real customer.

The list holds every template of resources/templates; a supervisor's saved edit replaces the
shipped text on every desk (crmdesk.services.letter_templates keeps it in the shared settings,
versioned and audited, like the retention scripts). The preview lays the *unsaved* text out for
the customer whose code is typed, so a supervisor sees the letter before anyone prints it; an
unknown placeholder, bad TOML or a missing logo or seal file is a message naming it (and the
cursor goes to the line), and nothing is saved. Shown only to roles with
Permission.EDIT_SCRIPTS; the service checks the same permission.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QImage, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QDialog, QWidget

from crmdesk.domain.errors import ConflictError
from crmdesk.domain.letters import PLACEHOLDERS, TemplateError
from crmdesk.gui import i18n, letter_output
from crmdesk.gui.dialogs.base import ERROR_COLOUR, DeskContext
from crmdesk.gui.forms.ui_template_editor_dialog import Ui_TemplateEditorDialog
from crmdesk.gui.i18n import label
from crmdesk.gui.letter_output import PagePreview
from crmdesk.services import letter_templates
from crmdesk.services.letter_templates import TemplatePreview, TemplateSource

__all__ = ["TemplateEditorDialog"]

_PREVIEW_TASK = "template-preview"


class TemplateEditorDialog(QDialog):
    """The template editor (see the module docstring)."""

    # The preview is on screen (the TemplatePreview), for tests and the screenshot.
    previewed = Signal(object)
    # A message was shown (its text; error or not), for tests.
    messageShown = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TemplateEditorDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.source: TemplateSource | None = None
        self._sources: list[TemplateSource] = []
        ui = self.ui
        ui.sourceEdit.setFont(QFont("IPAexGothic"))
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setStretchFactor(2, 3)
        ui.templateList.setMinimumWidth(250)
        ui.templateList.setWordWrap(True)
        ui.splitter.setSizes([260, 480, 540])
        ui.placeholdersLabel.setText(
            self.tr("差し込みに使えるもの: {names}").format(
                names=" ".join(f"{{{name}}}" for name in PLACEHOLDERS)
            )
        )
        ui.placeholdersLabel.setToolTip(
            "\n".join(f"{{{name}}}: {text}" for name, text in PLACEHOLDERS.items())
        )
        ui.messageLabel.hide()
        self.preview = PagePreview(
            ui.previewImage, ui.pageLabel, ui.previousPageButton, ui.nextPageButton
        )
        ui.templateList.currentRowChanged.connect(self._chosen)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)
        ui.previewButton.clicked.connect(self.run_preview)
        ui.customerEdit.returnPressed.connect(self.run_preview)
        ui.buttonBox.rejected.connect(self.reject)
        # Enter in the customer code previews; it must never reach 閉じる and close the editor.
        letter_output.no_default_button(ui.buttonBox)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("F5"), self, self.run_preview)
        self._load()

    # -------------------------------------------------------------- loading

    def _load(self, select: str | None = None) -> None:
        database = self.context.database

        def run() -> list[TemplateSource]:
            return letter_templates.list_template_sources(database.read_uow())

        letter_output.submit(
            self,
            self.context.runner,
            run,
            lambda found: self._loaded(found, select),
            on_error=self._failed,
        )

    def _loaded(self, sources: list[TemplateSource], select: str | None) -> None:
        self._sources = sources
        view = self.ui.templateList
        view.blockSignals(True)
        view.clear()
        for s in sources:
            edited = self.tr("（編集済み 第{version}版）").format(version=s.version)
            kind = label(i18n.DOCUMENT_KINDS, s.kind) if s.kind else self.tr("（読めません）")
            view.addItem(f"{s.code}\n{s.title or '—'}・{kind}{edited if s.customised else ''}")
        view.blockSignals(False)
        codes = [s.code for s in sources]
        view.setCurrentRow(codes.index(select) if select in codes else 0)
        self._chosen(view.currentRow())

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self._sources):
            self.show_source(self._sources[row])

    def show_source(self, source: TemplateSource) -> None:
        """Put a template's current text in the editor."""
        self.source = source
        ui = self.ui
        if source.customised:
            text = self.tr(
                "{code}: 第{version}版（{who}、{when}）。保存すると第{next}版になります。"
            ).format(
                code=source.code,
                version=source.version,
                who=source.updated_by or "—",
                when=i18n.format_when(source.updated_at) if source.updated_at else "—",
                next=source.version + 1,
            )
        else:
            text = self.tr(
                "{code}: 出荷時の内容。保存すると第{next}版になり、すべての端末で使われます。"
            ).format(code=source.code, next=source.version + 1)
        ui.versionLabel.setText(text)
        ui.revertButton.setEnabled(source.customised)
        ui.sourceEdit.setPlainText(source.source)
        if source.problem:
            self._message(source.problem, error=True)
        else:
            self._message("")

    # -------------------------------------------------------------- preview

    def run_preview(self) -> None:
        """The unsaved text for the customer typed (on a worker; nothing is saved or printed)."""
        if self.source is None:
            return
        code_text = self.ui.customerEdit.text().strip()
        if not code_text:
            self._message(self.tr("お客様番号を入力してください（例: C0000001）。"), error=True)
            self.ui.customerEdit.setFocus()
            return
        database, operator = self.context.database, self.context.operator
        code, text, today = self.source.code, self.ui.sourceEdit.toPlainText(), self.context.today()

        def run() -> tuple[TemplatePreview, list[QImage]]:
            shown = letter_templates.preview_template(
                database, operator.id, code, text, code_text, today=today, offer_code="SAMPLE"
            )
            return shown, letter_output.render_pages(shown.pages)

        self.ui.previewStatus.setText(self.tr("プレビューを作成しています…"))
        letter_output.submit(
            self,
            self.context.runner,
            run,
            lambda outcome: self._previewed(*outcome),
            on_error=self._preview_failed,
            key=_PREVIEW_TASK,
        )

    def _previewed(self, shown: TemplatePreview, images: list[QImage]) -> None:
        status = self.ui.previewStatus
        caption = self.tr("{name} 様（{code}）").format(
            name=shown.customer_name, code=shown.customer_code
        )
        if shown.excluded is not None:
            status.setStyleSheet(f"color: {ERROR_COLOUR};")
            status.setText(
                self.tr("{caption}: このお客様には送付されません（{reason}）。").format(
                    caption=caption, reason=label(i18n.EXCLUSION_REASONS, shown.excluded.value)
                )
            )
        else:
            status.setStyleSheet("")
            status.setText(caption)
        self.preview.set_images(images)
        self._message("")
        self.previewed.emit(shown)

    def _preview_failed(self, error: BaseException) -> None:
        self.ui.previewStatus.clear()
        self.preview.clear(self.tr("（プレビューできません）"))
        self._failed(error)

    # -------------------------------------------------------------- saving

    def save(self) -> None:
        """Save the text as the next version (checked first; nothing is saved on an error)."""
        if self.source is None:
            return
        database, operator = self.context.database, self.context.operator
        code, expected = self.source.code, self.source.version
        text, note = self.ui.sourceEdit.toPlainText(), self.ui.noteEdit.text()

        def run() -> TemplateSource:
            return letter_templates.save_template(
                database.uow(), operator.id, code, text, expected_version=expected, note=note
            )

        letter_output.submit(
            self, self.context.runner, run, self._saved, on_error=self._failed, write=True
        )

    def _saved(self, source: TemplateSource) -> None:
        self.ui.noteEdit.clear()
        self._load(select=source.code)
        self._message(
            self.tr("{code} を第{version}版として保存しました。").format(
                code=source.code, version=source.version
            )
        )

    def revert(self) -> None:
        """Back to the shipped text (the edit is kept in the audit log)."""
        if self.source is None or not self.source.customised:
            return
        database, operator = self.context.database, self.context.operator
        code, expected = self.source.code, self.source.version

        def run() -> TemplateSource:
            return letter_templates.revert_template(
                database.uow(), operator.id, code, expected_version=expected
            )

        def reverted(source: TemplateSource) -> None:
            self._load(select=source.code)
            self._message(self.tr("{code} を出荷時の内容に戻しました。").format(code=source.code))

        letter_output.submit(
            self, self.context.runner, run, reverted, on_error=self._failed, write=True
        )

    # -------------------------------------------------------------- messages

    def _message(self, text: str, *, error: bool = False) -> None:
        self.ui.messageLabel.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))
        if text:
            self.messageShown.emit(text)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ConflictError):
            text = self.tr(
                "他のSVが先に保存しました。内容を確かめてから開き直してください（{code}）。"
            ).format(code=error.code)
        else:
            text = letter_output.error_text(error)
        self._message(text, error=True)
        if isinstance(error, TemplateError) and error.line:
            # The cursor to the line the message names: the supervisor fixes it at once.
            block = self.ui.sourceEdit.document().findBlockByNumber(error.line - 1)
            if block.isValid():
                cursor = QTextCursor(block)
                cursor.select(QTextCursor.SelectionType.LineUnderCursor)
                self.ui.sourceEdit.setTextCursor(cursor)
                self.ui.sourceEdit.setFocus()
