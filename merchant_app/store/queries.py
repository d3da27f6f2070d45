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
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    FromClause,
    and_,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
)

from ..models import RECORD_TABLES
from .search import listing_condition, matching_listing_ids

LISTINGS = RECORD_TABLES["listings"]
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

    def count(self, conn: Connection, state: FilterState) -> int:
        stmt = select(func.count()).select_from(self.source).where(*self.conditions(state))
        return conn.execute(stmt).scalar_one()

    def window(self, conn: Connection, state: FilterState, offset: int, limit: int,
               sort: str | None = None, descending: bool | None = None) -> list[tuple]:
        """Rows ``offset`` .. ``offset + limit`` of the result: (id, *column values, *extra)."""
        stmt = (select(self.id_expr, *[c.expr for c in self.columns], *self.extra).select_from(self.source)
                .where(*self.conditions(state)).order_by(*self._order(sort, descending))
                .offset(offset).limit(limit))
        return [tuple(r) for r in conn.execute(stmt)]

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


# --- orders (the table the orders view of issue 5 builds on) ----------------------------------

ORDERS = RECORD_TABLES["orders"]

ORDERS_VIEW = ViewQuery(
    name="orders",
    resource="orders",
    source=ORDERS,
    id_expr=ORDERS.c.id,
    columns=[
        Column("number", "Order", ORDERS.c.number, width=120),
        Column("created_at", "Placed", ORDERS.c.created_at, kind="datetime", width=150),
        Column("customer", "Customer", ORDERS.c.customer_name, width=160),
        Column("status", "Status", ORDERS.c.status, kind="status", width=110),
        Column("total", "Total", ORDERS.c.total, kind="money", width=110),
        Column("payment", "Payment", ORDERS.c.payment_method, kind="status", width=120),
        Column("channel", "Channel", ORDERS.c.channel, kind="status", width=110),
    ],
    filters={
        "status": lambda v: ORDERS.c.status == v,
        "first_id": lambda v: ORDERS.c.id >= int(v),
        "last_id": lambda v: ORDERS.c.id <= int(v),
    },
    search=lambda text: or_(ORDERS.c.number.contains(text, autoescape=True),
                            ORDERS.c.customer_name.contains(text, autoescape=True)),
    default_sort=("created_at", True),
    extra=(ORDERS.c.currency,),
)


VIEWS: dict[str, ViewQuery] = {q.name: q for q in (LISTINGS_VIEW, STOCK_VIEW, ORDERS_VIEW)}
