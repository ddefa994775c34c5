"""Hand-built fixtures for the follow-up tests: a fresh seeded database per test, buyers with
orders on chosen days before the business date, and a look at what refresh made."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest
from sqlalchemy import select

from crmdesk.domain.ids import CustomerId, OperatorId
from crmdesk.services.database import Database, open_database
from crmdesk.store.schema import (
    Complaint,
    Contact,
    Customer,
    FollowUp,
    Mailing,
    Order,
    OrderLine,
    Subscription,
)
from tests.conftest import add_customer
from tests.services.support import _seed

#: The business date of every rule test (JST).
TODAY = dt.date(2026, 12, 6)
JST = dt.timezone(dt.timedelta(hours=9), "JST")
#: "now" of the refresh: 02:00 JST on TODAY (a night run).
NOW = dt.datetime.combine(TODAY, dt.time(2), JST).astimezone(dt.UTC)


def noon(days_ago: int) -> dt.datetime:
    """12:00 JST ``days_ago`` days before TODAY, as UTC."""
    return dt.datetime.combine(TODAY - dt.timedelta(days=days_ago), dt.time(12), JST).astimezone(
        dt.UTC
    )


@dataclass
class Base:
    """A fresh, migrated database with the support module's operators and products."""

    db: Database
    ids: dict[str, int]
    _serial: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def operator(self) -> OperatorId:
        return OperatorId(self.ids["operator"])

    @property
    def other(self) -> OperatorId:
        return OperatorId(self.ids["other"])

    @property
    def supervisor(self) -> OperatorId:
        return OperatorId(self.ids["supervisor"])

    def buyer(
        self,
        code: str,
        orders_days_ago: Sequence[int],
        *,
        product: str = "product",
        quantity: int = 1,
        delivery_numbers: Sequence[int | None] | None = None,
        **customer: Any,
    ) -> CustomerId:
        """A customer ``code`` with one order on each of ``orders_days_ago`` (noon JST)."""
        n = next(self._serial)
        customer.setdefault("phones", [f"090-5{n:03d}-{n:04d}"])
        customer.setdefault("birth_date", dt.date(1968, 4, 2))
        with self.db.uow() as uow:
            s = uow.session
            cid = add_customer(s, code=code, **customer)
            for i, days in enumerate(orders_days_ago):
                number = None if delivery_numbers is None else delivery_numbers[i]
                order = Order(
                    order_number=f"O{code}-{i}",
                    customer_id=cid,
                    channel="subscription" if number else "web",
                    delivery_number=number,
                    status="delivered",
                    subtotal_yen=3980,
                    total_yen=3980,
                    ordered_at=noon(days),
                )
                s.add(order)
                s.flush()
                s.add(
                    OrderLine(
                        order_id=order.id,
                        product_id=self.ids[product],
                        quantity=quantity,
                        unit_price_yen=3980,
                        amount_yen=3980 * quantity,
                    )
                )
            uow.commit()
        return CustomerId(cid)

    def subscribe(
        self, customer_id: CustomerId, *, status: str = "active", cycle_days: int = 30
    ) -> None:
        """A subscription of KN-30 for the customer."""
        with self.db.uow() as uow:
            uow.session.add(
                Subscription(
                    customer_id=customer_id,
                    product_id=self.ids["product"],
                    quantity=1,
                    cycle_days=cycle_days,
                    next_ship_date=TODAY + dt.timedelta(days=10),
                    status=status,
                    delivery_count=3,
                    started_at=noon(400),
                    updated_at=noon(400),
                )
            )
            uow.commit()

    def contact(
        self, customer_id: CustomerId, days_ago: int, operator: OperatorId | None = None
    ) -> None:
        """An outbound call ``days_ago`` days before TODAY."""
        with self.db.uow() as uow:
            uow.session.add(
                Contact(
                    customer_id=customer_id,
                    direction="outbound",
                    channel="phone",
                    category="other",
                    operator_id=operator or self.operator,
                    summary="前回のお電話",
                    contacted_at=noon(days_ago),
                )
            )
            uow.commit()

    def mailing(self, customer_id: CustomerId, days_ago: int) -> None:
        """A letter mailed ``days_ago`` days before TODAY."""
        with self.db.uow() as uow:
            uow.session.add(
                Mailing(customer_id=customer_id, kind="follow_up_dm", sent_at=noon(days_ago))
            )
            uow.commit()

    def complaint(
        self, customer_id: CustomerId, *, status: str = "open", resolved_days_ago: int = 0
    ) -> None:
        """A complaint (open, or resolved ``resolved_days_ago`` days ago)."""
        with self.db.uow() as uow:
            uow.session.add(
                Complaint(
                    customer_id=customer_id,
                    category="delivery",
                    severity="high",
                    status=status,
                    operator_id=self.operator,
                    opened_at=noon(resolved_days_ago + 3),
                    resolved_at=noon(resolved_days_ago) if status == "resolved" else None,
                )
            )
            uow.commit()

    def made(self) -> dict[str, tuple[str, str, str, str]]:
        """Open follow-ups by customer code: (rule, channel, handling, status)."""
        with self.db.uow() as uow:
            rows = uow.session.execute(
                select(
                    Customer.code,
                    FollowUp.rule_code,
                    FollowUp.channel,
                    FollowUp.handling,
                    FollowUp.status,
                ).join(Customer, Customer.id == FollowUp.customer_id)
            ).all()
        found: dict[str, tuple[str, str, str, str]] = {}
        for code, rule, channel, handling, status in rows:
            assert code not in found or found[code][3] != "open", f"{code} twice"
            found[code] = (rule, channel, handling, status)
        return found

    def follow_up(self, code: str) -> FollowUp:
        """The (single) follow-up of a customer, detached."""
        with self.db.uow() as uow:
            row = (
                uow.session.execute(
                    select(FollowUp)
                    .join(Customer, Customer.id == FollowUp.customer_id)
                    .where(Customer.code == code)
                    .order_by(FollowUp.id.desc())
                )
                .scalars()
                .first()
            )
            assert row is not None
            uow.session.expunge_all()
            return row


@pytest.fixture
def base(db_target: str) -> Iterator[Base]:
    """A fresh seeded database for one test, on SQLite and on PostgreSQL."""
    db = open_database(db_target)
    try:
        yield Base(db=db, ids=_seed(db))
    finally:
        db.close()
