"""Exchanges: a ticket names its replacement order, and a replacement order the exchange it ships.

Revision 0008, after 0007. Receiving an exchange's return makes the platform create a replacement
order (docs/platform-api.md, ``rma/receive``); the ticket gets ``replacement_order_id`` and
``replacement_order_number``, the order ``replacement_for``. Columns added with ``ALTER TABLE ADD
COLUMN``, which SQLite does without rewriting the table (a million orders stay where they are);
existing rows have none, as the platform has none for them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("tickets", sa.Column("replacement_order_id", sa.Integer(), nullable=True))
    op.add_column("tickets", sa.Column("replacement_order_number", sa.String(), nullable=True))
    op.add_column("orders", sa.Column("replacement_for", sa.JSON(none_as_null=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("replacement_for")
    with op.batch_alter_table("tickets") as batch:
        batch.drop_column("replacement_order_number")
        batch.drop_column("replacement_order_id")
