"""follow-up indexes: fewer, mostly partial; purchase facts marked stale by triggers on orders

**Stale marks.** 0006 kept the purchase facts up to date with a watermark, the newest order id
they included: an order committed late with a lower id (a long import), a cancellation or any
other change to an existing order was never counted. Now triggers on ``orders`` mark the
customer of every order inserted, updated or deleted in ``customer_facts_stale``, in the
writer's transaction; the refresh takes the marks it sees. The watermark setting goes; the
orders after it are marked here, so nothing the old scheme had not counted yet is lost.

**Indexes.**

A first ``followups refresh`` over a million customers inserts about 400,000 follow-ups, and
every index of ``follow_ups`` costs each of them a write; a claim changes the status, which on
PostgreSQL writes an entry into every index. 0006 left eight. Now:

* ``ix_follow_ups_customer_status`` (customer_id, status) replaces ``ix_follow_ups_customer_id``
  and the partial ``ix_follow_ups_open_customer`` (the open check reads it index-only);
* ``ix_follow_ups_claim`` holds open calls only (letters and closed items never enter it);
* ``ix_follow_ups_assigned`` holds assigned (personal) items only;
* ``ix_follow_ups_claimed`` holds claims in force (expiry, a desk's own list);
* ``ix_follow_ups_desk_open`` holds the few open desk-made items (counts by rule);
* ``ix_follow_ups_unassigned`` holds personal items nobody is assigned to (the SV's list);
* ``ix_follow_ups_queue`` and ``ix_follow_ups_open_rule`` go (the counts by rule read the
  unique index of open rule-made items);
* ``ix_subscriptions_running`` (customer_id of active and paused subscriptions): the lapse
  rules' "no running subscription" check reads it index-only instead of the table;
* ``ix_customer_order_facts_last_order`` (last_order_on, customer_id, last_order_at) replaces
  ``ix_customer_order_facts_last_order_on``: the lapse and dormant rules' candidates are read
  from the index alone;
* ``ix_customers_followup_flags`` (id, rank and the three flags): what the rules read of each
  candidate customer, without the wide customer row.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 03:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OPEN = "status IN ('open', 'claimed')"
_OPEN_DESK = "origin = 'desk' AND status IN ('open', 'claimed')"
_OPEN_CALL = "status = 'open' AND channel = 'call'"
_RUNNING = "status IN ('active', 'paused')"
_UNASSIGNED = "status = 'open' AND handling = 'personal' AND assigned_to IS NULL"


def _partial(name: str, columns: list[object], where: str) -> None:
    op.create_index(
        name,
        "follow_ups",
        columns,  # type: ignore[arg-type]
        sqlite_where=sa.text(where),
        postgresql_where=sa.text(where),
    )


#: The triggers, as written at this revision (later changes need a new revision).
_SQLITE_TRIGGERS = (
    "CREATE TRIGGER tr_orders_facts_insert AFTER INSERT ON orders BEGIN "
    "INSERT INTO customer_facts_stale (customer_id) VALUES (NEW.customer_id); END",
    "CREATE TRIGGER tr_orders_facts_update AFTER UPDATE ON orders BEGIN "
    "INSERT INTO customer_facts_stale (customer_id) VALUES (OLD.customer_id); "
    "INSERT INTO customer_facts_stale (customer_id) SELECT NEW.customer_id "
    "WHERE NEW.customer_id <> OLD.customer_id; END",
    "CREATE TRIGGER tr_orders_facts_delete AFTER DELETE ON orders BEGIN "
    "INSERT INTO customer_facts_stale (customer_id) VALUES (OLD.customer_id); END",
)
# Statement-level with transition tables: a bulk load marks each customer once per statement.
_PG_TRIGGERS = (
    "CREATE FUNCTION crmdesk_orders_facts_new() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN INSERT INTO customer_facts_stale (customer_id) "
    "SELECT DISTINCT customer_id FROM new_orders; RETURN NULL; END $$",
    "CREATE FUNCTION crmdesk_orders_facts_old() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN INSERT INTO customer_facts_stale (customer_id) "
    "SELECT DISTINCT customer_id FROM old_orders; RETURN NULL; END $$",
    "CREATE TRIGGER tr_orders_facts_insert AFTER INSERT ON orders "
    "REFERENCING NEW TABLE AS new_orders FOR EACH STATEMENT "
    "EXECUTE FUNCTION crmdesk_orders_facts_new()",
    "CREATE TRIGGER tr_orders_facts_update_new AFTER UPDATE ON orders "
    "REFERENCING NEW TABLE AS new_orders FOR EACH STATEMENT "
    "EXECUTE FUNCTION crmdesk_orders_facts_new()",
    "CREATE TRIGGER tr_orders_facts_update_old AFTER UPDATE ON orders "
    "REFERENCING OLD TABLE AS old_orders FOR EACH STATEMENT "
    "EXECUTE FUNCTION crmdesk_orders_facts_old()",
    "CREATE TRIGGER tr_orders_facts_delete AFTER DELETE ON orders "
    "REFERENCING OLD TABLE AS old_orders FOR EACH STATEMENT "
    "EXECUTE FUNCTION crmdesk_orders_facts_old()",
)
_WATERMARK = "followups.facts_through_order_id"


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "customer_facts_stale",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_facts_stale")),
    )
    pg = op.get_bind().dialect.name == "postgresql"
    for statement in _PG_TRIGGERS if pg else _SQLITE_TRIGGERS:
        op.execute(statement)
    # What the watermark had not counted yet: every order after it (a JSON number as text).
    mark = "CAST(value AS INTEGER)" if not pg else "CAST(value AS integer)"
    op.execute(
        "INSERT INTO customer_facts_stale (customer_id) SELECT DISTINCT customer_id FROM orders "
        f"WHERE id > COALESCE((SELECT {mark} FROM app_settings WHERE key = '{_WATERMARK}'), 0) "
        "AND EXISTS (SELECT 1 FROM customer_order_facts)"
    )
    op.execute(f"DELETE FROM app_settings WHERE key = '{_WATERMARK}'")
    for name in (
        "ix_follow_ups_queue",
        "ix_follow_ups_open_rule",
        "ix_follow_ups_open_customer",
        "ix_follow_ups_customer_id",
        "ix_follow_ups_claim",
        "ix_follow_ups_assigned_claim",
    ):
        op.drop_index(name, table_name="follow_ups")
    op.create_index("ix_follow_ups_customer_status", "follow_ups", ["customer_id", "status"])
    _partial(
        "ix_follow_ups_claim",
        ["handling", sa.text("priority DESC"), "due_at", "id"],
        _OPEN_CALL,
    )
    _partial(
        "ix_follow_ups_assigned",
        ["assigned_to", "status", "channel", sa.text("priority DESC"), "due_at", "id"],
        "assigned_to IS NOT NULL",
    )
    _partial("ix_follow_ups_claimed", ["claimed_at"], "status = 'claimed'")
    _partial("ix_follow_ups_desk_open", ["rule_code"], _OPEN_DESK)
    _partial("ix_follow_ups_unassigned", ["due_at", "id"], _UNASSIGNED)
    op.drop_index("ix_customer_order_facts_last_order_on", table_name="customer_order_facts")
    op.create_index(
        "ix_customer_order_facts_last_order",
        "customer_order_facts",
        ["last_order_on", "customer_id", "last_order_at"],
    )
    op.create_index(
        "ix_customers_followup_flags",
        "customers",
        ["id", "rank", "do_not_call", "do_not_mail", "returned_mail"],
    )
    op.create_index(
        "ix_subscriptions_running",
        "subscriptions",
        ["customer_id"],
        sqlite_where=sa.text(_RUNNING),
        postgresql_where=sa.text(_RUNNING),
    )


def downgrade() -> None:
    """Revert this revision (0006's indexes and watermark)."""
    pg = op.get_bind().dialect.name == "postgresql"
    if pg:
        for name in (
            "tr_orders_facts_insert",
            "tr_orders_facts_update_new",
            "tr_orders_facts_update_old",
            "tr_orders_facts_delete",
        ):
            op.execute(f"DROP TRIGGER {name} ON orders")
        op.execute("DROP FUNCTION crmdesk_orders_facts_new()")
        op.execute("DROP FUNCTION crmdesk_orders_facts_old()")
    else:
        for name in ("tr_orders_facts_insert", "tr_orders_facts_update", "tr_orders_facts_delete"):
            op.execute(f"DROP TRIGGER {name}")
    # 0006's refresh finds no watermark and rebuilds the facts whole: no mark is lost.
    op.drop_table("customer_facts_stale")
    op.drop_index("ix_subscriptions_running", table_name="subscriptions")
    op.drop_index("ix_customers_followup_flags", table_name="customers")
    op.drop_index("ix_customer_order_facts_last_order", table_name="customer_order_facts")
    op.create_index(
        "ix_customer_order_facts_last_order_on", "customer_order_facts", ["last_order_on"]
    )
    for name in (
        "ix_follow_ups_unassigned",
        "ix_follow_ups_desk_open",
        "ix_follow_ups_claimed",
        "ix_follow_ups_assigned",
        "ix_follow_ups_claim",
        "ix_follow_ups_customer_status",
    ):
        op.drop_index(name, table_name="follow_ups")
    op.create_index("ix_follow_ups_customer_id", "follow_ups", ["customer_id"])
    op.create_index("ix_follow_ups_queue", "follow_ups", ["status", "priority", "due_at"])
    op.create_index(
        "ix_follow_ups_claim",
        "follow_ups",
        ["status", "channel", "handling", sa.text("priority DESC"), "due_at", "id"],
    )
    op.create_index(
        "ix_follow_ups_assigned_claim",
        "follow_ups",
        ["assigned_to", "status", "channel", sa.text("priority DESC"), "due_at", "id"],
    )
    _partial("ix_follow_ups_open_customer", ["customer_id", "status"], _OPEN)
    _partial("ix_follow_ups_open_rule", ["rule_code", "status"], _OPEN)
