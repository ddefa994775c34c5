"""GUI fixtures: a small customer database, its operator, the main window, isolated QSettings.

The top-level conftest sets QT_QPA_PLATFORM=offscreen before Qt is imported; the setdefault
below only matters when this folder is run on its own from an older checkout.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from crmdesk.domain.readmodels import OperatorView
from crmdesk.gui.main_window import MainWindow
from crmdesk.services.database import Database, open_database
from crmdesk.services.operators import ensure_local_operator
from tests.conftest import add_customer


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path: Path) -> None:
    """Window geometry goes to the test's folder, never to the developer's ~/.config."""
    folder = str(tmp_path / "qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, folder)


def fill_desk_customers(database: Database) -> None:
    """Three customers covering every flag, several phones and the kana search."""
    with database.uow() as uow:
        s = uow.session
        add_customer(s, phones=["090-1234-5678"], do_not_call=True)  # 山田 花子 C0000001
        add_customer(
            s,
            code="C0000002",
            family_name="佐藤",
            given_name="一郎",
            family_kana="サトウ",
            given_kana="イチロウ",
            email="ichiro@example.jp",
            phones=["03-3123-4567", "080-2222-3333"],
            postal_code="5300001",
            prefecture="大阪府",
            city="大阪市北区",
            street="梅田1-1-1",
            building="梅田ビル12F",
            rank="gold",
            do_not_mail=True,
            returned_mail=True,
        )
        add_customer(
            s,
            code="C0000003",
            family_name="田中",
            given_name="美咲",
            family_kana="タナカ",
            given_kana="ミサキ",
            email=None,
            phones=["06-6123-9876"],
            postal_code=None,
            rank="new",
        )
        uow.commit()


@pytest.fixture
def desk_db_path(tmp_path: Path) -> Path:
    """A closed SQLite file with the three customers (for tests that open it themselves)."""
    path = tmp_path / "desk.sqlite3"
    database = open_database(str(path))
    try:
        fill_desk_customers(database)
    finally:
        database.close()
    return path


@pytest.fixture
def desk_db(desk_db_path: Path) -> Iterator[Database]:
    """The open database of :func:`desk_db_path`."""
    database = open_database(str(desk_db_path))
    yield database
    database.close()


@pytest.fixture
def operator(desk_db: Database) -> OperatorView:
    """The local operator ``op01`` (the first one, so an admin)."""
    return ensure_local_operator(desk_db.uow(), "op01")


@pytest.fixture
def window(qtbot: QtBot, desk_db: Database, operator: OperatorView) -> Iterator[MainWindow]:
    """The main window, shown and active; closed (queries finished) before the database."""
    win = MainWindow(desk_db, operator)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.close()
