"""The sales and campaign figures, read only from the aggregate tables (models/aggregates.py).

Every figure is defined once in docs/metrics.md; this module computes exactly those definitions and
is what the dashboards and ``merchant-console report`` show. It never reads the orders table, so a
report over two years of a million orders sums a few thousand pre-added rows. Money stays per
currency (minor units): figures of two currencies are never added together. Days are the shop's
local days, in the zone the aggregates are kept in (``sync.aggregates``). No Qt here.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import text

from ..sync.aggregates import kept_zone
from .permissions import require

GRANULARITIES = ("day", "week", "month")
_PERIOD = {"day": "day", "week": "date(day, '-6 days', 'weekday 1')", "month": "substr(day, 1, 7)"}
SALES_MEASURES = ("orders", "units", "gross", "discounts", "revenue", "shipping", "tax")


class NotBuilt(RuntimeError):
    """The cache has no aggregates yet (never synced since migration 0010): ``sync.aggregates.ensure``."""


def _zone(conn, zone: str | None) -> str:
    kept = kept_zone(conn)
    if kept is None:
        raise NotBuilt("the sales figures of this cache have not been built yet; sync first")
    if zone is not None and zone != kept:
        raise ValueError(f"the figures are kept in the shop's time zone {kept}, not {zone}")
    return kept


def _iso(d: date | str) -> str:
    return d if isinstance(d, str) else d.isoformat()


def _where(currency: str | None, column: str = "currency") -> str:
    return f" AND {column} = :currency" if currency else ""


def _derive(t: dict) -> dict:
    """The ratios, from the sums (docs/metrics.md)."""
    orders, revenue = t["orders"], t["revenue"]
    t["net_revenue"] = revenue - t["refunded"]
    t["aov"] = round(revenue / orders) if orders else None
    t["refund_rate"] = round(t["refunded"] / revenue, 4) if revenue else None
    t["returning_orders"] = orders - t["new_customers"]
    return t


def _blank() -> dict:
    return {**dict.fromkeys(SALES_MEASURES, 0), "refunds": 0, "refunded": 0, "new_customers": 0}


def _rows(conn, sql: str, p: dict, width: int) -> list[list]:
    """The rows of ``sql`` (columns named ``c0``, ``c1``...; ``width`` of them) as one JSON array made
    by SQLite: a series of two years by day is a few thousand rows, and fetched one by one each would
    wait for Python's lock again while the window draws; one value comes back instead."""
    columns = ", ".join(f"c{i}" for i in range(width))
    found = conn.execute(text(f"SELECT json_group_array(json_array({columns})) FROM ({sql})"), p).scalar()
    return json.loads(found) if found else []


def _sums(conn, start: str, end: str, currency: str | None, period: str | None = None) -> dict:
    """{currency: totals} or, with ``period``, {currency: {period key: totals}}."""
    p = {"start": start, "end": end, "currency": currency}
    group = f"{_PERIOD[period]} AS c0, " if period else "NULL AS c0, "
    out: dict = defaultdict(lambda: defaultdict(_blank))
    sums = ", ".join(f"sum({m}) AS c{i + 2}" for i, m in enumerate(SALES_MEASURES))
    for row in _rows(conn, f"SELECT {group}currency AS c1, {sums} FROM sales_daily "
                           f"WHERE day BETWEEN :start AND :end{_where(currency)} GROUP BY 1, 2", p,
                     2 + len(SALES_MEASURES)):
        out[row[1]][row[0]].update(zip(SALES_MEASURES, row[2:], strict=True))
    for row in _rows(conn, f"SELECT {group}currency AS c1, sum(refunds) AS c2, sum(refunded) AS c3 FROM refunds_daily "
                           f"WHERE day BETWEEN :start AND :end{_where(currency)} GROUP BY 1, 2", p, 4):
        out[row[1]][row[0]].update(refunds=row[2], refunded=row[3])
    for row in _rows(conn, f"SELECT {group}currency AS c1, sum(customers) AS c2 FROM new_customers_daily "
                           f"WHERE day BETWEEN :start AND :end{_where(currency)} GROUP BY 1, 2", p, 3):
        out[row[1]][row[0]]["new_customers"] = row[2]
    result = {cur: {k: _derive(v) for k, v in periods.items()} for cur, periods in out.items()}
    if period:
        return {cur: dict(sorted(periods.items())) for cur, periods in result.items()}
    return {cur: periods[None] for cur, periods in result.items()}


def _added(periods: dict) -> dict:
    """The totals of a series: its periods' sums added (ratios derived again)."""
    total = _blank()
    for figures in periods.values():
        for key in total:
            total[key] += figures[key]
    return _derive(total)


def totals(engine, start: date | str, end: date | str, currency: str | None = None, *, role: str) -> dict:
    """{currency: the sales figures of the shop-local days start..end (inclusive)}."""
    require(role, "analytics:read")
    with engine.connect() as conn:
        _zone(conn, None)
        return _sums(conn, _iso(start), _iso(end), currency)


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The same number of days just before."""
    days = (end - start).days + 1
    return start - timedelta(days=days), start - timedelta(days=1)


def last_year(start: date, end: date) -> tuple[date, date]:
    """The same dates a year before (29 February becomes the 28th)."""
    def back(d: date) -> date:
        try:
            return d.replace(year=d.year - 1)
        except ValueError:
            return d.replace(year=d.year - 1, day=28)
    return back(start), back(end)


def sales(engine, start: date, end: date, zone: str | None = None, currency: str | None = None,
          granularity: str = "day", top: int = 10, products: bool = True, *, role: str) -> dict:
    """The sales dashboard's figures for the shop-local days ``start``..``end`` (inclusive); without
    ``products``, no top products and categories (the dashboard reads them apart: ``top_sellers``)."""
    require(role, "analytics:read")
    if granularity not in GRANULARITIES:
        raise ValueError(f"granularity is one of {', '.join(GRANULARITIES)}")
    if end < start:
        raise ValueError("the period ends before it starts")
    s, e = start.isoformat(), end.isoformat()
    p = {"start": s, "end": e, "currency": currency}
    with engine.connect() as conn:
        kept = _zone(conn, zone)
        # the totals are the series added up: each table is read once per period compared
        series = _sums(conn, s, e, currency, granularity)
        current = {cur: _added(periods) for cur, periods in series.items()}
        before_series = _sums(conn, *(d.isoformat() for d in previous_period(start, end)), currency, granularity)
        before = {cur: _added(periods) for cur, periods in before_series.items()}
        year = _sums(conn, *(d.isoformat() for d in last_year(start, end)), currency)
        mix: dict = defaultdict(lambda: {"channels": defaultdict(lambda: {"orders": 0, "revenue": 0}),
                                         "payment_methods": defaultdict(lambda: {"orders": 0, "revenue": 0})})
        for cur, channel, method, orders, revenue in conn.execute(text(
                "SELECT currency, channel, payment_method, sum(orders), sum(revenue) FROM sales_daily "
                f"WHERE day BETWEEN :start AND :end{_where(currency)} GROUP BY 1, 2, 3"), p):
            for key, value in (("channels", channel), ("payment_methods", method)):
                held = mix[cur][key][value]
                held["orders"] += orders
                held["revenue"] += revenue
        heatmap = [[0] * 24 for _ in range(7)]  # [Monday..Sunday][hour]: orders, all currencies
        for weekday, hour, orders in conn.execute(text(
                "SELECT (CAST(strftime('%w', day) AS INTEGER) + 6) % 7, hour, sum(orders) FROM orders_hourly "
                f"WHERE day BETWEEN :start AND :end{_where(currency)} GROUP BY 1, 2"), p):
            heatmap[weekday][hour] = orders
        products, categories = _top_products(conn, start, end, currency, top) if products else (None, None)
    currencies = {}
    for cur in sorted(current):
        currencies[cur] = {
            "totals": current[cur], "previous_period": before.get(cur, _derive(_blank())),
            "same_period_last_year": year.get(cur, _derive(_blank())),
            "series": [{"period": k, **v} for k, v in series.get(cur, {}).items()],
            "previous_series": [{"period": k, **v} for k, v in before_series.get(cur, {}).items()],
            **{key: dict(sorted(values.items(), key=lambda kv: (-kv[1]["revenue"], kv[0])))
               for key, values in mix[cur].items()},
        }
        if products is not None:
            currencies[cur].update(top_products=products.get(cur, []), top_categories=categories.get(cur, []))
    return {"from": s, "to": e, "zone": kept, "granularity": granularity,
            "previous_period": [d.isoformat() for d in previous_period(start, end)],
            "same_period_last_year": [d.isoformat() for d in last_year(start, end)],
            "currencies": currencies, "hour_weekday_orders": heatmap}


def whole_months(start: date, end: date) -> tuple[tuple[str, str] | None, list[tuple[str, str]]]:
    """``start``..``end`` as the whole months inside it (first and last ``YYYY-MM``, or None) and the
    days left over at either end (ranges of ``YYYY-MM-DD``), so that long ranges read monthly rows."""
    first = start if start.day == 1 else (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    after = end + timedelta(days=1)
    last = (after if after.day == 1 else end.replace(day=1)) - timedelta(days=1)   # the last whole month's end
    if first > last:
        return None, [(start.isoformat(), end.isoformat())]
    days = []
    if start < first:
        days.append((start.isoformat(), (first - timedelta(days=1)).isoformat()))
    if last < end:
        days.append(((last + timedelta(days=1)).isoformat(), end.isoformat()))
    return (first.isoformat()[:7], last.isoformat()[:7]), days


def top_sellers(engine, start: date, end: date, currency: str | None = None, top: int = 10, *, role: str) -> tuple[dict, dict]:
    """The sales dashboard's top products and categories alone ({currency: [...]} each): the slowest
    part over a long range, which the dashboard reads beside the rest."""
    require(role, "analytics:read")
    with engine.connect() as conn:
        _zone(conn, None)
        return _top_products(conn, start, end, currency, top)


def _month_end(d: date) -> date:
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def month_parts(conn, start: date, end: date) -> tuple[tuple[str, str] | None, list[tuple[str, str]]]:
    """:func:`whole_months`, where a partial first or last month also counts as whole when the cache
    has no sales in the rest of that month — the usual case of a period ending today, whose month so
    far is all the month holds. Exact either way: the monthly rows then sum the same days."""
    months, days = whole_months(start, end)
    first, last = months if months else (None, None)
    kept = []
    for a, b in days:   # at most two ranges, right before and right after the whole months
        lo, hi = date.fromisoformat(a), date.fromisoformat(b)
        month = lo.isoformat()[:7]
        if hi.isoformat()[:7] != month:   # across two months (no whole month between): day by day
            kept.append((a, b))
            continue
        others = conn.exec_driver_sql(
            "SELECT 1 FROM sales_daily WHERE (day >= ? AND day < ?) OR (day > ? AND day <= ?) LIMIT 1",
            (f"{month}-01", a, b, _month_end(lo).isoformat())).first()
        if others is not None:
            kept.append((a, b))
        elif first is None:
            first = last = month
        elif month < first:
            first = month
        else:
            last = month
    return ((first, last) if first else None), kept


def _top_products(conn, start: date, end: date, currency: str | None, top: int) -> tuple[dict, dict]:
    """Per currency, the ``top`` products and categories by revenue.

    The listings' sums over the range (whole months from ``product_sales_monthly``, the days left at
    either end from ``product_sales_daily``) go into a temporary table, then are ranked there: every
    step is one SQLite statement returning a few rows, so the work runs without Python's lock and
    beside the rest of the dashboard (row by row, 30k rows each waited for the lock)."""
    months, days = month_parts(conn, start, end)
    only = " AND currency = ?" if currency else ""
    extra = (currency,) if currency else ()
    parts, params = [], []
    if months:   # in (currency, listing, month) order: grouped without a sort
        parts.append("SELECT currency, listing_id, sum(units) AS units, sum(revenue) AS revenue "
                     f"FROM product_sales_monthly WHERE month BETWEEN ? AND ?{only} GROUP BY currency, listing_id")
        params += [*months, *extra]
    for a, b in days:
        parts.append("SELECT currency, listing_id, sum(units) AS units, sum(revenue) AS revenue FROM product_sales_daily "
                     f"WHERE day BETWEEN ? AND ?{only} GROUP BY currency, listing_id")
        params += [a, b, *extra]
    conn.exec_driver_sql("DROP TABLE IF EXISTS temp.top_sellers")
    conn.exec_driver_sql(f"CREATE TEMP TABLE top_sellers AS {' UNION ALL '.join(parts)}", tuple(params))
    try:
        products: dict = defaultdict(list)
        categories: dict = defaultdict(list)
        for (cur,) in conn.exec_driver_sql("SELECT DISTINCT currency FROM temp.top_sellers").all():
            for listing_id, title, units, revenue in conn.exec_driver_sql(
                    "SELECT t.listing_id, l.title, t.units, t.revenue FROM (SELECT listing_id, sum(units) AS units, "
                    "sum(revenue) AS revenue FROM temp.top_sellers WHERE currency = ? GROUP BY listing_id "
                    "ORDER BY revenue DESC, listing_id LIMIT ?) t LEFT JOIN listings l ON l.id = t.listing_id "
                    "ORDER BY t.revenue DESC, t.listing_id", (cur, top)):
                products[cur].append({"listing_id": listing_id, "title": title, "units": units, "revenue": revenue})
        for cur, category, units, revenue in conn.exec_driver_sql(
                "SELECT s.currency, coalesce(l.category, ''), sum(s.units), sum(s.revenue) FROM temp.top_sellers s "
                "LEFT JOIN listings l ON l.id = s.listing_id GROUP BY 1, 2 ORDER BY 1, 4 DESC, 2").all():
            if len(categories[cur]) < top:
                categories[cur].append({"category": category, "units": units, "revenue": revenue})
    finally:
        conn.exec_driver_sql("DROP TABLE temp.top_sellers")
    return products, categories


# --- campaigns --------------------------------------------------------------------------------

def local_day(ts: str, zone: str) -> date:
    return datetime.fromisoformat(ts[:26].rstrip("Z")).replace(tzinfo=UTC).astimezone(ZoneInfo(zone)).date()


def expected(baseline: dict[str, float], days: list[date]) -> float:
    """What ``days`` would have had at the baseline's rate, weekday by weekday: the mean of the
    baseline's Mondays for each Monday... (a weekday the baseline lacks gets its mean of all days)."""
    by_weekday: dict[int, list[float]] = defaultdict(list)
    for day, value in baseline.items():
        by_weekday[date.fromisoformat(day).weekday()].append(value)
    all_days = [v for vs in by_weekday.values() for v in vs]
    overall = sum(all_days) / len(all_days) if all_days else 0.0
    total = 0.0
    for d in days:
        values = by_weekday.get(d.weekday())
        total += sum(values) / len(values) if values else overall
    return total


def _product_days(conn, start: date, end: date, currency: str, listing_ids: list[int]) -> dict[str, dict]:
    """Per shop-local day in start..end (every day present, zeros included) of the covered products:
    revenue, and gross margin before discounts (list price − cost) over variants whose cost is known."""
    listings = f"AND p.listing_id IN ({', '.join(str(int(i)) for i in listing_ids)})" if listing_ids else ""
    days = {(start + timedelta(days=i)).isoformat(): {"revenue": 0, "margin": 0}
            for i in range((end - start).days + 1)}
    for day, revenue, margin in conn.execute(text(
            "SELECT p.day, sum(p.revenue), sum(CASE WHEN v.cost IS NULL THEN 0 ELSE p.list_revenue - p.units * v.cost END) "
            "FROM product_sales_daily p LEFT JOIN variants v ON v.id = p.variant_id "
            f"WHERE p.day BETWEEN :start AND :end AND p.currency = :currency {listings} GROUP BY p.day"),
            {"start": start.isoformat(), "end": end.isoformat(), "currency": currency}):
        days[day] = {"revenue": revenue, "margin": margin}
    return days


def campaign(engine, campaign_id: int, today: date | None = None, *, role: str) -> dict:
    """A campaign's dashboard figures (docs/metrics.md, "Campaigns")."""
    require(role, "analytics:read")
    with engine.connect() as conn:
        zone = _zone(conn, None)
        row = conn.execute(text("SELECT id, name, type, status, starts_at, ends_at, currency, redemptions, "
                                "listing_ids, budget, spent FROM campaigns WHERE id = :id"),
                           {"id": campaign_id}).mappings().first()
        if row is None:
            raise LookupError(f"no campaign {campaign_id} in this cache")
        today = today or datetime.now(ZoneInfo(zone)).date()
        start = local_day(row["starts_at"], zone)
        last = local_day(_just_before(row["ends_at"]), zone)
        end = min(last, today)
        listing_ids = row["listing_ids"]
        listing_ids = json.loads(listing_ids) if isinstance(listing_ids, str) else listing_ids or []
        result = {"id": row["id"], "name": row["name"], "type": row["type"], "status": row["status"],
                  "zone": zone, "currency": row["currency"], "from": start.isoformat(), "to": last.isoformat(),
                  "measured_to": end.isoformat(), "platform_redemptions": row["redemptions"], "currencies": {}}
        if end < start:  # not started yet
            return result
        p = {"id": campaign_id, "start": start.isoformat(), "end": end.isoformat()}
        for cur, orders, units, gross, discounts, revenue in conn.execute(text(
                "SELECT currency, sum(orders), sum(units), sum(gross), sum(discounts), sum(revenue) "
                "FROM campaign_sales_daily WHERE campaign_id = :id AND day BETWEEN :start AND :end GROUP BY 1"), p):
            result["currencies"][cur] = {"orders": orders, "redemptions": orders, "units": units, "gross": gross,
                                         "discount_cost": discounts, "revenue": revenue,
                                         "aov": round(revenue / orders) if orders else None}
        visits, sessions = conn.execute(text(
            "SELECT coalesce(sum(visits), 0), coalesce(sum(sessions), 0) FROM analytics_daily "
            "WHERE scope = 'campaign' AND scope_id = :id AND date BETWEEN :start AND :end"), p).one()
        orders = sum(c["orders"] for c in result["currencies"].values())
        result.update(visits=visits, sessions=sessions, conversion=round(orders / sessions, 4) if sessions else None)
        # uplift and ROI, in the campaign's own currency, over the products it covers
        cur = row["currency"]
        days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
        base_start, base_end = previous_period(start, end)
        actual = _product_days(conn, start, end, cur, listing_ids)
        base = _product_days(conn, base_start, base_end, cur, listing_ids)
        actual_revenue = sum(d["revenue"] for d in actual.values())
        expected_revenue = expected({k: v["revenue"] for k, v in base.items()}, days)
        incremental_margin = (sum(d["margin"] for d in actual.values())
                              - expected({k: v["margin"] for k, v in base.items()}, days))
        discount_cost = result["currencies"].get(cur, {}).get("discount_cost", 0)
        with_campaign = dict(conn.execute(text(
            "SELECT day, sum(revenue) FROM campaign_sales_daily WHERE campaign_id = :id AND currency = :currency "
            "AND day BETWEEN :start AND :end GROUP BY day"), {**p, "currency": cur}).all())
        result["daily"] = [{"day": d.isoformat(), "covered_revenue": actual[d.isoformat()]["revenue"],
                            "expected_revenue": round(expected({k: v["revenue"] for k, v in base.items()}, [d])),
                            "campaign_revenue": with_campaign.get(d.isoformat(), 0)} for d in days]
        result.update(
            baseline={"from": base_start.isoformat(), "to": base_end.isoformat()},
            covered_revenue=actual_revenue, expected_revenue=round(expected_revenue),
            uplift=round((actual_revenue - expected_revenue) / expected_revenue, 4) if expected_revenue else None,
            incremental_gross_margin=round(incremental_margin), discount_cost=discount_cost,
            roi=round((incremental_margin - discount_cost) / discount_cost, 4) if discount_cost else None)
        return result


def _just_before(ts: str) -> str:
    """The last microsecond before an exclusive end instant (a campaign ending at midnight ends the day before)."""
    instant = datetime.fromisoformat(ts[:26].rstrip("Z")) - timedelta(microseconds=1)
    return instant.strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z"
