"""The letter preview, offscreen: the same page operations the PDF writer draws, painted with
QPainter onto an image (printing through QPrinter: see the report, not tested yet)."""

from __future__ import annotations

import datetime as dt

from crmdesk.domain.letters import CompanyProfile, Recipient, load_template
from crmdesk.gui.fonts import register_fonts
from crmdesk.gui.page_painter import page_image
from crmdesk.printing.documents import LetterLayout
from crmdesk.resources import resource_path

PEOPLE = [
    Recipient(
        1,
        "C0000001",
        "山田",
        "花子",
        "1000001",
        "東京都",
        "千代田区",
        "千代田1-1",
        "",
        "黒酢にんにく粒",
        3,
        None,
    ),
    Recipient(
        2,
        "C0000002",
        "佐藤",
        "一郎",
        "5300001",
        "大阪府",
        "大阪市北区",
        "梅田2-4-9",
        "",
        "黒酢にんにく粒",
        6,
        None,
    ),
]


def _pages(template: str = "thankyou_first"):  # type: ignore[no-untyped-def]
    layout = LetterLayout(
        load_template(resource_path("templates", f"{template}.toml")),
        company=CompanyProfile(),
        today=dt.date(2026, 5, 12),
        offer_code="X1",
    )
    return [layout.page(r) for r in PEOPLE]


def test_preview_image_has_ink_where_the_letter_is(qapp) -> None:  # type: ignore[no-untyped-def]
    register_fonts()
    for template in ("thankyou_first", "thankyou_milestone"):
        image = page_image(_pages(template)[0], dpi=50)
        assert image.width() == round(595.27 * 50 / 72)
        dark = sum(
            1
            for y in range(0, image.height(), 3)
            for x in range(0, image.width(), 3)
            if image.pixelColor(x, y).lightness() < 128
        )
        assert dark > 50  # text on the page (a blank page has none)
