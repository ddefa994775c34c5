"""What the desk's recording services share: the clock, the audit row, the version check.

Private to crmdesk.services (customers, contacts, complaints, voices, subscriptions).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from crmdesk.domain.errors import ConflictError, NotFoundError, PermissionDeniedError
from crmdesk.domain.permissions import Permission, require
from crmdesk.store.schema import AuditLog, Customer, Operator

_T = TypeVar("_T")

#: Business dates are Japanese dates (the call center works in JST).
JST = dt.timezone(dt.timedelta(hours=9), "JST")
#: Follow-up calls are due at the start of the calling day, 10:00 JST.
FOLLOW_UP_HOUR_JST = 10


def utc_now() -> dt.datetime:
    """The current time, timezone-aware UTC (what every ``*_at`` column stores)."""
    return dt.datetime.now(dt.UTC)


def jst_today(at: dt.datetime | None = None) -> dt.date:
    """The JST business date of ``at`` (default: now)."""
    return (at or utc_now()).astimezone(JST).date()


def due_at(day: dt.date, hour: int = FOLLOW_UP_HOUR_JST) -> dt.datetime:
    """``hour`` o'clock JST on ``day``, as UTC: when a follow-up for that day is due."""
    return dt.datetime.combine(day, dt.time(hour), JST).astimezone(dt.UTC)


def require_operator(session: Session, operator_id: int) -> Operator:
    """The acting operator; NotFoundError if the id is unknown (every record names who made it)."""
    operator = session.get(Operator, operator_id)
    if operator is None:
        raise NotFoundError(f"operator id {operator_id} does not exist")
    return operator


def require_permission(session: Session, operator_id: int, permission: Permission) -> Operator:
    """The acting operator, if active and their stored role allows ``permission``.

    The role is read from the database, not taken from the caller, so a desk cannot claim a
    role it was not given; PermissionDeniedError otherwise (nothing is written).
    """
    operator = require_operator(session, operator_id)
    if not operator.active:
        raise PermissionDeniedError(
            f"operator {operator.login!r} is deactivated", permission=permission.value
        )
    require(operator.role, permission)
    return operator


def require_customer(session: Session, customer_id: int) -> Customer:
    """The customer; NotFoundError if gone."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(f"customer id {customer_id} does not exist")
    return customer


def operator_name(session: Session, operator_id: int | None) -> str | None:
    """The display name of an operator id (None for None or an unknown id)."""
    if operator_id is None:
        return None
    operator = session.get(Operator, operator_id)
    return None if operator is None else operator.name


def audit(
    session: Session,
    operator_id: int,
    *,
    action: str,
    entity: str,
    entity_id: int,
    detail: dict[str, Any],
    at: dt.datetime | None = None,
) -> None:
    """Add the audit row of a write of personal data (who, when, what) to the transaction."""
    session.add(
        AuditLog(
            at=at or utc_now(),
            operator_id=operator_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=json.dumps(detail, ensure_ascii=False, default=str, sort_keys=True),
        )
    )


def check_version(found: int, expected: int, what: str, current: Callable[[], _T]) -> None:
    """ConflictError with the current values when the row moved on since the form loaded it."""
    if found != expected:
        raise ConflictError(
            f"{what} was changed by another operator (version {found}, "
            f"this form has version {expected}); nothing was saved",
            current=current(),
        )


def flush_or_conflict(session: Session, what: str, current: Callable[[], _T]) -> None:
    """Flush; a concurrent update between load and flush becomes a ConflictError.

    The UPDATE of a versioned row says ``WHERE version = <loaded>``; when another operator's
    commit got in between, it matches no row and SQLAlchemy raises StaleDataError. The whole
    transaction is rolled back (nothing of this action is written) and ``current`` is read
    afresh to show what the other operator saved.
    """
    try:
        session.flush()
    except StaleDataError:
        session.rollback()
        raise ConflictError(
            f"{what} was changed by another operator while saving; nothing was saved",
            current=current(),
        ) from None
