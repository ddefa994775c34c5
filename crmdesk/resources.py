"""Where the bundled files are: in a checkout (editable install) or a PyInstaller bundle.

A plain wheel install does not carry resources/ and db/; the README installs with `pip -e`.

One helper for every layer (fonts, migrations, translations, demo data), so nothing else needs to
know about ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def project_root() -> Path:
    """The folder that holds ``resources/`` and ``db/``.

    In a PyInstaller bundle that is the unpack folder (``sys._MEIPASS``); from source it is the
    checkout root, one level above the package.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A path below ``resources/``; raises FileNotFoundError with the full path when absent."""
    path = project_root().joinpath("resources", *parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource is missing: {path}")
    return path


def migrations_path() -> Path:
    """The Alembic script folder (``db/``)."""
    return project_root() / "db"


#: The two bundled Japanese fonts: (family name as the font reports it, file name).
FONT_FILES: tuple[tuple[str, str], ...] = (
    ("IPAexGothic", "ipaexg.ttf"),
    ("IPAexMincho", "ipaexm.ttf"),
)
