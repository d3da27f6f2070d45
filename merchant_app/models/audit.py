"""The audit log: who changed what in the cache, when, and what it looked like before and after."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import ISO_TIMESTAMP, OPTIONAL_JSON, Base, utc_now_iso


class AuditEntry(Base):
    """One change a user made, written in the same transaction as the change itself.

    ``outbox_key`` is the idempotency key of the outbox entry that carries the change to the
    platform (null for local-only changes); ``synced`` turns true once the platform accepted it.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(ISO_TIMESTAMP, default=utc_now_iso)
    actor: Mapped[str] = mapped_column(String)
    action: Mapped[str] = mapped_column(String)
    resource: Mapped[str] = mapped_column(String)
    record_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(OPTIONAL_JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(OPTIONAL_JSON)
    outbox_key: Mapped[str | None] = mapped_column(String(64), index=True)
    synced: Mapped[bool] = mapped_column(Boolean, default=False)
