"""The catalogue: listings (products) and their variants.

A listing arrives from the platform with its variants nested inside it; the cache keeps the
variants in their own table so that SKUs and prices can be searched and sorted. Variants have no
``version`` or ``updated_at`` of their own: they change, and are replaced, with their listing.
``min_price``, ``max_price`` and ``variant_count`` are not platform fields: they summarise the
variants on the listing's row so that the catalogue view can sort by price without a join.
"""

from __future__ import annotations

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import ISO_TIMESTAMP, Base, PlatformRecord


class Listing(PlatformRecord, Base):
    """A product as the shop sells it; money is in minor units of ``currency``."""

    __tablename__ = "listings"

    created_at: Mapped[str] = mapped_column(ISO_TIMESTAMP)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String)
    brand: Mapped[str | None] = mapped_column(String)
    tags: Mapped[list[str]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(32))
    blocked_reason: Mapped[str | None] = mapped_column(Text)
    currency: Mapped[str] = mapped_column(String(3))
    image_urls: Mapped[list[str]] = mapped_column(JSON)
    min_price: Mapped[int | None] = mapped_column(Integer)
    max_price: Mapped[int | None] = mapped_column(Integer)
    variant_count: Mapped[int] = mapped_column(Integer)


class Variant(Base):
    """One sellable version of a listing (a size, a colour), with its own SKU and price."""

    __tablename__ = "variants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    listing_id: Mapped[int] = mapped_column(Integer, index=True)
    sku: Mapped[str] = mapped_column(String, index=True)
    title: Mapped[str] = mapped_column(Text)
    price: Mapped[int] = mapped_column(Integer)
    compare_at_price: Mapped[int | None] = mapped_column(Integer)
    cost: Mapped[int | None] = mapped_column(Integer)
    barcode: Mapped[str | None] = mapped_column(String)
    weight_grams: Mapped[int | None] = mapped_column(Integer)
    options: Mapped[dict[str, str]] = mapped_column(JSON)
    image_urls: Mapped[list[str]] = mapped_column(JSON)
