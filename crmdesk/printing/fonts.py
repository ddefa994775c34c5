"""The bundled Japanese fonts, registered with reportlab.

reportlab's ``TTFont`` needs TrueType outlines, which is why the bundle carries IPAex (TrueType)
rather than Noto CJK (CFF in ``.otf``/``.ttc``). A registered TrueType font is embedded as a
subset of the glyphs a document uses, so PDFs stay small and print the same everywhere.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from crmdesk.resources import FONT_FILES, resource_path

#: reportlab font name of the gothic (sans-serif) face: headings, labels, flyers.
GOTHIC = "IPAexGothic"
#: reportlab font name of the mincho (serif) face: formal letters.
MINCHO = "IPAexMincho"

# PDF batches render in worker threads; two of them may ask for the fonts at the same moment.
_lock = threading.Lock()


def register_pdf_fonts() -> list[str]:
    """Register every bundled font with reportlab and return their names (idempotent).

    The names are the family names the fonts report (``IPAexGothic``, ``IPAexMincho``), the same
    ones Qt uses, so a template can name one font for both the preview and the PDF.
    Raises FileNotFoundError naming the file when a bundled font is missing.
    """
    names: list[str] = []
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for family, filename in FONT_FILES:
            if family not in registered:
                path = resource_path("fonts", filename)
                pdfmetrics.registerFont(TTFont(family, str(path)))
            names.append(family)
    return names
