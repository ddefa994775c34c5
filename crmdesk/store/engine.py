"""Engines for both backends: SQLite (embedded default) and PostgreSQL (shared by many operators).

``--db`` takes either a file path (SQLite) or a SQLAlchemy URL; :func:`database_url` turns both
into a URL. SQLite connections get WAL, foreign keys and a busy timeout on every connect.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

#: How long a SQLite writer waits for another writer before giving up (milliseconds).
SQLITE_BUSY_TIMEOUT_MS = 10_000


def database_url(target: str) -> str:
    """A SQLAlchemy URL for ``target``: a URL is kept, a path becomes ``sqlite:///…``."""
    if "://" in target:
        url = make_url(target)
        if url.drivername in ("postgresql", "postgres"):
            # psycopg 3 is the driver we ship; a bare postgresql:// would ask for psycopg2.
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return f"sqlite:///{Path(target).expanduser().resolve()}"


def is_sqlite(url: str) -> bool:
    """True for SQLite URLs."""
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for PostgreSQL and in-memory databases."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def display_url(url: str) -> str:
    """The URL without its password, for the status bar and logs."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return str(sqlite_path(url) or ":memory:")
    return parsed.render_as_string(hide_password=True)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def make_engine(target: str, **kwargs: Any) -> Engine:
    """Create the process's engine for ``target`` (path or URL).

    Opening a SQLite engine never creates or changes the file by itself; the first connection
    does. Callers that must not touch a file (the version check) use read-only connections.
    """
    url = database_url(target)
    if is_sqlite(url):
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    engine = create_engine(url, **kwargs)
    event.listen(engine, "checkin", _note_checkin)
    event.listen(engine, "checkout", _ping_if_idle)
    return engine


#: A pooled PostgreSQL connection idle for longer than this is pinged before it is handed out.
IDLE_PING_S = 30.0
_LAST_USED = "crmdesk_last_used"


def _note_checkin(_dbapi_connection: Any, record: Any) -> None:
    record.info[_LAST_USED] = time.monotonic()


def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    """Check a connection that sat idle (server restarted, firewall dropped it) before use.

    SQLAlchemy's ``pool_pre_ping`` pings on every checkout: one more round trip for every
    lookup, a third of a phone lookup's time on PostgreSQL. A connection used a moment ago is
    alive; only one that sat idle is pinged, and a dead one is replaced transparently.
    """
    last = record.info.get(_LAST_USED)
    if last is None or time.monotonic() - last < IDLE_PING_S:
        return
    try:
        dbapi_connection.execute("SELECT 1")
    except Exception as exc:  # any failure means: do not hand this one out
        raise DisconnectionError(f"idle connection is gone: {exc}") from exc


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """The one sessionmaker of the process; read models leave sessions, ORM objects do not."""
    return sessionmaker(engine, expire_on_commit=False)


def make_read_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for lookups that only read: autocommit, so no BEGIN/ROLLBACK round trips.

    Each statement sees the latest committed data on its own; the lookups that use this make
    one or a few statements and show what they read, so a shared snapshot buys nothing there.
    Same pool as the read-write engine.
    """
    return sessionmaker(
        engine.execution_options(isolation_level="AUTOCOMMIT"), expire_on_commit=False
    )
