"""The sales and campaign figures (services.metrics, from the aggregate tables the sync keeps)
against an independent computation in plain SQL over the orders of the same cache.

The SQL here is written for the test from docs/metrics.md — which orders count, shop-local days,
refunds dated when given, money per currency — and shares no code with the service or the sync.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import text

import merchant_app.services  # noqa: F401 - registers the mutations
from merchant_app.cli import main
from merchant_app.services import metrics
from merchant_app.services.edits import Actor, perform
from merchant_app.sync import aggregates

from .conftest import admin, find

OWNER = Actor("owner", "owner")
COUNTED = ("(o.financial_status IN ('paid', 'partially_refunded', 'refunded') "
           "OR (o.financial_status = 'pending' AND o.payment_method = 'cash_on_delivery'))")

# shop-local time of a UTC timestamp column, per zone, in SQLite's own date functions
LOCAL = {
    "Asia/Shanghai": "datetime({ts}, '+8 hours')",
    "Asia/Kolkata": "datetime({ts}, '+330 minutes')",   # half an hour off: not a whole-hour offset
    # New York's daylight saving from 2024 to early 2027, transitions in UTC
    "America/New_York": "datetime({ts}, CASE WHEN {ts} >= '2026-11-01T06' THEN '-5 hours' "
                        "WHEN {ts} >= '2026-03-08T07' THEN '-4 hours' WHEN {ts} >= '2025-11-02T06' THEN '-5 hours' "
                        "WHEN {ts} >= '2025-03-09T07' THEN '-4 hours' WHEN {ts} >= '2024-11-03T06' THEN '-5 hours' "
                        "WHEN {ts} >= '2024-03-10T07' THEN '-4 hours' ELSE '-5 hours' END)",
}
RANGES = [
    (date(2020, 1, 1), date(2030, 12, 31)),     # everything
    (date(2026, 10, 1), date(2026, 10, 31)),    # a month
    (date(2026, 10, 27), date(2026, 11, 4)),    # across New York's change of clocks
    (date(2026, 11, 11), date(2026, 11, 11)),   # one day
    (date(2025, 6, 1), date(2025, 12, 31)),
]


def day_of(zone: str, ts: str) -> str:
    return f"date({LOCAL[zone].format(ts=ts)})"


def plain_totals(conn, zone: str, start: date, end: date) -> dict:
    p = {"s": start.isoformat(), "e": end.isoformat()}
    day = day_of(zone, "o.created_at")
    out: dict = {}
    for cur, orders, gross, discounts, shipping, tax in conn.execute(text(
            f"SELECT o.currency, count(*), sum(o.subtotal), sum(o.discount_total), sum(o.shipping_total), "
            f"sum(o.tax_total) FROM orders o WHERE {COUNTED} AND {day} BETWEEN :s AND :e GROUP BY 1"), p):
        out[cur] = {"orders": orders, "gross": gross, "discounts": discounts, "revenue": gross - discounts,
                    "shipping": shipping, "tax": tax, "units": 0, "refunds": 0, "refunded": 0, "new_customers": 0}
    blank = {k: 0 for k in ("orders", "gross", "discounts", "revenue", "shipping", "tax", "units", "refunds",
                            "refunded", "new_customers")}
    for cur, units in conn.execute(text(
            f"SELECT o.currency, sum(l.quantity) FROM orders o JOIN order_lines l ON l.order_id = o.id "
            f"WHERE {COUNTED} AND {day} BETWEEN :s AND :e GROUP BY 1"), p):
        out[cur]["units"] = units
    refund_day = day_of(zone, "json_extract(r.value, '$.created_at')")
    for cur, n, amount in conn.execute(text(
            f"SELECT o.currency, count(*), sum(json_extract(r.value, '$.amount')) FROM orders o, "
            f"json_each(o.refunds) r WHERE {COUNTED} AND {refund_day} BETWEEN :s AND :e GROUP BY 1"), p):
        out.setdefault(cur, dict(blank)).update(refunds=n, refunded=amount)
    for cur, n in conn.execute(text(
            f"SELECT o.currency, count(*) FROM orders o WHERE {COUNTED} AND {day} BETWEEN :s AND :e AND NOT EXISTS "
            f"(SELECT 1 FROM orders o2 WHERE o2.customer_id = o.customer_id AND "
            f"{COUNTED.replace('o.', 'o2.')} AND (o2.created_at < o.created_at "
            f"OR (o2.created_at = o.created_at AND o2.id < o.id))) GROUP BY 1"), p):
        out[cur]["new_customers"] = n
    for t in out.values():
        t["net_revenue"] = t["revenue"] - t["refunded"]
        t["aov"] = round(t["revenue"] / t["orders"]) if t["orders"] else None
        t["refund_rate"] = round(t["refunded"] / t["revenue"], 4) if t["revenue"] else None
        t["returning_orders"] = t["orders"] - t["new_customers"]
    return out


def plain_mix(conn, zone: str, start: date, end: date, column: str) -> dict:
    day = day_of(zone, "o.created_at")
    out: dict = {}
    for cur, value, orders, revenue in conn.execute(text(
            f"SELECT o.currency, o.{column}, count(*), sum(o.subtotal - o.discount_total) FROM orders o "
            f"WHERE {COUNTED} AND {day} BETWEEN :s AND :e GROUP BY 1, 2"),
            {"s": start.isoformat(), "e": end.isoformat()}):
        out.setdefault(cur, {})[value] = {"orders": orders, "revenue": revenue}
    return out


def plain_heatmap(conn, zone: str, start: date, end: date) -> list[list[int]]:
    local = LOCAL[zone].format(ts="o.created_at")
    grid = [[0] * 24 for _ in range(7)]
    for weekday, hour, n in conn.execute(text(
            f"SELECT (CAST(strftime('%w', {local}) AS INTEGER) + 6) % 7, CAST(strftime('%H', {local}) AS INTEGER), "
            f"count(*) FROM orders o WHERE {COUNTED} AND date({local}) BETWEEN :s AND :e GROUP BY 1, 2"),
            {"s": start.isoformat(), "e": end.isoformat()}):
        grid[weekday][hour] = n
    return grid


def plain_products(conn, zone: str, start: date, end: date) -> dict:
    day = day_of(zone, "o.created_at")
    out: dict = {}
    for cur, listing_id, units, revenue in conn.execute(text(
            f"SELECT o.currency, l.listing_id, sum(l.quantity), sum(l.total) FROM orders o JOIN order_lines l "
            f"ON l.order_id = o.id WHERE {COUNTED} AND {day} BETWEEN :s AND :e GROUP BY 1, 2"),
            {"s": start.isoformat(), "e": end.isoformat()}):
        out.setdefault(cur, {})[listing_id] = (units, revenue)
    return out


def check_sales(engine, zone: str) -> int:
    """Every figure of every range against the plain SQL; -> how many currency-totals were compared."""
    compared = 0
    with engine.connect() as conn:
        first, last = (date.fromisoformat(d) for d in conn.execute(text(
            "SELECT min(day), max(day) FROM sales_daily")).one())
        # periods ending on the last day with sales or starting on the first: their partial months are
        # read from the monthly roll-up (nothing else in those months), the others day by day
        edges = [(last - timedelta(days=45), last), (first, first + timedelta(days=50)), (first, last)]
        for start, end in RANGES + edges:
            figures = metrics.sales(engine, start, end, zone=zone, top=1000, role="owner")
            assert figures["zone"] == zone
            truth = plain_totals(conn, zone, start, end)
            assert {c: f["totals"] for c, f in figures["currencies"].items()} == truth, (start, end)
            compared += len(truth)
            prev = plain_totals(conn, zone, *metrics.previous_period(start, end))
            for cur, f in figures["currencies"].items():
                if cur in prev:
                    assert f["previous_period"] == prev[cur]
            for column, key in (("channel", "channels"), ("payment_method", "payment_methods")):
                assert {c: f[key] for c, f in figures["currencies"].items()} == plain_mix(conn, zone, start, end, column)
            assert figures["hour_weekday_orders"] == plain_heatmap(conn, zone, start, end)
            products = plain_products(conn, zone, start, end)
            categories = dict(conn.execute(text("SELECT id, category FROM listings")).all())
            for cur, f in figures["currencies"].items():
                assert {p["listing_id"]: (p["units"], p["revenue"]) for p in f["top_products"]} == products.get(cur, {})
                by_category: dict = {}
                for listing_id, (units, revenue) in products.get(cur, {}).items():
                    held = by_category.setdefault(categories.get(listing_id) or "", [0, 0])
                    held[0] += units
                    held[1] += revenue
                assert {c["category"]: [c["units"], c["revenue"]] for c in f["top_categories"]} == by_category
            # the series adds up to the totals
            for cur, f in figures["currencies"].items():
                for measure in ("orders", "revenue", "refunded", "new_customers", "units"):
                    assert sum(s[measure] for s in f["series"]) == f["totals"][measure]
    return compared


def aggregate_rows(engine) -> dict:
    with engine.connect() as conn:
        return {t: sorted(tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {t}"))
                for t in (*aggregates.TABLES, "new_customers_daily", "customer_first_orders")}


def nonzero(rows: dict) -> dict:
    """Aggregate rows without those whose measures all came back to zero (kept after a delta)."""
    keys = {t: len(k) + len(aggregates.EXTRA.get(t, ())) for t, (k, _) in aggregates.TABLES.items()}
    keys.update(new_customers_daily=2, customer_first_orders=1)
    return {t: [r for r in rs if any(r[keys[t]:])] for t, rs in rows.items()}


def test_sales_figures_equal_plain_sql_in_two_time_zones(desk):
    engine, _, _ = desk()
    with engine.connect() as conn:
        assert aggregates.kept_zone(conn) == "Asia/Shanghai"   # learnt from the shop before the orders
        currencies = dict(conn.execute(text("SELECT currency, count(*) FROM orders GROUP BY 1")).all())
        partial = conn.execute(text("SELECT count(*) FROM orders WHERE financial_status = 'partially_refunded'")).scalar()
    assert set(currencies) == {"CNY", "USD"} and partial > 0
    assert check_sales(engine, "Asia/Shanghai") >= 8
    with pytest.raises(ValueError):
        metrics.sales(engine, date(2026, 1, 1), date(2026, 1, 2), zone="America/New_York", role="owner")
    for zone in ("America/New_York", "Asia/Kolkata"):
        assert aggregates.ensure(engine, zone)
        assert check_sales(engine, zone) >= 8


def test_aggregates_follow_platform_edits_and_local_refunds_and_cancels(desk, sandbox):
    engine, puller, pusher = desk()
    orders = find(sandbox, "orders", "json_extract(body, '$.financial_status') = 'paid' "
                  "AND json_extract(body, '$.currency') = 'CNY'")
    moved, recurrency, refunded, deleted = orders[:4]
    admin(sandbox, f"edit/orders/{moved['id']}", {"set": {"created_at": "2026-10-15T17:30:00.000000Z"}})
    admin(sandbox, f"edit/orders/{recurrency['id']}", {"set": {"currency": "USD", "channel": "pos"}})
    admin(sandbox, f"edit/orders/{refunded['id']}", {"set": {
        "financial_status": "partially_refunded", "refunded_total": 1000,
        "refunds": [{"id": 99, "amount": 1000, "reason": "goodwill", "lines": [], "restock": False,
                     "created_at": "2026-11-02T03:00:00.000000Z", "actor": "platform"}]}})
    admin(sandbox, f"delete/orders/{deleted['id']}")
    admin(sandbox, "activity/tick", {"steps": 5})
    puller.pull("orders")
    assert check_sales(engine, "Asia/Shanghai")
    # local changes through the services (optimistic, before any push)
    refundable = find(sandbox, "orders", "json_extract(body, '$.status') = 'delivered' "
                      "AND json_extract(body, '$.refunded_total') = 0")[0]
    perform(engine, OWNER, "orders.refund", refundable["id"], amount=123, reason="a scratch")
    cancellable = find(sandbox, "orders", "json_extract(body, '$.status') IN ('paid', 'processing')")[0]
    perform(engine, OWNER, "orders.cancel", cancellable["id"], reason="customer asked")
    check_sales(engine, "Asia/Shanghai")
    pusher.push()
    puller.pull("orders")
    check_sales(engine, "Asia/Shanghai")
    # kept by deltas, the tables hold what a build from scratch holds
    kept = nonzero(aggregate_rows(engine))
    with engine.connect() as conn:
        firsts = sorted(tuple(r) for r in conn.exec_driver_sql("SELECT customer_id, day, currency FROM customer_first_orders"))
    aggregates.ensure(engine, "UTC")
    aggregates.ensure(engine, "Asia/Shanghai")
    assert nonzero(aggregate_rows(engine)) == kept
    with engine.connect() as conn:
        assert sorted(tuple(r) for r in conn.exec_driver_sql(
            "SELECT customer_id, day, currency FROM customer_first_orders")) == firsts


def plain_campaign(conn, campaign_id: int, start: str, end: str) -> dict:
    day = day_of("Asia/Shanghai", "o.created_at")
    out = {}
    for cur, orders, units, discounts, revenue in conn.execute(text(
            f"SELECT o.currency, count(*), sum((SELECT sum(quantity) FROM order_lines WHERE order_id = o.id)), "
            f"sum(o.discount_total), sum(o.subtotal - o.discount_total) FROM orders o WHERE {COUNTED} "
            f"AND EXISTS (SELECT 1 FROM json_each(o.campaign_ids) c WHERE c.value = :id) "
            f"AND {day} BETWEEN :s AND :e GROUP BY 1"), {"id": campaign_id, "s": start, "e": end}):
        out[cur] = {"orders": orders, "units": units, "discount_cost": discounts, "revenue": revenue}
    return out


def test_campaign_figures_equal_plain_sql(desk):
    engine, puller, _ = desk()
    puller.pull("campaigns")
    puller.pull("analytics/daily")
    with engine.connect() as conn:
        ids = [r[0] for r in conn.execute(text(
            "SELECT c.id FROM campaigns c WHERE EXISTS (SELECT 1 FROM orders o, json_each(o.campaign_ids) j "
            "WHERE j.value = c.id) ORDER BY c.id LIMIT 8"))]
        assert len(ids) >= 3
        for campaign_id in ids:
            figures = metrics.campaign(engine, campaign_id, today=date(2026, 11, 20), role="owner")
            got = {c: {k: f[k] for k in ("orders", "units", "discount_cost", "revenue")}
                   for c, f in figures["currencies"].items()}
            assert got == plain_campaign(conn, campaign_id, figures["from"], figures["measured_to"])
            sessions = conn.execute(text(
                "SELECT coalesce(sum(sessions), 0) FROM analytics_daily WHERE scope = 'campaign' AND scope_id = :id "
                "AND date BETWEEN :s AND :e"), {"id": campaign_id, "s": figures["from"], "e": figures["measured_to"]}).scalar()
            assert figures["sessions"] == sessions
            if sessions:
                assert figures["conversion"] == round(sum(f["orders"] for f in got.values()) / sessions, 4)
            if figures["discount_cost"]:
                assert figures["roi"] == round((figures["incremental_gross_margin"] - figures["discount_cost"])
                                               / figures["discount_cost"], 4)


def test_weekday_adjusted_baseline():
    # a baseline week where Saturdays sell twice as much: a campaign on a Saturday expects a Saturday
    baseline = {f"2026-11-{d:02d}": (200.0 if date(2026, 11, d).weekday() == 5 else 100.0) for d in range(2, 9)}
    assert metrics.expected(baseline, [date(2026, 11, 14)]) == 200.0
    assert metrics.expected(baseline, [date(2026, 11, 16), date(2026, 11, 14)]) == 300.0


def test_report_cli_prints_the_dashboard_figures_and_refuses_agents(desk, sandbox, capsys):
    from urllib.parse import urlsplit

    from merchant_app.accounts import Account, AccountStore
    from merchant_app.store import cache_path

    server = sandbox.url
    owner = Account(server=server, username="owner", shop_id=1, role="owner", last_used="2026-11-26T00:00:00Z")
    path = cache_path(f"owner@{urlsplit(server).netloc}", 1)
    engine, _, _ = desk("x")
    path.parent.mkdir(parents=True, exist_ok=True)
    with engine.connect() as conn:
        conn.exec_driver_sql(f"VACUUM INTO '{path}'")
    AccountStore().save(owner)
    assert main(["report", "sales", "--from", "2026-10-01", "--to", "2026-10-31", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    expected = metrics.sales(engine, date(2026, 10, 1), date(2026, 10, 31), role="owner")
    assert printed == json.loads(json.dumps({"ok": True, **expected}))
    assert main(["report", "sales", "--from", "2026-10-01", "--to", "2026-10-31"]) == 0
    assert "CNY" in capsys.readouterr().out
    assert main(["report", "campaign", "999999", "--json"]) == 5
    capsys.readouterr()
    AccountStore().save(Account(server=server, username="agent", shop_id=1, role="agent",
                                last_used="2026-11-27T00:00:00Z"))
    assert main(["report", "sales", "--from", "2026-10-01", "--to", "2026-10-31", "--json"]) == 4
    assert json.loads(capsys.readouterr().out)["ok"] is False
