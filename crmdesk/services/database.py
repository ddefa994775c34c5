"""Opening the database: check its schema version, upgrade it, and hand out units of work."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from crmdesk.store.engine import (
    database_url,
    display_url,
    is_sqlite,
    make_engine,
    make_read_session_factory,
    make_session_factory,
)
from crmdesk.store.migrations import SchemaState, schema_state, upgrade
from crmdesk.store.uow import UnitOfWork


@dataclass(frozen=True)
class DatabaseInfo:
    """What the status bar and `crmdesk db current` show."""

    url: str  # without password
    backend: str  # "sqlite" or "postgresql"
    revision: str | None
    head: str


@dataclass
class Database:
    """An open database: the process's engine and sessionmaker, made once (composition root)."""

    engine: Engine
    session_factory: sessionmaker[Session]
    info: DatabaseInfo
    read_session_factory: sessionmaker[Session] | None = None
    _closed: bool = field(default=False, repr=False)

    def uow(self) -> UnitOfWork:
        """A fresh unit of work for one user action."""
        return UnitOfWork(self.session_factory)

    def read_uow(self) -> UnitOfWork:
        """A unit of work for a lookup that writes nothing (search, card, timeline page).

        Autocommit: no transaction to begin and roll back, which on PostgreSQL is two of a
        phone lookup's three round trips. A write through it would commit at once: only the
        read-only lookup services take one.
        """
        factory = self.read_session_factory
        if factory is None:
            factory = self.read_session_factory = make_read_session_factory(self.engine)
        return UnitOfWork(factory)

    def close(self) -> None:
        """Release the connections (closing a SQLite WAL database checkpoints it)."""
        if not self._closed:
            self.engine.dispose()
            self._closed = True


def inspect_database(target: str) -> DatabaseInfo:
    """The schema state without changing anything (raises DatabaseTooNewError when too new)."""
    url = database_url(target)
    state: SchemaState = schema_state(url)
    return DatabaseInfo(
        url=display_url(url),
        backend="sqlite" if is_sqlite(url) else "postgresql",
        revision=state.current,
        head=state.head,
    )


def open_database(target: str, *, upgrade_schema: bool = True) -> Database:
    """Open ``target`` (path or URL): refuse a newer schema, upgrade an older one, then connect.

    With ``upgrade_schema=False`` an out-of-date database is opened as it is (for `db current`).
    """
    url = database_url(target)
    state = upgrade(url) if upgrade_schema else schema_state(url)
    engine = make_engine(url)
    return Database(
        engine=engine,
        session_factory=make_session_factory(engine),
        read_session_factory=make_read_session_factory(engine),
        info=DatabaseInfo(
            url=display_url(url),
            backend="sqlite" if is_sqlite(url) else "postgresql",
            revision=state.current,
            head=state.head,
        ),
    )
