"""After-sales tickets: returns, refunds, exchanges, repairs, complaints, enquiries and disputes.

A ticket arrives with its message thread and its RMA nested inside it; both are stored as JSON as
served. ``last_message_at`` is not a platform field: it is the time of the newest message, kept on
the row so that the ticket list can sort by it.

The three due columns are the console's own SLA clocks, counted in the shop's business hours and
paused while the ticket awaits the customer (``services.sla``), not the platform's wall-clock ones;
``sla_next_due`` is the earliest running one, for the queue's sort and its "breaching soon".
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import ISO_TIMESTAMP, OPTIONAL_JSON, Base, PlatformRecord


class Ticket(PlatformRecord, Base):
    """One after-sales case with its SLA due times; ``number`` is the human-facing ``AS-000123``."""

    __tablename__ = "tickets"

    number: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[str] = mapped_column(ISO_TIMESTAMP)
    type: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32), index=True)
    priority: Mapped[str] = mapped_column(String(16))
    subject: Mapped[str] = mapped_column(Text)
    customer_id: Mapped[int] = mapped_column(Integer, index=True)
    customer_name: Mapped[str] = mapped_column(String)
    order_id: Mapped[int | None] = mapped_column(Integer, index=True)
    order_number: Mapped[str | None] = mapped_column(String)
    line_ids: Mapped[list[int]] = mapped_column(JSON)
    assignee: Mapped[str | None] = mapped_column(String, index=True)
    tags: Mapped[list[str]] = mapped_column(JSON)
    requested_amount: Mapped[int | None] = mapped_column(Integer)
    first_response_due: Mapped[str | None] = mapped_column(ISO_TIMESTAMP)
    next_response_due: Mapped[str | None] = mapped_column(ISO_TIMESTAMP)
    resolution_due: Mapped[str | None] = mapped_column(ISO_TIMESTAMP)
    first_responded_at: Mapped[str | None] = mapped_column(ISO_TIMESTAMP)
    resolved_at: Mapped[str | None] = mapped_column(ISO_TIMESTAMP)
    closed_at: Mapped[str | None] = mapped_column(ISO_TIMESTAMP)
    rma: Mapped[dict[str, Any] | None] = mapped_column(OPTIONAL_JSON)
    dispute_deadline: Mapped[str | None] = mapped_column(ISO_TIMESTAMP)
    replacement_order_id: Mapped[int | None] = mapped_column(Integer)
    """Exchanges: the order the platform created to ship the replacement (migration 0008)."""
    replacement_order_number: Mapped[str | None] = mapped_column(String)
    messages: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    last_message_at: Mapped[str | None] = mapped_column(ISO_TIMESTAMP)
    sla_next_due: Mapped[str] = mapped_column(ISO_TIMESTAMP, index=True, server_default="9999")
    """The earliest running SLA due time; ``9998-12-31...`` when the clocks are paused, ``9999`` when none runs."""
