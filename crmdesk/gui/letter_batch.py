"""DM・手紙の一括印刷: the supervisor's batch run (issue 6), a thin view over services.letters.

Choose the document kind, the segment (follow-up rules with a letter channel are segments too),
the template, the business date, a limit and an offer code; 候補を確認 runs
``preview_batch`` on a worker and shows how many get a letter, every customer who does not and
why (:class:`ExclusionsModel`), and the first pages as they will print. 実行 writes the PDF (or
prints through the system print dialog, keeping a PDF copy) and the optional mailing list in a
worker with a progress bar and 中止; the service records the batch and a mailing per customer only
when the document is complete, so a cancelled run leaves nothing. The window is shown only to
roles with Permission.BATCH_PRINT and the service checks the same permission.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from crmdesk.domain.letters import BATCH_KINDS, DocumentKind, MissingValueError
from crmdesk.domain.segments import Segment
from crmdesk.gui import i18n, letter_output
from crmdesk.gui.dialogs.base import ERROR_COLOUR, DeskContext
from crmdesk.gui.forms.ui_letter_batch_dialog import Ui_LetterBatchDialog
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP, label
from crmdesk.gui.letter_output import PagePreview, PrinterWriter
from crmdesk.gui.models import RowsTableModel
from crmdesk.services import letter_templates, letters
from crmdesk.services.letters import BatchRequest, BatchResult, Exclusion

__all__ = ["COLUMNS", "ExclusionsModel", "LetterBatchDialog"]

_CTX = "ExclusionsModel"
COLUMNS = (
    QT_TRANSLATE_NOOP("ExclusionsModel", "顧客番号"),
    QT_TRANSLATE_NOOP("ExclusionsModel", "お名前"),
    QT_TRANSLATE_NOOP("ExclusionsModel", "送付しない理由"),
)
COL_CODE, COL_NAME, COL_REASON = range(3)
#: Pages of the preview (the first letters of the batch).
PREVIEW_PAGES = 3
_INDEX = QModelIndex | QPersistentModelIndex
_PREVIEW_TASK = "letter-batch-preview"


class ExclusionsModel(RowsTableModel):
    """The customers of the segment who get nothing, one row each, with the reason."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_CTX, COLUMNS, parent)

    def exclusion(self, row: int) -> Exclusion:
        """The exclusion shown in ``row``."""
        return self.row(row)

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text (the reason translated); the reason code as UserRole."""
        row = self._cell_row(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row.reason.value
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        cells = {
            COL_CODE: row.code,
            COL_NAME: row.name,
            COL_REASON: label(i18n.EXCLUSION_REASONS, row.reason.value),
        }
        return cells.get(index.column())


@dataclass(frozen=True)
class _Catalogue:
    segments: list[Segment]
    #: (code, title, kind) of every template.
    templates: list[tuple[str, str, str]]


class _Progress(QObject):
    """Carries progress from the worker to the GUI thread (a queued signal)."""

    advanced = Signal(int, int)


class LetterBatchDialog(QDialog):
    """The batch run (see the module docstring). ``finished_batch`` carries the BatchResult."""

    finished_batch = Signal(object)
    # The preview is on screen (the BatchResult of preview_batch).
    previewed = Signal(object)
    # A run failed or was cancelled (the message shown).
    failed = Signal(str)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LetterBatchDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.preview_request: BatchRequest | None = None
        self._segments: list[Segment] = []
        self._templates: list[tuple[str, str, str]] = []
        self._cancel: threading.Event | None = None
        self._progress = _Progress(self)
        self._progress.advanced.connect(self._advanced)
        ui = self.ui
        self.model = ExclusionsModel(self)
        ui.exclusionsView.setModel(self.model)
        header = ui.exclusionsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.preview = PagePreview(
            ui.previewImage, ui.pageLabel, ui.previousPageButton, ui.nextPageButton
        )
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        for kind in BATCH_KINDS:
            ui.kindCombo.addItem(label(i18n.DOCUMENT_KINDS, kind.value), kind.value)
        ui.encodingCombo.addItem(self.tr("Shift_JIS（CP932）"), "cp932")
        ui.encodingCombo.addItem(self.tr("UTF-8"), "utf-8")
        today = context.today()
        ui.todayEdit.setDate(QDate(today.year, today.month, today.day))
        ui.progressBar.hide()
        ui.cancelRunButton.hide()
        ui.messageLabel.hide()
        ui.runButton.setEnabled(False)
        ui.kindCombo.currentIndexChanged.connect(self._kind_chosen)
        ui.segmentCombo.currentIndexChanged.connect(self._segment_chosen)
        for widget in (ui.kindCombo, ui.segmentCombo, ui.templateCombo):
            widget.currentIndexChanged.connect(self._request_changed)
        ui.todayEdit.dateChanged.connect(self._request_changed)
        ui.limitSpin.valueChanged.connect(self._request_changed)
        ui.offerEdit.textChanged.connect(self._request_changed)
        ui.previewButton.clicked.connect(self.run_preview)
        ui.runButton.clicked.connect(self.run_batch)
        ui.cancelRunButton.clicked.connect(self.cancel_run)
        ui.mailingListCheck.toggled.connect(ui.encodingCombo.setEnabled)
        ui.encodingCombo.setEnabled(False)
        ui.buttonBox.rejected.connect(self.reject)
        # Enter in a field must not close the window (閉じる is no default button).
        letter_output.no_default_button(ui.buttonBox)
        # F5 previews again, Ctrl+Enter runs: the supervisor keeps the hands on the keyboard.
        QShortcut(QKeySequence("F5"), self, self.run_preview)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.run_batch)
        ui.kindCombo.setFocus()
        self._load()

    # -------------------------------------------------------------- the request

    def _load(self) -> None:
        database = self.context.database

        def run() -> _Catalogue:
            templates = [
                (t.code, t.title, t.kind)
                for t in letter_templates.list_template_sources(database.read_uow())
                if not t.problem
            ]
            return _Catalogue(letters.list_segments(), templates)

        letter_output.submit(
            self, self.context.runner, run, self._loaded, on_error=self._show_failure
        )

    def _loaded(self, catalogue: _Catalogue) -> None:
        self._segments = catalogue.segments
        self._templates = catalogue.templates
        combo = self.ui.segmentCombo
        combo.blockSignals(True)
        combo.clear()
        for segment in self._segments:
            combo.addItem(f"{segment.label}（{segment.name}）", segment.name)
        combo.blockSignals(False)
        self._kind_chosen()

    @property
    def kind(self) -> DocumentKind:
        """The document kind chosen."""
        return DocumentKind(self.ui.kindCombo.currentData() or DocumentKind.THANKYOU.value)

    def _segment(self) -> Segment | None:
        name = self.ui.segmentCombo.currentData()
        return next((s for s in self._segments if s.name == name), None)

    def _kind_chosen(self, _index: int = 0) -> None:
        kind = self.kind
        combo = self.ui.templateCombo
        combo.blockSignals(True)
        combo.clear()
        if kind in (DocumentKind.LABELS, DocumentKind.ENVELOPES):
            combo.addItem(self.tr("（テンプレートなし）"), None)
            combo.setEnabled(False)
        else:
            combo.setEnabled(True)
            combo.addItem(self._default_template_text(), None)
            for code, title, template_kind in self._templates:
                is_flyer = template_kind == DocumentKind.FLYER.value
                if is_flyer == (kind is DocumentKind.FLYER):
                    combo.addItem(f"{title}（{code}）", code)
        combo.blockSignals(False)
        self._request_changed()

    def _default_template_text(self) -> str:
        segment = self._segment()
        if self.kind is not DocumentKind.FLYER and segment is not None and segment.template:
            return self.tr("セグメントの既定（{code}）").format(code=segment.template)
        return self.tr("種類の既定")

    def _segment_chosen(self, _index: int) -> None:
        if self.ui.templateCombo.count() and self.ui.templateCombo.itemData(0) is None:
            self.ui.templateCombo.setItemText(0, self._default_template_text())

    def request(self) -> BatchRequest:
        """The batch the form describes."""
        ui = self.ui
        d = ui.todayEdit.date()
        limit = ui.limitSpin.value()
        template = ui.templateCombo.currentData()
        return BatchRequest(
            kind=self.kind,
            segment=str(ui.segmentCombo.currentData() or ""),
            today=dt.date(d.year(), d.month(), d.day()),
            limit=limit or None,
            template=str(template) if template else None,
            offer_code=ui.offerEdit.text().strip(),
        )

    def _request_changed(self, *_args: object) -> None:
        # What was previewed is no longer what would run: preview again first.
        if self.preview_request is not None and self.preview_request != self.request():
            self.preview_request = None
            self.ui.runButton.setEnabled(False)
            self.ui.summaryLabel.setText(
                self.tr("条件が変わりました。もう一度「候補を確認」を押してください。")
            )

    # -------------------------------------------------------------- preview

    def run_preview(self) -> None:
        """候補を確認: the exclusions and the first pages, on a worker (nothing is recorded)."""
        if self._cancel is not None or not self.ui.segmentCombo.currentData():
            return
        request = self.request()
        database, operator = self.context.database, self.context.operator

        def run() -> tuple[BatchResult, list[QImage]]:
            result, pages = letters.preview_batch(
                database, operator.id, request, pages=PREVIEW_PAGES
            )
            return result, letter_output.render_pages(pages)

        self.ui.previewButton.setEnabled(False)
        self.ui.summaryLabel.setText(self.tr("候補を確認しています…"))
        self._message("")
        letter_output.submit(
            self,
            self.context.runner,
            run,
            lambda outcome: self._previewed(request, *outcome),
            on_error=self._preview_failed,
            key=_PREVIEW_TASK,
        )

    def _previewed(self, request: BatchRequest, result: BatchResult, images: list[QImage]) -> None:
        self.ui.previewButton.setEnabled(True)
        self.preview_request = request
        self.model.set_rows(result.exclusions)
        counts: dict[str, int] = {}
        for e in result.exclusions:
            counts[e.reason.value] = counts.get(e.reason.value, 0) + 1
        reasons = "、".join(
            f"{label(i18n.EXCLUSION_REASONS, code)} {n}" for code, n in counts.items()
        )
        self.ui.summaryLabel.setText(
            self.tr("送付 {letters} 名・送付しない {excluded} 名{reasons}").format(
                letters=len(result.printed),
                excluded=len(result.exclusions),
                reasons=f"（{reasons}）" if reasons else "",
            )
        )
        if images:
            self.preview.set_images(images)
        else:
            self.preview.clear(self.tr("印刷するページはありません。"))
        self.ui.runButton.setEnabled(bool(result.printed))
        self.previewed.emit(result)

    def _preview_failed(self, error: BaseException) -> None:
        self.ui.previewButton.setEnabled(True)
        self.preview_request = None
        self.ui.runButton.setEnabled(False)
        self.ui.summaryLabel.setText(self.tr("候補を確認できませんでした。"))
        self.model.set_rows([])
        self.preview.clear()
        self._show_failure(error)

    # -------------------------------------------------------------- the run

    def run_batch(self) -> None:
        """実行: ask for the files (or the printer), then print and record on a worker."""
        request = self.preview_request
        if request is None or self._cancel is not None or not self.ui.runButton.isEnabled():
            return
        stem = f"{request.kind.value}_{request.segment}_{request.today}"
        printer: QPrinter | None = None
        if self.ui.printerRadio.isChecked():
            printer = letter_output.choose_printer(self)
            if printer is None:
                return
            out = letter_output.archive_path(request.kind.value, request.segment)
        else:
            chosen = letter_output.choose_pdf_path(self, f"{stem}.pdf")
            if chosen is None:
                return
            out = chosen
        mailing_list: Path | None = None
        encoding = str(self.ui.encodingCombo.currentData())
        if self.ui.mailingListCheck.isChecked():
            mailing_list = letter_output.choose_csv_path(self, f"{stem}.csv")
            if mailing_list is None:
                return
        self._start(request, out, mailing_list, encoding, printer)

    def _start(
        self,
        request: BatchRequest,
        out: Path,
        mailing_list: Path | None,
        encoding: str,
        printer: QPrinter | None,
    ) -> None:
        database, operator = self.context.database, self.context.operator
        cancel = threading.Event()
        self._cancel = cancel
        progress = self._progress

        def run() -> BatchResult:
            # Worker thread: the printer belongs to this run only, and is let go when it ends.
            writers: list[PrinterWriter] = []

            def to_printer(path: Path, title: str) -> PrinterWriter:
                assert printer is not None
                writers.append(PrinterWriter(printer, path, title))
                return writers[-1]

            try:
                result = letters.run_batch(
                    database,
                    operator.id,
                    request,
                    out=out,
                    mailing_list=mailing_list,
                    encoding=encoding,
                    progress=progress.advanced.emit,
                    cancelled=cancel.is_set,
                    writer=to_printer if printer is not None else None,
                )
            except BaseException:
                for writer in writers:
                    writer.abort()
                raise
            # Recorded: now the job goes to the printer.
            for writer in writers:
                writer.finish()
            return result

        self._set_running(True)
        self._message(self.tr("印刷しています…"))
        letter_output.submit(
            self, self.context.runner, run, self._done, on_error=self._run_failed, write=True
        )

    def cancel_run(self) -> None:
        """中止: the run stops at its next check; nothing is written or recorded."""
        if self._cancel is not None:
            self._cancel.set()
            self.ui.cancelRunButton.setEnabled(False)
            self._message(self.tr("中止しています…"))

    def _advanced(self, done: int, total: int) -> None:
        bar = self.ui.progressBar
        bar.setMaximum(max(total, 1))
        bar.setValue(min(done, max(total, 1)))

    def _set_running(self, running: bool) -> None:
        ui = self.ui
        ui.progressBar.setVisible(running)
        ui.cancelRunButton.setVisible(running)
        ui.cancelRunButton.setEnabled(running)
        if running:
            ui.progressBar.setValue(0)
            ui.progressBar.setMaximum(0)  # busy until the first report
            ui.cancelRunButton.setFocus()
        for widget in (ui.previewButton, ui.runButton, ui.buttonBox):
            widget.setEnabled(not running)
        if not running:
            self._cancel = None

    def _done(self, result: BatchResult) -> None:
        self._set_running(False)
        self.ui.runButton.setEnabled(False)  # one run per preview: no double batch by Enter
        self.preview_request = None
        text = self.tr(
            "{letters} 通（{pages} ページ）を出力し、記録しました（バッチ {batch}）。"
        ).format(letters=len(result.printed), pages=result.pages, batch=result.batch_id)
        text += "\n" + self.tr("PDF: {path}").format(path=str(result.pdf))
        if result.mailing_list is not None:
            text += "\n" + self.tr("宛名リスト: {path}").format(path=str(result.mailing_list))
        if result.encoding_losses:
            text += "\n" + self.tr("Shift_JIS にない文字を〓にしたお客様: {codes}").format(
                codes=", ".join(result.encoding_losses[:20])
            )
        self._message(text)
        self.finished_batch.emit(result)

    def _run_failed(self, error: BaseException) -> None:
        self._set_running(False)
        self.ui.runButton.setEnabled(self.preview_request is not None)
        self._show_failure(error)

    # -------------------------------------------------------------- messages

    def _message(self, text: str, *, error: bool = False) -> None:
        label_ = self.ui.messageLabel
        label_.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        label_.setText(text)
        label_.setVisible(bool(text))

    def _show_failure(self, error: BaseException) -> None:
        text = letter_output.error_text(error)
        self._message(text, error=True)
        if isinstance(error, MissingValueError) and error.field == "offer_code":
            self.ui.offerEdit.setFocus()  # the field the batch needs
        self.failed.emit(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        """A running batch is cancelled and the window stays until it has stopped."""
        if self._cancel is not None:
            self.cancel_run()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        """Close (Escape): a running batch is cancelled, never left half-done."""
        if self._cancel is not None:
            self.cancel_run()
            return
        super().reject()
