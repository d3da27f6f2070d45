"""Roll-ups of the sales aggregates for long ranges, and the daily tables kept in key order.

Revision 0011, after 0010. Two new tables (models/aggregates.py), kept by ``sync.aggregates`` with
the others: products by month and listing, new customers by day. A cache whose aggregates are
already built gets them filled here from the daily tables they sum (``product_sales_daily``,
``customer_first_orders``); one not built yet gets them when ``sync.aggregates.ensure`` builds
everything. The daily tables become WITHOUT ROWID tables, their rows stored in primary-key order,
so that a range of days is read in one sweep instead of one table lookup per row (two years of
``product_sales_daily`` on a million orders: ~650k lookups); they are copied over as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


DAY, CUR, INT = "VARCHAR(10) NOT NULL", "VARCHAR(3) NOT NULL", "INTEGER NOT NULL"
CLUSTERED = {   # table -> (columns with their types, primary key), as 0010 made them
    "sales_daily": ({"day": DAY, "currency": CUR, "channel": "VARCHAR(32) NOT NULL",
                     "payment_method": "VARCHAR(32) NOT NULL", "orders": INT, "units": INT, "gross": INT,
                     "discounts": INT, "revenue": INT, "shipping": INT, "tax": INT},
                    ("day", "currency", "channel", "payment_method")),
    "refunds_daily": ({"day": DAY, "currency": CUR, "refunds": INT, "refunded": INT}, ("day", "currency")),
    "orders_hourly": ({"day": DAY, "hour": INT, "currency": CUR, "orders": INT}, ("day", "hour", "currency")),
    "product_sales_daily": ({"day": DAY, "currency": CUR, "variant_id": INT, "listing_id": INT, "units": INT,
                             "list_revenue": INT, "revenue": INT}, ("day", "currency", "variant_id")),
    "campaign_sales_daily": ({"campaign_id": INT, "day": DAY, "currency": CUR, "orders": INT, "units": INT,
                              "gross": INT, "discounts": INT, "revenue": INT}, ("campaign_id", "day", "currency")),
}


def _cluster(table: str, columns: dict[str, str], key: tuple[str, ...]) -> None:
    """The table again as WITHOUT ROWID, with its rows and (for product_sales_daily) its index."""
    names = ", ".join(columns)
    body = ", ".join(f"{c} {t}" for c, t in columns.items())
    op.execute(f"CREATE TABLE {table}_0011 ({body}, CONSTRAINT pk_{table} PRIMARY KEY ({', '.join(key)})) "
               "WITHOUT ROWID")
    op.execute(f"INSERT INTO {table}_0011 ({names}) SELECT {names} FROM {table}")
    if table == "product_sales_daily":
        op.drop_index("ix_product_sales_daily_listing_id", table_name=table)
    op.execute(f"DROP TABLE {table}")
    op.execute(f"ALTER TABLE {table}_0011 RENAME TO {table}")
    if table == "product_sales_daily":
        op.create_index("ix_product_sales_daily_listing_id", table, ["listing_id"])


def upgrade() -> None:
    op.create_table(
        "product_sales_monthly",
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("listing_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False), sa.Column("revenue", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("currency", "listing_id", "month", name=op.f("pk_product_sales_monthly")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "new_customers_daily",
        sa.Column("day", sa.String(10), nullable=False), sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("customers", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", "currency", name=op.f("pk_new_customers_daily")),
        sqlite_with_rowid=False,
    )
    for table, (columns, key) in CLUSTERED.items():
        _cluster(table, columns, key)
    op.execute("INSERT INTO product_sales_monthly (month, currency, listing_id, units, revenue) "
               "SELECT substr(day, 1, 7), currency, listing_id, sum(units), sum(revenue) FROM product_sales_daily "
               "GROUP BY 1, 2, 3")
    op.execute("INSERT INTO new_customers_daily (day, currency, customers) "
               "SELECT day, currency, count(*) FROM customer_first_orders GROUP BY 1, 2")


def downgrade() -> None:
    op.drop_table("new_customers_daily")
    op.drop_table("product_sales_monthly")
