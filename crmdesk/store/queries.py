"""Read-model queries: customer lookups, the customer card and its timeline.

Every lookup here is an index seek (see the indexes in schema.py); they return ids or frozen read
models, never ORM objects. Dialect differences (prefix search) are handled here and nowhere else.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    String,
    case,
    cast,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from crmdesk.domain.ids import CustomerId, SubscriptionId
from crmdesk.domain.model import TimelineKind
from crmdesk.domain.readmodels import (
    CustomerCard,
    CustomerSummary,
    SubscriptionView,
    TimelineEntry,
)
from crmdesk.store.schema import (
    CancellationRequest,
    Complaint,
    Contact,
    Customer,
    CustomerFlagChange,
    CustomerPhone,
    CustomerVoice,
    Mailing,
    Order,
    Product,
    Subscription,
    SubscriptionEvent,
)

_Row = Select[str, dt.datetime, str, str, int]

#: Above every katakana, kanji and full-width form used in names: the end of a prefix range.
_PREFIX_END = "\U0010ffff"


def _prefix(column: SQLColumnExpression[str], prefix: str) -> ColumnElement[bool]:
    """``column`` starts with ``prefix``, as a range the column's index serves in order.

    Search columns compare by code point on both backends (schema._search_key), so the range
    [prefix, prefix + U+10FFFF) is exactly the strings with that prefix. (SQLite's LIKE would
    scan: it uses an index only with case_sensitive_like on.)
    """
    return (column >= prefix) & (column < prefix + _PREFIX_END)


def _ids(session: Session, stmt: Select[int]) -> list[CustomerId]:
    return [CustomerId(i) for i in session.scalars(stmt)]


def find_by_phone_digits(session: Session, digits: str, limit: int = 20) -> list[CustomerId]:
    """Customers having a phone whose canonical digits equal ``digits``."""
    stmt = (
        select(CustomerPhone.customer_id)
        .where(CustomerPhone.digits == digits)
        .distinct()
        .order_by(CustomerPhone.customer_id)
        .limit(limit)
    )
    return _ids(session, stmt)


def find_by_phone_last4(session: Session, last4: str, limit: int = 20) -> list[CustomerId]:
    """Customers having a phone ending in these four digits."""
    stmt = (
        select(CustomerPhone.customer_id)
        .where(CustomerPhone.last4 == last4)
        .distinct()
        .order_by(CustomerPhone.customer_id)
        .limit(limit)
    )
    return _ids(session, stmt)


def find_by_code(session: Session, code: str) -> list[CustomerId]:
    """The customer with this 顧客番号 (exact)."""
    return _ids(session, select(Customer.id).where(Customer.code == code))


def find_by_order_number(session: Session, order_number: str) -> list[CustomerId]:
    """The customer who placed this order (exact order number)."""
    return _ids(session, select(Order.customer_id).where(Order.order_number == order_number))


def find_by_email(session: Session, email_norm: str, limit: int = 20) -> list[CustomerId]:
    """Customers with this (normalised) email address."""
    stmt = select(Customer.id).where(Customer.email_norm == email_norm).limit(limit)
    return _ids(session, stmt)


def find_by_postal_code(session: Session, postal_code: str, limit: int = 20) -> list[CustomerId]:
    """Customers living at this 7-digit postal code."""
    stmt = (
        select(Customer.id)
        .where(Customer.postal_code == postal_code)
        .order_by(Customer.kana_norm)
        .limit(limit)
    )
    return _ids(session, stmt)


def find_by_kana_prefix(session: Session, kana_prefix: str, limit: int = 20) -> list[CustomerId]:
    """Customers whose reading (family+given, katakana, no spaces) starts with ``kana_prefix``."""
    stmt = (
        select(Customer.id)
        .where(_prefix(Customer.kana_norm, kana_prefix))
        .order_by(Customer.kana_norm, Customer.id)
        .limit(limit)
    )
    return _ids(session, stmt)


def find_by_name_prefix(session: Session, name_prefix: str, limit: int = 20) -> list[CustomerId]:
    """Customers whose written name (family+given, no spaces) starts with ``name_prefix``."""
    stmt = (
        select(Customer.id)
        .where(_prefix(Customer.name_norm, name_prefix))
        .order_by(Customer.name_norm, Customer.id)
        .limit(limit)
    )
    return _ids(session, stmt)


def format_address(prefecture: str, city: str, street: str, building: str) -> str:
    """One line, the way it is read out on the phone: 都道府県市区町村番地 建物名."""
    line = f"{prefecture}{city}{street}"
    return f"{line} {building}" if building else line


def summaries(session: Session, ids: Sequence[CustomerId]) -> list[CustomerSummary]:
    """Search-hit read models for ``ids``, in the order given."""
    if not ids:
        return []
    rows = session.execute(select(Customer).where(Customer.id.in_(ids))).scalars().all()
    phones: dict[int, list[str]] = defaultdict(list)
    phone_rows = session.execute(
        select(CustomerPhone.customer_id, CustomerPhone.number)
        .where(CustomerPhone.customer_id.in_(ids))
        .order_by(CustomerPhone.customer_id, CustomerPhone.position)
    )
    for customer_id, number in phone_rows:
        phones[customer_id].append(number)
    by_id = {c.id: c for c in rows}
    out = []
    for cid in ids:
        c = by_id.get(cid)
        if c is None:
            continue
        out.append(
            CustomerSummary(
                id=CustomerId(c.id),
                code=c.code,
                name=f"{c.family_name} {c.given_name}",
                kana=f"{c.family_kana} {c.given_kana}",
                phones=tuple(phones[c.id]),
                email=c.email,
                postal_code=c.postal_code,
                address=format_address(c.prefecture, c.city, c.street, c.building),
                rank=c.rank,
                do_not_mail=c.do_not_mail,
                do_not_call=c.do_not_call,
                returned_mail=c.returned_mail,
            )
        )
    session.expunge_all()  # read models only: nothing ORM-shaped outlives the query
    return out


def _timeline_selects(customer_id: int, depth: int) -> list[_Row]:
    """One newest-first, index-backed select per kind, each cut at ``depth`` rows."""

    def text_of(
        col: SQLColumnExpression[int] | SQLColumnExpression[int | None],
    ) -> ColumnElement[str]:
        return cast(col, String)

    parts: list[_Row] = [
        select(
            literal(TimelineKind.ORDER.value).label("kind"),
            Order.ordered_at.label("at"),
            Order.order_number.label("title"),
            (
                Order.status
                + literal(" ")
                + text_of(Order.total_yen)
                + literal(" ")
                + func.coalesce(text_of(Order.delivery_number), literal(""))
            ).label("detail"),
            Order.id.label("ref_id"),
        )
        .where(Order.customer_id == customer_id)
        .order_by(Order.ordered_at.desc())
        .limit(depth),
        select(
            literal(TimelineKind.CONTACT.value),
            Contact.contacted_at,
            Contact.direction + literal(" ") + Contact.category,
            Contact.summary,
            Contact.id,
        )
        .where(Contact.customer_id == customer_id)
        .order_by(Contact.contacted_at.desc())
        .limit(depth),
        select(
            literal(TimelineKind.COMPLAINT.value),
            Complaint.opened_at,
            Complaint.category
            + literal(" ")
            + Complaint.severity
            + literal(" ")
            + Complaint.status,
            Complaint.description,
            Complaint.id,
        )
        .where(Complaint.customer_id == customer_id)
        .order_by(Complaint.opened_at.desc())
        .limit(depth),
        select(
            literal(TimelineKind.CANCELLATION.value),
            CancellationRequest.requested_at,
            CancellationRequest.reason_code + literal(" ") + CancellationRequest.outcome,
            CancellationRequest.reason_detail,
            CancellationRequest.id,
        )
        .where(CancellationRequest.customer_id == customer_id)
        .order_by(CancellationRequest.requested_at.desc())
        .limit(depth),
        select(
            literal(TimelineKind.MAILING.value),
            Mailing.sent_at,
            Mailing.kind,
            literal(""),
            Mailing.id,
        )
        .where(Mailing.customer_id == customer_id)
        .order_by(Mailing.sent_at.desc())
        .limit(depth),
        select(
            literal(TimelineKind.VOICE.value),
            CustomerVoice.received_at,
            CustomerVoice.display_name,
            CustomerVoice.text,
            CustomerVoice.id,
        )
        .where(CustomerVoice.customer_id == customer_id)
        .order_by(CustomerVoice.received_at.desc())
        .limit(depth),
        select(
            literal(TimelineKind.SUBSCRIPTION.value),
            SubscriptionEvent.at,
            SubscriptionEvent.kind,
            SubscriptionEvent.detail,
            SubscriptionEvent.id,
        )
        .where(SubscriptionEvent.customer_id == customer_id)
        .order_by(SubscriptionEvent.at.desc())
        .limit(depth),
        select(
            literal(TimelineKind.FLAG.value),
            CustomerFlagChange.at,
            CustomerFlagChange.flag
            + literal(" ")
            + case((CustomerFlagChange.value, literal("on")), else_=literal("off")),
            CustomerFlagChange.reason,
            CustomerFlagChange.id,
        )
        .where(CustomerFlagChange.customer_id == customer_id)
        .order_by(CustomerFlagChange.at.desc())
        .limit(depth),
    ]
    return parts


def timeline(
    session: Session, customer_id: CustomerId, *, offset: int = 0, limit: int = 100
) -> list[TimelineEntry]:
    """Timeline entries newest first, ``limit`` at a time from ``offset`` (for lazy fetching).

    Each kind contributes at most ``offset + limit`` rows through its (customer_id, time) index,
    so a page costs the same for a customer with ten events or ten thousand.
    """
    depth = offset + limit
    subqueries = [s.subquery() for s in _timeline_selects(customer_id, depth)]
    union = union_all(*(select(*sq.c) for sq in subqueries)).subquery("timeline")
    stmt = (
        select(union.c[0], union.c[1], union.c[2], union.c[3], union.c[4])
        .order_by(union.c[1].desc(), union.c[0], union.c[4].desc())
        .offset(offset)
        .limit(limit)
    )
    at_type = Order.__table__.c.ordered_at.type
    entries = []
    for kind, raw_at, title, detail, ref_id in session.execute(stmt):
        at = raw_at
        if not isinstance(at, dt.datetime) or at.tzinfo is None:
            # Through a UNION the column type is lost on SQLite: parse it as the ORM would.
            at = at_type.process_result_value(  # type: ignore[attr-defined]
                dt.datetime.fromisoformat(at) if isinstance(at, str) else at,
                session.get_bind().dialect,
            )
        entries.append(
            TimelineEntry(
                kind=TimelineKind(kind),
                at=at,
                title=title or "",
                detail=detail or "",
                ref_id=ref_id,
            )
        )
    return entries


def customer_card(
    session: Session, customer_id: CustomerId, *, timeline_limit: int = 100
) -> CustomerCard | None:
    """The card of one customer with the newest ``timeline_limit`` timeline entries."""
    found = summaries(session, [customer_id])
    if not found:
        return None
    row = session.execute(
        select(Customer.birth_date, Customer.gender, Customer.version).where(
            Customer.id == customer_id
        )
    ).one()
    subs = session.execute(
        select(Subscription, Product.name)
        .join(Product, Product.id == Subscription.product_id)
        .where(Subscription.customer_id == customer_id)
        .order_by(Subscription.started_at.desc())
    ).all()
    subscriptions = tuple(
        SubscriptionView(
            id=SubscriptionId(s.id),
            product=product_name,
            quantity=s.quantity,
            cycle_days=s.cycle_days,
            next_ship_date=s.next_ship_date,
            delivery_count=s.delivery_count,
            status=s.status,
            paused_until=s.paused_until,
        )
        for s, product_name in subs
    )
    open_complaints = session.scalar(
        select(func.count())
        .select_from(Complaint)
        .where(Complaint.customer_id == customer_id, Complaint.status != "resolved")
    )
    entries = timeline(session, customer_id, limit=timeline_limit)
    session.expunge_all()
    return CustomerCard(
        summary=found[0],
        birth_date=row.birth_date,
        gender=row.gender,
        version=row.version,
        subscriptions=subscriptions,
        open_complaints=int(open_complaints or 0),
        timeline=tuple(entries),
    )
