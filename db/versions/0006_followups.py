"""followups: rule-made follow-ups, personal (VIP) handling, the queue's index, purchase facts

``follow_ups`` gains ``handling`` (shared / personal), ``assigned_to``, ``origin`` (rule / desk)
and ``contact_id`` (the last outbound call); an index in claim order; a partial unique index so
that one rule never has two open follow-ups for one customer. New table
``customer_order_facts``: the per-customer purchase facts of the lapse model. Indexes that
let the rules' per-customer checks read an index instead of a table row (open follow-ups by
customer and by rule; subscriptions by customer and status; customers by birth date and rank). It is filled with
data in place here (one set-based statement), so the first ``followups refresh`` after the
upgrade only catches up with newer orders; that statement is written out here (frozen), not
imported from the store, whose version of it may change later.

Downgrade closes the open rule-made follow-ups (outcome ``downgraded``; revision 0005's desk
would show them as call-backs) and deletes the ``followups.*`` settings before dropping the
columns.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 00:00:00
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OPEN_RULE = "origin = 'rule' AND status IN ('open', 'claimed')"

# The purchase facts of the orders already there, frozen as they were computed when this
# revision was written (crmdesk.store.followups.rebuild_facts at the time). A migration must
# do the same thing forever: it does not import the store code, which may change.
_FACTS_TEMPLATE = """
INSERT INTO customer_order_facts (
    customer_id, order_count, first_order_on, last_order_on, last_order_at, last_supply_days,
    median_interval_days, last_delivery_number, last_delivery_on
)
WITH base AS (
    SELECT o.id, o.customer_id, o.delivery_number, o.ordered_at, {jst_date} AS d
    FROM orders o
    WHERE o.status NOT IN ('cancelled', 'returned')
),
seq AS (
    SELECT id, customer_id, delivery_number, ordered_at, d,
           row_number() OVER (PARTITION BY customer_id ORDER BY d DESC, id DESC) AS rn,
           {gap} AS gap
    FROM base
),
agg AS (
    SELECT customer_id, count(*) AS n, min(d) AS first_d, max(d) AS last_d,
           max(ordered_at) AS last_at
    FROM seq GROUP BY customer_id
),
supply AS (
    SELECT s.customer_id, sum(p.days_of_supply * ol.quantity) AS days
    FROM seq s
    JOIN order_lines ol ON ol.order_id = s.id
    JOIN products p ON p.id = ol.product_id
    WHERE s.rn = 1
    GROUP BY s.customer_id
),
ranked AS (
    SELECT customer_id, gap,
           row_number() OVER (PARTITION BY customer_id ORDER BY gap) AS r,
           count(*) OVER (PARTITION BY customer_id) AS c
    FROM seq WHERE gap IS NOT NULL
),
med AS (
    SELECT customer_id, avg(gap) AS m
    FROM ranked WHERE r IN ((c + 1) / 2, (c + 2) / 2)
    GROUP BY customer_id
),
deliv AS (
    SELECT customer_id, delivery_number, d,
           row_number() OVER (PARTITION BY customer_id ORDER BY d DESC, id DESC) AS r
    FROM seq WHERE delivery_number IS NOT NULL
)
SELECT a.customer_id, a.n, a.first_d, a.last_d, a.last_at, COALESCE(s.days, 0), m.m,
       dv.delivery_number, dv.d
FROM agg a
LEFT JOIN supply s ON s.customer_id = a.customer_id
LEFT JOIN med m ON m.customer_id = a.customer_id
LEFT JOIN deliv dv ON dv.customer_id = a.customer_id AND dv.r = 1
"""
#: What differs between the backends: the JST business date, whole days between two dates.
_LAG = "lag(d) OVER (PARTITION BY customer_id ORDER BY d, id)"
_FACTS_SQL = {
    "sqlite": _FACTS_TEMPLATE.format(
        jst_date="date(o.ordered_at, '+9 hours')",
        gap=f"CAST(julianday(d) - julianday({_LAG}) AS INTEGER)",
    ),
    "postgresql": _FACTS_TEMPLATE.format(
        jst_date="CAST(timezone('Asia/Tokyo', o.ordered_at) AS date)",
        gap=f"(d - {_LAG})",
    ),
}
#: app_settings key of the newest order id the facts include.
_WATERMARK_KEY = "followups.facts_through_order_id"


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
    _fill_facts()


def _fill_facts() -> None:
    """Compute the purchase facts of every customer from the orders there, and the watermark
    (the newest order id the facts include) that the first refresh catches up from."""
    bind = op.get_bind()
    through = int(bind.execute(sa.text("SELECT COALESCE(max(id), 0) FROM orders")).scalar_one())
    bind.execute(sa.text("DELETE FROM app_settings WHERE key = :key"), {"key": _WATERMARK_KEY})
    if through == 0:
        # No orders: no facts and no mark (an empty database stays empty for `crmdesk demo`).
        return
    bind.execute(sa.text(_FACTS_SQL[bind.dialect.name]))
    now = dt.datetime.now(dt.UTC)
    if bind.dialect.name == "sqlite":
        now = now.replace(tzinfo=None)  # naive UTC text, as the app stores timestamps there
    bind.execute(
        sa.text(
            "INSERT INTO app_settings (key, value, updated_by, updated_at) "
            "VALUES (:key, :value, NULL, :now)"
        ).bindparams(sa.bindparam("now", type_=sa.DateTime(timezone=True))),
        {"key": _WATERMARK_KEY, "value": json.dumps(through), "now": now},
    )


def downgrade() -> None:
    """Revert this revision."""
    # Revision 0005's app knows no rules: an open rule-made follow-up would show there as a
    # desk call-back. Close them (history stays: the calls made are on the timelines), and
    # drop every follow-up setting (the rule set, the lapse settings, the refresh marks).
    bind = op.get_bind()
    now = dt.datetime.now(dt.UTC)
    if bind.dialect.name == "sqlite":
        now = now.replace(tzinfo=None)
    bind.execute(
        sa.text(
            "UPDATE follow_ups SET status = 'closed', outcome = 'downgraded', closed_at = :now "
            f"WHERE {_OPEN_RULE}"
        ).bindparams(sa.bindparam("now", type_=sa.DateTime(timezone=True))),
        {"now": now},
    )
    op.execute("DELETE FROM app_settings WHERE key LIKE 'followups.%'")
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
