"""Stock planning over a real cache: thresholds, demand, days of cover, reorder suggestions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, select, text

from merchant_app.models import Base
from merchant_app.services import stock
from merchant_app.services.edits import Actor, NotAllowed, ServiceError
from merchant_app.store import open_cache
from merchant_app.store.queries import STOCK_VIEW, FilterState

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
OWNER, AGENT = Actor("owner", "owner"), Actor("agent", "agent")
T = Base.metadata.tables


def ts(days_ago: float) -> str:
    return (NOW - timedelta(days=days_ago)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@pytest.fixture
def cache(tmp_path):
    engine = open_cache(tmp_path / "cache.sqlite")
    with engine.begin() as conn:
        conn.execute(insert(T["locations"]), [
            {"id": 1, "version": 1, "updated_at": ts(0), "name": "Main", "code": "M", "allows_backorder": False},
            {"id": 2, "version": 1, "updated_at": ts(0), "name": "Second", "code": "S", "allows_backorder": False}])
        conn.execute(insert(T["inventory_levels"]), [
            {"id": 10, "version": 1, "updated_at": ts(0), "variant_id": 100, "listing_id": 1, "sku": "A-1",
             "location_id": 1, "on_hand": 12, "committed": 2, "available": 10},
            {"id": 11, "version": 1, "updated_at": ts(0), "variant_id": 100, "listing_id": 1, "sku": "A-1",
             "location_id": 2, "on_hand": 4, "committed": 0, "available": 4},
            {"id": 20, "version": 1, "updated_at": ts(0), "variant_id": 200, "listing_id": 2, "sku": "B-1",
             "location_id": 1, "on_hand": 6, "committed": 0, "available": 6}])
        orders, lines = [], []
        # variant 100: 3 units every 2 days over 40 days; one cancelled order; one line partly refunded
        for i in range(20):
            oid = 1000 + i
            status = "cancelled" if i == 3 else "paid"
            orders.append({"id": oid, "version": 1, "updated_at": ts(i * 2), "number": f"SO-{oid}",
                           "created_at": ts(i * 2 + 0.5), "status": status, "financial_status": "paid",
                           "fulfillment_status": "unfulfilled", "currency": "CNY", "subtotal": 1, "discount_total": 0,
                           "shipping_total": 0, "tax_total": 0, "total": 1, "paid_total": 1, "refunded_total": 0,
                           "payment_method": "alipay", "channel": "web", "customer_id": 1, "customer_name": "x",
                           "customer_email": None, "customer_phone": None, "shipping_address": {},
                           "risk_level": "low", "campaign_ids": [], "coupon_code": None, "fulfilments": [],
                           "refunds": [], "events": [], "paid_at": None, "cancelled_at": None, "cancel_reason": None,
                           "delivered_at": None, "completed_at": None})
            lines.append({"id": 5000 + i, "order_id": oid, "listing_id": 1, "variant_id": 100, "sku": "A-1",
                          "title": "A", "location_id": 1, "quantity": 3, "unit_price": 1, "discount": 0, "total": 3,
                          "fulfilled_quantity": 0, "refunded_quantity": 1 if i == 5 else 0})
        conn.execute(insert(T["orders"]), orders)
        conn.execute(insert(T["order_lines"]), lines)
    yield engine
    engine.dispose()


def test_demand_cover_and_reorder_follow_their_definitions(cache):
    with cache.connect() as conn:
        p = stock.plan(conn, 100, NOW)
    # orders placed in the last 28 days: i = 0..13 (created 0.5 .. 26.5 days ago), minus the cancelled one,
    # minus one refunded unit: 13 orders x 3 units - 1
    assert p.units_sold == 13 * 3 - 1 == 38
    assert p.window_days == 28 and p.daily_demand == pytest.approx(38 / 28)
    assert p.available == 14, "all locations"
    assert p.days_of_cover == pytest.approx(14 / (38 / 28))
    assert (p.lead_time_days, p.safety_stock, p.cover_days) == (7, 0, 14), "the shop defaults"
    assert p.reorder_point == 10  # ceil(38/28 x 7 + 0) = ceil(9.5)
    assert p.suggested_order == 0, "14 available is above the reorder point"
    with cache.connect() as conn:
        q = stock.plan(conn, 100, NOW, lead_time_days=14, safety_stock=5)
    assert q.reorder_point == 24  # 38/28 x 14 + 5 = 19 + 5, exactly
    assert q.suggested_order == 29  # 24 + 38/28 x 14 - 14
    with cache.connect() as conn:
        none = stock.plan(conn, 200, NOW)
    assert (none.units_sold, none.daily_demand, none.days_of_cover, none.suggested_order) == (0, 0, None, 0)


def test_a_variant_rule_and_the_shop_default_decide_what_is_low(cache):
    def low_levels():
        with cache.connect() as conn:
            return {r[0] for r in STOCK_VIEW.window(conn, FilterState({"stock": "low"}), 0, 100)}

    assert low_levels() == {11}  # 4 available <= the default 5
    stock.set_defaults(cache, OWNER, low_threshold=6)
    assert low_levels() == {11, 20}
    stock.set_rule(cache, OWNER, 100, low_threshold=12)
    assert low_levels() == {10, 11, 20}, "the variant's own threshold wins for both its locations"
    stock.set_rule(cache, OWNER, 100, low_threshold=None)
    assert low_levels() == {11, 20}, "None puts it back to the shop default"
    with cache.connect() as conn:
        actions = [r[0] for r in conn.execute(select(T["audit_log"].c.action).order_by(T["audit_log"].c.id))]
    assert actions == ["stock.set_defaults", "stock.set_rule", "stock.set_rule"]


def test_bad_settings_are_refused_and_change_nothing(cache):
    with pytest.raises(ServiceError) as err:
        stock.set_rule(cache, OWNER, 100, lead_time_days=-1)
    assert err.value.field == "lead_time_days"
    with pytest.raises(ServiceError):
        stock.set_rule(cache, OWNER, 999, low_threshold=3)
    with pytest.raises(ServiceError):
        stock.set_defaults(cache, OWNER, cover_days=1000)
    with pytest.raises(ServiceError):
        stock.set_defaults(cache, OWNER, colour=3)
    with pytest.raises(NotAllowed):
        stock.set_rule(cache, AGENT, 100, low_threshold=3)
    with cache.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM stock_rules")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM preferences")).scalar() == 0
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() == 0
