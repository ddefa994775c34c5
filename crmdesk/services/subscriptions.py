"""Subscription changes on the phone: next date, skip, cycle, pause, resume, quantity, product.

Each change is one transaction that updates the subscription, writes a ``SubscriptionEvent``
(what changed, old → new, and why: it is on the customer's timeline) and an audit row, and
checks the version the operator saw (``expected_version``): a change made meanwhile by someone
else is a ``ConflictError`` carrying the subscription as it is now. A cancelled subscription
refuses every change (ValidationError at ``status``), and a change to the value it already has
is refused at its field (``unchanged``) rather than logged as an event that changed nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.domain.errors import NotFoundError
from crmdesk.domain.ids import OperatorId, ProductId, SubscriptionId
from crmdesk.domain.model import SubscriptionStatus
from crmdesk.domain.readmodels import ProductView, SubscriptionView
from crmdesk.domain.validation import invalid
from crmdesk.services._common import (
    audit,
    check_version,
    flush_or_conflict,
    jst_today,
    require_operator,
    utc_now,
)
from crmdesk.store.notify import notify_customer_changed
from crmdesk.store.schema import Product, Subscription, SubscriptionEvent
from crmdesk.store.uow import UnitOfWork

__all__ = [
    "MAX_CYCLE_DAYS",
    "MAX_QUANTITY",
    "MIN_CYCLE_DAYS",
    "MIN_QUANTITY",
    "Change",
    "SubscriptionEventKind",
    "apply_change",
    "cancel_change",
    "change_cycle",
    "change_next_ship_date",
    "change_product",
    "change_quantity",
    "cycle_change",
    "list_products",
    "next_date_change",
    "pause_change",
    "pause_until",
    "product_change",
    "quantity_change",
    "resume",
    "resume_change",
    "skip_change",
    "skip_next",
]

MIN_CYCLE_DAYS = 15
MAX_CYCLE_DAYS = 180
MIN_QUANTITY = 1
MAX_QUANTITY = 10


class SubscriptionEventKind(StrEnum):
    """subscription_events.kind of these changes (``cancel``: only in a cancellation call)."""

    NEXT_DATE = "next_date"
    SKIP = "skip"
    CYCLE_CHANGE = "cycle_change"
    PAUSE = "pause"
    RESUME = "resume"
    QUANTITY_CHANGE = "quantity_change"
    PRODUCT_CHANGE = "product_change"
    CANCEL = "cancel"


#: What a change did: the event kind, the timeline text and the audit detail (old/new).
_Change = tuple[SubscriptionEventKind, str, dict[str, Any]]
#: A change to make: given the session and the loaded subscription, change it and say what it did.
Change = Callable[[Session, Subscription], _Change]


def _require(session: Session, subscription_id: int) -> Subscription:
    sub = session.get(Subscription, subscription_id)
    if sub is None:
        raise NotFoundError(f"subscription id {subscription_id} does not exist")
    return sub


def _view(session: Session, sub: Subscription) -> SubscriptionView:
    product = session.get(Product, sub.product_id)
    return SubscriptionView(
        id=SubscriptionId(sub.id),
        product=product.name if product else "",
        quantity=sub.quantity,
        cycle_days=sub.cycle_days,
        next_ship_date=sub.next_ship_date,
        delivery_count=sub.delivery_count,
        status=sub.status,
        paused_until=sub.paused_until,
        version=sub.version,
    )


def apply_change(
    session: Session,
    operator_id: OperatorId,
    subscription_id: SubscriptionId,
    *,
    reason: str,
    expected_version: int,
    apply: Change,
    at: dt.datetime | None = None,
) -> SubscriptionView:
    """Apply one change inside the caller's transaction (no commit): check, update, event, audit.

    The session-level part of every change here, for use cases that change a subscription as
    one step of a larger transaction (a retention call records the request, the offers, the
    outcome, the contact and the change at once). Raises like the public functions do; a
    ConflictError has rolled the session back.
    """
    why = reason.strip()
    s = session
    require_operator(s, operator_id)
    sub = _require(s, subscription_id)

    def current() -> SubscriptionView:
        return _view(s, _require(s, subscription_id))

    what = f"Subscription {subscription_id}"
    check_version(sub.version, expected_version, what, current)
    if sub.status == SubscriptionStatus.CANCELLED.value:
        raise invalid("status", "the subscription is cancelled", "not_allowed")
    kind, detail, change = apply(s, sub)
    now = at or utc_now()
    sub.updated_at = now
    flush_or_conflict(s, what, current)
    s.add(
        SubscriptionEvent(
            subscription_id=sub.id,
            customer_id=sub.customer_id,
            kind=kind.value,
            detail=f"{detail}（理由: {why}）" if why else detail,
            operator_id=operator_id,
            at=now,
        )
    )
    audit(
        s,
        operator_id,
        action="update",
        entity="subscription",
        entity_id=sub.id,
        detail={"kind": kind.value, **change, "reason": why},
        at=now,
    )
    notify_customer_changed(s, sub.customer_id)
    s.flush()
    return _view(s, sub)


def _change(
    uow: UnitOfWork,
    operator_id: OperatorId,
    subscription_id: SubscriptionId,
    *,
    reason: str,
    expected_version: int,
    apply: Change,
) -> SubscriptionView:
    with uow:
        view = apply_change(
            uow.session,
            operator_id,
            subscription_id,
            reason=reason,
            expected_version=expected_version,
            apply=apply,
        )
        uow.commit()
        return view


def _unchanged(field: str, value: object) -> None:
    raise invalid(field, f"is already {value}", "unchanged")


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else "未定"


def next_date_change(new_date: dt.date, *, today: dt.date) -> Change:
    """The change of :func:`change_next_ship_date` (for :func:`apply_change`)."""
    if new_date < today:
        raise invalid("new_date", f"{new_date.isoformat()} is in the past", "past")

    def apply(_s: Session, sub: Subscription) -> _Change:
        old = sub.next_ship_date
        if old == new_date:
            _unchanged("new_date", new_date.isoformat())
        sub.next_ship_date = new_date
        return (
            SubscriptionEventKind.NEXT_DATE,
            f"次回お届け日 {_date(old)} → {new_date.isoformat()}",
            {"from": _date(old), "to": new_date.isoformat()},
        )

    return apply


def change_next_ship_date(
    uow: UnitOfWork,
    operator_id: OperatorId,
    subscription_id: SubscriptionId,
    new_date: dt.date,
    *,
    reason: str,
    expected_version: int,
    today: dt.date | None = None,
) -> SubscriptionView:
    """Move the next delivery to ``new_date`` (not before ``today``, the JST business date)."""
    return _change(
        uow,
        operator_id,
        subscription_id,
        reason=reason,
        expected_version=expected_version,
        apply=next_date_change(new_date, today=today or jst_today()),
    )


def skip_change() -> Change:
    """The change of :func:`skip_next` (for :func:`apply_change`)."""

    def apply(_s: Session, sub: Subscription) -> _Change:
        if sub.status != SubscriptionStatus.ACTIVE.value:
            raise invalid("status", "only an active subscription can skip", "not_allowed")
        old = sub.next_ship_date
        if old is None:
            raise invalid("next_ship_date", "there is no next delivery to skip", "not_allowed")
        new = old + dt.timedelta(days=sub.cycle_days)
        sub.next_ship_date = new
        return (
            SubscriptionEventKind.SKIP,
            f"次回お届け日 {old.isoformat()} → {new.isoformat()}（1回スキップ）",
            {"from": old.isoformat(), "to": new.isoformat()},
        )

    return apply


def skip_next(
    uow: UnitOfWork,
    operator_id: OperatorId,
    subscription_id: SubscriptionId,
    *,
    reason: str,
    expected_version: int,
) -> SubscriptionView:
    """Leave out the next delivery only: the next ship date moves on by one cycle."""
    return _change(
        uow,
        operator_id,
        subscription_id,
        reason=reason,
        expected_version=expected_version,
        apply=skip_change(),
    )


def cycle_change(cycle_days: int) -> Change:
    """The change of :func:`change_cycle` (for :func:`apply_change`)."""
    if not MIN_CYCLE_DAYS <= cycle_days <= MAX_CYCLE_DAYS:
        raise invalid(
            "cycle_days",
            f"must be between {MIN_CYCLE_DAYS} and {MAX_CYCLE_DAYS} days",
            "out_of_range",
        )

    def apply(_s: Session, sub: Subscription) -> _Change:
        old = sub.cycle_days
        if old == cycle_days:
            _unchanged("cycle_days", f"{cycle_days} days")
        sub.cycle_days = cycle_days
        return (
            SubscriptionEventKind.CYCLE_CHANGE,
            f"お届け周期 {old}日 → {cycle_days}日",
            {"from": old, "to": cycle_days},
        )

    return apply


def change_cycle(
    uow: UnitOfWork,
    operator_id: OperatorId,
    subscription_id: SubscriptionId,
    cycle_days: int,
    *,
    reason: str,
    expected_version: int,
) -> SubscriptionView:
    """Deliver every ``cycle_days`` days (15..180) from the next delivery on.

    The next ship date stays as it is: the new cycle applies to the deliveries after it (move
    the date as well with ``change_next_ship_date`` if the customer asks).
    """
    return _change(
        uow,
        operator_id,
        subscription_id,
        reason=reason,
        expected_version=expected_version,
        apply=cycle_change(cycle_days),
    )


def pause_change(until: dt.date, *, today: dt.date) -> Change:
    """The change of :func:`pause_until` (for :func:`apply_change`)."""
    if until <= today:
        raise invalid("until", f"{until.isoformat()} is not after today", "past")

    def apply(_s: Session, sub: Subscription) -> _Change:
        was_paused = sub.status == SubscriptionStatus.PAUSED.value
        if was_paused and sub.paused_until == until:
            _unchanged("until", until.isoformat())
        before = f"{_date(sub.paused_until)}まで → " if was_paused else ""
        sub.status = SubscriptionStatus.PAUSED.value
        old_until = sub.paused_until
        sub.paused_until = until
        return (
            SubscriptionEventKind.PAUSE,
            f"休止 {before}{until.isoformat()}まで",
            {
                "from": old_until.isoformat() if was_paused and old_until else None,
                "to": until.isoformat(),
            },
        )

    return apply


def pause_until(
    uow: UnitOfWork,
    operator_id: OperatorId,
    subscription_id: SubscriptionId,
    until: dt.date,
    *,
    reason: str,
    expected_version: int,
    today: dt.date | None = None,
) -> SubscriptionView:
    """Stop deliveries until ``until`` (after ``today``), keeping the subscription (休止).

    A paused subscription can be paused again to move the end of the pause. The next ship date
    is left as it is; ``resume`` sets the date of the first delivery after the pause.
    """
    return _change(
        uow,
        operator_id,
        subscription_id,
        reason=reason,
        expected_version=expected_version,
        apply=pause_change(until, today=today or jst_today()),
    )


def resume_change(next_ship_date: dt.date, *, today: dt.date) -> Change:
    """The change of :func:`resume` (for :func:`apply_change`)."""
    if next_ship_date < today:
        raise invalid("next_ship_date", f"{next_ship_date.isoformat()} is in the past", "past")

    def apply(_s: Session, sub: Subscription) -> _Change:
        if sub.status != SubscriptionStatus.PAUSED.value:
            raise invalid("status", "the subscription is not paused", "not_allowed")
        old = sub.next_ship_date
        sub.status = SubscriptionStatus.ACTIVE.value
        sub.paused_until = None
        sub.next_ship_date = next_ship_date
        return (
            SubscriptionEventKind.RESUME,
            f"休止から再開 次回お届け日 {_date(old)} → {next_ship_date.isoformat()}",
            {"from": _date(old), "to": next_ship_date.isoformat()},
        )

    return apply


def resume(
    uow: UnitOfWork,
    operator_id: OperatorId,
    subscription_id: SubscriptionId,
    next_ship_date: dt.date,
    *,
    reason: str,
    expected_version: int,
    today: dt.date | None = None,
) -> SubscriptionView:
    """End a pause: active again, next delivery on ``next_ship_date`` (not before ``today``)."""
    return _change(
        uow,
        operator_id,
        subscription_id,
        reason=reason,
        expected_version=expected_version,
        apply=resume_change(next_ship_date, today=today or jst_today()),
    )


def quantity_change(quantity: int) -> Change:
    """The change of :func:`change_quantity` (for :func:`apply_change`)."""
    if not MIN_QUANTITY <= quantity <= MAX_QUANTITY:
        raise invalid(
            "quantity", f"must be between {MIN_QUANTITY} and {MAX_QUANTITY}", "out_of_range"
        )

    def apply(_s: Session, sub: Subscription) -> _Change:
        old = sub.quantity
        if old == quantity:
            _unchanged("quantity", quantity)
        sub.quantity = quantity
        return (
            SubscriptionEventKind.QUANTITY_CHANGE,
            f"数量 {old} → {quantity}",
            {"from": old, "to": quantity},
        )

    return apply


def change_quantity(
    uow: UnitOfWork,
    operator_id: OperatorId,
    subscription_id: SubscriptionId,
    quantity: int,
    *,
    reason: str,
    expected_version: int,
) -> SubscriptionView:
    """Deliver ``quantity`` (1..10) items each time."""
    return _change(
        uow,
        operator_id,
        subscription_id,
        reason=reason,
        expected_version=expected_version,
        apply=quantity_change(quantity),
    )


def product_change(product_id: ProductId) -> Change:
    """The change of :func:`change_product` (for :func:`apply_change`)."""

    def apply(s: Session, sub: Subscription) -> _Change:
        product = s.get(Product, product_id)
        if product is None or not product.active or not product.subscribable:
            raise invalid(
                "product_id", "must be an active product sold by subscription", "not_allowed"
            )
        if sub.product_id == product.id:
            _unchanged("product_id", product.name)
        old = s.get(Product, sub.product_id)
        old_name = old.name if old else str(sub.product_id)
        sub.product_id = product.id
        return (
            SubscriptionEventKind.PRODUCT_CHANGE,
            f"商品 {old_name} → {product.name}",
            {"from": old.sku if old else None, "to": product.sku},
        )

    return apply


def change_product(
    uow: UnitOfWork,
    operator_id: OperatorId,
    subscription_id: SubscriptionId,
    product_id: ProductId,
    *,
    reason: str,
    expected_version: int,
) -> SubscriptionView:
    """Deliver another product (an active, subscribable one: e.g. size down 60 → 30 days)."""
    return _change(
        uow,
        operator_id,
        subscription_id,
        reason=reason,
        expected_version=expected_version,
        apply=product_change(product_id),
    )


def cancel_change(at: dt.datetime) -> Change:
    """End the subscription (解約) at ``at``: status cancelled, no next delivery.

    Only through :func:`apply_change` inside a cancellation call
    (crmdesk.services.retention.record_cancellation_call), which records the request with it.
    """

    def apply(_s: Session, sub: Subscription) -> _Change:
        old = sub.status
        sub.status = SubscriptionStatus.CANCELLED.value
        sub.cancelled_at = at
        old_next = sub.next_ship_date
        sub.next_ship_date = None
        sub.paused_until = None
        return (
            SubscriptionEventKind.CANCEL,
            f"解約（次回お届け予定 {_date(old_next)} は中止）",
            {"from": old, "to": SubscriptionStatus.CANCELLED.value},
        )

    return apply


def list_products(uow: UnitOfWork) -> list[ProductView]:
    """The active catalogue, by SKU (``subscribable`` tells which a subscription may switch to)."""
    with uow:
        rows = uow.session.scalars(
            select(Product).where(Product.active.is_(True)).order_by(Product.sku)
        ).all()
        return [
            ProductView(
                id=ProductId(p.id),
                sku=p.sku,
                name=p.name,
                price_yen=p.price_yen,
                subscription_price_yen=p.subscription_price_yen,
                days_of_supply=p.days_of_supply,
                subscribable=p.subscribable,
            )
            for p in rows
        ]
