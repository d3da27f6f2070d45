"""Validated platform records -> rows of the cache's tables.

The cache's column names are the records' field names (models/), so most records are rows as they
are; what differs is spelled out here: variants and order lines go to their own tables, an order's
customer is flattened, and a few columns are derived for the views (a listing's price range, when
a ticket last heard from anyone, when a review was answered).

A ticket's due columns are the console's SLA clocks (``domain.sla.dues``: business hours, paused
while awaiting the customer), computed from the record and the shop's calendar (``sync.shop``) each
time a ticket is written, by the pull and by every local change alike; the platform's wall-clock
dues are not kept. A review's ``sentiment`` and ``topics`` are likewise the console's reading of
its title and text (``domain.sentiment``), computed each time a review is written. Both are pure
domain code below this layer and the services (``merchant_app.domain``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Table

from ..domain.sentiment import analyse_review
from ..domain.sla import dues
from ..models import RECORD_TABLES, Base
from .shop import stored_calendar

VARIANTS: Table = Base.metadata.tables["variants"]
ORDER_LINES: Table = Base.metadata.tables["order_lines"]


@dataclass(frozen=True)
class Child:
    """A table whose rows travel inside the parent record (replaced whole with it)."""

    table: Table
    parent_key: str   # column of the child table pointing at the parent
    field: str        # the record's list field


CHILDREN: dict[str, Child] = {
    "listings": Child(VARIANTS, "listing_id", "variants"),
    "orders": Child(ORDER_LINES, "order_id", "lines"),
}


DICT_FIELDS = frozenset({"options", "shipping_address", "rules"})


def _defaults(table: Table) -> dict[str, object]:
    """What a missing optional field becomes: empty for required JSON (a dict or a list), else None."""
    return {col.name: ({} if col.name in DICT_FIELDS else []) if not col.nullable and isinstance(col.type, JSON)
            else None for col in table.columns}


_COLUMNS = {name: tuple(c.name for c in table.columns) for name, table in RECORD_TABLES.items()}
_DEFAULTS = {name: _defaults(table) for name, table in RECORD_TABLES.items()}
_CHILD_COLUMNS = {name: tuple(c.name for c in child.table.columns) for name, child in CHILDREN.items()}
_CHILD_DEFAULTS = {name: _defaults(child.table) for name, child in CHILDREN.items()}


def _plain(resource: str, record: dict) -> dict:
    defaults = _DEFAULTS[resource]
    return {c: record.get(c, defaults[c]) for c in _COLUMNS[resource]}


def _listing(record: dict) -> dict:
    row = _plain("listings", record)
    prices = [v["price"] for v in record["variants"]]
    row["min_price"] = min(prices) if prices else None
    row["max_price"] = max(prices) if prices else None
    row["variant_count"] = len(prices)
    return row


def _order(record: dict) -> dict:
    row = _plain("orders", record)
    customer = record["customer"]
    row["customer_id"] = customer["id"]
    row["customer_name"] = customer["name"]
    row["customer_email"] = customer.get("email")
    row["customer_phone"] = customer.get("phone")
    return row


def ticket_calendar(conn):
    """The shop's business calendar kept in the cache (None until the sync has learnt it)."""
    return stored_calendar(conn)


def _ticket(record: dict, calendar=None) -> dict:
    row = _plain("tickets", record)
    messages = record.get("messages") or []
    row["last_message_at"] = max((m["at"] for m in messages), default=None)
    row.update(dues(record, calendar))
    return row


def _review(record: dict) -> dict:
    row = _plain("reviews", record)
    reply = record.get("reply")
    row["replied_at"] = reply["at"] if reply else None
    analysis = analyse_review(record)
    row["sentiment"] = analysis.sentiment
    row["topics"] = list(analysis.topics)
    return row


ROW: dict[str, Callable[[dict], dict]] = {
    "listings": _listing,
    "orders": _order,
    "tickets": _ticket,
    "reviews": _review,
}


def record_row(resource: str, record: dict, calendar=None) -> dict:
    """The row of the resource's own table (a ticket's dues counted in ``calendar``'s business hours,
    see :func:`ticket_calendar`)."""
    if resource == "tickets":
        return _ticket(record, calendar)
    build = ROW.get(resource)
    return build(record) if build else _plain(resource, record)


def child_rows(resource: str, record: dict) -> list[dict]:
    """Rows of the child table (variants of a listing, lines of an order); [] for other resources."""
    child = CHILDREN.get(resource)
    if child is None:
        return []
    columns, defaults = _CHILD_COLUMNS[resource], _CHILD_DEFAULTS[resource]
    rows = []
    for item in record.get(child.field) or []:
        row = {c: item.get(c, defaults[c]) for c in columns}
        row[child.parent_key] = record["id"]
        rows.append(row)
    return rows


# --- and back: cache rows -> a record in the platform's shape ------------------------------------

DERIVED: dict[str, tuple[str, ...]] = {
    "listings": ("min_price", "max_price", "variant_count"),
    "orders": ("customer_id", "customer_name", "customer_email", "customer_phone"),
    "tickets": ("last_message_at", "sla_next_due"),
    "reviews": ("replied_at", "sentiment", "topics"),
}


def record_from_rows(resource: str, row: dict, children: list[dict] | None = None) -> dict:
    """The record as the platform would send it, rebuilt from its cache row (and child rows)."""
    record = {k: v for k, v in row.items() if k not in DERIVED.get(resource, ())}
    if resource == "orders":
        record["customer"] = {"id": row["customer_id"], "name": row["customer_name"],
                              "email": row["customer_email"], "phone": row["customer_phone"]}
    child = CHILDREN.get(resource)
    if child is not None:
        record[child.field] = [{k: v for k, v in c.items() if k != child.parent_key}
                               for c in sorted(children or [], key=lambda c: c["id"])]
    return record


def write_record(conn, resource: str, record: dict) -> None:
    """Replace the cache's copy of one record (row and child rows) by `record`."""
    from sqlalchemy import delete, insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    table = RECORD_TABLES[resource]
    tally = None
    if resource == "orders":  # the sales aggregates follow the order in the same transaction
        from .aggregates import Tally

        tally = Tally(conn)
        tally.remove(conn, [record["id"]])
    row = record_row(resource, record, ticket_calendar(conn) if resource == "tickets" else None)
    stmt = sqlite_insert(table).values(row)
    conn.execute(stmt.on_conflict_do_update(index_elements=[table.c.id],
                                            set_={k: stmt.excluded[k] for k in row if k != "id"}))
    child = CHILDREN.get(resource)
    if child is not None:
        conn.execute(delete(child.table).where(child.table.c[child.parent_key] == record["id"]))
        rows = child_rows(resource, record)
        if rows:
            conn.execute(insert(child.table), rows)
    if tally is not None:
        tally.add([record])
        tally.apply(conn)


def read_record(conn, resource: str, record_id: int) -> dict | None:
    """One record from the cache in the platform's shape, or None."""
    from sqlalchemy import select

    table = RECORD_TABLES[resource]
    row = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if row is None:
        return None
    child = CHILDREN.get(resource)
    children = None
    if child is not None:
        children = [dict(r) for r in conn.execute(
            select(child.table).where(child.table.c[child.parent_key] == record_id)).mappings()]
    return record_from_rows(resource, dict(row), children)


# --- field paths: "title", "variants.12.price" (an element of a list found by its id) -------------

def get_path(record: dict, path: str) -> Any:
    value: Any = record
    for part in path.split("."):
        if isinstance(value, list):
            value = next((x for x in value if isinstance(x, dict) and str(x.get("id")) == part), None)
        elif isinstance(value, dict):
            value = value.get(part)
        else:
            return None
    return value


def set_path(record: dict, path: str, new: Any) -> None:
    parts = path.split(".")
    target: Any = record
    for part in parts[:-1]:
        target = next(x for x in target if str(x.get("id")) == part) if isinstance(target, list) else target[part]
    target[parts[-1]] = new


def changed_paths(before: dict, after: dict, prefix: str = "") -> list[str]:
    """Paths of the leaves that differ; lists of records (with ids) are compared element by element."""
    out: list[str] = []
    for key in sorted(set(before) | set(after)):
        a, b = before.get(key), after.get(key)
        path = f"{prefix}{key}"
        if a == b:
            continue
        if isinstance(a, list) and isinstance(b, list) and all(isinstance(x, dict) and "id" in x for x in a + b):
            ids_a = {x["id"]: x for x in a}
            ids_b = {x["id"]: x for x in b}
            if set(ids_a) == set(ids_b):
                for i, item in ids_a.items():
                    out += changed_paths(item, ids_b[i], f"{path}.{i}.")
                continue
        out.append(path)
    return out
