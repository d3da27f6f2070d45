"""Marketing campaigns and the daily traffic figures the dashboards chart."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import ISO_TIMESTAMP, Base, PlatformRecord


class Campaign(PlatformRecord, Base):
    """A discount or promotion over a time window; ``budget`` and ``spent`` are minor units of ``currency``."""

    __tablename__ = "campaigns"

    created_at: Mapped[str] = mapped_column(ISO_TIMESTAMP)
    name: Mapped[str] = mapped_column(String)
    type: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    starts_at: Mapped[str] = mapped_column(ISO_TIMESTAMP)
    ends_at: Mapped[str] = mapped_column(ISO_TIMESTAMP)
    currency: Mapped[str] = mapped_column(String(3))
    budget: Mapped[int | None] = mapped_column(Integer)
    spent: Mapped[int] = mapped_column(Integer)
    redemptions: Mapped[int] = mapped_column(Integer)
    listing_ids: Mapped[list[int]] = mapped_column(JSON)
    rules: Mapped[dict[str, Any]] = mapped_column(JSON)


class AnalyticsDaily(PlatformRecord, Base):
    """Visits and sessions of one shop-local day (``date`` is ``YYYY-MM-DD``) for the shop, a listing or a campaign.

    Platform resource ``analytics/daily``; ``scope_id`` is null when ``scope`` is ``shop``.
    """

    __tablename__ = "analytics_daily"

    date: Mapped[str] = mapped_column(String(10), index=True)
    scope: Mapped[str] = mapped_column(String(16))
    scope_id: Mapped[int | None] = mapped_column(Integer)
    visits: Mapped[int] = mapped_column(Integer)
    sessions: Mapped[int] = mapped_column(Integer)
