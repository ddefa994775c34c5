"""The mapped tables of the whole domain (SQLAlchemy 2 typed declarative mapping).

Alembic owns the schema: a change here needs a migration in ``db/versions`` (a test compares
``alembic upgrade head`` with this metadata on SQLite and PostgreSQL).

Conventions: money is integer yen (``*_yen``); timestamps are timezone-aware UTC (``*_at``);
business dates are JST ``date`` columns; normalised search columns (``*_norm``, ``digits``) are
written by the store from the raw values, never typed by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    event,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from crmdesk.domain.normalize import normalize_address

#: Deterministic constraint names so SQLite and PostgreSQL migrations agree.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and always returned timezone-aware.

    SQLite has no time zones: values are stored as naive UTC text and given ``tzinfo=UTC`` on the
    way out, so Python code never sees a naive datetime from the database.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime) or value.tzinfo is None:
            raise ValueError(f"timestamps must be timezone-aware datetimes, got {value!r}")
        utc: dt.datetime = value.astimezone(dt.UTC)
        if dialect.name == "sqlite":
            return utc.replace(tzinfo=None)
        return utc

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    """Declarative base with the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UTCDateTime()}


def _search_key(length: int) -> String:
    """A normalised search column that compares by code point on both backends.

    PostgreSQL gets the "C" collation, so ``col >= 'ヤマ' AND col < 'ヤマ\U0010ffff'`` is a prefix
    search that a plain b-tree index serves, already in order, whatever the database's collation
    (under ja_JP or ICU collations neither the range nor LIKE 'ヤマ%' could use the index).
    SQLite compares with BINARY, which is the same order.
    """
    return String(length).with_variant(String(length, collation="C"), "postgresql")


def _fk(target: str, *, nullable: bool = False, index: bool = False) -> Mapped[Any]:
    return mapped_column(ForeignKey(target), nullable=nullable, index=index)


class Operator(Base):
    """A person who uses crmdesk: operator, supervisor or admin."""

    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16), default="operator")
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime]


class Customer(Base):
    """顧客: a person who bought at least once."""

    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    family_name: Mapped[str] = mapped_column(String(50))
    given_name: Mapped[str] = mapped_column(String(50))
    family_kana: Mapped[str] = mapped_column(String(100))
    given_kana: Mapped[str] = mapped_column(String(100))
    #: family+given, NFKC, no spaces: exact and prefix search on the written name.
    name_norm: Mapped[str] = mapped_column(_search_key(100))
    #: family+given reading as full-width katakana, no spaces: prefix search by kana.
    kana_norm: Mapped[str] = mapped_column(_search_key(200))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    gender: Mapped[str] = mapped_column(String(8), default="unknown")
    email: Mapped[str | None] = mapped_column(String(254))
    email_norm: Mapped[str | None] = mapped_column(String(254), index=True)
    postal_code: Mapped[str | None] = mapped_column(String(7), index=True)
    prefecture: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(50), default="")
    street: Mapped[str] = mapped_column(String(100), default="")
    building: Mapped[str] = mapped_column(String(100), default="")
    #: prefecture+city+street+building in search form (``normalize_address``): substring
    #: search (FTS5 trigram on SQLite, pg_trgm on PostgreSQL, see store/search_index.py).
    #: Filled by the ``before_insert``/``before_update`` hooks below on every ORM write; bulk
    #: writers that bypass the ORM must fill it themselves (the server default '' only keeps
    #: a forgetful writer from failing: its customers would not be found by address).
    address_norm: Mapped[str] = mapped_column(_search_key(260), default="", server_default="")
    rank: Mapped[str] = mapped_column(String(8), default="new")
    do_not_mail: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_mail_at: Mapped[dt.datetime | None]
    do_not_mail_by: Mapped[int | None] = _fk("operators.id", nullable=True)
    do_not_call: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_call_at: Mapped[dt.datetime | None]
    do_not_call_by: Mapped[int | None] = _fk("operators.id", nullable=True)
    do_not_email: Mapped[bool] = mapped_column(Boolean, default=False)
    do_not_email_at: Mapped[dt.datetime | None]
    do_not_email_by: Mapped[int | None] = _fk("operators.id", nullable=True)
    returned_mail: Mapped[bool] = mapped_column(Boolean, default=False)
    returned_mail_at: Mapped[dt.datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime]
    created_by: Mapped[int | None] = _fk("operators.id", nullable=True)
    updated_at: Mapped[dt.datetime]
    updated_by: Mapped[int | None] = _fk("operators.id", nullable=True)
    #: Optimistic locking: a save with a stale version is a conflict, not an overwrite.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # Prefix searches return the first hits in (key, id) order: with the id in the index
        # that order is the index's own, so LIMIT stops after the hits it needs whatever the
        # planner guesses about the prefix (PostgreSQL estimated 1 row for ニシ and sorted all
        # 15,000). On SQLite the id (rowid) is in every index anyway.
        Index("ix_customers_name_norm_id", "name_norm", "id"),
        Index("ix_customers_kana_norm_id", "kana_norm", "id"),
    )


@event.listens_for(Customer, "before_insert")
@event.listens_for(Customer, "before_update")
def _fill_address_norm(_mapper: Any, _connection: Any, customer: Customer) -> None:
    """Derive the address search column from the address, whoever writes the customer.

    Computed on every flush of a customer rather than left to each service, so that an edit
    of the address can never leave a stale search form behind.
    """
    customer.address_norm = normalize_address(
        customer.prefecture or "",
        customer.city or "",
        customer.street or "",
        customer.building or "",
    )


class CustomerFlagChange(Base):
    """History of DM不要 / 電話不可 / メール不可 / 宛所不明: who changed which flag, when, why.

    The law requires stopping DM on request; this table is the proof of when it was asked.
    """

    __tablename__ = "customer_flag_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = _fk("customers.id")
    #: do_not_mail, do_not_call, do_not_email or returned_mail
    flag: Mapped[str] = mapped_column(String(16))
    value: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text, default="")
    operator_id: Mapped[int | None] = _fk("operators.id", nullable=True)
    at: Mapped[dt.datetime]

    __table_args__ = (Index("ix_customer_flag_changes_customer_at", "customer_id", "at"),)


class CustomerPhone(Base):
    """A customer's phone number, as typed and as canonical digits for lookup."""

    __tablename__ = "customer_phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = _fk("customers.id", index=True)
    kind: Mapped[str] = mapped_column(String(8), default="mobile")
    number: Mapped[str] = mapped_column(String(32))
    #: canonical domestic digits (``crmdesk.domain.normalize.normalize_phone``).
    digits: Mapped[str] = mapped_column(String(16), index=True)
    #: last four digits: callers often give only these.
    last4: Mapped[str] = mapped_column(String(4), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Product(Base):
    """An item of the catalogue (usually one hero product in a few sizes)."""

    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    price_yen: Mapped[int] = mapped_column(Integer)
    trial_price_yen: Mapped[int | None] = mapped_column(Integer)
    subscription_price_yen: Mapped[int | None] = mapped_column(Integer)
    subscribable: Mapped[bool] = mapped_column(Boolean, default=True)
    days_of_supply: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Subscription(Base):
    """定期購入: a standing order delivered every ``cycle_days``."""

    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = _fk("customers.id", index=True)
    product_id: Mapped[int] = _fk("products.id")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    cycle_days: Mapped[int] = mapped_column(Integer)
    next_ship_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="active")
    paused_until: Mapped[dt.date | None] = mapped_column(Date)
    delivery_count: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[dt.datetime]
    cancelled_at: Mapped[dt.datetime | None]
    updated_at: Mapped[dt.datetime]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (Index("ix_subscriptions_status_next_ship_date", "status", "next_ship_date"),)


class SubscriptionEvent(Base):
    """A change to a subscription (skip, cycle change, pause, resume, cancel): who, when, why."""

    __tablename__ = "subscription_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = _fk("subscriptions.id", index=True)
    customer_id: Mapped[int] = _fk("customers.id")
    kind: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text, default="")
    operator_id: Mapped[int | None] = _fk("operators.id", nullable=True)
    at: Mapped[dt.datetime]

    __table_args__ = (Index("ix_subscription_events_customer_at", "customer_id", "at"),)


class Order(Base):
    """An order from the cart, the phone or a subscription delivery."""

    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_number: Mapped[str] = mapped_column(String(32), unique=True)
    customer_id: Mapped[int] = _fk("customers.id")
    subscription_id: Mapped[int | None] = _fk("subscriptions.id", nullable=True, index=True)
    channel: Mapped[str] = mapped_column(String(16))
    #: お届け回数 for subscription deliveries (1 = first), None for one-off orders.
    delivery_number: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12))
    subtotal_yen: Mapped[int] = mapped_column(Integer)
    discount_yen: Mapped[int] = mapped_column(Integer, default=0)
    shipping_yen: Mapped[int] = mapped_column(Integer, default=0)
    tax_yen: Mapped[int] = mapped_column(Integer, default=0)
    total_yen: Mapped[int] = mapped_column(Integer)
    ordered_at: Mapped[dt.datetime]
    shipped_at: Mapped[dt.datetime | None]

    __table_args__ = (Index("ix_orders_customer_ordered_at", "customer_id", "ordered_at"),)


class OrderLine(Base):
    """One product on an order."""

    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = _fk("orders.id", index=True)
    product_id: Mapped[int] = _fk("products.id")
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_yen: Mapped[int] = mapped_column(Integer)
    amount_yen: Mapped[int] = mapped_column(Integer)


class Contact(Base):
    """対応履歴: a call, email or letter with a customer."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = _fk("customers.id")
    direction: Mapped[str] = mapped_column(String(8))
    channel: Mapped[str] = mapped_column(String(8))
    category: Mapped[str] = mapped_column(String(16))
    operator_id: Mapped[int | None] = _fk("operators.id", nullable=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    duration_s: Mapped[int | None] = mapped_column(Integer)
    contacted_at: Mapped[dt.datetime]

    __table_args__ = (Index("ix_contacts_customer_contacted_at", "customer_id", "contacted_at"),)


class Complaint(Base):
    """クレーム: with category, severity, escalation and resolution."""

    __tablename__ = "complaints"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = _fk("customers.id")
    contact_id: Mapped[int | None] = _fk("contacts.id", nullable=True)
    category: Mapped[str] = mapped_column(String(12))
    severity: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(12), default="open")
    description: Mapped[str] = mapped_column(Text, default="")
    operator_id: Mapped[int | None] = _fk("operators.id", nullable=True)
    escalated_to: Mapped[int | None] = _fk("operators.id", nullable=True)
    escalated_at: Mapped[dt.datetime | None]
    resolution: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[dt.datetime]
    resolved_at: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        Index("ix_complaints_customer_opened_at", "customer_id", "opened_at"),
        Index("ix_complaints_status", "status"),
    )


class CancellationRequest(Base):
    """解約: the reason, the offers presented, the script used and the outcome."""

    __tablename__ = "cancellation_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = _fk("customers.id")
    subscription_id: Mapped[int | None] = _fk("subscriptions.id", nullable=True)
    reason_code: Mapped[str] = mapped_column(String(32))
    reason_detail: Mapped[str] = mapped_column(Text, default="")
    #: JSON list of the offers shown, in order.
    offers_presented: Mapped[str] = mapped_column(Text, default="[]")
    outcome: Mapped[str] = mapped_column(String(12), default="pending")
    script_code: Mapped[str | None] = mapped_column(String(64))
    script_version: Mapped[int | None] = mapped_column(Integer)
    operator_id: Mapped[int | None] = _fk("operators.id", nullable=True)
    requested_at: Mapped[dt.datetime]
    confirmed_at: Mapped[dt.datetime | None]
    # ---- retention (issue 4), migration 0005
    #: When the customer first said they want to cancel (the flow opened); 特定商取引法.
    first_wish_at: Mapped[dt.datetime | None]
    #: When the customer repeated the wish after the offers (then the outcome is cancelled).
    wish_repeated_at: Mapped[dt.datetime | None]
    #: The call in the contact history, written in the same transaction.
    contact_id: Mapped[int | None] = _fk("contacts.id", nullable=True)
    #: The A/B arm when the script was chosen by a split (``surplus:A``), else None.
    ab_arm: Mapped[str | None] = mapped_column(String(70))
    #: JSON of the offer the customer accepted (None: none).
    accepted_offer: Mapped[str | None] = mapped_column(Text)
    #: The script's steps as the operator saw them, placeholders filled (the words said then).
    script_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (
        Index("ix_cancellation_requests_customer_requested_at", "customer_id", "requested_at"),
    )


#: The partial indexes' conditions (migrations 0006 and 0007 write the same text).
_OPEN_RULE = "origin = 'rule' AND status IN ('open', 'claimed')"
_OPEN_DESK = "origin = 'desk' AND status IN ('open', 'claimed')"
_OPEN_CALL = "status = 'open' AND channel = 'call'"
_RUNNING_SUBSCRIPTION = "status IN ('active', 'paused')"
_UNASSIGNED = "status = 'open' AND handling = 'personal' AND assigned_to IS NULL"


class FollowUp(Base):
    """A call or letter the business owes a customer (F2, lapsing, dormant, check-back …)."""

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = _fk("customers.id")
    kind: Mapped[str] = mapped_column(String(32))
    rule_code: Mapped[str | None] = mapped_column(String(64))
    channel: Mapped[str] = mapped_column(String(8), default="call")
    due_at: Mapped[dt.datetime]
    priority: Mapped[int] = mapped_column(Integer, default=50)
    status: Mapped[str] = mapped_column(String(8), default="open")
    claimed_by: Mapped[int | None] = _fk("operators.id", nullable=True)
    claimed_at: Mapped[dt.datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime]
    closed_at: Mapped[dt.datetime | None]
    # ---- follow-up rules and the outbound queue (issue 5), migration 0006
    #: shared (anyone takes it from the queue) or personal (VIP: one operator's list).
    handling: Mapped[str] = mapped_column(String(8), default="shared", server_default="shared")
    #: The operator a personal follow-up is assigned to (None: not yet assigned).
    assigned_to: Mapped[int | None] = _fk("operators.id", nullable=True)
    #: rule (made by ``followups refresh``) or desk (a call-back or check-back an action queued).
    origin: Mapped[str] = mapped_column(String(8), default="desk", server_default="desk")
    #: The last outbound call made for it (on the customer's timeline).
    contact_id: Mapped[int | None] = _fk("contacts.id", nullable=True)

    __table_args__ = (
        # One open rule-made follow-up per customer and rule: a second refresh (or two at once)
        # cannot create it twice. Desk-made ones (two resolved complaints) are not limited.
        Index(
            "ux_follow_ups_rule_open",
            "customer_id",
            "rule_code",
            unique=True,
            sqlite_where=text(_OPEN_RULE),
            postgresql_where=text(_OPEN_RULE),
        ),
    )


# Few indexes, most of them partial (migration 0007): a refresh inserts hundreds of thousands of
# follow-ups and every index costs each of them a write; a claim changes the status, which on
# PostgreSQL writes an entry into every index of the table. An open letter is in three (the key,
# the customer's, the rule's open item), an open call in four, a closed item in two.
#: a customer's follow-ups (the timeline), and whether one is open (index-only)
Index("ix_follow_ups_customer_status", FollowUp.customer_id, FollowUp.status)
# claim_next walks the shared call queue in its order: no sort, it stops at the first row it can
# lock (priority DESC is the index's own order on both backends).
Index(
    "ix_follow_ups_claim",
    FollowUp.handling,
    FollowUp.priority.desc(),
    FollowUp.due_at,
    FollowUp.id,
    sqlite_where=text(_OPEN_CALL),
    postgresql_where=text(_OPEN_CALL),
)
# claim_next looks at the operator's own personal (VIP) items first, in the same order.
Index(
    "ix_follow_ups_assigned",
    FollowUp.assigned_to,
    FollowUp.status,
    FollowUp.channel,
    FollowUp.priority.desc(),
    FollowUp.due_at,
    FollowUp.id,
    sqlite_where=text("assigned_to IS NOT NULL"),
    postgresql_where=text("assigned_to IS NOT NULL"),
)
#: claims in force: expired ones go back to the queue, a desk's own list
Index(
    "ix_follow_ups_claimed",
    FollowUp.claimed_at,
    sqlite_where=text("status = 'claimed'"),
    postgresql_where=text("status = 'claimed'"),
)
#: personal (VIP) items nobody is assigned to: the supervisor's list to assign them
Index(
    "ix_follow_ups_unassigned",
    FollowUp.due_at,
    FollowUp.id,
    sqlite_where=text(_UNASSIGNED),
    postgresql_where=text(_UNASSIGNED),
)
#: the few open items a desk action made (call-backs, check-backs), counted by rule
Index(
    "ix_follow_ups_desk_open",
    FollowUp.rule_code,
    sqlite_where=text(_OPEN_DESK),
    postgresql_where=text(_OPEN_DESK),
)
# Declared here rather than in their tables: they serve the follow-up rules (issue 5).
#: does the customer have a running subscription, and its cycle (lapsing subscribers)
Index(
    "ix_subscriptions_customer_status_cycle",
    Subscription.customer_id,
    Subscription.status,
    Subscription.cycle_days,
)
#: does the customer have a running subscription (the lapse rules' check, read index-only;
#: migration 0007)
Index(
    "ix_subscriptions_running",
    Subscription.customer_id,
    sqlite_where=text(_RUNNING_SUBSCRIPTION),
    postgresql_where=text(_RUNNING_SUBSCRIPTION),
)
#: birthdays within the next days: one index range per birth year instead of a table scan
Index("ix_customers_birth_date", Customer.birth_date)
#: what the follow-up rules read of each candidate customer (rank and flags), from a narrow
#: index instead of the wide customer rows (migration 0007): on PostgreSQL the candidates'
#: customer rows no longer pass through the buffer cache
Index(
    "ix_customers_followup_flags",
    Customer.id,
    Customer.rank,
    Customer.do_not_call,
    Customer.do_not_mail,
    Customer.returned_mail,
)
#: VIP care and VIP routing start from the few top-rank customers
Index("ix_customers_rank", Customer.rank)


class CustomerFactsStale(Base):
    """A customer whose purchase facts are out of date: an order of theirs (migration 0007) or
    an order line (0008) was added, changed or deleted, or a product they bought got other days
    of supply (0008).

    Written by triggers on ``orders``, ``order_lines`` and ``products`` in the writer's own
    transaction — an import, the desk or plain SQL alike — and taken by ``followups refresh``,
    which recomputes those customers' facts.
    A mark committed after a refresh looked stays for the next one, whatever the order's id.
    """

    __tablename__ = "customer_facts_stale"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(Integer)


class CustomerOrderFacts(Base):
    """What the lapse model needs of each customer's orders, kept by ``followups refresh``.

    Derived data (crmdesk.store.followups.update_facts): recomputed for the customers marked in
    :class:`CustomerFactsStale`, so a daily refresh over a million customers does not re-read
    ten million orders. Cancelled and returned orders do not count as purchases.
    """

    __tablename__ = "customer_order_facts"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)
    order_count: Mapped[int] = mapped_column(Integer)
    #: JST business dates of the first and the last order.
    first_order_on: Mapped[dt.date] = mapped_column(Date)
    last_order_on: Mapped[dt.date] = mapped_column(Date)
    #: the last order's timestamp: an order after a follow-up was made closes it.
    last_order_at: Mapped[dt.datetime]
    #: days of supply × quantity of the last order.
    last_supply_days: Mapped[int] = mapped_column(Integer)
    #: median days between orders (None with a single order).
    median_interval_days: Mapped[float | None] = mapped_column(Float)
    #: the newest subscription delivery number (お届け回数) and its JST date.
    last_delivery_number: Mapped[int | None] = mapped_column(Integer)
    last_delivery_on: Mapped[dt.date | None] = mapped_column(Date)

    __table_args__ = (
        # F2: first-time buyers by first order date; milestones: by delivery number and date.
        # The lapse and dormant rules select a range of last-order dates and need the customer
        # and the last order's time (migration 0007): read from the index alone.
        Index(
            "ix_customer_order_facts_last_order",
            "last_order_on",
            "customer_id",
            "last_order_at",
        ),
        Index("ix_customer_order_facts_count_first", "order_count", "first_order_on"),
        Index("ix_customer_order_facts_delivery", "last_delivery_number", "last_delivery_on"),
    )


class MailingBatch(Base):
    """A print run: one segment, one document kind, many letters."""

    __tablename__ = "mailing_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    segment: Mapped[str] = mapped_column(String(64))
    template: Mapped[str] = mapped_column(String(128), default="")
    created_by: Mapped[int | None] = _fk("operators.id", nullable=True)
    created_at: Mapped[dt.datetime]
    completed_at: Mapped[dt.datetime | None]
    letter_count: Mapped[int] = mapped_column(Integer, default=0)
    excluded_count: Mapped[int] = mapped_column(Integer, default=0)


class Mailing(Base):
    """One letter sent to one customer (also shown on the customer's timeline)."""

    __tablename__ = "mailings"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int | None] = _fk("mailing_batches.id", nullable=True, index=True)
    customer_id: Mapped[int] = _fk("customers.id")
    kind: Mapped[str] = mapped_column(String(32))
    sent_at: Mapped[dt.datetime]

    __table_args__ = (Index("ix_mailings_customer_sent_at", "customer_id", "sent_at"),)


class CustomerVoice(Base):
    """お客様の声: feedback, possibly published with consent (掲載許可) under an agreed name."""

    __tablename__ = "customer_voices"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = _fk("customers.id")
    text: Mapped[str] = mapped_column(Text)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[dt.datetime | None]
    #: the display name the customer agreed to, e.g. 「50代・女性・東京都 K.S様」.
    display_name: Mapped[str] = mapped_column(String(100), default="")
    tags: Mapped[str] = mapped_column(String(200), default="")
    operator_id: Mapped[int | None] = _fk("operators.id", nullable=True)
    received_at: Mapped[dt.datetime]

    __table_args__ = (
        Index("ix_customer_voices_customer_received_at", "customer_id", "received_at"),
        Index("ix_customer_voices_consent", "consent"),
    )


class AuditLog(Base):
    """Who did what to which record, when: every write of personal data, export and batch print."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    operator_id: Mapped[int | None] = _fk("operators.id", nullable=True)
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    #: JSON with what changed.
    detail: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)


class AppSetting(Base):
    """A setting every desk on this database shares (crmdesk.domain.shared_settings); JSON value."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: JSON of the value.
    value: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[int | None] = _fk("operators.id", nullable=True)
    updated_at: Mapped[dt.datetime]


# ---- retention (issue 4)
# (cancellation_requests gained columns in migration 0005: see the block marked "issue 4" in
# CancellationRequest above.)


class RetentionReason(Base):
    """解約理由: the taxonomy operators choose from (shipped defaults, edited by supervisors).

    Codes never change (records keep them); a reason taken out of the list is ``active=False``.
    """

    __tablename__ = "retention_reasons"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(String(100))
    #: A health or safety reason: no offer, straight to acceptance and a product-safety note.
    health: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_by: Mapped[int | None] = _fk("operators.id", nullable=True)
    updated_at: Mapped[dt.datetime]


class RetentionScript(Base):
    """引き止めトーク: a script's identity; its words live in versions (never edited in place)."""

    __tablename__ = "retention_scripts"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    #: The version a new call uses; an edit adds version current_version + 1.
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    retired_at: Mapped[dt.datetime | None]
    retired_by: Mapped[int | None] = _fk("operators.id", nullable=True)
    created_by: Mapped[int | None] = _fk("operators.id", nullable=True)
    created_at: Mapped[dt.datetime]


class RetentionScriptVersion(Base):
    """One version of a script: its TOML text as the supervisor saved it (read-only afterwards).

    A cancellation record names (script_code, script_version), so an old record still shows the
    words of the version it used.
    """

    __tablename__ = "retention_script_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    script_id: Mapped[int] = _fk("retention_scripts.id")
    version: Mapped[int] = mapped_column(Integer)
    #: The script as TOML (crmdesk.domain.retention.parse_script reads it).
    source: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = _fk("operators.id", nullable=True)
    created_at: Mapped[dt.datetime]

    __table_args__ = (
        Index("ix_retention_script_versions_script_version", "script_id", "version", unique=True),
    )


class ProductSafetyNote(Base):
    """製品安全メモ: a health or safety cancellation reason, for a supervisor to review."""

    __tablename__ = "product_safety_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = _fk("customers.id")
    cancellation_request_id: Mapped[int] = _fk("cancellation_requests.id", index=True)
    reason_code: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")
    operator_id: Mapped[int | None] = _fk("operators.id", nullable=True)
    created_at: Mapped[dt.datetime]
    reviewed_by: Mapped[int | None] = _fk("operators.id", nullable=True)
    reviewed_at: Mapped[dt.datetime | None]
