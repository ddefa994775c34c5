"""The call log (対応履歴): what was said on the phone, and the call-back it promised."""

from __future__ import annotations

import datetime as dt

from crmdesk.domain.ids import ContactId, CustomerId, OperatorId
from crmdesk.domain.model import (
    ContactCategory,
    ContactChannel,
    ContactDirection,
    FollowUpChannel,
    FollowUpStatus,
)
from crmdesk.domain.validation import invalid, required_text
from crmdesk.services._common import (
    audit,
    due_at,
    jst_today,
    require_customer,
    require_operator,
    utc_now,
)
from crmdesk.store.notify import notify_customer_changed
from crmdesk.store.schema import Contact, FollowUp
from crmdesk.store.uow import UnitOfWork

__all__ = ["CALLBACK_KIND", "CALLBACK_PRIORITY", "record_call"]

#: follow_ups.kind of a call-back the operator promised on the phone.
CALLBACK_KIND = "callback"
#: Queue priority of a promised call-back (rule-made follow-ups range around it).
CALLBACK_PRIORITY = 50


def record_call(
    uow: UnitOfWork,
    operator_id: OperatorId,
    customer_id: CustomerId,
    *,
    direction: ContactDirection,
    category: ContactCategory,
    summary: str,
    duration_s: int | None,
    follow_up_on: dt.date | None = None,
    at: dt.datetime | None = None,
) -> ContactId:
    """Log a phone call; with ``follow_up_on`` also queue a call-back for that day (10:00 JST).

    ``summary`` is required (ValidationError at ``summary``); ``duration_s`` is the call timer
    (None when not timed, never negative); ``at`` defaults to now and must be timezone-aware;
    ``follow_up_on`` may not be before the JST date of the call. The call is on the customer's
    timeline as soon as this returns.
    """
    text = required_text(summary, "summary")
    direction = ContactDirection(direction)
    category = ContactCategory(category)
    if duration_s is not None and duration_s < 0:
        raise invalid("duration_s", "cannot be negative", "out_of_range")
    if at is not None and at.tzinfo is None:
        raise ValueError(f"'at' must be a timezone-aware datetime, got {at!r}")
    contacted_at = at or utc_now()
    if follow_up_on is not None and follow_up_on < jst_today(contacted_at):
        raise invalid(
            "follow_up_on", f"{follow_up_on.isoformat()} is before the day of the call", "past"
        )
    with uow:
        s = uow.session
        require_operator(s, operator_id)
        require_customer(s, customer_id)
        contact = Contact(
            customer_id=customer_id,
            direction=direction.value,
            channel=ContactChannel.PHONE.value,
            category=category.value,
            operator_id=operator_id,
            summary=text,
            duration_s=duration_s,
            contacted_at=contacted_at,
        )
        s.add(contact)
        s.flush()
        detail: dict[str, object] = {"direction": direction.value, "category": category.value}
        if follow_up_on is not None:
            follow_up = FollowUp(
                customer_id=customer_id,
                kind=CALLBACK_KIND,
                rule_code=None,
                channel=FollowUpChannel.CALL.value,
                due_at=due_at(follow_up_on),
                priority=CALLBACK_PRIORITY,
                status=FollowUpStatus.OPEN.value,
                note=text,
                created_at=utc_now(),
            )
            s.add(follow_up)
            s.flush()
            detail["follow_up_id"] = follow_up.id
            detail["follow_up_on"] = follow_up_on.isoformat()
        audit(
            s,
            operator_id,
            action="create",
            entity="contact",
            entity_id=contact.id,
            detail=detail,
        )
        notify_customer_changed(s, customer_id)
        s.flush()
        uow.commit()
        return ContactId(contact.id)
