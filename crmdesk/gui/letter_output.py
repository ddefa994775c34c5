"""What the letter windows share: page previews, printing through QPrinter, file and printer
choices, and the words for what went wrong.

Lifetimes are explicit on purpose (a previous attempt saw the interpreter abort at exit when a
printer test and a preview test ran in one process): a QPainter is always ended in the function
that began it, a QPrinter belongs to the one print run that asked for it (never a module global),
and the choosers are plain functions (tests replace them) that never leave a dialog behind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QWidget,
)
from shiboken6 import Shiboken

from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.letters import TemplateError
from crmdesk.domain.validation import ValidationError
from crmdesk.gui.i18n import QT_TRANSLATE_NOOP, translate
from crmdesk.gui.page_painter import page_image, paint_page
from crmdesk.gui.tasks import TaskRunner
from crmdesk.printing.page import Page
from crmdesk.printing.pdf import PdfWriter

__all__ = [
    "PREVIEW_DPI",
    "PagePreview",
    "PrinterError",
    "PrinterWriter",
    "archive_folder",
    "choose_csv_path",
    "choose_pdf_path",
    "choose_printer",
    "error_text",
    "no_default_button",
    "print_pages_to",
    "render_pages",
    "submit",
]

_CTX = "LetterOutput"
#: Resolution of the on-screen preview: an A4 page is about 830 pixels high.
PREVIEW_DPI = 72.0


class PrinterError(CrmdeskError):
    """The printer could not be opened or refused a page (nothing was recorded)."""

    code = "E410"


def no_default_button(box: QDialogButtonBox) -> None:
    """Enter in a field must never reach 閉じる and close the window."""
    for button in box.buttons():
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)


def submit(
    owner: QWidget,
    runner: TaskRunner,
    fn: Callable[[], Any],
    on_result: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    **options: Any,
) -> int:
    """``runner.submit`` whose callbacks are dropped once ``owner`` was deleted (a window closed
    while its work was still running must not be touched by the late result)."""

    def result(value: Any) -> None:
        if Shiboken.isValid(owner):
            on_result(value)

    def error(exc: BaseException) -> None:
        if Shiboken.isValid(owner):
            on_error(exc)

    return runner.submit(fn, result, on_error=error, **options)


def render_pages(pages: Sequence[Page], dpi: float = PREVIEW_DPI) -> list[QImage]:
    """The preview images of ``pages`` (QImage: safe on a worker thread, unlike QPixmap)."""
    return [page_image(page, dpi) for page in pages]


def print_pages_to(
    printer: QPrinter, pages: Sequence[Page], before_sending: Callable[[], object] | None = None
) -> int:
    """Paint ``pages`` on ``printer`` and send the job; the page count (PrinterError if not).

    ``before_sending`` runs after the last page is painted and before the job goes out (the
    letter's record, which re-checks DM不要 / 宛所不明): if it raises, or painting fails, the
    job is aborted and nothing reaches the paper.
    """
    painter = QPainter()
    ready = False
    try:
        for number, page in enumerate(pages):
            _paint_on(printer, painter, page, number)
        if before_sending is not None:
            before_sending()
        ready = True
    finally:
        if painter.isActive():
            if not ready:
                printer.abort()
            painter.end()
    return len(pages)


def _paint_on(printer: QPrinter, painter: QPainter, page: Page, number: int) -> None:
    """Page ``number`` (from 0) of a print job: the first opens the job, the others a new
    sheet; PrinterError when the printer refuses."""
    if number == 0:
        if not painter.begin(printer):
            raise PrinterError("the printer could not be opened; nothing was printed")
    elif not printer.newPage():
        raise PrinterError(f"the printer refused page {number + 1}")
    rect = printer.pageRect(QPrinter.Unit.DevicePixel)
    paint_page(painter, page, rect.width() / page.width)


class PrinterWriter:
    """``run_batch``'s writer for the printer path: every page goes to the printer *and* to an
    archive PDF (what was printed stays readable, and run_batch moves it into place).

    The printer job is only opened here; :meth:`finish` sends it after the batch was recorded,
    :meth:`abort` drops it when the batch was cancelled or failed, so a batch that is not
    recorded is not printed either.
    """

    def __init__(self, printer: QPrinter, path: Path, title: str) -> None:
        self._printer = printer
        self._pdf = PdfWriter(path, title=title, subject="letters batch (printed)")
        self._painter = QPainter()
        self.pages = 0

    def __enter__(self) -> PrinterWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self._pdf.close()

    def add(self, page: Page) -> None:
        """One page to the archive PDF and to the printer."""
        self._pdf.add(page)
        if self.pages == 0:
            self._printer.setDocName(self._pdf.path.stem)
        _paint_on(self._printer, self._painter, page, self.pages)
        self.pages += 1

    def finish(self) -> None:
        """Send the job to the printer (after the batch was recorded)."""
        if self._painter.isActive():
            self._painter.end()

    def abort(self) -> None:
        """Drop the job: nothing of a cancelled or failed batch reaches the paper."""
        if self._painter.isActive():
            self._printer.abort()
            self._painter.end()


class PagePreview:
    """Shows one page image at a time in a label, with previous / next buttons."""

    def __init__(
        self, image: QLabel, counter: QLabel, previous: QPushButton, following: QPushButton
    ) -> None:
        self._image, self._counter = image, counter
        self._previous, self._next = previous, following
        self._pixmaps: list[QPixmap] = []
        self.index = 0
        previous.clicked.connect(lambda: self.show(self.index - 1))
        following.clicked.connect(lambda: self.show(self.index + 1))
        self.clear()

    @property
    def count(self) -> int:
        """Pages shown."""
        return len(self._pixmaps)

    def set_images(self, images: Sequence[QImage]) -> None:
        """Show these pages (converted to pixmaps here, on the GUI thread)."""
        self._pixmaps = [QPixmap.fromImage(image) for image in images]
        self.show(0)

    def clear(self, text: str = "") -> None:
        """No pages (``text`` in their place)."""
        self._pixmaps = []
        self._image.clear()
        self._image.setText(text)
        self._update()

    def show(self, index: int) -> None:
        """Page ``index`` (0-based), clamped."""
        if not self._pixmaps:
            return
        self.index = max(0, min(index, len(self._pixmaps) - 1))
        self._image.setPixmap(self._pixmaps[self.index])
        self._update()

    def _update(self) -> None:
        n = len(self._pixmaps)
        self._counter.setText(f"{self.index + 1} / {n}" if n else "–")
        self._previous.setEnabled(n > 0 and self.index > 0)
        self._next.setEnabled(n > 0 and self.index < n - 1)


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def archive_folder() -> Path:
    """Where the PDF copy of a batch sent to a printer is kept (the user's data folder)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return (Path(found) if found else Path.home() / ".crmdesk") / "printed"


def archive_path(kind: str, segment: str) -> Path:
    """``…/printed/20261206-235959_dm_dormant_90.pdf``."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return archive_folder() / f"{stamp}_{kind}_{segment}.pdf"


def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save a PDF (None: cancelled). Tests replace this."""
    title = translate(_CTX, QT_TRANSLATE_NOOP("LetterOutput", "PDFの保存先"))
    pdf = translate(_CTX, QT_TRANSLATE_NOOP("LetterOutput", "PDF (*.pdf)"))
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(_documents() / suggested), pdf)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def choose_csv_path(parent: QWidget, suggested: str) -> Path | None:
    """Ask where to save the mailing list (None: cancelled). Tests replace this."""
    title = translate(_CTX, QT_TRANSLATE_NOOP("LetterOutput", "宛名リストの保存先"))
    csv = translate(_CTX, QT_TRANSLATE_NOOP("LetterOutput", "CSV (*.csv)"))
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(_documents() / suggested), csv)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".csv" else path.with_suffix(".csv")


def choose_printer(parent: QWidget) -> QPrinter | None:
    """The system print dialog; the chosen printer, or None. Tests replace this.

    The printer is returned to the caller, who owns it for one print run; the dialog is
    deleted before this returns.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(printer.pageLayout().pageSize())
    dialog = QPrintDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    return printer if accepted else None


def error_text(error: BaseException) -> str:
    """What went wrong, for the message line: the code and the service's sentence."""
    if isinstance(error, ValidationError):
        return "\n".join(e.message for e in error.errors)
    if isinstance(error, TemplateError):
        where = translate(_CTX, QT_TRANSLATE_NOOP("LetterOutput", "テンプレートの誤り"))
        return f"{where}（{error.code}）: {error.message}"
    if isinstance(error, CrmdeskError):
        return f"{error.code}: {error.message}"
    if isinstance(error, OSError):
        text = translate(
            _CTX, QT_TRANSLATE_NOOP("LetterOutput", "ファイルを書けませんでした: {detail}")
        )
        return text.format(detail=str(error))
    return repr(error)
