"""Home's figures and the new-order/ticket notices, over a cache pulled from the demo shop.

Each figure is checked against the same definition written in plain Python over every record, at
moments chosen around the shop's midnight (Asia/Shanghai, 16:00 UTC) and an SLA boundary.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, insert, select, text

from merchant_app.models import Base
from merchant_app.platform.client import PlatformClient
from merchant_app.sandbox.app import SandboxConfig
from merchant_app.sandbox.server import SandboxServer
from merchant_app.services import arrivals, home
from merchant_app.store import open_cache
from merchant_app.sync.pull import Puller

SHOP = {"timezone": "Asia/Shanghai", "currency": "CNY"}
T = Base.metadata.tables


@pytest.fixture(scope="module")
def cache(shop_template, tmp_path_factory):
    root = tmp_path_factory.mktemp("home")
    shutil.copyfile(shop_template, root / "shop.db")
    with SandboxServer(SandboxConfig(db_url=f"sqlite:///{root / 'shop.db'}", live_activity=False)) as server:
        client = PlatformClient(server.url)
        client.sign_in("owner", "demo")
        engine = open_cache(root / "cache.sqlite")
        Puller(engine, client).pull_all()
        client.close()
    yield engine
    engine.dispose()


def rows(conn, table: str) -> list[dict]:
    return [dict(r) for r in conn.execute(select(T[table])).mappings()]


def at(text_: str) -> datetime:
    return datetime.fromisoformat(text_.replace("Z", "+00:00"))


def oracle(conn, now: datetime, role: str) -> dict[str, tuple]:
    """Home's definitions (services/home.py docstring), record by record."""
    zone = ZoneInfo("Asia/Shanghai")
    midnight = now.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    orders = rows(conn, "orders")
    today = [o for o in orders if midnight <= at(o["created_at"]) <= now]
    yesterday = [o for o in orders if midnight - timedelta(days=1) <= at(o["created_at"]) <= now - timedelta(days=1)]
    revenue = sum(o["total"] for o in today if o["status"] not in ("cancelled", "pending_payment"))
    to_ship = [o for o in orders if (o["status"] in ("paid", "processing", "partially_shipped")
                                     or (o["status"] == "pending_payment" and o["payment_method"] == "cash_on_delivery"))
               and o["fulfillment_status"] != "fulfilled" and o["financial_status"] not in ("refunded", "voided")]

    def first_due(t):
        dues = [t["next_response_due"], t["resolution_due"]]
        if t["first_responded_at"] is None:
            dues.append(t["first_response_due"])
        dues = [at(d) for d in dues if d]
        return min(dues) if dues else None

    working = [t for t in rows(conn, "tickets") if t["status"] not in ("resolved", "closed", "awaiting_customer")]
    due = [t for t in working if first_due(t) is not None and first_due(t) < now + timedelta(hours=2)]
    overdue = [t for t in due if first_due(t) < now]
    thresholds = {r["variant_id"]: r["low_stock_threshold"] for r in rows(conn, "stock_rules")
                  if r["low_stock_threshold"] is not None}
    shop_default = conn.execute(text("SELECT value FROM preferences WHERE key = 'stock.low_threshold'")).scalar() or 5
    levels = [lv for lv in rows(conn, "inventory_levels")
              if lv["available"] <= thresholds.get(lv["variant_id"], shop_default)]
    reviews = [r for r in rows(conn, "reviews") if r["rating"] <= 2 and r["reply"] is None and r["status"] == "published"]
    campaigns = [c for c in rows(conn, "campaigns")
                 if c["status"] == "active" and at(c["starts_at"]) <= now < at(c["ends_at"])]
    return {
        "new_orders": (len(today), len(yesterday), revenue if role != "agent" else None),
        "to_ship": (len(to_ship), sum(o["risk_level"] == "high" for o in to_ship)),
        "tickets_due": (len(due), len(overdue)),
        "low_stock": (len(levels), sum(lv["available"] <= 0 for lv in levels)),
        "negative_reviews": (len(reviews),),
        "campaigns": (len(campaigns), sum(at(c["ends_at"]) <= now + timedelta(days=1) for c in campaigns)),
    }


def figures(glances: list[home.Glance]) -> dict[str, tuple]:
    g = {x.key: x for x in glances}
    return {
        "new_orders": (g["new_orders"].count, g["new_orders"].facts["yesterday"], g["new_orders"].facts.get("revenue")),
        "to_ship": (g["to_ship"].count, g["to_ship"].facts["high_risk"]),
        "tickets_due": (g["tickets_due"].count, g["tickets_due"].facts["overdue"]),
        "low_stock": (g["low_stock"].count, g["low_stock"].facts["out"]),
        "negative_reviews": (g["negative_reviews"].count,),
        "campaigns": (g["campaigns"].count, g["campaigns"].facts["ending_soon"]),
    }


def moments(conn) -> list[datetime]:
    """Around the newest order: just before and after the shop's midnight, and mid-afternoon."""
    newest = at(conn.execute(text("SELECT max(created_at) FROM orders")).scalar())
    local_midnight = newest.astimezone(ZoneInfo("Asia/Shanghai")).replace(hour=0, minute=0, second=0, microsecond=0)
    return [local_midnight - timedelta(minutes=1), local_midnight + timedelta(minutes=1),
            local_midnight + timedelta(hours=15), newest + timedelta(hours=1)]


@pytest.mark.parametrize("role", ["owner", "agent"])
def test_every_figure_follows_its_definition(cache, role):
    with cache.connect() as conn:
        for now in moments(conn):
            assert figures(home.at_a_glance(conn, role, SHOP, now)) == oracle(conn, now, role), now
        seen = figures(home.at_a_glance(conn, role, SHOP, moments(conn)[2]))
    assert all(v[0] > 0 for k, v in seen.items() if k != "campaigns"), "the demo shop exercises each figure"


def test_today_is_the_shops_day_not_the_computers(cache):
    with cache.connect() as conn:
        now = moments(conn)[1]   # 00:01 in Shanghai, 16:01 UTC the day before
        shanghai = home.at_a_glance(conn, "owner", SHOP, now)[0]
        utc = home.at_a_glance(conn, "owner", {**SHOP, "timezone": "UTC"}, now)[0]
    assert shanghai.count <= 2, "a minute after the shop's midnight, hardly any order is from today"
    assert utc.count > shanghai.count, "in UTC that moment is late afternoon"
    assert home.shop_zone({"timezone": "Not/AZone"}) is not None, "an unknown zone falls back to the computer's"


def test_each_figure_names_the_filtered_list_that_shows_it(cache):
    with cache.connect() as conn:
        glances = {g.key: g for g in home.at_a_glance(conn, "owner", SHOP)}
        from merchant_app.store.queries import STOCK_VIEW, FilterState
        assert STOCK_VIEW.count(conn, FilterState(glances["low_stock"].filters)) == glances["low_stock"].count
        to_ship = home.oldest_to_ship(conn)
        restock = home.restock_first(conn)
    assert (glances["to_ship"].view, glances["to_ship"].filters) == ("orders", {"status": "to_ship"})
    assert [o["waiting_since"] for o in to_ship] == sorted(o["waiting_since"] for o in to_ship)
    assert [s["available"] for s in restock] == sorted(s["available"] for s in restock)
    assert all(s["available"] <= s["threshold"] for s in restock)


def test_arrivals_are_announced_once_and_the_first_look_only_sets_the_mark(cache):
    with cache.begin() as conn:
        conn.execute(delete(T["preferences"]).where(T["preferences"].c.key.like("notify.%")))
        top = conn.execute(text("SELECT max(id) FROM orders")).scalar()
        template = dict(conn.execute(select(T["orders"]).where(T["orders"].c.id == top)).mappings().one())
    assert arrivals.check(cache, "orders") is None, "a cache seen for the first time announces nothing"
    assert arrivals.check(cache, "orders") is None
    with cache.begin() as conn:
        for i in (1, 2, 3, 4):
            conn.execute(insert(T["orders"]).values({**template, "id": top + i, "number": f"NEW-{i}"}))
    try:
        arrival = arrivals.check(cache, "orders")
        assert arrival is not None and arrival.count == 4
        assert [o["number"] for o in arrival.newest] == ["NEW-4", "NEW-3", "NEW-2"], "newest first, three of them"
        assert arrivals.check(cache, "orders") is None, "announced once"
    finally:
        with cache.begin() as conn:
            conn.execute(delete(T["orders"]).where(T["orders"].c.id > top))
