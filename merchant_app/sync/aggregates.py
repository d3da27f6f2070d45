"""Keeping the sales aggregates (models/aggregates.py) current as orders are written.

Delta maintenance: an order's contribution to every aggregate is a pure function of the order
(its row and lines) and the shop's time zone (:func:`contributions`). When orders are written, the
contributions of the versions being replaced or deleted are subtracted and those of the new
versions added, netted per key in memory, and applied with one ``INSERT … ON CONFLICT DO UPDATE SET
x = x + excluded.x`` per table, in the transaction that writes the orders — so the figures can never
disagree with the orders they come from, whether the change came from a pull, a local edit
(``mapping.write_record``) or the push settling one. A first sync of a million orders only ever adds.

Whether a customer is new depends on their other orders, so it is not a delta: for the customers a
write touched, ``customer_first_orders`` is recomputed from the orders table (indexed by customer).

Days and hours are shop-local, in the zone the aggregates were built in (``preferences``
``aggregates.zone``). :func:`ensure` builds them from the cached orders when the zone is not yet
known or has changed (a cache migrated to 0010, or a shop that moved its time zone).
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select, text

from ..models import Base, utc_now_iso

ZONE_KEY = "aggregates.zone"
ORDERS = Base.metadata.tables["orders"]
LINES = Base.metadata.tables["order_lines"]
PREFERENCES = Base.metadata.tables["preferences"]

PAID = ("paid", "partially_refunded", "refunded")
COUNTED_SQL = ("(financial_status IN ('paid', 'partially_refunded', 'refunded') "
               "OR (financial_status = 'pending' AND payment_method = 'cash_on_delivery'))")
"""Which orders count (docs/metrics.md): paid at some time, or cash on delivery not cancelled."""

# table -> (key columns, measure columns); the order of the measures is the order in contributions()
TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sales_daily": (("day", "currency", "channel", "payment_method"),
                    ("orders", "units", "gross", "discounts", "revenue", "shipping", "tax")),
    "refunds_daily": (("day", "currency"), ("refunds", "refunded")),
    "orders_hourly": (("day", "hour", "currency"), ("orders",)),
    "product_sales_daily": (("day", "currency", "variant_id"), ("units", "list_revenue", "revenue")),
    "campaign_sales_daily": (("campaign_id", "day", "currency"), ("orders", "units", "gross", "discounts", "revenue")),
    "product_sales_monthly": (("month", "currency", "listing_id"), ("units", "revenue")),
}
EXTRA = {"product_sales_daily": ("listing_id",)}  # carried with the key, not summed

ORDER_FIELDS = ("id", "created_at", "currency", "channel", "payment_method", "financial_status", "subtotal",
                "discount_total", "shipping_total", "tax_total", "refunds", "campaign_ids", "customer_id")
LINE_FIELDS = ("order_id", "listing_id", "variant_id", "quantity", "unit_price", "total")

spent = {"seconds": 0.0}
"""Time spent maintaining aggregates in this process (benchmarks: the share of a sync)."""


def counted(order) -> bool:
    status = order["financial_status"]
    return status in PAID or (status == "pending" and order["payment_method"] == "cash_on_delivery")


class LocalClock:
    """UTC ISO timestamps -> (shop-local day, hour), cached per UTC hour where the offset allows."""

    def __init__(self, zone: str) -> None:
        self.name = zone
        self.zone = ZoneInfo(zone)
        self._hours: dict[str, tuple[str, int] | None] = {}

    def __call__(self, ts: str) -> tuple[str, int]:
        hit = self._hours.get(ts[:13], False)
        if hit:
            return hit
        instant = datetime.fromisoformat(ts[:19]).replace(tzinfo=UTC).astimezone(self.zone)
        local = (instant.date().isoformat(), instant.hour)
        if hit is False:  # an offset of whole hours: the hour decides; else every timestamp is converted
            whole = instant.utcoffset().total_seconds() % 3600 == 0
            self._hours[ts[:13]] = local if whole else None
        return local


def contributions(order, lines, clock: LocalClock, sign: int, out: dict) -> None:
    """Add ``sign`` × the order's share of every aggregate to ``out[table][key]`` (lists of measures)."""
    if not counted(order):
        return
    day, hour = clock(order["created_at"])
    currency = order["currency"]
    units = sum(line["quantity"] for line in lines)
    revenue = order["subtotal"] - order["discount_total"]
    values = (1, units, order["subtotal"], order["discount_total"], revenue, order["shipping_total"], order["tax_total"])
    _add(out["sales_daily"], (day, currency, order["channel"], order["payment_method"]), values, sign)
    _add(out["orders_hourly"], (day, hour, currency), (1,), sign)
    refunds = order["refunds"] or []
    if isinstance(refunds, str):
        refunds = json.loads(refunds)
    for refund in refunds:
        _add(out["refunds_daily"], (clock(refund["created_at"])[0], currency), (1, refund["amount"]), sign)
    products, monthly, month = out["product_sales_daily"], out["product_sales_monthly"], day[:7]
    for line in lines:
        key = (day, currency, line["variant_id"])
        _add(products, key, (line["quantity"], line["unit_price"] * line["quantity"], line["total"]), sign)
        _add(monthly, (month, currency, line["listing_id"]), (line["quantity"], line["total"]), sign)
        out["listing_of"][line["variant_id"]] = line["listing_id"]
    campaigns = order["campaign_ids"] or []
    if isinstance(campaigns, str):
        campaigns = json.loads(campaigns)
    for campaign_id in set(campaigns):
        _add(out["campaign_sales_daily"], (campaign_id, day, currency),
             (1, units, order["subtotal"], order["discount_total"], revenue), sign)


def _add(table: dict, key: tuple, values: tuple, sign: int) -> None:
    held = table.get(key)
    if held is None:
        table[key] = [sign * v for v in values]
    else:
        for i, v in enumerate(values):
            held[i] += sign * v


def _empty() -> dict:
    out: dict = {name: {} for name in TABLES}
    out["listing_of"] = {}
    return out


_SQL: dict[str, str] = {}


def _upsert_sql(table: str) -> str:
    if table not in _SQL:
        keys, measures = TABLES[table]
        extra = EXTRA.get(table, ())
        columns = (*keys, *extra, *measures)
        updates = [f"{m} = {m} + excluded.{m}" for m in measures] + [f"{e} = excluded.{e}" for e in extra]
        _SQL[table] = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
                       f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {', '.join(updates)}")
    return _SQL[table]


def _apply(conn, out: dict) -> None:
    listing_of = out["listing_of"]
    for table in TABLES:
        rows = []
        for key, values in out[table].items():
            if not any(values):
                continue
            extra = (listing_of[key[2]],) if table == "product_sales_daily" else ()
            rows.append((*key, *extra, *values))
        if rows:
            conn.exec_driver_sql(_upsert_sql(table), rows)


# --- the zone ----------------------------------------------------------------------------------

def kept_zone(conn) -> str | None:
    """The time zone the aggregates are built in, or None when they have not been built."""
    raw = conn.execute(select(PREFERENCES.c.value).where(PREFERENCES.c.key == ZONE_KEY)).scalar()
    return raw or None


def shop_zone(conn) -> str:
    """The shop's time zone as the sync learnt it (``GET /v1/me``), UTC until then."""
    raw = conn.execute(text("SELECT value FROM preferences WHERE key = 'shop.sla_calendar'")).scalar()
    if raw:
        shop = json.loads(raw) if isinstance(raw, str) else raw
        if shop.get("timezone"):
            return shop["timezone"]
    return "UTC"


_clocks: dict[str, LocalClock] = {}


def _clock(zone: str) -> LocalClock:
    if zone not in _clocks:
        _clocks[zone] = LocalClock(zone)
    return _clocks[zone]


# --- writes -----------------------------------------------------------------------------------

class Tally:
    """The aggregate changes of one batch of order writes: old versions out, new versions in.

    ``remove(conn, ids)`` before the orders' rows are replaced or deleted, ``add(records)`` with the
    records written, ``apply(conn)`` once the rows are in (same transaction)."""

    def __init__(self, conn) -> None:
        started = time.perf_counter()
        zone = kept_zone(conn)
        self.active = zone is not None  # not built yet: ensure() builds them from the rows later
        self.clock = _clock(zone) if zone else None
        self.out = _empty()
        self.customers: set[int] = set()
        spent["seconds"] += time.perf_counter() - started

    def remove(self, conn, ids) -> None:
        if not self.active or not ids:
            return
        started = time.perf_counter()
        ids = list(ids)
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            orders = conn.execute(select(*(ORDERS.c[f] for f in ORDER_FIELDS)).where(ORDERS.c.id.in_(chunk))).mappings().all()
            lines: dict[int, list] = defaultdict(list)
            for line in conn.execute(select(*(LINES.c[f] for f in LINE_FIELDS)).where(LINES.c.order_id.in_(chunk))).mappings():
                lines[line["order_id"]].append(line)
            for order in orders:
                contributions(order, lines[order["id"]], self.clock, -1, self.out)
                self.customers.add(order["customer_id"])
        spent["seconds"] += time.perf_counter() - started

    def add(self, records) -> None:
        """Records in the platform's shape (``lines`` and ``customer`` nested)."""
        if not self.active:
            return
        started = time.perf_counter()
        for record in records:
            if not record.get("deleted"):
                contributions(_flat(record), record.get("lines") or [], self.clock, 1, self.out)
                self.customers.add(record["customer"]["id"])
        spent["seconds"] += time.perf_counter() - started

    def apply(self, conn) -> None:
        if not self.active:
            return
        started = time.perf_counter()
        _apply(conn, self.out)
        refresh_first_orders(conn, self.customers, self.clock)
        self.out = _empty()
        self.customers = set()
        spent["seconds"] += time.perf_counter() - started


def _flat(record: dict) -> dict:
    return record if "customer_id" in record else {**record, "customer_id": record["customer"]["id"]}


NEW_CUSTOMERS_UPSERT = ("INSERT INTO new_customers_daily (day, currency, customers) VALUES (?, ?, ?) "
                        "ON CONFLICT (day, currency) DO UPDATE SET customers = customers + excluded.customers")


def refresh_first_orders(conn, customer_ids, clock: LocalClock) -> None:
    """Recompute the first counted order of these customers from the orders table (and the days'
    counts of new customers with them: the old first orders out, the new ones in)."""
    ids = sorted(customer_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ", ".join("?" * len(chunk))
        counts: dict[tuple[str, str], int] = defaultdict(int)
        for day, currency, n in conn.exec_driver_sql(
                f"SELECT day, currency, count(*) FROM customer_first_orders WHERE customer_id IN ({marks}) "
                f"GROUP BY 1, 2", tuple(chunk)):
            counts[(day, currency)] -= n
        # SQLite: with a single min(), the bare columns come from the row holding the minimum
        firsts = conn.exec_driver_sql(
            f"SELECT customer_id, id, min(created_at), currency FROM orders "
            f"WHERE customer_id IN ({marks}) AND {COUNTED_SQL} GROUP BY customer_id", tuple(chunk)).all()
        conn.exec_driver_sql(f"DELETE FROM customer_first_orders WHERE customer_id IN ({marks})", tuple(chunk))
        if firsts:
            rows = [(c, o, clock(at)[0], cur) for c, o, at, cur in firsts]
            conn.exec_driver_sql("INSERT INTO customer_first_orders (customer_id, order_id, day, currency) "
                                 "VALUES (?, ?, ?, ?)", rows)
            for _, _, day, currency in rows:
                counts[(day, currency)] += 1
        changed = [(day, currency, n) for (day, currency), n in counts.items() if n]
        if changed:
            conn.exec_driver_sql(NEW_CUSTOMERS_UPSERT, changed)


# --- building from scratch --------------------------------------------------------------------

def _bucket(column: str, whole_hours: bool) -> str:
    """SQL: the slice of UTC time a timestamp falls in that has one local day and hour — its hour
    (``YYYY-MM-DDTHH``) where the zone's offsets are whole hours, else its quarter hour
    (``YYYY-MM-DDTHH:MM``: every zone's offset is a whole number of quarter hours)."""
    if whole_hours:
        return f"substr({column}, 1, 13)"
    return (f"substr({column}, 1, 14) || printf('%02d', (CAST(substr({column}, 15, 2) AS INTEGER) / 15) * 15)")


def _whole_hours(zone: str) -> bool:
    """Whether the zone's offsets are whole hours in every month of the years around now."""
    tz = ZoneInfo(zone)
    year = datetime.now(UTC).year
    return all(datetime(y, m, 15, tzinfo=UTC).astimezone(tz).utcoffset().total_seconds() % 3600 == 0
               for y in range(year - 3, year + 2) for m in range(1, 13))


MONTHLY_FROM_DAILY = ("INSERT INTO product_sales_monthly (month, currency, listing_id, units, revenue) "
                      "SELECT substr(day, 1, 7), currency, listing_id, sum(units), sum(revenue) "
                      "FROM product_sales_daily GROUP BY 1, 2, 3")
NEW_CUSTOMERS_FROM_FIRSTS = ("INSERT INTO new_customers_daily (day, currency, customers) "
                             "SELECT day, currency, count(*) FROM customer_first_orders GROUP BY 1, 2")


def rebuild(conn, zone: str) -> None:
    """Build every aggregate from the cached orders, in ``zone`` (inside the caller's transaction).

    The same figures as ``contributions`` summed over every counted order, but summed by SQLite: the
    shop-local day and hour of each quarter hour that holds an order or a refund are worked out here
    (``agg_clock``), and GROUP BY does the rest (107k orders: ~0.5 s, where adding order by order
    in Python took ~4 s)."""
    started = time.perf_counter()
    clock = _clock(zone)
    for table in (*TABLES, "customer_first_orders", "new_customers_daily"):
        conn.exec_driver_sql(f"DELETE FROM {table}")
    whole = _whole_hours(zone)
    placed, refunded = _bucket("o.created_at", whole), _bucket("json_extract(r.value, '$.created_at')", whole)
    suffix = ":00:00" if whole else ":00"
    buckets = conn.exec_driver_sql(
        f"SELECT DISTINCT {placed} FROM orders o WHERE {COUNTED_SQL} "
        f"UNION SELECT DISTINCT {refunded} FROM orders o, json_each(o.refunds) r "
        f"WHERE o.refunded_total > 0 AND {COUNTED_SQL}").scalars().all()
    conn.exec_driver_sql("DROP TABLE IF EXISTS temp.agg_clock")
    conn.exec_driver_sql("CREATE TEMP TABLE agg_clock (bucket TEXT PRIMARY KEY, day TEXT, hour INTEGER)")
    conn.exec_driver_sql("INSERT INTO temp.agg_clock VALUES (?, ?, ?)",
                         [(b, *clock(b + suffix)) for b in buckets if b])
    conn.exec_driver_sql("DROP TABLE IF EXISTS temp.agg_units")
    conn.exec_driver_sql("CREATE TEMP TABLE agg_units AS SELECT order_id, sum(quantity) AS units FROM order_lines "
                         "GROUP BY order_id")
    conn.exec_driver_sql("CREATE UNIQUE INDEX temp.agg_units_order ON agg_units (order_id)")
    units = "temp.agg_units"
    counted = COUNTED_SQL.replace("financial_status", "o.financial_status").replace(
        "payment_method", "o.payment_method")
    conn.exec_driver_sql(f"""
        INSERT INTO sales_daily (day, currency, channel, payment_method, orders, units, gross, discounts, revenue,
                                 shipping, tax)
        SELECT c.day, o.currency, o.channel, o.payment_method, count(*), sum(coalesce(u.units, 0)), sum(o.subtotal),
               sum(o.discount_total), sum(o.subtotal - o.discount_total), sum(o.shipping_total), sum(o.tax_total)
        FROM orders o JOIN temp.agg_clock c ON c.bucket = {placed} LEFT JOIN {units} u ON u.order_id = o.id
        WHERE {counted} GROUP BY 1, 2, 3, 4""")
    conn.exec_driver_sql(f"""
        INSERT INTO orders_hourly (day, hour, currency, orders)
        SELECT c.day, c.hour, o.currency, count(*) FROM orders o JOIN temp.agg_clock c ON c.bucket = {placed}
        WHERE {counted} GROUP BY 1, 2, 3""")
    conn.exec_driver_sql(f"""
        INSERT INTO product_sales_daily (day, currency, variant_id, listing_id, units, list_revenue, revenue)
        SELECT c.day, o.currency, l.variant_id, max(l.listing_id), sum(l.quantity), sum(l.unit_price * l.quantity),
               sum(l.total)
        FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN temp.agg_clock c ON c.bucket = {placed}
        WHERE {counted} GROUP BY 1, 2, 3""")
    conn.exec_driver_sql(MONTHLY_FROM_DAILY)
    conn.exec_driver_sql(f"""
        INSERT INTO refunds_daily (day, currency, refunds, refunded)
        SELECT c.day, o.currency, count(*), sum(json_extract(r.value, '$.amount'))
        FROM orders o, json_each(o.refunds) r JOIN temp.agg_clock c ON c.bucket = {refunded}
        WHERE o.refunded_total > 0 AND {counted} GROUP BY 1, 2""")
    conn.exec_driver_sql(f"""
        INSERT INTO campaign_sales_daily (campaign_id, day, currency, orders, units, gross, discounts, revenue)
        SELECT k.campaign_id, c.day, o.currency, count(*), sum(coalesce(u.units, 0)), sum(o.subtotal),
               sum(o.discount_total), sum(o.subtotal - o.discount_total)
        FROM (SELECT DISTINCT o2.id AS order_id, j.value AS campaign_id FROM orders o2, json_each(o2.campaign_ids) j) k
        JOIN orders o ON o.id = k.order_id JOIN temp.agg_clock c ON c.bucket = {placed}
        LEFT JOIN {units} u ON u.order_id = o.id
        WHERE {counted} GROUP BY 1, 2, 3""")
    conn.exec_driver_sql("DROP TABLE temp.agg_clock")
    conn.exec_driver_sql("DROP TABLE temp.agg_units")
    firsts = conn.exec_driver_sql(f"SELECT customer_id, id, min(created_at), currency FROM orders "
                                  f"WHERE {COUNTED_SQL} GROUP BY customer_id").all()
    if firsts:
        conn.exec_driver_sql("INSERT INTO customer_first_orders (customer_id, order_id, day, currency) "
                             "VALUES (?, ?, ?, ?)", [(c, o, clock(at)[0], cur) for c, o, at, cur in firsts])
    conn.exec_driver_sql(NEW_CUSTOMERS_FROM_FIRSTS)
    _keep_zone(conn, zone)
    spent["seconds"] += time.perf_counter() - started


def _keep_zone(conn, zone: str) -> None:
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    stmt = sqlite_insert(PREFERENCES).values(key=ZONE_KEY, value=zone, updated_at=utc_now_iso())
    conn.execute(stmt.on_conflict_do_update(index_elements=[PREFERENCES.c.key],
                                            set_={"value": zone, "updated_at": utc_now_iso()}))


def suspend(engine) -> None:
    """Stop keeping the aggregates (a pull from the start is about to write every order): empty
    them and forget their zone, so that writes skip them until ``ensure`` builds them again."""
    from ..store import write_transaction

    with write_transaction(engine) as conn:
        if kept_zone(conn) is None:
            return
        for table in (*TABLES, "customer_first_orders", "new_customers_daily"):
            conn.exec_driver_sql(f"DELETE FROM {table}")
        conn.execute(PREFERENCES.delete().where(PREFERENCES.c.key == ZONE_KEY))


def ensure(engine, zone: str | None = None) -> bool:
    """Build the aggregates if they are missing or kept in another zone than ``zone`` (default: the
    shop's, as the sync learnt it). -> whether they were (re)built."""
    from ..store import write_transaction

    with write_transaction(engine) as conn:
        wanted = zone or shop_zone(conn)
        if kept_zone(conn) == wanted:
            return False
        rebuild(conn, wanted)
        return True
