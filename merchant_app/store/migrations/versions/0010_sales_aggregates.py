"""Sales aggregates: the tables the dashboards and ``merchant-console report`` read (models/aggregates.py).

Revision 0010, after 0009. New tables only; nothing existing is touched. They start empty: their
days are the shop's local days, and the shop's time zone is only known once the sync has asked the
platform, so they are filled from the cached orders by ``sync.aggregates.ensure`` (before the next
pull of orders, or before a report) rather than here.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _measures(*names: str) -> list[sa.Column]:
    return [sa.Column(n, sa.Integer(), nullable=False) for n in names]


def upgrade() -> None:
    day = sa.String(10)
    op.create_table(
        "sales_daily",
        sa.Column("day", day, nullable=False), sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False), sa.Column("payment_method", sa.String(32), nullable=False),
        *_measures("orders", "units", "gross", "discounts", "revenue", "shipping", "tax"),
        sa.PrimaryKeyConstraint("day", "currency", "channel", "payment_method", name=op.f("pk_sales_daily")),
    )
    op.create_table(
        "refunds_daily",
        sa.Column("day", day, nullable=False), sa.Column("currency", sa.String(3), nullable=False),
        *_measures("refunds", "refunded"),
        sa.PrimaryKeyConstraint("day", "currency", name=op.f("pk_refunds_daily")),
    )
    op.create_table(
        "orders_hourly",
        sa.Column("day", day, nullable=False), sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        *_measures("orders"),
        sa.PrimaryKeyConstraint("day", "hour", "currency", name=op.f("pk_orders_hourly")),
    )
    op.create_table(
        "product_sales_daily",
        sa.Column("day", day, nullable=False), sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("variant_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("listing_id", sa.Integer(), nullable=False),
        *_measures("units", "list_revenue", "revenue"),
        sa.PrimaryKeyConstraint("day", "currency", "variant_id", name=op.f("pk_product_sales_daily")),
    )
    op.create_index(op.f("ix_product_sales_daily_listing_id"), "product_sales_daily", ["listing_id"])
    op.create_table(
        "campaign_sales_daily",
        sa.Column("campaign_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("day", day, nullable=False), sa.Column("currency", sa.String(3), nullable=False),
        *_measures("orders", "units", "gross", "discounts", "revenue"),
        sa.PrimaryKeyConstraint("campaign_id", "day", "currency", name=op.f("pk_campaign_sales_daily")),
    )
    op.create_table(
        "customer_first_orders",
        sa.Column("customer_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("day", day, nullable=False), sa.Column("currency", sa.String(3), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_first_orders")),
    )
    op.create_index(op.f("ix_customer_first_orders_day"), "customer_first_orders", ["day"])


def downgrade() -> None:
    op.drop_index(op.f("ix_customer_first_orders_day"), table_name="customer_first_orders")
    op.drop_table("customer_first_orders")
    op.drop_table("campaign_sales_daily")
    op.drop_index(op.f("ix_product_sales_daily_listing_id"), table_name="product_sales_daily")
    op.drop_table("product_sales_daily")
    op.drop_table("orders_hourly")
    op.drop_table("refunds_daily")
    op.drop_table("sales_daily")
    op.execute("DELETE FROM preferences WHERE key = 'aggregates.zone'")
