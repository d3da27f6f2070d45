"""Read queries for the views: a window of rows at a time, sorted and filtered in SQL.

A :class:`ViewQuery` describes one table of the console — its columns (each an SQL expression),
the filters it offers and its text search — and answers three questions without ever loading the
whole table: how many rows match (:meth:`ViewQuery.count`), the rows in a window of that result
(:meth:`ViewQuery.window`), and where a given record sits in it (:meth:`ViewQuery.position`).
Sorting is always completed by the record id, so windows never overlap or skip a row.

Queries are plain SQLAlchemy Core over the cache tables; nothing here knows Qt. Labels are English
source strings; the UI translates them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import (
    ColumnElement,
    Connection,
    FromClause,
    and_,
    bindparam,
    case,
    func,
    literal,
    literal_column,
    not_,
    or_,
    select,
    true,
    type_coerce,
)
from sqlalchemy import String as SQLString
from sqlalchemy import text as text_clause

from ..models import RECORD_TABLES, Base
from .search import fts_phrase, like_pattern, listing_condition, matching_listing_ids

LISTINGS = RECORD_TABLES["listings"]
SYNC_STATE = Base.metadata.tables["sync_state"]
VARIANTS = LISTINGS.metadata.tables["variants"]
LEVELS = RECORD_TABLES["inventory"]
LOCATIONS = RECORD_TABLES["locations"]
ADJUSTMENTS = RECORD_TABLES["inventory_adjustments"]

LOW_STOCK_DEFAULT = 5
"""Units available at or below which a SKU counts as low on stock, unless set otherwise."""

RULES = LISTINGS.metadata.tables["stock_rules"]
PREFERENCES = LISTINGS.metadata.tables["preferences"]

shop_low_threshold = func.coalesce(
    select(literal_column("CAST(value AS INTEGER)")).select_from(PREFERENCES)
    .where(PREFERENCES.c.key == "stock.low_threshold").scalar_subquery(), LOW_STOCK_DEFAULT)
"""The shop's default low-stock threshold (preferences), in SQL."""


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    expr: ColumnElement
    kind: str = "text"   # text, int, money, datetime, status, stock, percent
    width: int = 120
    sortable: bool = True


@dataclass(frozen=True)
class FilterState:
    """What the user asked for: filter values by name (None or "" = not set) and a search text."""

    values: Mapping[str, Any] = field(default_factory=dict)
    text: str = ""

    def with_(self, **changes: Any) -> FilterState:
        text = changes.pop("text", self.text)
        return FilterState({**self.values, **changes}, text)


@dataclass(frozen=True)
class ViewQuery:
    name: str
    resource: str                       # the cache resource the rows come from (for change broadcasts)
    source: FromClause
    id_expr: ColumnElement
    columns: Sequence[Column]
    filters: Mapping[str, Callable[[Any], ColumnElement]]
    search: Callable[[str], ColumnElement] | None
    default_sort: tuple[str, bool]      # (column key, descending)
    extra: Sequence[ColumnElement] = ()  # selected after the columns, for delegates (e.g. currency)

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def conditions(self, state: FilterState) -> list[ColumnElement]:
        where = []
        for name, value in state.values.items():
            if value not in (None, "") and name in self.filters:
                where.append(self.filters[name](value))
        text = state.text.strip()
        if text and self.search is not None:
            where.append(self.search(text))
        return where

    def _order(self, sort: str | None, descending: bool | None) -> list:
        key, desc = self.default_sort if sort is None else (sort, bool(descending))
        expr = self.column(key).expr
        return [expr.desc() if desc else expr.asc(), self.id_expr.desc() if desc else self.id_expr.asc()]

    def count(self, conn: Connection, state: FilterState, exact: bool = True) -> int:
        """Rows matching ``state``. Not ``exact``, an unfiltered view of a bare resource table takes the
        count the sync keeps with its rows (``sync_state.records``, written in each page's
        transaction) instead of a ``COUNT(*)`` that walks a million rows: opening the view costs the
        same at any size. A background refresh counts exactly and puts right any difference."""
        where = self.conditions(state)
        if not exact and not where and self.source is RECORD_TABLES.get(self.resource):
            kept = conn.execute(select(SYNC_STATE.c.records).where(SYNC_STATE.c.resource == self.resource)).scalar()
            if kept is not None:
                return kept
        stmt = select(func.count()).select_from(self.source).where(*where)
        return conn.execute(stmt).scalar_one()

    def window(self, conn: Connection, state: FilterState, offset: int, limit: int,
               sort: str | None = None, descending: bool | None = None, total: int | None = None) -> list[tuple]:
        """Rows ``offset`` .. ``offset + limit`` of the result: (id, *column values, *extra).

        With ``total`` (the row count) a window in the second half is read from the end, in the
        opposite order, and turned round: SQLite steps over every row before an OFFSET, so the
        last rows of a big table would cost a walk through all of it (the order is total, the id
        breaking ties, so both directions give the same rows)."""
        key, desc = self.default_sort if sort is None else (sort, bool(descending))
        from_end = total is not None and offset > total // 2
        if from_end:
            end = min(offset + limit, total)
            offset, limit, desc = total - end, max(0, end - offset), not desc
        stmt = (select(self.id_expr, *[c.expr for c in self.columns], *self.extra).select_from(self.source)
                .where(*self.conditions(state)).order_by(*self._order(key, desc))
                .offset(offset).limit(limit))
        rows = [tuple(r) for r in conn.execute(stmt)]
        return rows[::-1] if from_end else rows

    def ids(self, conn: Connection, state: FilterState, sort: str | None = None,
            descending: bool | None = None, limit: int | None = None):
        """The ids in order, streamed (CSV export, bulk actions over a filter)."""
        stmt = (select(self.id_expr).select_from(self.source).where(*self.conditions(state))
                .order_by(*self._order(sort, descending)))
        if limit is not None:
            stmt = stmt.limit(limit)
        return conn.execute(stmt).scalars()

    def rows_by_id(self, conn: Connection, ids: Sequence[int]) -> dict[int, tuple]:
        """The current values of these records (to refresh rows already shown)."""
        if not ids:
            return {}
        stmt = (select(self.id_expr, *[c.expr for c in self.columns], *self.extra).select_from(self.source)
                .where(self.id_expr.in_(list(ids))))
        return {r[0]: tuple(r) for r in conn.execute(stmt)}

    def stream(self, conn: Connection, state: FilterState, sort: str | None = None,
               descending: bool | None = None, batch: int = 2000):
        """Every matching row in order, in batches (CSV export): never the whole result at once."""
        stmt = (select(self.id_expr, *[c.expr for c in self.columns], *self.extra).select_from(self.source)
                .where(*self.conditions(state)).order_by(*self._order(sort, descending)))
        result = conn.execution_options(stream_results=True, yield_per=batch).execute(stmt)
        for partition in result.partitions(batch):
            yield from (tuple(r) for r in partition)

    def position(self, conn: Connection, state: FilterState, record_id: int,
                 sort: str | None = None, descending: bool | None = None) -> int | None:
        """The row number of a record in the current result, or None when it does not match."""
        key, desc = self.default_sort if sort is None else (sort, bool(descending))
        expr = self.column(key).expr
        here = conn.execute(select(expr).select_from(self.source)
                            .where(self.id_expr == record_id, *self.conditions(state))).first()
        if here is None:
            return None
        value = here[0]
        if desc:
            before = or_(expr > value, and_(expr == value, self.id_expr > record_id)) if value is not None \
                else and_(expr.is_(None), self.id_expr > record_id)
            if value is None:
                before = or_(expr.is_not(None), before)
        else:
            before = or_(expr < value, expr.is_(None), and_(expr == value, self.id_expr < record_id)) \
                if value is not None else and_(expr.is_(None), self.id_expr < record_id)
        return conn.execute(select(func.count()).select_from(self.source)
                            .where(before, *self.conditions(state))).scalar_one()


# --- listings ---------------------------------------------------------------------------------

_stock = (select(func.coalesce(func.sum(LEVELS.c.available), 0)).where(LEVELS.c.listing_id == LISTINGS.c.id)
          .correlate(LISTINGS).scalar_subquery())
_barcodes_missing = (select(func.count()).where(VARIANTS.c.listing_id == LISTINGS.c.id, VARIANTS.c.barcode.is_(None))
                     .correlate(LISTINGS).scalar_subquery())
_no_image = func.json_array_length(LISTINGS.c.image_urls) == 0
_short_description = func.length(func.coalesce(LISTINGS.c.description, "")) < 80
SHORT_DESCRIPTION = 80

completeness = (100 - case((_no_image, 40), else_=0) - case((_short_description, 30), else_=0)
                - case((_barcodes_missing > 0, 30), else_=0))
"""0-100: 40 points for having an image, 30 for a description of 80 characters or more, 30 for a
barcode on every variant."""


def _stock_state(state: str, threshold: ColumnElement = shop_low_threshold) -> ColumnElement:
    if state == "out":
        return _stock <= 0
    if state == "low":
        return and_(_stock > 0, _stock <= threshold)
    if state == "in":
        return _stock > threshold
    raise ValueError(f"unknown stock state {state!r}")


def _incomplete(kind: str) -> ColumnElement:
    return {"no_image": _no_image, "short_description": _short_description,
            "no_barcode": _barcodes_missing > 0, "any": or_(_no_image, _short_description, _barcodes_missing > 0)}[kind]


LISTINGS_VIEW = ViewQuery(
    name="listings",
    resource="listings",
    source=LISTINGS,
    id_expr=LISTINGS.c.id,
    columns=[
        Column("title", "Title", LISTINGS.c.title, width=300),
        Column("status", "Status", LISTINGS.c.status, kind="status", width=90),
        Column("category", "Category", LISTINGS.c.category, width=95),
        Column("price", "Price", LISTINGS.c.min_price, kind="money", width=130),
        Column("stock", "Available", _stock, kind="stock", width=75),
        Column("variants", "Variants", LISTINGS.c.variant_count, kind="int", width=65),
        Column("complete", "Complete", completeness, kind="percent", width=75),
        Column("updated_at", "Updated", LISTINGS.c.updated_at, kind="datetime", width=150),
    ],
    filters={
        "status": lambda v: LISTINGS.c.status == v,
        "category": lambda v: LISTINGS.c.category == v,
        "price_min": lambda v: LISTINGS.c.max_price >= int(v),
        "price_max": lambda v: LISTINGS.c.min_price <= int(v),
        "stock": _stock_state,
        "incomplete": _incomplete,
    },
    search=listing_condition,
    default_sort=("updated_at", True),
    extra=(LISTINGS.c.currency, LISTINGS.c.max_price, shop_low_threshold),
)


def listing_categories(conn: Connection) -> list[str]:
    return list(conn.execute(select(LISTINGS.c.category).distinct().order_by(LISTINGS.c.category)).scalars())


# --- stock ------------------------------------------------------------------------------------

_STOCK_SOURCE = LEVELS.join(LISTINGS, LISTINGS.c.id == LEVELS.c.listing_id, isouter=True) \
    .join(LOCATIONS, LOCATIONS.c.id == LEVELS.c.location_id, isouter=True) \
    .join(VARIANTS, VARIANTS.c.id == LEVELS.c.variant_id, isouter=True)


level_threshold = func.coalesce(
    select(RULES.c.low_stock_threshold).where(RULES.c.variant_id == LEVELS.c.variant_id)
    .correlate(LEVELS).scalar_subquery(), shop_low_threshold)
"""A stock level's low-stock threshold: its variant's own, else the shop's."""


def _level_state(state: str, threshold: ColumnElement = level_threshold) -> ColumnElement:
    if state == "out":
        return LEVELS.c.available <= 0
    if state == "low":
        return and_(LEVELS.c.available > 0, LEVELS.c.available <= threshold)
    if state == "low_or_out":   # everything that needs restocking (Home's "low stock")
        return LEVELS.c.available <= threshold
    if state == "in":
        return LEVELS.c.available > threshold
    raise ValueError(f"unknown stock state {state!r}")


def _stock_search(text: str) -> ColumnElement:
    return or_(LEVELS.c.listing_id.in_(matching_listing_ids(text)), LEVELS.c.sku.contains(text, autoescape=True))


STOCK_VIEW = ViewQuery(
    name="stock",
    resource="inventory",
    source=_STOCK_SOURCE,
    id_expr=LEVELS.c.id,
    columns=[
        Column("sku", "SKU", LEVELS.c.sku, width=115),
        Column("title", "Product", LISTINGS.c.title, width=210),
        Column("variant", "Variant", VARIANTS.c.title, width=85),
        Column("location", "Location", LOCATIONS.c.name, width=125),
        Column("on_hand", "On hand", LEVELS.c.on_hand, kind="int", width=70),
        Column("committed", "Committed", LEVELS.c.committed, kind="int", width=92),
        Column("available", "Available", LEVELS.c.available, kind="stock", width=75),
        Column("updated_at", "Updated", LEVELS.c.updated_at, kind="datetime", width=150),
    ],
    filters={
        "location": lambda v: LEVELS.c.location_id == int(v),
        "stock": _level_state,
        "listing": lambda v: LEVELS.c.listing_id == int(v),
    },
    search=_stock_search,
    default_sort=("available", False),
    extra=(literal(None), level_threshold),
)


def locations(conn: Connection) -> list[tuple[int, str]]:
    return [tuple(r) for r in conn.execute(select(LOCATIONS.c.id, LOCATIONS.c.name).order_by(LOCATIONS.c.name))]


def movements(conn: Connection, level_id: int, limit: int = 200) -> list[dict]:
    """The newest stock movements of one inventory level."""
    rows = conn.execute(select(ADJUSTMENTS).where(ADJUSTMENTS.c.inventory_level_id == level_id)
                        .order_by(ADJUSTMENTS.c.created_at.desc(), ADJUSTMENTS.c.id.desc()).limit(limit)).mappings()
    return [dict(r) for r in rows]


# --- orders -----------------------------------------------------------------------------------

ORDERS = RECORD_TABLES["orders"]
ORDER_LINES = ORDERS.metadata.tables["order_lines"]
TICKETS = RECORD_TABLES["tickets"]
CUSTOMERS = RECORD_TABLES["customers"]
CAMPAIGNS = RECORD_TABLES["campaigns"]

ORDER_STATUSES = ("pending_payment", "paid", "processing", "partially_shipped", "shipped", "delivered",
                  "completed", "cancelled")
"""The platform's order states, in the order an order goes through them."""
FINANCIAL_STATUSES = ("pending", "paid", "partially_refunded", "refunded", "voided")
FULFILLMENT_STATUSES = ("unfulfilled", "partial", "fulfilled")
PAYMENT_METHODS = ("alipay", "wechat_pay", "card", "unionpay", "cash_on_delivery")
CHANNELS = ("online_store", "mobile_app", "wechat_mini_program", "marketplace", "social", "pos")
RISK_LEVELS = ("low", "medium", "high")
CLOSED_TICKET_STATUSES = ("resolved", "closed")
CREATED_PRESETS = ("today", "7d", "30d", "month")
"""Date ranges by name, computed whenever the query runs: "today" stays today."""

SHIPPABLE_STATUSES = ("paid", "processing", "partially_shipped")

TO_SHIP = and_(
    ORDERS.c.status.in_((*SHIPPABLE_STATUSES, "pending_payment")),
    or_(ORDERS.c.status != "pending_payment", ORDERS.c.payment_method == "cash_on_delivery"),
    ORDERS.c.fulfillment_status != "fulfilled",
    ORDERS.c.financial_status.not_in(("refunded", "voided")),
)
"""Orders waiting for the merchant to ship: the states the platform ships from (paid, processing,
partially shipped, and cash on delivery before payment), with units left to ship, and not refunded
in full (a refunded order's money is back with the customer)."""

HAS_OPEN_TICKET = ORDERS.c.id.in_(
    select(TICKETS.c.order_id).where(TICKETS.c.order_id.is_not(None),
                                     TICKETS.c.status.not_in(CLOSED_TICKET_STATUSES)))
"""Orders with an after-sales ticket that is neither resolved nor closed."""


def _broad(condition: ColumnElement, likelihood: float = 0.9) -> ColumnElement:
    """A condition many orders meet (a payment method, a channel, "completed"), marked so for SQLite.

    The cache keeps no statistics (no ``ANALYZE``), so SQLite takes any equality on an indexed
    column for a rare one: it would collect, say, every Alipay order by the payment index and sort
    them all for the first 200 rows (0.5 s at a million orders). Told that the condition is likely,
    it walks the index of the sort column instead and stops at the 200th match; ``COUNT`` still
    answers from the condition's own index. (0.9 by default: SQLCipher's SQLite 3.51 still preferred
    the condition's index at 0.5, which was enough for the 3.40 the cache used before.)"""
    return func.likelihood(condition, literal_column(f"{likelihood:.2f}"))  # SQLite wants a constant


BROAD_STATUSES = ("completed", "cancelled")
"""Order states that accumulate: most of a shop's orders end in one of them."""


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _zone(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None  # an unknown zone: the computer's own


def created_bounds(value: str, now: datetime | None = None) -> tuple[str, str] | None:
    """The UTC timestamps [start, end) of a range of days: a preset (``today``, ``7d`` — today and
    the six days before —, ``30d``, ``month``) or two dates ``YYYY-MM-DD..YYYY-MM-DD``, both days
    included; None when ``value`` is neither. Days are those of the time zone named after an ``@``
    (the shop's: ``today@Asia/Shanghai``, as on Home), else of the computer."""
    value, _, zone_name = str(value).partition("@")
    zone = _zone(zone_name) if zone_name else None

    def day_start(d: date) -> datetime:  # midnight, whatever the offset that day
        return datetime(d.year, d.month, d.day, tzinfo=zone) if zone else datetime(d.year, d.month, d.day).astimezone()

    today = (now or datetime.now(UTC)).astimezone(zone).date()
    tomorrow = day_start(today + timedelta(days=1))
    if value == "today":
        return _iso(day_start(today)), _iso(tomorrow)
    if value in ("7d", "30d"):
        return _iso(day_start(today - timedelta(days=int(value[:-1]) - 1))), _iso(tomorrow)
    if value == "month":
        return _iso(day_start(today.replace(day=1))), _iso(tomorrow)
    first, sep, last = value.partition("..")
    try:
        start, end = date.fromisoformat(first), date.fromisoformat(last)
    except ValueError:
        return None
    if not sep or end < start:
        return None
    return _iso(day_start(start)), _iso(day_start(end + timedelta(days=1)))


def _created(value: str) -> ColumnElement:
    bounds = created_bounds(value)
    if bounds is None:
        return true()  # a range that no longer parses (an old saved view): no filter rather than no rows
    after, before = ORDERS.c.created_at >= bounds[0], ORDERS.c.created_at < bounds[1]
    if value.partition("@")[0] not in CREATED_PRESETS and _days(bounds) > 62:
        return and_(_broad(after, 0.7), _broad(before, 0.7))  # months of orders: walk the sort column's index
    return and_(after, before)


def _days(bounds: tuple[str, str]) -> float:
    start, end = (datetime.fromisoformat(b) for b in bounds)
    return (end - start).total_seconds() / 86400


def _order_status(value: str) -> ColumnElement:
    if value == "to_ship":
        return TO_SHIP
    condition = ORDERS.c.status == value
    return _broad(condition) if value in BROAD_STATUSES else condition


def _prefix(column: ColumnElement, text: str) -> ColumnElement:
    """``column`` starts with ``text`` (case-sensitive), as a range an index answers."""
    return and_(column >= text, column < text + "\U0010ffff")


def _order_search(text: str) -> ColumnElement:
    """An order number from its start (``SO2411``, any case), a customer's name (any part, through
    the customers table; the start of the name kept on the order) or a SKU (any part of three
    characters or more, through the variants' trigram index). Each part is answered by an index
    (the customers table, far smaller than the orders, is scanned), so a search for one order, one
    customer or one SKU stays fast at a million orders; a term matching a third of them (``APP``)
    costs what counting those orders costs."""
    term = text.strip().lstrip("#").strip()
    if not term:
        return true()
    upper = term.upper()
    parts = [_prefix(ORDERS.c.number, upper), _prefix(ORDERS.c.customer_name, term)]
    if upper != term:
        parts.append(_prefix(ORDERS.c.number, term))
    parts.append(ORDERS.c.customer_id.in_(
        select(CUSTOMERS.c.id).where(CUSTOMERS.c.name.like(like_pattern(term), escape="\\"))))
    if len(term) >= 3:  # a SKU: any part of it (shorter terms would match most SKUs)
        variant_ids = select(literal_column("rowid")).select_from(text_clause("variants_fts")).where(
            text_clause("variants_fts MATCH :sku").bindparams(bindparam("sku", fts_phrase(term), unique=True)))
        parts.append(ORDERS.c.id.in_(select(ORDER_LINES.c.order_id).where(ORDER_LINES.c.variant_id.in_(variant_ids))))
    return or_(*parts)


ORDERS_VIEW = ViewQuery(
    name="orders",
    resource="orders",
    source=ORDERS,
    id_expr=ORDERS.c.id,
    columns=[
        Column("number", "Order", ORDERS.c.number, width=132),
        Column("created_at", "Placed", ORDERS.c.created_at, kind="datetime", width=118),
        Column("customer", "Customer", ORDERS.c.customer_name, width=95),
        Column("status", "Status", ORDERS.c.status, kind="status", width=128),
        Column("financial_status", "Payment status", ORDERS.c.financial_status, width=118),
        Column("fulfillment_status", "Fulfilment", ORDERS.c.fulfillment_status, width=112),
        Column("total", "Total", ORDERS.c.total, kind="money", width=88),
        Column("risk", "Risk", ORDERS.c.risk_level, width=72),
        Column("payment", "Payment", ORDERS.c.payment_method, width=115),
        Column("channel", "Channel", ORDERS.c.channel, width=140),
    ],
    filters={
        "status": _order_status,
        "created": _created,
        "payment": lambda v: _broad(ORDERS.c.payment_method == v),
        "channel": lambda v: _broad(ORDERS.c.channel == v),
        "risk": lambda v: _broad(ORDERS.c.risk_level == v),
        "ticket": lambda v: HAS_OPEN_TICKET if v == "open" else not_(HAS_OPEN_TICKET),
        "customer": lambda v: ORDERS.c.customer_id == int(v),
        "first_id": lambda v: ORDERS.c.id >= int(v),
        "last_id": lambda v: ORDERS.c.id <= int(v),
    },
    search=_order_search,
    default_sort=("created_at", True),
    extra=(ORDERS.c.currency,),
)


def order_tickets(conn: Connection, order_id: int) -> list[dict]:
    """The after-sales tickets of one order, newest first."""
    rows = conn.execute(select(TICKETS.c.id, TICKETS.c.number, TICKETS.c.type, TICKETS.c.status,
                               TICKETS.c.priority, TICKETS.c.subject, TICKETS.c.assignee, TICKETS.c.created_at)
                        .where(TICKETS.c.order_id == order_id)
                        .order_by(TICKETS.c.created_at.desc(), TICKETS.c.id.desc())).mappings()
    return [dict(r) for r in rows]


def campaign_names(conn: Connection, ids: Sequence[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(conn.execute(select(CAMPAIGNS.c.id, CAMPAIGNS.c.name).where(CAMPAIGNS.c.id.in_(list(ids)))).all())


def customer_orders(conn: Connection, customer_id: int) -> int:
    """How many orders the cache holds from one customer."""
    return conn.execute(select(func.count()).select_from(ORDERS).where(ORDERS.c.customer_id == customer_id)).scalar_one()


def customer_history(conn: Connection, customer_id: int, limit: int = 5) -> tuple[list[dict], list[dict]]:
    """A customer's latest orders and tickets, newest first (``limit`` of each): what an agent looks
    at beside a ticket. Both by the customer_id indexes."""
    orders = conn.execute(select(ORDERS.c.id, ORDERS.c.number, ORDERS.c.created_at, ORDERS.c.total,
                                 ORDERS.c.currency, ORDERS.c.status)
                          .where(ORDERS.c.customer_id == customer_id)
                          .order_by(ORDERS.c.created_at.desc(), ORDERS.c.id.desc()).limit(limit)).mappings()
    tickets = conn.execute(select(TICKETS.c.id, TICKETS.c.number, TICKETS.c.type, TICKETS.c.status,
                                  TICKETS.c.subject, TICKETS.c.created_at)
                           .where(TICKETS.c.customer_id == customer_id)
                           .order_by(TICKETS.c.created_at.desc(), TICKETS.c.id.desc()).limit(limit)).mappings()
    return [dict(r) for r in orders], [dict(r) for r in tickets]


def listing_variants(conn: Connection, listing_id: int) -> list[dict]:
    """A listing's variants with the units available in all locations (what an exchange can send)."""
    rows = conn.exec_driver_sql(
        "SELECT v.id, v.sku, v.title, coalesce(sum(i.available), 0) AS available FROM variants v "
        "LEFT JOIN inventory_levels i ON i.variant_id = v.id WHERE v.listing_id = ? GROUP BY v.id ORDER BY v.id",
        (listing_id,)).mappings()
    return [dict(r) for r in rows]


def listing_skus(conn: Connection, listing_ids: Sequence[int]) -> list[str]:
    """One SKU per listing (its lowest), in the order given: how a merchant names products."""
    if not listing_ids:
        return []
    rows = conn.execute(select(VARIANTS.c.listing_id, func.min(VARIANTS.c.sku))
                        .where(VARIANTS.c.listing_id.in_(list(listing_ids))).group_by(VARIANTS.c.listing_id)).all()
    by_listing = dict(rows)
    return [by_listing[i] for i in listing_ids if i in by_listing]


def listings_by_sku(conn: Connection, skus: Sequence[str]) -> dict[str, int]:
    """SKU -> the listing of that variant, for the SKUs this shop has."""
    if not skus:
        return {}
    return dict(conn.execute(select(VARIANTS.c.sku, VARIANTS.c.listing_id).where(VARIANTS.c.sku.in_(list(skus)))).all())


def campaigns_between(conn: Connection, start: datetime, end: datetime, status: str | None = None,
                      kind: str | None = None) -> list[dict]:
    """The campaigns running at some moment between ``start`` and ``end`` (for a calendar)."""
    query = (select(CAMPAIGNS.c.id, CAMPAIGNS.c.name, CAMPAIGNS.c.status, CAMPAIGNS.c.type, CAMPAIGNS.c.starts_at,
                    CAMPAIGNS.c.ends_at)
             .where(CAMPAIGNS.c.starts_at < _iso(end), CAMPAIGNS.c.ends_at > _iso(start))
             .order_by(CAMPAIGNS.c.starts_at, CAMPAIGNS.c.id))
    if status:
        query = query.where(CAMPAIGNS.c.status == status)
    if kind:
        query = query.where(CAMPAIGNS.c.type == kind)
    return [dict(r) for r in conn.execute(query).mappings()]


def colleagues(conn: Connection) -> list[str]:
    """The user names tickets are assigned to in this shop (whom a ticket can go to)."""
    return sorted(conn.execute(select(TICKETS.c.assignee).where(TICKETS.c.assignee.is_not(None)).distinct())
                  .scalars())


# --- the audit log (issue 7) ------------------------------------------------------------------

AUDIT = Base.metadata.tables["audit_log"]


def _audit_search(text: str) -> ColumnElement:
    term = text.strip()
    if not term:
        return true()
    if term.isdigit():
        return AUDIT.c.record_id == int(term)
    pattern = like_pattern(term)   # a "_" typed (orders.add_note) is a character, not a wildcard
    return or_(*(column.like(pattern, escape="\\") for column in (AUDIT.c.action, AUDIT.c.actor, AUDIT.c.resource)))


AUDIT_VIEW = ViewQuery(
    name="audit",
    resource="audit_log",
    source=AUDIT,
    id_expr=AUDIT.c.id,
    columns=[
        Column("at", "When", AUDIT.c.at, kind="datetime", width=150),
        Column("actor", "Who", AUDIT.c.actor, width=90),
        Column("action", "Change", AUDIT.c.action, width=150),
        Column("record", "Record", func.printf("%s #%d", AUDIT.c.resource, AUDIT.c.record_id), width=140),
        Column("fields", "Before → after", func.coalesce(func.json(AUDIT.c.after), ""), width=320, sortable=False),
        Column("synced", "Synced", AUDIT.c.synced, kind="int", width=70),
    ],
    filters={
        "actor": lambda v: AUDIT.c.actor == v,
        "resource": lambda v: AUDIT.c.resource == v,
        "synced": lambda v: AUDIT.c.synced.is_(v == "yes"),
    },
    search=_audit_search,
    default_sort=("at", True),
    extra=(AUDIT.c.before, AUDIT.c.after, AUDIT.c.resource, AUDIT.c.record_id),
)


def audit_actors(conn: Connection) -> list[str]:
    return sorted(conn.execute(select(AUDIT.c.actor).distinct()).scalars())


VIEWS: dict[str, ViewQuery] = {q.name: q for q in (LISTINGS_VIEW, STOCK_VIEW, ORDERS_VIEW)}


# --- after-sales tickets ----------------------------------------------------------------------

TICKET_STATUSES = ("new", "open", "awaiting_customer", "awaiting_return", "escalated", "reopened", "resolved",
                   "closed")
"""The platform's ticket states: new → open → awaiting customer / awaiting return → resolved → closed,
plus escalated and reopened."""
OPEN_TICKET_STATUSES = tuple(s for s in TICKET_STATUSES if s not in CLOSED_TICKET_STATUSES)
TICKET_TYPES = ("return", "refund_only", "exchange", "repair", "complaint", "inquiry", "dispute")
TICKET_PRIORITIES = ("urgent", "high", "normal", "low")
"""Most pressing first."""

WORKING_TICKET = ("new", "open", "awaiting_return", "escalated", "reopened")
"""Ticket states whose SLA clocks run (awaiting the customer pauses them; resolved and closed stop them)."""
NEAR_BREACH = timedelta(hours=2)
"""A running clock due within this is about to breach (Home's "tickets near SLA breach")."""

TICKET_QUEUES = ("mine", "unassigned", "breaching", "awaiting_customer", "disputes", "open")
"""The desk's queues. ``mine`` names its user after an ``@`` (``mine@alice``); the others need nothing."""

NEVER_DUE = "9999"
"""What the "next due" column holds when no clock runs (resolved, closed, no SLA): after every real
timestamp, so that the most pressing tickets come first and those without a clock last."""
PAUSED_DUE = "9998-12-31T00:00:00.000000Z"
"""What a paused clock's due column holds (awaiting the customer): no instant, but after every real
one, so paused tickets sort after running ones and before those without a clock (``services.sla``)."""

ticket_next_due = TICKETS.c.sla_next_due
"""The "next due" column: the earliest running SLA due time of a ticket (first response until it is
answered, next response, resolution), counted in the shop's business hours (``services.sla``, kept
with the row and indexed, so the queue sorts either way by walking the index); :data:`PAUSED_DUE`
while it awaits the customer, :data:`NEVER_DUE` when its clocks stopped or never ran."""


def ticket_first_due() -> ColumnElement:
    """The earliest running SLA due time of a ticket — first response (until it is answered), next
    response, resolution — in SQL; NULL when none runs (paused, stopped, no SLA)."""
    return func.nullif(func.nullif(ticket_next_due, PAUSED_DUE), NEVER_DUE)


def ticket_due_condition(now: datetime, within: timedelta = NEAR_BREACH) -> ColumnElement:
    """Tickets being worked on whose earliest due time is less than ``within`` after ``now``, or past
    (Home's "tickets near SLA breach", the "breaching" queue). A range of the ``sla_next_due`` index:
    paused and stopped tickets hold values after every instant."""
    return and_(ticket_next_due < _iso(now + within), TICKETS.c.status.in_(WORKING_TICKET))


PRIORITY_RANK = {"urgent": 4, "high": 3, "normal": 2, "low": 1}
ticket_priority_rank = case(PRIORITY_RANK, value=TICKETS.c.priority, else_=0)
"""Priority as a number, so that sorting puts urgent above high, not in alphabetical order."""


def ticket_queue(value: str, now: datetime | None = None) -> ColumnElement:
    """One queue of the desk (:data:`TICKET_QUEUES`). A queue is work: mine, unassigned and disputes
    leave out resolved and closed tickets. "breaching" is computed when the query runs."""
    name, _, who = str(value).partition("@")
    is_open = TICKETS.c.status.in_(OPEN_TICKET_STATUSES)
    if name == "mine":  # an agent holds a third of all tickets, few of them open: walk the open ones
        return and_(_broad(TICKETS.c.assignee == who, 0.9), is_open)
    if name == "unassigned":
        return and_(TICKETS.c.assignee.is_(None), is_open)
    if name == "breaching":
        return ticket_due_condition(now or datetime.now(UTC))
    if name == "awaiting_customer":
        return TICKETS.c.status == "awaiting_customer"
    if name == "disputes":
        return and_(TICKETS.c.type == "dispute", is_open)
    if name == "open":
        return is_open
    return true()  # a queue this version does not know (an old saved view): no filter rather than no rows


def _ticket_search(text: str) -> ColumnElement:
    """Any part of a ticket number (``AS-000123``, ``123``), the subject, the customer's name or the
    order number, in any case. A scan of the tickets table: 75k tickets are read in tens of ms."""
    term = text.strip().lstrip("#").strip()
    if not term:
        return true()
    pattern = like_pattern(term)
    return or_(*(column.like(pattern, escape="\\") for column in
                 (TICKETS.c.number, TICKETS.c.subject, TICKETS.c.customer_name, TICKETS.c.order_number)))


TICKETS_VIEW = ViewQuery(
    name="tickets",
    resource="tickets",
    source=TICKETS,
    id_expr=TICKETS.c.id,
    columns=[
        Column("number", "Ticket", TICKETS.c.number, width=92),
        Column("subject", "Subject", TICKETS.c.subject, width=200),
        Column("customer", "Customer", TICKETS.c.customer_name, width=95),
        Column("order", "Order", TICKETS.c.order_number, width=132),
        Column("type", "Type", TICKETS.c.type, width=92),
        Column("status", "Status", TICKETS.c.status, kind="status", width=140),
        Column("priority", "Priority", ticket_priority_rank, width=72),
        Column("assignee", "Assignee", TICKETS.c.assignee, width=80),
        Column("next_due", "Next due", ticket_next_due, kind="datetime", width=134),
        Column("last_message", "Last message", TICKETS.c.last_message_at, kind="datetime", width=104),
    ],
    filters={
        "queue": ticket_queue,
        "status": lambda v: TICKETS.c.status == v,
        "type": lambda v: TICKETS.c.type == v,
        "priority": lambda v: TICKETS.c.priority == v,
    },
    search=_ticket_search,
    default_sort=("next_due", False),
    extra=(TICKETS.c.priority,),
)


def ticket_queue_counts(conn: Connection, username: str, now: datetime | None = None) -> dict[str, int]:
    """How many tickets each queue holds now (each count answered by the status or assignee index)."""
    now = now or datetime.now(UTC)
    counts = {}
    for name in TICKET_QUEUES:
        condition = ticket_queue(f"mine@{username}" if name == "mine" else name, now)
        counts[name] = conn.execute(select(func.count()).select_from(TICKETS).where(condition)).scalar_one()
    return counts


VIEWS[TICKETS_VIEW.name] = TICKETS_VIEW


# --- campaigns --------------------------------------------------------------------------------

ANALYTICS = RECORD_TABLES["analytics/daily"]

CAMPAIGN_STATUSES = ("draft", "scheduled", "active", "paused", "ended", "cancelled")
"""The platform's campaign states, in the order a campaign goes through them."""
CAMPAIGN_TYPES = ("percent_off", "amount_off", "spend_x_save_y", "coupon", "flash_sale", "bundle")
CAMPAIGN_WHEN = ("now", "upcoming", "past")
"""Where a campaign's dates lie against now, whatever its status."""


def campaigns_running(now: datetime | None = None) -> ColumnElement:
    """Campaigns running at ``now``: active on the platform and within their dates. The platform's
    campaign clock moves statuses on only every now and then, so the dates are compared here too.
    This is what Home counts as running campaigns (``services.home.at_a_glance``)."""
    at = _iso(now or datetime.now(UTC))
    return and_(CAMPAIGNS.c.status == "active", CAMPAIGNS.c.starts_at <= at, CAMPAIGNS.c.ends_at > at)


def _campaign_status(value: str) -> ColumnElement:
    """A status; "active" means running now (:func:`campaigns_running`, computed when the query runs)."""
    return campaigns_running() if value == "active" else CAMPAIGNS.c.status == value


def campaign_when(value: str, now: datetime | None = None) -> ColumnElement:
    """By dates alone, at ``now`` (when the query runs): ``now`` started and not ended, ``upcoming``
    not started, ``past`` ended."""
    at = _iso(now or datetime.now(UTC))
    if value == "now":
        return and_(CAMPAIGNS.c.starts_at <= at, CAMPAIGNS.c.ends_at > at)
    if value == "upcoming":
        return CAMPAIGNS.c.starts_at > at
    if value == "past":
        return CAMPAIGNS.c.ends_at <= at
    return true()  # a value that no longer exists (an old saved view): no filter rather than no rows


def _campaign_search(text: str) -> ColumnElement:
    """Any part of a campaign's name, or of its coupon code (a shop has a few hundred campaigns: a scan)."""
    pattern = like_pattern(text.strip())
    return or_(CAMPAIGNS.c.name.like(pattern, escape="\\"),
               func.json_extract(CAMPAIGNS.c.rules, "$.code").like(pattern, escape="\\"))


def _campaigns_view(name: str, money: bool) -> ViewQuery:
    columns = [
        Column("name", "Name", CAMPAIGNS.c.name, width=146),
        Column("type", "Type", CAMPAIGNS.c.type, width=105),
        Column("status", "Status", CAMPAIGNS.c.status, kind="status", width=80),
        Column("starts_at", "Starts", CAMPAIGNS.c.starts_at, kind="datetime", width=118),
        Column("ends_at", "Ends", CAMPAIGNS.c.ends_at, kind="datetime", width=118),
        Column("budget", "Budget", CAMPAIGNS.c.budget, kind="money", width=88),
        Column("spent", "Spent", CAMPAIGNS.c.spent, kind="money", width=114),
        Column("redemptions", "Redemptions", CAMPAIGNS.c.redemptions, kind="int", width=102),
        Column("listings", "Products", func.json_array_length(CAMPAIGNS.c.listing_ids), kind="int", width=62),
    ]
    return ViewQuery(
        name=name,
        resource="campaigns",
        source=CAMPAIGNS,
        id_expr=CAMPAIGNS.c.id,
        columns=[c for c in columns if money or c.kind != "money"],
        filters={"status": _campaign_status, "type": lambda v: CAMPAIGNS.c.type == v, "when": campaign_when},
        search=_campaign_search,
        default_sort=("starts_at", True),
        extra=(CAMPAIGNS.c.currency,),
    )


CAMPAIGNS_VIEW = _campaigns_view("campaigns", money=True)
"""Every campaign of the shop; "Products" is how many listings it names (0: the whole shop)."""
CAMPAIGNS_VIEW_WITHOUT_MONEY = _campaigns_view("campaigns_without_money", money=False)
"""The same list without budget and spent, for roles that may not read revenue figures (agents):
the rows never carry them, so neither the table nor its CSV export can show them."""
VIEWS[CAMPAIGNS_VIEW.name] = CAMPAIGNS_VIEW


def campaign_listing_titles(conn: Connection, ids: Sequence[int]) -> dict[int, str]:
    """Titles of these listings by id (those the cache holds)."""
    if not ids:
        return {}
    return dict(conn.execute(select(LISTINGS.c.id, LISTINGS.c.title).where(LISTINGS.c.id.in_(list(ids)))).all())


def campaign_traffic(conn: Connection, campaign_id: int, starts_at: str, ends_at: str) -> list[dict]:
    """A campaign's daily visits and sessions (``analytics_daily``, scope ``campaign``) over its dates,
    oldest first. Dates are the shop's days: a day either side of the UTC dates covers any time zone
    and lets the date index answer."""
    first = (date.fromisoformat(starts_at[:10]) - timedelta(days=1)).isoformat()
    last = (date.fromisoformat(ends_at[:10]) + timedelta(days=1)).isoformat()
    rows = conn.execute(select(ANALYTICS.c.date, ANALYTICS.c.visits, ANALYTICS.c.sessions)
                        .where(ANALYTICS.c.date >= first, ANALYTICS.c.date <= last,
                               ANALYTICS.c.scope == "campaign", ANALYTICS.c.scope_id == campaign_id)
                        .order_by(ANALYTICS.c.date)).mappings()
    return [dict(r) for r in rows]


# --- reviews ----------------------------------------------------------------------------------

REVIEWS = RECORD_TABLES["reviews"]

REVIEW_STATUSES = ("published", "hidden", "reported")
"""A review's states on the platform: on the storefront, hidden by the shop, reported to the platform."""
NEGATIVE_RATING = 2
"""Ratings at or below this are negative (one and two stars, as Home counts them); 3 is neutral."""

PUBLISHED = _broad(REVIEWS.c.status == "published")
"""Most reviews are published (96% in the demo shops): a broad condition, walked in the sort
column's index rather than collected by the status index and sorted."""

AWAITING_REPLY = and_(REVIEWS.c.reply.is_(None), PUBLISHED)
"""Reviews the shop has not answered that shoppers can read. A hidden or reported review is off the
storefront, so it waits for no answer: with ``rating`` "negative" this is exactly Home's "published
one- and two-star reviews without a reply" (``services.home``)."""


def _rating(value: Any) -> ColumnElement:
    """A group ("negative": 1–2, "neutral": 3, "positive": 4–5) or one rating (1 to 5). Each holds
    from a twentieth to two thirds of the reviews, so each is walked in the sort column's index."""
    if value == "negative":
        condition = REVIEWS.c.rating <= NEGATIVE_RATING
    elif value == "neutral":
        condition = REVIEWS.c.rating == NEGATIVE_RATING + 1
    elif value == "positive":
        condition = REVIEWS.c.rating >= NEGATIVE_RATING + 2
    else:
        try:
            condition = REVIEWS.c.rating == int(value)
        except (TypeError, ValueError):
            return true()  # an old saved view: no filter rather than no rows
    return _broad(condition)


def _replied(value: Any) -> ColumnElement:
    """ "yes": answered (whatever the status); "no": awaiting a reply (:data:`AWAITING_REPLY`)."""
    if value == "yes":
        return REVIEWS.c.reply.is_not(None)
    if value == "no":
        return AWAITING_REPLY
    return true()


def _has_media(value: Any) -> ColumnElement:
    with_media = func.json_array_length(REVIEWS.c.media_urls) > 0
    return not_(with_media) if value in ("no", False) else with_media


REVIEW_SENTIMENTS = ("positive", "neutral", "negative")


def _review_sentiment(value: Any) -> ColumnElement:
    """The console's reading of the text (``services.sentiment``): positive, neutral or negative.
    Most reviews are one of three, so SQLite is told the filter is broad and keeps walking the sort's
    index rather than sorting every match."""
    if value not in REVIEW_SENTIMENTS:
        return true()
    return _broad(REVIEWS.c.sentiment == value, 0.4)


def _review_topic(value: Any) -> ColumnElement:
    """Reviews that talk about a topic (a code of ``services.sentiment.TOPIC_CODES``: size,
    shipping, quality, packaging, price, service, accuracy, smell, battery, taste, comfort,
    function). ``topics`` is a JSON list of codes, so the code in quotes is looked for in its text:
    no code is part of another's quoted form."""
    code = str(value)
    if not code.isalpha():
        return true()
    return _broad(type_coerce(REVIEWS.c.topics, SQLString).like(f'%"{code}"%'), 0.2)


def _review_search(text: str) -> ColumnElement:
    """Any part of the title, the text or the customer's name (``LIKE``: any case for Latin
    letters; Chinese as written).

    No index answers ``LIKE '%…%'``: a search reads the whole reviews table once. Measured on 230k
    reviews (the large shop's count: the medium shop's reviews copied ten times), on 2 cores shared
    with other work: 60–90 ms to count the matches, 60–100 ms for the first window, whatever the term
    and the sort. The matches are collected first (``id IN (…)``) and then sorted: searched in place,
    SQLite walked the sort column's index looking for 200 matches that may not exist (0.45 s for a
    term found nowhere, sorted by customer). A trigram index like the listings' (``store.search``)
    is the next step if this becomes too slow."""
    term = text.strip()
    if not term:
        return true()
    pattern = like_pattern(term)
    found = REVIEWS.alias("found")  # a table of its own in the subquery, not correlated with the outer one
    return REVIEWS.c.id.in_(select(found.c.id).where(or_(
        *(column.like(pattern, escape="\\") for column in (found.c.title, found.c.body, found.c.customer_name)))))


@dataclass(frozen=True)
class NarrowSortQuery(ViewQuery):
    """A view query some of whose sorts no index answers: for those, a window's ids are chosen first,
    from as narrow a row as SQLite can sort, and only then are the window's rows read.

    The reviews' product column sorts by the listing's title, which lives in another table: no
    index of ``reviews`` gives that order. Sorting whole rows (text, JSON) to paint 200 took
    0.25 s at 230k reviews and 0.85 s half-way down; sorting ids and titles read off the covering
    index of reviews by listing takes 0.05 s and 0.17 s."""

    narrow_sorts: frozenset[str] = frozenset()

    def window(self, conn: Connection, state: FilterState, offset: int, limit: int,
               sort: str | None = None, descending: bool | None = None, total: int | None = None) -> list[tuple]:
        key, desc = self.default_sort if sort is None else (sort, bool(descending))
        if key not in self.narrow_sorts:
            return super().window(conn, state, offset, limit, sort, descending, total=total)
        from_end = total is not None and offset > total // 2  # as ViewQuery.window: the second half from the end
        if from_end:
            end = min(offset + limit, total)
            offset, limit, desc = total - end, max(0, end - offset), not desc
        ids = list(conn.execute(select(self.id_expr).select_from(self.source).where(*self.conditions(state))
                                .order_by(*self._order(key, desc)).offset(offset).limit(limit)).scalars())
        if from_end:
            ids.reverse()
        rows = self.rows_by_id(conn, ids)
        return [rows[i] for i in ids if i in rows]  # a record deleted in between is left out


REVIEWS_VIEW = NarrowSortQuery(
    name="reviews",
    resource="reviews",
    # outer join: a review whose listing is not in the cache (yet) is still listed, and counted as Home counts it
    source=REVIEWS.join(LISTINGS, LISTINGS.c.id == REVIEWS.c.listing_id, isouter=True),
    id_expr=REVIEWS.c.id,
    columns=[
        Column("created_at", "Date", REVIEWS.c.created_at, kind="datetime", width=78),
        Column("rating", "Rating", REVIEWS.c.rating, kind="rating", width=74),
        Column("product", "Product", LISTINGS.c.title, width=150),
        Column("customer", "Customer", REVIEWS.c.customer_name, width=84),
        # shown as "title — text"; sorted by the title (indexed; reviews without one come first)
        Column("review", "Review", REVIEWS.c.title, width=240),
        Column("status", "Status", REVIEWS.c.status, kind="status", width=82),
        Column("replied", "Replied", REVIEWS.c.replied_at, width=64),
        Column("language", "Language", REVIEWS.c.language, width=80),
    ],
    filters={
        "rating": _rating,
        "replied": _replied,
        "status": lambda v: PUBLISHED if v == "published" else REVIEWS.c.status == v,
        "listing": lambda v: REVIEWS.c.listing_id == int(v),
        "has_media": _has_media,
        "sentiment": _review_sentiment,
        "topic": _review_topic,
    },
    search=_review_search,
    default_sort=("created_at", True),
    extra=(REVIEWS.c.listing_id, func.substr(REVIEWS.c.body, 1, 200)),  # the product of a review without one; the text
    narrow_sorts=frozenset({"product"}),
)
VIEWS[REVIEWS_VIEW.name] = REVIEWS_VIEW


def review_context(conn: Connection, listing_id: int, variant_id: int | None, order_id: int | None) -> dict:
    """What the reviews view shows beside a review: its product's title, the variant's SKU and
    title, the order's number (None for what the cache does not hold)."""
    listing = conn.execute(select(LISTINGS.c.title).where(LISTINGS.c.id == listing_id)).scalar()
    variant = conn.execute(select(VARIANTS.c.sku, VARIANTS.c.title).where(VARIANTS.c.id == variant_id)).first() \
        if variant_id is not None else None
    number = conn.execute(select(ORDERS.c.number).where(ORDERS.c.id == order_id)).scalar() \
        if order_id is not None else None
    return {"listing_title": listing, "sku": variant[0] if variant else None,
            "variant_title": variant[1] if variant else None, "order_number": number}


def listing_title(conn: Connection, listing_id: int) -> str | None:
    return conn.execute(select(LISTINGS.c.title).where(LISTINGS.c.id == listing_id)).scalar()
