"""retention: reason taxonomy, versioned scripts, product-safety notes, fuller cancellation records

New tables ``retention_reasons``, ``retention_scripts``, ``retention_script_versions`` and
``product_safety_notes``. ``cancellation_requests`` gains when the wish was first said and
repeated, the contact of the call, the A/B arm, the accepted offer and the script's words as
shown. The shipped defaults (resources/retention) are installed by the retention services on
first use, not here: a demo build empties every table after upgrading.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "retention_reasons",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("health", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["operators.id"], name=op.f("fk_retention_reasons_updated_by_operators")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_retention_reasons")),
    )
    op.create_table(
        "retention_scripts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("retired_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("retired_by", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["operators.id"], name=op.f("fk_retention_scripts_created_by_operators")
        ),
        sa.ForeignKeyConstraint(
            ["retired_by"], ["operators.id"], name=op.f("fk_retention_scripts_retired_by_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_scripts")),
        sa.UniqueConstraint("code", name=op.f("uq_retention_scripts_code")),
    )
    op.create_table(
        "retention_script_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["operators.id"],
            name=op.f("fk_retention_script_versions_created_by_operators"),
        ),
        sa.ForeignKeyConstraint(
            ["script_id"],
            ["retention_scripts.id"],
            name=op.f("fk_retention_script_versions_script_id_retention_scripts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_script_versions")),
    )
    op.create_index(
        "ix_retention_script_versions_script_version",
        "retention_script_versions",
        ["script_id", "version"],
        unique=True,
    )
    # Plain ADD COLUMN on both backends: a batch rebuild on SQLite would write the table's
    # foreign keys in an order that varies from run to run (and from the bulk loader's).
    op.add_column("cancellation_requests", sa.Column("first_wish_at", sa.DateTime(timezone=True)))
    op.add_column(
        "cancellation_requests", sa.Column("wish_repeated_at", sa.DateTime(timezone=True))
    )
    op.add_column("cancellation_requests", sa.Column("ab_arm", sa.String(length=70)))
    op.add_column("cancellation_requests", sa.Column("accepted_offer", sa.Text()))
    op.add_column(
        "cancellation_requests",
        sa.Column("script_text", sa.Text(), server_default="", nullable=False),
    )
    fk = "fk_cancellation_requests_contact_id_contacts"
    if op.get_bind().dialect.name == "sqlite":
        # SQLite adds a referencing column only with the constraint written inline.
        op.execute(
            "ALTER TABLE cancellation_requests ADD COLUMN contact_id INTEGER "
            f"CONSTRAINT {fk} REFERENCES contacts (id)"
        )
    else:
        op.add_column("cancellation_requests", sa.Column("contact_id", sa.Integer()))
        op.create_foreign_key(fk, "cancellation_requests", "contacts", ["contact_id"], ["id"])
    op.create_table(
        "product_safety_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("cancellation_request_id", sa.Integer(), nullable=False),
        sa.Column("reason_code", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reviewed_by", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["cancellation_request_id"],
            ["cancellation_requests.id"],
            name=op.f("fk_product_safety_notes_cancellation_request_id_cancellation_requests"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_product_safety_notes_customer_id_customers"),
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["operators.id"],
            name=op.f("fk_product_safety_notes_operator_id_operators"),
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by"],
            ["operators.id"],
            name=op.f("fk_product_safety_notes_reviewed_by_operators"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_safety_notes")),
    )
    op.create_index(
        op.f("ix_product_safety_notes_cancellation_request_id"),
        "product_safety_notes",
        ["cancellation_request_id"],
        unique=False,
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index(
        op.f("ix_product_safety_notes_cancellation_request_id"), table_name="product_safety_notes"
    )
    op.drop_table("product_safety_notes")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(
            "fk_cancellation_requests_contact_id_contacts",
            "cancellation_requests",
            type_="foreignkey",
        )
    # On SQLite the batch rebuild leaves out the dropped column's inline foreign key.
    with op.batch_alter_table("cancellation_requests", schema=None) as batch_op:
        batch_op.drop_column("script_text")
        batch_op.drop_column("accepted_offer")
        batch_op.drop_column("ab_arm")
        batch_op.drop_column("contact_id")
        batch_op.drop_column("wish_repeated_at")
        batch_op.drop_column("first_wish_at")
    op.drop_index(
        "ix_retention_script_versions_script_version", table_name="retention_script_versions"
    )
    op.drop_table("retention_script_versions")
    op.drop_table("retention_scripts")
    op.drop_table("retention_reasons")
