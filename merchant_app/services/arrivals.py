"""New orders and tickets since the user last heard of them: what the console notifies about.

The platform numbers records in the order they are created, so "new" is "an id above the highest
one already announced". That high-water mark is kept in the cache (``preferences``), per resource,
so a console closed overnight announces in one notice what arrived meanwhile, and a console that
just filled an empty cache announces nothing: the first check only sets the mark.

SLA breaches (:func:`check_sla`) are news of another kind: a ticket breaches by the passage of
time, without anything arriving. A ticket whose earliest running SLA clock (``sla_next_due``, see
``services.sla``) is past, or within ``NEAR_BREACH``, is announced once for that due time and that
stage (due soon, then breached): the marks, ticket id -> [due, stage], are kept in ``preferences``
(:data:`SLA_MARKS`), pruned to the tickets still near or past, so nothing is announced twice across
restarts, and a ticket whose clock moved on (a new customer message) can be announced again. Only
the tickets the user works on count: an agent's own and unassigned ones, everyone's for owners and
merchants. The first check of a cache only sets the marks, as for arrivals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..models import Base, utc_now_iso
from ..store import write_transaction
from ..store.queries import NEAR_BREACH, ticket_due_condition

PREFERENCES = Base.metadata.tables["preferences"]
WATCHED = {"orders": Base.metadata.tables["orders"], "tickets": Base.metadata.tables["tickets"]}
SAMPLE = 3


@dataclass(frozen=True)
class Arrival:
    resource: str                 # orders or tickets
    count: int                    # how many arrived since the last notice
    newest: list[dict] = field(default_factory=list)   # up to SAMPLE of them, newest first
    """orders: id, number, customer_name, total, currency; tickets: id, number, subject, priority."""


def _mark_key(resource: str) -> str:
    return f"notify.{resource}.last_id"


def _sample(conn, resource: str, after: int) -> list[dict]:
    table = WATCHED[resource]
    if resource == "orders":
        cols = (table.c.id, table.c.number, table.c.customer_name, table.c.total, table.c.currency)
    else:
        cols = (table.c.id, table.c.number, table.c.subject, table.c.priority)
    rows = conn.execute(select(*cols).where(table.c.id > after).order_by(table.c.id.desc()).limit(SAMPLE))
    return [dict(r._mapping) for r in rows]


def check(engine: Engine, resource: str) -> Arrival | None:
    """What arrived since the last check (and move the mark past it); None when nothing did."""
    table = WATCHED[resource]
    key = _mark_key(resource)
    with write_transaction(engine) as conn:
        mark = conn.execute(select(PREFERENCES.c.value).where(PREFERENCES.c.key == key)).scalar()
        top = conn.execute(select(func.max(table.c.id))).scalar()
        if top is None or (mark is not None and top <= mark):
            return None
        arrival = None
        if mark is not None:
            count = conn.execute(select(func.count()).where(table.c.id > mark)).scalar_one()
            arrival = Arrival(resource, count, _sample(conn, resource, mark))
        stmt = sqlite_insert(PREFERENCES).values(key=key, value=top, updated_at=utc_now_iso())
        conn.execute(stmt.on_conflict_do_update(index_elements=[PREFERENCES.c.key],
                                                set_={"value": top, "updated_at": utc_now_iso()}))
        return arrival


SLA_MARKS = "sla.notified"
"""The preference holding which tickets' breaches were announced: {ticket id: [due, stage]}."""
NEAR, BREACHED = "near", "breached"


def check_sla(engine: Engine, username: str, role: str, now: datetime | None = None) -> Arrival | None:
    """Tickets (the user's to work on) that came within ``NEAR_BREACH`` of their SLA due time, or
    passed it, since the last check -> ``Arrival("sla", count, newest)`` (newest: id, number,
    subject, priority, due, breached; the overdue first, then by due time), or None. Moves the marks."""
    now = now or datetime.now(UTC)
    tickets = WATCHED["tickets"]
    stamp = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    condition = ticket_due_condition(now, NEAR_BREACH)
    if role == "agent":
        condition = condition & or_(tickets.c.assignee == username, tickets.c.assignee.is_(None))
    with write_transaction(engine) as conn:
        marks = conn.execute(select(PREFERENCES.c.value).where(PREFERENCES.c.key == SLA_MARKS)).scalar()
        rows = conn.execute(select(tickets.c.id, tickets.c.number, tickets.c.subject, tickets.c.priority,
                                   tickets.c.sla_next_due).where(condition)
                            .order_by(tickets.c.sla_next_due, tickets.c.id)).all()
        held = marks or {}
        kept, news = {}, []
        for r in rows:
            stage = BREACHED if r.sla_next_due <= stamp else NEAR
            kept[str(r.id)] = [r.sla_next_due, stage]
            before = held.get(str(r.id))
            if before == [r.sla_next_due, BREACHED] or before == [r.sla_next_due, stage]:
                continue
            news.append({"id": r.id, "number": r.number, "subject": r.subject, "priority": r.priority,
                         "due": r.sla_next_due, "breached": stage == BREACHED})
        if marks is None or kept != held:
            stmt = sqlite_insert(PREFERENCES).values(key=SLA_MARKS, value=kept, updated_at=utc_now_iso())
            conn.execute(stmt.on_conflict_do_update(index_elements=[PREFERENCES.c.key],
                                                    set_={"value": kept, "updated_at": utc_now_iso()}))
        if marks is None or not news:
            return None
        news.sort(key=lambda t: (not t["breached"], t["due"], t["id"]))
        return Arrival("sla", len(news), news[:SAMPLE])
