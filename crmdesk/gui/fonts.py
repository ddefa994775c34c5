"""The bundled Japanese fonts for the UI (Qt) and for every PDF (reportlab), registered together.

Registering the same files for both is what makes the preview, the screen and the printout
agree, and lets the UI render Japanese on a machine without any Japanese system font.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication

from crmdesk.printing.fonts import GOTHIC, register_pdf_fonts
from crmdesk.resources import FONT_FILES, resource_path

# The face of the whole UI.
UI_FAMILY = GOTHIC
# Qt keeps application fonts per QGuiApplication; remembering the result on the application object
# keeps a second call (a test, a re-opened window) from adding the files twice.
_PROPERTY = "crmdesk_font_families"


def register_fonts() -> list[str]:
    """Register the bundled fonts with Qt and reportlab; make IPAexGothic the application font.

    Needs a QGuiApplication. Returns the family names Qt registered (sorted); calling it again
    returns the same list without registering anything twice. Raises RuntimeError naming the
    file when Qt cannot load a bundled font, FileNotFoundError when it is missing.
    """
    app = QGuiApplication.instance()
    if app is None:
        raise RuntimeError("register_fonts() needs a QApplication")
    families = app.property(_PROPERTY)
    if not families:
        found: set[str] = set()
        for _family, filename in FONT_FILES:
            path = resource_path("fonts", filename)
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                raise RuntimeError(f"Qt could not load the bundled font {path}")
            found.update(QFontDatabase.applicationFontFamilies(font_id))
        families = sorted(found)
        app.setProperty(_PROPERTY, families)
    register_pdf_fonts()
    font = QGuiApplication.font()
    if font.family() != UI_FAMILY:
        font.setFamilies([UI_FAMILY])
        QGuiApplication.setFont(font)
    return list(families)
