"""Segments and exclusions in SQL: who gets a letter, who does not and why, in print order.

Each segment kind (crmdesk.domain.segments) is one set-based select of customer ids. On top of
it one statement classifies every customer of the segment: the first exclusion reason that
applies, in the fixed order of :data:`~crmdesk.domain.segments.EXCLUSION_ORDER`, or none. The
last reason (same household already in this batch) is a window over the customers that are
still in: the first of a household in print order keeps the letter.

Print order is postal code, then customer code: mail houses sort by postal code for the bulk
discount, and the mailing list must follow the pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Select,
    String,
    and_,
    case,
    cast,
    exists,
    extract,
    func,
    insert,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session

from crmdesk.domain.letters import Recipient
from crmdesk.domain.segments import ExclusionReason, Segment, SegmentKind
from crmdesk.store.schema import (
    Complaint,
    Contact,
    Customer,
    FollowUp,
    Mailing,
    MailingBatch,
    Order,
    OrderLine,
    Product,
    Subscription,
)

__all__ = [
    "ClassifiedRow",
    "classified_rows",
    "insert_mailings",
    "segment_ids",
    "still_mailable",
]

JST = dt.timezone(dt.timedelta(hours=9), "JST")
#: Rows fetched per round trip while a batch streams (memory stays flat).
CHUNK = 1000
#: Ids per IN list (SQLite allows 32,766 bound parameters; stay far below).
_IDS_PER_STATEMENT = 5000
_RUNNING = ("active", "paused")
_OPEN_COMPLAINT = ("open", "escalated")


def _jst_midnight(day: dt.date) -> dt.datetime:
    """00:00 JST of ``day`` as UTC: the boundary of a business date in ``*_at`` columns."""
    return dt.datetime.combine(day, dt.time(0), JST).astimezone(dt.UTC)


def segment_ids(segment: Segment, today: dt.date) -> Select[int]:
    """The ids of the customers in ``segment`` on business date ``today`` (no exclusions)."""
    kind = segment.kind
    if kind is SegmentKind.FIRST_PURCHASE:
        since = _jst_midnight(today - dt.timedelta(days=segment.int_param("days")))
        return (
            select(Order.customer_id)
            .group_by(Order.customer_id)
            .having(func.min(Order.ordered_at) >= since)
        )
    if kind is SegmentKind.DELIVERY_MILESTONE:
        since = _jst_midnight(today - dt.timedelta(days=segment.int_param("days")))
        return (
            select(Order.customer_id)
            .where(
                Order.delivery_number == segment.int_param("delivery"),
                Order.ordered_at >= since,
            )
            .distinct()
        )
    if kind is SegmentKind.DORMANT:
        newest = _jst_midnight(today - dt.timedelta(days=segment.int_param("min_days") - 1))
        oldest = _jst_midnight(today - dt.timedelta(days=segment.int_param("max_days")))
        running = exists().where(
            Subscription.customer_id == Order.customer_id, Subscription.status.in_(_RUNNING)
        )
        return (
            select(Order.customer_id)
            .group_by(Order.customer_id)
            .having(func.max(Order.ordered_at) < newest, func.max(Order.ordered_at) >= oldest)
            .where(~running)
        )
    if kind is SegmentKind.BIRTHDAY_MONTH:
        return select(Customer.id).where(extract("month", Customer.birth_date) == today.month)
    if kind is SegmentKind.UPCOMING_DELIVERY:
        until = today + dt.timedelta(days=segment.int_param("days"))
        return (
            select(Subscription.customer_id)
            .where(
                Subscription.status == "active",
                Subscription.next_ship_date >= today,
                Subscription.next_ship_date <= until,
            )
            .distinct()
        )
    # SegmentKind.FOLLOW_UP: the open letter follow-ups of one rule (issue 5). Personal (VIP)
    # ones are their operator's to write, never an automatic DM; one already mailed since it
    # was made is not printed twice (the next refresh marks it done).
    mailed = exists().where(
        Mailing.customer_id == FollowUp.customer_id, Mailing.sent_at >= FollowUp.created_at
    )
    return (
        select(FollowUp.customer_id)
        .where(
            FollowUp.status == "open",
            FollowUp.channel == "letter",
            FollowUp.handling == "shared",
            FollowUp.rule_code == str(segment.params["rule"]),
            ~mailed,
        )
        .distinct()
    )


def _classification(segment: Segment, today: dt.date, *, companion: bool, member_ids: CTE) -> CTE:
    """customer id, print-order columns and the first exclusion reason (NULL: gets a letter)."""
    cool_since = _jst_midnight(today - dt.timedelta(days=segment.cool_down_days))
    recent_mailing = Mailing.customer_id == Customer.id
    mailing_filter: list[ColumnElement[bool]] = [recent_mailing, Mailing.sent_at >= cool_since]
    if companion:
        # Labels and envelopes for today's letters of this segment: those letters do not count
        # as an earlier contact, or nobody who got one could get its envelope.
        same_run = (
            select(MailingBatch.id)
            .where(
                MailingBatch.segment == segment.name,
                MailingBatch.created_at >= _jst_midnight(today),
            )
            .scalar_subquery()
        )
        mailing_filter.append(or_(Mailing.batch_id.is_(None), Mailing.batch_id.not_in(same_run)))
    contacted: ColumnElement[bool] = exists().where(*mailing_filter) | exists().where(
        Contact.customer_id == Customer.id,
        Contact.direction == "outbound",
        Contact.contacted_at >= cool_since,
    )
    if segment.cool_down_days == 0:
        contacted = literal(False)
    complaint = exists().where(
        Complaint.customer_id == Customer.id, Complaint.status.in_(_OPEN_COMPLAINT)
    )
    no_address = or_(
        func.coalesce(Customer.postal_code, "") == "",
        Customer.prefecture == "",
        Customer.city == "",
    )
    reason = case(
        (Customer.do_not_mail, literal(ExclusionReason.DO_NOT_MAIL.value)),
        (Customer.returned_mail, literal(ExclusionReason.RETURNED_MAIL.value)),
        (contacted, literal(ExclusionReason.COOL_DOWN.value)),
        (complaint, literal(ExclusionReason.OPEN_COMPLAINT.value)),
        (no_address, literal(ExclusionReason.NO_ADDRESS.value)),
        else_=literal(None, String),
    )
    return (
        select(
            Customer.id.label("id"),
            Customer.code.label("code"),
            Customer.postal_code.label("postal_code"),
            # A customer whose search form of the address is empty is a household of its own.
            case(
                (Customer.address_norm == "", cast(Customer.id, String)),
                else_=Customer.address_norm,
            ).label("household"),
            reason.label("reason"),
        )
        .join(member_ids, member_ids.c.customer_id == Customer.id)
        .cte("classified")
    )


@dataclass(frozen=True)
class ClassifiedRow:
    """One customer of the segment, in print order: the recipient and its exclusion reason."""

    recipient: Recipient
    reason: ExclusionReason | None


def _product_columns() -> list[Any]:
    """The product, delivery count and next date of the customer's newest subscription,
    else the product of the newest order (what a letter may mention)."""
    newest_sub = (
        select(Subscription.id)
        .where(Subscription.customer_id == Customer.id)
        .order_by(Subscription.started_at.desc(), Subscription.id.desc())
        .limit(1)
        .correlate(Customer)
        .scalar_subquery()
    )
    sub_product = (
        select(Product.name)
        .join(Subscription, Subscription.product_id == Product.id)
        .where(Subscription.id == newest_sub)
        .scalar_subquery()
    )
    order_product = (
        select(Product.name)
        .join(OrderLine, OrderLine.product_id == Product.id)
        .join(Order, Order.id == OrderLine.order_id)
        .where(Order.customer_id == Customer.id)
        .order_by(Order.ordered_at.desc(), OrderLine.id)
        .limit(1)
        .correlate(Customer)
        .scalar_subquery()
    )
    count = select(Subscription.delivery_count).where(Subscription.id == newest_sub)
    next_date = select(Subscription.next_ship_date).where(
        Subscription.id == newest_sub, Subscription.status == "active"
    )
    return [
        func.coalesce(sub_product, order_product, literal("")).label("product"),
        count.scalar_subquery().label("delivery_count"),
        next_date.scalar_subquery().label("next_date"),
    ]


def classified_statement(
    segment: Segment, today: dt.date, *, companion: bool = False, limit: int | None = None
) -> Select[Any]:
    """Every customer of the segment with its reason, in print order (see the module doc).

    With ``limit``, only the first ``limit`` customers in print order who get a letter are
    kept (excluded customers before the last of them still come with their reason).
    """
    members = segment_ids(segment, today).cte("members")
    members = select(members.c[0].label("customer_id")).cte("member_ids")
    classified = _classification(segment, today, companion=companion, member_ids=members)
    household = func.row_number().over(
        partition_by=(classified.c.reason, classified.c.postal_code, classified.c.household),
        order_by=(classified.c.postal_code, classified.c.code, classified.c.id),
    )
    ranked = select(
        classified.c.id,
        classified.c.postal_code,
        classified.c.code,
        case(
            (
                and_(classified.c.reason.is_(None), household > 1),
                literal(ExclusionReason.SAME_HOUSEHOLD.value),
            ),
            else_=classified.c.reason,
        ).label("reason"),
    ).cte("ranked")
    columns = [
        ranked.c.reason,
        Customer.id,
        Customer.code,
        Customer.family_name,
        Customer.given_name,
        Customer.postal_code,
        Customer.prefecture,
        Customer.city,
        Customer.street,
        Customer.building,
        *_product_columns(),
    ]
    stmt = (
        select(*columns)
        .join(ranked, ranked.c.id == Customer.id)
        .order_by(func.coalesce(ranked.c.postal_code, ""), ranked.c.code, ranked.c.id)
    )
    if limit is not None:
        position = (
            func.sum(case((ranked.c.reason.is_(None), 1), else_=0))
            .over(order_by=(func.coalesce(ranked.c.postal_code, ""), ranked.c.code, ranked.c.id))
            .label("position")
        )
        numbered = select(ranked.c.id, ranked.c.reason, position).cte("numbered")
        stmt = stmt.join(numbered, numbered.c.id == Customer.id).where(
            or_(
                and_(numbered.c.reason.is_(None), numbered.c.position <= limit),
                and_(numbered.c.reason.is_not(None), numbered.c.position < limit),
            )
        )
    return stmt


def _row(row: Any) -> ClassifiedRow:
    next_date = row.next_date
    if isinstance(next_date, str):  # SQLite returns a scalar subquery's date as text
        next_date = dt.date.fromisoformat(next_date)
    return ClassifiedRow(
        recipient=Recipient(
            customer_id=int(row.id),
            code=row.code,
            family_name=row.family_name,
            given_name=row.given_name,
            postal_code=row.postal_code or "",
            prefecture=row.prefecture,
            city=row.city,
            street=row.street,
            building=row.building,
            product=row.product or "",
            delivery_count=None if row.delivery_count is None else int(row.delivery_count),
            next_date=next_date,
        ),
        reason=None if row.reason is None else ExclusionReason(row.reason),
    )


def classified_rows(
    session: Session,
    segment: Segment,
    today: dt.date,
    *,
    companion: bool = False,
    limit: int | None = None,
) -> Iterator[ClassifiedRow]:
    """Stream :func:`classified_statement` in chunks (a server-side cursor on PostgreSQL)."""
    stmt = classified_statement(segment, today, companion=companion, limit=limit)
    result = session.execute(stmt.execution_options(yield_per=CHUNK, stream_results=True))
    for row in result:
        yield _row(row)


def recipient_of(session: Session, customer_id: int) -> ClassifiedRow | None:
    """One customer as a recipient, with the hard exclusions (DM不要, 宛所不明, no address).

    The one letter from the desk: the operator has the customer on the phone, so neither the
    cool-down nor a complaint (the apology letter is for one) keeps the letter back.
    """
    reason = case(
        (Customer.do_not_mail, literal(ExclusionReason.DO_NOT_MAIL.value)),
        (Customer.returned_mail, literal(ExclusionReason.RETURNED_MAIL.value)),
        (
            or_(
                func.coalesce(Customer.postal_code, "") == "",
                Customer.prefecture == "",
                Customer.city == "",
            ),
            literal(ExclusionReason.NO_ADDRESS.value),
        ),
        else_=literal(None, String),
    ).label("reason")
    row = session.execute(
        select(
            reason,
            Customer.id,
            Customer.code,
            Customer.family_name,
            Customer.given_name,
            Customer.postal_code,
            Customer.prefecture,
            Customer.city,
            Customer.street,
            Customer.building,
            *_product_columns(),
        ).where(Customer.id == customer_id)
    ).one_or_none()
    return None if row is None else _row(row)


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _IDS_PER_STATEMENT):
        yield ids[start : start + _IDS_PER_STATEMENT]


def flagged_among(session: Session, ids: Sequence[int]) -> list[int]:
    """Those of ``ids`` flagged DM不要 or 宛所不明 now (a flag set while a batch was printing)."""
    found: list[int] = []
    for part in _chunks(ids):
        found += session.scalars(
            select(Customer.id).where(
                Customer.id.in_(part), or_(Customer.do_not_mail, Customer.returned_mail)
            )
        )
    return found


def still_mailable(session: Session, ids: Sequence[int]) -> bool:
    """True when none of ``ids`` is flagged DM不要 or 宛所不明."""
    return not flagged_among(session, ids)


def insert_mailings(
    session: Session, batch_id: int, kind: str, ids: Sequence[int], sent_at: dt.datetime
) -> None:
    """One mailing row per customer of the batch (one executemany, in the caller's transaction)."""
    for part in _chunks(ids):
        session.execute(
            insert(Mailing),
            [
                {"batch_id": batch_id, "customer_id": cid, "kind": kind, "sent_at": sent_at}
                for cid in part
            ],
        )
