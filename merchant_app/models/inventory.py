"""Stock: locations, the stock level of each variant at each location, and the adjustment history."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import ISO_TIMESTAMP, Base, PlatformRecord


class Location(PlatformRecord, Base):
    """A place stock is kept and shipped from (a warehouse, a shop floor)."""

    __tablename__ = "locations"

    name: Mapped[str] = mapped_column(String)
    code: Mapped[str] = mapped_column(String)
    allows_backorder: Mapped[bool] = mapped_column(Boolean)


class InventoryLevel(PlatformRecord, Base):
    """The stock of one variant at one location (platform resource ``inventory``).

    ``available`` is ``on_hand - committed``; it goes below zero only where the location allows
    backorders. ``listing_id`` and ``sku`` are copied from the variant so stock lists need no join.
    """

    __tablename__ = "inventory_levels"

    variant_id: Mapped[int] = mapped_column(Integer, index=True)
    listing_id: Mapped[int] = mapped_column(Integer, index=True)
    sku: Mapped[str] = mapped_column(String, index=True)
    location_id: Mapped[int] = mapped_column(Integer)
    on_hand: Mapped[int] = mapped_column(Integer)
    committed: Mapped[int] = mapped_column(Integer)
    available: Mapped[int] = mapped_column(Integer)


class InventoryAdjustment(PlatformRecord, Base):
    """One change of an inventory level's ``on_hand``: how much, why, by whom, and the result."""

    __tablename__ = "inventory_adjustments"

    created_at: Mapped[str] = mapped_column(ISO_TIMESTAMP)
    inventory_level_id: Mapped[int] = mapped_column(Integer, index=True)
    variant_id: Mapped[int] = mapped_column(Integer)
    location_id: Mapped[int] = mapped_column(Integer)
    delta: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    on_hand_after: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String)


class StockRule(Base):
    """The merchant's own stock settings for one variant (local to this cache, not a platform record).

    Null means "the shop default" (``preferences``): ``low_stock_threshold`` is the units available
    at or below which the variant counts as low; ``lead_time_days`` how long a reorder takes to
    arrive; ``safety_stock`` the units kept in reserve against a demand spike.
    """

    __tablename__ = "stock_rules"

    variant_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    low_stock_threshold: Mapped[int | None] = mapped_column(Integer)
    lead_time_days: Mapped[int | None] = mapped_column(Integer)
    safety_stock: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[str] = mapped_column(ISO_TIMESTAMP)
