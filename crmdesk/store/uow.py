"""The unit of work: one session per user action, committed once or rolled back."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from types import TracebackType
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker


class UnitOfWork:
    """``with uow: … uow.commit()``; leaving the block without commit rolls everything back.

    Services receive a unit of work and never create one, so a test or a batch can wrap several
    calls in its own transaction.
    """

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        """The open session; only inside ``with``."""
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside its 'with' block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        if self._session is not None:
            raise RuntimeError("UnitOfWork is not re-entrant: make a new one per action")
        self._session = self._session_factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._session is not None
        try:
            self._session.rollback()  # no-op after commit; undoes everything otherwise
        finally:
            self._session.close()
            self._session = None

    def sibling(self) -> UnitOfWork:
        """A new unit of work on the same database, for work run at the same time on another
        connection (the slices of a refresh step)."""
        return UnitOfWork(self._session_factory)

    def commit(self) -> None:
        """Make the action's writes durable."""
        self.session.commit()

    @contextlib.contextmanager
    def driver_connection(self) -> Iterator[tuple[Any, str, str]]:
        """(a DBAPI connection of the pool outside any session, the dialect's name, the
        database's name or path) — for the one path where SQLAlchemy's per-statement cost
        outweighs the SQL (the 'Next' key, :mod:`crmdesk.store.claims`).

        The connection goes back to the pool on exit, which rolls back anything left open.
        """
        if self._session is not None:
            raise RuntimeError("UnitOfWork is not re-entrant: make a new one per action")
        engine = self._session_factory.kw["bind"]
        assert isinstance(engine, Engine)
        pooled = engine.raw_connection()
        try:
            yield pooled.driver_connection, engine.dialect.name, str(engine.url.database)
        finally:
            pooled.close()
