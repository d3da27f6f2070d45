"""Orders: confirm, ship, cancel and refund, as the platform's order states allow (issue 5).

Each action is a :class:`~.edits.Mutation`, so it is checked, applied to the cached order at once,
queued for the platform and audited in one transaction, and works offline. The platform checks it
again when the outbox reaches it; a refusal then comes back as a rejected edit with its reason.

:func:`refusal` is the one place that says whether an action is possible on an order now, and why
not: the views disable the action and show that reason, and the service refuses with the same one.

Order states (docs/platform-api.md): pending payment → paid → processing → (partially) shipped →
delivered → completed; cancelled; the money side (financial status) goes pending → paid →
(partially) refunded, or voided when an unpaid order is cancelled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select

from ..models import Base, utc_now_iso
from .edits import Actor, Mutation, Params, ServiceError, dry_run, register
from .imports import Problem, guess_mapping, read_table
from .permissions import allowed

ORDERS = Base.metadata.tables["orders"]

ACTIONS = ("confirm", "ship", "cancel", "refund", "note")
PERMISSION = {"confirm": "orders:fulfil", "ship": "orders:fulfil", "cancel": "orders:fulfil",
              "refund": "orders:refund", "note": "orders:note"}
SHIPPABLE = ("pending_payment", "paid", "processing", "partially_shipped")
CANCELLABLE = ("pending_payment", "paid", "processing")
CARRIERS = {"CNY": ("SF Express", "ZTO Express", "YTO Express", "JD Logistics", "EMS", "STO Express"),
            "USD": ("DHL Express", "SF International", "EMS", "UPS", "FedEx")}
"""Carriers offered first in the ship dialog, by the order's currency; any other name may be typed."""
TRACKING = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{3,63}")


# --- what an order allows ------------------------------------------------------------------

def to_ship(line: dict) -> int:
    """Units of a line still to ship (a refund counts against the unshipped units first)."""
    return max(0, line["quantity"] - line.get("fulfilled_quantity", 0) - line.get("refunded_quantity", 0))


def refundable_units(line: dict) -> int:
    return line["quantity"] - line.get("refunded_quantity", 0)


def returned_units(line: dict, quantity: int) -> int:
    """Of ``quantity`` units refunded now, how many had shipped (those can go back on the shelf)."""
    return max(0, quantity - to_ship(line))


def refundable_amount(order: dict) -> int:
    return max(0, order["paid_total"] - order["refunded_total"])


def line_refund(line: dict, quantity: int) -> int:
    """What ``quantity`` units of a line cost the customer, after the line's discount (minor units)."""
    if quantity <= 0 or not line["quantity"]:
        return 0
    return round(line["total"] * quantity / line["quantity"])


def refusal(order: dict, action: str, role: str) -> ServiceError | None:
    """Why ``action`` cannot be done on this order now by this role, or None when it can."""
    if not allowed(role, PERMISSION[action]):
        return ServiceError("forbidden", f"Your role ({role}) may not {action} orders.")
    status, number = order["status"], order["number"]
    if action == "confirm" and status != "paid":
        return ServiceError("cannot_confirm", f"Only a paid order can be confirmed; {number} is {status}.")
    if action == "ship":
        if status == "cancelled":
            return ServiceError("order_cancelled", f"Order {number} was cancelled.")
        if status == "pending_payment" and order["payment_method"] != "cash_on_delivery":
            return ServiceError("order_not_paid", f"Order {number} is not paid yet.")
        if status not in SHIPPABLE or not any(to_ship(line) for line in order["lines"]):
            return ServiceError("nothing_to_ship", f"Order {number} has nothing left to ship.")
    if action == "cancel":
        if status == "cancelled":
            return ServiceError("already_cancelled", f"Order {number} is already cancelled.")
        if order["fulfilments"] or status not in CANCELLABLE:
            return ServiceError("cancel_after_shipment", f"Order {number} has shipped; refund it instead.")
    if action == "refund":
        if order["financial_status"] in ("pending", "voided") or not order["paid_total"]:
            return ServiceError("order_not_paid", f"Order {number} has no payment to refund.")
        if refundable_amount(order) <= 0:
            return ServiceError("fully_refunded", f"Order {number} is refunded in full already.")
    return None


def refusals(order: dict, role: str) -> dict[str, ServiceError | None]:
    """Every action with the reason it cannot be done (None: it can)."""
    return {action: refusal(order, action, role) for action in ACTIONS}


def _allowed_now(order: dict, action: str) -> None:
    # the role was checked by perform(); here the order's state
    err = refusal(order, action, "owner")
    if err is not None:
        raise err


def _reason(p: Params) -> str:
    reason = (p.get("reason") or "").strip()
    if not reason:
        raise ServiceError("reason_required", "Give a reason.", "reason")
    if len(reason) > 1000:
        raise ServiceError("reason_too_long", "A reason has at most 1000 characters.", "reason")
    return reason


def line_quantities(order: dict, lines, limit, what: str, field: str = "lines") -> list[dict]:
    """[{line_id, quantity}] checked against the order: known lines, whole positive units, within
    ``limit(line)`` (``what``: ship, refund...); the same line twice is added up; zero quantities
    are dropped. A problem names ``field``."""
    if not isinstance(lines, list):
        raise ServiceError("invalid_lines", "Lines are a list of line and quantity.", field)
    by_id = {line["id"]: line for line in order["lines"]}
    merged: dict[int, int] = {}
    for item in lines:
        line_id, quantity = (item.get("line_id"), item.get("quantity")) if isinstance(item, dict) else (None, None)
        if line_id not in by_id:
            raise ServiceError("line_not_found", f"Order {order['number']} has no line {line_id}.", field)
        if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 0:
            raise ServiceError("invalid_quantity", "Quantities are whole numbers of units.", field)
        merged[line_id] = merged.get(line_id, 0) + quantity
    out = []
    for line_id, quantity in merged.items():
        line = by_id[line_id]
        if quantity > limit(line):
            raise ServiceError("quantity_too_large", f"{line['sku']}: {limit(line)} unit(s) left to {what}, "
                               f"not {quantity}.", field)
        if quantity:
            out.append({"line_id": line_id, "quantity": quantity})
    return out


def _event(order: dict, type_: str, message: str, actor: str) -> None:
    order["events"] = [*order.get("events", []), {"at": utc_now_iso(), "type": type_, "message": message,
                                                   "actor": actor}]


def _fulfilment_status(order: dict) -> None:
    shipped = sum(line.get("fulfilled_quantity", 0) for line in order["lines"])
    left = sum(to_ship(line) for line in order["lines"])
    order["fulfillment_status"] = "fulfilled" if shipped and not left else ("partial" if shipped else "unfulfilled")


# --- confirm -------------------------------------------------------------------------------

def _check_confirm(conn, order: dict, p: Params) -> Params:
    _allowed_now(order, "confirm")
    return {}


def _apply_confirm(order: dict, p: Params, actor: str) -> None:
    order["status"] = "processing"
    _event(order, "confirmed", "Order confirmed for fulfilment", actor)


register(Mutation("orders.confirm", "orders", "orders:fulfil", _check_confirm, _apply_confirm,
                  lambda rec, p: ("POST", f"/orders/{rec['id']}/confirm", None)))


# --- ship ----------------------------------------------------------------------------------

def _check_ship(conn, order: dict, p: Params) -> Params:
    _allowed_now(order, "ship")
    carrier = (p.get("carrier") or "").strip()
    if not carrier:
        raise ServiceError("carrier_required", "Name the carrier.", "carrier")
    if len(carrier) > 64:
        raise ServiceError("carrier_too_long", "A carrier's name has at most 64 characters.", "carrier")
    tracking = re.sub(r"\s+", "", p.get("tracking_number") or "")
    if not tracking:
        raise ServiceError("tracking_required", "Enter the tracking number.", "tracking_number")
    if not TRACKING.fullmatch(tracking):
        raise ServiceError("invalid_tracking", f"{tracking!r} is not a tracking number (4 to 64 letters, digits "
                           "or dashes).", "tracking_number")
    if p.get("lines") is None:
        lines = [{"line_id": line["id"], "quantity": to_ship(line)} for line in order["lines"] if to_ship(line)]
    else:
        lines = line_quantities(order, p["lines"], to_ship, "ship")
        if not lines:
            raise ServiceError("nothing_chosen", "Choose at least one unit to ship.", "lines")
    if order.get("risk_level") == "high" and p.get("risk_confirmed") is not True:
        raise ServiceError("risk_not_confirmed", f"Order {order['number']} is high risk: check the payment and the "
                           "address, then confirm that it ships.", "risk_confirmed")
    return {"carrier": carrier, "tracking_number": tracking, "lines": lines}


def _apply_ship(order: dict, p: Params, actor: str) -> None:
    by_id = {line["id"]: line for line in order["lines"]}
    for item in p["lines"]:
        line = by_id[item["line_id"]]
        line["fulfilled_quantity"] = line.get("fulfilled_quantity", 0) + item["quantity"]
    now = utc_now_iso()
    order["fulfilments"] = [*order["fulfilments"], {
        "id": 0, "carrier": p["carrier"], "tracking_number": p["tracking_number"], "status": "in_transit",
        "lines": p["lines"], "shipped_at": now, "delivered_at": None}]
    _fulfilment_status(order)
    order["status"] = "shipped" if order["fulfillment_status"] == "fulfilled" else "partially_shipped"
    units = sum(item["quantity"] for item in p["lines"])
    _event(order, "shipped", f"{units} unit(s) shipped with {p['carrier']}, tracking {p['tracking_number']}", actor)


register(Mutation("orders.ship", "orders", "orders:fulfil", _check_ship, _apply_ship,
                  lambda rec, p: ("POST", f"/orders/{rec['id']}/ship", {
                      "carrier": p["carrier"], "tracking_number": p["tracking_number"], "lines": p["lines"]})))


# --- cancel --------------------------------------------------------------------------------

def _check_cancel(conn, order: dict, p: Params) -> Params:
    _allowed_now(order, "cancel")
    return {"reason": _reason(p)}


def _apply_cancel(order: dict, p: Params, actor: str) -> None:
    now = utc_now_iso()
    paid_back = refundable_amount(order)
    if paid_back:
        order["refunds"] = [*order["refunds"], {"id": 0, "amount": paid_back, "reason": f"cancelled: {p['reason']}",
                                                "lines": [], "restock": False, "created_at": now, "actor": actor}]
        order["refunded_total"] += paid_back
        order["financial_status"] = "refunded"
    elif order["financial_status"] == "pending":
        order["financial_status"] = "voided"
    order.update(status="cancelled", cancelled_at=now, cancel_reason=p["reason"])
    _event(order, "cancelled", f"Cancelled: {p['reason']}", actor)


register(Mutation("orders.cancel", "orders", "orders:fulfil", _check_cancel, _apply_cancel,
                  lambda rec, p: ("POST", f"/orders/{rec['id']}/cancel", {"reason": p["reason"]})))


# --- refund --------------------------------------------------------------------------------

def _check_refund(conn, order: dict, p: Params) -> Params:
    _allowed_now(order, "refund")
    amount = p.get("amount")
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ServiceError("invalid_amount", "A refund is a positive amount.", "amount")
    most = refundable_amount(order)
    if amount > most:
        raise ServiceError("refund_exceeds_paid", f"At most {most} (minor units of {order['currency']}) can still be "
                           "refunded on this order.", "amount")
    lines = line_quantities(order, p.get("lines") or [], refundable_units, "refund")
    restock = p.get("restock", False)
    if not isinstance(restock, bool):
        raise ServiceError("invalid_restock", "Restock is yes or no.", "restock")
    return {"amount": amount, "reason": _reason(p), "lines": lines, "restock": restock}


def _apply_refund(order: dict, p: Params, actor: str) -> None:
    by_id = {line["id"]: line for line in order["lines"]}
    for item in p["lines"]:
        by_id[item["line_id"]]["refunded_quantity"] = by_id[item["line_id"]].get("refunded_quantity", 0) \
            + item["quantity"]
    order["refunds"] = [*order["refunds"], {"id": 0, "amount": p["amount"], "reason": p["reason"], "lines": p["lines"],
                                            "restock": p["restock"], "created_at": utc_now_iso(), "actor": actor}]
    order["refunded_total"] += p["amount"]
    order["financial_status"] = "refunded" if order["refunded_total"] >= order["paid_total"] else "partially_refunded"
    _fulfilment_status(order)
    if order["status"] in ("paid", "processing", "partially_shipped") and order["fulfillment_status"] == "fulfilled":
        order["status"] = "shipped"
    _event(order, "refunded", f"Refunded {p['amount']} ({order['currency']} minor units): {p['reason']}", actor)


register(Mutation("orders.refund", "orders", "orders:refund", _check_refund, _apply_refund,
                  lambda rec, p: ("POST", f"/orders/{rec['id']}/refund", dict(p))))


# --- bulk ship from a CSV file -------------------------------------------------------------

SHIP_FIELDS = ("order_number", "carrier", "tracking_number")
SHIP_HEADER_NAMES = {
    "order_number": ("order number", "order_number", "order", "order no", "order no.", "number", "订单号", "订单编号"),
    "carrier": ("carrier", "courier", "shipping carrier", "快递公司", "物流公司", "承运商", "快递"),
    "tracking_number": ("tracking number", "tracking_number", "tracking", "tracking no", "tracking no.",
                        "运单号", "快递单号", "物流单号"),
}


@dataclass
class ShipPlan:
    steps: list[tuple[str, int, dict]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows: int = 0
    high_risk: list[str] = field(default_factory=list)
    """Order numbers in the file that are high risk (they ship only when the user confirms it)."""

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.steps)


def read_ship_file(path: str | Path) -> tuple[list[str], list[dict[str, str]], dict[str, str]]:
    """The file's header, rows and the columns guessed for order number, carrier and tracking."""
    header, rows = read_table(path)
    return header, rows, guess_mapping(header, SHIP_HEADER_NAMES)


def plan_bulk_ship(engine: Engine, actor: Actor, rows: list[dict[str, str]], mapping: dict[str, str],
                   ship_high_risk: bool = False) -> ShipPlan:
    """Check every row of a shipping file — known order, one row per order, carrier and tracking
    number, and the shipment as the service would make it — and list every problem with its line.
    Each row ships everything the order has left to ship. High-risk orders are refused unless
    ``ship_high_risk`` says the user checked them."""
    plan = ShipPlan(rows=len(rows))
    missing = [f for f in SHIP_FIELDS if f not in mapping]
    if missing:
        plan.problems.append(Problem(1, "", "Map a column to each of: order number, carrier, tracking number."))
        return plan
    numbers = {row.get(mapping["order_number"], "").strip() for row in rows} - {""}
    with engine.connect() as conn:
        found = {r.number: (r.id, r.risk_level) for r in conn.execute(
            select(ORDERS.c.number, ORDERS.c.id, ORDERS.c.risk_level).where(ORDERS.c.number.in_(numbers)))}
    seen: dict[str, int] = {}
    origin: list[int] = []
    for n, row in enumerate(rows, start=2):
        number = row.get(mapping["order_number"], "").strip()
        if not number:
            plan.problems.append(Problem(n, mapping["order_number"], "The order number is empty."))
            continue
        if number in seen:
            plan.problems.append(Problem(n, mapping["order_number"], f"Order {number} is already on line {seen[number]}."))
            continue
        seen[number] = n
        if number not in found:
            plan.problems.append(Problem(n, mapping["order_number"], f"There is no order {number} in this shop."))
            continue
        order_id, risk = found[number]
        if risk == "high":
            plan.high_risk.append(number)
        plan.steps.append(("orders.ship", order_id, {
            "carrier": row.get(mapping["carrier"], ""), "tracking_number": row.get(mapping["tracking_number"], ""),
            "lines": None, "risk_confirmed": ship_high_risk}))
        origin.append(n)
    for index, err in dry_run(engine, actor, plan.steps):
        column = mapping.get(err.field, mapping["order_number"]) if err.field else mapping["order_number"]
        if err.code == "risk_not_confirmed":
            column = mapping["order_number"]
        plan.problems.append(Problem(origin[index], column, err.message))
    if not rows:
        plan.problems.append(Problem(1, "", "The file has no rows."))
    plan.problems.sort(key=lambda p: p.row)
    return plan
