"""Segments and exclusions in SQL: who gets a letter, who does not and why, in print order.

Each segment kind (crmdesk.domain.segments) is one set-based select of customer ids. A batch
reads them in print order, then classifies them a chunk at a time (:class:`ClassifiedBatch`):
the first exclusion reason that applies, in the fixed order of
:data:`~crmdesk.domain.segments.EXCLUSION_ORDER`, or none. The last reason (same household
already in this batch) is decided as the rows go by: the first of a household in print order
keeps the letter.

Print order is postal code, then customer code: mail houses sort by postal code for the bulk
discount, and the mailing list must follow the pages.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    case,
    exists,
    extract,
    func,
    insert,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from crmdesk.domain.letters import Recipient
from crmdesk.domain.model import Rank
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
    "ClassifiedBatch",
    "ClassifiedRow",
    "classified_rows",
    "insert_mailings",
    "print_order",
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
            # In HAVING, the subscription check runs once per customer whose dates match,
            # not once per order (a third of the time on a million customers).
            .having(
                func.max(Order.ordered_at) < newest,
                func.max(Order.ordered_at) >= oldest,
                ~running,
            )
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


def _reason(segment: Segment, today: dt.date, *, companion: bool) -> ColumnElement[Any]:
    """The first exclusion reason of a customer (NULL: gets a letter), household aside.

    The same for every segment kind and every batch (letters, flyers, and the labels and
    envelopes of a batch's letters): a VIP is their operator's to contact in person, so no
    batch prints them; the one letter from the desk (:func:`recipient_of`) is that personal
    handling and does not apply this rule.
    """
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
    return case(
        (Customer.do_not_mail, literal(ExclusionReason.DO_NOT_MAIL.value)),
        (Customer.returned_mail, literal(ExclusionReason.RETURNED_MAIL.value)),
        (Customer.rank == Rank.VIP.value, literal(ExclusionReason.VIP.value)),
        (contacted, literal(ExclusionReason.COOL_DOWN.value)),
        (complaint, literal(ExclusionReason.OPEN_COMPLAINT.value)),
        (no_address, literal(ExclusionReason.NO_ADDRESS.value)),
        else_=literal(None, String),
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


def print_order(segment: Segment, today: dt.date) -> Select[int]:
    """The ids of the segment's customers in print order (no exclusions)."""
    members = segment_ids(segment, today).subquery("members")
    return (
        select(Customer.id)
        .join(members, members.c[0] == Customer.id)
        .order_by(func.coalesce(Customer.postal_code, ""), Customer.code, Customer.id)
    )


def _details_statement(
    segment: Segment, today: dt.date, ids: Sequence[int], *, companion: bool
) -> Select[Any]:
    """Reason, recipient columns and household key of the customers ``ids`` (any order)."""
    return select(
        _reason(segment, today, companion=companion).label("reason"),
        Customer.id,
        Customer.code,
        Customer.family_name,
        Customer.given_name,
        Customer.postal_code,
        Customer.prefecture,
        Customer.city,
        Customer.street,
        Customer.building,
        Customer.address_norm,
        *_product_columns(),
    ).where(Customer.id.in_(ids))


class ClassifiedBatch:
    """Every customer of a segment with its exclusion reason, in print order (the module doc).

    Two steps, so a batch with a limit costs what its letters cost, not what the segment costs:
    the segment's ids in print order are read at once into an array (8 bytes a customer, and
    :attr:`total` is known before the first page); then, while the caller iterates, the
    reasons, names, addresses and products are read :data:`CHUNK` customers at a time. The
    household rule is applied here as the rows go by: print order is by postal code first, so
    only the households of the current postal code are remembered. With ``limit``, iteration
    stops at the ``limit``-th customer who gets a letter; the excluded customers before them
    come with their reason, the rest of the segment is never read.
    """

    def __init__(
        self,
        session: Session,
        segment: Segment,
        today: dt.date,
        *,
        companion: bool = False,
        limit: int | None = None,
    ) -> None:
        self._session = session
        self._segment = segment
        self._today = today
        self._companion = companion
        self._limit = limit
        self._ids: array[int] = array("q")
        if session.get_bind().dialect.name == "postgresql":
            # For this transaction only: JIT compiling costs ~0.1 s on each chunk's statement
            # (its correlated subqueries look expensive) and saves nothing on 1,000 rows; the
            # ids of a large segment sort in memory instead of spilling to disk.
            session.execute(text("SET LOCAL jit = off"))
            session.execute(text("SET LOCAL work_mem = '64MB'"))
        stmt = print_order(segment, today).execution_options(
            yield_per=CHUNK * 10, stream_results=True
        )
        for part in session.execute(stmt).scalars().partitions():
            self._ids.extend(part)
        #: Customers in the segment (before exclusions and limit).
        self.total = len(self._ids)

    def __iter__(self) -> Iterator[ClassifiedRow]:
        limit = self._limit
        if limit is not None and limit <= 0:
            return
        printed = 0
        postal: str | None = None
        households: set[str] = set()
        for start in range(0, len(self._ids), CHUNK):
            part = self._ids[start : start + CHUNK].tolist()
            stmt = _details_statement(self._segment, self._today, part, companion=self._companion)
            rows = {int(row.id): row for row in self._session.execute(stmt)}
            for customer_id in part:
                row = rows.get(customer_id)
                if row is None:  # deleted since the ids were read (PostgreSQL, READ COMMITTED)
                    continue
                classified = _row(row)
                if classified.reason is None:
                    if row.postal_code != postal:
                        postal = row.postal_code
                        households.clear()
                    # A customer whose search form of the address is empty is a household of
                    # its own; the first of a household in print order keeps the letter.
                    household = row.address_norm or f"#{customer_id}"
                    if household in households:
                        classified = ClassifiedRow(
                            classified.recipient, ExclusionReason.SAME_HOUSEHOLD
                        )
                    else:
                        households.add(household)
                yield classified
                if classified.reason is None:
                    printed += 1
                    if limit is not None and printed >= limit:
                        return


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
    """Iterate a :class:`ClassifiedBatch` (when the caller does not need its total)."""
    yield from ClassifiedBatch(session, segment, today, companion=companion, limit=limit)


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
