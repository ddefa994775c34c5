"""Bulk loading: millions of generated or imported rows into the mapped tables, fast.

The ORM (and even Core ``executemany`` through SQLAlchemy) costs tens of microseconds a row, which
is minutes for a realistic database. This module writes column-oriented batches straight through
the driver connection:

* **SQLite**: one ``executemany`` per batch inside one transaction, with the journal in memory,
  ``synchronous=OFF``, a large page cache and an exclusive lock for the duration of the load only.
  Values cross the Python/SQLite boundary as integers wherever possible: timestamps, dates and
  patterned codes (``C0000001``) are formatted by SQLite's own C functions in the INSERT statement,
  because building millions of Python strings costs more than the insert itself.
* **PostgreSQL**: ``COPY … FROM STDIN`` (text format, ``FREEZE`` after a ``TRUNCATE`` in the same
  transaction) fed with large pre-formatted chunks; the server parses them in its own process.

On both, secondary indexes (and on PostgreSQL the foreign keys) are dropped before the load and
re-created afterwards from the metadata, with their exact names and definitions: sorting once is
far cheaper than maintaining a b-tree row by row. Unique and primary-key constraints stay (they are
part of the table); rows should arrive in key order so that those b-trees are only appended to.

Nothing is visible to other connections until :meth:`BulkLoader.finish` commits; an exception
inside :func:`bulk_loading` rolls the whole load back.

Column data (a mapping of column name to one of these, all of the same length):

* integer or boolean ``numpy`` arrays; ``numpy.ma.MaskedArray`` for integers with NULLs;
* ``datetime64`` arrays for timestamps (UTC instants; ``NaT`` is NULL) and ``datetime64[D]`` for
  dates (business dates; ``NaT`` is NULL);
* sequences of ``str | None`` (lists, object or unicode arrays) for text;
* :class:`Categorical` for text from a small set (status codes, templates): codes index the set;
* :class:`Printf` for text made from one integer by a printf pattern (``'O%09d'``).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
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
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.schema import AddConstraint, CreateIndex, DropConstraint, DropIndex

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

#: SQLite page cache during a load (KiB). Index builds sort in it; the pages are freed afterwards.
SQLITE_CACHE_KIB = 512 * 1024
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
    and no other ``%``; it means the same in Python and in SQLite's ``printf()``.
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


class BulkLoader(Protocol):
    """An open bulk load on one connection and one transaction."""

    @property
    def dialect(self) -> str:
        """``'sqlite'`` or ``'postgresql'``."""
        ...

    def load(self, table: str, columns: Mapping[str, ColumnData]) -> int:
        """Append rows to ``table``; returns the number of rows written."""
        ...

    def finish(self) -> None:
        """Re-create indexes (and constraints), commit, refresh statistics, restore settings."""
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
            ok = kind == "M"
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


def _nullable_list(values: NDArray[Any], null: NDArray[np.bool_]) -> list[Any]:
    """Python values with None where ``null``; cheap when nothing is NULL."""
    if not null.any():
        return values.tolist()  # type: ignore[no-any-return]
    out = values.astype(object)
    out[null] = None
    return out.tolist()  # type: ignore[no-any-return]


def _epoch_units(data: NDArray[Any], unit: str) -> tuple[NDArray[np.int64], NDArray[np.bool_]]:
    """Integers since the epoch in ``unit`` ('s', 'us' or 'D') and the NaT mask."""
    nat = np.isnat(data)
    as_int = data.astype(f"datetime64[{unit}]").astype(np.int64)
    return as_int, nat


def _whole_seconds(data: NDArray[Any]) -> bool:
    unit = np.datetime_data(data.dtype)[0]
    if unit in ("s", "m", "h", "D", "W"):
        return True
    valid = data[~np.isnat(data)]
    return bool((valid.astype("datetime64[s]") == valid).all())


# ------------------------------------------------------------------------------------ SQLite


def _sqlite_column(position: int, data: ColumnData) -> tuple[str, list[Any]]:
    """The SQL value expression for one column and its Python values for ``executemany``."""
    param = f"?{position}"
    if isinstance(data, Categorical):
        lookup = np.array([*data.categories, None], dtype=object)
        codes = np.asarray(data.codes, dtype=np.int64)
        return param, lookup[np.where(codes < 0, len(data.categories), codes)].tolist()
    if isinstance(data, Printf):
        pattern = data.pattern.replace("'", "''")
        return f"printf('{pattern}', {param})", np.asarray(data.values).tolist()
    if isinstance(data, np.ma.MaskedArray):
        return param, _nullable_list(np.ma.getdata(data), np.ma.getmaskarray(data))
    if isinstance(data, np.ndarray) and data.dtype.kind == "M":
        return _sqlite_temporal(param, data)
    if isinstance(data, np.ndarray):
        # Booleans go in as 0/1, which is how SQLAlchemy stores them on SQLite.
        return param, (data.astype(np.int8) if data.dtype.kind == "b" else data).tolist()
    return param, list(data)


def _sqlite_temporal(param: str, data: NDArray[Any]) -> tuple[str, list[Any]]:
    """Dates and timestamps travel as integers; SQLite's date functions write the text."""
    if np.datetime_data(data.dtype)[0] == "D":
        days, nat = _epoch_units(data, "D")
        return f"date({param} * {_SECONDS_PER_DAY}, 'unixepoch')", _nullable_list(days, nat)
    if _whole_seconds(data):
        secs, nat = _epoch_units(data, "s")
        # SQLAlchemy's SQLite DateTime stores 'YYYY-MM-DD HH:MM:SS.ffffff'; the same text keeps
        # comparisons between ORM-written and bulk-written rows exact.
        return f"datetime({param}, 'unixepoch') || '.000000'", _nullable_list(secs, nat)
    micros, nat = _epoch_units(data, "us")
    if (micros[~nat] < 0).any():
        raise ValueError("timestamps before 1970 with fractions of a second")
    return (
        f"datetime({param} / 1000000, 'unixepoch') || printf('.%06d', {param} % 1000000)",
        _nullable_list(micros, nat),
    )


class _SqliteLoader:
    """Bulk load through the raw sqlite3 connection (see the module docstring)."""

    dialect = "sqlite"

    def __init__(self, engine: Engine, metadata: MetaData, *, truncate: bool) -> None:
        self._engine = engine
        self._metadata = metadata
        self._raw = engine.raw_connection()
        conn = self._raw.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        self._conn = conn
        self._saved_isolation = conn.isolation_level
        conn.isolation_level = None  # explicit BEGIN/COMMIT below
        self._sql: dict[tuple[str, tuple[str, ...], tuple[str, ...]], str] = {}
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
        if truncate:
            for table in reversed(metadata.sorted_tables):
                conn.execute(f'DELETE FROM "{table.name}"')
        dialect = engine.dialect
        for table in metadata.sorted_tables:
            for index in table.indexes:
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
        exprs: list[str] = []
        values: list[list[Any]] = []
        for position, name in enumerate(names, start=1):
            _check_type(mapped, name, columns[name])
            expr, vals = _sqlite_column(position, columns[name])
            exprs.append(expr)
            values.append(vals)
        column_list = ", ".join(f'"{n}"' for n in names)
        sql = f'INSERT INTO "{table}" ({column_list}) VALUES ({", ".join(exprs)})'
        self._conn.executemany(sql, zip(*values, strict=True))
        return count

    def finish(self) -> None:
        """Build the indexes, commit, gather planner statistics and restore WAL mode."""
        conn = self._conn
        try:
            for table in self._metadata.sorted_tables:
                for index in table.indexes:
                    conn.execute(str(CreateIndex(index).compile(dialect=self._engine.dialect)))
            conn.execute("COMMIT")
            # Sampled statistics: seconds instead of minutes on big tables, and enough for the
            # planner to choose between the search indexes.
            conn.execute("PRAGMA analysis_limit = 1000")
            conn.execute("ANALYZE")
        finally:
            self._restore()

    def abort(self) -> None:
        """Roll back the whole load."""
        try:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
        finally:
            self._restore()

    def _restore(self) -> None:
        # The connection goes back to the engine's pool afterwards only as a fresh one: settings
        # like locking_mode would otherwise leak into the next user of the pooled connection.
        conn = self._conn
        try:
            conn.execute("PRAGMA locking_mode = NORMAL")
            conn.execute("PRAGMA journal_mode = WAL")
        finally:
            conn.isolation_level = self._saved_isolation
            self._raw.invalidate()


# -------------------------------------------------------------------------------- PostgreSQL

_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_PG_NULL = "\\N"


def _copy_text(values: Sequence[str | None]) -> list[str]:
    """Escape text for COPY's text format; usually there is nothing to escape or to make NULL."""
    items = list(values)
    has_null = None in items
    present: list[str] = [v for v in items if v is not None] if has_null else items  # type: ignore[assignment]
    probe = "\x00".join(present)
    if any(c in probe for c in "\\\t\n\r"):
        return [_PG_NULL if v is None else v.translate(_COPY_ESCAPES) for v in items]
    if has_null:
        return [_PG_NULL if v is None else v for v in items]
    return items  # type: ignore[return-value]


class _TimestampText:
    """Text for timestamps and dates from lookup tables (one string per day, one per second of
    the day), so that millions of values are references to a few thousand strings."""

    def __init__(self) -> None:
        self._clock: NDArray[Any] | None = None

    def clock(self) -> NDArray[Any]:
        """``'HH:MM:SS'`` for every second of a day."""
        if self._clock is None:
            self._clock = np.array(
                [
                    f"{h:02d}:{m:02d}:{s:02d}"
                    for h in range(24)
                    for m in range(60)
                    for s in range(60)
                ],
                dtype=object,
            )
        return self._clock

    @staticmethod
    def _days(day: NDArray[np.int64]) -> NDArray[Any]:
        first = int(day.min())
        span = np.arange(first, int(day.max()) + 1).astype("datetime64[D]")
        text: NDArray[Any] = np.datetime_as_string(span).astype(object)
        return text[day - first]

    def timestamps(self, data: NDArray[Any]) -> tuple[str, list[list[Any]]]:
        """A format fragment and its value lists for a timestamp column."""
        nat = np.isnat(data)
        if not _whole_seconds(data):
            text = np.datetime_as_string(data, unit="us", timezone="UTC").astype(object)
            text[nat] = _PG_NULL
            return "%s", [text.tolist()]
        secs = np.where(nat, 0, data.astype("datetime64[s]").astype(np.int64))
        days = self._days(secs // _SECONDS_PER_DAY)
        clock = self.clock()[secs % _SECONDS_PER_DAY]
        if not nat.any():
            # Date and time go into the row as two references; the '+00' is in the format.
            return "%s %s+00", [days.tolist(), clock.tolist()]
        text = np.array(
            [f"{d} {c}+00" for d, c in zip(days.tolist(), clock.tolist(), strict=True)],
            dtype=object,
        )
        text[nat] = _PG_NULL
        return "%s", [text.tolist()]

    def dates(self, data: NDArray[Any]) -> tuple[str, list[list[Any]]]:
        """A format fragment and its value list for a date column."""
        nat = np.isnat(data)
        text = self._days(np.where(nat, 0, data.astype(np.int64)))
        text[nat] = _PG_NULL
        return "%s", [text.tolist()]


def _pg_column(data: ColumnData, stamps: _TimestampText) -> tuple[str, list[list[Any]]]:
    """The row-format fragment of one column and the value lists it consumes (escaped text;
    NULL as ``\\N``)."""
    if isinstance(data, Categorical):
        lookup = np.array(
            [*(c.translate(_COPY_ESCAPES) for c in data.categories), _PG_NULL], dtype=object
        )
        codes = np.asarray(data.codes, dtype=np.int64)
        return "%s", [lookup[np.where(codes < 0, len(data.categories), codes)].tolist()]
    if isinstance(data, Printf):
        # The pattern's literal text goes into the row format itself, escaped like any text.
        return data.pattern.translate(_COPY_ESCAPES), [np.asarray(data.values).tolist()]
    if isinstance(data, np.ma.MaskedArray):
        values = np.ma.getdata(data).astype(object)
        values[np.ma.getmaskarray(data)] = _PG_NULL
        return "%s", [values.tolist()]
    if isinstance(data, np.ndarray):
        return _pg_array_column(data, stamps)
    return "%s", [_copy_text(data)]


def _pg_array_column(data: NDArray[Any], stamps: _TimestampText) -> tuple[str, list[list[Any]]]:
    kind = data.dtype.kind
    if kind == "M":
        if np.datetime_data(data.dtype)[0] == "D":
            return stamps.dates(data)
        return stamps.timestamps(data)
    if kind == "b":
        return "%s", [np.array(["f", "t"], dtype=object)[data.astype(np.int8)].tolist()]
    if kind in "iu":
        return "%d", [data.tolist()]
    return "%s", [_copy_text(data.tolist())]


class _PostgresLoader:
    """Bulk load with COPY through the raw psycopg connection (see the module docstring)."""

    dialect = "postgresql"

    def __init__(self, engine: Engine, metadata: MetaData, *, truncate: bool) -> None:
        self._engine = engine
        self._metadata = metadata
        self._raw = engine.raw_connection()
        conn: Any = self._raw.driver_connection
        self._conn = conn
        self._freeze = truncate
        self._stamps = _TimestampText()
        self._loaded: set[str] = set()
        dialect = engine.dialect
        cur = self._conn.cursor()
        cur.execute("SET LOCAL synchronous_commit = off")
        cur.execute("SET LOCAL maintenance_work_mem = '512MB'")
        cur.execute("SET LOCAL max_parallel_maintenance_workers = 2")
        if truncate:
            # Also what allows COPY … FREEZE: rows are written frozen, no later hint-bit rewrite.
            names = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
            cur.execute(f"TRUNCATE {names} RESTART IDENTITY")
        for table in metadata.sorted_tables:
            for fk in table.foreign_key_constraints:
                cur.execute(str(DropConstraint(fk, if_exists=True).compile(dialect=dialect)))
        for table in metadata.sorted_tables:
            for index in table.indexes:
                cur.execute(str(DropIndex(index, if_exists=True).compile(dialect=dialect)))
        self._cur = cur

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
        column_list = ", ".join(f'"{n}"' for n in names)
        options = " WITH (FREEZE)" if self._freeze else ""
        sql = f'COPY "{table}" ({column_list}) FROM STDIN{options}'
        with self._cur.copy(sql) as copy:
            for start in range(0, count, PG_COPY_ROWS):
                stop = min(start + PG_COPY_ROWS, count)
                fragments: list[str] = []
                cols: list[list[Any]] = []
                for name in names:
                    fragment, lists = _pg_column(_slice(columns[name], start, stop), self._stamps)
                    fragments.append(fragment)
                    cols.extend(lists)
                # One %-format per row: C does the per-value work, Python only loops over rows.
                row_format = "\t".join(fragments) + "\n"
                copy.write("".join(map(row_format.__mod__, zip(*cols, strict=True))).encode())
        self._loaded.add(table)
        return count

    def finish(self) -> None:
        """Indexes, foreign keys, sequences, commit, ANALYZE."""
        dialect = self._engine.dialect
        cur = self._cur
        try:
            for table in self._metadata.sorted_tables:
                for index in table.indexes:
                    cur.execute(str(CreateIndex(index).compile(dialect=dialect)))
            for table in self._metadata.sorted_tables:
                for fk in table.foreign_key_constraints:
                    cur.execute(str(AddConstraint(fk).compile(dialect=dialect)))
            for name in sorted(self._loaded):
                if "id" in self._metadata.tables[name].c:
                    cur.execute(
                        f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), "
                        f'COALESCE(max(id), 1), max(id) IS NOT NULL) FROM "{name}"'
                    )
            self._conn.commit()
            self._conn.autocommit = True
            for name in sorted(self._loaded):
                cur.execute(f'ANALYZE "{name}"')
        except BaseException:
            self.abort()
            raise
        finally:
            self._close()

    def abort(self) -> None:
        """Roll back the whole load."""
        try:
            if not self._conn.closed and not self._conn.autocommit:
                self._conn.rollback()
        finally:
            self._close()

    def _close(self) -> None:
        try:
            self._cur.close()
        finally:
            self._raw.invalidate()


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
    ``COPY … FREEZE``). Call :func:`finish_bulk` (or ``loader.abort()``) exactly once.
    """
    meta = metadata if metadata is not None else Base.metadata
    name = engine.dialect.name
    if name == "sqlite":
        return _SqliteLoader(engine, meta, truncate=truncate)
    if name == "postgresql":
        return _PostgresLoader(engine, meta, truncate=truncate)
    raise NotImplementedError(f"bulk loading is not implemented for {name}")


def finish_bulk(loader: BulkLoader) -> None:
    """Re-create indexes and constraints, commit and refresh planner statistics."""
    loader.finish()


@contextmanager
def bulk_loading(
    engine: Engine, *, truncate: bool = False, metadata: MetaData | None = None
) -> Iterator[BulkLoader]:
    """``with bulk_loading(engine) as loader: loader.load(...)``: commits at the end of the block.

    An exception inside the block rolls back every row of the load.
    """
    loader = prepare_for_bulk(engine, truncate=truncate, metadata=metadata)
    try:
        yield loader
    except BaseException:
        loader.abort()
        raise
    loader.finish()


def bulk_load(engine: Engine, table: str, columns: Mapping[str, ColumnData]) -> int:
    """Load one batch into one table in its own bulk transaction; returns the row count."""
    with bulk_loading(engine) as loader:
        return loader.load(table, columns)
