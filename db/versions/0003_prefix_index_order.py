"""prefix search indexes carry the customer id

``ix_customers_name_norm`` and ``ix_customers_kana_norm`` become ``(name_norm, id)`` and
``(kana_norm, id)``: the prefix searches order by (key, id) and stop after their LIMIT, which
the index can then serve in order without a sort. On PostgreSQL a misestimated prefix range
(1 row expected for ニシ, 15,000 found) otherwise made the planner sort every match; on SQLite
the id is in every index already, so this changes nothing there but the name.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 15:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index("ix_customers_name_norm")
        batch_op.drop_index("ix_customers_kana_norm")
        batch_op.create_index("ix_customers_name_norm_id", ["name_norm", "id"], unique=False)
        batch_op.create_index("ix_customers_kana_norm_id", ["kana_norm", "id"], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index("ix_customers_kana_norm_id")
        batch_op.drop_index("ix_customers_name_norm_id")
        batch_op.create_index("ix_customers_kana_norm", ["kana_norm"], unique=False)
        batch_op.create_index("ix_customers_name_norm", ["name_norm"], unique=False)
