"""Painting crmdesk.printing pages with QPainter: the preview image and printing through QPrinter.

PySide6-Essentials has no PDF renderer (no QtPdf), so the preview does not read the PDF back: it
paints the same page operations the PDF writer draws (crmdesk.printing.page), with the same
bundled fonts registered for Qt. A QPrinter is just another paint device, so printing to a
printer (or to a PDF through QPrinter) uses the same code. Both can run on a worker thread
(QImage and QPrinter are not widgets).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPixmap

from crmdesk.printing.page import Group, Image, Line, Op, Page, Rect, Text


def _color(rgb: tuple[float, float, float]) -> QColor:
    return QColor.fromRgbF(*rgb)


def paint_page(painter: QPainter, page: Page, scale: float) -> None:
    """Paint ``page`` with ``scale`` device pixels per point (origin top left, y down)."""
    painter.save()
    painter.scale(scale, scale)
    # PDF points grow upwards from the bottom: flip once for the whole page.
    painter.translate(0, page.height)
    painter.scale(1, -1)
    _paint(painter, page.ops)
    painter.restore()


def _paint(painter: QPainter, ops: Iterable[Op]) -> None:
    for op in ops:
        if isinstance(op, Text):
            if op.invisible:
                continue
            _text(painter, op)
        elif isinstance(op, Group):
            painter.save()
            painter.translate(op.dx, op.dy)
            _paint(painter, op.ops)
            painter.restore()
        elif isinstance(op, Line):
            painter.setPen(QPen(_color(op.color), op.width))
            painter.drawLine(QPointF(op.x1, op.y1), QPointF(op.x2, op.y2))
        elif isinstance(op, Rect):
            painter.setPen(QPen(_color(op.color), op.width) if op.width else Qt.PenStyle.NoPen)
            if op.fill_color is not None:
                painter.setBrush(_color(op.fill_color))
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(op.x, op.y, op.w, op.h))
        elif isinstance(op, Image):
            pixmap = QPixmap(op.path)
            if not pixmap.isNull():
                painter.save()
                painter.translate(op.x, op.y + op.h)
                painter.scale(1, -1)
                target = QRectF(0, 0, op.w, op.h)
                painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
                painter.restore()


def _text(painter: QPainter, op: Text) -> None:
    font = QFont(op.font)
    # Sizes are in points of the page, which is what the painter's unit is here.
    font.setPixelSize(max(1, round(op.size)))
    painter.setFont(font)
    painter.setPen(_color(op.color))
    width = QFontMetricsF(font).horizontalAdvance(op.text)
    dx = {"left": 0.0, "center": -width / 2, "right": -width}[op.anchor]
    painter.save()
    painter.translate(op.x, op.y)
    painter.scale(1, -1)  # text upright again in the flipped page
    if op.angle:
        painter.rotate(-op.angle)
    painter.drawText(QPointF(dx, 0), op.text)
    painter.restore()


def page_image(page: Page, dpi: float = 72.0) -> QImage:
    """``page`` as a white image at ``dpi`` (the preview)."""
    scale = dpi / 72.0
    image = QImage(
        round(page.width * scale), round(page.height * scale), QImage.Format.Format_RGB32
    )
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    paint_page(painter, page, scale)
    painter.end()
    return image
