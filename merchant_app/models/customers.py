"""The shop's customers."""

from __future__ import annotations

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import ISO_TIMESTAMP, Base, PlatformRecord


class Customer(PlatformRecord, Base):
    """Someone who bought from the shop or wrote to it."""

    __tablename__ = "customers"

    created_at: Mapped[str] = mapped_column(ISO_TIMESTAMP)
    name: Mapped[str] = mapped_column(String)
    email: Mapped[str | None] = mapped_column(String)
    phone: Mapped[str | None] = mapped_column(String)
    country: Mapped[str] = mapped_column(String)
    province: Mapped[str | None] = mapped_column(String)
    city: Mapped[str | None] = mapped_column(String)
    tags: Mapped[list[str]] = mapped_column(JSON)
