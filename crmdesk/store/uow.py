"""The unit of work: one session per user action, committed once or rolled back."""

from __future__ import annotations

from types import TracebackType

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

    def commit(self) -> None:
        """Make the action's writes durable."""
        self.session.commit()
