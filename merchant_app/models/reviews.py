"""Product reviews and the shop's replies to them.

``replied_at`` is not a platform field: it copies ``reply.at`` onto the row so that the reviews
view can filter for unanswered reviews and sort by reply time without reading JSON.

Every column the reviews view sorts by has an index (migration 0006), so a sort walks one index and
stops after the rows shown, at the large shop's 230k reviews as at a hundred. The product column is
the exception: it sorts by the listing's title, in another table (see ``store.queries.REVIEWS_VIEW``).

``sentiment`` and ``topics`` are not platform fields either: the console's reading of the title and
text (``services.sentiment``, the star rating not used), computed whenever a review is written to the
cache (``sync.mapping``) and for the reviews already there by migration 0009. ``sentiment`` is
``positive``, ``neutral`` or ``negative`` (indexed); ``topics`` a JSON list of topic codes
(``["shipping", "size"]``).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import ISO_TIMESTAMP, OPTIONAL_JSON, Base, PlatformRecord


class Review(PlatformRecord, Base):
    """A customer's rating (1 to 5) and text about a listing, with the shop's reply if any."""

    __tablename__ = "reviews"

    created_at: Mapped[str] = mapped_column(ISO_TIMESTAMP, index=True)
    listing_id: Mapped[int] = mapped_column(Integer, index=True)
    variant_id: Mapped[int | None] = mapped_column(Integer)
    order_id: Mapped[int | None] = mapped_column(Integer)
    customer_id: Mapped[int] = mapped_column(Integer)
    customer_name: Mapped[str] = mapped_column(String, index=True)
    rating: Mapped[int] = mapped_column(Integer, index=True)
    title: Mapped[str | None] = mapped_column(Text, index=True)
    body: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8), index=True)
    media_urls: Mapped[list[str]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(32), index=True)
    status_reason: Mapped[str | None] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(JSON)
    reply: Mapped[dict[str, Any] | None] = mapped_column(OPTIONAL_JSON)
    replied_at: Mapped[str | None] = mapped_column(ISO_TIMESTAMP, index=True)
    sentiment: Mapped[str | None] = mapped_column(String(8), index=True)
    topics: Mapped[list[str]] = mapped_column(JSON, server_default="[]")
