"""The deterministic shop generator: two years of a busy online shop, at three scales.

``generate(storage, seed=, scale=, anchor=)`` fills an empty platform database. The same seed,
scale and anchor date always give byte-identical records: every random choice comes from one
``random.Random(seed)`` drawn in a fixed order, and no wall-clock time is read. History covers the
730 days before the anchor date (UTC midnight), so nothing seeded lies in the future.

Shapes a shop owner would recognise: a long tail of products (Zipf-like popularity), weekends
busier than weekdays, the Double 11 (Nov 11) and 618 (Jun 18) peaks with their pre-sales, a dip
over the Spring Festival, slow growth, campaign uplift on the products in scope, return and refund
rates by category, ratings that sink with returns, Chinese and English names and reviews, and some
dirty data (very long titles, emoji, stray markup, missing optional fields).

Orders are generated chronologically and written in chunks, so the large scale (1M orders) never
holds more than a chunk of them in memory.

Builders reused by live activity (:mod:`.activity`), each returning a record without ``id`` (the
caller assigns ids and nested ids inside its transaction):

- ``ShopModel.from_storage(storage)``: what the builders need to know about an existing shop;
- ``new_customer(rng, model, at) -> dict``;
- ``new_order(rng, model, at, customer) -> dict`` (pending payment, stock not yet committed);
- ``new_ticket(rng, model, at, order) -> dict`` (status new, one customer message);
- ``new_review(rng, model, at, order) -> dict``;
- ``customer_message(rng, ticket_type, language) -> str``.
"""

from __future__ import annotations

import bisect
import gc
import itertools
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from random import Random

from sqlalchemy import select

from . import corpus as C
from .storage import RESOURCE_TABLES, Storage

UTC = timezone.utc
SHOP_TZ = timedelta(hours=8)  # Asia/Shanghai, no daylight saving
USD_RATE = 7.1  # CNY per USD, fixed for the sandbox
AGENTS = ("agent", "amy", "tom")
DAYS = 730


@dataclass(frozen=True)
class Scale:
    listings: int
    orders: int
    customers: int
    campaigns: int
    ticket_factor: float   # multiplies the categories' return and refund rates
    review_rate: float     # share of delivered orders that get a review
    listing_traffic: int   # listings with visits but no order, per day


SCALES: dict[str, Scale] = {
    "small": Scale(listings=200, orders=5_000, customers=1_500, campaigns=20, ticket_factor=0.55, review_rate=0.33,
                   listing_traffic=20),
    "medium": Scale(listings=2_000, orders=100_000, customers=20_000, campaigns=60, ticket_factor=0.5,
                    review_rate=0.22, listing_traffic=40),
    "large": Scale(listings=20_000, orders=1_000_000, customers=200_000, campaigns=300, ticket_factor=0.5,
                   review_rate=0.22, listing_traffic=60),
}

SHOP_NAME = "Lumi & Co. 露米生活馆"

SLA = {
    "low": {"first_response_hours": 24, "next_response_hours": 48, "resolution_hours": 120},
    "normal": {"first_response_hours": 8, "next_response_hours": 24, "resolution_hours": 72},
    "high": {"first_response_hours": 4, "next_response_hours": 8, "resolution_hours": 24},
    "urgent": {"first_response_hours": 1, "next_response_hours": 2, "resolution_hours": 8},
}

# first day of the Spring Festival (lunar new year), by year
SPRING_FESTIVAL = {2022: date(2022, 2, 1), 2023: date(2023, 1, 22), 2024: date(2024, 2, 10),
                   2025: date(2025, 1, 29), 2026: date(2026, 2, 17), 2027: date(2027, 2, 6),
                   2028: date(2028, 1, 26), 2029: date(2029, 2, 13), 2030: date(2030, 2, 3)}

CATEGORY_WEIGHTS = {"apparel": 22, "shoes": 9, "beauty": 12, "electronics": 9, "home": 10, "kitchen": 8, "toys": 6,
                    "sports": 6, "food": 7, "books": 4, "pets": 4, "jewelry": 3}
CHANNELS_CNY = (("online_store", 30), ("mobile_app", 25), ("wechat_mini_program", 25), ("marketplace", 12),
                ("social", 6), ("pos", 2))
PAY_CNY = (("alipay", 45), ("wechat_pay", 38), ("unionpay", 7), ("card", 4), ("cash_on_delivery", 6))
PAY_USD = (("card", 85), ("alipay", 10), ("wechat_pay", 5))
CARRIERS_CNY = ("SF Express", "ZTO Express", "YTO Express", "JD Logistics", "EMS", "STO Express")
CARRIERS_USD = ("DHL Express", "SF International", "EMS")
# share of the day's orders by local hour
HOURS = (2, 1, 1, 1, 1, 1, 2, 3, 5, 6, 7, 8, 7, 6, 6, 6, 6, 6, 7, 8, 10, 11, 9, 5)
TICKET_MIX = (("return", 0), ("refund_only", 0), ("exchange", 10), ("repair", 4), ("complaint", 6),
              ("inquiry", 10), ("dispute", 2))
PRIORITIES = (("normal", 60), ("high", 20), ("low", 12), ("urgent", 8))


def _cum(pairs) -> tuple[list, list[float]]:
    pairs = list(pairs)
    values = [p[0] for p in pairs]
    return values, list(itertools.accumulate(p[1] for p in pairs))


def _choice(rng: Random, table: tuple[list, list[float]]):
    values, cum = table
    return values[bisect.bisect_right(cum, rng.random() * cum[-1])]


CHANNEL_T = _cum(CHANNELS_CNY)
PAY_CNY_T = _cum(PAY_CNY)
PAY_USD_T = _cum(PAY_USD)
CATEGORY_T = _cum(CATEGORY_WEIGHTS.items())
HOURS_T = _cum(enumerate(HOURS))
PRIORITY_T = _cum(PRIORITIES)


def _ts(dt: datetime) -> str:
    """What :func:`.storage.format_ts` gives (ISO 8601 UTC, microseconds, Z), in about 60% of its time:
    the generator formats some ten million timestamps for the large shop."""
    if dt.tzinfo is not UTC:
        dt = dt.astimezone(UTC)
    return dt.isoformat(timespec="microseconds")[:-6] + "Z"  # drop "+00:00"


def _price(rng: Random, lo: int, hi: int) -> int:
    """A shop price in fen: log-uniform in the range, ending in 9 yuan or .9."""
    import math
    value = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    yuan = int(value / 100)
    return max(100, (yuan // 10 * 10 + 9) * 100 if yuan >= 20 else yuan * 100 + 90)


def _ean13(rng: Random) -> str:
    digits = [6, 9, 0] + [rng.randrange(10) for _ in range(9)]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    return "".join(map(str, digits)) + str(check)


def shop_definition(anchor: date) -> dict:
    """The shop: currency, time zone, business hours, public holidays in the covered period, SLA."""
    holidays: list[str] = []
    for year in range(anchor.year - 3, anchor.year + 2):
        days: list[date] = [date(year, 1, 1)]
        if year in SPRING_FESTIVAL:
            first = SPRING_FESTIVAL[year]
            days += [first + timedelta(days=i) for i in range(-1, 7)]
        days += [date(year, 5, d) for d in range(1, 6)] + [date(year, 10, d) for d in range(1, 8)]
        holidays += [d.isoformat() for d in days if anchor - timedelta(days=DAYS + 30) <= d <= anchor + timedelta(days=365)]
    week = {d: ["09:00", "18:00"] for d in ("mon", "tue", "wed", "thu", "fri")}
    week["sat"] = ["10:00", "16:00"]
    return {
        "id": 1, "name": SHOP_NAME, "currency": "CNY", "timezone": "Asia/Shanghai", "locale": "zh_CN",
        "business_hours": week, "holidays": sorted(set(holidays)), "sla": SLA,
    }


# --- the model of a shop the builders work from ----------------------------------------------

@dataclass
class ShopModel:
    """What order, ticket and review builders need: sellable products and their popularity."""

    listings: list[dict]                       # sellable (active) listings, most popular first
    cum_weights: list[float]
    variant_locations: dict[int, tuple[int, ...]]  # variant id -> locations that stock it
    campaigns: list[dict] = field(default_factory=list)

    def pick_listing(self, rng: Random) -> dict:
        return self.listings[bisect.bisect_right(self.cum_weights, rng.random() * self.cum_weights[-1])]

    @classmethod
    def build(cls, listings: list[dict], variant_locations: dict[int, tuple[int, ...]]) -> ShopModel:
        sellable = [x for x in listings if x["status"] == "active"] or listings
        weights = [1.0 / (rank + 1) ** 1.1 for rank in range(len(sellable))]
        return cls(sellable, list(itertools.accumulate(weights)), variant_locations)

    @classmethod
    def from_storage(cls, storage: Storage) -> ShopModel:
        lt, it = RESOURCE_TABLES["listings"], RESOURCE_TABLES["inventory"]
        with storage.engine.connect() as conn:
            listings = [json.loads(r.body) for r in conn.execute(
                select(lt.c.body).where(lt.c.deleted.is_(False)).order_by(lt.c.id))]
            locs: dict[int, list[int]] = {}
            for r in conn.execute(select(it.c.variant_id, it.c.location_id).where(it.c.deleted.is_(False))
                                  .order_by(it.c.id)):
                locs.setdefault(r.variant_id, []).append(r.location_id)
            ct = RESOURCE_TABLES["campaigns"]
            campaigns = [c for c in (json.loads(r.body) for r in conn.execute(
                select(ct.c.body).where(ct.c.deleted.is_(False)))) if c["status"] == "active"]
        # the seed orders listings by popularity through their ids: low ids sell most
        model = cls.build(listings, {k: tuple(v) for k, v in locs.items()})
        model.campaigns = campaigns
        return model


def _is_zh(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


# --- customers ---------------------------------------------------------------------------------

def new_customer(rng: Random, model: ShopModel | None, at: datetime) -> dict:
    """A customer who signs up at `at`: mostly Chinese, some abroad; optional contact details."""
    foreign = rng.random() < 0.06
    if foreign:
        country, region, city, postal, streets = rng.choice(C.FOREIGN_PLACES)
        first, last = rng.choice(C.FIRST_NAMES_EN), rng.choice(C.LAST_NAMES_EN)
        name = f"{first} {last}"
        email = f"{first.lower()}.{last.lower()}{rng.randrange(100)}@{rng.choice(C.EMAIL_DOMAINS_EN)}"
        phone = f"+1 555 {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}" if rng.random() < 0.7 else None
        province = region
    else:
        country = "CN"
        prov_idx = bisect.bisect_right(_PROVINCE_CUM, rng.random() * _PROVINCE_CUM[-1])
        province, cities = C.PROVINCES[prov_idx]
        city = rng.choice(cities)[0]
        surname, given = rng.choice(C.SURNAMES_ZH), rng.choice(C.GIVEN_NAMES_ZH)
        if rng.random() < 0.4:
            given += rng.choice(C.GIVEN_NAMES_ZH)
        name = surname + given
        pinyin = C.PINYIN_SURNAMES.get(surname, "user")
        email = f"{pinyin}{rng.randrange(10, 99999)}@{rng.choice(C.EMAIL_DOMAINS_ZH)}" if rng.random() < 0.75 else None
        phone = f"+86 1{rng.choice('35789')}{rng.randrange(10)} {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)}" \
            if rng.random() < 0.92 else None
    tags = ["vip"] if rng.random() < 0.03 else []
    stamp = _ts(at)
    return {
        "created_at": stamp, "updated_at": stamp, "version": 1, "deleted": False, "name": name,
        "email": email, "phone": phone, "country": country, "province": province, "city": city, "tags": tags,
    }


_PROVINCE_CUM = list(itertools.accumulate(C.PROVINCE_WEIGHTS))
_CITIES: dict[str, tuple] = {}   # province -> its cities (the first entry of a name wins, as in a scan)
_CITY: dict[tuple[str, str], tuple] = {}
for _province, _cities in C.PROVINCES:
    _CITIES.setdefault(_province, _cities)
for _province, _cities in _CITIES.items():
    for _city in _cities:
        _CITY.setdefault((_province, _city[0]), _city)
_FOREIGN: dict[str, tuple] = {}
for _place in reversed(C.FOREIGN_PLACES):
    _FOREIGN[_place[2]] = _place


def _address(rng: Random, customer: dict) -> dict:
    if customer["country"] == "CN":
        cities = _CITIES[customer["province"]]
        city = _CITY.get((customer["province"], customer["city"]), cities[0])
        line1 = f"{rng.choice(C.STREETS_ZH)}{rng.randrange(1, 999)}号"
        line2 = f"{rng.choice(C.BUILDINGS_ZH)}{rng.randrange(1, 30)}栋{rng.randrange(101, 2999)}室" \
            if rng.random() < 0.85 else None
        return {"name": customer["name"], "phone": customer["phone"], "country": "CN",
                "province": customer["province"], "city": city[0], "district": rng.choice(city[1]),
                "line1": line1, "line2": line2, "postal_code": f"{city[2]}{rng.randrange(100, 999)}"}
    place = _FOREIGN.get(customer["city"], C.FOREIGN_PLACES[0])
    return {"name": customer["name"], "phone": customer["phone"], "country": place[0], "province": place[1],
            "city": place[2], "district": None, "line1": f"{rng.randrange(1, 400)} {rng.choice(place[4])}",
            "line2": None if rng.random() < 0.7 else f"Apt {rng.randrange(1, 40)}", "postal_code": place[3]}


# --- listings ------------------------------------------------------------------------------------

def _listing(rng: Random, listing_id: int, created: datetime, variant_ids: itertools.count) -> dict:
    cat = C.CATEGORIES[_choice(rng, CATEGORY_T)]
    zh = rng.random() < 0.7
    lang = 1 if zh else 0
    brand = rng.choice(cat.brands)
    adj, noun, qual = rng.choice(cat.adjectives), rng.choice(cat.nouns), rng.choice(cat.qualifiers)
    if zh:
        title = f"{brand} {adj[1]}{noun[1]} {qual[1]}"
    else:
        title = f"{brand} {adj[0]} {noun[0]}, {qual[0]}"
    dirt = rng.random()
    if dirt < 0.012:
        parts = []
        while len(" ".join(parts)) < 300:
            parts.append(rng.choice(C.LONG_TITLE_PARTS))
        title = f"{title} " + " ".join(parts)
    elif dirt < 0.025:
        title = f"{rng.choice(C.EMOJI)} {title} {rng.choice(C.EMOJI)}"
    elif dirt < 0.032:
        title = f"{title} {rng.choice(C.ODD_FRAGMENTS)}"
    base = _price(rng, *cat.price_range)
    # variants: a product of the first one or two option axes
    axes = cat.axes[: rng.choice((1, 1, 2))]
    combos = [()]
    for axis in axes:
        values = rng.sample(axis.values, k=min(len(axis.values), rng.choice((1, 2, 3, 3, 4))))
        combos = [c + ((axis, v, i),) for c in combos for i, v in enumerate(values)]
    combos = combos[: rng.choice((1, 2, 3, 4, 6))]
    variants = []
    for k, combo in enumerate(combos, start=1):
        price = base
        for axis, _v, i in combo:
            price = int(price * (1 + axis.price_steps * i)) // 100 * 100 + 90 if axis.price_steps else price
        vid = next(variant_ids)
        options = {axis.name: v[lang] for axis, v, _ in combo}
        variants.append({
            "id": vid, "sku": f"{cat.key[:3].upper()}-{listing_id:05d}-{k:02d}",
            "title": " / ".join(options.values()) or ("默认" if zh else "Default"),
            "price": price,
            "compare_at_price": int(price * rng.uniform(1.2, 1.6)) // 100 * 100 + 900 if rng.random() < 0.3 else None,
            "cost": int(price * rng.uniform(0.35, 0.65)),
            "barcode": _ean13(rng) if rng.random() < 0.85 else None,
            "weight_grams": rng.randrange(*cat.weight_range) if rng.random() < 0.9 else None,
            "options": options,
            "image_urls": [f"https://img.sandbox.invalid/listing/{listing_id}/v{k}.jpg"] if rng.random() < 0.5 else [],
        })
    n_images = rng.choice((0, 1, 2, 3, 3, 4, 5, 5)) if rng.random() > 0.05 else 0
    description = rng.choice(C.DESCRIPTIONS["zh" if zh else "en"]).format(noun=noun[lang]) \
        if rng.random() < 0.85 else None
    r = rng.random()
    status = "active" if r < 0.88 else "draft" if r < 0.93 else "delisted" if r < 0.985 else "blocked_by_platform"
    return {
        "id": listing_id, "version": 1, "created_at": _ts(created), "updated_at": _ts(created), "deleted": False,
        "title": title, "description": description, "category": cat.key, "brand": brand,
        "tags": rng.sample(cat.tags, k=rng.randrange(0, min(3, len(cat.tags)) + 1)),
        "status": status,
        "blocked_reason": rng.choice(C.BLOCKED_REASONS) if status == "blocked_by_platform" else None,
        "currency": "CNY",
        "image_urls": [f"https://img.sandbox.invalid/listing/{listing_id}/{i}.jpg" for i in range(1, n_images + 1)],
        "variants": variants,
    }


# --- orders --------------------------------------------------------------------------------------

def _lines(rng: Random, model: ShopModel, currency: str, line_ids, boost: list[dict] | None = None) -> list[dict]:
    n = 1 if rng.random() < 0.7 else 2 if rng.random() < 0.67 else rng.choice((3, 3, 4))
    lines: list[dict] = []
    used: set[int] = set()
    for i in range(n):
        listing = rng.choice(boost) if boost and i == 0 else model.pick_listing(rng)
        variant = rng.choice(listing["variants"])
        if variant["id"] in used:
            continue
        used.add(variant["id"])
        qty = 1 if rng.random() < 0.85 else rng.choice((2, 2, 3))
        unit = variant["price"] if currency == "CNY" else max(99, round(variant["price"] / USD_RATE))
        stocked = model.variant_locations.get(variant["id"], (1,))
        location = 2 if 2 in stocked and rng.random() < 0.35 else 3 if 3 in stocked and rng.random() < 0.5 else stocked[0]
        lines.append({
            "id": next(line_ids) if line_ids is not None else 0, "listing_id": listing["id"],
            "variant_id": variant["id"], "sku": variant["sku"],
            "title": listing["title"][:120] + (f" — {variant['title']}" if len(listing["variants"]) > 1 else ""),
            "location_id": location, "quantity": qty, "unit_price": unit, "discount": 0, "total": unit * qty,
            "fulfilled_quantity": 0, "refunded_quantity": 0,
        })
    return lines


@dataclass
class _CampaignUse:
    """What the generator's orders have used of limits a campaign record does not count itself."""

    per_customer: dict[tuple[int, int], int] = field(default_factory=dict)  # (campaign, customer) -> orders
    flash_units: dict[int, int] = field(default_factory=dict)               # campaign -> units at the flash price

    def commit(self, order: dict, applied: list[tuple[dict, int, int]]) -> None:
        """Count an accepted order's campaign discounts on the campaigns (spent, redemptions)."""
        for c, discount, units in applied:
            c["spent"] += discount
            c["redemptions"] += 1
            key = (c["id"], order["customer"]["id"])
            self.per_customer[key] = self.per_customer.get(key, 0) + 1
            if units:
                self.flash_units[c["id"]] = self.flash_units.get(c["id"], 0) + units


def _apply_campaigns(rng: Random, order: dict, campaigns: list[dict],
                     use: _CampaignUse | None = None) -> list[tuple[dict, int, int]]:
    """Discounts of the campaigns running now on the order's lines.

    Answers (campaign, discount, units at a flash price) for each campaign used; the caller counts
    them on the campaigns once the order is accepted. Campaigns are priced in the shop's currency
    (CNY), so an order in another currency gets none. A campaign whose budget, coupon usage limit
    or flash-sale stock cap would be exceeded is skipped; per-customer limits and stock caps are
    only checked when `use` says what was used before.
    """
    applied: list[tuple[dict, int, int]] = []
    if order["currency"] != "CNY":
        return applied
    all_lines = order["lines"]

    def room(ln: dict) -> int:
        return ln["unit_price"] * ln["quantity"] - ln["discount"]

    for c in campaigns:
        scope = c["listing_ids"]
        lines = [ln for ln in all_lines if not scope or ln["listing_id"] in scope]
        if not lines:
            continue
        r = c["rules"]
        kind = c["type"]
        if kind == "coupon":
            if rng.random() > 0.35:
                continue
            if r.get("usage_limit") and c["redemptions"] >= r["usage_limit"]:
                continue
            if use is not None and r.get("per_customer_limit") and \
                    use.per_customer.get((c["id"], order["customer"]["id"]), 0) >= r["per_customer_limit"]:
                continue
        cuts: list[tuple[dict, int]] = []
        if kind in ("percent_off", "flash_sale", "coupon") and r.get("percent_off"):
            cuts = [(ln, min(room(ln), ln["unit_price"] * ln["quantity"] * r["percent_off"] // 100)) for ln in lines]
        elif kind in ("amount_off", "coupon") and r.get("amount_off"):
            cuts = [(lines[0], min(r["amount_off"], room(lines[0]) - 1))]
        elif kind == "spend_x_save_y":
            if sum(room(ln) for ln in all_lines) >= r["threshold"]:
                ln = max(all_lines, key=lambda x: x["unit_price"] * x["quantity"])
                cuts = [(ln, min(r["save"], room(ln)))]
        elif kind == "bundle":
            in_bundle = [ln for ln in all_lines if ln["listing_id"] in scope]
            if in_bundle and len({ln["listing_id"] for ln in in_bundle}) == len(scope):
                full = sum(ln["unit_price"] for ln in in_bundle)
                cuts = [(in_bundle[0], min(room(in_bundle[0]), full - r["bundle_price"]))]
        cuts = [(ln, d) for ln, d in cuts if d > 0]
        discount = sum(d for _, d in cuts)
        if discount <= 0:
            continue
        if c.get("budget") is not None and c["spent"] + discount > c["budget"]:
            continue  # the budget is used up
        units = sum(ln["quantity"] for ln, _ in cuts) if kind == "flash_sale" else 0
        if units and use is not None and r.get("stock_cap") and \
                use.flash_units.get(c["id"], 0) + units > r["stock_cap"]:
            continue  # sold out at the flash price
        for ln, d in cuts:
            ln["discount"] += d
        applied.append((c, discount, units))
        if kind == "coupon":
            order["coupon_code"] = r["code"]
    for ln in all_lines:
        ln["total"] = ln["unit_price"] * ln["quantity"] - ln["discount"]
    return applied


def _totals(order: dict) -> None:
    subtotal = sum(ln["unit_price"] * ln["quantity"] for ln in order["lines"])
    discount = sum(ln["discount"] for ln in order["lines"])
    net = subtotal - discount
    if order["currency"] == "CNY":
        shipping, tax = (0 if net >= 9900 else 1000), 0
    else:
        shipping, tax = (0 if net >= 5000 else 1500), round(net * 0.08)
    order.update(subtotal=subtotal, discount_total=discount, shipping_total=shipping, tax_total=tax,
                 total=net + shipping + tax)


def _order_shell(rng: Random, model: ShopModel, at: datetime, customer: dict, line_ids,
                 campaigns: list[dict], boost: list[dict] | None = None, launch: dict[int, str] | None = None,
                 use: _CampaignUse | None = None) -> tuple[dict | None, list[tuple[dict, int, int]]]:
    """An order placed at `at` and the campaigns it used; (None, []) when a product was not on sale
    yet (by `launch`: listing id -> created_at)."""
    currency = "USD" if customer["country"] != "CN" else "CNY"
    if currency == "USD":
        channel = rng.choice(("marketplace", "social", "online_store"))
        payment = _choice(rng, PAY_USD_T)
    else:
        channel = _choice(rng, CHANNEL_T)
        payment = "cash_on_delivery" if channel == "pos" else _choice(rng, PAY_CNY_T)
    r = rng.random()
    risk = "low" if r < (0.9 if currency == "CNY" else 0.75) else "medium" if r < 0.98 else "high"
    stamp = _ts(at)
    order = {
        "version": 1, "deleted": False, "number": "", "created_at": stamp, "updated_at": stamp,
        "status": "pending_payment", "financial_status": "pending", "fulfillment_status": "unfulfilled",
        "currency": currency, "paid_total": 0, "refunded_total": 0, "payment_method": payment, "channel": channel,
        "customer": {"id": customer["id"], "name": customer["name"], "email": customer["email"],
                     "phone": customer["phone"]},
        "shipping_address": _address(rng, customer), "risk_level": risk, "campaign_ids": [], "coupon_code": None,
        "lines": _lines(rng, model, currency, line_ids, boost), "fulfilments": [], "refunds": [],
        "events": [{"at": stamp, "type": "created", "message": f"Order placed on {channel}", "actor": "customer"}],
        "paid_at": None, "cancelled_at": None, "cancel_reason": None, "delivered_at": None, "completed_at": None,
    }
    if launch is not None and any(launch[ln["listing_id"]] > order["created_at"] for ln in order["lines"]):
        return None, []
    applied = _apply_campaigns(rng, order, campaigns, use)
    order["campaign_ids"] = [c["id"] for c, _, _ in applied]
    _totals(order)
    if rng.random() < 0.04:
        order["events"].append({"at": stamp, "type": "note", "message": rng.choice(C.ORDER_NOTES),
                                "actor": "customer"})
    return order, applied


def new_order(rng: Random, model: ShopModel, at: datetime, customer: dict) -> dict:
    """A storefront order placed at `at`, awaiting payment (ids of lines are 0: the caller sets them)."""
    running = [c for c in model.campaigns if c["starts_at"] <= _ts(at) < c["ends_at"] and c["status"] == "active"]
    order, _ = _order_shell(rng, model, at, customer, None, running)
    return order


def _event(order: dict, stamp: str, type_: str, message: str, actor: str = "platform") -> None:
    order["events"].append({"at": stamp, "type": type_, "message": message, "actor": actor})
    order["version"] += 1
    order["updated_at"] = max(order["updated_at"], stamp)


def _ship(rng: Random, order: dict, at: datetime, lines: list[tuple[dict, int]]) -> dict:
    carriers = CARRIERS_CNY if order["currency"] == "CNY" else CARRIERS_USD
    carrier = rng.choice(carriers)
    tracking = f"{carrier[:2].upper()}{rng.randrange(10**11, 10**12)}"
    stamp = _ts(at)
    f = {"id": 0, "carrier": carrier, "tracking_number": tracking, "status": "in_transit",
         "lines": [{"line_id": ln["id"], "quantity": q} for ln, q in lines], "shipped_at": stamp, "delivered_at": None}
    for ln, q in lines:
        ln["fulfilled_quantity"] += q
    order["fulfilments"].append(f)
    units = sum(q for _, q in lines)
    _event(order, stamp, "shipped", f"{units} unit(s) shipped with {carrier}, tracking {tracking}", "merchant")
    return f


def _refund(order: dict, at: datetime, amount: int, reason: str, lines: list[tuple[dict, int]], restock: bool,
            actor: str) -> None:
    amount = min(amount, order["paid_total"] - order["refunded_total"])
    if amount <= 0:
        return
    for ln, q in lines:
        ln["refunded_quantity"] += q
    stamp = _ts(at)
    order["refunds"].append({"id": 0, "amount": amount, "reason": reason,
                             "lines": [{"line_id": ln["id"], "quantity": q} for ln, q in lines], "restock": restock,
                             "created_at": stamp, "actor": actor})
    order["refunded_total"] += amount
    order["financial_status"] = "refunded" if order["refunded_total"] >= order["paid_total"] else "partially_refunded"
    _event(order, stamp, "refunded", f"Refunded {amount} ({order['currency']} minor units): {reason}", actor)


def _live_order(rng: Random, order: dict, at: datetime, end: datetime) -> None:
    """Move an order along its life as far as `end`: payment, fulfilment, delivery, completion."""
    cod = order["payment_method"] == "cash_on_delivery"
    pay_at = at + (timedelta(minutes=rng.uniform(0.5, 40)) if rng.random() < 0.85 else timedelta(hours=rng.uniform(1, 20)))
    fate = rng.random()
    if not cod and fate < 0.025:  # never paid: the platform cancels after a day
        cancel_at = at + timedelta(hours=24)
        if cancel_at <= end:
            stamp = _ts(cancel_at)
            order.update(status="cancelled", financial_status="voided", cancelled_at=stamp,
                         cancel_reason=rng.choice(C.CANCEL_REASONS_UNPAID))
            _event(order, stamp, "cancelled", f"Cancelled: {order['cancel_reason']}")
        return
    if not cod:
        if pay_at > end:
            return
        stamp = _ts(pay_at)
        order.update(status="paid", financial_status="paid", paid_total=order["total"], paid_at=stamp)
        _event(order, stamp, "paid", f"Paid by {order['payment_method']}", "customer")
    if not cod and fate < 0.055:  # paid, then cancelled before shipping
        cancel_at = pay_at + timedelta(hours=rng.uniform(0.5, 20))
        if cancel_at <= end:
            reason = rng.choice(C.CANCEL_REASONS_PAID)
            stamp = _ts(cancel_at)
            order["refunds"].append({"id": 0, "amount": order["paid_total"], "reason": f"cancelled: {reason}",
                                     "lines": [], "restock": False, "created_at": stamp, "actor": "merchant"})
            order.update(status="cancelled", financial_status="refunded", refunded_total=order["paid_total"],
                         cancelled_at=stamp, cancel_reason=reason)
            _event(order, stamp, "cancelled", f"Cancelled: {reason}", "merchant")
        return
    confirm_at = pay_at + timedelta(hours=rng.uniform(0.2, 8))
    if confirm_at > end:
        return
    if not cod:
        order["status"] = "processing"
        _event(order, _ts(confirm_at), "confirmed", "Order confirmed for fulfilment", "merchant")
    ship_at = confirm_at + timedelta(hours=rng.uniform(3, 40))
    if ship_at > end:
        return
    lines = order["lines"]
    if len(lines) > 1 and rng.random() < 0.15:  # split shipment: one line first
        _ship(rng, order, ship_at, [(lines[0], lines[0]["quantity"])])
        order["status"], order["fulfillment_status"] = "partially_shipped", "partial"
        ship_at += timedelta(hours=rng.uniform(12, 72))
        if ship_at > end:
            return
        _ship(rng, order, ship_at, [(ln, ln["quantity"]) for ln in lines[1:]])
    else:
        _ship(rng, order, ship_at, [(ln, ln["quantity"]) for ln in lines])
    order["status"], order["fulfillment_status"] = "shipped", "fulfilled"
    deliver_at = ship_at + timedelta(hours=rng.uniform(20, 100 if order["currency"] == "CNY" else 240))
    if deliver_at > end:
        return
    stamp = _ts(deliver_at)
    for f in order["fulfilments"]:
        f.update(status="delivered", delivered_at=stamp)
    order.update(status="delivered", delivered_at=stamp)
    if cod:
        order.update(financial_status="paid", paid_total=order["total"], paid_at=stamp)
        _event(order, stamp, "paid", "Cash collected on delivery", "platform")
    _event(order, stamp, "delivered", "Delivered to the customer")
    complete_at = deliver_at + timedelta(days=7)
    if complete_at <= end:
        stamp = _ts(complete_at)
        order.update(status="completed", completed_at=stamp)
        _event(order, stamp, "completed", "Completed: the return window closed")


# --- tickets and reviews -------------------------------------------------------------------------

def customer_message(rng: Random, ticket_type: str, language: str, item: str = "", order_number: str = "") -> str:
    """What a customer writes on a ticket of this type, in their language."""
    text = rng.choice(C.CUSTOMER_MESSAGES[ticket_type][language])
    return text.replace("{item}", item or ("商品" if language == "zh" else "item")).replace(
        "{order}", order_number or "")


def _ticket_type(rng: Random, cat: C.Category, factor: float) -> str | None:
    r = rng.random()
    if r < cat.return_rate * factor:
        return "return"
    r -= cat.return_rate * factor
    if r < cat.refund_rate * factor * 1.5:
        return "refund_only"
    r -= cat.refund_rate * factor * 1.5
    if r < 0.012 * factor * 2:
        return _choice(rng, _OTHER_TICKETS_T)
    return None


_OTHER_TICKETS_T = _cum([(k, w) for k, w in TICKET_MIX if w])


def _lang_of(customer_or_order: dict) -> str:
    name = customer_or_order["name"] if "name" in customer_or_order else customer_or_order["customer"]["name"]
    return "zh" if _is_zh(name) else "en"


def new_ticket(rng: Random, model: ShopModel | None, at: datetime, order: dict, ticket_type: str | None = None) -> dict:
    """An after-sales ticket a customer opens at `at` about `order` (status new, one message)."""
    lang = _lang_of(order)
    ticket_type = ticket_type or _choice(rng, _cum([("return", 30), ("refund_only", 20)] + [x for x in TICKET_MIX if x[1]]))
    line = rng.choice(order["lines"])
    priority = "high" if ticket_type == "dispute" else _choice(rng, PRIORITY_T)
    item = line["title"].split(" — ")[0][:40]
    first = customer_message(rng, ticket_type, lang, item, order["number"])
    stamp = _ts(at)
    return {
        "version": 1, "deleted": False, "number": "", "created_at": stamp, "updated_at": stamp,
        "type": ticket_type, "status": "new", "priority": priority,
        "subject": rng.choice(C.TICKET_SUBJECTS[ticket_type][lang]), "customer_id": order["customer"]["id"],
        "customer_name": order["customer"]["name"], "order_id": order["id"], "order_number": order["number"],
        "line_ids": [line["id"]], "assignee": None, "tags": [],
        "requested_amount": line["total"] if ticket_type in ("return", "refund_only", "dispute") else None,
        "first_response_due": None, "next_response_due": None, "resolution_due": None,
        "first_responded_at": None, "resolved_at": None, "closed_at": None, "rma": None,
        "dispute_deadline": _ts(at + timedelta(days=7)) if ticket_type == "dispute" else None,
        "messages": [{"id": 0, "author_type": "customer", "kind": "message", "author": order["customer"]["name"],
                      "body": first, "attachments": [f"https://img.sandbox.invalid/ticket/{order['id']}/1.jpg"]
                      if rng.random() < 0.3 else [], "at": stamp}],
    }


def _dues(ticket: dict, created: datetime) -> None:
    sla = SLA[ticket["priority"]]
    ticket["first_response_due"] = _ts(created + timedelta(hours=sla["first_response_hours"]))
    ticket["resolution_due"] = _ts(created + timedelta(hours=sla["resolution_hours"]))


def _work_ticket(rng: Random, ticket: dict, order: dict, created: datetime, end: datetime, msg_ids) -> None:
    """Play the ticket's conversation and outcome forward until `end` (and refund the order)."""
    lang = _lang_of(order)
    _dues(ticket, created)
    for m in ticket["messages"]:
        m["id"] = next(msg_ids)
    t = created
    sla = SLA[ticket["priority"]]

    def say(author_type, kind, author, body, at):
        stamp = _ts(at)
        ticket["messages"].append({"id": next(msg_ids), "author_type": author_type, "kind": kind, "author": author,
                                   "body": body, "attachments": [], "at": stamp})
        ticket["version"] += 1
        ticket["updated_at"] = max(ticket["updated_at"], stamp)

    # first response, sometimes late
    t = t + timedelta(hours=rng.uniform(0.2, sla["first_response_hours"] * (1.6 if rng.random() < 0.15 else 0.9)))
    if t > end:
        return
    agent = rng.choice(AGENTS)
    ticket["assignee"] = agent
    ticket["status"] = "open"
    ticket["first_responded_at"] = _ts(t)
    say("agent", "reply", agent, rng.choice(C.AGENT_REPLIES["greeting"][lang]) + " " +
        rng.choice(C.AGENT_REPLIES["ask_info"][lang]), t)
    if rng.random() < 0.3 and t + timedelta(minutes=3) <= end:
        say("agent", "internal_note", agent, rng.choice(C.INTERNAL_NOTES), t + timedelta(minutes=3))
    t += timedelta(hours=rng.uniform(1, 30))
    if t > end:
        ticket["status"] = "awaiting_customer"
        return
    say("customer", "message", order["customer"]["name"], rng.choice(C.FOLLOW_UPS[lang]), t)
    line = next(ln for ln in order["lines"] if ln["id"] == ticket["line_ids"][0])
    kind = ticket["type"]
    if kind in ("return", "exchange") and rng.random() < 0.85:
        t += timedelta(hours=rng.uniform(0.5, 10))
        if t > end:
            return
        qty = min(line["fulfilled_quantity"], 1 if rng.random() < 0.8 else line["fulfilled_quantity"])
        ticket["rma"] = {"number": "", "items": [{"line_id": line["id"], "quantity": qty}], "status": "awaiting",
                         "approved_at": _ts(t), "received_at": None}
        ticket["status"] = "awaiting_return"
        say("agent", "reply", agent, rng.choice(C.AGENT_REPLIES["approve"][lang]), t)
        t += timedelta(days=rng.uniform(2, 7))
        if t > end:
            return
        ticket["rma"].update(status="received", received_at=_ts(t))
        ticket["status"] = "open"
        if kind == "return":
            unit = line["total"] // line["quantity"]
            _refund(order, t, unit * qty, "return received", [(line, qty)], True, agent)
            say("agent", "reply", agent, rng.choice(C.AGENT_REPLIES["refund"][lang]), t)
    elif kind in ("refund_only", "dispute") and order["paid_total"] > 0 and rng.random() < 0.8:
        t += timedelta(hours=rng.uniform(1, 24))
        if t > end:
            return
        share = rng.choice((1.0, 1.0, 0.5, 0.3))
        _refund(order, t, int(line["total"] * share), "damaged or missing item" if kind == "refund_only"
                else "dispute settled", [(line, line["quantity"])] if share == 1.0 else [], False, agent)
        say("agent", "reply", agent, rng.choice(C.AGENT_REPLIES["refund"][lang]), t)
    elif rng.random() < 0.1:
        if t + timedelta(minutes=10) <= end:
            ticket["status"] = "escalated"
            say("system", "internal_note", agent, "Status open → escalated", t + timedelta(minutes=10))
        return
    t += timedelta(hours=rng.uniform(1, 48))
    if t > end:
        return
    ticket["status"] = "resolved"
    ticket["resolved_at"] = _ts(t)
    say("agent", "reply", agent, rng.choice(C.AGENT_REPLIES["resolve"][lang]), t)
    t += timedelta(days=rng.uniform(2, 5))
    if t > end:
        return
    ticket["status"] = "closed"
    ticket["closed_at"] = _ts(t)
    ticket["version"] += 1
    ticket["updated_at"] = _ts(t)


def _review_text(rng: Random, lang: str, sentiment: str, topics: tuple[str, ...]) -> str:
    pool = C.REVIEW_SENTENCES[lang][sentiment]
    chosen = rng.sample(topics, k=min(len(topics), rng.choice((1, 1, 2, 2, 3))))
    parts = [rng.choice(pool[t]) for t in chosen if t in pool] or [rng.choice(pool["general"])]
    if rng.random() < 0.3:
        parts.append(rng.choice(pool["general"]))
    text = ("" if lang == "zh" else " ").join(parts)
    if rng.random() < 0.06:
        text += " " + rng.choice(C.EMOJI)
    return text


def new_review(rng: Random, model: ShopModel | None, at: datetime, order: dict, *, had_trouble: bool = False,
               listing: dict | None = None) -> dict:
    """A review of the order's first line, written at `at`; trouble (a return or refund) drags it down."""
    line = order["lines"][0]
    category = C.CATEGORIES.get((listing or {}).get("category", ""), None)
    if category is None and model is not None:
        category = C.CATEGORIES.get(next((x["category"] for x in model.listings if x["id"] == line["listing_id"]),
                                         "home"))
    category = category or C.CATEGORIES["home"]
    if had_trouble:
        rating = 1 if rng.random() < 0.45 else 2 if rng.random() < 0.7 else 3
    else:
        rating = max(1, min(5, round(rng.gauss(category.quality + 0.15, 0.95))))
    sentiment = "positive" if rating >= 4 else "neutral" if rating == 3 else "negative"
    lang = _lang_of(order) if rng.random() < 0.95 else ("en" if _lang_of(order) == "zh" else "zh")
    media = [f"https://img.sandbox.invalid/review/{order['id']}/{i}.jpg"
             for i in range(1, rng.choice((1, 2, 3)) + 1)] if rng.random() < (0.3 if rating <= 2 else 0.12) else []
    title = rng.choice(C.REVIEW_TITLES[lang][sentiment]) if rng.random() < 0.6 else None
    stamp = _ts(at)
    return {
        "version": 1, "deleted": False, "created_at": stamp, "updated_at": stamp, "listing_id": line["listing_id"],
        "variant_id": line["variant_id"], "order_id": order["id"], "customer_id": order["customer"]["id"],
        "customer_name": order["customer"]["name"], "rating": rating, "title": title,
        "body": _review_text(rng, lang, sentiment, category.topics), "language": lang, "media_urls": media,
        "status": "published", "status_reason": None, "tags": [], "reply": None,
    }


def _age_review(rng: Random, review: dict, at: datetime, end: datetime) -> None:
    lang = review["language"]
    sentiment = "positive" if review["rating"] >= 4 else "neutral" if review["rating"] == 3 else "negative"
    r = rng.random()
    if r < 0.04 or (r < 0.07 and review["rating"] <= 2):
        kind = "hidden" if rng.random() < 0.55 else "reported"
        t = at + timedelta(hours=rng.uniform(2, 72))
        if t <= end:
            review.update(status=kind, status_reason=rng.choice(C.REVIEW_STATUS_REASONS[kind]), version=review["version"] + 1,
                          updated_at=_ts(t))
    if rng.random() < (0.75 if sentiment == "negative" else 0.35):
        t = at + timedelta(hours=rng.uniform(1, 96))
        if t <= end:
            review["reply"] = {"body": rng.choice(C.REVIEW_REPLIES[lang][sentiment]), "author": rng.choice(("merchant", "agent")),
                               "at": _ts(t)}
            review["version"] += 1
            review["updated_at"] = max(review["updated_at"], _ts(t))


# --- campaigns -----------------------------------------------------------------------------------

def _campaigns(rng: Random, scale: Scale, start: date, anchor: date, sellable: list[dict]) -> list[dict]:
    out: list[dict] = []

    def add(name: str, kind: str, starts: datetime, ends: datetime, listing_ids: list[int], rules: dict,
            budget: int | None) -> None:
        out.append({"id": 0, "version": 1, "deleted": False, "created_at": "", "updated_at": "", "name": name,
                    "type": kind, "status": "scheduled", "starts_at": _ts(starts), "ends_at": _ts(ends),
                    "currency": "CNY", "budget": budget, "spent": 0, "redemptions": 0, "listing_ids": listing_ids,
                    "rules": {k: rules.get(k) for k in ("percent_off", "amount_off", "threshold", "save", "code",
                                                          "usage_limit", "per_customer_limit", "stock_cap",
                                                          "bundle_price")}})

    def local_midnight(d: date) -> datetime:
        return datetime(d.year, d.month, d.day, tzinfo=UTC) - SHOP_TZ

    for year in range(start.year, anchor.year + 1):
        for (m1, d1, m2, d2, label) in ((5, 31, 6, 19, "618 大促 Mid-year Sale"),
                                        (10, 31, 11, 12, "双11 Double 11")):
            s, e = date(year, m1, d1), date(year, m2, d2)
            if s < start or s > anchor + timedelta(days=20):
                continue
            add(f"{label} {year}", "spend_x_save_y", local_midnight(s), local_midnight(e), [],
                {"threshold": 29900, "save": 5000}, 5_000_000)
            add(f"{label} {year} — flash", "flash_sale", local_midnight(e - timedelta(days=1)), local_midnight(e),
                [x["id"] for x in sellable[:5]], {"percent_off": 40, "stock_cap": 300}, 1_000_000)
    kinds = ("percent_off", "amount_off", "coupon", "flash_sale", "bundle", "percent_off", "coupon", "spend_x_save_y")
    n = max(0, scale.campaigns - len(out))
    span = (anchor - start).days + 25
    # the last six run around the anchor: two running now, the rest scheduled (one will be a draft, one paused)
    around = [-4, -2, -6, 3, 9, 16]
    for i in range(n):
        kind = kinds[i % len(kinds)]
        if i >= n - len(around):
            day = anchor + timedelta(days=around[i - (n - len(around))])
        else:
            day = start + timedelta(days=rng.randrange(0, span))
        length = 1 if kind == "flash_sale" else rng.choice((3, 5, 7, 7, 10, 14))
        if day < anchor < day + timedelta(days=length + 1) or i >= n - 3:
            length = max(length, 10)
        if kind == "bundle":
            ids = [x["id"] for x in rng.sample(sellable[:200], k=rng.choice((2, 2, 3)))]
        elif kind == "flash_sale":
            ids = [x["id"] for x in rng.sample(sellable[:300], k=rng.randrange(1, 6))]
        else:
            ids = [] if rng.random() < 0.2 else [x["id"] for x in rng.sample(sellable, k=min(len(sellable),
                                                                                           rng.randrange(3, 30)))]
        rules: dict = {}
        if kind == "percent_off":
            rules = {"percent_off": rng.choice((5, 10, 15, 20, 25, 30))}
        elif kind == "amount_off":
            rules = {"amount_off": rng.choice((1000, 2000, 3000, 5000))}
        elif kind == "coupon":
            rules = {"code": f"LUMI{day:%y%m}{i:03d}", "usage_limit": rng.choice((200, 500, 1000, 5000)),
                     "per_customer_limit": 1,
                     **({"percent_off": rng.choice((10, 15))} if rng.random() < 0.5 else {"amount_off": 2000})}
        elif kind == "flash_sale":
            rules = {"percent_off": rng.choice((30, 40, 50)), "stock_cap": rng.choice((50, 100, 200, 500))}
        elif kind == "bundle":
            full = sum(next(x for x in sellable if x["id"] == lid)["variants"][0]["price"] for lid in ids)
            rules = {"bundle_price": int(full * 0.85) // 100 * 100}
        elif kind == "spend_x_save_y":
            rules = {"threshold": rng.choice((19900, 29900, 39900)), "save": rng.choice((2000, 3000, 5000))}
        zh_names = {"percent_off": "限时折扣", "amount_off": "立减", "coupon": "优惠券", "flash_sale": "秒杀",
                    "bundle": "组合优惠", "spend_x_save_y": "满减"}
        budget = rng.choice((None, 100_000, 300_000, 1_000_000)) if rng.random() < 0.7 else None
        add(f"{zh_names[kind]} {day:%m-%d} #{i + 1}", kind, local_midnight(day), local_midnight(day + timedelta(days=length)),
            ids, rules, budget)
    out.sort(key=lambda c: (c["starts_at"], c["name"]))
    for i, c in enumerate(out, start=1):
        c["id"] = i
    return out


# --- the generator -------------------------------------------------------------------------------

def _day_weights(start: date, days: int, campaigns: list[dict]) -> list[float]:
    weights = []
    for i in range(days):
        d = start + timedelta(days=i)
        w = 1.0 + 0.6 * i / days                       # growth
        w *= (0.9, 0.92, 0.95, 1.0, 1.1, 1.3, 1.25)[d.weekday()]  # busier weekends
        if d.month == 12:
            w *= 1.12
        if (d.month, d.day) == (11, 11):
            w *= 6.0
        elif d.month == 11 and d.day < 11 or d.month == 10 and d.day == 31:
            w *= 1.6
        if (d.month, d.day) == (6, 18):
            w *= 4.0
        elif d.month == 6 and d.day < 18 or d.month == 5 and d.day == 31:
            w *= 1.35
        sf = SPRING_FESTIVAL.get(d.year)
        if sf and -7 <= (d - sf).days <= 8:
            w *= 0.45
        weights.append(w)
    return weights


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector, and restore it as it was.

    The generator allocates millions of dicts and lists that hold no reference cycles (reference
    counting frees them); the collector would only walk the live ones again and again, about a
    sixth of the run time at the medium scale. Nothing the generator makes needs it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def generate(storage: Storage, *, seed: int = 1, scale: str = "small", anchor: date | None = None,
             progress=None) -> dict:
    """Fill an empty platform database with a generated shop; answer counts and seconds."""
    with _cyclic_gc_paused():
        return _generate(storage, seed=seed, scale=scale, anchor=anchor, progress=progress)


def _generate(storage: Storage, *, seed: int, scale: str, anchor: date | None, progress) -> dict:
    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    sc = SCALES[scale]
    anchor = anchor or datetime.now(UTC).date()
    rng = Random(seed)
    end = datetime(anchor.year, anchor.month, anchor.day, tzinfo=UTC)
    start = anchor - timedelta(days=DAYS)
    counts: dict[str, int] = {}

    # users and locations
    with storage.engine.begin() as conn:
        storage.add_user(conn, 1, "owner", "demo", "owner", "Lin Wei 林伟")
        storage.add_user(conn, 2, "merchant", "demo", "merchant", "Zhou Min 周敏")
        storage.add_user(conn, 3, "agent", "demo", "agent", "Chen Jing 陈静")
        storage.add_user(conn, 4, "amy", "demo", "agent", "Amy Zhang")
        storage.add_user(conn, 5, "tom", "demo", "agent", "Tom Li")
    t0 = _ts(end - timedelta(days=DAYS + 200))
    locations = [
        {"id": 1, "version": 1, "updated_at": t0, "deleted": False, "name": "Shanghai main warehouse", "code": "SH-01",
         "allows_backorder": False},
        {"id": 2, "version": 1, "updated_at": t0, "deleted": False, "name": "Guangzhou warehouse", "code": "GZ-01",
         "allows_backorder": False},
        {"id": 3, "version": 1, "updated_at": t0, "deleted": False, "name": "Pre-order (supplier)", "code": "PRE",
         "allows_backorder": True},
    ]
    counts["locations"] = storage.bulk_insert("locations", locations)

    # listings: ids in popularity order (id 1 sells most)
    say(f"Generating {sc.listings} listings…")
    variant_ids = itertools.count(1)
    start_dt = datetime(start.year, start.month, start.day, tzinfo=UTC)
    listings = []
    for lid in range(1, sc.listings + 1):
        if rng.random() < 0.85:
            created = start_dt - timedelta(days=rng.uniform(1, 300))
        else:
            created = start_dt + timedelta(days=rng.uniform(0, DAYS - 30))
        listings.append(_listing(rng, lid, created, variant_ids))
    blocked = [x for x in listings if x["status"] == "blocked_by_platform"]
    for x in [x for x in reversed(listings) if x["status"] == "active"][: max(0, 2 - len(blocked))]:
        x.update(status="blocked_by_platform", blocked_reason=rng.choice(C.BLOCKED_REASONS))
    variant_locations: dict[int, tuple[int, ...]] = {}
    for x in listings:
        for v in x["variants"]:
            locs = [1]
            if rng.random() < 0.5:
                locs.append(2)
            if rng.random() < 0.04:
                locs.append(3)
            variant_locations[v["id"]] = tuple(locs)
    model = ShopModel.build(listings, variant_locations)
    launch = {x["id"]: x["created_at"] for x in listings}

    campaigns = _campaigns(rng, sc, start, anchor, model.listings)
    for c in campaigns:
        created = datetime.fromisoformat(c["starts_at"].replace("Z", "+00:00")) - timedelta(days=rng.uniform(2, 20))
        c["created_at"] = c["updated_at"] = _ts(min(created, end - timedelta(hours=1)))

    # customers: ids in sign-up order
    say(f"Generating {sc.customers} customers…")
    customers = []
    span = (end - start_dt) + timedelta(days=365)
    for cid in range(1, sc.customers + 1):
        at = start_dt - timedelta(days=365) + span * (cid / sc.customers) ** 1.3
        c = new_customer(rng, model, at)
        c["id"] = cid
        customers.append(c)
    counts["customers"] = storage.bulk_insert("customers", customers)
    signed_up = [c["created_at"] for c in customers]

    # orders, day by day
    say(f"Generating {sc.orders} orders…")
    weights = _day_weights(start, DAYS, campaigns)
    per_weight = sc.orders / sum(weights) * 1.08  # some draws fall on products not launched yet
    line_ids = itertools.count(1)
    ful_ids = itertools.count(1)
    refund_ids = itertools.count(1)
    msg_ids = itertools.count(1)
    order_id = 0
    committed: dict[tuple[int, int], int] = {}
    sold_units: dict[int, int] = {}
    listing_orders_by_day: dict[int, int] = {}
    orders_chunk: list[dict] = []
    tickets: list[dict] = []
    reviews: list[dict] = []
    analytics: list[dict] = []
    ticket_n = review_n = analytics_n = 0
    by_id = {x["id"]: x for x in listings}
    end_stamp = _ts(end)
    use = _CampaignUse()

    def flush(force: bool = False) -> None:
        nonlocal ticket_n, review_n, analytics_n
        if orders_chunk and (force or len(orders_chunk) >= 5000):
            counts["orders"] = counts.get("orders", 0) + storage.bulk_insert("orders", orders_chunk)
            orders_chunk.clear()
        if tickets and (force or len(tickets) >= 5000):
            ticket_n += storage.bulk_insert("tickets", tickets)
            tickets.clear()
        if reviews and (force or len(reviews) >= 5000):
            review_n += storage.bulk_insert("reviews", reviews)
            reviews.clear()
        if analytics and (force or len(analytics) >= 20000):
            analytics_n += storage.bulk_insert("analytics/daily", analytics)
            analytics.clear()

    def add_analytics(day: str, stamp: str, scope: str, scope_id: int | None, orders_n: int) -> None:
        conv = rng.uniform(0.02, 0.05)
        sessions = max(orders_n, int(orders_n / conv) + rng.randrange(0, 5)) if orders_n else rng.randrange(1, 30)
        visits = int(sessions * rng.uniform(1.15, 1.6)) + 1
        analytics.append({"id": analytics_n + len(analytics) + 1, "version": 1, "updated_at": stamp,
                          "deleted": False, "date": day, "scope": scope, "scope_id": scope_id,
                          "visits": visits, "sessions": sessions})

    for day_index in range(DAYS):
        d = start + timedelta(days=day_index)
        day_start = datetime(d.year, d.month, d.day, tzinfo=UTC) - SHOP_TZ  # local midnight in UTC
        noon, midnight = _ts(day_start + timedelta(hours=12)), _ts(day_start)
        running = [c for c in campaigns if c["starts_at"] <= noon < c["ends_at"]
                   and c["type"] != "coupon" or c["type"] == "coupon" and c["starts_at"] <= midnight < c["ends_at"]]
        boost_pool = [by_id[i] for c in running for i in c["listing_ids"] if by_id[i]["status"] == "active"]
        uplift = 1.0 + 0.25 * sum(1 for c in running if not c["listing_ids"]) + (0.1 if boost_pool else 0)
        n_orders = int(weights[day_index] * per_weight * uplift * rng.uniform(0.85, 1.15) + rng.random())
        times = sorted(day_start + timedelta(hours=_choice(rng, HOURS_T), seconds=rng.randrange(3600))
                       for _ in range(n_orders))
        orders_today = 0
        listing_orders_by_day.clear()
        camp_orders: dict[int, int] = {}
        for at in times:
            if at >= end:
                continue
            # mostly returning customers, new ones at the front of the sign-up curve
            limit = bisect.bisect_right(signed_up, _ts(at)) or 1
            idx = limit - 1 - int(limit * rng.random() ** 2.2) if rng.random() < 0.6 else rng.randrange(limit)
            customer = customers[max(0, idx)]
            order, applied = _order_shell(rng, model, at, customer, line_ids, running,
                                          boost_pool if boost_pool and rng.random() < 0.3 else None, launch, use)
            if order is None:
                continue  # not on sale yet
            use.commit(order, applied)
            order_id += 1
            orders_today += 1
            order["id"] = order_id
            order["number"] = f"SO{at + SHOP_TZ:%y%m%d}{order_id:07d}"
            # the last days' orders are still being worked: the shop has a backlog
            horizon = end if end - at > timedelta(days=3) else min(end, at + timedelta(hours=rng.uniform(0, 40)))
            _live_order(rng, order, at, horizon)
            # after-sales and reviews, decided now and played forward
            cat = C.CATEGORIES[by_id[order["lines"][0]["listing_id"]]["category"]]
            trouble = False
            if order["fulfilments"]:
                kind = _ticket_type(rng, cat, sc.ticket_factor)
                opened = datetime.fromisoformat((order["delivered_at"] or order["fulfilments"][0]["shipped_at"])
                                                .replace("Z", "+00:00")) + timedelta(hours=rng.uniform(2, 120))
                if kind and opened < end:
                    if kind in ("return", "exchange") and not order["delivered_at"]:
                        kind = "inquiry"
                    ticket = new_ticket(rng, model, opened, order, kind)
                    ticket["id"] = ticket_n + len(tickets) + 1
                    ticket["number"] = f"AS-{ticket['id']:06d}"
                    horizon = end if end - opened > timedelta(days=5) else min(
                        end, opened + timedelta(hours=rng.uniform(0, 14)))
                    _work_ticket(rng, ticket, order, opened, horizon, msg_ids)
                    if ticket["rma"]:
                        ticket["rma"]["number"] = f"RMA-{ticket['id']:06d}"
                    tickets.append(ticket)
                    trouble = kind in ("return", "refund_only", "dispute", "complaint")
            if order["delivered_at"] and rng.random() < sc.review_rate * (1.6 if trouble else 1.0):
                written = datetime.fromisoformat(order["delivered_at"].replace("Z", "+00:00")) + timedelta(
                    days=rng.uniform(0.5, 14))
                if written < end:
                    review = new_review(rng, model, written, order, had_trouble=trouble,
                                        listing=by_id[order["lines"][0]["listing_id"]])
                    review["id"] = review_n + len(reviews) + 1
                    _age_review(rng, review, written, end)
                    reviews.append(review)
            # nested ids and what the stock holds for open orders
            order["events"].sort(key=lambda e: e["at"])
            for f in order["fulfilments"]:
                f["id"] = next(ful_ids)
            for r in order["refunds"]:
                r["id"] = next(refund_ids)
            for ln in order["lines"]:
                if order["status"] != "cancelled":
                    open_units = max(0, ln["quantity"] - ln["fulfilled_quantity"] - ln["refunded_quantity"])
                    if open_units:
                        key = (ln["variant_id"], ln["location_id"])
                        committed[key] = committed.get(key, 0) + open_units
                sold_units[ln["variant_id"]] = sold_units.get(ln["variant_id"], 0) + ln["quantity"]
                listing_orders_by_day[ln["listing_id"]] = listing_orders_by_day.get(ln["listing_id"], 0) + 1
            for cid in order["campaign_ids"]:
                camp_orders[cid] = camp_orders.get(cid, 0) + 1
            orders_chunk.append(order)
        # traffic of the day, counted half an hour after the local day ends
        day, stamp = d.isoformat(), min(_ts(day_start + timedelta(days=1, minutes=30)), end_stamp)
        add_analytics(day, stamp, "shop", None, orders_today)
        for c in running:
            add_analytics(day, stamp, "campaign", c["id"], camp_orders.get(c["id"], 0))
        browsed = dict(listing_orders_by_day)
        for _ in range(sc.listing_traffic):
            browsed.setdefault(model.pick_listing(rng)["id"], 0)
        for lid in sorted(browsed):
            add_analytics(day, stamp, "listing", lid, browsed[lid])
        flush()
        if day_index % 60 == 59:
            say(f"  {d.isoformat()}: {order_id} orders so far")
    flush(force=True)
    counts["tickets"], counts["reviews"], counts["analytics/daily"] = ticket_n, review_n, analytics_n

    # campaigns: status by date, what they cost so far
    for c in campaigns:
        if c["ends_at"] <= _ts(end):
            c["status"] = "ended"
        elif c["starts_at"] <= _ts(end):
            c["status"] = "active"
    future = [c for c in campaigns if c["status"] == "scheduled"]
    if future:
        future[-1]["status"] = "draft"
    active = [c for c in campaigns if c["status"] == "active" and c["listing_ids"]]
    if len(active) > 1:
        active[0]["status"] = "paused"
        active[0]["version"] += 1
    for c in campaigns:
        if c["status"] in ("ended", "active", "paused"):
            c["version"] += 1
            c["updated_at"] = min(c["ends_at"], _ts(end - timedelta(minutes=1)))
            if c["updated_at"] < c["created_at"]:
                c["updated_at"] = c["created_at"]
    counts["campaigns"] = storage.bulk_insert("campaigns", campaigns)

    # listings: edits over time
    for x in listings:
        edits = rng.choice((0, 0, 1, 1, 2, 3))
        if edits:
            x["version"] += edits
            stamp = max(x["created_at"], _ts(start_dt + timedelta(days=rng.uniform(0, DAYS - 1))))
            x["updated_at"] = min(stamp, _ts(end - timedelta(minutes=5)))
    counts["listings"] = storage.bulk_insert("listings", listings)

    # stock: what open orders hold, plus a long tail of free stock
    say("Generating inventory…")
    levels = []
    adjustments = []
    level_id = 0
    for x in listings:
        for v in x["variants"]:
            for loc in variant_locations[v["id"]]:
                level_id += 1
                held = committed.get((v["id"], loc), 0)
                if loc == 3:
                    free = -rng.randrange(0, 3)  # pre-orders beyond what the supplier sent
                else:
                    r = rng.random()
                    velocity = sold_units.get(v["id"], 0)
                    free = 0 if r < 0.07 else rng.randrange(1, 6) if r < 0.2 else rng.randrange(5, 40 + velocity // 3)
                on_hand = max(0, held + free)  # a shelf never holds less than nothing
                stamp = _ts(end - timedelta(days=rng.uniform(0.1, 30)))
                version = 1 + rng.randrange(0, 4)
                levels.append({"id": level_id, "version": version, "updated_at": stamp, "deleted": False,
                               "variant_id": v["id"], "listing_id": x["id"], "sku": v["sku"], "location_id": loc,
                               "on_hand": on_hand, "committed": held, "available": on_hand - held})
                if loc != 3 and rng.random() < 0.25:
                    adjustments.append({"id": len(adjustments) + 1, "version": 1, "updated_at": stamp,
                                        "deleted": False, "created_at": stamp, "inventory_level_id": level_id,
                                        "variant_id": v["id"], "location_id": loc,
                                        "delta": rng.choice((12, 24, 48, 6, -1, -2)),
                                        "reason": rng.choice(("received", "received", "cycle_count", "damaged")),
                                        "note": None, "on_hand_after": on_hand, "actor": "warehouse"})
    for a in adjustments:
        if a["reason"] == "damaged":
            a["delta"] = -abs(a["delta"]) if a["delta"] < 0 else -1
        elif a["reason"] == "received":
            a["delta"] = abs(a["delta"])
    counts["inventory"] = storage.bulk_insert("inventory", levels)
    counts["inventory_adjustments"] = storage.bulk_insert("inventory_adjustments", adjustments)

    say("Ordering the change history…")
    storage.finish_seed(**{
        "seeded": json.dumps({"seed": seed, "scale": scale, "anchor": anchor.isoformat()}),
        "shop": json.dumps(shop_definition(anchor), ensure_ascii=False),
        "id:variant": str(next(variant_ids) - 1), "id:line": str(next(line_ids) - 1),
        "id:fulfilment": str(next(ful_ids) - 1), "id:refund": str(next(refund_ids) - 1),
        "id:message": str(next(msg_ids) - 1),
    })
    seconds = round(time.perf_counter() - started, 2)
    say(f"Generated the {scale} shop in {seconds} s: {counts}")
    return {"counts": counts, "seconds": seconds, "seed": seed, "scale": scale, "anchor": anchor.isoformat()}
