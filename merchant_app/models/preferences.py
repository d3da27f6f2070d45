"""Shop-wide settings the merchant chooses in the console (local to this cache, not platform data)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import ISO_TIMESTAMP, Base


class Preference(Base):
    """One setting by name, e.g. ``stock.low_threshold`` = 5; see ``services.stock.DEFAULTS``."""

    __tablename__ = "preferences"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[str] = mapped_column(ISO_TIMESTAMP)
