"""The domain's vocabulary as enums (GLOSSARY.md). The database stores the ``value`` strings."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """What an operator may do: operators take calls, supervisors also print and report."""

    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Gender(StrEnum):
    """Gender as recorded by the cart; ``unknown`` when the customer did not say."""

    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class Rank(StrEnum):
    """Customer rank, lowest to highest. VIP customers get personal handling, never automatic DM."""

    NEW = "new"
    REGULAR = "regular"
    SILVER = "silver"
    GOLD = "gold"
    VIP = "vip"


class PhoneKind(StrEnum):
    """Which phone a number is."""

    MOBILE = "mobile"
    HOME = "home"
    WORK = "work"


class SubscriptionStatus(StrEnum):
    """定期購入の状態."""

    ACTIVE = "active"
    PAUSED = "paused"
    CANCELLED = "cancelled"


class OrderChannel(StrEnum):
    """Where an order came from."""

    WEB = "web"
    PHONE = "phone"
    FAX = "fax"
    POSTCARD = "postcard"
    SUBSCRIPTION = "subscription"


class OrderStatus(StrEnum):
    """Life of an order from receipt to delivery (or return)."""

    RECEIVED = "received"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    RETURNED = "returned"


class ContactDirection(StrEnum):
    """入電 (inbound) or アウトバウンド (outbound)."""

    INBOUND = "inbound"
    OUTBOUND = "outbound"


class ContactChannel(StrEnum):
    """How the contact happened."""

    PHONE = "phone"
    EMAIL = "email"
    LETTER = "letter"
    CHAT = "chat"


class ContactCategory(StrEnum):
    """問い合わせ/注文/変更/解約/クレーム/お客様の声/その他."""

    INQUIRY = "inquiry"
    ORDER = "order"
    CHANGE = "change"
    CANCELLATION = "cancellation"
    COMPLAINT = "complaint"
    VOICE = "voice"
    OTHER = "other"


class ComplaintCategory(StrEnum):
    """商品/配送/請求/対応/その他."""

    PRODUCT = "product"
    DELIVERY = "delivery"
    BILLING = "billing"
    SERVICE = "service"
    OTHER = "other"


class Severity(StrEnum):
    """How bad a complaint is."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ComplaintStatus(StrEnum):
    """Open until resolved; escalated when handed to a supervisor."""

    OPEN = "open"
    ESCALATED = "escalated"
    RESOLVED = "resolved"


class CancellationOutcome(StrEnum):
    """What a cancellation call ended in."""

    PENDING = "pending"
    RETAINED = "retained"
    CHANGED = "changed"
    CANCELLED = "cancelled"


class FollowUpChannel(StrEnum):
    """A follow-up is a call or a letter."""

    CALL = "call"
    LETTER = "letter"


class FollowUpStatus(StrEnum):
    """Queue state of a follow-up."""

    OPEN = "open"
    CLAIMED = "claimed"
    DONE = "done"
    CLOSED = "closed"


class TimelineKind(StrEnum):
    """The kinds of entry on a customer's timeline."""

    ORDER = "order"
    CONTACT = "contact"
    COMPLAINT = "complaint"
    CANCELLATION = "cancellation"
    MAILING = "mailing"
    VOICE = "voice"
    SUBSCRIPTION = "subscription"
    FLAG = "flag"
