"""解約手続き完了のお知らせ: the A4 letter confirming a cancellation (特定商取引法: proof for the
customer of when they asked and when it was done).

A plain horizontal letter in the bundled IPAex Mincho (body) and Gothic (heading), embedded as
subsets. Until the letters issue brings templates and the company profile, the sender block is
a fixed text without placeholders.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from crmdesk import __version__
from crmdesk.printing.fonts import GOTHIC, MINCHO, register_pdf_fonts

__all__ = ["TITLE", "LetterData", "write_cancellation_letter"]

TITLE = "解約手続き完了のお知らせ"
_SENDER = ("お客様相談室", "受付時間 平日 9:00〜18:00")


@dataclass(frozen=True)
class LetterData:
    """What the letter says about one customer and one cancellation."""

    customer_name: str
    customer_code: str
    postal_code: str | None
    address: str
    product: str
    first_wish_on: dt.date
    confirmed_on: dt.date
    request_id: int


def japanese_date(day: dt.date) -> str:
    """``2026年11月23日``."""
    return f"{day.year}年{day.month}月{day.day}日"


def write_cancellation_letter(path: Path, data: LetterData) -> Path:
    """Write the letter to ``path`` (folders created) and return ``path`` (reproducible bytes)."""
    register_pdf_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    width, height = A4
    canvas = Canvas(
        str(path), pagesize=A4, invariant=True, pageCompression=1, initialFontName=MINCHO
    )
    canvas.setTitle(TITLE)
    canvas.setAuthor("crmdesk")
    canvas.setSubject(f"crmdesk {__version__} cancellation confirmation {data.request_id}")
    left = 25 * mm
    right = width - 25 * mm
    y = height - 30 * mm
    canvas.setFont(MINCHO, 11)
    if data.postal_code:
        canvas.drawString(left, y, f"〒{data.postal_code[:3]}-{data.postal_code[3:]}")
        y -= 6 * mm
    if data.address:
        canvas.drawString(left, y, data.address)
        y -= 9 * mm
    canvas.setFont(MINCHO, 14)
    canvas.drawString(left, y, f"{data.customer_name} 様")
    canvas.setFont(MINCHO, 9)
    canvas.drawString(left, y - 6 * mm, f"お客様番号 {data.customer_code}")
    canvas.setFont(MINCHO, 11)
    canvas.drawRightString(right, height - 30 * mm, japanese_date(data.confirmed_on))
    y -= 28 * mm
    canvas.setFont(GOTHIC, 18)
    canvas.drawCentredString(width / 2, y, TITLE)
    y -= 18 * mm
    canvas.setFont(MINCHO, 11)
    body = (
        "拝啓 平素は格別のご愛顧を賜り、誠にありがとうございます。",
        "このたびお申し出いただきました定期購入の解約につきまして、",
        "下記のとおり手続きが完了いたしましたので、お知らせいたします。",
        "これまでのご愛用に心より御礼申し上げます。",
    )
    for line in body:
        canvas.drawString(left, y, line)
        y -= 7 * mm
    canvas.drawRightString(right, y, "敬具")
    _details(canvas, data, y - 14 * mm, left=left, right=right, width=width)
    canvas.showPage()
    canvas.save()
    return path


def _details(
    canvas: Canvas, data: LetterData, y: float, *, left: float, right: float, width: float
) -> None:
    """記 … 以上: what was cancelled, when it was asked and when it was done; the sender."""
    canvas.setFont(GOTHIC, 12)
    canvas.drawCentredString(width / 2, y, "記")
    y -= 12 * mm
    canvas.setFont(MINCHO, 11)
    rows = (
        ("解約した定期購入", data.product or "—"),
        ("解約のお申し出日", japanese_date(data.first_wish_on)),
        ("解約手続き完了日", japanese_date(data.confirmed_on)),
        ("受付番号", f"{data.request_id:08d}"),
    )
    for label, value in rows:
        canvas.drawString(left + 10 * mm, y, label)
        canvas.drawString(left + 55 * mm, y, value)
        y -= 8 * mm
    y -= 6 * mm
    notes = (
        "解約手続き完了日以降、定期購入のお届けとご請求はございません。",
        "本状と行き違いでお届けした商品がございましたら、お手数ですがご連絡ください。",
    )
    for line in notes:
        canvas.drawString(left, y, line)
        y -= 7 * mm
    canvas.drawRightString(right, y - 4 * mm, "以上")
    canvas.setFont(GOTHIC, 10)
    base = 35 * mm
    for n, line in enumerate(_SENDER):
        canvas.drawRightString(right, base - n * 6 * mm, line)
