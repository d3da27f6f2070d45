"""Stock planning: low-stock thresholds, days of cover and reorder suggestions.

Definitions (shown to the user next to the numbers):

- **average daily demand** d = units of the variant on orders placed in the last ``window_days``
  days (cancelled orders excluded, refunded units excluded) / ``window_days``;
- **days of cover** = units available (all locations) / d (none when nothing sold);
- **reorder point** ROP = d × lead time (days) + safety stock;
- **suggested order**: when available ≤ ROP, enough units to get back to ROP + d × ``cover_days``
  (the stock that should be on hand after the delivery); otherwise none.

Thresholds and planning inputs are the merchant's own settings (``stock_rules`` per variant,
``preferences`` for the shop defaults), changed only through this module, with an audit entry.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from fractions import Fraction

from sqlalchemy import Connection, Engine, func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..models import Base, utc_now_iso
from ..store import write_transaction
from ..store.queries import LOW_STOCK_DEFAULT
from .edits import Actor, NotAllowed, ServiceError
from .permissions import allowed

RULES = Base.metadata.tables["stock_rules"]
PREFERENCES = Base.metadata.tables["preferences"]
AUDIT = Base.metadata.tables["audit_log"]
LEVELS = Base.metadata.tables["inventory_levels"]
LINES = Base.metadata.tables["order_lines"]
ORDERS = Base.metadata.tables["orders"]

DEFAULTS = {"stock.low_threshold": LOW_STOCK_DEFAULT, "stock.lead_time_days": 7, "stock.safety_stock": 0,
            "stock.window_days": 28, "stock.cover_days": 14}
LIMITS = {"low_threshold": (0, 100_000), "lead_time_days": (0, 365), "safety_stock": (0, 1_000_000),
          "window_days": (1, 365), "cover_days": (0, 365)}


def _check_int(name: str, value) -> int:
    lo, hi = LIMITS[name]
    if not isinstance(value, int) or isinstance(value, bool) or not lo <= value <= hi:
        raise ServiceError("invalid_" + name, f"{name.replace('_', ' ').capitalize()} must be a whole number "
                                              f"from {lo} to {hi}.", name)
    return value


def preferences(conn: Connection) -> dict:
    stored = dict(conn.execute(select(PREFERENCES.c.key, PREFERENCES.c.value)).all())
    return {key: stored.get(key, default) for key, default in DEFAULTS.items()}


def _audit(conn, actor: Actor, action: str, resource: str, record_id: int | None, before, after) -> None:
    conn.execute(insert(AUDIT).values(at=utc_now_iso(), actor=actor.username, action=action, resource=resource,
                                      record_id=record_id, before=before, after=after, outbox_key=None, synced=True))


def set_defaults(engine: Engine, actor: Actor, **values: int) -> dict:
    """The shop's defaults: low_threshold, lead_time_days, safety_stock, window_days, cover_days."""
    if not allowed(actor.role, "inventory:write"):
        raise NotAllowed("forbidden", f"Your role ({actor.role}) may not change stock settings.")
    checked = {f"stock.{k}": _check_int(k, v) for k, v in values.items() if f"stock.{k}" in DEFAULTS}
    if len(checked) != len(values):
        raise ServiceError("invalid_field", "Unknown setting: " + ", ".join(sorted(set(values) - {
            k.removeprefix("stock.") for k in checked})))
    with write_transaction(engine) as conn:
        before = preferences(conn)
        for key, value in checked.items():
            stmt = sqlite_insert(PREFERENCES).values(key=key, value=value, updated_at=utc_now_iso())
            conn.execute(stmt.on_conflict_do_update(index_elements=[PREFERENCES.c.key],
                                                    set_={"value": value, "updated_at": utc_now_iso()}))
        _audit(conn, actor, "stock.set_defaults", "preferences", None,
               {k: before[k] for k in checked}, checked)
        return preferences(conn)


def set_rule(engine: Engine, actor: Actor, variant_id: int, *, low_threshold: int | None = None,
             lead_time_days: int | None = None, safety_stock: int | None = None) -> None:
    """One variant's own settings; None puts a setting back to the shop default."""
    if not allowed(actor.role, "inventory:write"):
        raise NotAllowed("forbidden", f"Your role ({actor.role}) may not change stock settings.")
    values = {"low_stock_threshold": low_threshold, "lead_time_days": lead_time_days, "safety_stock": safety_stock}
    for column, name in (("low_stock_threshold", "low_threshold"), ("lead_time_days", "lead_time_days"),
                         ("safety_stock", "safety_stock")):
        if values[column] is not None:
            _check_int(name, values[column])
    with write_transaction(engine) as conn:
        if conn.execute(select(LEVELS.c.id).where(LEVELS.c.variant_id == variant_id).limit(1)).first() is None:
            raise ServiceError("not_found", f"There is no stock of variant {variant_id} in this shop.")
        before = conn.execute(select(RULES).where(RULES.c.variant_id == variant_id)).mappings().first()
        stmt = sqlite_insert(RULES).values(variant_id=variant_id, updated_at=utc_now_iso(), **values)
        conn.execute(stmt.on_conflict_do_update(index_elements=[RULES.c.variant_id],
                                                set_={**values, "updated_at": utc_now_iso()}))
        _audit(conn, actor, "stock.set_rule", "variants", variant_id,
               {k: before[k] for k in values} if before else None, values)


@dataclass(frozen=True)
class Plan:
    variant_id: int
    available: int            # all locations
    units_sold: int           # in the window
    window_days: int
    daily_demand: float
    days_of_cover: float | None
    lead_time_days: int
    safety_stock: int
    cover_days: int
    low_threshold: int
    reorder_point: int
    suggested_order: int

    @property
    def low(self) -> bool:
        return self.available <= self.low_threshold


def plan(conn: Connection, variant_id: int, now: datetime | None = None, *, window_days: int | None = None,
         lead_time_days: int | None = None, safety_stock: int | None = None, cover_days: int | None = None) -> Plan:
    """The variant's planning figures; arguments override its settings (to try other inputs)."""
    prefs = preferences(conn)
    rule = conn.execute(select(RULES).where(RULES.c.variant_id == variant_id)).mappings().first() or {}
    window = _check_int("window_days", window_days if window_days is not None else prefs["stock.window_days"])
    lead = _check_int("lead_time_days", lead_time_days if lead_time_days is not None
                      else rule.get("lead_time_days") if rule.get("lead_time_days") is not None
                      else prefs["stock.lead_time_days"])
    safety = _check_int("safety_stock", safety_stock if safety_stock is not None
                        else rule.get("safety_stock") if rule.get("safety_stock") is not None
                        else prefs["stock.safety_stock"])
    cover = _check_int("cover_days", cover_days if cover_days is not None else prefs["stock.cover_days"])
    threshold = rule.get("low_stock_threshold")
    threshold = prefs["stock.low_threshold"] if threshold is None else threshold
    since = ((now or datetime.now(UTC)) - timedelta(days=window)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    sold = conn.execute(
        select(func.coalesce(func.sum(LINES.c.quantity - LINES.c.refunded_quantity), 0))
        .select_from(LINES.join(ORDERS, ORDERS.c.id == LINES.c.order_id))
        .where(LINES.c.variant_id == variant_id, ORDERS.c.created_at >= since, ORDERS.c.status != "cancelled")
    ).scalar_one()
    available = conn.execute(select(func.coalesce(func.sum(LEVELS.c.available), 0))
                             .where(LEVELS.c.variant_id == variant_id)).scalar_one()
    daily = Fraction(max(0, sold), window)  # exact: a reorder point is never off by one from rounding
    rop = math.ceil(daily * lead + safety)
    suggested = max(0, math.ceil(rop + daily * cover - available)) if available <= rop and (daily or safety) else 0
    return Plan(variant_id, available, int(sold), window, float(daily),
                float(available / daily) if daily else None, lead, safety, cover, threshold, rop, suggested)
