"""Today at a glance: the figures the Home view shows, each with the filtered list behind it.

Every figure is one indexed SQL count over the cache, so Home stays instant with a million orders.
"Today" is the shop's day (its time zone, as the platform gives it), as in the platform's own
reports, not the day of the computer the console runs on.

Definitions (the Home view says them in its tooltips):

- **new orders**: orders placed since midnight, shop time; compared with yesterday up to the same
  time of day. Revenue (paid orders, before refunds) only for roles that may read revenue.
- **to ship**: the Orders view's "to ship" (``store.queries.TO_SHIP``: paid, processing, partially
  shipped, or cash on delivery before payment; units left to ship; not refunded in full); how many
  of them are high risk, and since when the oldest has been waiting.
- **tickets near SLA breach**: tickets being worked on (not resolved or closed, and not paused
  waiting for the customer) whose next due time — first response, next response or resolution,
  whichever comes first — is less than :data:`NEAR_BREACH` away, or already past.
- **low stock**: stock levels at or below their low-stock threshold, of which how many are out.
- **unanswered negative reviews**: published reviews of one or two stars without a reply.
- **running campaigns**: campaigns active now, and how many of them end within a day.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Connection, and_, case, func, select

from ..models import Base
from ..store.queries import (  # each figure is its view's own filter, so a click shows what was counted
    AWAITING_REPLY,
    NEAR_BREACH,
    STOCK_VIEW,
    TO_SHIP,
    FilterState,
    campaigns_running,
    ticket_due_condition,
    ticket_first_due,
)
from .permissions import allowed

ORDERS = Base.metadata.tables["orders"]
TICKETS = Base.metadata.tables["tickets"]
REVIEWS = Base.metadata.tables["reviews"]
CAMPAIGNS = Base.metadata.tables["campaigns"]

NEGATIVE_RATING = 2


@dataclass(frozen=True)
class Glance:
    key: str                # new_orders, to_ship, tickets_due, low_stock, negative_reviews, campaigns
    count: int
    view: str               # the view listing these records
    filters: dict[str, Any]  # that view's filters showing exactly them
    facts: dict[str, Any] = field(default_factory=dict)


def shop_zone(shop: dict) -> tzinfo:
    """The shop's time zone; the computer's own when the platform does not say or names an unknown one."""
    name = shop.get("timezone")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return datetime.now().astimezone().tzinfo


def iso(moment: datetime) -> str:
    """A moment as the cache writes timestamps, so that string comparison orders them."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def start_of_day(now: datetime, zone: tzinfo) -> datetime:
    local = now.astimezone(zone)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def at_a_glance(conn: Connection, role: str, shop: dict, now: datetime | None = None) -> list[Glance]:
    now = now or datetime.now(UTC)
    zone = shop_zone(shop)
    midnight = start_of_day(now, zone)
    revenue = allowed(role, "analytics:read")
    out: list[Glance] = []

    placed_today = and_(ORDERS.c.created_at >= iso(midnight), ORDERS.c.created_at <= iso(now))
    counts = [func.count()]
    if revenue:
        counts.append(func.coalesce(func.sum(case((ORDERS.c.status.notin_(("cancelled", "pending_payment")),
                                                    ORDERS.c.total), else_=0)), 0))
    row = conn.execute(select(*counts).where(placed_today)).one()
    yesterday = conn.execute(select(func.count()).where(
        ORDERS.c.created_at >= iso(midnight - timedelta(days=1)),
        ORDERS.c.created_at <= iso(now - timedelta(days=1)))).scalar_one()
    facts = {"yesterday": yesterday, "currency": shop.get("currency") or "CNY"}
    if revenue:
        facts["revenue"] = row[1]
    out.append(Glance("new_orders", row[0], "orders", {"created": "today"}, facts))

    row = conn.execute(select(func.count(), func.coalesce(func.sum(case((ORDERS.c.risk_level == "high", 1),
                                                                         else_=0)), 0),
                              func.min(func.coalesce(ORDERS.c.paid_at, ORDERS.c.created_at)))
                       .where(TO_SHIP)).one()
    out.append(Glance("to_ship", row[0], "orders", {"status": "to_ship"},
                      {"high_risk": row[1], "oldest": row[2]}))

    due = ticket_first_due()
    row = conn.execute(select(func.count(), func.coalesce(func.sum(case((due < iso(now), 1), else_=0)), 0))
                       .where(ticket_due_condition(now))).one()
    out.append(Glance("tickets_due", row[0], "tickets", {"queue": "breaching"},
                      {"overdue": row[1], "within_hours": NEAR_BREACH.total_seconds() / 3600}))

    low = STOCK_VIEW.count(conn, FilterState({"stock": "low"}))
    out_of_stock = STOCK_VIEW.count(conn, FilterState({"stock": "out"}))
    out.append(Glance("low_stock", low + out_of_stock, "stock", {"stock": "low_or_out"}, {"out": out_of_stock}))

    unanswered = and_(REVIEWS.c.rating <= NEGATIVE_RATING, AWAITING_REPLY)   # the Reviews view's own filter
    row = conn.execute(select(func.count(), func.min(REVIEWS.c.created_at)).where(unanswered)).one()
    out.append(Glance("negative_reviews", row[0], "reviews", {"rating": "negative", "replied": "no"},
                      {"oldest": row[1]}))

    running = campaigns_running(now)   # the Campaigns view's "Running"
    columns = [func.count(), func.coalesce(func.sum(case((CAMPAIGNS.c.ends_at <= iso(now + timedelta(days=1)), 1),
                                                          else_=0)), 0), func.min(CAMPAIGNS.c.ends_at)]
    row = conn.execute(select(*columns).where(running)).one()
    out.append(Glance("campaigns", row[0], "campaigns", {"status": "active"},
                      {"ending_soon": row[1], "ends_first": row[2]}))
    return out


def oldest_to_ship(conn: Connection, limit: int = 5) -> list[dict]:
    """The orders that have waited longest for shipping (paid first, so the clock starts at payment)."""
    waiting = func.coalesce(ORDERS.c.paid_at, ORDERS.c.created_at)
    rows = conn.execute(select(ORDERS.c.id, ORDERS.c.number, ORDERS.c.customer_name, ORDERS.c.total,
                               ORDERS.c.currency, ORDERS.c.risk_level, waiting.label("waiting_since"))
                        .where(TO_SHIP).order_by(waiting, ORDERS.c.id).limit(limit))
    return [dict(r._mapping) for r in rows]


def restock_first(conn: Connection, limit: int = 5) -> list[dict]:
    """The stock levels most in need of restocking, the least available first (the Stock view's rows)."""
    keys = [c.key for c in STOCK_VIEW.columns]
    rows = STOCK_VIEW.window(conn, FilterState({"stock": "low_or_out"}), 0, limit, sort="available", descending=False)
    return [{"id": r[0], **dict(zip(keys, r[1:1 + len(keys)], strict=True)), "threshold": r[-1]} for r in rows]
