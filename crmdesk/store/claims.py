"""The 'Next' key at the driver level: claim the top due call and read its card.

'Next' is pressed by every desk of a call centre, often at the same moment, and the target is
p95 ≤ 5 ms with 8 desks claiming at once on a 2-core workstation. The SQL of a claim costs
tens of microseconds; SQLAlchemy's session, compiled-statement lookup and result machinery cost
about 150 µs a statement on top, and 8 desks queue for the same CPU. So this one path runs its
statements on the pool's DBAPI connection (checked out by
:meth:`crmdesk.store.uow.UnitOfWork.driver_connection`), with SQL written once per backend:

* **SQLite**: ``BEGIN IMMEDIATE`` (inside this process's write lane, see
  :func:`crmdesk.store.followups.write_lane`), the desk row, expired claims back to the queue,
  the take, ``COMMIT``; then the card and the phones, read after the commit (the row is ours).
* **PostgreSQL**: one statement in autocommit (one round trip, its own transaction): the desk
  row, the permission check, the claim with ``FOR UPDATE SKIP LOCKED`` and the card with its
  phones.

What a claim takes: the operator's own personal items first, then the shared queue by
priority and due time; a claim older than the expiry setting is taken over; 電話不可 customers
are never handed out; a customer another desk holds is passed over. The service layer decides
permissions (SQLite) and builds the card from the plain mapping returned here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.dialects import sqlite as sqlite_dialect

__all__ = [
    "CARD_KEYS",
    "ClaimExpiry",
    "DeskRow",
    "claim_with_card",
    "script_source",
    "setting_value",
]

#: The card's columns: the follow-up, its customer, the purchase facts, what the script needs.
_CARD_COLUMNS = (
    "f.id, f.customer_id, f.kind, f.rule_code, f.channel, f.handling, f.status, f.priority, "
    "f.due_at, f.attempts, f.assigned_to, f.claimed_by, f.claimed_at, f.outcome, f.note, "
    "f.created_at, f.closed_at, cu.code, cu.family_name, cu.given_name, "
    "fa.order_count, fa.first_order_on, fa.last_order_on, fa.last_supply_days, "
    "fa.median_interval_days, "
    "(SELECT max(sb.cycle_days) FROM subscriptions sb WHERE sb.customer_id = f.customer_id "
    "AND sb.status = 'active') AS cycle, "
    "(SELECT p.name FROM orders o JOIN order_lines ol ON ol.order_id = o.id "
    "JOIN products p ON p.id = ol.product_id WHERE o.customer_id = f.customer_id "
    "ORDER BY o.ordered_at DESC, ol.id LIMIT 1) AS product, "
    "(SELECT op.name FROM operators op WHERE op.id = :op) AS operator"
)
#: The names of the columns above, in order (the mapping's keys).
CARD_KEYS = (
    "id", "customer_id", "kind", "rule_code", "channel", "handling", "status", "priority",
    "due_at", "attempts", "assigned_to", "claimed_by", "claimed_at", "outcome", "note",
    "created_at", "closed_at", "code", "family_name", "given_name",
    "order_count", "first_order_on", "last_order_on", "last_supply_days",
    "median_interval_days", "cycle", "product", "operator",
)  # fmt: skip
_TIMESTAMPS = ("due_at", "claimed_at", "created_at", "closed_at")
_DATES = ("first_order_on", "last_order_on")

#: Never a call for a customer flagged 電話不可 (one flagged by an import, say).
_CALLABLE = (
    "AND NOT EXISTS (SELECT 1 FROM customers cu WHERE cu.id = follow_ups.customer_id "
    "AND cu.do_not_call)"
)
#: A customer another desk holds right now is passed over (one customer, one desk).
_NOT_HELD = (
    "AND NOT EXISTS (SELECT 1 FROM follow_ups g WHERE g.customer_id = follow_ups.customer_id "
    "AND g.status = 'claimed' AND g.claimed_by <> :op)"
)
#: PostgreSQL's form of the same check. It turns NOT EXISTS into an anti-join that first reads
#: every claim in force (it expects few: the statistics are from the last refresh, when none
#: were), for each 'Next'; a scalar subquery is probed per candidate through the
#: (customer_id, status) index instead, whatever the number of claims held.
_PG_NOT_HELD = (
    "AND (SELECT g.id FROM follow_ups g WHERE g.customer_id = follow_ups.customer_id "
    "AND g.status = 'claimed' AND g.claimed_by <> :op LIMIT 1) IS NULL"
)
_ORDER = "ORDER BY priority DESC, due_at, id LIMIT 1"


def _desk_sql(setting_keys: tuple[str, ...], rules_key: str) -> str:
    """The operator's role, active flag and login, the claim's settings, the rule set's stamp,
    the retention scripts' stamp (how many versions were ever saved: versions are only added,
    and a script's current version changes only with a new one)."""
    settings = ", ".join(
        f"(SELECT value FROM app_settings WHERE key = '{key}')" for key in setting_keys
    )
    return (
        f"SELECT role, active, login, {settings}, "
        f"(SELECT updated_at FROM app_settings WHERE key = '{rules_key}'), "
        "(SELECT count(*) FROM retention_script_versions) "
        "FROM operators WHERE id = :op"
    )


_SQLITE_EXPIRE = (
    "UPDATE follow_ups SET status = 'open', claimed_by = NULL, claimed_at = NULL "
    "WHERE id IN (SELECT id FROM follow_ups WHERE status = 'claimed' AND claimed_at < :cutoff)"
)
# Personal, then shared, in one statement; the compound SELECT stops at its first row.
_SQLITE_TAKE = (
    "UPDATE follow_ups SET status = 'claimed', claimed_by = :op, claimed_at = :now "
    "WHERE id = (SELECT id FROM (SELECT id FROM follow_ups WHERE assigned_to = :op "
    f"AND status = 'open' AND channel = 'call' AND due_at <= :now {_CALLABLE} {_ORDER}) "
    "UNION ALL SELECT id FROM (SELECT id FROM follow_ups WHERE status = 'open' "
    f"AND channel = 'call' AND handling = 'shared' AND due_at <= :now {_CALLABLE} "
    f"{_NOT_HELD} {_ORDER}) LIMIT 1) RETURNING id"
)
_SQLITE_CARD = (
    f"SELECT {_CARD_COLUMNS} FROM follow_ups f JOIN customers cu ON cu.id = f.customer_id "
    "LEFT JOIN customer_order_facts fa ON fa.customer_id = f.customer_id WHERE f.id = :fid"
)
_SQLITE_PHONES = "SELECT number FROM customer_phones WHERE customer_id = :cid ORDER BY position, id"


# One round trip, one transaction (autocommit): the desk row ``d`` (the operator's role and
# active flag, the claim's settings, the rule set's stamp), then the claim, made only for an
# active operator whose role may take calls. An abandoned claim (older than the expiry setting,
# read here as its parser reads the forms it writes: a whole number, bare or quoted, within
# bounds; the default otherwise) is taken over first, then the operator's own personal item,
# then the top of the shared queue (COALESCE stops at the first subquery with a row). SKIP
# LOCKED passes rows other desks are claiming at this moment. A claim is soft state (it
# expires): it does not wait for its WAL flush. The caller tells "nothing due" from "may not
# claim" by the desk columns, which come back whether or not anything was claimed. The roles
# and the expiry's key and bounds are the program's constants, written into the statement:
# only the operator and the time are sent with each press.
def _pg_take(expiry: ClaimExpiry) -> str:
    roles = ", ".join(_literal(role) for role in expiry.desk_roles)
    value = "btrim(s.value, '\" ')"
    minutes = (
        f"(SELECT CASE WHEN {value} ~ '^[0-9]{{1,9}}$' THEN CASE WHEN {value}::int "
        f"BETWEEN {int(expiry.low)} AND {int(expiry.high)} THEN {value}::int END END "
        f"FROM app_settings s WHERE s.key = {_literal(expiry.key)})"
    )
    cutoff = f"(:now - make_interval(mins => COALESCE({minutes}, {int(expiry.default)})))"
    return (
        "UPDATE follow_ups SET status = 'claimed', claimed_by = :op, claimed_at = :now "
        f"WHERE EXISTS (SELECT 1 FROM d WHERE d.active AND d.role IN ({roles})) "
        "AND id = COALESCE("
        f"(SELECT id FROM follow_ups WHERE status = 'claimed' AND claimed_at < {cutoff} "
        f"AND channel = 'call' AND (handling = 'shared' OR assigned_to = :op) {_CALLABLE} "
        f"{_ORDER} FOR UPDATE SKIP LOCKED), "
        "(SELECT id FROM follow_ups WHERE assigned_to = :op AND status = 'open' "
        f"AND channel = 'call' AND due_at <= :now {_CALLABLE} {_ORDER} FOR UPDATE SKIP LOCKED), "
        "(SELECT id FROM follow_ups WHERE status = 'open' AND channel = 'call' "
        f"AND handling = 'shared' AND due_at <= :now {_CALLABLE} {_PG_NOT_HELD} "
        f"{_ORDER} FOR UPDATE SKIP LOCKED)) RETURNING *"
    )


def _literal(value: str) -> str:
    """A program constant as an SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def _pg_claim(desk_sql: str, expiry: ClaimExpiry) -> str:
    return (
        f"WITH d AS MATERIALIZED ({desk_sql}), c AS ({_pg_take(expiry)}) "
        f"SELECT d.*, card.* FROM d LEFT JOIN (SELECT {_CARD_COLUMNS}, "
        "ARRAY(SELECT ph.number FROM customer_phones ph WHERE ph.customer_id = f.customer_id "
        "ORDER BY ph.position, ph.id) AS phones, "
        "set_config('synchronous_commit', 'off', true) AS sync "
        "FROM c f JOIN customers cu ON cu.id = f.customer_id "
        "LEFT JOIN customer_order_facts fa ON fa.customer_id = f.customer_id) card ON TRUE"
    )


_SCRIPT_SQL = (
    "SELECT v.source FROM retention_scripts s JOIN retention_script_versions v "
    "ON v.script_id = s.id AND v.version = s.current_version WHERE s.code = :code"
)
_SETTING_SQL = "SELECT value FROM app_settings WHERE key = :key"

_NAMED = re.compile(r"(?<![:\w]):(\w+)")


def _pyformat(statement: str) -> str:
    """``:name`` → ``%(name)s`` (psycopg's style; ``%`` doubled first)."""
    return _NAMED.sub(r"%(\1)s", statement.replace("%", "%%"))


_SQLITE = sqlite_dialect.dialect()
_SQLITE_DATETIME = DateTime().dialect_impl(_SQLITE).bind_processor(_SQLITE)


def _sqlite_stamp(value: dt.datetime) -> str:
    """A UTC timestamp as SQLAlchemy stores it in SQLite (naive text), so text compares."""
    assert _SQLITE_DATETIME is not None
    return str(_SQLITE_DATETIME(value.astimezone(dt.UTC).replace(tzinfo=None)))


def _utc(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@dataclass(frozen=True)
class ClaimExpiry:
    """What PostgreSQL's one-statement claim needs to read the claim expiry and the roles
    that take calls in SQL (SQLite's claim asks ``check`` instead)."""

    key: str
    low: int
    high: int
    default: int
    desk_roles: tuple[str, ...]


@dataclass(frozen=True)
class DeskRow:
    """The claiming operator and the claim's settings, as stored (JSON text or None)."""

    role: str
    active: bool
    login: str
    settings: tuple[str | None, ...]
    #: when the stored rule set was saved (None: the shipped one is in force)
    rules_stamp: Any
    #: changes whenever a retention script gets a new version (what its card shows)
    scripts_stamp: int


def _card_mapping(row: tuple[Any, ...]) -> dict[str, Any]:
    m = dict(zip(CARD_KEYS, row, strict=False))
    for key in _TIMESTAMPS:
        m[key] = _utc(m[key])
    for key in _DATES:
        m[key] = _date(m[key])
    return m


def claim_with_card(
    driver: Any,
    dialect: str,
    operator_id: int,
    now: dt.datetime,
    *,
    setting_keys: tuple[str, ...],
    rules_key: str,
    expiry: ClaimExpiry,
    check: Callable[[DeskRow | None], dt.timedelta],
    write_lane: Any,
) -> tuple[DeskRow, Mapping[str, Any] | None, tuple[str, ...]]:
    """Claim the top due call for ``operator_id``: (the desk row, the card's columns or None
    when nothing is due, the customer's phones).

    ``driver`` is a DBAPI connection outside any transaction. ``check`` sees the operator's row
    (None: no such operator), raises if the operator may not take calls and returns the claim
    expiry; on SQLite it runs before anything is written, on PostgreSQL the statement itself
    claims only for ``expiry.desk_roles`` and ``check`` then raises. ``write_lane`` is the
    context manager that serialises this process's SQLite writers (unused on PostgreSQL).
    """
    if dialect == "postgresql":
        return _claim_postgresql(
            driver,
            operator_id=operator_id,
            now=now,
            setting_keys=setting_keys,
            rules_key=rules_key,
            expiry=expiry,
            check=check,
        )
    return _claim_sqlite(
        driver,
        operator_id=operator_id,
        now=now,
        setting_keys=setting_keys,
        rules_key=rules_key,
        check=check,
        write_lane=write_lane,
    )


def _desk(row: tuple[Any, ...] | None, n_settings: int) -> DeskRow | None:
    if row is None:
        return None
    return DeskRow(
        role=row[0],
        active=bool(row[1]),
        login=row[2],
        settings=tuple(row[3 : 3 + n_settings]),
        rules_stamp=row[3 + n_settings],
        scripts_stamp=int(row[4 + n_settings]),
    )


def _claim_sqlite(
    driver: Any,
    *,
    operator_id: int,
    now: dt.datetime,
    setting_keys: tuple[str, ...],
    rules_key: str,
    check: Callable[[DeskRow | None], dt.timedelta],
    write_lane: Any,
) -> tuple[DeskRow, Mapping[str, Any] | None, tuple[str, ...]]:
    stamp = _sqlite_stamp(now)
    cur = driver.cursor()
    try:
        with write_lane:
            cur.execute("BEGIN IMMEDIATE")
            try:
                desk = _desk(
                    cur.execute(_desk_sql(setting_keys, rules_key), {"op": operator_id}).fetchone(),
                    len(setting_keys),
                )
                expiry = check(desk)
                assert desk is not None
                cur.execute(_SQLITE_EXPIRE, {"cutoff": _sqlite_stamp(now - expiry)})
                taken = cur.execute(_SQLITE_TAKE, {"op": operator_id, "now": stamp}).fetchone()
                driver.commit()
            except BaseException:
                driver.rollback()
                raise
        if taken is None:
            return desk, None, ()
        row = cur.execute(_SQLITE_CARD, {"fid": taken[0], "op": operator_id}).fetchone()
        card = _card_mapping(row)
        phones = tuple(
            r[0] for r in cur.execute(_SQLITE_PHONES, {"cid": card["customer_id"]}).fetchall()
        )
        return desk, card, phones
    finally:
        cur.close()


_PG = {"script": _pyformat(_SCRIPT_SQL), "setting": _pyformat(_SETTING_SQL)}
_PG_CLAIMS: dict[tuple[tuple[str, ...], str, ClaimExpiry], str] = {}


def _claim_postgresql(
    driver: Any,
    *,
    operator_id: int,
    now: dt.datetime,
    setting_keys: tuple[str, ...],
    rules_key: str,
    expiry: ClaimExpiry,
    check: Callable[[DeskRow | None], dt.timedelta],
) -> tuple[DeskRow, Mapping[str, Any] | None, tuple[str, ...]]:
    statement = _PG_CLAIMS.get((setting_keys, rules_key, expiry))
    if statement is None:
        statement = _pyformat(_pg_claim(_desk_sql(setting_keys, rules_key), expiry))
        _PG_CLAIMS[(setting_keys, rules_key, expiry)] = statement
    driver.autocommit = True  # the statement is its own transaction: no BEGIN/COMMIT trips
    try:
        with driver.cursor() as cur:
            # Prepared at its first run on a connection (psycopg waits for the fifth otherwise):
            # planning this statement costs several times what running it does. PostgreSQL
            # plans a prepared statement for its first five runs, then keeps the generic plan.
            cur.execute(statement, {"op": operator_id, "now": now.astimezone(dt.UTC)}, prepare=True)
            row = cur.fetchone()
    finally:
        driver.autocommit = False
    width = 5 + len(setting_keys)
    desk = _desk(None if row is None else row[:width], len(setting_keys))
    check(desk)  # raises when the operator may not claim (then nothing was claimed)
    assert desk is not None and row is not None
    card = row[width:]
    if card[0] is None:
        return desk, None, ()
    return desk, _card_mapping(card), tuple(card[len(CARD_KEYS)])


def script_source(driver: Any, dialect: str, code: str) -> str | None:
    """The current version's TOML of the retention script ``code`` (None: not stored)."""
    return _one_text(driver, dialect, "script", {"code": code})


def setting_value(driver: Any, dialect: str, key: str) -> str | None:
    """The stored JSON text of one app setting (None: unset)."""
    return _one_text(driver, dialect, "setting", {"key": key})


_SQLITE_ONE = {"script": _SCRIPT_SQL, "setting": _SETTING_SQL}


def _one_text(driver: Any, dialect: str, which: str, params: dict[str, Any]) -> str | None:
    statement = _PG[which] if dialect == "postgresql" else _SQLITE_ONE[which]
    cur = driver.cursor()
    try:
        cur.execute(statement, params)
        row = cur.fetchone()
    finally:
        cur.close()
    return None if row is None else str(row[0])
