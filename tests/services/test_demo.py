"""`crmdesk demo`: a deterministic, realistic 単品リピート通販 database (services.demo, store.bulk).

One 2,000-customer SQLite build per module is shared by the property tests; builds are cheap
(about a second), so determinism and refusal tests make their own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crmdesk.domain.errors import CrmdeskError
from crmdesk.domain.normalize import (
    format_phone,
    normalize_address,
    normalize_email,
    normalize_kana,
    normalize_name,
    normalize_phone,
)
from crmdesk.domain.postal import lookup_postal_code, lookup_postal_towns
from crmdesk.services.demo import DemoDatabaseNotEmptyError, DemoStats, build_demo, count_customers
from crmdesk.store import schema
from crmdesk.store.bulk import Categorical, Printf, bulk_loading
from crmdesk.store.engine import make_engine
from crmdesk.store.migrations import current_revision, head_revision, upgrade

TODAY = dt.date(2026, 11, 23)
N = 2_000
#: 00:00 today in Japan, as SQLite stores UTC timestamps: nothing may happen at or after it.
NOW_TEXT = "2026-11-22 15:00:00.000000"
REASONS = {
    "surplus_stock",
    "no_effect",
    "price",
    "skin_or_health",
    "switched",
    "moving",
    "forgetting",
    "family",
    "dislike_commitment",
    "service",
    "other",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoStats]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    stages: list[tuple[str, float]] = []
    stats = build_demo(
        str(path), customers=N, seed=1, today=TODAY, progress=lambda s, f: stages.append((s, f))
    )
    assert stages[-1] == ("done", 1.0)
    fractions = [f for _, f in stages]
    assert fractions == sorted(fractions)
    return path, stats


@pytest.fixture
def db(built: tuple[Path, DemoStats]) -> Iterator[sqlite3.Connection]:
    path, _ = built
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def scalar(conn: sqlite3.Connection, sql: str) -> object:
    return conn.execute(sql).fetchone()[0]


def fingerprint(path: Path) -> str:
    """A hash of the ordered content of the main tables (not the audit row: it has the clock)."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    digest = hashlib.sha256()
    try:
        for table in (
            "customers",
            "customer_phones",
            "subscriptions",
            "orders",
            "order_lines",
            "contacts",
            "cancellation_requests",
            "customer_voices",
        ):
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY id"):
                digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()


# ------------------------------------------------------------------------------ shape and counts


def test_counts_are_those_of_a_realistic_business(
    built: tuple[Path, DemoStats], db: sqlite3.Connection
) -> None:
    _, stats = built
    for table, rows in stats.rows.items():
        assert scalar(db, f'SELECT count(*) FROM "{table}"') == rows, table
    assert stats.rows["customers"] == N
    assert stats["operators"] == 12
    assert 3 <= stats["products"] <= 5
    assert 4.0 <= stats["orders"] / N <= 6.0  # about five orders per customer
    assert stats["orders"] <= stats["order_lines"] <= 1.05 * stats["orders"]
    assert 0.5 <= stats["subscriptions"] / N <= 0.8  # 55 % subscribe, some restart later
    assert 0.7 <= stats["contacts"] / N <= 2.0  # about one call per customer
    assert stats["follow_ups"] == 0  # computed by the follow-up rules, not invented here
    assert stats["audit_log"] == 1
    assert stats.as_json()["rows"] == dict(stats.rows)
    assert stats.seconds > 0


def test_the_schema_is_at_head_and_the_file_is_back_in_wal_mode(
    built: tuple[Path, DemoStats], db: sqlite3.Connection
) -> None:
    path, _ = built
    assert current_revision(str(path)) == head_revision()
    assert scalar(db, "PRAGMA journal_mode") == "wal"
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    for table in schema.Base.metadata.sorted_tables:
        for index in table.indexes:
            assert index.name in names, index.name
    assert count_customers(str(path)) == N


def sqlite_schema(path: Path) -> set[tuple[str, ...]]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return set(
            conn.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        )
    finally:
        conn.close()


def test_the_loader_leaves_the_schema_exactly_as_the_migrations_made_it(tmp_path: Path) -> None:
    """Indexes, the FTS5 search table and the triggers are dropped for the load, then rebuilt."""
    path = tmp_path / "schema.sqlite3"
    upgrade(str(path))
    migrated = sqlite_schema(path)
    build_demo(str(path), customers=20, today=TODAY)
    assert sqlite_schema(path) == migrated
    conn = sqlite3.connect(path)
    try:
        # The search index was rebuilt over the loaded customers (and its triggers work again).
        name = conn.execute("SELECT name_norm FROM customers WHERE id = 7").fetchone()[0]
        conn.execute("UPDATE customers SET name_norm = name_norm || 'テスト' WHERE id = 7")
        rows = conn.execute(
            "SELECT rowid FROM customer_search WHERE customer_search MATCH ?", (f'"{name[:3]}"',)
        ).fetchall()
        assert (7,) in rows
        # The purchase facts' triggers, suspended during the load, mark changes again.
        assert scalar(conn, "SELECT count(*) FROM customer_facts_stale") == 0
        conn.execute("UPDATE order_lines SET quantity = quantity + 1 WHERE id = 1")
        customer = scalar(
            conn,
            "SELECT o.customer_id FROM orders o JOIN order_lines ol ON ol.order_id = o.id "
            "WHERE ol.id = 1",
        )
        assert conn.execute("SELECT customer_id FROM customer_facts_stale").fetchall() == [
            (customer,)
        ]
    finally:
        conn.close()


def test_count_customers_does_not_create_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.sqlite3"
    assert count_customers(str(missing)) == 0
    assert not missing.exists()


def test_the_same_seed_gives_the_same_data_and_another_seed_does_not(
    built: tuple[Path, DemoStats], tmp_path: Path
) -> None:
    path, _ = built
    again = tmp_path / "again.sqlite3"
    other = tmp_path / "other.sqlite3"
    build_demo(str(again), customers=N, seed=1, today=TODAY)
    build_demo(str(other), customers=N, seed=2, today=TODAY)
    assert fingerprint(again) == fingerprint(path)
    assert fingerprint(other) != fingerprint(path)


def test_a_database_with_data_is_refused_unless_replace(tmp_path: Path) -> None:
    path = tmp_path / "twice.sqlite3"
    build_demo(str(path), customers=30, today=TODAY)
    with pytest.raises(DemoDatabaseNotEmptyError, match="replace") as caught:
        build_demo(str(path), customers=30, today=TODAY)
    assert isinstance(caught.value, CrmdeskError)
    assert count_customers(str(path)) == 30
    stats = build_demo(str(path), customers=50, today=TODAY, replace=True)
    assert stats["customers"] == count_customers(str(path)) == 50
    conn = sqlite3.connect(path)
    try:
        assert scalar(conn, "SELECT max(id) FROM customers") == 50
        assert scalar(conn, "SELECT count(*) FROM audit_log") == 1
    finally:
        conn.close()


def test_customers_must_be_positive_and_the_seed_not_negative(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        build_demo(str(tmp_path / "x.sqlite3"), customers=0, today=TODAY)
    with pytest.raises(ValueError, match="seed"):
        build_demo(str(tmp_path / "x.sqlite3"), customers=1, seed=-1, today=TODAY)
    assert not (tmp_path / "x.sqlite3").exists()


# ------------------------------------------------------------------------------ customers


def test_every_customer_has_a_code_and_consistent_search_keys(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT id, code, family_name, given_name, family_kana, given_kana, name_norm, kana_norm, "
        "email, email_norm, prefecture, city, street, building, address_norm FROM customers"
    ).fetchall()
    assert len(rows) == N
    for (
        cid,
        code,
        family,
        given,
        fkana,
        gkana,
        name_norm,
        kana_norm,
        email,
        email_norm,
        pref,
        city,
        street,
        building,
        address_norm,
    ) in rows:
        assert code == f"C{cid:07d}"
        assert normalize_kana(fkana) == fkana and normalize_kana(gkana) == gkana  # katakana
        assert kana_norm == normalize_kana(fkana + gkana) == fkana + gkana
        assert name_norm == normalize_name(family + given)
        assert address_norm == normalize_address(pref, city, street, building)
        if email is None:
            assert email_norm is None
        else:
            assert email_norm == normalize_email(email)
            assert email_norm.rsplit("@", 1)[1].split(".")[-2:] in (
                ["example", "com"],
                ["co", "jp"],
                ["ne", "jp"],
                ["example", "jp"],
            )
    share_email = scalar(db, "SELECT avg(email IS NOT NULL) FROM customers")
    assert 0.45 <= share_email <= 0.75  # type: ignore[operator]
    assert scalar(db, "SELECT avg(gender = 'female') FROM customers") > 0.7  # type: ignore[operator]
    ages = scalar(
        db, "SELECT avg((julianday('2026-11-23') - julianday(birth_date)) / 365.25) FROM customers"
    )
    assert 52 <= ages <= 64  # type: ignore[operator]
    assert scalar(db, "SELECT min(birth_date) FROM customers") >= "1940-11-23"  # type: ignore[operator]
    assert scalar(db, "SELECT max(birth_date) FROM customers") <= "1996-11-23"  # type: ignore[operator]
    assert 0.15 <= scalar(db, "SELECT avg(building <> '') FROM customers") <= 0.45  # type: ignore[operator]


def test_phone_numbers_are_valid_and_local(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT p.kind, p.number, p.digits, p.last4, c.prefecture FROM customer_phones p "
        "JOIN customers c ON c.id = p.customer_id"
    ).fetchall()
    for kind, number, digits, last4, prefecture in rows:
        assert normalize_phone(number) == digits
        assert format_phone(digits) == number
        assert last4 == digits[-4:]
        assert (kind == "mobile") == digits.startswith(("090", "080", "070"))
        if kind == "home" and prefecture == "東京都":
            assert number.startswith("03-")
        if kind == "home" and prefecture == "大阪府":
            assert number.startswith("06-")
    assert (
        scalar(
            db,
            "SELECT count(*) FROM customers WHERE id NOT IN "
            "(SELECT customer_id FROM customer_phones)",
        )
        == 0
    )
    mobiles = [r[2] for r in rows if r[0] == "mobile"]
    assert len(set(mobiles)) == len(mobiles)  # a mobile number belongs to one customer
    per_customer = len(rows) / N
    assert 1.1 <= per_customer <= 2.0
    positions = db.execute(
        "SELECT customer_id, group_concat(position) FROM customer_phones GROUP BY customer_id"
    ).fetchall()
    assert {p for _, p in positions} <= {"0", "0,1"}


def test_addresses_use_real_postal_codes(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT DISTINCT postal_code, prefecture, city, street FROM customers")
    for code, prefecture, city, street in rows.fetchall():
        found = lookup_postal_code(code)
        assert found is not None, code
        assert (found.prefecture, found.city) == (prefecture, city)
        towns = [t.town for t in lookup_postal_towns(code)]
        assert any(t and street.startswith(t) for t in towns), (code, street, towns)
    # Spread like the population: Tokyo is the most common prefecture, not a rural one.
    top = db.execute(
        "SELECT prefecture FROM customers GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    assert top == "東京都"


def test_flags_have_realistic_shares_and_say_when(db: sqlite3.Connection) -> None:
    for flag in ("do_not_mail", "do_not_call", "returned_mail"):
        share = scalar(db, f"SELECT avg({flag}) FROM customers")
        assert 0.01 <= share <= 0.08, (flag, share)  # type: ignore[operator]
        assert (
            scalar(db, f"SELECT count(*) FROM customers WHERE {flag} <> ({flag}_at IS NOT NULL)")
            == 0
        )
        assert scalar(db, f"SELECT count(*) FROM customers WHERE {flag}_at < created_at") == 0
    assert scalar(db, "SELECT count(*) FROM customers WHERE do_not_email AND email IS NULL") == 0
    assert scalar(db, "SELECT count(*) FROM customers WHERE updated_at < created_at") == 0
    history = dict(db.execute("SELECT flag, count(*) FROM customer_flag_changes GROUP BY flag"))
    for flag in ("do_not_mail", "do_not_call", "do_not_email", "returned_mail"):
        assert history.get(flag, 0) == scalar(db, f"SELECT sum({flag}) FROM customers")
    ranks = dict(db.execute("SELECT rank, avg(1) * count(*) FROM customers GROUP BY rank"))
    assert set(ranks) == {"new", "regular", "silver", "gold", "vip"}
    assert ranks["vip"] / N <= 0.05


# ------------------------------------------------------------------------------ subscriptions


def test_subscription_survival_falls_steeply_then_has_a_long_tail(db: sqlite3.Connection) -> None:
    def at_least(n: int) -> int:
        return int(scalar(db, f"SELECT count(*) FROM subscriptions WHERE delivery_count >= {n}"))  # type: ignore[call-overload]

    assert at_least(1) == scalar(db, "SELECT count(*) FROM subscriptions")
    assert at_least(2) < 0.75 * at_least(1)
    assert at_least(3) < at_least(2)
    assert at_least(4) < 0.6 * at_least(1)
    assert at_least(12) > 0
    assert at_least(24) > 0


def test_subscriptions_agree_with_their_orders_and_events(db: sqlite3.Connection) -> None:
    today = TODAY.isoformat()
    bad = db.execute(
        "SELECT s.id FROM subscriptions s LEFT JOIN orders o ON o.subscription_id = s.id "
        "GROUP BY s.id HAVING count(o.id) <> s.delivery_count "
        "OR min(o.delivery_number) <> 1 OR max(o.delivery_number) <> s.delivery_count"
    ).fetchall()
    assert bad == []
    assert (
        scalar(
            db,
            "SELECT count(*) FROM orders WHERE subscription_id IS NOT NULL "
            "AND channel <> 'subscription'",
        )
        == 0
    )
    statuses = dict(db.execute("SELECT status, count(*) FROM subscriptions GROUP BY status"))
    assert set(statuses) == {"active", "paused", "cancelled"}
    assert (
        scalar(
            db,
            "SELECT count(*) FROM subscriptions WHERE (status = 'cancelled') "
            "<> (cancelled_at IS NOT NULL)",
        )
        == 0
    )
    assert (
        scalar(
            db,
            "SELECT count(*) FROM subscriptions WHERE status = 'cancelled' "
            "AND next_ship_date IS NOT NULL",
        )
        == 0
    )
    assert (
        scalar(
            db,
            f"SELECT count(*) FROM subscriptions WHERE status <> 'cancelled' "
            f"AND (next_ship_date IS NULL OR next_ship_date < '{today}')",
        )
        == 0
    )
    assert (
        scalar(
            db,
            f"SELECT count(*) FROM subscriptions WHERE (status = 'paused') "
            f"<> (paused_until IS NOT NULL AND paused_until > '{today}')",
        )
        == 0
    )
    assert (
        scalar(
            db,
            "SELECT count(*) FROM subscriptions WHERE status = 'paused' "
            "AND next_ship_date <> paused_until",
        )
        == 0
    )
    cycles = {r[0] for r in db.execute("SELECT DISTINCT cycle_days FROM subscriptions")}
    assert 30 in cycles and cycles <= {30, 45, 60, 75, 90}
    # Every cancelled subscription has its cancellation call, reason and event.
    assert (
        scalar(
            db,
            "SELECT count(*) FROM subscriptions s WHERE status = 'cancelled' AND NOT "
            "EXISTS (SELECT 1 FROM cancellation_requests r WHERE r.subscription_id = s.id "
            "AND r.outcome = 'cancelled')",
        )
        == 0
    )
    assert (
        scalar(
            db,
            "SELECT count(*) FROM subscriptions s WHERE status = 'cancelled' AND NOT "
            "EXISTS (SELECT 1 FROM subscription_events e WHERE e.subscription_id = s.id "
            "AND e.kind = 'cancel')",
        )
        == 0
    )
    kinds = {r[0] for r in db.execute("SELECT DISTINCT kind FROM subscription_events")}
    assert kinds == {"skip", "cycle_change", "pause", "cancel"}


def test_cancellation_calls_record_reason_offers_and_outcome(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT reason_code, offers_presented, outcome, requested_at, confirmed_at "
        "FROM cancellation_requests"
    ).fetchall()
    outcomes = {r[2] for r in rows}
    assert {"retained", "changed", "cancelled"} <= outcomes
    assert {r[0] for r in rows} <= REASONS
    assert len({r[0] for r in rows}) >= 8
    for reason, offers, outcome, requested, confirmed in rows:
        parsed = json.loads(offers)
        assert all(isinstance(o, str) for o in parsed)
        assert len(parsed) <= 2  # the default offer cap (issue 4)
        # A health or safety reason is never met with an offer and always ends in cancellation.
        if reason == "skin_or_health":
            assert parsed == [] and outcome == "cancelled"
        else:
            assert parsed
        assert confirmed > requested
    top = db.execute(
        "SELECT reason_code FROM cancellation_requests GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    assert top == "surplus_stock"  # 商品が余っている: the commonest reason in the trade


# ------------------------------------------------------------------------------ orders


def test_order_amounts_add_up(db: sqlite3.Connection) -> None:
    assert (
        scalar(
            db,
            "SELECT count(*) FROM orders WHERE total_yen <> "
            "subtotal_yen - discount_yen + shipping_yen + tax_yen",
        )
        == 0
    )
    assert (
        scalar(
            db,
            "SELECT count(*) FROM orders o WHERE subtotal_yen <> "
            "(SELECT sum(amount_yen) FROM order_lines l WHERE l.order_id = o.id)",
        )
        == 0
    )
    assert (
        scalar(db, "SELECT count(*) FROM order_lines WHERE amount_yen <> unit_price_yen * quantity")
        == 0
    )
    assert (
        scalar(
            db,
            "SELECT count(*) FROM orders WHERE tax_yen <= 0 OR discount_yen < 0 "
            "OR discount_yen > subtotal_yen",
        )
        == 0
    )
    # Tax-exclusive prices: the tax is 8 % (food) to 10 % (cosmetics, shipping) of the rest.
    assert (
        scalar(
            db,
            "SELECT count(*) FROM orders WHERE tax_yen * 100 < "
            "(subtotal_yen - discount_yen + shipping_yen) * 8 - 100 OR tax_yen * 100 > "
            "(subtotal_yen - discount_yen + shipping_yen) * 10",
        )
        == 0
    )


def test_orders_are_numbered_in_time_order_and_lie_in_the_past(db: sqlite3.Connection) -> None:
    assert scalar(db, "SELECT count(*) FROM orders WHERE order_number <> printf('O%09d', id)") == 0
    previous = ""
    for (ordered_at,) in db.execute("SELECT ordered_at FROM orders ORDER BY id"):
        assert ordered_at >= previous
        previous = ordered_at
    assert previous < NOW_TEXT
    for table, column in (
        ("contacts", "contacted_at"),
        ("customers", "updated_at"),
        ("complaints", "opened_at"),
        ("subscriptions", "updated_at"),
        ("customer_voices", "received_at"),
        ("mailings", "sent_at"),
    ):
        assert scalar(db, f"SELECT max({column}) FROM {table}") < NOW_TEXT, table  # type: ignore[operator]
    pattern = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.000000")
    assert pattern.fullmatch(str(scalar(db, "SELECT created_at FROM customers LIMIT 1")))
    statuses = dict(db.execute("SELECT status, count(*) FROM orders GROUP BY status"))
    assert statuses["delivered"] > 0.9 * sum(statuses.values())
    assert statuses.get("returned", 0) > 0 and statuses.get("cancelled", 0) > 0
    assert (
        scalar(
            db,
            "SELECT count(*) FROM orders WHERE (shipped_at IS NULL) <> "
            "(status IN ('received', 'cancelled'))",
        )
        == 0
    )
    channels = {r[0] for r in db.execute("SELECT DISTINCT channel FROM orders")}
    assert {"web", "phone", "subscription"} <= channels
    first = db.execute(
        "SELECT o.ordered_at, c.created_at FROM customers c JOIN orders o ON o.id = "
        "(SELECT min(id) FROM orders WHERE customer_id = c.id)"
    ).fetchall()
    assert all(ordered == created for ordered, created in first)


# ------------------------------------------------------------------------------ the desk's records


def test_voices_with_and_without_consent(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT v.consent, v.consent_at, v.display_name, v.text, c.prefecture "
        "FROM customer_voices v JOIN customers c ON c.id = v.customer_id"
    ).fetchall()
    consents = [r[0] for r in rows]
    assert 0 < sum(consents) < len(consents)
    display = re.compile(r"[1-9]0代・(女性・|男性・)?(.+[都道府県]) [A-Z]\.[A-Z]様")
    for consent, consent_at, name, voice, prefecture in rows:
        assert voice
        if consent:
            match = display.fullmatch(name)
            assert match and match.group(2) == prefecture, name
            assert consent_at is not None
        else:
            assert name == "" and consent_at is None
    assert 0.01 <= len(rows) / N <= 0.06


def test_complaints_with_category_severity_and_resolution(db: sqlite3.Connection) -> None:
    rows = db.execute(
        "SELECT category, severity, status, resolution, resolved_at, escalated_to, escalated_at, "
        "contact_id FROM complaints"
    ).fetchall()
    assert 0.005 <= len(rows) / N <= 0.05
    assert len({r[0] for r in rows}) >= 3
    for _cat, severity, status, resolution, resolved_at, esc_to, esc_at, contact in rows:
        assert severity in ("low", "medium", "high")
        assert (status == "resolved") == (resolved_at is not None) == (resolution != "")
        assert (esc_to is None) == (esc_at is None)
        assert status != "escalated" or esc_to is not None
        assert contact is not None
    assert (
        scalar(
            db,
            "SELECT count(*) FROM complaints k JOIN contacts c ON c.id = k.contact_id "
            "WHERE c.category <> 'complaint' OR c.customer_id <> k.customer_id",
        )
        == 0
    )


def test_contacts_look_like_a_call_log(db: sqlite3.Connection) -> None:
    categories = dict(db.execute("SELECT category, count(*) FROM contacts GROUP BY 1"))
    assert set(categories) == {
        "inquiry",
        "order",
        "change",
        "cancellation",
        "complaint",
        "voice",
        "other",
    }
    directions = {r[0] for r in db.execute("SELECT DISTINCT direction FROM contacts")}
    assert directions == {"inbound", "outbound"}
    assert scalar(db, "SELECT count(DISTINCT summary) FROM contacts") >= 30
    assert (
        scalar(db, "SELECT count(*) FROM contacts WHERE channel = 'phone' AND duration_s IS NULL")
        == 0
    )
    # Calls happen in office hours (JST 9-21 時 = 0-12 時 UTC).
    late = scalar(
        db,
        "SELECT avg(CAST(substr(contacted_at, 12, 2) AS INTEGER) >= 12) "
        "FROM contacts WHERE channel = 'phone'",
    )
    assert late == 0  # type: ignore[comparison-overlap]
    assert scalar(db, "SELECT count(*) FROM mailing_batches") >= 2
    assert (
        scalar(
            db,
            "SELECT count(*) FROM mailings m JOIN customers c ON c.id = m.customer_id "
            "WHERE c.do_not_mail AND c.do_not_mail_at < m.sent_at",
        )
        == 0
    )
    assert scalar(db, "SELECT sum(letter_count) FROM mailing_batches") == scalar(
        db, "SELECT count(*) FROM mailings"
    )
    audit = json.loads(str(scalar(db, "SELECT detail FROM audit_log")))
    assert audit["customers"] == N and audit["seed"] == 1 and audit["today"] == "2026-11-23"


def test_read_through_the_orm_timestamps_are_timezone_aware(built: tuple[Path, DemoStats]) -> None:
    path, _ = built
    engine = make_engine(str(path))
    try:
        with Session(engine) as session:
            customer = session.get(schema.Customer, 1)
            assert customer is not None
            assert customer.created_at.tzinfo is not None
            assert customer.created_at.utcoffset() == dt.timedelta(0)
            assert isinstance(customer.birth_date, dt.date)
            order = session.scalars(select(schema.Order).limit(1)).one()
            assert order.ordered_at.tzinfo is not None
            assert order.shipped_at is None or order.shipped_at > order.ordered_at
            sub = session.scalars(
                select(schema.Subscription).where(schema.Subscription.status == "active").limit(1)
            ).one()
            assert isinstance(sub.next_ship_date, dt.date)
            assert sub.next_ship_date >= TODAY
            assert sub.started_at.tzinfo is not None
    finally:
        engine.dispose()


# ------------------------------------------------------------------------------ the bulk loader


def test_bulk_loaded_values_read_back_like_orm_written_ones(db_target: str) -> None:
    """NULLs, booleans, timestamps (whole and fractional seconds), patterns, categories and
    text that COPY must escape, on both backends."""
    upgrade(db_target)
    engine = make_engine(db_target)
    stamps = np.array(["2026-01-02T03:04:05", "NaT", "1969-12-31T23:59:59"], dtype="M8[s]")
    try:
        with bulk_loading(engine) as loader:
            loader.load(
                "operators",
                {
                    "id": np.array([1, 2, 3]),
                    "login": Printf("op%02d", np.array([1, 2, 3])),
                    "name": ["タブ\t入り", "改行\nあり", "バック\\スラッシュ"],
                    "role": Categorical(np.array([0, 1, 0]), ["operator", "admin"]),
                    "password_hash": [None, "x", None],
                    "active": np.array([True, False, True]),
                    "created_at": np.where(np.isnat(stamps), stamps[0], stamps),
                },
            )
            loader.load(
                "audit_log",
                {
                    "id": np.array([1, 2, 3]),
                    "at": np.array(
                        ["2026-01-02T03:04:05.250", "2026-01-02T03:04:05", "2026-01-02"],
                        dtype="M8[ms]",
                    ),
                    "operator_id": np.ma.MaskedArray([1, 0, 3], mask=[False, True, False]),
                    "action": ["a", "b", "c"],
                    "entity": ["e", "e", "e"],
                    "entity_id": np.ma.MaskedArray([0, 0, 0], mask=[True, True, True]),
                    "detail": ["{}", "{}", "{}"],
                },
            )
            with pytest.raises(TypeError, match="created_at"):
                loader.load("operators", {"created_at": np.array(["2026-01-02"], dtype="M8[D]")})
        with Session(engine) as session:
            ops = session.scalars(select(schema.Operator).order_by(schema.Operator.id)).all()
            assert [o.login for o in ops] == ["op01", "op02", "op03"]
            assert [o.name for o in ops] == ["タブ\t入り", "改行\nあり", "バック\\スラッシュ"]
            assert [o.role for o in ops] == ["operator", "admin", "operator"]
            assert [o.password_hash for o in ops] == [None, "x", None]
            assert [o.active for o in ops] == [True, False, True]
            utc = dt.UTC
            assert [o.created_at for o in ops] == [
                dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=utc),
                dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=utc),
                dt.datetime(1969, 12, 31, 23, 59, 59, tzinfo=utc),
            ]
            audit = session.scalars(select(schema.AuditLog).order_by(schema.AuditLog.id)).all()
            assert [a.at for a in audit] == [
                dt.datetime(2026, 1, 2, 3, 4, 5, 250000, tzinfo=utc),
                dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=utc),
                dt.datetime(2026, 1, 2, tzinfo=utc),
            ]
            assert [a.operator_id for a in audit] == [1, None, 3]
            assert [a.entity_id for a in audit] == [None, None, None]
            # The ORM finds bulk-written timestamps with its own bound parameters.
            found = session.scalars(
                select(schema.Operator.id).where(
                    schema.Operator.created_at == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=utc)
                )
            ).all()
            assert found == [1, 2]
    finally:
        engine.dispose()


def test_a_load_into_emptied_tables_writes_no_stale_mark(
    db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo's load suspends the purchase facts' triggers: with the facts step left out,
    the loaded orders and lines have marked nobody. On PostgreSQL a trigger disabled before
    the load stays disabled, the others are enabled again."""
    from crmdesk.services import demo

    monkeypatch.setattr(demo, "_purchase_facts", lambda _engine: 0)
    upgrade(db_target)
    engine = make_engine(db_target)
    pg = engine.dialect.name == "postgresql"
    enabled = (
        "SELECT tgname, tgenabled::text FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname"
    )
    try:
        if pg:
            with engine.begin() as conn:
                conn.execute(text("ALTER TABLE products DISABLE TRIGGER tr_products_facts_supply"))
                before = conn.execute(text(enabled)).all()
        build_demo(db_target, customers=30, seed=2, today=TODAY)
        with engine.begin() as conn:
            assert conn.execute(text("SELECT count(*) FROM orders")).scalar_one() > 0
            assert conn.execute(text("SELECT count(*) FROM customer_facts_stale")).scalar_one() == 0
            if pg:
                assert conn.execute(text(enabled)).all() == before
                assert ("tr_products_facts_supply", "D") in before
                conn.execute(text("ALTER TABLE products ENABLE TRIGGER tr_products_facts_supply"))
    finally:
        engine.dispose()


def test_an_error_inside_a_bulk_load_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "rollback.sqlite3"
    upgrade(str(path))
    engine = make_engine(str(path))
    try:
        with pytest.raises(RuntimeError, match="boom"), bulk_loading(engine) as loader:
            loader.load(
                "products",
                {
                    "id": np.array([1]),
                    "sku": ["X"],
                    "name": ["x"],
                    "price_yen": np.array([1]),
                    "subscription_price_yen": np.array([1]),
                    "subscribable": np.array([True]),
                    "days_of_supply": np.array([30]),
                    "active": np.array([True]),
                },
            )
            raise RuntimeError("boom")
    finally:
        engine.dispose()
    assert sqlite_schema(path) == sqlite_schema_of_fresh(tmp_path)
    conn = sqlite3.connect(path)
    try:
        assert scalar(conn, "SELECT count(*) FROM products") == 0
        assert scalar(conn, "PRAGMA journal_mode") == "wal"
    finally:
        conn.close()


def test_a_load_that_fails_to_start_leaves_the_database_as_it_was(
    db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure after the tables were emptied and the triggers suspended, before any row is
    loaded: rolled back, triggers and rows as they were, no lock left behind."""
    from crmdesk.store import bulk

    upgrade(db_target)
    engine = make_engine(db_target)
    triggers = (
        "SELECT tgname, tgenabled::text FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname"
        if engine.dialect.name == "postgresql"
        else "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    )
    product = (
        "INSERT INTO products (sku, name, price_yen, subscribable, days_of_supply, active) "
        "VALUES (:sku, '黒酢', 3980, TRUE, 30, TRUE)"
    )

    def broken(_metadata: object) -> list[object]:
        raise RuntimeError("index list unavailable")

    try:
        with engine.begin() as conn:
            conn.execute(text(product), {"sku": "KEEP"})
            before = conn.execute(text(triggers)).all()
        assert len(before) >= 4
        monkeypatch.setattr(bulk, "_all_indexes", broken)
        # The traceback (and so the failed loader) is kept alive: its connection must have
        # been let go by the loader itself, not by the garbage collector.
        with (
            pytest.raises(RuntimeError, match="index list") as failed,
            bulk_loading(engine, truncate=True),
        ):
            pass
        monkeypatch.undo()
        with engine.begin() as conn:  # writable at once: no lock left
            if engine.dialect.name == "postgresql":
                conn.execute(text("SET LOCAL lock_timeout = '2s'"))
            else:
                conn.execute(text("PRAGMA busy_timeout = 2000"))
            conn.execute(text(product), {"sku": "AFTER"})
            assert conn.execute(text(triggers)).all() == before
            skus = conn.execute(text("SELECT sku FROM products ORDER BY sku")).scalars().all()
            assert skus == ["AFTER", "KEEP"]
        assert failed.traceback is not None
    finally:
        engine.dispose()


def sqlite_schema_of_fresh(tmp_path: Path) -> set[tuple[str, ...]]:
    fresh = tmp_path / "fresh.sqlite3"
    upgrade(str(fresh))
    return sqlite_schema(fresh)


# ------------------------------------------------------------------------------ PostgreSQL


PG_SCHEMA = (
    "SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
    "UNION ALL SELECT 'constraint', conname, pg_get_constraintdef(oid) FROM pg_constraint "
    "WHERE connamespace = 'public'::regnamespace "
    # the purchase facts' triggers, with whether they are enabled ('O') or not ('D')
    "UNION ALL SELECT 'trigger', tgname, pg_get_triggerdef(oid) || ' ' || tgenabled::text "
    "FROM pg_trigger WHERE NOT tgisinternal"
)


@pytest.mark.postgres
def test_postgresql_gets_the_same_data_as_sqlite(pg_url: str, tmp_path: Path) -> None:
    customers = 1_000
    upgrade(pg_url)
    engine = make_engine(pg_url)
    try:
        with engine.connect() as conn:
            migrated = {tuple(row) for row in conn.execute(text(PG_SCHEMA))}
    finally:
        engine.dispose()
    stats = build_demo(pg_url, customers=customers, seed=3, today=TODAY)
    lite = tmp_path / "same.sqlite3"
    lite_stats = build_demo(str(lite), customers=customers, seed=3, today=TODAY)
    assert stats.rows == lite_stats.rows
    assert current_revision(pg_url) == head_revision()
    assert count_customers(pg_url) == customers
    engines = [make_engine(pg_url), make_engine(str(lite))]
    try:
        for model in (
            schema.Customer,
            schema.CustomerPhone,
            schema.Subscription,
            schema.Order,
            schema.OrderLine,
            schema.Contact,
            schema.CancellationRequest,
            schema.Complaint,
            schema.CustomerVoice,
            schema.SubscriptionEvent,
        ):
            table = model.__table__
            contents = []
            for engine in engines:
                with Session(engine) as session:
                    contents.append(session.execute(select(*table.c).order_by(table.c.id)).all())
            assert contents[0] == contents[1], model.__tablename__
        with engines[0].connect() as conn:
            # Indexes (also the GIN search indexes) and foreign keys are back as migrated.
            assert {tuple(row) for row in conn.execute(text(PG_SCHEMA))} == migrated
            # Sequences continue after the loaded ids: the next insert does not collide.
            next_id = conn.execute(text("SELECT nextval(pg_get_serial_sequence('orders', 'id'))"))
            assert next_id.scalar_one() == stats["orders"] + 1
    finally:
        for engine in engines:
            engine.dispose()
    with pytest.raises(DemoDatabaseNotEmptyError):
        build_demo(pg_url, customers=10, today=TODAY)


def test_the_purchase_facts_are_built_with_the_orders(
    built: tuple[Path, DemoStats], db: sqlite3.Connection
) -> None:
    # The first `followups refresh` on a demo database runs the rules only: the facts of every
    # buyer are there, and no customer is marked stale.
    _, stats = built
    buyers = db.execute(
        "SELECT count(DISTINCT customer_id) FROM orders "
        "WHERE status NOT IN ('cancelled', 'returned')"
    ).fetchone()[0]
    assert stats["customer_order_facts"] == buyers > 0
    assert db.execute("SELECT count(*) FROM customer_order_facts").fetchone()[0] == buyers
    assert db.execute("SELECT count(*) FROM customer_facts_stale").fetchone()[0] == 0
