"""New orders and tickets since the user last heard of them: what the console notifies about.

The platform numbers records in the order they are created, so "new" is "an id above the highest
one already announced". That high-water mark is kept in the cache (``preferences``), per resource,
so a console closed overnight announces in one notice what arrived meanwhile, and a console that
just filled an empty cache announces nothing: the first check only sets the mark.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..models import Base, utc_now_iso
from ..store import write_transaction

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
