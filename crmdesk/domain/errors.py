"""Errors a user can see. Each carries a stable code so the UI can translate it."""

from __future__ import annotations

from typing import Generic, TypeVar

_T = TypeVar("_T")


class CrmdeskError(Exception):
    """An error meant for the person at the desk or the shell, not a programming error.

    ``code`` is stable (used by the UI to look up a translation and by scripts to react);
    ``str(err)`` is a complete English sentence that names what is wrong.
    """

    code: str = "E000"
    # Codes in use: E1xx database, E2xx records, E3xx input (E301 NormalizationError in
    # crmdesk.domain.normalize), E4xx service preconditions (E401 in crmdesk.services.demo),
    # E5xx access (sign-in, roles). A new subclass takes the next free number of its group.

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.message} [{self.code}]"


class DatabaseTooNewError(CrmdeskError):
    """The database was written by a newer crmdesk: refuse it rather than guess."""

    code = "E101"


class DatabaseUnreachableError(CrmdeskError):
    """The configured database cannot be opened (wrong path, server down, bad URL)."""

    code = "E102"


class NotFoundError(CrmdeskError):
    """A customer, order or other record the user asked for does not exist."""

    code = "E201"


class ConflictError(CrmdeskError, Generic[_T]):
    """Another operator saved the same record since it was loaded (optimistic locking).

    ``current`` is the record as the other operator left it (a read model such as
    ``CustomerEdit``, ``SubscriptionView`` or ``ComplaintView``): the conflict dialog shows it so
    that nothing is overwritten silently. Nothing of the refused save was written.
    """

    code = "E203"

    def __init__(self, message: str, *, current: _T) -> None:
        super().__init__(message)
        self.current = current


class PermissionDeniedError(CrmdeskError):
    """The signed-in operator's role may not do this (see crmdesk.domain.permissions)."""

    code = "E501"

    def __init__(self, message: str, *, permission: str) -> None:
        super().__init__(message)
        self.permission = permission


class AuthenticationError(CrmdeskError):
    """Sign-in refused: unknown login, wrong password or a deactivated operator.

    The message never says which of the three it was, so a guesser learns nothing.
    """

    code = "E502"
