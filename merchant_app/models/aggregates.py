"""Sales figures summed ahead of time, so the dashboards and ``merchant-console report`` never scan orders.

Every table here is derived from ``orders`` and ``order_lines`` and nothing else: the sync keeps it
current in the transaction that writes the orders (``sync.aggregates``), and it can be rebuilt from
them at any time. Days and hours are the shop's local ones, in the time zone the figures were built
in (kept in ``preferences`` as ``aggregates.zone``). Money is in minor units of ``currency``; no row
ever mixes two currencies. What each measure means is written once, in docs/metrics.md.
"""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import Base

DAY = String(10)  # YYYY-MM-DD, shop-local


class SalesDaily(Base):
    """Counted orders by the shop-local day they were placed, currency, channel and payment method."""

    __tablename__ = "sales_daily"
    __table_args__ = {"sqlite_with_rowid": False}   # rows kept in key order: ranges read in one sweep

    day: Mapped[str] = mapped_column(DAY, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    payment_method: Mapped[str] = mapped_column(String(32), primary_key=True)
    orders: Mapped[int] = mapped_column(Integer, default=0)
    units: Mapped[int] = mapped_column(Integer, default=0)
    gross: Mapped[int] = mapped_column(Integer, default=0)       # Σ subtotal (list price × quantity)
    discounts: Mapped[int] = mapped_column(Integer, default=0)   # Σ discount_total
    revenue: Mapped[int] = mapped_column(Integer, default=0)     # Σ subtotal − discount_total
    shipping: Mapped[int] = mapped_column(Integer, default=0)
    tax: Mapped[int] = mapped_column(Integer, default=0)


class RefundsDaily(Base):
    """Refunds of counted orders by the shop-local day they were given (not the day of the order)."""

    __tablename__ = "refunds_daily"
    __table_args__ = {"sqlite_with_rowid": False}   # rows kept in key order: ranges read in one sweep

    day: Mapped[str] = mapped_column(DAY, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    refunds: Mapped[int] = mapped_column(Integer, default=0)     # how many refunds
    refunded: Mapped[int] = mapped_column(Integer, default=0)    # Σ amount


class OrdersHourly(Base):
    """Counted orders by shop-local day and hour (0–23): the hour × weekday heatmap."""

    __tablename__ = "orders_hourly"
    __table_args__ = {"sqlite_with_rowid": False}   # rows kept in key order: ranges read in one sweep

    day: Mapped[str] = mapped_column(DAY, primary_key=True)
    hour: Mapped[int] = mapped_column(Integer, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    orders: Mapped[int] = mapped_column(Integer, default=0)


class ProductSalesDaily(Base):
    """Order lines of counted orders by day, currency and variant (with its listing)."""

    __tablename__ = "product_sales_daily"
    __table_args__ = {"sqlite_with_rowid": False}   # rows kept in key order: ranges read in one sweep

    day: Mapped[str] = mapped_column(DAY, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    variant_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    listing_id: Mapped[int] = mapped_column(Integer, index=True)
    units: Mapped[int] = mapped_column(Integer, default=0)
    list_revenue: Mapped[int] = mapped_column(Integer, default=0)  # Σ unit_price × quantity
    revenue: Mapped[int] = mapped_column(Integer, default=0)       # Σ line total (after the line's discount)


class CampaignSalesDaily(Base):
    """Counted orders that carry a campaign, by campaign, day and currency."""

    __tablename__ = "campaign_sales_daily"
    __table_args__ = {"sqlite_with_rowid": False}   # rows kept in key order: ranges read in one sweep

    campaign_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    day: Mapped[str] = mapped_column(DAY, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    orders: Mapped[int] = mapped_column(Integer, default=0)
    units: Mapped[int] = mapped_column(Integer, default=0)
    gross: Mapped[int] = mapped_column(Integer, default=0)
    discounts: Mapped[int] = mapped_column(Integer, default=0)
    revenue: Mapped[int] = mapped_column(Integer, default=0)


class CustomerFirstOrder(Base):
    """Each customer's first counted order (earliest ``created_at``): new against returning customers."""

    __tablename__ = "customer_first_orders"

    customer_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    order_id: Mapped[int] = mapped_column(Integer)
    day: Mapped[str] = mapped_column(DAY, index=True)
    currency: Mapped[str] = mapped_column(String(3))


class ProductSalesMonthly(Base):
    """``product_sales_daily`` by shop-local month and listing: a range of many months reads whole
    months here and only its partial first and last months day by day (two years: ~190k rows
    instead of ~650k for a million orders)."""

    __tablename__ = "product_sales_monthly"
    __table_args__ = {"sqlite_with_rowid": False}

    # kept in (currency, listing, month) order: a listing's months lie together, so summing a range
    # of months per listing is one sweep with no sort
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    listing_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)   # YYYY-MM, shop-local
    units: Mapped[int] = mapped_column(Integer, default=0)
    revenue: Mapped[int] = mapped_column(Integer, default=0)       # Σ line total


class NewCustomersDaily(Base):
    """How many customers' first counted order fell on each shop-local day, per currency (the rows of
    ``customer_first_orders`` counted, kept with them)."""

    __tablename__ = "new_customers_daily"
    __table_args__ = {"sqlite_with_rowid": False}

    day: Mapped[str] = mapped_column(DAY, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    customers: Mapped[int] = mapped_column(Integer, default=0)


AGGREGATE_TABLES = ("sales_daily", "refunds_daily", "orders_hourly", "product_sales_daily",
                    "campaign_sales_daily", "customer_first_orders", "product_sales_monthly", "new_customers_daily")
