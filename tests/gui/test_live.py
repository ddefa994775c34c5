"""Two desks on one PostgreSQL database: a change at one refreshes the other's card (NOTIFY),
and each card says that the other operator has the customer open (presence)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from crmdesk.domain.ids import CustomerId
from crmdesk.domain.model import ContactCategory, ContactDirection, TimelineKind
from crmdesk.domain.readmodels import OperatorView
from crmdesk.gui.live import make_live_updates
from crmdesk.gui.main_window import MainWindow
from crmdesk.services import contacts, operators
from crmdesk.services.database import Database, open_database
from tests.conftest import add_customer

pytestmark = pytest.mark.postgres

WAIT_MS = 15_000
PASSWORD = "kuro-zu-2026"


@pytest.fixture
def shared(pg_url: str) -> Iterator[tuple[str, CustomerId, OperatorView, OperatorView]]:
    """A shared database with one customer and two operators who can sign in."""
    db = open_database(pg_url)
    try:
        with db.uow() as uow:
            customer = CustomerId(add_customer(uow.session, phones=["090-1234-5678"]))
            uow.commit()
        ito = operators.add_operator(
            db.uow(), None, login="ito", name="伊藤", role="operator", password=PASSWORD
        )
        kato = operators.add_operator(
            db.uow(), None, login="kato", name="加藤", role="operator", password=PASSWORD
        )
    finally:
        db.close()
    yield pg_url, customer, ito, kato


def _desk(qtbot: QtBot, url: str, operator: OperatorView) -> tuple[MainWindow, Database]:
    database = open_database(url)
    window = MainWindow(database, operator, remember_geometry=False)
    qtbot.addWidget(window)
    live = make_live_updates(database, operator, window.runner, window)
    assert live is not None
    with qtbot.waitSignal(live.connectionChanged, timeout=WAIT_MS):
        window.attach_live(live)
    window.show()
    return window, database


def test_presence_and_changes_reach_the_other_desk(
    qtbot: QtBot, shared: tuple[str, CustomerId, OperatorView, OperatorView]
) -> None:
    url, customer, ito, kato = shared
    a, db_a = _desk(qtbot, url, ito)
    b, db_b = _desk(qtbot, url, kato)
    try:
        with qtbot.waitSignal(a.desk.cardShown, timeout=WAIT_MS):
            a.open_customer(customer)
        assert not a.desk.ui.presenceLabel.isVisible()
        with qtbot.waitSignal(b.desk.cardShown, timeout=WAIT_MS):
            b.open_customer(customer)
        # Each card names the other operator.
        qtbot.waitUntil(b.desk.ui.presenceLabel.isVisible, timeout=WAIT_MS)
        assert "伊藤" in b.desk.ui.presenceLabel.text()
        qtbot.waitUntil(a.desk.ui.presenceLabel.isVisible, timeout=WAIT_MS)
        assert "加藤" in a.desk.ui.presenceLabel.text()

        # 伊藤 records a call: 加藤's open card shows it without touching anything.
        contacts.record_call(
            db_a.uow(),
            ito.id,
            customer,
            direction=ContactDirection.INBOUND,
            category=ContactCategory.INQUIRY,
            summary="お届け日の確認",
            duration_s=60,
        )

        def b_sees_the_call() -> bool:
            card = b.card
            return card is not None and any(
                e.kind == TimelineKind.CONTACT and "お届け日の確認" in e.title + e.detail
                for e in card.timeline
            )

        qtbot.waitUntil(b_sees_the_call, timeout=WAIT_MS)
        assert "更新" in b.ui.statusBar.currentMessage()

        # 伊藤 closes the window: 加藤's card stops naming them at once.
        a.close()
        qtbot.waitUntil(lambda: not b.desk.ui.presenceLabel.isVisible(), timeout=WAIT_MS)
    finally:
        a.close()
        b.close()
        db_a.close()
        db_b.close()


def test_sqlite_has_no_live_line(desk_db: Database, operator: OperatorView, qtbot: QtBot) -> None:
    window = MainWindow(desk_db, operator, remember_geometry=False)
    qtbot.addWidget(window)
    assert make_live_updates(desk_db, operator, window.runner, window) is None
    window.close()
