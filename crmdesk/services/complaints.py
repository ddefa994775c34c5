"""Complaints (クレーム): open on the call, escalate to a supervisor, resolve, and call back.

Resolving a complaint schedules the check-back call (``complaint_check_back``) in the same
transaction, so a resolved complaint never lacks its follow-up. Escalation and resolution check
the complaint's version: two people working the same complaint get a conflict, not an overwrite.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.errors import NotFoundError
from crmdesk.domain.ids import ComplaintId, CustomerId, OperatorId
from crmdesk.domain.model import (
    ComplaintCategory,
    ComplaintStatus,
    ContactCategory,
    ContactChannel,
    ContactDirection,
    FollowUpChannel,
    FollowUpStatus,
    Role,
    Severity,
)
from crmdesk.domain.readmodels import ComplaintView, OperatorView
from crmdesk.domain.validation import invalid, required_text
from crmdesk.services._common import (
    JST,
    audit,
    check_version,
    due_at,
    flush_or_conflict,
    operator_name,
    require_customer,
    require_operator,
    utc_now,
)
from crmdesk.store.notify import notify_customer_changed
from crmdesk.store.schema import Complaint, Contact, FollowUp, Operator
from crmdesk.store.uow import UnitOfWork

__all__ = [
    "CHECK_BACK_KIND",
    "CHECK_BACK_PRIORITY",
    "escalate_complaint",
    "list_complaints",
    "list_supervisors",
    "open_complaint",
    "resolve_complaint",
]

#: follow_ups.kind and rule_code of the call after a resolved complaint.
CHECK_BACK_KIND = "complaint_check_back"
#: Above ordinary call-backs (50): an unhappy customer is called first.
CHECK_BACK_PRIORITY = 80
_MAX_CHECK_BACK_DAYS = 365
_ESCALATION_ROLES = (Role.SUPERVISOR.value, Role.ADMIN.value)


def _view(session: Session, complaint: Complaint) -> ComplaintView:
    return ComplaintView(
        id=ComplaintId(complaint.id),
        customer_id=CustomerId(complaint.customer_id),
        category=ComplaintCategory(complaint.category),
        severity=Severity(complaint.severity),
        status=ComplaintStatus(complaint.status),
        description=complaint.description,
        resolution=complaint.resolution,
        opened_at=complaint.opened_at,
        resolved_at=complaint.resolved_at,
        escalated_to_name=operator_name(session, complaint.escalated_to),
        operator_name=operator_name(session, complaint.operator_id),
        version=complaint.version,
    )


def _require_complaint(session: Session, complaint_id: int) -> Complaint:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None:
        raise NotFoundError(f"complaint id {complaint_id} does not exist")
    return complaint


def _current(session: Session, complaint_id: int) -> ComplaintView:
    return _view(session, _require_complaint(session, complaint_id))


def open_complaint(
    uow: UnitOfWork,
    operator_id: OperatorId,
    customer_id: CustomerId,
    *,
    category: ComplaintCategory,
    severity: Severity,
    description: str,
) -> ComplaintView:
    """Record a complaint taken on an inbound call (with that call in the contact history)."""
    text = required_text(description, "description")
    category = ComplaintCategory(category)
    severity = Severity(severity)
    with uow:
        s = uow.session
        require_operator(s, operator_id)
        require_customer(s, customer_id)
        now = utc_now()
        contact = Contact(
            customer_id=customer_id,
            direction=ContactDirection.INBOUND.value,
            channel=ContactChannel.PHONE.value,
            category=ContactCategory.COMPLAINT.value,
            operator_id=operator_id,
            summary=text,
            contacted_at=now,
        )
        s.add(contact)
        s.flush()
        complaint = Complaint(
            customer_id=customer_id,
            contact_id=contact.id,
            category=category.value,
            severity=severity.value,
            status=ComplaintStatus.OPEN.value,
            description=text,
            operator_id=operator_id,
            opened_at=now,
        )
        s.add(complaint)
        s.flush()
        audit(
            s,
            operator_id,
            action="create",
            entity="complaint",
            entity_id=complaint.id,
            detail={
                "category": category.value,
                "severity": severity.value,
                "contact_id": contact.id,
            },
            at=now,
        )
        notify_customer_changed(s, customer_id)
        s.flush()
        view = _view(s, complaint)
        uow.commit()
        return view


def escalate_complaint(
    uow: UnitOfWork,
    operator_id: OperatorId,
    complaint_id: ComplaintId,
    *,
    to_operator_id: OperatorId,
    note: str,
    expected_version: int,
) -> ComplaintView:
    """Hand a complaint to a supervisor or admin (status escalated).

    ``to_operator_id`` must be an active supervisor or admin (ValidationError at
    ``to_operator_id``); a resolved complaint cannot be escalated (ValidationError at ``status``).
    The complaints table has no column for the note, so it is appended to the description as a
    dated line 「【エスカレーション 2026-03-01 → 鈴木】note」 (it then shows on the timeline) and
    kept in the audit row.
    """
    note_text = note.strip()
    with uow:
        s = uow.session
        require_operator(s, operator_id)
        complaint = _require_complaint(s, complaint_id)

        def current() -> ComplaintView:
            return _current(s, complaint_id)

        what = f"Complaint {complaint_id}"
        check_version(complaint.version, expected_version, what, current)
        if complaint.status == ComplaintStatus.RESOLVED.value:
            raise invalid("status", "the complaint is already resolved", "not_allowed")
        target = s.get(Operator, to_operator_id)
        if target is None or not target.active or target.role not in _ESCALATION_ROLES:
            raise invalid("to_operator_id", "must be an active supervisor or admin", "not_allowed")
        now = utc_now()
        line = f"【エスカレーション {now.astimezone(JST).date().isoformat()} → {target.name}】"
        complaint.description = f"{complaint.description}\n{line}{note_text}".strip()
        complaint.status = ComplaintStatus.ESCALATED.value
        complaint.escalated_to = target.id
        complaint.escalated_at = now
        flush_or_conflict(s, what, current)
        audit(
            s,
            operator_id,
            action="escalate",
            entity="complaint",
            entity_id=complaint.id,
            detail={"to_operator_id": target.id, "note": note_text},
            at=now,
        )
        notify_customer_changed(s, complaint.customer_id)
        s.flush()
        view = _view(s, complaint)
        uow.commit()
        return view


def resolve_complaint(
    uow: UnitOfWork,
    operator_id: OperatorId,
    complaint_id: ComplaintId,
    *,
    resolution: str,
    expected_version: int,
    check_back_days: int = 7,
    today: dt.date,
) -> ComplaintView:
    """Close a complaint with its resolution and queue the check-back call.

    The follow-up (kind and rule_code ``complaint_check_back``, a call, priority 80) is due at
    10:00 JST on ``today + check_back_days`` (``today`` is the JST business date). A complaint
    that is already resolved is refused (ValidationError at ``status``), so there is exactly
    one check-back per resolution.
    """
    text = required_text(resolution, "resolution")
    if not 0 <= check_back_days <= _MAX_CHECK_BACK_DAYS:
        raise invalid(
            "check_back_days", f"must be between 0 and {_MAX_CHECK_BACK_DAYS}", "out_of_range"
        )
    with uow:
        s = uow.session
        require_operator(s, operator_id)
        complaint = _require_complaint(s, complaint_id)

        def current() -> ComplaintView:
            return _current(s, complaint_id)

        what = f"Complaint {complaint_id}"
        check_version(complaint.version, expected_version, what, current)
        if complaint.status == ComplaintStatus.RESOLVED.value:
            raise invalid("status", "the complaint is already resolved", "not_allowed")
        now = utc_now()
        complaint.status = ComplaintStatus.RESOLVED.value
        complaint.resolution = text
        complaint.resolved_at = now
        check_back_on = today + dt.timedelta(days=check_back_days)
        follow_up = FollowUp(
            customer_id=complaint.customer_id,
            kind=CHECK_BACK_KIND,
            rule_code=CHECK_BACK_KIND,
            channel=FollowUpChannel.CALL.value,
            due_at=due_at(check_back_on),
            priority=CHECK_BACK_PRIORITY,
            status=FollowUpStatus.OPEN.value,
            note=f"complaint {complaint.id}: {text}",
            created_at=now,
        )
        s.add(follow_up)
        flush_or_conflict(s, what, current)
        audit(
            s,
            operator_id,
            action="resolve",
            entity="complaint",
            entity_id=complaint.id,
            detail={
                "resolution": text,
                "follow_up_id": follow_up.id,
                "check_back_on": check_back_on.isoformat(),
            },
            at=now,
        )
        notify_customer_changed(s, complaint.customer_id)
        s.flush()
        view = _view(s, complaint)
        uow.commit()
        return view


def list_complaints(uow: UnitOfWork, customer_id: CustomerId) -> list[ComplaintView]:
    """The customer's complaints, newest first."""
    with uow:
        s = uow.session
        rows = s.scalars(
            select(Complaint)
            .where(Complaint.customer_id == customer_id)
            .order_by(Complaint.opened_at.desc(), Complaint.id.desc())
        ).all()
        return [_view(s, c) for c in rows]


def list_supervisors(uow: UnitOfWork) -> list[OperatorView]:
    """Who a complaint can be escalated to: active supervisors and admins, by name."""
    with uow:
        rows = uow.session.scalars(
            select(Operator)
            .where(Operator.active.is_(True), Operator.role.in_(_ESCALATION_ROLES))
            .order_by(Operator.name, Operator.id)
        )
        return [
            OperatorView(id=OperatorId(o.id), login=o.login, name=o.name, role=o.role) for o in rows
        ]
