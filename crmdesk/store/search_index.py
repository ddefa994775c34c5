"""The substring-search index over customers' names, readings and addresses, per dialect.

What it indexes: ``name_norm``, ``kana_norm`` and ``address_norm`` (already normalised: NFKC,
no spaces; the FTS5 trigram tokenizer keeps spaces inside its tokens, and pg_trgm splits words on
them, so raw text would index noise).

**SQLite**: a contentless FTS5 table (``customer_search``, rowid = ``customers.id``) with the
trigram tokenizer, ``detail=none`` and no column sizes: the smallest and fastest-to-build trigram
index, which can only say "this row contains these trigrams". That is enough because every
query re-checks its candidates against the ``customers`` columns (``instr``), which also makes
a stale entry harmless. Each indexed value ends with :data:`SENTINEL` so that every two-character
substring starts some trigram: two-character queries (花子, 港区 — very common in Japanese)
enumerate the trigrams starting with them from ``customer_search_vocab`` (fts5vocab) and match
any of them. Triggers on ``customers`` keep the index in sync.

**PostgreSQL**: two GIN indexes on one expression, :data:`PG_SEARCH_EXPR`: ``gin_trgm_ops``
(pg_trgm) for queries of three characters or more, and an array of distinct bigrams
(``crmdesk_bigrams``) for two-character queries, which pg_trgm cannot serve (a two-character
``LIKE '%xy%'`` extracts no trigram and would read the whole index).

None of these objects is in the SQLAlchemy metadata (a virtual table, triggers, expression
indexes with operator classes): :func:`is_search_object` tells Alembic's compare to skip them,
and the bulk loader drops and re-creates them explicitly with the helpers here.

Migration ``0002_search`` creates the same objects with its own frozen copy of this SQL; a test
checks that the bulk loader's re-creation leaves the schema exactly as the migration made it.
"""

from __future__ import annotations

from collections.abc import Callable

#: Ends every indexed value on SQLite, so that a two-character substring at the end of a value
#: is the start of a trigram too (U+001F, the unit separator: never typed, removed from queries).
SENTINEL = "\x1f"

FTS_TABLE = "customer_search"
VOCAB_TABLE = "customer_search_vocab"
#: FTS5 creates these beside the virtual table (contentless, columnsize=0: no content/docsize).
FTS_SHADOW_SUFFIXES = ("_data", "_idx", "_config", "_content", "_docsize")
SQLITE_TRIGGERS = ("customer_search_ai", "customer_search_ad", "customer_search_au")

#: One expression for both PostgreSQL indexes and every query that must use them (an
#: expression index is used only for the identical expression). The space separates the
#: fields: queries have no spaces, so no match can straddle two fields.
PG_SEARCH_EXPR = "(name_norm || ' ' || kana_norm || ' ' || address_norm)"
PG_TRGM_INDEX = "ix_customers_search_trgm"
PG_BIGRAM_INDEX = "ix_customers_search_bigrams"
PG_BIGRAM_FUNCTION = "crmdesk_bigrams"

#: pending-data buffer of FTS5 while the whole index is rebuilt: fewer, larger segments to merge
#: (about twice as fast at 1M customers); set back to FTS5's default afterwards.
_FTS_REBUILD_HASHSIZE = 256 * 1024 * 1024
_FTS_DEFAULT_HASHSIZE = 1024 * 1024

Execute = Callable[[str], object]


def is_search_object(name: str | None, type_: str) -> bool:
    """True for the database objects of this module (for Alembic's ``include_name`` hook)."""
    if not name:
        return False
    if type_ == "table":
        return name == VOCAB_TABLE or (
            name == FTS_TABLE
            or (name.startswith(FTS_TABLE + "_") and name.endswith(FTS_SHADOW_SUFFIXES))
        )
    if type_ == "index":
        return name in (PG_TRGM_INDEX, PG_BIGRAM_INDEX)
    return False


# ------------------------------------------------------------------------------------ SQLite


def _sqlite_values(row: str) -> str:
    return ", ".join(
        f"{row}.{col} || char(31)" for col in ("name_norm", "kana_norm", "address_norm")
    )


def sqlite_create_statements() -> list[str]:
    """The FTS5 table and its vocabulary table (empty; see :func:`sqlite_rebuild_statements`)."""
    return [
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(name, kana, address, content='', "
        "tokenize='trigram', detail='none', columnsize=0)",
        f"CREATE VIRTUAL TABLE {VOCAB_TABLE} USING fts5vocab({FTS_TABLE}, 'row')",
    ]


def sqlite_trigger_statements() -> list[str]:
    """Triggers that keep the index in step with every write to ``customers``.

    Contentless FTS5 removes a row by being told its old values ('delete'), which the triggers
    take from ``old``: the same expressions as the insert, so they always agree.
    """
    cols = "rowid, name, kana, address"
    delete = (
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, {cols}) VALUES ('delete', old.id, "
        f"{_sqlite_values('old')});"
    )
    insert = f"INSERT INTO {FTS_TABLE}({cols}) VALUES (new.id, {_sqlite_values('new')});"
    return [
        f"CREATE TRIGGER customer_search_ai AFTER INSERT ON customers BEGIN {insert} END",
        f"CREATE TRIGGER customer_search_ad AFTER DELETE ON customers BEGIN {delete} END",
        "CREATE TRIGGER customer_search_au AFTER UPDATE OF id, name_norm, kana_norm, "
        f"address_norm ON customers BEGIN {delete} {insert} END",
    ]


def sqlite_drop_trigger_statements() -> list[str]:
    """Drop the sync triggers (bulk loads rebuild the index once instead)."""
    return [f"DROP TRIGGER IF EXISTS {name}" for name in SQLITE_TRIGGERS]


def sqlite_rebuild_statements() -> list[str]:
    """Empty the index and fill it from ``customers`` in one pass."""
    return [
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('delete-all')",
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('hashsize', {_FTS_REBUILD_HASHSIZE})",
        f"INSERT INTO {FTS_TABLE}(rowid, name, kana, address) "
        f"SELECT id, {_sqlite_values('customers')} FROM customers ORDER BY id",
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('hashsize', {_FTS_DEFAULT_HASHSIZE})",
    ]


def sqlite_has_index(execute_scalar: Callable[[str], object]) -> bool:
    """Whether this SQLite database has the FTS table (databases older than 0002 do not)."""
    found = execute_scalar(
        f"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '{FTS_TABLE}'"
    )
    return bool(found)


# -------------------------------------------------------------------------------- PostgreSQL


def pg_index_statements() -> list[str]:
    """The two GIN indexes (the extension and the bigram function must exist)."""
    return [
        f"CREATE INDEX {PG_TRGM_INDEX} ON customers USING gin ({PG_SEARCH_EXPR} gin_trgm_ops)",
        f"CREATE INDEX {PG_BIGRAM_INDEX} ON customers "
        f"USING gin ({PG_BIGRAM_FUNCTION}({PG_SEARCH_EXPR}))",
    ]


def pg_drop_index_statements() -> list[str]:
    """Drop the two GIN indexes (bulk loads build them after COPY, like every index)."""
    return [f"DROP INDEX IF EXISTS {name}" for name in (PG_TRGM_INDEX, PG_BIGRAM_INDEX)]


def run(execute: Execute, statements: list[str]) -> None:
    """Execute ``statements`` in order with a DB-API or SQLAlchemy ``execute``."""
    for sql in statements:
        execute(sql)
