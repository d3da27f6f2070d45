"""Product reviews and the shop's replies to them.

``replied_at`` is not a platform field: it copies ``reply.at`` onto the row so that the reviews
view can filter for unanswered reviews and sort by reply time without reading JSON.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import ISO_TIMESTAMP, OPTIONAL_JSON, Base, PlatformRecord


class Review(PlatformRecord, Base):
    """A customer's rating (1 to 5) and text about a listing, with the shop's reply if any."""

    __tablename__ = "reviews"

    created_at: Mapped[str] = mapped_column(ISO_TIMESTAMP)
    listing_id: Mapped[int] = mapped_column(Integer, index=True)
    variant_id: Mapped[int | None] = mapped_column(Integer)
    order_id: Mapped[int | None] = mapped_column(Integer)
    customer_id: Mapped[int] = mapped_column(Integer)
    customer_name: Mapped[str] = mapped_column(String)
    rating: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8))
    media_urls: Mapped[list[str]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(32))
    status_reason: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(JSON)
    reply: Mapped[dict[str, Any] | None] = mapped_column(OPTIONAL_JSON)
    replied_at: Mapped[str | None] = mapped_column(ISO_TIMESTAMP)
