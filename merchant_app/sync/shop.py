"""The shop definition the SLA clocks depend on, kept in the cache.

The puller asks the platform for the shop (``GET /v1/me``) before it writes tickets and hands it to
:func:`remember_shop`, which keeps its calendar and SLA targets in ``preferences``
(``domain.sla.PREFERENCE``) and, when they changed, computes every cached ticket's due columns again
in the same transaction. :func:`stored_calendar` is the calendar the mapping counts a ticket's dues
in. The clocks themselves are pure (:mod:`merchant_app.domain.sla`).
"""

from __future__ import annotations

import json

from sqlalchemy import bindparam, select
from sqlalchemy import text as sql
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..domain.sla import PREFERENCE, Calendar, calendar_of, definition, dues
from ..models import RECORD_TABLES, Base, utc_now_iso
from ..store import write_transaction

TICKET_FIELDS = ("id", "created_at", "status", "priority", "first_responded_at", "resolved_at", "closed_at",
                 "messages", "first_response_due", "next_response_due", "resolution_due")


def stored_calendar(conn) -> Calendar | None:
    """The calendar of the shop this cache belongs to, or None when the sync has not learnt it yet."""
    raw = conn.execute(sql("SELECT value FROM preferences WHERE key = :k"), {"k": PREFERENCE}).scalar()
    return calendar_of(raw) if raw else None


def recompute(conn, calendar: Calendar | None) -> int:
    """Compute every cached ticket's due columns again (after the calendar changed) -> tickets updated."""
    table = RECORD_TABLES["tickets"]
    rows = conn.execute(select(*(table.c[f] for f in TICKET_FIELDS))).mappings().all()
    updates = [{"_id": r["id"], **dues(r, calendar)} for r in rows]
    if updates:
        stmt = table.update().where(table.c.id == bindparam("_id")).values(
            {k: bindparam(k) for k in ("first_response_due", "next_response_due", "resolution_due", "sla_next_due")})
        conn.execute(stmt, updates)
    return len(updates)


def remember_shop(engine, shop: dict | None) -> bool:
    """Keep the shop definition in the cache; when what the clocks depend on changed, compute every
    ticket's dues again in the same transaction. -> whether it changed."""
    wanted = definition(shop)
    if not any(wanted.values()):
        return False
    preferences = Base.metadata.tables["preferences"]
    text = json.dumps(wanted, sort_keys=True, ensure_ascii=False)
    with write_transaction(engine) as conn:
        held = conn.execute(select(preferences.c.value).where(preferences.c.key == PREFERENCE)).scalar()
        if held is not None and json.dumps(held, sort_keys=True, ensure_ascii=False) == text:
            return False
        stmt = sqlite_insert(preferences).values(key=PREFERENCE, value=wanted, updated_at=utc_now_iso())
        conn.execute(stmt.on_conflict_do_update(index_elements=[preferences.c.key],
                                                set_={"value": wanted, "updated_at": utc_now_iso()}))
        recompute(conn, calendar_of(text))
        return True
