"""The generated sandbox shop, checked the way a user of its data would check it.

The small shop is generated once for the module (seed 7, anchor 2026-11-20) and read back from
the database; every test then looks at the records as the platform serves them.
"""

from __future__ import annotations

import gc
import json
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from merchant_app.sandbox import corpus, schemas
from merchant_app.sandbox.seed import _ts, generate
from merchant_app.sandbox.storage import RESOURCE_TABLES, Storage, format_ts, meta

SEED = 7
ANCHOR = date(2026, 11, 20)
END = "2026-11-20T00:00:00.000000Z"  # anchor midnight UTC: nothing seeded is later
SHOP_TZ = timedelta(hours=8)  # Asia/Shanghai
COVERED = [ANCHOR - timedelta(days=730) + timedelta(days=i) for i in range(730)]  # shop-local dates
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")
CJK = re.compile(r"[\u4e00-\u9fff]")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50]")


def parse(ts: str) -> datetime:
    return datetime.fromisoformat(ts.replace("Z", "+00:00"))


def local_date(ts: str) -> date:
    return (parse(ts) + SHOP_TZ).date()


def read_bodies(storage: Storage) -> dict[str, list[str]]:
    """resource -> raw JSON bodies in id order."""
    with storage.engine.connect() as conn:
        return {r: list(conn.execute(select(t.c.body).order_by(t.c.id)).scalars()) for r, t in RESOURCE_TABLES.items()}


def read_meta(storage: Storage) -> dict[str, str]:
    with storage.engine.connect() as conn:
        return {row.key: row.value for row in conn.execute(select(meta))}


@dataclass
class Shop:
    result: dict
    bodies: dict[str, list[str]]
    records: dict[str, list[dict]]
    columns: dict[str, list]  # resource -> rows of (id, seq, version, updated_at, deleted)
    meta: dict[str, str]

    def __getitem__(self, resource: str) -> list[dict]:
        return self.records[resource]

    def by_id(self, resource: str) -> dict[int, dict]:
        return {r["id"]: r for r in self.records[resource]}


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> Shop:
    tmp = tmp_path_factory.mktemp("seed")
    storage = Storage(f"sqlite:///{tmp}/p.db")
    result = generate(storage, seed=SEED, scale="small", anchor=ANCHOR)
    bodies = read_bodies(storage)
    with storage.engine.connect() as conn:
        columns = {r: conn.execute(select(t.c.id, t.c.seq, t.c.version, t.c.updated_at, t.c.deleted)
                                   .order_by(t.c.id)).all() for r, t in RESOURCE_TABLES.items()}
    data = Shop(result, bodies, {r: [json.loads(b) for b in bs] for r, bs in bodies.items()}, columns,
                read_meta(storage))
    storage.engine.dispose()
    return data


@pytest.fixture(scope="module")
def orders_by_day(shop) -> Counter:
    return Counter(local_date(o["created_at"]) for o in shop["orders"])


# --- generation as a whole ---------------------------------------------------------------------

def test_same_seed_and_anchor_give_identical_records(shop, tmp_path):
    again = Storage(f"sqlite:///{tmp_path}/again.db")
    generate(again, seed=SEED, scale="small", anchor=ANCHOR)
    bodies = read_bodies(again)
    again.engine.dispose()
    for resource in RESOURCE_TABLES:
        assert shop.bodies[resource], f"{resource}: nothing generated"
        assert bodies[resource] == shop.bodies[resource], f"{resource} differs between two runs with seed {SEED}"


def test_generation_leaves_the_garbage_collector_as_it_was(shop, tmp_path):
    # the generator pauses the cyclic collector while it runs; the process gets it back
    assert gc.isenabled()
    storage = Storage(f"sqlite:///{tmp_path}/gc.db")
    gc.disable()
    try:
        generate(storage, seed=SEED, scale="small", anchor=ANCHOR)
        assert not gc.isenabled(), "generate() turned on a collector its caller had turned off"
    finally:
        gc.enable()
        storage.engine.dispose()


def test_the_generators_timestamps_are_the_platforms():
    # the generator formats its own timestamps (faster); they must be exactly what the platform writes
    shanghai = timezone(SHOP_TZ)
    moments = [datetime(2024, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC),
               datetime(2025, 1, 1, tzinfo=UTC),  # no microseconds: still six digits
               datetime(2025, 1, 1, 7, 30, tzinfo=shanghai),  # another zone: converted to UTC
               datetime(2026, 2, 28, 16, 0, 0, 5, tzinfo=shanghai)]
    moments += [datetime(2024, 11, 20, tzinfo=UTC) + timedelta(seconds=i * 7919.123457) for i in range(2000)]
    for dt in moments:
        assert _ts(dt) == format_ts(dt), dt
        assert TS.match(_ts(dt)), dt


def test_another_seed_gives_another_shop(shop, tmp_path):
    other = Storage(f"sqlite:///{tmp_path}/other.db")
    generate(other, seed=SEED + 1, scale="small", anchor=ANCHOR)
    bodies = read_bodies(other)
    other.engine.dispose()
    for resource in ("listings", "customers", "orders", "tickets", "reviews"):
        assert bodies[resource] != shop.bodies[resource], f"{resource} is the same with seed {SEED + 1}"


def test_counts_are_those_of_the_small_scale(shop):
    counts = shop.result["counts"]
    for resource, records in shop.records.items():
        assert counts[resource] == len(records), resource
    assert counts["listings"] == 200 and counts["customers"] == 1500 and counts["locations"] == 3
    assert 4500 <= counts["orders"] <= 5500
    assert counts["tickets"] > 0.02 * counts["orders"] and counts["reviews"] > 0.1 * counts["orders"]
    assert json.loads(shop.meta["seeded"]) == {"seed": SEED, "scale": "small", "anchor": ANCHOR.isoformat()}


def test_every_record_validates_against_its_schema(shop):
    for resource, records in shop.records.items():
        model = schemas.RESOURCES[resource]
        for record, row in zip(records, shop.columns[resource], strict=True):
            model.model_validate(record)
            # the columns the platform pages and filters by agree with the body
            assert (row.id, row.version, row.updated_at, row.deleted) == (
                record["id"], record["version"], record["updated_at"], record["deleted"]), (resource, record["id"])
    schemas.Shop.model_validate(json.loads(shop.meta["shop"]))


def test_ids_are_unique(shop):
    for resource, records in shop.records.items():
        ids = [r["id"] for r in records]
        assert len(ids) == len(set(ids)), resource
    nested = {
        "variant": [v["id"] for x in shop["listings"] for v in x["variants"]],
        "line": [ln["id"] for o in shop["orders"] for ln in o["lines"]],
        "fulfilment": [f["id"] for o in shop["orders"] for f in o["fulfilments"]],
        "refund": [r["id"] for o in shop["orders"] for r in o["refunds"]],
        "message": [m["id"] for t in shop["tickets"] for m in t["messages"]],
    }
    for kind, ids in nested.items():
        assert ids, kind
        assert len(ids) == len(set(ids)), f"{kind} ids repeat"
        assert min(ids) >= 1
        # live activity hands out the next ids from these counters: they must not collide
        assert int(shop.meta[f"id:{kind}"]) >= max(ids), kind
    for resource, field in (("orders", "number"), ("tickets", "number")):
        values = [r[field] for r in shop[resource]]
        assert len(values) == len(set(values)) and all(values), resource
    skus = [v["sku"] for x in shop["listings"] for v in x["variants"]]
    assert len(skus) == len(set(skus))
    rmas = [t["rma"]["number"] for t in shop["tickets"] if t["rma"]]
    assert rmas and len(rmas) == len(set(rmas)) and all(rmas)


# --- referential integrity ---------------------------------------------------------------------

def test_order_lines_point_to_listings_variants_and_stock(shop):
    listings = shop.by_id("listings")
    levels = {(i["variant_id"], i["location_id"]) for i in shop["inventory"]}
    checked = 0
    for o in shop["orders"]:
        assert o["lines"], o["id"]
        for ln in o["lines"]:
            listing = listings.get(ln["listing_id"])
            assert listing is not None, (o["id"], ln["listing_id"])
            variant = next((v for v in listing["variants"] if v["id"] == ln["variant_id"]), None)
            assert variant is not None, f"order {o['id']}: variant {ln['variant_id']} is not of {listing['id']}"
            assert ln["sku"] == variant["sku"]
            assert (ln["variant_id"], ln["location_id"]) in levels, f"order {o['id']}: no stock level for the line"
            checked += 1
    assert checked >= len(shop["orders"])


def test_orders_point_to_customers_who_had_signed_up(shop):
    customers = shop.by_id("customers")
    listings = shop.by_id("listings")
    for o in shop["orders"]:
        c = customers.get(o["customer"]["id"])
        assert c is not None, o["id"]
        assert (o["customer"]["name"], o["customer"]["email"]) == (c["name"], c["email"])
        assert c["created_at"] <= o["created_at"], f"order {o['id']} predates its customer"
        for ln in o["lines"]:
            assert listings[ln["listing_id"]]["created_at"] <= o["created_at"], f"order {o['id']}: not on sale yet"
        assert (o["currency"] == "CNY") == (c["country"] == "CN")


def test_fulfilment_and_refund_lines_belong_to_the_order(shop):
    seen = 0
    for o in shop["orders"]:
        lines = {ln["id"]: ln for ln in o["lines"]}
        shipped: Counter = Counter()
        refunded: Counter = Counter()
        for f in o["fulfilments"]:
            for item in f["lines"]:
                assert item["line_id"] in lines, o["id"]
                shipped[item["line_id"]] += item["quantity"]
                seen += 1
        for r in o["refunds"]:
            for item in r["lines"]:
                assert item["line_id"] in lines, o["id"]
                refunded[item["line_id"]] += item["quantity"]
        for line_id, ln in lines.items():
            assert ln["fulfilled_quantity"] == shipped[line_id] <= ln["quantity"], o["id"]
            assert ln["refunded_quantity"] == refunded[line_id] <= ln["quantity"], o["id"]
    assert seen


def test_tickets_point_to_their_order_customer_and_lines(shop):
    orders, customers = shop.by_id("orders"), shop.by_id("customers")
    for t in shop["tickets"]:
        order = orders.get(t["order_id"])
        assert order is not None, t["id"]
        assert t["customer_id"] in customers
        assert t["customer_id"] == order["customer"]["id"] and t["order_number"] == order["number"]
        line_ids = {ln["id"] for ln in order["lines"]}
        assert t["line_ids"] and set(t["line_ids"]) <= line_ids, f"ticket {t['id']}: lines of another order"
        if t["rma"]:
            assert {i["line_id"] for i in t["rma"]["items"]} <= line_ids
        assert order["fulfilments"] and order["fulfilments"][0]["shipped_at"] <= t["created_at"], t["id"]


def test_reviews_point_to_orders_customers_and_listings(shop):
    orders, customers, listings = shop.by_id("orders"), shop.by_id("customers"), shop.by_id("listings")
    reviewed = Counter(r["order_id"] for r in shop["reviews"])
    assert max(reviewed.values()) == 1, "an order reviewed twice"
    for r in shop["reviews"]:
        order = orders.get(r["order_id"])
        assert order is not None and r["customer_id"] in customers and r["listing_id"] in listings, r["id"]
        assert r["customer_id"] == order["customer"]["id"]
        assert r["listing_id"] in {ln["listing_id"] for ln in order["lines"]}
        assert r["variant_id"] in {v["id"] for v in listings[r["listing_id"]]["variants"]}
        assert order["delivered_at"] and order["delivered_at"] <= r["created_at"], f"review {r['id']} before delivery"


def test_stock_campaigns_and_analytics_point_to_existing_records(shop):
    listings, locations = shop.by_id("listings"), shop.by_id("locations")
    variants = {v["id"]: (x["id"], v["sku"]) for x in shop["listings"] for v in x["variants"]}
    levels = shop.by_id("inventory")
    pairs = [(i["variant_id"], i["location_id"]) for i in levels.values()]
    assert len(pairs) == len(set(pairs)), "two stock levels for one variant at one location"
    assert {v for v, _ in pairs} == set(variants), "a variant is stocked nowhere"
    for i in levels.values():
        assert variants[i["variant_id"]] == (i["listing_id"], i["sku"]) and i["location_id"] in locations
    assert shop["inventory_adjustments"]
    for a in shop["inventory_adjustments"]:
        level = levels[a["inventory_level_id"]]
        assert (a["variant_id"], a["location_id"]) == (level["variant_id"], level["location_id"])
        assert a["on_hand_after"] == level["on_hand"]
        assert a["delta"] > 0 if a["reason"] == "received" else True
        assert a["delta"] < 0 if a["reason"] == "damaged" else True
    campaigns = shop.by_id("campaigns")
    for c in campaigns.values():
        assert set(c["listing_ids"]) <= set(listings), c["id"]
    for o in shop["orders"]:
        assert set(o["campaign_ids"]) <= set(campaigns), o["id"]
    scoped = {"listing": listings, "campaign": campaigns}
    for a in shop["analytics/daily"]:
        if a["scope"] == "shop":
            assert a["scope_id"] is None
        else:
            assert a["scope_id"] in scoped[a["scope"]], a
    keys = [(a["date"], a["scope"], a["scope_id"]) for a in shop["analytics/daily"]]
    assert len(keys) == len(set(keys)), "two analytics rows for one day and scope"


# --- money -------------------------------------------------------------------------------------

def test_order_totals_add_up(shop):
    for o in shop["orders"]:
        assert o["subtotal"] == sum(ln["unit_price"] * ln["quantity"] for ln in o["lines"]), o["id"]
        assert o["discount_total"] == sum(ln["discount"] for ln in o["lines"]), o["id"]
        assert o["total"] == o["subtotal"] - o["discount_total"] + o["shipping_total"] + o["tax_total"], o["id"]
        assert o["total"] > 0 and o["shipping_total"] >= 0 and o["tax_total"] >= 0, o["id"]


def test_line_totals_add_up(shop):
    discounted = 0
    for o in shop["orders"]:
        for ln in o["lines"]:
            assert ln["unit_price"] > 0 and 0 <= ln["discount"] <= ln["unit_price"] * ln["quantity"], o["id"]
            assert ln["total"] == ln["unit_price"] * ln["quantity"] - ln["discount"], o["id"]
            discounted += ln["discount"] > 0
    assert discounted


def test_refunds_add_up_and_never_exceed_the_payment(shop):
    refunded = 0
    for o in shop["orders"]:
        assert o["refunded_total"] == sum(r["amount"] for r in o["refunds"]), o["id"]
        assert 0 <= o["refunded_total"] <= o["paid_total"], o["id"]
        assert o["paid_total"] in (0, o["total"]), o["id"]
        refunded += bool(o["refunds"])
    assert refunded


def test_financial_status_matches_the_money(shop):
    seen = Counter()
    for o in shop["orders"]:
        paid, refunded, status = o["paid_total"], o["refunded_total"], o["financial_status"]
        seen[status] += 1
        expected = {
            "pending": paid == 0 and refunded == 0,
            "voided": paid == 0 and refunded == 0 and o["status"] == "cancelled",
            "paid": paid == o["total"] > 0 and refunded == 0,
            "partially_refunded": 0 < refunded < paid,
            "refunded": 0 < refunded == paid,
        }[status]
        assert expected, f"order {o['id']}: {status} with paid {paid}, refunded {refunded}"
        assert (o["paid_at"] is not None) == (paid > 0), o["id"]
    assert set(seen) == {"pending", "voided", "paid", "partially_refunded", "refunded"}


def test_cancelled_orders_have_no_fulfilments(shop):
    cancelled = [o for o in shop["orders"] if o["status"] == "cancelled"]
    assert cancelled
    for o in cancelled:
        assert not o["fulfilments"] and o["cancelled_at"] and o["cancel_reason"], o["id"]
        assert all(ln["fulfilled_quantity"] == 0 for ln in o["lines"]), o["id"]


def test_fulfillment_status_follows_the_lines(shop):
    for o in shop["orders"]:
        shipped = [ln["fulfilled_quantity"] for ln in o["lines"]]
        if not any(shipped):
            assert o["fulfillment_status"] == "unfulfilled", o["id"]
        elif all(q == ln["quantity"] for q, ln in zip(shipped, o["lines"])):
            assert o["fulfillment_status"] == "fulfilled", o["id"]
        else:
            assert o["fulfillment_status"] == "partial", o["id"]


def test_campaign_counters_match_the_orders(shop):
    orders = shop["orders"]
    campaigns = shop.by_id("campaigns")
    used = Counter(cid for o in orders for cid in o["campaign_ids"])
    assert used
    for cid, c in campaigns.items():
        assert c["redemptions"] == used[cid], f"campaign {cid}: {c['redemptions']} redemptions, {used[cid]} orders"
        if c["budget"] is not None:
            assert c["spent"] <= c["budget"], cid
        if c["rules"]["usage_limit"]:
            assert c["redemptions"] <= c["rules"]["usage_limit"], cid
    # every discount comes from a campaign, in the campaigns' currency
    assert sum(c["spent"] for c in campaigns.values()) == sum(o["discount_total"] for o in orders)
    per_customer: Counter = Counter()
    for o in orders:
        assert (o["discount_total"] > 0) == bool(o["campaign_ids"]), o["id"]
        for cid in o["campaign_ids"]:
            c = campaigns[cid]
            assert c["currency"] == o["currency"], o["id"]
            assert c["starts_at"] <= o["created_at"] < c["ends_at"], f"order {o['id']}: campaign {cid} not running"
            per_customer[cid, o["customer"]["id"]] += 1
        if o["coupon_code"]:
            assert any(campaigns[cid]["rules"]["code"] == o["coupon_code"] for cid in o["campaign_ids"])
    for (cid, _customer), n in per_customer.items():
        limit = campaigns[cid]["rules"]["per_customer_limit"]
        assert limit is None or n <= limit, cid


# --- stock -------------------------------------------------------------------------------------

def test_available_is_on_hand_minus_committed(shop):
    for i in shop["inventory"]:
        assert i["available"] == i["on_hand"] - i["committed"], i["id"]
        assert i["on_hand"] >= 0 and i["committed"] >= 0, i["id"]


def test_committed_stock_is_exactly_what_open_orders_hold(shop):
    held: Counter = Counter()
    for o in shop["orders"]:
        if o["status"] == "cancelled":
            continue
        for ln in o["lines"]:
            held[ln["variant_id"], ln["location_id"]] += max(
                0, ln["quantity"] - ln["fulfilled_quantity"] - ln["refunded_quantity"])
    assert sum(held.values()) > 0, "no open order holds stock: the check would be empty"
    levels = {(i["variant_id"], i["location_id"]): i["committed"] for i in shop["inventory"]}
    assert set(held) <= set(levels)
    for key, committed in levels.items():
        assert committed == held[key], f"variant {key[0]} at location {key[1]}: {committed} != {held[key]}"


def test_no_oversold_stock_where_backorders_are_not_allowed(shop):
    backorder = {x["id"]: x["allows_backorder"] for x in shop["locations"]}
    assert not all(backorder.values())
    for i in shop["inventory"]:
        if not backorder[i["location_id"]]:
            assert i["available"] >= 0, i["id"]


# --- time --------------------------------------------------------------------------------------

def _timestamps(value, key=""):
    """(key, value) of every timestamp field nested in a record."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _timestamps(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _timestamps(v, key)
    elif isinstance(value, str) and (key in ("at", "starts_at", "ends_at") or key.endswith(("_at", "_due", "_deadline"))):
        yield key, value


def test_timestamps_are_well_formed_and_never_in_the_future(shop):
    future_ok = {"starts_at", "ends_at", "first_response_due", "next_response_due", "resolution_due",
                 "dispute_deadline"}  # plans may lie ahead; what happened may not
    n = 0
    for resource, records in shop.records.items():
        for r in records:
            assert r["updated_at"] <= END, (resource, r["id"])
            if "created_at" in r:
                assert r["created_at"] <= r["updated_at"], (resource, r["id"])
            for key, value in _timestamps(r):
                assert TS.match(value), (resource, r["id"], key, value)
                assert key in future_ok or value <= r["updated_at"], (resource, r["id"], key, value)
                n += 1
    assert n > 50_000


def test_order_events_are_in_time_order_and_end_at_updated_at(shop):
    for o in shop["orders"]:
        times = [e["at"] for e in o["events"]]
        assert times == sorted(times), o["id"]
        assert o["events"][0]["type"] == "created" and times[0] == o["created_at"], o["id"]
        assert o["updated_at"] == times[-1], o["id"]
        moments = [o["paid_at"], o["cancelled_at"], o["delivered_at"], o["completed_at"]]
        moments += [f["shipped_at"] for f in o["fulfilments"]] + [r["created_at"] for r in o["refunds"]]
        assert all(o["created_at"] <= m <= o["updated_at"] for m in moments if m), o["id"]


def test_ticket_messages_are_in_time_order(shop):
    for t in shop["tickets"]:
        times = [m["at"] for m in t["messages"]]
        assert times == sorted(times) and times[0] == t["created_at"], t["id"]
        assert t["updated_at"] == max([times[-1]] + [x for x in (t["closed_at"],) if x]), t["id"]


def test_the_change_sequence_orders_each_table_by_updated_at_then_id(shop):
    all_seqs = []
    for resource, rows in shop.columns.items():
        by_seq = sorted(rows, key=lambda r: r.seq)
        assert [(r.updated_at, r.id) for r in by_seq] == sorted((r.updated_at, r.id) for r in rows), resource
        all_seqs += [r.seq for r in rows]
    # one shop-wide sequence, no gaps, and the platform continues after it
    assert sorted(all_seqs) == list(range(1, len(all_seqs) + 1))
    assert int(shop.meta["seq"]) == len(all_seqs)


# --- shapes ------------------------------------------------------------------------------------

def test_orders_cover_the_two_years_before_the_anchor(orders_by_day):
    assert set(orders_by_day) <= set(COVERED)
    assert sum(1 for d in COVERED if orders_by_day[d]) > 0.9 * len(COVERED)


def test_weekends_are_busier_than_weekdays(orders_by_day):
    weekend = [orders_by_day[d] for d in COVERED if d.weekday() >= 5]
    weekday = [orders_by_day[d] for d in COVERED if d.weekday() < 5]
    assert statistics.mean(weekend) > 1.1 * statistics.mean(weekday)


def _peak_days(month: int, day: int) -> list[date]:
    days = [date(y, month, day) for y in (ANCHOR.year - 2, ANCHOR.year - 1, ANCHOR.year)]
    return [d for d in days if d in COVERED]


def test_double_11_is_the_peak_of_every_covered_year(orders_by_day):
    median = statistics.median(orders_by_day[d] for d in COVERED)
    days = _peak_days(11, 11)
    assert len(days) == 2
    for d in days:
        assert orders_by_day[d] >= 3 * median, (d, orders_by_day[d], median)
        year = [x for x in COVERED if x.year == d.year or x.year == d.year + 1 and x.month < 11]
        assert orders_by_day[d] == max(orders_by_day[x] for x in year), d


def test_618_is_a_peak_too(orders_by_day):
    median = statistics.median(orders_by_day[d] for d in COVERED)
    days = _peak_days(6, 18)
    assert len(days) == 2
    for d in days:
        assert orders_by_day[d] >= 2.5 * median, (d, orders_by_day[d], median)
        june = [x for x in COVERED if (x.year, x.month) == (d.year, 6)]
        assert orders_by_day[d] == max(orders_by_day[x] for x in june), d


def test_a_fifth_of_the_listings_take_most_of_the_order_lines(shop):
    per_listing = Counter(ln["listing_id"] for o in shop["orders"] for ln in o["lines"])
    counts = sorted((per_listing[x["id"]] for x in shop["listings"]), reverse=True)
    top = counts[: len(counts) // 5]
    assert sum(top) >= 0.5 * sum(counts), sum(top) / sum(counts)


def test_categories_that_come_back_more_are_rated_lower(shop):
    category = {x["id"]: corpus.CATEGORIES[x["category"]] for x in shop["listings"]}
    high = [r["rating"] for r in shop["reviews"] if category[r["listing_id"]].return_rate >= 0.15]
    low = [r["rating"] for r in shop["reviews"] if category[r["listing_id"]].return_rate <= 0.05]
    assert len(high) >= 30 and len(low) >= 30
    assert statistics.mean(high) < statistics.mean(low) - 0.2, (statistics.mean(high), statistics.mean(low))


def test_reviews_after_a_return_or_refund_are_poor(shop):
    troubled = {t["order_id"] for t in shop["tickets"] if t["type"] in ("return", "refund_only")}
    ratings = [r["rating"] for r in shop["reviews"] if r["order_id"] in troubled]
    others = [r["rating"] for r in shop["reviews"] if r["order_id"] not in troubled]
    assert len(ratings) >= 20
    assert statistics.mean(ratings) < 2.5 < statistics.mean(others)


def test_chinese_and_english_texts(shop):
    by_language = defaultdict(list)
    for r in shop["reviews"]:
        by_language[r["language"]].append(r["body"])
    assert len(by_language["zh"]) >= 20 and len(by_language["en"]) >= 20
    assert all(CJK.search(b) for b in by_language["zh"]), "a zh review without Chinese"
    assert not any(CJK.search(b) for b in by_language["en"]), "an en review in Chinese"
    titles = [x["title"] for x in shop["listings"]]
    assert sum(1 for t in titles if CJK.search(t)) >= 20
    assert sum(1 for t in titles if not CJK.search(t)) >= 20


def test_some_dirty_data(shop):
    listings, customers = shop["listings"], shop["customers"]
    assert any(len(x["title"]) > 300 for x in listings), "no overlong title"
    assert any(EMOJI.search(x["title"]) for x in listings), "no emoji in a title"
    assert any(EMOJI.search(r["body"]) for r in shop["reviews"]), "no emoji in a review"
    assert any(v["barcode"] is None for x in listings for v in x["variants"]), "every variant has a barcode"
    assert any(c["email"] is None for c in customers), "every customer has an email"
    # dirty, not broken: the other variants and customers have the usual fields
    assert sum(1 for x in listings for v in x["variants"] if v["barcode"]) > 0.7 * sum(len(x["variants"]) for x in listings)
    assert sum(1 for c in customers if c["email"]) > 0.6 * len(customers)


def test_the_demo_backlog_is_there(shop):
    orders = Counter(o["status"] for o in shop["orders"])
    for status in ("pending_payment", "paid", "processing"):
        assert orders[status] >= 1, f"no {status} order"
    tickets = Counter(t["status"] for t in shop["tickets"])
    assert sum(n for s, n in tickets.items() if s not in ("resolved", "closed")) >= 3, tickets
    campaigns = Counter(c["status"] for c in shop["campaigns"])
    for status in ("active", "scheduled", "draft", "paused"):
        assert campaigns[status] >= 1, f"no {status} campaign"
    blocked = [x for x in shop["listings"] if x["status"] == "blocked_by_platform"]
    assert len(blocked) >= 2 and all(x["blocked_reason"] for x in blocked)


def test_traffic_is_at_least_the_orders(shop, orders_by_day):
    days = {}
    for a in shop["analytics/daily"]:
        assert a["visits"] >= a["sessions"] >= 0, a
        if a["scope"] == "shop":
            days[date.fromisoformat(a["date"])] = a
    assert set(days) == set(COVERED), "a covered day without shop traffic"
    for d, a in days.items():
        assert a["sessions"] >= orders_by_day[d], (d, a["sessions"], orders_by_day[d])
