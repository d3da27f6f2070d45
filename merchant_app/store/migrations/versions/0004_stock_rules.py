"""The merchant's stock rules and shop preferences; order lines indexed by variant.

Revision 0004, after 0003. Two local tables (not platform data): ``stock_rules`` (per variant:
low-stock threshold, lead time, safety stock) and ``preferences`` (shop-wide settings by name).
The index lets the stock view sum a variant's recent sales without reading every order line.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "preferences",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_preferences")),
    )
    op.create_table(
        "stock_rules",
        sa.Column("variant_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("low_stock_threshold", sa.Integer(), nullable=True),
        sa.Column("lead_time_days", sa.Integer(), nullable=True),
        sa.Column("safety_stock", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("variant_id", name=op.f("pk_stock_rules")),
    )
    op.create_index("ix_order_lines_variant_id", "order_lines", ["variant_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_order_lines_variant_id", table_name="order_lines")
    op.drop_table("stock_rules")
    op.drop_table("preferences")
