"""purchase facts marked stale by order lines and by a product's days of supply too

0007's triggers mark a customer when one of their ``orders`` rows is written. The facts also
depend on the order lines (the last order's days of supply are Σ days_of_supply × quantity of
its lines) and on ``products.days_of_supply``, and neither marked anything:

* an order whose lines are written in a later transaction than the order (an import that
  commits the header first), or a line whose quantity or product is corrected, left the
  customer's supply, and so their F2 and lapse dates, as they were;
* a product whose days of supply were corrected left the facts of everyone who bought it.

Now triggers on ``order_lines`` mark the customer of the order of every line inserted, changed
(order, product or quantity on SQLite; any change on PostgreSQL, whose statement-level
triggers with transition tables take no column list) or deleted, and a trigger on ``products``
marks every customer who ever bought a product whose ``days_of_supply`` changed (more than the
ones whose last order has it: a superset costs recomputed customers — 561,926 of a million
for the demo's most bought product, docs/benchmarks.md — a subset a wrong date). All in the
writer's own transaction, like 0007's.

The facts written before this revision may have missed such changes. Only their days of supply
can be wrong (the dates and counts come from ``orders``, marked since 0007), so the customers
marked here are those whose facts' supply differs from their last purchase's lines as they are
now, plus those with two purchases less than two days apart (whose last one the check does not
tell apart): 4–7 s over a million customers, where recomputing everyone's facts at the next
refresh would take 35–40 s once.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 07:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Orders that are not purchases, as the facts count them at this revision.
_NOT_PURCHASES = "('cancelled', 'returned')"
#: The customer of a line's order (SQLite row triggers; a deleted order has no row left, and
#: its own trigger marked the customer already).
_SQLITE_MARK = "INSERT INTO customer_facts_stale (customer_id) SELECT customer_id FROM orders "

#: The triggers, as written at this revision (later changes need a new revision).
_SQLITE_TRIGGERS = (
    "CREATE TRIGGER tr_order_lines_facts_insert AFTER INSERT ON order_lines BEGIN "
    f"{_SQLITE_MARK}WHERE id = NEW.order_id; END",
    "CREATE TRIGGER tr_order_lines_facts_update "
    "AFTER UPDATE OF order_id, product_id, quantity ON order_lines BEGIN "
    f"{_SQLITE_MARK}WHERE id IN (OLD.order_id, NEW.order_id); END",
    "CREATE TRIGGER tr_order_lines_facts_delete AFTER DELETE ON order_lines BEGIN "
    f"{_SQLITE_MARK}WHERE id = OLD.order_id; END",
    "CREATE TRIGGER tr_products_facts_supply AFTER UPDATE OF days_of_supply ON products "
    "WHEN NEW.days_of_supply IS NOT OLD.days_of_supply BEGIN "
    "INSERT INTO customer_facts_stale (customer_id) SELECT DISTINCT o.customer_id "
    "FROM order_lines ol JOIN orders o ON o.id = ol.order_id WHERE ol.product_id = NEW.id; END",
)
# Statement-level with transition tables, like 0007's: a bulk write marks each customer once.
_PG_TRIGGERS = (
    "CREATE FUNCTION crmdesk_order_lines_facts_new() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN INSERT INTO customer_facts_stale (customer_id) SELECT DISTINCT o.customer_id "
    "FROM orders o WHERE o.id IN (SELECT order_id FROM new_lines); RETURN NULL; END $$",
    "CREATE FUNCTION crmdesk_order_lines_facts_old() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN INSERT INTO customer_facts_stale (customer_id) SELECT DISTINCT o.customer_id "
    "FROM orders o WHERE o.id IN (SELECT order_id FROM old_lines); RETURN NULL; END $$",
    "CREATE FUNCTION crmdesk_products_facts_supply() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN INSERT INTO customer_facts_stale (customer_id) SELECT DISTINCT o.customer_id "
    "FROM order_lines ol JOIN orders o ON o.id = ol.order_id WHERE ol.product_id IN ("
    "SELECT n.id FROM new_products n JOIN old_products p ON p.id = n.id "
    "WHERE n.days_of_supply IS DISTINCT FROM p.days_of_supply); RETURN NULL; END $$",
    "CREATE TRIGGER tr_order_lines_facts_insert AFTER INSERT ON order_lines "
    "REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT "
    "EXECUTE FUNCTION crmdesk_order_lines_facts_new()",
    "CREATE TRIGGER tr_order_lines_facts_update_new AFTER UPDATE ON order_lines "
    "REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT "
    "EXECUTE FUNCTION crmdesk_order_lines_facts_new()",
    "CREATE TRIGGER tr_order_lines_facts_update_old AFTER UPDATE ON order_lines "
    "REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT "
    "EXECUTE FUNCTION crmdesk_order_lines_facts_old()",
    "CREATE TRIGGER tr_order_lines_facts_delete AFTER DELETE ON order_lines "
    "REFERENCING OLD TABLE AS old_lines FOR EACH STATEMENT "
    "EXECUTE FUNCTION crmdesk_order_lines_facts_old()",
    "CREATE TRIGGER tr_products_facts_supply AFTER UPDATE ON products "
    "REFERENCING OLD TABLE AS old_products NEW TABLE AS new_products FOR EACH STATEMENT "
    "EXECUTE FUNCTION crmdesk_products_facts_supply()",
)


def upgrade() -> None:
    """Apply this revision."""
    pg = op.get_bind().dialect.name == "postgresql"
    for statement in _PG_TRIGGERS if pg else _SQLITE_TRIGGERS:
        op.execute(statement)
    # What may have been missed, recomputed by the next refresh (see the module docstring).
    before = "f.last_order_at - interval '2 days'" if pg else "datetime(f.last_order_at, '-2 days')"
    op.execute(
        "INSERT INTO customer_facts_stale (customer_id) SELECT f.customer_id "
        "FROM customer_order_facts f WHERE f.last_supply_days <> COALESCE(("
        "SELECT sum(p.days_of_supply * ol.quantity) FROM orders o "
        "JOIN order_lines ol ON ol.order_id = o.id JOIN products p ON p.id = ol.product_id "
        "WHERE o.customer_id = f.customer_id AND o.ordered_at = f.last_order_at "
        f"AND o.status NOT IN {_NOT_PURCHASES}), 0) "
        "OR (SELECT count(*) FROM orders o WHERE o.customer_id = f.customer_id "
        f"AND o.status NOT IN {_NOT_PURCHASES} AND o.ordered_at > {before}) > 1"
    )


def downgrade() -> None:
    """Revert this revision (0007's triggers on ``orders`` stay)."""
    pg = op.get_bind().dialect.name == "postgresql"
    if pg:
        for name in (
            "tr_order_lines_facts_insert",
            "tr_order_lines_facts_update_new",
            "tr_order_lines_facts_update_old",
            "tr_order_lines_facts_delete",
        ):
            op.execute(f"DROP TRIGGER {name} ON order_lines")
        op.execute("DROP TRIGGER tr_products_facts_supply ON products")
        for name in (
            "crmdesk_order_lines_facts_new",
            "crmdesk_order_lines_facts_old",
            "crmdesk_products_facts_supply",
        ):
            op.execute(f"DROP FUNCTION {name}()")
    else:
        for name in (
            "tr_order_lines_facts_insert",
            "tr_order_lines_facts_update",
            "tr_order_lines_facts_delete",
            "tr_products_facts_supply",
        ):
            op.execute(f"DROP TRIGGER {name}")
