"""Index every column the orders view sorts by; order lines by variant and order.

Revision 0005, after 0004. Sorting the orders table by a column without an index read and sorted
the whole table (150–240 ms at 107k orders, seconds at a million); with one index per sortable
column a sort walks the index and stops after the rows shown. The variant index of order lines
gains ``order_id``, so that the orders holding a SKU are found from the index alone. Indexes only:
no row changes, no table rebuild. On a cache of a million orders the upgrade takes about 9 s (once).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ORDER_COLUMNS = ("customer_name", "financial_status", "fulfillment_status", "total", "payment_method", "channel",
                 "risk_level")


def upgrade() -> None:
    for column in ORDER_COLUMNS:
        op.create_index(f"ix_orders_{column}", "orders", [column], unique=False)
    op.drop_index("ix_order_lines_variant_id", table_name="order_lines")
    op.create_index("ix_order_lines_variant_id", "order_lines", ["variant_id", "order_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_order_lines_variant_id", table_name="order_lines")
    op.create_index("ix_order_lines_variant_id", "order_lines", ["variant_id"], unique=False)
    for column in reversed(ORDER_COLUMNS):
        op.drop_index(f"ix_orders_{column}", table_name="orders")
