"""Alembic owns the schema: upgrade from empty gives the models' schema on both backends,
and a database from a newer crmdesk is refused by every command, untouched."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import bindparam as sa_bindparam
from sqlalchemy import create_engine, inspect, select, text

from crmdesk.store.engine import database_url
from crmdesk.store.migrations import (
    alembic_config,
    current_revision,
    head_revision,
    include_name,
    schema_state,
    upgrade,
)
from crmdesk.store.schema import Base, UTCDateTime

NEWER = "9999_from_the_future"


def _compare(target: str) -> tuple[list[object], set[str]]:
    """Differences between the database and the models (with the same filter as db/env.py)."""
    engine = create_engine(database_url(target))
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_name": include_name})
            diff = compare_metadata(context, Base.metadata)
            tables = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    return list(diff), tables


def test_upgrade_from_empty_yields_exactly_the_models_schema(db_target: str) -> None:
    state = upgrade(db_target)
    assert state.current == head_revision()
    diff, tables = _compare(db_target)
    assert diff == [], f"migrations and models disagree: {diff}"
    assert set(Base.metadata.tables) <= tables
    assert "alembic_version" in tables


def test_the_search_revision_downgrades_and_upgrades_again(db_target: str) -> None:
    from crmdesk.services import lookup
    from crmdesk.services.database import open_database
    from tests.conftest import add_customer

    db = open_database(db_target)
    with db.uow() as uow:
        add_customer(uow.session, street="千代田１－１")
        uow.commit()
    db.close()
    engine = create_engine(database_url(db_target))
    try:
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
        assert current_revision(db_target) == "0001"
        with engine.connect() as conn:
            columns = {c["name"] for c in inspect(conn).get_columns("customers")}
            tables = set(inspect(conn).get_table_names())
            indexes = {i["name"] for i in inspect(conn).get_indexes("customers")}
        assert "address_norm" not in columns
        assert not {t for t in tables if t.startswith("customer_search")}
        assert not {i for i in indexes if i and "search" in i}
    finally:
        engine.dispose()
    # The upgrade fills address_norm and the index from the rows already there.
    db = open_database(db_target)
    try:
        assert db.info.revision == head_revision()
        assert [c.code for c in lookup.lookup_name_substring(db.uow(), "千代田1-1")] == ["C0000001"]
        assert [c.code for c in lookup.lookup_name_substring(db.uow(), "ナコ")] == ["C0000001"]
    finally:
        db.close()
    diff, _ = _compare(db_target)
    assert diff == [], f"migrations and models disagree after down and up: {diff}"


def test_upgrade_is_idempotent(db_target: str) -> None:
    upgrade(db_target)
    assert upgrade(db_target).up_to_date
    assert current_revision(db_target) == head_revision()


def test_sqlite_database_is_wal_with_foreign_keys(sqlite_path: Path) -> None:
    from crmdesk.services.database import open_database

    db = open_database(str(sqlite_path))
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    finally:
        db.close()


def _stamp_newer_sqlite(path: Path) -> str:
    upgrade(str(path))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file to hash
    conn.execute("UPDATE alembic_version SET version_num = ?", (NEWER,))
    conn.commit()
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


COMMANDS = [
    pytest.param([], id="gui"),
    pytest.param(["--self-check"], id="self-check"),
    pytest.param(["db", "current"], id="db-current"),
    pytest.param(["db", "upgrade"], id="db-upgrade"),
    pytest.param(["db", "backup", "{tmp}/copy.sqlite3"], id="db-backup"),
    pytest.param(["find", "ヤマダ"], id="find"),
    pytest.param(["demo", "--no-gui", "--customers", "10", "--replace"], id="demo"),
    pytest.param(["bench", "--n", "5"], id="bench"),
]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_refuses_a_newer_sqlite_database_and_leaves_it_unchanged(
    sqlite_path: Path, tmp_path: Path, command: list[str]
) -> None:
    before = _stamp_newer_sqlite(sqlite_path)
    argv = [arg.replace("{tmp}", str(tmp_path)) for arg in command]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CRMDESK_CONFIG_DIR": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "crmdesk", *argv, "--db", str(sqlite_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert proc.returncode == 3, proc.stderr
    assert NEWER in proc.stderr
    assert "newer crmdesk" in proc.stderr
    assert hashlib.sha256(sqlite_path.read_bytes()).hexdigest() == before
    assert not list(tmp_path.glob("*.before-upgrade-*"))
    assert not (tmp_path / "copy.sqlite3").exists()


def test_newer_postgresql_database_is_refused_and_unchanged(pg_url: str) -> None:
    upgrade(pg_url)
    engine = create_engine(database_url(pg_url))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": NEWER})
    proc = subprocess.run(
        [sys.executable, "-m", "crmdesk", "db", "upgrade", "--db", pg_url],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert proc.returncode == 3, proc.stderr
    assert NEWER in proc.stderr
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == NEWER
    engine.dispose()


def test_schema_state_of_empty_database_is_not_up_to_date(db_target: str) -> None:
    state = schema_state(db_target)
    assert state.current is None
    assert not state.up_to_date


def test_db_current_json_and_backup_roundtrip(sqlite_path: Path, tmp_path: Path) -> None:
    from crmdesk.cli import main

    assert main(["db", "upgrade", "--db", str(sqlite_path)]) == 0
    copy = tmp_path / "backup.sqlite3"
    assert main(["db", "backup", str(copy), "--db", str(sqlite_path)]) == 0
    assert current_revision(str(copy)) == head_revision()


def test_db_current_json(sqlite_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from crmdesk.cli import main

    upgrade(str(sqlite_path))
    assert main(["db", "current", "--json", "--db", str(sqlite_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {
        "database": str(sqlite_path),
        "backend": "sqlite",
        "revision": head_revision(),
        "head": head_revision(),
    }


def test_a_file_that_is_not_a_database_gets_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from crmdesk.cli import main

    junk = tmp_path / "notes.txt"
    junk.write_text("not a database\n" * 100)
    assert main(["db", "current", "--db", str(junk)]) == 1
    assert "not a crmdesk database" in capsys.readouterr().err
    assert junk.read_text() == "not a database\n" * 100


def test_the_followups_revision_upgrades_with_data_in_place(db_target: str) -> None:
    """0005 → 0006 with customers, orders and a follow-up in place: the purchase facts are
    computed from the orders there, the old follow-up joins the shared queue; down and up."""
    import datetime as dt

    from crmdesk.services.database import open_database
    from crmdesk.store.schema import (
        Customer,
        CustomerOrderFacts,
        FollowUp,
        Order,
        OrderLine,
        Product,
    )
    from tests.conftest import add_customer

    engine = create_engine(database_url(db_target))
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0005")
        with engine.begin() as conn:
            from sqlalchemy.orm import Session

            # Only the columns revision 0005 has (the models are at head).
            session = Session(bind=conn)
            cid = add_customer(session)
            del cid
            session.flush()
            product = conn.execute(
                text(
                    "INSERT INTO products (sku, name, price_yen, subscribable, days_of_supply, "
                    "active) VALUES ('P1', '黒酢', 3980, TRUE, 30, TRUE) RETURNING id"
                )
            ).scalar_one()
            customer = conn.execute(text("SELECT id FROM customers")).scalar_one()
            for n, (day, status) in enumerate(
                [(1, "delivered"), (21, "delivered"), (61, "delivered"), (70, "cancelled")]
            ):
                order = conn.execute(
                    text(
                        "INSERT INTO orders (order_number, customer_id, channel, status, "
                        "subtotal_yen, discount_yen, shipping_yen, tax_yen, total_yen, "
                        "ordered_at) VALUES (:no, :c, 'web', :st, 1, 0, 0, 0, 1, :at) RETURNING id"
                    ),
                    {
                        "no": f"O{n}",
                        "c": customer,
                        "st": status,
                        "at": f"2026-{(day - 1) // 30 + 1:02d}-{(day - 1) % 30 + 1:02d} 03:00:00",
                    },
                ).scalar_one()
                conn.execute(
                    text(
                        "INSERT INTO order_lines (order_id, product_id, quantity, unit_price_yen, "
                        "amount_yen) VALUES (:o, :p, 2, 1, 1)"
                    ),
                    {"o": order, "p": product},
                )
            conn.execute(
                text(
                    "INSERT INTO follow_ups (customer_id, kind, channel, due_at, priority, status, "
                    "attempts, note, created_at) VALUES (:c, 'callback', 'call', "
                    "'2026-03-01 01:00:00', 50, 'open', 0, '', '2026-02-01 01:00:00')"
                ),
                {"c": customer},
            )
            session.close()
        db = open_database(db_target)
        try:
            with db.uow() as uow:
                facts = uow.session.get(CustomerOrderFacts, customer)
                assert facts is not None
                assert facts.order_count == 3  # the cancelled one is not a purchase
                assert facts.first_order_on == dt.date(2026, 1, 1)
                assert facts.last_order_on == dt.date(2026, 3, 1)
                assert facts.last_supply_days == 60  # 30 days × 2
                assert facts.median_interval_days == 29.5  # gaps of 20 and 39 days
                fu = uow.session.scalars(select(FollowUp)).one()
                assert (fu.handling, fu.origin, fu.assigned_to) == ("shared", "desk", None)
                del Customer, Order, OrderLine, Product
        finally:
            db.close()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        with engine.connect() as conn:
            assert "customer_order_facts" not in inspect(conn).get_table_names()
        upgrade(db_target)
        diff, _ = _compare(db_target)
        assert diff == [], f"migrations and models disagree after down and up: {diff}"
    finally:
        engine.dispose()


def _orders_at_0005(conn: Any) -> None:
    """Customers with orders at revision 0005 (raw SQL: the models are at head): several
    orders, two products, delivery numbers, a cancelled and a returned order, orders on both
    sides of JST midnight, a customer without purchases."""
    from sqlalchemy.orm import Session

    from tests.conftest import add_customer

    session = Session(bind=conn)
    customers = [add_customer(session, code=f"C{n:07d}") for n in range(1, 5)]
    session.flush()
    session.close()
    products = [
        conn.execute(
            text(
                "INSERT INTO products (sku, name, price_yen, subscribable, days_of_supply, "
                "active) VALUES (:sku, '黒酢', 3980, TRUE, :days, TRUE) RETURNING id"
            ),
            {"sku": sku, "days": days},
        ).scalar_one()
        for sku, days in (("P30", 30), ("P60", 60))
    ]
    # (customer, UTC time, status, delivery number, [(product, quantity)])
    orders = [
        (0, "2026-01-01 03:00:00", "delivered", None, [(0, 2)]),
        (0, "2026-01-21 14:59:00", "delivered", None, [(0, 1)]),  # JST 01-21 23:59
        (0, "2026-03-01 15:00:00", "delivered", None, [(0, 1), (1, 1)]),  # JST 03-02 00:00
        (0, "2026-03-10 03:00:00", "cancelled", None, [(0, 5)]),
        (1, "2026-02-01 03:00:00", "shipped", 1, [(1, 1)]),
        (1, "2026-03-03 03:00:00", "shipped", 2, [(1, 1)]),
        (1, "2026-04-02 03:00:00", "returned", 3, [(1, 1)]),
        (2, "2026-05-05 05:00:00", "delivered", None, [(0, 3)]),
        (2, "2026-05-05 06:00:00", "delivered", None, [(1, 1)]),  # the same day twice
        (3, "2026-06-01 03:00:00", "cancelled", None, [(0, 1)]),  # no purchase at all
    ]
    for n, (who, at, status, delivery, lines) in enumerate(orders):
        order = conn.execute(
            text(
                "INSERT INTO orders (order_number, customer_id, channel, status, delivery_number, "
                "subtotal_yen, discount_yen, shipping_yen, tax_yen, total_yen, ordered_at) "
                "VALUES (:no, :c, 'web', :st, :dn, 1, 0, 0, 0, 1, :at) RETURNING id"
            ),
            {"no": f"O{n}", "c": customers[who], "st": status, "dn": delivery, "at": at},
        ).scalar_one()
        for product, quantity in lines:
            conn.execute(
                text(
                    "INSERT INTO order_lines (order_id, product_id, quantity, unit_price_yen, "
                    "amount_yen) VALUES (:o, :p, :q, 1, 1)"
                ),
                {"o": order, "p": products[product], "q": quantity},
            )


def _facts_and_mark(conn: Any) -> tuple[list[tuple[Any, ...]], Any]:
    rows = conn.execute(text("SELECT * FROM customer_order_facts ORDER BY customer_id")).all()
    mark = conn.execute(
        text("SELECT value FROM app_settings WHERE key = 'followups.facts_through_order_id'")
    ).scalar_one_or_none()
    return [tuple(r) for r in rows], mark


@pytest.mark.parametrize("with_orders", [True, False], ids=["orders", "no-orders"])
def test_the_followups_revision_computes_facts_without_the_store_code(
    db_target: str, monkeypatch: pytest.MonkeyPatch, with_orders: bool
) -> None:
    """0006 fills customer_order_facts with SQL frozen in the migration: the store's
    rebuild_facts (which may change later) is not used, and today both give the same rows
    and the same watermark (none without orders)."""
    from crmdesk.store import followups as store

    def not_from_a_migration(*_args: object, **_kw: object) -> None:
        raise AssertionError("migration 0006 must not run the store's code")

    engine = create_engine(database_url(db_target))
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0005")
            if with_orders:
                _orders_at_0005(conn)
        with monkeypatch.context() as patch:
            patch.setattr(store, "rebuild_facts", not_from_a_migration)
            patch.setattr(store, "_facts_insert", not_from_a_migration)
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "0006")
        with engine.connect() as conn:
            migrated, mark = _facts_and_mark(conn)
        # 0007 replaces 0006's watermark by stale marks and marks the orders after it: none
        # here, the mark is the newest order. 0008 marks the customers whose supply may be
        # out of date: here only C0000003, who bought twice on one day. Then today's store
        # code runs at head.
        stale = {}
        for revision in ("0007", "head"):
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                stale[revision] = conn.execute(
                    text("SELECT count(*) FROM customer_facts_stale")
                ).scalar_one()
        with engine.begin() as conn:
            written = store.rebuild_facts(conn)
            rebuilt, head_mark = _facts_and_mark(conn)
        assert migrated == rebuilt
        assert len(migrated) == written == (3 if with_orders else 0)
        assert stale == {"0007": 0, "head": 1 if with_orders else 0} and head_mark is None
        if with_orders:
            with engine.connect() as conn:
                newest = conn.execute(text("SELECT max(id) FROM orders")).scalar_one()
            assert json.loads(mark) == newest
        else:
            assert mark is None
    finally:
        engine.dispose()


def test_the_stale_marks_revision_carries_over_orders_after_the_watermark(
    db_target: str,
) -> None:
    """0007 replaces 0006's order-id watermark by stale marks: an order written after the
    facts were computed (at 0006, no trigger yet) is marked on the way up, the watermark
    setting goes, and from then on the triggers mark every order written, changed or
    deleted."""
    engine = create_engine(database_url(db_target))
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0005")
            _orders_at_0005(conn)
            command.upgrade(cfg, "0006")
            late = conn.execute(
                text(
                    "INSERT INTO orders (order_number, customer_id, channel, status, "
                    "subtotal_yen, discount_yen, shipping_yen, tax_yen, total_yen, ordered_at) "
                    "SELECT 'LATE', id, 'web', 'delivered', 1, 0, 0, 0, 1, "
                    "'2026-07-01 03:00:00' FROM customers WHERE code = 'C0000003' RETURNING id"
                )
            ).scalar_one()
            command.upgrade(cfg, "0007")
        with engine.begin() as conn:
            marked = conn.execute(
                text("SELECT DISTINCT customer_id FROM customer_facts_stale")
            ).scalars()
            customer = conn.execute(
                text("SELECT customer_id FROM orders WHERE id = :id"), {"id": late}
            ).scalar_one()
            assert list(marked) == [customer]
            assert _facts_and_mark(conn)[1] is None
            conn.execute(text("DELETE FROM customer_facts_stale"))
            conn.execute(
                text("UPDATE orders SET status = 'cancelled' WHERE id = :id"), {"id": late}
            )
            conn.execute(
                text(
                    "DELETE FROM order_lines WHERE order_id IN (SELECT id FROM orders WHERE order_number = 'O0')"
                )
            )
            conn.execute(text("DELETE FROM orders WHERE order_number = 'O0'"))
            first = conn.execute(
                text(
                    "SELECT customer_id FROM customers c JOIN orders o ON o.customer_id = c.id "
                    "WHERE o.order_number = 'O1'"
                )
            ).scalar_one()
            assert set(
                conn.execute(text("SELECT customer_id FROM customer_facts_stale")).scalars()
            ) == {customer, first}
    finally:
        engine.dispose()


def test_the_lines_revision_marks_the_customers_whose_supply_may_be_out_of_date(
    db_target: str,
) -> None:
    """Before 0008 a line changed after the facts were computed marked nothing. On the way up,
    0008 marks the customers whose facts' supply differs from their last purchase's lines as
    they are now, and those with two purchases less than two days apart; the next update of
    the facts puts the supply right."""
    from crmdesk.store import followups as store

    engine = create_engine(database_url(db_target))
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0005")
            _orders_at_0005(conn)
            command.upgrade(cfg, "0007")  # 0006 computed the facts
            _c0, c1, c2, _c3 = conn.execute(
                text("SELECT id FROM customers ORDER BY code")
            ).scalars()
            # C0000002's last purchase is O5 (O6 was returned): one pack of 60 days, now three.
            conn.execute(
                text(
                    "UPDATE order_lines SET quantity = 3 WHERE order_id = "
                    "(SELECT id FROM orders WHERE order_number = 'O5')"
                )
            )
            # C0000001's first order (not the last one) loses a line: the facts do not change.
            conn.execute(
                text(
                    "DELETE FROM order_lines WHERE order_id = "
                    "(SELECT id FROM orders WHERE order_number = 'O0')"
                )
            )
            assert conn.execute(text("SELECT count(*) FROM customer_facts_stale")).scalar() == 0
            supply = "SELECT last_supply_days FROM customer_order_facts WHERE customer_id = :c"
            assert conn.execute(text(supply), {"c": c1}).scalar_one() == 60
            command.upgrade(cfg, "0008")
            marked = set(
                conn.execute(text("SELECT customer_id FROM customer_facts_stale")).scalars()
            )
            # C0000003 bought twice on 2026-05-05: marked whatever their lines.
            assert marked == {c1, c2}
            store.update_facts(conn)
            assert conn.execute(text(supply), {"c": c1}).scalar_one() == 180
    finally:
        engine.dispose()


def test_the_lines_revision_marks_changed_lines_and_supply_and_downgrades_cleanly(
    db_target: str,
) -> None:
    """0008: a line inserted, changed or deleted marks its order's customer, a product's new
    days of supply marks everyone who bought it, other product changes mark nothing; down to
    0007 the lines mark nothing again (the orders still do), and up again matches the models."""

    def marks(conn: Any) -> set[int]:
        taken = set(conn.execute(text("SELECT customer_id FROM customer_facts_stale")).scalars())
        conn.execute(text("DELETE FROM customer_facts_stale"))
        return taken

    def line_of(conn: Any, number: str) -> int:
        return int(
            conn.execute(
                text(
                    "SELECT min(ol.id) FROM order_lines ol JOIN orders o ON o.id = ol.order_id "
                    "WHERE o.order_number = :no"
                ),
                {"no": number},
            ).scalar_one()
        )

    engine = create_engine(database_url(db_target))
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            _orders_at_0005(conn)
            c0, c1, c2, c3 = conn.execute(text("SELECT id FROM customers ORDER BY code")).scalars()
            p30, p60 = conn.execute(text("SELECT id FROM products ORDER BY sku")).scalars()
            assert marks(conn) == {c0, c1, c2, c3}  # the orders' own trigger (0007)
            conn.execute(
                text(
                    "INSERT INTO order_lines (order_id, product_id, quantity, unit_price_yen, "
                    "amount_yen) SELECT id, :p, 1, 1, 1 FROM orders WHERE order_number = 'O7'"
                ),
                {"p": p60},
            )
            assert marks(conn) == {c2}
            conn.execute(
                text("UPDATE order_lines SET quantity = 3 WHERE id = :id"),
                {"id": line_of(conn, "O4")},
            )
            assert marks(conn) == {c1}
            conn.execute(
                text(
                    "UPDATE order_lines SET order_id = (SELECT id FROM orders "
                    "WHERE order_number = 'O7') WHERE id = :id"
                ),
                {"id": line_of(conn, "O5")},
            )
            assert marks(conn) == {c1, c2}  # moved from one customer's order to another's
            conn.execute(
                text("UPDATE order_lines SET product_id = :p WHERE id = :id"),
                {"p": p30, "id": line_of(conn, "O4")},
            )
            assert marks(conn) == {c1}
            conn.execute(
                text("DELETE FROM order_lines WHERE id = :id"), {"id": line_of(conn, "O0")}
            )
            assert marks(conn) == {c0}
            conn.execute(text("UPDATE products SET price_yen = 4980, name = '黒酢 60日分'"))
            assert marks(conn) == set()
            conn.execute(text("UPDATE products SET days_of_supply = 45 WHERE id = :p"), {"p": p60})
            # every buyer of P60, whatever their last order (a superset is safe)
            assert marks(conn) == {c0, c1, c2}
            conn.execute(text("UPDATE products SET days_of_supply = 45 WHERE id = :p"), {"p": p60})
            assert marks(conn) == set()  # the same value again: no change
            command.downgrade(cfg, "0007")
            conn.execute(
                text("UPDATE order_lines SET quantity = 4 WHERE id = :id"),
                {"id": line_of(conn, "O4")},
            )
            conn.execute(text("UPDATE products SET days_of_supply = 50 WHERE id = :p"), {"p": p30})
            assert marks(conn) == set()
            conn.execute(text("UPDATE orders SET status = 'cancelled' WHERE order_number = 'O7'"))
            assert marks(conn) == {c2}
        upgrade(db_target)
        diff, _ = _compare(db_target)
        assert diff == [], f"migrations and models disagree after down and up: {diff}"
    finally:
        engine.dispose()


def test_the_followups_revision_downgrades_without_residue(db_target: str) -> None:
    """Down to 0005 after the rules ran: open and claimed rule-made follow-ups are closed
    (kept, outcome 'downgraded'), a desk call-back stays open, no followups.* setting is left;
    up again works and matches the models."""
    import datetime as dt

    from crmdesk.domain.followups import GRACE_DAYS
    from crmdesk.services import followups, operators, shared_settings
    from crmdesk.services.database import open_database
    from crmdesk.store.schema import FollowUp
    from tests.conftest import add_customer

    now = dt.datetime.now(dt.UTC)
    today = (now + dt.timedelta(hours=9)).date()
    db = open_database(db_target)
    try:
        admin = operators.add_operator(
            db.uow(), None, login="sv1", name="SV", role="admin", password="kuro-zu-2026"
        )
        with db.uow() as uow:
            s = uow.session
            customers = [add_customer(s, code=f"C{n:07d}") for n in range(1, 4)]
            s.flush()
            product = s.execute(
                text(
                    "INSERT INTO products (sku, name, price_yen, subscribable, days_of_supply, "
                    "active) VALUES ('P1', '黒酢', 3980, TRUE, 30, TRUE) RETURNING id"
                )
            ).scalar_one()
            for n, cid in enumerate(customers[:2]):
                order = s.execute(
                    text(
                        "INSERT INTO orders (order_number, customer_id, channel, status, "
                        "subtotal_yen, discount_yen, shipping_yen, tax_yen, total_yen, "
                        "ordered_at) VALUES (:no, :c, 'web', 'delivered', 1, 0, 0, 0, 1, :at) "
                        "RETURNING id"
                    ).bindparams(sa_bindparam("at", type_=UTCDateTime())),
                    {"no": f"O{n}", "c": cid, "at": now - dt.timedelta(days=120)},
                ).scalar_one()
                s.execute(
                    text(
                        "INSERT INTO order_lines (order_id, product_id, quantity, "
                        "unit_price_yen, amount_yen) VALUES (:o, :p, 1, 1, 1)"
                    ),
                    {"o": order, "p": product},
                )
            desk_made = FollowUp(
                customer_id=customers[2],
                kind="callback",
                channel="call",
                due_at=now + dt.timedelta(days=1),
                priority=50,
                status="open",
                attempts=0,
                note="",
                created_at=now,
            )
            s.add(desk_made)
            s.flush()
            desk_id = desk_made.id
            uow.commit()
        shared_settings.set_setting(db.uow(), admin.id, GRACE_DAYS, 20)
        counts = followups.refresh(db.uow(), today, now=now)
        assert counts.created == 2
        with db.uow() as uow:
            rule_made = list(
                uow.session.scalars(select(FollowUp.id).where(FollowUp.origin == "rule"))
            )
            uow.session.execute(
                text("UPDATE follow_ups SET status = 'claimed', claimed_by = :op WHERE id = :id"),
                {"op": admin.id, "id": rule_made[0]},
            )
            uow.commit()
    finally:
        db.close()
    engine = create_engine(database_url(db_target))
    cfg = alembic_config()
    try:
        with engine.connect() as conn:
            keys = set(conn.execute(text("SELECT key FROM app_settings")).scalars())
        assert {"followups.grace_days", "followups.last_refresh_at"} <= keys
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        with engine.connect() as conn:
            rows = {
                r.id: r
                for r in conn.execute(text("SELECT id, status, outcome, closed_at FROM follow_ups"))
            }
            keys = set(conn.execute(text("SELECT key FROM app_settings")).scalars())
        assert sorted(rows) == sorted([*rule_made, desk_id])  # closed, not deleted
        for fid in rule_made:
            assert (rows[fid].status, rows[fid].outcome) == ("closed", "downgraded")
            assert rows[fid].closed_at is not None
        assert (rows[desk_id].status, rows[desk_id].outcome) == ("open", None)
        assert not {k for k in keys if k.startswith("followups.")}
        upgrade(db_target)
        diff, _ = _compare(db_target)
        assert diff == [], f"migrations and models disagree after down and up: {diff}"
        with engine.connect() as conn:
            facts, mark = _facts_and_mark(conn)
        # the facts computed again on the way up (0006), its watermark replaced by marks (0007)
        assert len(facts) == 2 and mark is None
        db = open_database(db_target)
        try:
            followups.refresh(db.uow(), today, now=now + dt.timedelta(minutes=1))
        finally:
            db.close()
    finally:
        engine.dispose()
