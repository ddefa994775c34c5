"""Read models: the plain, frozen values that services hand to views and to the CLI.

No ORM object ever leaves the store; a view holds these and asks a service for fresh ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from crmdesk.domain.ids import (
    ComplaintId,
    CustomerId,
    OperatorId,
    ProductId,
    SubscriptionId,
)
from crmdesk.domain.model import ComplaintCategory, ComplaintStatus, Severity, TimelineKind
from crmdesk.domain.permissions import Permission, allows
from crmdesk.domain.validation import CustomerDraft


@dataclass(frozen=True)
class CustomerSummary:
    """One search hit: enough to recognise the caller and see the flags."""

    id: CustomerId
    code: str
    name: str
    kana: str
    phones: tuple[str, ...]
    email: str | None
    postal_code: str | None
    address: str
    rank: str
    do_not_mail: bool
    do_not_call: bool
    returned_mail: bool

    def as_json(self) -> dict[str, object]:
        """The shape `crmdesk find --json` prints."""
        return {
            "id": int(self.id),
            "code": self.code,
            "name": self.name,
            "kana": self.kana,
            "phones": list(self.phones),
            "email": self.email,
            "postal_code": self.postal_code,
            "address": self.address,
            "rank": self.rank,
            "do_not_mail": self.do_not_mail,
            "do_not_call": self.do_not_call,
            "returned_mail": self.returned_mail,
        }


@dataclass(frozen=True)
class SubscriptionView:
    """A subscription as the card shows it."""

    id: SubscriptionId
    product: str
    quantity: int
    cycle_days: int
    next_ship_date: dt.date | None
    delivery_count: int
    status: str
    paused_until: dt.date | None
    #: Optimistic locking: pass it back as ``expected_version`` with a change.
    version: int


@dataclass(frozen=True)
class TimelineEntry:
    """One line of the customer's timeline (newest first)."""

    kind: TimelineKind
    at: dt.datetime
    title: str
    detail: str
    ref_id: int


@dataclass(frozen=True)
class CustomerCard:
    """The customer card: who, flags, subscriptions and the newest timeline entries."""

    summary: CustomerSummary
    birth_date: dt.date | None
    gender: str
    version: int
    subscriptions: tuple[SubscriptionView, ...]
    open_complaints: int
    timeline: tuple[TimelineEntry, ...] = field(default=())

    def age(self, today: dt.date) -> int | None:
        """Age in full years on ``today`` (None when the birth date is unknown)."""
        if self.birth_date is None:
            return None
        b = self.birth_date
        return today.year - b.year - ((today.month, today.day) < (b.month, b.day))


@dataclass(frozen=True)
class OperatorView:
    """Who is at the desk."""

    id: OperatorId
    login: str
    name: str
    role: str

    def can(self, permission: Permission) -> bool:
        """True if this operator's role may do ``permission``."""
        return allows(self.role, permission)


@dataclass(frozen=True)
class CustomerEdit:
    """A customer as the edit form loads it; ``version`` goes back with the save."""

    customer_id: CustomerId
    code: str
    version: int
    draft: CustomerDraft
    do_not_mail: bool
    do_not_call: bool
    do_not_email: bool
    returned_mail: bool
    updated_at: dt.datetime
    #: who saved last (None for imported rows that no operator touched).
    updated_by_name: str | None


@dataclass(frozen=True)
class ComplaintView:
    """A complaint with who took it and to whom it was escalated."""

    id: ComplaintId
    customer_id: CustomerId
    category: ComplaintCategory
    severity: Severity
    status: ComplaintStatus
    description: str
    resolution: str
    opened_at: dt.datetime
    resolved_at: dt.datetime | None
    escalated_to_name: str | None
    operator_name: str | None
    version: int


@dataclass(frozen=True)
class ProductView:
    """An item of the catalogue, for the product picker of a subscription change."""

    id: ProductId
    sku: str
    name: str
    price_yen: int
    subscription_price_yen: int | None
    days_of_supply: int
    subscribable: bool
