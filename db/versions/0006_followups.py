"""followups: rule-made follow-ups, personal (VIP) handling, the queue's index, purchase facts

``follow_ups`` gains ``handling`` (shared / personal), ``assigned_to``, ``origin`` (rule / desk)
and ``contact_id`` (the last outbound call); an index in claim order; a partial unique index so
that one rule never has two open follow-ups for one customer. New table
``customer_order_facts``: the per-customer purchase facts of the lapse model. Indexes that
let the rules' per-customer checks read an index instead of a table row (open follow-ups by
customer and by rule; subscriptions by customer and status; customers by birth date and rank). It is filled with
data in place here (one set-based statement), so the first ``followups refresh`` after the
upgrade only catches up with newer orders.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OPEN_RULE = "origin = 'rule' AND status IN ('open', 'claimed')"


def _add_fk_column(table: str, column: str, target: str) -> None:
    fk = f"fk_{table}_{column}_{target}"
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a referencing column only with the constraint written inline.
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN {column} INTEGER "
            f"CONSTRAINT {fk} REFERENCES {target} (id)"
        )
    else:
        op.add_column(table, sa.Column(column, sa.Integer()))
        op.create_foreign_key(fk, table, target, [column], ["id"])


def upgrade() -> None:
    """Apply this revision."""
    # Plain ADD COLUMN on both backends (see 0005 for why not a batch rebuild on SQLite).
    op.add_column(
        "follow_ups",
        sa.Column("handling", sa.String(length=8), server_default="shared", nullable=False),
    )
    op.add_column(
        "follow_ups",
        sa.Column("origin", sa.String(length=8), server_default="desk", nullable=False),
    )
    _add_fk_column("follow_ups", "assigned_to", "operators")
    _add_fk_column("follow_ups", "contact_id", "contacts")
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
    op.create_index(
        "ux_follow_ups_rule_open",
        "follow_ups",
        ["customer_id", "rule_code"],
        unique=True,
        sqlite_where=sa.text(_OPEN_RULE),
        postgresql_where=sa.text(_OPEN_RULE),
    )
    open_items = sa.text("status IN ('open', 'claimed')")
    op.create_index(
        "ix_follow_ups_open_customer",
        "follow_ups",
        ["customer_id", "status"],
        sqlite_where=open_items,
        postgresql_where=open_items,
    )
    op.create_index(
        "ix_follow_ups_open_rule",
        "follow_ups",
        ["rule_code", "status"],
        sqlite_where=open_items,
        postgresql_where=open_items,
    )
    op.create_index(
        "ix_subscriptions_customer_status_cycle",
        "subscriptions",
        ["customer_id", "status", "cycle_days"],
    )
    op.create_index("ix_customers_birth_date", "customers", ["birth_date"])
    op.create_index("ix_customers_rank", "customers", ["rank"])
    op.create_table(
        "customer_order_facts",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("order_count", sa.Integer(), nullable=False),
        sa.Column("first_order_on", sa.Date(), nullable=False),
        sa.Column("last_order_on", sa.Date(), nullable=False),
        sa.Column("last_order_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_supply_days", sa.Integer(), nullable=False),
        sa.Column("median_interval_days", sa.Float(), nullable=True),
        sa.Column("last_delivery_number", sa.Integer(), nullable=True),
        sa.Column("last_delivery_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_order_facts_customer_id_customers"),
        ),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_order_facts")),
    )
    op.create_index(
        op.f("ix_customer_order_facts_last_order_on"),
        "customer_order_facts",
        ["last_order_on"],
        unique=False,
    )
    op.create_index(
        "ix_customer_order_facts_count_first",
        "customer_order_facts",
        ["order_count", "first_order_on"],
    )
    op.create_index(
        "ix_customer_order_facts_delivery",
        "customer_order_facts",
        ["last_delivery_number", "last_delivery_on"],
    )
    # The facts of the orders already there (the same statement refresh uses).
    from crmdesk.store.followups import rebuild_facts  # noqa: PLC0415

    rebuild_facts(op.get_bind())


def downgrade() -> None:
    """Revert this revision."""
    op.execute("DELETE FROM app_settings WHERE key = 'followups.facts_through_order_id'")
    op.drop_index(op.f("ix_customer_order_facts_last_order_on"), table_name="customer_order_facts")
    op.drop_table("customer_order_facts")
    op.drop_index("ix_customers_rank", table_name="customers")
    op.drop_index("ix_customers_birth_date", table_name="customers")
    op.drop_index("ix_subscriptions_customer_status_cycle", table_name="subscriptions")
    op.drop_index("ix_follow_ups_open_rule", table_name="follow_ups")
    op.drop_index("ix_follow_ups_open_customer", table_name="follow_ups")
    op.drop_index("ux_follow_ups_rule_open", table_name="follow_ups")
    op.drop_index("ix_follow_ups_assigned_claim", table_name="follow_ups")
    op.drop_index("ix_follow_ups_claim", table_name="follow_ups")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_follow_ups_contact_id_contacts", "follow_ups", type_="foreignkey")
        op.drop_constraint("fk_follow_ups_assigned_to_operators", "follow_ups", type_="foreignkey")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_column("contact_id")
        batch_op.drop_column("assigned_to")
        batch_op.drop_column("origin")
        batch_op.drop_column("handling")
