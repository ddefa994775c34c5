"""The documents: letters (横書き and 縦書き), the customer-voice flyer, address labels and
長形3号 envelopes, laid out into pages (crmdesk.printing.page) from plain read models.

Every layout is made for a whole batch once (``*Layout`` classes): what is the same on every
page goes into :class:`~crmdesk.printing.page.Group` blocks, measured and broken into lines once;
:meth:`page` then adds only what belongs to one customer. That split is what the speed of a
batch rests on (see ``crmdesk bench``: letters_render_pages_per_s).

A layout that does not fit (a body longer than the page) raises TemplateError naming the
template when the first page is made, before anything is printed.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from crmdesk.domain.letters import (
    CUSTOMER_PLACEHOLDERS,
    CompanyProfile,
    Layout,
    LetterTemplate,
    Recipient,
    TemplateError,
    fill,
    format_date,
    format_postal_code,
    letter_fields,
)
from crmdesk.printing.fonts import GOTHIC, MINCHO, register_pdf_fonts
from crmdesk.printing.kinsoku import break_lines
from crmdesk.printing.page import Group, Image, Line, Op, Page, Rect, Text
from crmdesk.printing.vertical import bottom_aligned, column_ops, kanji_digits, vertical_lines

__all__ = [
    "ENVELOPE_CHO3",
    "LABEL_STOCKS",
    "EnvelopeLayout",
    "FlyerLayout",
    "LabelLayout",
    "LabelStock",
    "LetterLayout",
    "Voice",
]

A4_W, A4_H = A4
GREY = (0.35, 0.35, 0.35)
ACCENT = (0.65, 0.12, 0.12)
POSTAL_RED = (0.85, 0.2, 0.2)


@functools.lru_cache(maxsize=4096)
def _wrap(text: str, width: float, font: str, size: float) -> tuple[str, ...]:
    """``text`` broken (禁則) to ``width`` points in ``font``; cached: batches repeat texts."""
    return tuple(break_lines(text, width, lambda s: stringWidth(s, font, size)))


def _image_ops(path: str, x: float, y: float, w: float, h: float) -> list[Op]:
    """The logo or seal, when the profile names an existing file (a missing one is skipped:
    the company profile is checked by the batch service, which names it)."""
    return [Image(path, x, y, w, h)] if path and Path(path).is_file() else []


def _address_block(r: Recipient, x: float, top: float, width: float) -> list[Op]:
    """〒, address (wrapped), name 様 and the customer number: what a window envelope shows."""
    ops: list[Op] = []
    y = top
    ops.append(Text(x, y, f"〒{format_postal_code(r.postal_code)}", MINCHO, 10.5))
    y -= 15
    for line in _wrap(r.address_line1, width, MINCHO, 10.5):
        ops.append(Text(x, y, line, MINCHO, 10.5))
        y -= 14
    if r.building:
        for line in _wrap(r.building, width - 10.5, MINCHO, 10.5):
            ops.append(Text(x + 10.5, y, line, MINCHO, 10.5))
            y -= 14
    y -= 10
    ops.append(Text(x + 10.5, y, f"{r.name} 様", MINCHO, 15))
    ops.append(Text(x + 10.5, y - 15, f"お客様番号 {r.code}", GOTHIC, 7.5, color=GREY))
    return ops


def _search_layer(r: Recipient, x: float, y: float) -> Text:
    """The addressee as one invisible horizontal line: a vertical page stays searchable and its
    text extracts as name and address (pdftotext reads vertical glyphs one by one)."""
    line = f"{r.name} 様 〒{format_postal_code(r.postal_code)} {r.address} {r.code}"
    return Text(x, y, line, MINCHO, 4, invisible=True)


# ====================================================================== letters


class LetterLayout:
    """A letter template laid out for one batch; :meth:`page` makes one customer's page."""

    def __init__(
        self,
        template: LetterTemplate,
        *,
        company: CompanyProfile,
        today: dt.date,
        offer_code: str = "",
        operator: str = "",
    ) -> None:
        register_pdf_fonts()
        self.template = template
        self.company = company
        self.today = today
        self._batch_values = letter_fields(
            None,
            company=company,
            today=today,
            date_style=template.date_style,
            offer_code=offer_code,
            operator=operator,
        )
        self._key = f"{template.path}|{id(self)}"
        if template.layout is Layout.VERTICAL:
            self._vertical = _VerticalLetter(self)
        else:
            self._horizontal = _HorizontalLetter(self)

    def page(self, recipient: Recipient) -> Page:
        """The page of ``recipient``."""
        values = {**self._batch_values, **self._customer_values(recipient)}
        if self.template.layout is Layout.VERTICAL:
            return self._vertical.page(recipient, values)
        return self._horizontal.page(recipient, values)

    def _customer_values(self, recipient: Recipient) -> dict[str, str]:
        values = letter_fields(
            recipient,
            company=self.company,
            today=self.today,
            date_style=self.template.date_style,
        )
        return {key: values[key] for key in CUSTOMER_PLACEHOLDERS}

    def paragraph_text(self, paragraph: str, values: dict[str, str] | None = None) -> str:
        """A paragraph with its placeholders filled (batch values when ``values`` is None)."""
        return fill(paragraph, values or self._batch_values)


class _HorizontalLetter:
    """横書き A4: address block top left (window envelope), date and sender top right, title,
    body with 禁則, closing, contact box at the foot."""

    LEFT = 25 * mm
    RIGHT = A4_W - 25 * mm
    BODY_TOP = A4_H - 100 * mm
    FOOT = 42 * mm
    SIZE = 10.5
    LEADING = 18.5

    def __init__(self, letter: LetterLayout) -> None:
        self.letter = letter
        t = letter.template
        company = letter.company
        head: list[Op] = []
        right = self.RIGHT
        head.append(
            Text(
                right,
                A4_H - 22 * mm,
                format_date(letter.today, t.date_style),
                MINCHO,
                10.5,
                "right",
            )
        )
        head += _image_ops(company.logo_path, right - 40 * mm, A4_H - 40 * mm, 40 * mm, 12 * mm)
        y = A4_H - 48 * mm
        head.append(Text(right, y, company.name, GOTHIC, 11, "right"))
        head += _image_ops(company.seal_path, right - 12 * mm, y - 4 * mm, 14 * mm, 14 * mm)
        head.append(
            Text(
                right,
                y - 14,
                f"〒{format_postal_code(company.postal_code)} {company.address}",
                MINCHO,
                8.5,
                "right",
            )
        )
        head.append(Text(right, y - 26, f"TEL {company.phone}", MINCHO, 8.5, "right"))
        if t.title:
            head.append(Text(A4_W / 2, A4_H - 85 * mm, t.title, GOTHIC, 16, "center"))
        self.head = Group(f"{letter._key}|head", tuple(head))
        foot: list[Op] = [
            Rect(self.LEFT, 18 * mm, self.RIGHT - self.LEFT, 18 * mm, 0.6, GREY),
            Text(self.LEFT + 5 * mm, 29 * mm, "お問い合わせ", GOTHIC, 9, color=GREY),
            Text(self.LEFT + 5 * mm, 23 * mm, company.name, GOTHIC, 9),
            Text(self.RIGHT - 5 * mm, 27 * mm, f"TEL {company.phone}", GOTHIC, 14, "right"),
            Text(self.RIGHT - 5 * mm, 21 * mm, company.hours, GOTHIC, 8, "right"),
        ]
        self.foot = Group(f"{letter._key}|foot", tuple(foot))
        self.width = self.RIGHT - self.LEFT
        # Runs of consecutive static paragraphs, pre-broken: (static?, paragraph texts).
        self.static: dict[int, tuple[str, ...]] = {}
        for n, paragraph in enumerate(t.paragraphs):
            if t.is_static(paragraph):
                self.static[n] = _wrap(
                    letter.paragraph_text(paragraph), self.width, MINCHO, self.SIZE
                )

    def _lines_ops(self, lines: Sequence[str], top: float) -> tuple[Op, ...]:
        return tuple(
            Text(self.LEFT, top - k * self.LEADING, line, MINCHO, self.SIZE)
            for k, line in enumerate(lines)
        )

    def page(self, r: Recipient, values: dict[str, str]) -> Page:
        t = self.letter.template
        ops: list[Op] = [self.head, self.foot]
        ops += _address_block(r, self.LEFT, A4_H - 22 * mm, 85 * mm)
        y = self.BODY_TOP
        run: list[str] = []
        run_start = y
        run_key: list[int] = []

        def flush_run() -> None:
            if run:
                key = f"{self.letter._key}|p{'-'.join(map(str, run_key))}"
                # Drawn at the top of the page, moved down to where the run starts this time.
                ops.append(
                    Group(key, self._lines_ops(run, self.BODY_TOP), 0.0, run_start - self.BODY_TOP)
                )
                run.clear()
                run_key.clear()

        for n, paragraph in enumerate(t.paragraphs):
            lines = self.static.get(n)
            if lines is not None:
                if not run:
                    run_start = y
                run.extend(lines)
                run_key.append(n)
            else:
                flush_run()
                lines = _wrap(fill(paragraph, values), self.width, MINCHO, self.SIZE)
                ops += self._lines_ops(lines, y)
            y -= len(lines) * self.LEADING
        flush_run()
        if t.closing:
            ops.append(Text(self.RIGHT, y - 4, t.closing, MINCHO, self.SIZE, "right"))
            y -= self.LEADING
        if y < self.FOOT:
            raise TemplateError(
                f"template {t.path}: the letter is longer than one page for customer {r.code} "
                f"(shorten the body)",
                path=t.path,
            )
        return Page(A4_W, A4_H, tuple(ops))


class _VerticalLetter:
    """縦書き A4: columns right to left: title, body, closing, date, sender, then the
    addressee (address and name 様) at the left end, as a formal Japanese letter has it."""

    SIZE = 11.0
    PITCH = 20.0
    TOP = A4_H - 22 * mm
    BOTTOM = 22 * mm
    RIGHT = A4_W - 22 * mm
    LEFT = 22 * mm

    def __init__(self, letter: LetterLayout) -> None:
        self.letter = letter
        self.per_column = int((self.TOP - self.BOTTOM) // self.SIZE)

    def _x(self, column: int) -> float:
        return float(self.RIGHT - (column + 0.5) * self.PITCH)

    def page(self, r: Recipient, values: dict[str, str]) -> Page:
        t = self.letter.template
        company = self.letter.company
        ops: list[Op] = []
        col = 0
        size, top = self.SIZE, self.TOP
        if t.title:
            ops += column_ops(
                kanji_digits(t.title),
                x=self._x(col),
                top=top - 2 * size,
                font=GOTHIC,
                size=size + 2,
            )
            col += 2
        for paragraph in t.paragraphs:
            text = kanji_digits(fill(paragraph, values))
            for line in vertical_lines(text, self.per_column):
                ops += column_ops(line, x=self._x(col), top=top, font=MINCHO, size=size)
                col += 1
        if t.closing:
            ops += bottom_aligned(
                t.closing, x=self._x(col), bottom=self.BOTTOM, font=MINCHO, size=size
            )
            col += 2
        date = kanji_digits(format_date(self.letter.today, t.date_style))
        ops += column_ops(date, x=self._x(col), top=top - 2 * size, font=MINCHO, size=size)
        col += 1
        ops += bottom_aligned(
            company.name, x=self._x(col), bottom=self.BOTTOM, font=MINCHO, size=size
        )
        col += 2
        address = kanji_digits(r.address_line1)
        ops += column_ops(address, x=self._x(col), top=top, font=MINCHO, size=size - 1)
        col += 1
        if r.building:
            ops += column_ops(
                kanji_digits(r.building),
                x=self._x(col),
                top=top - 2 * size,
                font=MINCHO,
                size=size - 1,
            )
            col += 1
        ops += column_ops(
            f"{r.name}　様", x=self._x(col) - 2, top=top - size, font=MINCHO, size=size + 3
        )
        ops.append(_search_layer(r, self.LEFT, self.BOTTOM - 20))
        # The postal code and the customer number stay horizontal (machine-read, quoted on calls).
        ops.append(
            Text(
                self.LEFT,
                self.BOTTOM - 12,
                f"〒{format_postal_code(r.postal_code)}  お客様番号 {r.code}",
                GOTHIC,
                7.5,
                color=GREY,
            )
        )
        if self._x(col) < self.LEFT:
            raise TemplateError(
                f"template {t.path}: the vertical letter needs more columns than one page has "
                f"(customer {r.code}; shorten the body)",
                path=t.path,
            )
        return Page(A4_W, A4_H, tuple(ops))


# ====================================================================== the flyer


@dataclass(frozen=True)
class Voice:
    """One consented customer voice: the words and the display name the customer agreed to."""

    text: str
    display_name: str


class FlyerLayout:
    """お客様の声チラシ, A4: the addressee (window envelope), a headline, the product, 4–8
    voices with their agreed display names, and the company's contact. Everything but the
    addressee is one group drawn once for the whole batch."""

    MIN_VOICES = 4
    MAX_VOICES = 8

    def __init__(
        self,
        template: LetterTemplate,
        voices: Sequence[Voice],
        *,
        company: CompanyProfile,
        product: str,
        today: dt.date,
    ) -> None:
        register_pdf_fonts()
        if not self.MIN_VOICES <= len(voices) <= self.MAX_VOICES:
            raise ValueError(
                f"a flyer shows {self.MIN_VOICES} to {self.MAX_VOICES} voices, not {len(voices)}"
            )
        self.template = template
        values = letter_fields(None, company=company, today=today, date_style=template.date_style)
        values["product"] = product
        left, right = 18 * mm, A4_W - 18 * mm
        ops: list[Op] = []
        ops += _image_ops(company.logo_path, right - 45 * mm, A4_H - 30 * mm, 45 * mm, 14 * mm)
        ops.append(Text(right, A4_H - 36 * mm, company.name, GOTHIC, 10, "right"))
        band_top = A4_H - 70 * mm
        ops.append(Rect(0, band_top - 24 * mm, A4_W, 24 * mm, 0, ACCENT, ACCENT))
        headline = fill(template.headline or template.title, values)
        ops.append(
            Text(A4_W / 2, band_top - 13 * mm, headline, GOTHIC, 22, "center", color=(1, 1, 1))
        )
        ops.append(
            Text(A4_W / 2, band_top - 20 * mm, product, GOTHIC, 11, "center", color=(1, 1, 1))
        )
        y = band_top - 32 * mm
        for paragraph in template.paragraphs:
            for line in _wrap(fill(paragraph, values), right - left, MINCHO, 10):
                ops.append(Text(left, y, line, MINCHO, 10))
                y -= 15
        # The voices: two columns of boxes.
        rows = (len(voices) + 1) // 2
        grid_top, grid_bottom = y - 4 * mm, 52 * mm
        gap = 5 * mm
        box_w = (right - left - gap) / 2
        box_h = (grid_top - grid_bottom - (rows - 1) * gap) / rows
        for k, voice in enumerate(voices):
            bx = left + (k % 2) * (box_w + gap)
            by = grid_top - (k // 2) * (box_h + gap) - box_h
            ops.append(Rect(bx, by, box_w, box_h, 0.8, ACCENT, (0.99, 0.96, 0.94)))
            ops.append(
                Text(bx + 4 * mm, by + box_h - 7 * mm, "お客様の声", GOTHIC, 8, color=ACCENT)
            )
            lines = _wrap(voice.text, box_w - 8 * mm, MINCHO, 9.5)
            room = int((box_h - 22 * mm) // 14) or 1
            if len(lines) > room:
                lines = (*lines[: room - 1], lines[room - 1][:-1] + "…")
            ty = by + box_h - 13 * mm
            for line in lines:
                ops.append(Text(bx + 4 * mm, ty, line, MINCHO, 9.5))
                ty -= 14
            ops.append(
                Text(bx + box_w - 4 * mm, by + 4 * mm, voice.display_name, GOTHIC, 8.5, "right")
            )
        # The contact box.
        ops.append(Rect(left, 14 * mm, right - left, 30 * mm, 1.2, ACCENT))
        ops.append(Text(left + 6 * mm, 36 * mm, "ご注文・お問い合わせはお気軽に", GOTHIC, 10))
        ops.append(Text(left + 6 * mm, 24 * mm, f"TEL {company.phone}", GOTHIC, 20))
        ops.append(Text(right - 6 * mm, 36 * mm, company.hours, GOTHIC, 9, "right"))
        ops.append(Text(right - 6 * mm, 27 * mm, company.name, GOTHIC, 9, "right"))
        ops.append(
            Text(
                right - 6 * mm,
                20 * mm,
                f"〒{format_postal_code(company.postal_code)} {company.address}",
                GOTHIC,
                8,
                "right",
            )
        )
        ops.append(
            Text(
                left,
                8 * mm,
                "※掲載のお声はご本人の許可を得て掲載しています。感想には個人差があります。",
                GOTHIC,
                7,
                color=GREY,
            )
        )
        self.body = Group(f"flyer|{id(self)}", tuple(ops))

    def page(self, recipient: Recipient) -> Page:
        """The flyer addressed to ``recipient``."""
        ops: list[Op] = [self.body, *_address_block(recipient, 20 * mm, A4_H - 20 * mm, 85 * mm)]
        return Page(A4_W, A4_H, tuple(ops))


# ====================================================================== labels


@dataclass(frozen=True)
class LabelStock:
    """An A4 sheet of address labels (sizes in mm): columns × rows of w × h."""

    name: str
    columns: int
    rows: int
    width: float
    height: float
    margin_left: float
    margin_top: float
    gap_x: float = 0.0
    gap_y: float = 0.0

    @property
    def per_sheet(self) -> int:
        """Labels on one sheet."""
        return self.columns * self.rows

    def with_margins(self, left: float | None, top: float | None) -> LabelStock:
        """The stock with the sheet's margins adjusted (a printer that feeds off by a few mm)."""
        return LabelStock(
            self.name,
            self.columns,
            self.rows,
            self.width,
            self.height,
            self.margin_left if left is None else left,
            self.margin_top if top is None else top,
            self.gap_x,
            self.gap_y,
        )


#: Common Japanese A4 label stock (A-One 28177-type 12面 and 28185-type 24面 layouts).
LABEL_STOCKS = {
    "a4-12": LabelStock("a4-12", 2, 6, 86.4, 42.3, 18.6, 21.5),
    "a4-24": LabelStock("a4-24", 3, 8, 66.0, 33.9, 6.0, 13.0, 3.0, 0.0),
}


class LabelLayout:
    """Address labels: one per recipient, ``stock.per_sheet`` to a page, in print order."""

    def __init__(self, stock: LabelStock, *, outlines: bool = False) -> None:
        register_pdf_fonts()
        self.stock = stock
        self.outlines = outlines
        small = stock.height < 38
        self.size = 8.5 if small else 9.5
        self.name_size = 11.0 if small else 13.0

    def _label(self, r: Recipient, x: float, y_top: float) -> list[Op]:
        s = self.stock
        pad = 3.5 * mm
        width = s.width * mm - 2 * pad
        size = self.size
        ops: list[Op] = []
        if self.outlines:
            ops.append(Rect(x, y_top - s.height * mm, s.width * mm, s.height * mm, 0.3, GREY))
        y = y_top - pad - size
        ops.append(Text(x + pad, y, f"〒{format_postal_code(r.postal_code)}", MINCHO, size))
        y -= size * 1.35
        for line in _wrap(r.address_line1, width, MINCHO, size)[:2]:
            ops.append(Text(x + pad, y, line, MINCHO, size))
            y -= size * 1.3
        if r.building:
            ops.append(
                Text(
                    x + pad + size,
                    y,
                    _wrap(r.building, width - size, MINCHO, size)[0],
                    MINCHO,
                    size,
                )
            )
        ops.append(
            Text(
                x + s.width * mm / 2,
                y_top - s.height * mm + pad + 3,
                f"{r.name} 様",
                MINCHO,
                self.name_size,
                "center",
            )
        )
        ops.append(
            Text(
                x + s.width * mm - pad,
                y_top - s.height * mm + 2,
                r.code,
                GOTHIC,
                5.5,
                "right",
                color=GREY,
            )
        )
        return ops

    def pages(self, recipients: Iterable[Recipient]) -> Iterator[Page]:
        """The sheets for ``recipients`` (the last one partly filled)."""
        sheet: list[Recipient] = []
        for r in recipients:
            sheet.append(r)
            if len(sheet) == self.stock.per_sheet:
                yield self.sheet(sheet)
                sheet = []
        if sheet:
            yield self.sheet(sheet)

    def sheet(self, recipients: Sequence[Recipient]) -> Page:
        """One sheet with up to ``per_sheet`` labels, row by row."""
        s = self.stock
        ops: list[Op] = []
        for k, r in enumerate(recipients):
            col, row = k % s.columns, k // s.columns
            x = (s.margin_left + col * (s.width + s.gap_x)) * mm
            y_top = A4_H - (s.margin_top + row * (s.height + s.gap_y)) * mm
            ops += self._label(r, x, y_top)
        return Page(A4_W, A4_H, tuple(ops))


# ====================================================================== envelopes

#: 長形3号: 120 × 235 mm.
ENVELOPE_CHO3 = (120 * mm, 235 * mm)
# Left edges (mm from the envelope's left) of the seven postal-code boxes of a 長形3号: the last
# box ends 8 mm from the right edge, 12 mm below the top (Japan Post's 郵便番号枠 for 定形).
_BOX_LEFTS = (64.0, 71.0, 78.0, 85.9, 92.7, 99.5, 106.3)
_BOX_W, _BOX_H, _BOX_TOP = 5.7, 8.0, 12.0


class EnvelopeLayout:
    """長形3号 envelopes: the postal code in its seven boxes, the address and the name written
    vertically, the sender at the lower left."""

    def __init__(self, company: CompanyProfile, *, boxes: bool = True) -> None:
        register_pdf_fonts()
        _w, h = ENVELOPE_CHO3
        fixed: list[Op] = []
        if boxes:
            for left in _BOX_LEFTS:
                fixed.append(
                    Rect(
                        left * mm,
                        h - (_BOX_TOP + _BOX_H) * mm,
                        _BOX_W * mm,
                        _BOX_H * mm,
                        0.7,
                        POSTAL_RED,
                    )
                )
            mid = h - (_BOX_TOP + _BOX_H / 2) * mm
            fixed.append(Line((78.0 + _BOX_W + 0.4) * mm, mid, 85.5 * mm, mid, 0.7, POSTAL_RED))
        # Sender: vertical, bottom left.
        fixed += bottom_aligned(
            kanji_digits(company.address), x=22 * mm, bottom=22 * mm, font=MINCHO, size=8
        )
        fixed += bottom_aligned(company.name, x=15 * mm, bottom=22 * mm, font=MINCHO, size=10)
        fixed.append(
            Text(10 * mm, 14 * mm, f"〒{format_postal_code(company.postal_code)}", MINCHO, 8)
        )
        self.fixed = Group(f"envelope|{id(self)}", tuple(fixed))

    def page(self, r: Recipient) -> Page:
        """The envelope of ``r``."""
        w, h = ENVELOPE_CHO3
        ops: list[Op] = [self.fixed]
        for digit, left in zip(r.postal_code, _BOX_LEFTS, strict=False):
            ops.append(
                Text(
                    (left + _BOX_W / 2) * mm,
                    h - (_BOX_TOP + _BOX_H - 1.8) * mm,
                    digit,
                    GOTHIC,
                    14,
                    "center",
                )
            )
        size = 13.0
        per_column = int((h - 40 * mm - 40 * mm) // size)
        x = 98 * mm
        for line in vertical_lines(kanji_digits(r.address_line1), per_column):
            ops += column_ops(line, x=x, top=h - 32 * mm, font=MINCHO, size=size)
            x -= size * 1.5
        if r.building:
            for line in vertical_lines(kanji_digits(r.building), per_column - 3):
                ops += column_ops(line, x=x, top=h - 32 * mm - 3 * size, font=MINCHO, size=size)
                x -= size * 1.5
        name_size = 22.0
        ops += column_ops(
            f"{r.name}　様",
            x=min(x - 14, 62 * mm),
            top=h - 45 * mm,
            font=MINCHO,
            size=name_size,
            spacing=1.1,
        )
        ops.append(Text(w - 6 * mm, 6 * mm, r.code, GOTHIC, 6, "right", color=GREY))
        ops.append(_search_layer(r, 6 * mm, 3 * mm))
        return Page(w, h, tuple(ops))
