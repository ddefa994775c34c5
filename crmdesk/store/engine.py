"""Engines for both backends: SQLite (embedded default) and PostgreSQL (shared by many operators).

``--db`` takes either a file path (SQLite) or a SQLAlchemy URL; :func:`database_url` turns both
into a URL. SQLite connections get WAL, foreign keys and a busy timeout on every connect.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
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
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """The one sessionmaker of the process; read models leave sessions, ORM objects do not."""
    return sessionmaker(engine, expire_on_commit=False)
