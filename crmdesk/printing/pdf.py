"""Writing pages (crmdesk.printing.page) to a PDF with reportlab, one page at a time.

Each page goes to the file as soon as it is drawn (crmdesk.printing.streaming): memory stays
flat whatever the number of pages. The bundled fonts are registered once per process and
embedded as subsets at the end. A :class:`Group`
is drawn once into a form XObject (``beginForm``/``doForm``) and placed on every page that has
it: the fixed text of a letter costs one ``Do`` per page instead of hundreds of glyph runs.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from reportlab import rl_config
from reportlab.lib.utils import ImageReader

from crmdesk import __version__
from crmdesk.printing.fonts import GOTHIC, register_pdf_fonts
from crmdesk.printing.page import Group, Image, Line, Op, Page, Rect, Text
from crmdesk.printing.streaming import StreamingCanvas

__all__ = ["PdfWriter", "write_pages"]


class PdfWriter:
    """``with PdfWriter(path, title=…) as pdf: pdf.add(page)``; the file is complete on exit.

    Output is reproducible (reportlab's invariant mode): the same pages give the same bytes.
    Leaving the block by an exception closes the file unfinished (the caller removes it).
    """

    def __init__(self, path: Path, *, title: str, subject: str = "") -> None:
        register_pdf_fonts()
        # Binary (Flate only) streams: ASCII85 on top makes files 25 % larger and costs a third
        # of a batch's time in reportlab's encoder. Read when the file is written.
        rl_config.useA85 = 0
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._file = path.open("wb")
        try:
            # initialFontName: otherwise reportlab declares a non-embedded Helvetica on every page.
            self._canvas = StreamingCanvas(
                self._file, invariant=True, pageCompression=1, initialFontName=GOTHIC
            )
        except BaseException:
            self._file.close()
            raise
        self._canvas.setTitle(title)
        self._canvas.setAuthor("crmdesk")
        self._canvas.setSubject(f"crmdesk {__version__} {subject}".strip())
        self._forms: dict[str, str] = {}
        self._images: dict[str, ImageReader] = {}
        self.pages = 0

    def __enter__(self) -> PdfWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self._file.close()

    def add(self, page: Page) -> None:
        """Draw ``page`` and start the next one."""
        canvas = self._canvas
        canvas.setPageSize((page.width, page.height))
        self._draw(page.ops)
        canvas.showPage()
        self.pages += 1

    def close(self) -> None:
        """Write the fonts, the page tree and the cross-reference table, and close the file."""
        try:
            if self.pages == 0:
                self._canvas.showPage()  # a PDF needs a page; an empty batch writes a blank one
            self._canvas.save()
        finally:
            self._file.close()

    # ---------------------------------------------------------------- drawing

    def _draw(self, ops: tuple[Op, ...]) -> None:
        canvas = self._canvas
        font: tuple[str, float] | None = None
        fill: tuple[float, float, float] | None = None
        for op in ops:
            if isinstance(op, Text):
                if font != (op.font, op.size):
                    canvas.setFont(op.font, op.size)
                    font = (op.font, op.size)
                if fill != op.color:
                    canvas.setFillColorRGB(*op.color)
                    fill = op.color
                self._text_op(op)
            elif isinstance(op, Group):
                self._group(op)
            elif isinstance(op, Line):
                canvas.setLineWidth(op.width)
                canvas.setStrokeColorRGB(*op.color)
                canvas.line(op.x1, op.y1, op.x2, op.y2)
            elif isinstance(op, Rect):
                canvas.setLineWidth(op.width)
                canvas.setStrokeColorRGB(*op.color)
                if op.fill_color is not None:
                    canvas.setFillColorRGB(*op.fill_color)
                    fill = op.fill_color
                canvas.rect(op.x, op.y, op.w, op.h, stroke=1, fill=int(op.fill_color is not None))
            else:
                self._image(op)

    def _text_op(self, op: Text) -> None:
        canvas = self._canvas
        if op.invisible:
            text = canvas.beginText(op.x, op.y)
            text.setTextRenderMode(3)  # neither filled nor stroked: a search layer
            text.setFont(op.font, op.size)
            text.textOut(op.text)
            canvas.drawText(text)
        elif op.angle:
            canvas.saveState()
            canvas.translate(op.x, op.y)
            canvas.rotate(op.angle)
            self._text(0.0, 0.0, op)
            canvas.restoreState()
        else:
            self._text(op.x, op.y, op)

    def _group(self, op: Group) -> None:
        canvas = self._canvas
        name = self._forms.get(op.key)
        if name is None:
            name = self._form(op)
        if op.dx or op.dy:
            canvas.saveState()
            canvas.translate(op.dx, op.dy)
            canvas.doForm(name)
            canvas.restoreState()
        else:
            canvas.doForm(name)

    def _text(self, x: float, y: float, op: Text) -> None:
        if op.anchor == "left":
            self._canvas.drawString(x, y, op.text)
        elif op.anchor == "center":
            self._canvas.drawCentredString(x, y, op.text)
        else:
            self._canvas.drawRightString(x, y, op.text)

    def _form(self, group: Group) -> str:
        """Draw ``group``'s operations (unmoved) into a new form XObject; return its name."""
        name = f"G{len(self._forms)}"
        canvas = self._canvas
        width, height = canvas._pagesize  # the form spans the page
        canvas.beginForm(name, lowerx=-width, lowery=-height, upperx=2 * width, uppery=2 * height)
        self._draw(group.ops)
        canvas.endForm()
        self._forms[group.key] = name
        return name

    def _image(self, op: Image) -> None:
        reader = self._images.get(op.path)
        if reader is None:
            reader = self._images[op.path] = ImageReader(op.path)
        self._canvas.drawImage(
            reader, op.x, op.y, op.w, op.h, preserveAspectRatio=True, anchor="c", mask="auto"
        )


def write_pages(path: Path, pages: list[Page], *, title: str, subject: str = "") -> Path:
    """Write ``pages`` to ``path`` and return it (single documents and tests)."""
    with PdfWriter(path, title=title, subject=subject) as pdf:
        for page in pages:
            pdf.add(page)
    return path
