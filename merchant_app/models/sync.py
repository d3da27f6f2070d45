"""The sync engine's bookkeeping: how far each resource has been pulled, the outbox of local
changes waiting to be pushed, the conflicts those changes ran into, and the records the platform
sent that could not be read (quarantine).

These tables belong to the cache, not the platform: their ids are local and autoincrement, and
their timestamps come from this machine's clock (in the platform's format, see ``utc_now_iso``).
"""

from __future__ import annotations

from typing import Any, Final

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from merchant_app.models.base import ISO_TIMESTAMP, Base, utc_now_iso

OUTBOX_STATES: Final = ("pending", "in_flight", "done", "conflict", "rejected", "discarded", "acknowledged")
"""``pending``: waiting to be sent (or retried); ``in_flight``: being sent now; ``done``: the platform
accepted it; ``conflict``: the record changed on the platform first (409), see ``conflicts``;
``rejected``: the platform refused it for good (4xx other than 409), never dropped silently;
``discarded``: the user settled its conflict by taking the platform's values (on the record, in
the audit log); ``acknowledged``: a rejected change the user has read and put away (kept, not deleted)."""

CONFLICT_STATES: Final = ("open", "resolved")


class SyncState(Base):
    """How far one platform resource (``listings``, ``analytics/daily``...) has been pulled."""

    __tablename__ = "sync_state"

    resource: Mapped[str] = mapped_column(String, primary_key=True)
    cursor: Mapped[str | None] = mapped_column(Text)
    """The platform's opaque paging cursor after the last page pulled; null before the first pull."""
    last_pull_at: Mapped[str | None] = mapped_column(ISO_TIMESTAMP)
    full_sync_done: Mapped[bool] = mapped_column(Boolean, default=False)
    """True once every page of the resource has been pulled at least once."""
    records: Mapped[int] = mapped_column(Integer, default=0)
    """How many live records of the resource the cache holds."""


class OutboxEntry(Base):
    """One change the user made locally, waiting to be (or already) written to the platform.

    ``idempotency_key`` is sent as the ``Idempotency-Key`` header on every attempt, so a retry
    after a lost response cannot apply the change twice; ``base_version`` is sent as ``If-Match``.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_resource", "resource", "record_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    resource: Mapped[str] = mapped_column(String)
    record_id: Mapped[int | None] = mapped_column(Integer)
    """The record changed; null for a create until the platform has answered with the new id."""
    action: Mapped[str] = mapped_column(String)
    """What the user did, for people and the audit log, e.g. ``listings.set_price``."""
    method: Mapped[str] = mapped_column(String(8))
    path: Mapped[str] = mapped_column(String)
    """The request path under the API base, e.g. ``/listings/12/price``."""
    body: Mapped[Any] = mapped_column(JSON)
    base_version: Mapped[int | None] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16), index=True, default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[float | None] = mapped_column(Float)
    """Seconds since the epoch before which the entry is not retried; null: as soon as possible."""
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[str] = mapped_column(ISO_TIMESTAMP, default=utc_now_iso)
    updated_at: Mapped[str] = mapped_column(ISO_TIMESTAMP, default=utc_now_iso, onupdate=utc_now_iso)


class Conflict(Base):
    """A local change the platform refused because the record had changed there first (409).

    Holds the three versions a person needs to decide: ``base`` (what the change was made
    against), ``local`` (the record with the change applied) and ``server`` (what the platform
    has now), and ``fields``, the names of the fields that differ.
    """

    __tablename__ = "conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox.id"), index=True)
    resource: Mapped[str] = mapped_column(String)
    record_id: Mapped[int] = mapped_column(Integer)
    base: Mapped[dict[str, Any]] = mapped_column(JSON)
    local: Mapped[dict[str, Any]] = mapped_column(JSON)
    server: Mapped[dict[str, Any]] = mapped_column(JSON)
    fields: Mapped[list[str]] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(16), default="open")
    resolution: Mapped[str | None] = mapped_column(String)
    """How it was resolved (for example ``kept_local``, ``took_server``, ``merged``); null while open."""
    created_at: Mapped[str] = mapped_column(ISO_TIMESTAMP, default=utc_now_iso)
    resolved_at: Mapped[str | None] = mapped_column(ISO_TIMESTAMP)


class QuarantinedRecord(Base):
    """A record the platform sent that the client could not read, kept verbatim instead of applied."""

    __tablename__ = "quarantine"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    resource: Mapped[str] = mapped_column(String)
    record_id: Mapped[int | None] = mapped_column(Integer)
    """The record's id when it could be read from the payload."""
    payload: Mapped[str] = mapped_column(Text)
    """The record exactly as received (text, since it may not even be valid JSON)."""
    reason: Mapped[str] = mapped_column(Text)
    received_at: Mapped[str] = mapped_column(ISO_TIMESTAMP, default=utc_now_iso)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
