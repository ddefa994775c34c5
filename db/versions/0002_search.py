"""substring search over names, readings and addresses

Adds ``customers.address_norm`` (filled from the address) and the substring index:
SQLite, a contentless FTS5 trigram table kept in sync by triggers; PostgreSQL, pg_trgm and
bigram GIN indexes on one expression. See ``crmdesk/store/search_index.py``; the SQL below is a
frozen copy of what that module creates (a migration must not change when the module does).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 14:00:00
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from crmdesk.domain.normalize import normalize_address

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SQLITE_VALUES = {
    row: ", ".join(f"{row}.{col} || char(31)" for col in ("name_norm", "kana_norm", "address_norm"))
    for row in ("new", "old", "customers")
}
_SQLITE_UPGRADE = [
    "CREATE VIRTUAL TABLE customer_search USING fts5(name, kana, address, content='', "
    "tokenize='trigram', detail='none', columnsize=0)",
    "CREATE VIRTUAL TABLE customer_search_vocab USING fts5vocab(customer_search, 'row')",
    "INSERT INTO customer_search(customer_search, rank) VALUES ('hashsize', 268435456)",
    "INSERT INTO customer_search(rowid, name, kana, address) "
    f"SELECT id, {_SQLITE_VALUES['customers']} FROM customers ORDER BY id",
    "INSERT INTO customer_search(customer_search, rank) VALUES ('hashsize', 1048576)",
    "CREATE TRIGGER customer_search_ai AFTER INSERT ON customers BEGIN "
    "INSERT INTO customer_search(rowid, name, kana, address) "
    f"VALUES (new.id, {_SQLITE_VALUES['new']}); END",
    "CREATE TRIGGER customer_search_ad AFTER DELETE ON customers BEGIN "
    "INSERT INTO customer_search(customer_search, rowid, name, kana, address) "
    f"VALUES ('delete', old.id, {_SQLITE_VALUES['old']}); END",
    "CREATE TRIGGER customer_search_au AFTER UPDATE OF id, name_norm, kana_norm, "
    "address_norm ON customers BEGIN "
    "INSERT INTO customer_search(customer_search, rowid, name, kana, address) "
    f"VALUES ('delete', old.id, {_SQLITE_VALUES['old']}); "
    "INSERT INTO customer_search(rowid, name, kana, address) "
    f"VALUES (new.id, {_SQLITE_VALUES['new']}); END",
]
_SQLITE_DOWNGRADE = [
    "DROP TRIGGER IF EXISTS customer_search_au",
    "DROP TRIGGER IF EXISTS customer_search_ad",
    "DROP TRIGGER IF EXISTS customer_search_ai",
    "DROP TABLE IF EXISTS customer_search_vocab",
    "DROP TABLE IF EXISTS customer_search",
    # Native DROP COLUMN (SQLite 3.35+): a batch-mode table copy would drop and re-create
    # customers, which every other table references.
    "ALTER TABLE customers DROP COLUMN address_norm",
]

_PG_EXPR = "(name_norm || ' ' || kana_norm || ' ' || address_norm)"
_PG_UPGRADE = [
    # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    # GIN builds collect their entries in this memory: the default 64MB means many more
    # merge passes at a million customers. For this transaction only.
    "SET LOCAL maintenance_work_mem = '256MB'",
    # The distinct two-character substrings of a text, for two-character queries.
    "CREATE FUNCTION crmdesk_bigrams(t text) RETURNS text[] "
    "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS "
    "$$ SELECT ARRAY(SELECT DISTINCT substr(t, i, 2) "
    "FROM generate_series(1, char_length(t) - 1) AS i) $$",
    f"CREATE INDEX ix_customers_search_trgm ON customers USING gin ({_PG_EXPR} gin_trgm_ops)",
    "CREATE INDEX ix_customers_search_bigrams ON customers "
    f"USING gin (crmdesk_bigrams({_PG_EXPR}))",
    # The planner needs statistics of the new index expressions.
    "ANALYZE customers",
]
_PG_DOWNGRADE = [
    "DROP INDEX IF EXISTS ix_customers_search_bigrams",
    "DROP INDEX IF EXISTS ix_customers_search_trgm",
    "DROP FUNCTION IF EXISTS crmdesk_bigrams(text)",
    # pg_trgm stays: other databases objects or a DBA may use it.
]


def _fill_sqlite(bind: sa.Connection) -> None:
    """One UPDATE with the normaliser registered as an SQL function (on this connection only)."""
    raw: Any = bind.connection.driver_connection
    raw.create_function("crmdesk_normalize_address", 4, normalize_address, deterministic=True)
    try:
        bind.exec_driver_sql(
            "UPDATE customers SET address_norm = "
            "crmdesk_normalize_address(prefecture, city, street, building)"
        )
    finally:
        raw.create_function("crmdesk_normalize_address", 4, None)


def _fill_postgresql(bind: sa.Connection) -> None:
    """Normalise in Python (the same function as every writer), then rewrite the table once.

    The values go into a temporary table by COPY; ``ALTER COLUMN … TYPE … USING`` then writes a
    new copy of ``customers`` with them (and rebuilds its indexes), which at a million rows is
    several times faster than an UPDATE: that would leave a dead version of every row, which
    the GIN indexes built next in the same transaction would have to index too, and which only
    a VACUUM after the commit would clear.
    """
    raw: Any = bind.connection.driver_connection
    with raw.cursor() as cur:
        cur.execute(
            "CREATE TEMPORARY TABLE crmdesk_address_norm "
            "(id integer PRIMARY KEY, address_norm text NOT NULL) ON COMMIT DROP"
        )
        last = 0
        # Keyset batches: one connection cannot read a cursor while a COPY is in progress.
        while True:
            cur.execute(
                "SELECT id, prefecture, city, street, building FROM customers "
                "WHERE id > %s ORDER BY id LIMIT 50000",
                (last,),
            )
            rows = cur.fetchall()
            if not rows:
                break
            last = rows[-1][0]
            buf = io.StringIO()
            for cid, *parts in rows:
                # No whitespace survives normalisation: only backslashes need COPY escaping.
                value = normalize_address(*parts).replace("\\", "\\\\")
                buf.write(f"{cid}\t{value}\n")
            with cur.copy("COPY crmdesk_address_norm (id, address_norm) FROM STDIN") as copy:
                copy.write(buf.getvalue())
    bind.exec_driver_sql(
        "CREATE FUNCTION pg_temp.crmdesk_address_norm_of(customer integer) RETURNS text "
        "LANGUAGE sql STABLE AS "
        "$$ SELECT address_norm FROM crmdesk_address_norm WHERE id = customer $$"
    )
    bind.exec_driver_sql(
        'ALTER TABLE customers ALTER COLUMN address_norm TYPE varchar(260) COLLATE "C" '
        "USING coalesce(pg_temp.crmdesk_address_norm_of(id), '')"
    )
    bind.exec_driver_sql("DROP FUNCTION pg_temp.crmdesk_address_norm_of(integer)")
    bind.exec_driver_sql("DROP TABLE crmdesk_address_norm")


def upgrade() -> None:
    """Apply this revision."""
    bind = op.get_bind()
    op.add_column(
        "customers",
        sa.Column(
            "address_norm",
            sa.String(length=260).with_variant(sa.String(length=260, collation="C"), "postgresql"),
            server_default="",
            nullable=False,
        ),
    )
    if bind.dialect.name == "sqlite":
        _fill_sqlite(bind)
        for sql in _SQLITE_UPGRADE:
            bind.exec_driver_sql(sql)
    else:
        _fill_postgresql(bind)
        for sql in _PG_UPGRADE:
            bind.exec_driver_sql(sql)


def downgrade() -> None:
    """Revert this revision."""
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for sql in _SQLITE_DOWNGRADE:
            bind.exec_driver_sql(sql)
    else:
        for sql in _PG_DOWNGRADE:
            bind.exec_driver_sql(sql)
        op.drop_column("customers", "address_norm")
