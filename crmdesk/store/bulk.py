"""Bulk loading: millions of generated or imported rows into the mapped tables, fast.

The ORM (and even Core ``executemany`` through SQLAlchemy) costs tens of microseconds a row, which
is minutes for a realistic database. This module writes column-oriented batches straight through
the driver connection:

* **SQLite**: one ``executemany`` per batch inside one transaction, with the journal in memory,
  ``synchronous=OFF``, foreign keys off, a larger page cache and an exclusive lock for the
  duration of the load only. Timestamps and dates are turned into the text SQLAlchemy stores
  (``'YYYY-MM-DD HH:MM:SS.000000'``) as whole character matrices in numpy, gathered from per-day and
  per-second tables: several times cheaper than ``datetime()`` in the INSERT or per-value
  formatting in Python, and at a million customers every microsecond per row is seconds.
* **PostgreSQL**: ``COPY … FROM STDIN`` (text format, ``FREEZE`` after a ``TRUNCATE`` in the same
  transaction) fed with large pre-formatted chunks; the server parses them in its own process.

On both, secondary indexes (and on PostgreSQL the foreign keys) are dropped before the load and
re-created afterwards from the metadata, with their exact names and definitions: sorting once is
far cheaper than maintaining a b-tree row by row. The substring-search objects, which are not in
the metadata (``crmdesk.store.search_index``), get the same treatment: on SQLite the FTS5 sync
triggers are dropped and the index rebuilt in one pass at the end; on PostgreSQL the GIN indexes
are built after the COPY. Unique and primary-key constraints stay (they are part of the table);
rows should arrive in key order so that those b-trees are only appended to.

A load into emptied tables (``truncate=True``) also suspends the other triggers, the purchase
facts' stale marks on orders, order lines and products (migrations 0007 and 0008): with every
table emptied there is no fact to mark stale, and a mark for every loaded order and line is
wasted work. The caller builds the facts whole after the load (``crmdesk demo`` does; a
refresh does when it finds none). The triggers are back, unchanged, before the commit.

Nothing is visible to other connections until :meth:`BulkLoader.finish` commits; an exception
inside :func:`bulk_loading` rolls the whole load back.

Column data (a mapping of column name to one of these, all of the same length):

* integer or boolean ``numpy`` arrays; ``numpy.ma.MaskedArray`` for integers with NULLs;
* ``datetime64`` arrays for timestamps (UTC instants; ``NaT`` is NULL) and ``datetime64[D]`` for
  dates (business dates; ``NaT`` is NULL);
* sequences of ``str | None`` (lists, object or unicode arrays) for text;
* :class:`Categorical` for text from a small set (status codes, templates): codes index the set;
* :class:`Printf` for text made from one integer by a printf pattern (``'O%09d'``).

The same column data serve both backends: callers (``crmdesk demo``, CSV imports) never format
for a dialect themselves.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.schema import AddConstraint, CreateIndex, DropConstraint, DropIndex

from crmdesk.store import search_index
from crmdesk.store.schema import Base

__all__ = [
    "BulkLoader",
    "Categorical",
    "ColumnData",
    "Printf",
    "bulk_load",
    "bulk_loading",
    "finish_bulk",
    "prepare_for_bulk",
]

#: SQLite page cache while rows are appended (KiB): b-trees grow at their right edge, so a
#: moderate cache suffices and keeps the process small.
SQLITE_CACHE_KIB = 128 * 1024
#: ... and while indexes are built: the sorter spills sorted runs to (in-memory) temp storage
#: and merges them, with ``PRAGMA threads`` helpers; a larger cache measured no faster.
SQLITE_SORT_CACHE_KIB = 16 * 1024
#: Rows per COPY write on PostgreSQL (one formatted text chunk each).
PG_COPY_ROWS = 50_000

_SECONDS_PER_DAY = 86_400
_PRINTF_PATTERN = re.compile(r"[^%]*%[-+ 0#]*[0-9]*d[^%]*")


@dataclass(frozen=True)
class Categorical:
    """Text from a small set: ``categories[codes[i]]``; a code of -1 is NULL.

    Each distinct string exists once in memory however many rows use it, which is what makes
    status and template columns of millions of rows cheap.
    """

    codes: NDArray[np.integer[Any]]
    categories: Sequence[str]

    def __len__(self) -> int:
        return len(self.codes)


@dataclass(frozen=True)
class Printf:
    """Text made from one integer per row with a printf pattern such as ``'C%07d'``.

    ``pattern`` must contain exactly one integer conversion (``%d`` with optional flags/width)
    and no other ``%``. Formatting happens in C (``str.__mod__`` mapped over the values).
    """

    pattern: str
    values: NDArray[np.integer[Any]]

    def __post_init__(self) -> None:
        if not _PRINTF_PATTERN.fullmatch(self.pattern):
            raise ValueError(
                f"a Printf pattern has exactly one %d and no other %: {self.pattern!r}"
            )

    def __len__(self) -> int:
        return len(self.values)


ColumnData = (
    NDArray[Any] | np.ma.MaskedArray[Any, Any] | Sequence[str | None] | Categorical | Printf
)


IndexProgress = Callable[[str, int, int], None]


class BulkLoader(Protocol):
    """An open bulk load on one connection and one transaction."""

    @property
    def dialect(self) -> str:
        """``'sqlite'`` or ``'postgresql'``."""
        ...

    def load(self, table: str, columns: Mapping[str, ColumnData]) -> int:
        """Append rows to ``table``; returns the number of rows written."""
        ...

    def finish(self, progress: IndexProgress | None = None) -> None:
        """Re-create indexes (and constraints), commit, refresh statistics, restore settings.

        ``progress(step, done, total)`` is called before each index is built (``step`` is the
        index name) and before the later steps ('search index', 'foreign keys', 'statistics').
        """
        ...

    def abort(self) -> None:
        """Roll everything back and restore the connection settings."""
        ...


# ------------------------------------------------------------------------------ column handling


def _length(data: ColumnData) -> int:
    return len(data)


def _check_type(table: Table, name: str, data: ColumnData) -> None:
    """Refuse data whose kind does not fit the column (a clear error beats silent garbage)."""
    if name not in table.c:
        raise KeyError(f"table {table.name} has no column {name!r}")
    col_type = table.c[name].type
    if isinstance(col_type, TypeDecorator):
        col_type = col_type.impl_instance
    if isinstance(data, Categorical | Printf):
        ok = isinstance(col_type, String | Text)
    elif isinstance(data, np.ndarray):
        kind = data.dtype.kind
        if isinstance(col_type, Boolean):
            ok = kind in "bi"
        elif isinstance(col_type, Integer):
            ok = kind in "iub"
        elif isinstance(col_type, Date):
            ok = kind == "M" and np.datetime_data(data.dtype)[0] == "D"
        elif isinstance(col_type, DateTime):
            ok = kind == "M" and np.datetime_data(data.dtype)[0] != "D"
        else:
            ok = kind in "UO"
    else:
        ok = isinstance(col_type, String | Text)
    if not ok:
        raise TypeError(f"{table.name}.{name} ({col_type}) cannot take {_describe(data)}")


def _describe(data: ColumnData) -> str:
    if isinstance(data, np.ndarray):
        return f"an array of {data.dtype}"
    return type(data).__name__


@dataclass(frozen=True)
class _Dialect:
    """How one backend wants Python values: NULL, booleans, timestamp suffix, text escaping."""

    null: Any
    false: Any
    true: Any
    #: after 'YYYY-MM-DD HH:MM:SS' for whole-second timestamps (UTC)
    stamp_tail: str
    escape: bool


# SQLAlchemy's SQLite DateTime stores naive UTC as 'YYYY-MM-DD HH:MM:SS.ffffff': writing exactly
# that text keeps comparisons between ORM-written and bulk-written rows exact.
_SQLITE = _Dialect(null=None, false=0, true=1, stamp_tail=".000000", escape=False)
_POSTGRES = _Dialect(null="\\N", false="f", true="t", stamp_tail="+00", escape=True)


def _with_nulls(values: NDArray[Any], null: NDArray[np.bool_], marker: Any) -> list[Any]:
    """``values.tolist()`` with ``marker`` where ``null``; cheap when nothing is NULL."""
    if not null.any():
        return values.tolist()  # type: ignore[no-any-return]
    out = values.astype(object)
    out[null] = marker
    return out.tolist()  # type: ignore[no-any-return]


def _whole_seconds(data: NDArray[Any]) -> bool:
    unit = np.datetime_data(data.dtype)[0]
    if unit in ("s", "m", "h", "D", "W"):
        return True
    valid = data[~np.isnat(data)]
    return bool((valid.astype("datetime64[s]") == valid).all())


_CLOCK: NDArray[np.uint32] | None = None


def _clock_codes() -> NDArray[np.uint32]:
    """The code points of 'HH:MM:SS' for every second of a day, shape (86400, 8)."""
    global _CLOCK  # noqa: PLW0603 - built once, on first use
    if _CLOCK is None:
        text = np.array(
            [f"{h:02d}:{m:02d}:{s:02d}" for h in range(24) for m in range(60) for s in range(60)],
            dtype="U8",
        )
        _CLOCK = text.view(np.uint32).reshape(_SECONDS_PER_DAY, 8)
    return _CLOCK


def _day_codes(days: NDArray[np.int64]) -> tuple[NDArray[np.uint32], int]:
    """Code points of 'YYYY-MM-DD' for every day from the first to the last of ``days``."""
    first = int(days.min())
    span = np.arange(first, int(days.max()) + 1).astype("datetime64[D]")
    text = np.datetime_as_string(span).astype("U10")
    return text.view(np.uint32).reshape(len(span), 10), first


def _timestamp_text(data: NDArray[Any], dialect: _Dialect) -> list[Any]:
    """Timestamps as text, built as a character matrix from per-day and per-second tables.

    Millions of values cost one gather each instead of one formatting call each (SQLite's
    ``datetime()`` or numpy's ``datetime_as_string`` are several times slower).
    """
    nat = np.isnat(data)
    if not _whole_seconds(data):
        text = np.char.replace(np.datetime_as_string(data, unit="us"), "T", " ")
        suffix = "" if dialect.stamp_tail.startswith(".") else dialect.stamp_tail
        return _with_nulls(np.char.add(text, suffix), nat, dialect.null)
    secs = np.where(nat, 0, data.astype("datetime64[s]").astype(np.int64))
    if len(secs) == 0:
        return []
    days = secs // _SECONDS_PER_DAY
    day_codes, first = _day_codes(days)
    tail = np.array([dialect.stamp_tail], dtype=f"U{max(len(dialect.stamp_tail), 1)}")
    tail_codes = tail.view(np.uint32)[: len(dialect.stamp_tail)]  # may be empty
    width = 19 + len(dialect.stamp_tail)
    out = np.empty((len(secs), width), dtype=np.uint32)
    out[:, :10] = day_codes[days - first]
    out[:, 10] = ord(" ")
    out[:, 11:19] = _clock_codes()[secs - days * _SECONDS_PER_DAY]
    out[:, 19:] = tail_codes
    return _with_nulls(out.view(f"U{width}").reshape(len(secs)), nat, dialect.null)


def _date_text(data: NDArray[Any], dialect: _Dialect) -> list[Any]:
    nat = np.isnat(data)
    days = np.where(nat, 0, data.astype(np.int64))
    if len(days) == 0:
        return []
    day_codes, first = _day_codes(days)
    text = np.ascontiguousarray(day_codes[days - first]).view("U10").reshape(len(days))
    return _with_nulls(text, nat, dialect.null)


def _values(data: ColumnData, dialect: _Dialect) -> list[Any]:
    """One column as the Python values the driver gets (text for COPY, objects for sqlite3)."""
    if isinstance(data, Categorical):
        categories = [_escape(c) if dialect.escape else c for c in data.categories]
        lookup = np.array([*categories, dialect.null], dtype=object)
        codes = np.asarray(data.codes, dtype=np.int64)
        return lookup[np.where(codes < 0, len(categories), codes)].tolist()  # type: ignore[no-any-return]
    if isinstance(data, Printf):
        # %-formatting per value in C: far cheaper than SQLite's printf() per row.
        texts = list(map(data.pattern.__mod__, np.asarray(data.values).tolist()))
        return [_escape(t) for t in texts] if dialect.escape and _needs_escape(texts) else texts
    if isinstance(data, np.ma.MaskedArray):
        return _with_nulls(np.ma.getdata(data), np.ma.getmaskarray(data), dialect.null)
    if isinstance(data, np.ndarray):
        return _array_values(data, dialect)
    return _text_values(data, dialect)


def _array_values(data: NDArray[Any], dialect: _Dialect) -> list[Any]:
    kind = data.dtype.kind
    if kind == "M":
        if np.datetime_data(data.dtype)[0] == "D":
            return _date_text(data, dialect)
        return _timestamp_text(data, dialect)
    if kind == "b":
        return np.array([dialect.false, dialect.true], dtype=object)[data.astype(np.int8)].tolist()  # type: ignore[no-any-return]
    if kind in "iu":
        return data.tolist()  # type: ignore[no-any-return]
    return _text_values(data.tolist(), dialect)


def _needs_escape(values: Sequence[str]) -> bool:
    probe = "\x00".join(values)
    return any(c in probe for c in "\\\t\n\r")


def _escape(value: str) -> str:
    return value.translate(_COPY_ESCAPES)


def _text_values(values: Sequence[str | None], dialect: _Dialect) -> list[Any]:
    """Text with NULLs; escaped for COPY when the dialect needs it (rarely anything to do)."""
    items = list(values)
    has_null = None in items
    if not dialect.escape:
        return items
    present: list[str] = [v for v in items if v is not None] if has_null else items  # type: ignore[assignment]
    if _needs_escape(present):
        return [dialect.null if v is None else _escape(v) for v in items]
    if has_null:
        return [dialect.null if v is None else v for v in items]
    return items


# ------------------------------------------------------------------------------------ SQLite


class _SqliteLoader:
    """Bulk load through the raw sqlite3 connection (see the module docstring)."""

    dialect = "sqlite"

    def __init__(self, engine: Engine, metadata: MetaData) -> None:
        self._engine = engine
        self._metadata = metadata
        self._raw = engine.raw_connection()
        conn = self._raw.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        self._conn = conn
        self._saved_isolation = conn.isolation_level
        conn.isolation_level = None  # explicit BEGIN/COMMIT below
        self._closed = False
        self._search = False
        self._triggers: list[str] = []

    def prepare(self, *, truncate: bool) -> None:
        """Open the load: pragmas, transaction, triggers and indexes out of the way."""
        conn = self._conn
        metadata = self._metadata
        # Pragmas that must be set outside a transaction. foreign_keys off: the loader checks
        # nothing row by row; callers load parents before children and ids they made themselves.
        for pragma in (
            "foreign_keys = OFF",
            "journal_mode = MEMORY",
            "synchronous = OFF",
            f"cache_size = -{SQLITE_CACHE_KIB}",
            "temp_store = MEMORY",
            "threads = 2",
            "locking_mode = EXCLUSIVE",
        ):
            conn.execute(f"PRAGMA {pragma}")
        conn.execute("BEGIN IMMEDIATE")
        # The substring-search index (FTS5, databases from revision 0002 on) is kept in sync by
        # triggers, one FTS insert per customer row: far slower than one rebuild at the end.
        self._search = search_index.sqlite_has_index(lambda sql: conn.execute(sql).fetchone()[0])
        if self._search:
            search_index.run(conn.execute, search_index.sqlite_drop_trigger_statements())
        # The other triggers of the loaded tables (the purchase facts' stale marks) are
        # suspended on a load into emptied tables: kept by their own statements, put back
        # before the commit.
        if truncate:
            triggers = [
                (name, sql)
                for name, table, sql in conn.execute(
                    "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' "
                    "ORDER BY name"
                )
                if table in metadata.tables
            ]
            for name, _sql in triggers:
                conn.execute(f'DROP TRIGGER "{name}"')
            self._triggers = [sql for _name, sql in triggers]
            for table in reversed(metadata.sorted_tables):
                conn.execute(f'DELETE FROM "{table.name}"')
        dialect = self._engine.dialect
        for index in _all_indexes(metadata):
            conn.execute(str(DropIndex(index, if_exists=True).compile(dialect=dialect)))

    def load(self, table: str, columns: Mapping[str, ColumnData]) -> int:
        """Append rows to ``table`` with one ``executemany``."""
        mapped = self._metadata.tables[table]
        names = list(columns)
        lengths = {_length(columns[n]) for n in names}
        if len(lengths) != 1:
            raise ValueError(f"columns for {table} differ in length: {sorted(lengths)}")
        (count,) = lengths
        if count == 0:
            return 0
        values: list[list[Any]] = []
        for name in names:
            _check_type(mapped, name, columns[name])
            values.append(_values(columns[name], _SQLITE))
        column_list = ", ".join(f'"{n}"' for n in names)
        marks = ", ".join("?" * len(names))
        sql = f'INSERT INTO "{table}" ({column_list}) VALUES ({marks})'
        self._conn.executemany(sql, zip(*values, strict=True))
        return count

    def finish(self, progress: IndexProgress | None = None) -> None:
        """Build the indexes, commit, gather planner statistics and restore WAL mode."""
        conn = self._conn
        indexes = _all_indexes(self._metadata)
        try:
            conn.execute(f"PRAGMA cache_size = -{SQLITE_SORT_CACHE_KIB}")
            for done, index in enumerate(indexes):
                if progress is not None:
                    progress(index.name or "", done, len(indexes))
                conn.execute(str(CreateIndex(index).compile(dialect=self._engine.dialect)))
            if self._search:
                if progress is not None:
                    progress("search index", len(indexes), len(indexes))
                search_index.run(conn.execute, search_index.sqlite_rebuild_statements())
                search_index.run(conn.execute, search_index.sqlite_trigger_statements())
            for statement in self._triggers:
                conn.execute(statement)
            conn.execute("COMMIT")
        except BaseException:
            self.abort()
            raise
        try:
            # Sampled statistics: seconds instead of minutes on big tables, and enough for the
            # planner to choose between the search indexes.
            if progress is not None:
                progress("statistics", len(indexes), len(indexes))
            conn.execute("PRAGMA analysis_limit = 1000")
            conn.execute("ANALYZE")
        finally:
            self._restore()

    def abort(self) -> None:
        """Roll back the whole load (the journal is in memory: this works until a crash)."""
        try:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
        finally:
            self._restore()

    def _restore(self) -> None:
        # The connection is discarded rather than returned to the engine's pool: settings like
        # locking_mode would otherwise leak into the next user of the pooled connection.
        conn = self._conn
        if self._closed:
            return
        self._closed = True
        try:
            conn.execute("PRAGMA locking_mode = NORMAL")
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.isolation_level = self._saved_isolation
            self._raw.invalidate()


# -------------------------------------------------------------------------------- PostgreSQL

_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


class _PostgresLoader:
    """Bulk load with COPY through the raw psycopg connection (see the module docstring)."""

    dialect = "postgresql"

    def __init__(self, engine: Engine, metadata: MetaData) -> None:
        self._engine = engine
        self._metadata = metadata
        self._raw = engine.raw_connection()
        conn: Any = self._raw.driver_connection
        self._conn = conn
        self._freeze = False
        self._closed = False
        self._loaded: set[str] = set()
        self._search = False
        self._triggered: list[tuple[str, str]] = []
        self._cur = self._conn.cursor()

    def prepare(self, *, truncate: bool) -> None:
        """Open the load: settings, emptied tables, triggers and indexes out of the way."""
        metadata = self._metadata
        self._freeze = truncate
        dialect = self._engine.dialect
        cur = self._cur
        cur.execute("SET LOCAL synchronous_commit = off")
        cur.execute("SET LOCAL maintenance_work_mem = '512MB'")
        cur.execute("SET LOCAL max_parallel_maintenance_workers = 2")
        # The enabled user triggers of the loaded tables (the purchase facts' stale marks) are
        # disabled on a load into emptied tables and enabled again before the commit (see the
        # module docstring); one disabled before stays so.
        if truncate:
            # Also what allows COPY … FREEZE: rows are written frozen, no later hint-bit rewrite.
            names = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
            cur.execute(f"TRUNCATE {names} RESTART IDENTITY")
            cur.execute(
                "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE NOT t.tgisinternal AND t.tgenabled = 'O' AND pg_table_is_visible(c.oid) "
                "ORDER BY c.relname, t.tgname"
            )
            self._triggered = [
                (relname, name) for relname, name in cur.fetchall() if relname in metadata.tables
            ]
            for relname, name in self._triggered:
                cur.execute(f'ALTER TABLE "{relname}" DISABLE TRIGGER "{name}"')
        for table in metadata.sorted_tables:
            for fk in table.foreign_key_constraints:
                cur.execute(str(DropConstraint(fk, if_exists=True).compile(dialect=dialect)))
        for index in _all_indexes(metadata):
            cur.execute(str(DropIndex(index, if_exists=True).compile(dialect=dialect)))
        # The GIN search indexes (revision 0002 on) are not in the metadata: dropped and built
        # again like the others, if this database has them.
        cur.execute(
            "SELECT count(*) FROM pg_indexes WHERE tablename = 'customers' AND indexname = %s",
            (search_index.PG_TRGM_INDEX,),
        )
        self._search = bool(cur.fetchone()[0])
        if self._search:
            search_index.run(cur.execute, search_index.pg_drop_index_statements())

    def load(self, table: str, columns: Mapping[str, ColumnData]) -> int:
        """Append rows to ``table`` with COPY, in chunks of :data:`PG_COPY_ROWS`."""
        mapped = self._metadata.tables[table]
        names = list(columns)
        lengths = {_length(columns[n]) for n in names}
        if len(lengths) != 1:
            raise ValueError(f"columns for {table} differ in length: {sorted(lengths)}")
        (count,) = lengths
        if count == 0:
            return 0
        for name in names:
            _check_type(mapped, name, columns[name])
        # One %-format per row: C does the per-value work, Python only loops over rows.
        row_format = "\t".join(["%s"] * len(names)) + "\n"
        column_list = ", ".join(f'"{n}"' for n in names)
        options = " WITH (FREEZE)" if self._freeze else ""
        sql = f'COPY "{table}" ({column_list}) FROM STDIN{options}'
        with self._cur.copy(sql) as copy:
            for start in range(0, count, PG_COPY_ROWS):
                stop = min(start + PG_COPY_ROWS, count)
                cols = [_values(_slice(columns[n], start, stop), _POSTGRES) for n in names]
                copy.write("".join(map(row_format.__mod__, zip(*cols, strict=True))).encode())
        self._loaded.add(table)
        return count

    def finish(self, progress: IndexProgress | None = None) -> None:
        """Indexes, foreign keys, sequences, commit, ANALYZE."""
        dialect = self._engine.dialect
        cur = self._cur
        indexes = _all_indexes(self._metadata)
        try:
            for done, index in enumerate(indexes):
                if progress is not None:
                    progress(index.name or "", done, len(indexes))
                cur.execute(str(CreateIndex(index).compile(dialect=dialect)))
            if self._search:
                if progress is not None:
                    progress("search index", len(indexes), len(indexes))
                search_index.run(cur.execute, search_index.pg_index_statements())
            if progress is not None:
                progress("foreign keys", len(indexes), len(indexes))
            self._add_foreign_keys_and_sequences()
            for relname, name in self._triggered:
                cur.execute(f'ALTER TABLE "{relname}" ENABLE TRIGGER "{name}"')
            self._conn.commit()
        except BaseException:
            self.abort()
            raise
        try:
            if progress is not None:
                progress("statistics", len(indexes), len(indexes))
            self._conn.autocommit = True
            for name in sorted(self._loaded):
                cur.execute(f'ANALYZE "{name}"')
        finally:
            self._close()

    def _add_foreign_keys_and_sequences(self) -> None:
        """Foreign keys back (each validated by one join), sequences after the loaded ids."""
        dialect = self._engine.dialect
        for table in self._metadata.sorted_tables:
            for fk in table.foreign_key_constraints:
                self._cur.execute(str(AddConstraint(fk).compile(dialect=dialect)))
        for name in sorted(self._loaded):
            if "id" in self._metadata.tables[name].c:
                self._cur.execute(
                    f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), "
                    f'COALESCE(max(id), 1), max(id) IS NOT NULL) FROM "{name}"'
                )

    def abort(self) -> None:
        """Roll back the whole load."""
        try:
            if not self._conn.closed:
                self._conn.rollback()
        finally:
            self._close()

    def _close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._cur.close()
        finally:
            self._raw.invalidate()


def _all_indexes(metadata: MetaData) -> list[Index]:
    """Every secondary index of the metadata, in a stable order (by table, then name)."""
    return [
        index
        for table in metadata.sorted_tables
        for index in sorted(table.indexes, key=lambda i: i.name or "")
    ]


def _slice(data: ColumnData, start: int, stop: int) -> ColumnData:
    if isinstance(data, Categorical):
        return Categorical(data.codes[start:stop], data.categories)
    if isinstance(data, Printf):
        return Printf(data.pattern, data.values[start:stop])
    return data[start:stop]


# -------------------------------------------------------------------------------- public API


def prepare_for_bulk(
    engine: Engine, *, truncate: bool = False, metadata: MetaData | None = None
) -> BulkLoader:
    """Open a bulk load on ``engine``: one connection, one transaction, indexes dropped.

    ``truncate=True`` empties every mapped table first (on PostgreSQL this also enables
    ``COPY … FREEZE``) and suspends the tables' triggers until the commit: the purchase facts'
    stale marks are not written, and the caller builds the facts whole. Call
    :func:`finish_bulk` (or ``loader.abort()``) exactly once.
    """
    meta = metadata if metadata is not None else Base.metadata
    name = engine.dialect.name
    loader: _SqliteLoader | _PostgresLoader
    if name == "sqlite":
        loader = _SqliteLoader(engine, meta)
    elif name == "postgresql":
        loader = _PostgresLoader(engine, meta)
    else:
        raise NotImplementedError(f"bulk loading is not implemented for {name}")
    try:
        loader.prepare(truncate=truncate)
    except BaseException:
        loader.abort()  # nothing half-done: rolled back, the connection discarded
        raise
    return loader


def finish_bulk(loader: BulkLoader, progress: IndexProgress | None = None) -> None:
    """Re-create indexes and constraints, commit and refresh planner statistics."""
    loader.finish(progress)


@contextmanager
def bulk_loading(
    engine: Engine,
    *,
    truncate: bool = False,
    metadata: MetaData | None = None,
    progress: IndexProgress | None = None,
) -> Iterator[BulkLoader]:
    """``with bulk_loading(engine) as loader: loader.load(...)``: commits at the end of the block.

    An exception inside the block rolls back every row of the load. ``progress`` is passed to
    :meth:`BulkLoader.finish`.
    """
    loader = prepare_for_bulk(engine, truncate=truncate, metadata=metadata)
    try:
        yield loader
    except BaseException:
        loader.abort()
        raise
    loader.finish(progress)


def bulk_load(engine: Engine, table: str, columns: Mapping[str, ColumnData]) -> int:
    """Load one batch into one table in its own bulk transaction; returns the row count."""
    with bulk_loading(engine) as loader:
        return loader.load(table, columns)
