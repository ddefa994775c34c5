"""A page as a list of drawing operations: what the PDF writer and the on-screen preview share.

The documents (crmdesk.printing.documents) lay a page out once into these plain values; the PDF
backend (:mod:`crmdesk.printing.pdf`) draws them with reportlab, and the GUI's preview paints the
very same operations with QPainter (the app has no PDF renderer of its own), so what the
supervisor previews is what prints.

Coordinates are PDF points from the lower-left corner of the page. A :class:`Group` is a block
that is the same on many pages (the letter's fixed text, the company's signature, a flyer): the
PDF writer draws it once into a form XObject and places it on every page, which is most of why a
batch renders more than a thousand pages a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["Group", "Image", "Line", "Op", "Page", "Rect", "Text"]

Anchor = Literal["left", "center", "right"]
RGB = tuple[float, float, float]
BLACK: RGB = (0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Text:
    """A run of text on one baseline.

    ``angle`` turns the run about (x, y), counter-clockwise in degrees like PDF (-90: the
    character stands turned right, as ー and brackets do in a vertical column).
    """

    x: float
    y: float
    text: str
    font: str
    size: float
    anchor: Anchor = "left"
    angle: float = 0.0
    color: RGB = BLACK
    #: Not painted, only found: the horizontal text layer of a vertical page (search, copy).
    invisible: bool = False


@dataclass(frozen=True, slots=True)
class Line:
    """A straight line."""

    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.5
    color: RGB = BLACK


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle outline (``fill``: filled with ``fill_color`` too)."""

    x: float
    y: float
    w: float
    h: float
    width: float = 0.5
    color: RGB = BLACK
    fill_color: RGB | None = None


@dataclass(frozen=True, slots=True)
class Image:
    """A PNG or JPEG file drawn into a box (aspect ratio kept)."""

    path: str
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True, slots=True)
class Group:
    """Operations drawn together, moved by (dx, dy); ``key`` names identical blocks.

    Two groups with the same key must hold the same operations: the PDF writer draws the first
    into a form and reuses it for every later group with that key.
    """

    key: str
    ops: tuple[Op, ...]
    dx: float = 0.0
    dy: float = 0.0


Op = Text | Line | Rect | Image | Group


@dataclass(frozen=True, slots=True)
class Page:
    """One page: its size in points and what is on it."""

    width: float
    height: float
    ops: tuple[Op, ...]

    def texts(self) -> list[str]:
        """Every text on the page, groups included (tests and the preview's accessibility)."""
        out: list[str] = []

        def walk(ops: tuple[Op, ...]) -> None:
            for op in ops:
                if isinstance(op, Text):
                    out.append(op.text)
                elif isinstance(op, Group):
                    walk(op.ops)

        walk(self.ops)
        return out
