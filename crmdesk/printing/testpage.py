"""A one-page A4 PDF in both bundled fonts: proof that Japanese text is embedded and extractable.

Used by the tests (``pdffonts`` must list both fonts as embedded subsets) and handy on a new
workstation to check the printer before the first DM run.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from crmdesk import __version__
from crmdesk.printing.fonts import GOTHIC, MINCHO, register_pdf_fonts

#: The sample line printed in each font; tests read it back with ``pdftotext``.
SAMPLE_TEXT = "crmdesk テストページ：お客様の声チラシ 山田花子様 〒100-0001"
#: Kana, kanji, full-width digits and punctuation that letters use.
SAMPLE_DETAIL = "ご愛用ありがとうございます。次回のお届けは１２月５日（金）です。"


def write_test_page(path: Path) -> Path:
    """Write the test page to ``path`` (parent folders are created) and return ``path``.

    The output is byte-for-byte reproducible (reportlab's invariant mode), so two runs can be
    compared.
    """
    register_pdf_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    _width, height = A4
    # initialFontName: otherwise reportlab declares a non-embedded Helvetica on every page.
    canvas = Canvas(
        str(path), pagesize=A4, invariant=True, pageCompression=1, initialFontName=GOTHIC
    )
    canvas.setTitle("crmdesk テストページ")
    canvas.setAuthor("crmdesk")
    canvas.setSubject(f"crmdesk {__version__} font test page")

    left = 20 * mm
    y = height - 30 * mm
    for font, label in ((GOTHIC, "ゴシック体"), (MINCHO, "明朝体")):
        canvas.setFont(font, 16)
        canvas.drawString(left, y, f"{label}（{font}）")
        y -= 10 * mm
        canvas.setFont(font, 12)
        canvas.drawString(left, y, SAMPLE_TEXT)
        y -= 7 * mm
        canvas.drawString(left, y, SAMPLE_DETAIL)
        y -= 18 * mm
    canvas.setFont(GOTHIC, 9)
    canvas.drawString(left, 15 * mm, f"crmdesk {__version__} — A4 (210 × 297 mm)")
    canvas.showPage()
    canvas.save()
    return path
