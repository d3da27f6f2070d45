"""Orders and their lines.

An order arrives with its customer, lines, fulfilments, refunds and event history nested inside
it. The cache flattens the customer into ``customer_*`` columns (order lists show and filter by
them), keeps the lines in ``order_lines`` (searchable by SKU and listing), and stores the rest as
JSON exactly as served: they are read with their order, never queried on their own.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import ISO_TIMESTAMP, OPTIONAL_JSON, Base, PlatformRecord


class Order(PlatformRecord, Base):
    """A customer's order; every amount is in minor units of ``currency``."""

    __tablename__ = "orders"
    # Every column the orders view sorts by has an index: a sort is a walk down one index, stopped
    # after the rows shown, at a million orders as at a thousand (migration 0005).

    number: Mapped[str] = mapped_column(String, index=True)
    """Unique within one history of the shop; not a constraint here, so that a cache following a
    regenerated or restored platform never trips over a stale order holding a reused number."""
    created_at: Mapped[str] = mapped_column(ISO_TIMESTAMP, index=True)
    status: Mapped[str] = mapped_column(String(32), index=True)
    financial_status: Mapped[str] = mapped_column(String(32), index=True)
    fulfillment_status: Mapped[str] = mapped_column(String(32), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    subtotal: Mapped[int] = mapped_column(Integer)
    discount_total: Mapped[int] = mapped_column(Integer)
    shipping_total: Mapped[int] = mapped_column(Integer)
    tax_total: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer, index=True)
    paid_total: Mapped[int] = mapped_column(Integer)
    refunded_total: Mapped[int] = mapped_column(Integer)
    payment_method: Mapped[str] = mapped_column(String(32), index=True)
    channel: Mapped[str] = mapped_column(String(32), index=True)
    customer_id: Mapped[int] = mapped_column(Integer, index=True)
    customer_name: Mapped[str] = mapped_column(String, index=True)
    customer_email: Mapped[str | None] = mapped_column(String)
    customer_phone: Mapped[str | None] = mapped_column(String)
    shipping_address: Mapped[dict[str, Any]] = mapped_column(JSON)
    risk_level: Mapped[str] = mapped_column(String(16), index=True)
    campaign_ids: Mapped[list[int]] = mapped_column(JSON)
    coupon_code: Mapped[str | None] = mapped_column(String)
    fulfilments: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    refunds: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    events: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    paid_at: Mapped[str | None] = mapped_column(ISO_TIMESTAMP)
    cancelled_at: Mapped[str | None] = mapped_column(ISO_TIMESTAMP)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    delivered_at: Mapped[str | None] = mapped_column(ISO_TIMESTAMP)
    completed_at: Mapped[str | None] = mapped_column(ISO_TIMESTAMP)
    replacement_for: Mapped[dict[str, Any] | None] = mapped_column(OPTIONAL_JSON)
    """A replacement order: ``{ticket_id, ticket_number, order_id, order_number}`` of its exchange (migration 0008)."""


class OrderLine(Base):
    """One line of an order: a variant, a quantity, what was charged, and how much shipped or came back.

    Lines have no ``version`` of their own: they change with their order.
    """

    __tablename__ = "order_lines"
    __table_args__ = (
        # by variant, with the order: the stock view's sales of a variant, and the orders of a SKU
        # found by search, answer from the index alone (migration 0005 added ``order_id``)
        Index("ix_order_lines_variant_id", "variant_id", "order_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    order_id: Mapped[int] = mapped_column(Integer, index=True)
    listing_id: Mapped[int] = mapped_column(Integer, index=True)
    variant_id: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String, index=True)
    title: Mapped[str] = mapped_column(Text)
    location_id: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer)
    discount: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    fulfilled_quantity: Mapped[int] = mapped_column(Integer)
    refunded_quantity: Mapped[int] = mapped_column(Integer)
