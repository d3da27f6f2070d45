"""The declarative base every table of the local cache shares, and the column kinds they reuse.

Constraint and index names follow one convention (``NAMING_CONVENTION``) so that Alembic
migrations name what they create and drop the same way on every machine, instead of relying on
names the database invents.

Timestamps are stored as the platform sends them: ISO 8601 UTC strings with microseconds and a
trailing ``Z`` (``2026-11-20T09:15:02.123456Z``). Their format is fixed, so they sort and compare
correctly as strings, and a page of records can be upserted without converting a single field.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ISO_TIMESTAMP = String(32)
"""The column type of a timestamp: an ISO 8601 UTC string kept exactly as it was written.

32 characters hold ``YYYY-MM-DDTHH:MM:SS.ffffffZ`` (27) or the same instant with an offset.
"""


def utc_now_iso() -> str:
    """Now, in the platform's timestamp format (``2026-11-20T09:15:02.123456Z``), for the cache's own bookkeeping."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


OPTIONAL_JSON = JSON(none_as_null=True)
"""The column type of a JSON value that may be absent: Python ``None`` is stored as SQL ``NULL``
(not as the JSON text ``null``), so ``IS NULL`` finds it. Plain ``JSON`` is for values always present."""


class Base(DeclarativeBase):
    """The declarative base of the local cache: one ``MetaData`` for every table, one naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class PlatformRecord:
    """The bookkeeping columns every platform record table starts with.

    ``id`` comes from the platform (never generated locally, hence no autoincrement); ``version``
    is the record's version, sent back as ``If-Match`` on writes; ``updated_at`` is when the record
    last changed on the platform.
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False, sort_order=-3)
    version: Mapped[int] = mapped_column(Integer, sort_order=-2)
    updated_at: Mapped[str] = mapped_column(ISO_TIMESTAMP, sort_order=-1)
