"""The platform's business rules: every state-changing operation, as a function over a transaction.

Each operation takes the open :class:`~.storage.Tx`, the record it acts on (a dict, already
checked against If-Match by the caller), the validated request body and the acting username,
changes the record and any others it touches (inventory, the order a ticket refunds...) and
writes them with ``tx.put``. A broken rule raises :class:`RuleError` with a stable code; the
transaction is then rolled back, so nothing is ever half applied.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from . import schemas as s
from .storage import Tx, format_ts, parse_ts


class RuleError(Exception):
    """A business rule said no: HTTP 422 with a machine-readable code."""

    def __init__(self, code: str, message: str, details: dict | None = None, status: int = 422) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = details
        self.status = status


def _require_reason(reason: str | None) -> str:
    if reason is None or not reason.strip():
        raise RuleError("reason_required", "A reason is required.")
    if len(reason) > 1000:
        raise RuleError("reason_too_long", "The reason is longer than 1000 characters.")
    return reason.strip()


def shop(tx: Tx) -> dict:
    return json.loads(tx.storage.get_meta("shop") or "{}")


# --- inventory -----------------------------------------------------------------------------

def _level(tx: Tx, variant_id: int, location_id: int) -> dict:
    found = tx.find("inventory", variant_id=variant_id, location_id=location_id)
    if not found:
        raise RuleError("inventory_not_found", f"Variant {variant_id} is not stocked at location {location_id}.",
                        {"variant_id": variant_id, "location_id": location_id})
    return found[0]


def _location(tx: Tx, location_id: int) -> dict:
    loc = tx.get("locations", location_id)
    if loc is None:
        raise RuleError("location_not_found", f"Location {location_id} does not exist.")
    return loc


def move_stock(tx: Tx, level: dict, *, on_hand: int = 0, committed: int = 0, reason: str | None = None,
               note: str | None = None, actor: str = "platform", check: bool = True) -> dict:
    """Change a level's on_hand/committed; record an adjustment when on_hand moves."""
    new_on_hand = level["on_hand"] + on_hand
    new_committed = max(0, level["committed"] + committed)
    available = new_on_hand - new_committed
    if check and (on_hand < 0 or committed > 0) and available < 0 and not _location(tx, level["location_id"])["allows_backorder"]:
        raise RuleError(
            "insufficient_stock",
            f"Only {level['available']} of {level['sku']} available at location {level['location_id']}.",
            {"inventory_level_id": level["id"], "available": level["available"], "requested": -on_hand + committed},
        )
    level.update(on_hand=new_on_hand, committed=new_committed, available=available)
    tx.put("inventory", level)
    if on_hand and reason:
        tx.put("inventory_adjustments", {
            "id": tx.next_id("inventory_adjustments"), "created_at": tx.now_str, "inventory_level_id": level["id"],
            "variant_id": level["variant_id"], "location_id": level["location_id"], "delta": on_hand,
            "reason": reason, "note": note, "on_hand_after": new_on_hand, "actor": actor,
        }, created=True)
    return level


def adjust_inventory(tx: Tx, level: dict, body: s.InventoryAdjust, actor: str) -> dict:
    if body.delta == 0:
        raise RuleError("invalid_quantity", "An adjustment must change the stock by at least one unit.")
    return move_stock(tx, level, on_hand=body.delta, reason=body.reason, note=body.note, actor=actor)


# --- listings ------------------------------------------------------------------------------

def _check_prices(price: int | None, compare_at: int | None, where: str) -> None:
    if price is None or price <= 0:
        raise RuleError("invalid_price", f"{where}: the price must be a positive amount in minor units.",
                        {"price": price})
    if price > 10**11:
        raise RuleError("invalid_price", f"{where}: the price is implausibly large.", {"price": price})
    if compare_at is not None and compare_at <= price:
        raise RuleError("compare_at_below_price", f"{where}: the compare-at price must be above the price.",
                        {"price": price, "compare_at_price": compare_at})


def _sku_taken(tx: Tx, sku: str, except_variant: int | None) -> bool:
    return any(level["variant_id"] != except_variant for level in tx.find("inventory", sku=sku))


def _apply_variants(tx: Tx, listing: dict, inputs: list[s.VariantInput]) -> list[dict]:
    """Add or change variants; return the new ones (they need inventory levels)."""
    by_id = {v["id"]: v for v in listing["variants"]}
    added = []
    seen_skus = {v["sku"] for v in listing["variants"]}
    for vin in inputs:
        data = vin.model_dump(exclude_unset=True)
        nulls = sorted(k for k in ("sku", "title", "price", "options", "image_urls") if k in data and data[k] is None)
        if nulls:
            raise RuleError("invalid_field", f"A variant's {', '.join(nulls)} cannot be null.", {"fields": nulls})
        if vin.id is not None:
            variant = by_id.get(vin.id)
            if variant is None:
                raise RuleError("variant_not_found", f"Listing {listing['id']} has no variant {vin.id}.")
            if "sku" in data and data["sku"] != variant["sku"]:
                if data["sku"] in seen_skus or _sku_taken(tx, data["sku"], variant["id"]):
                    raise RuleError("duplicate_sku", f"SKU {data['sku']} is already used.", {"sku": data["sku"]})
                seen_skus.add(data["sku"])
                for level in tx.find("inventory", variant_id=variant["id"]):
                    level["sku"] = data["sku"]
                    tx.put("inventory", level)
            for key, value in data.items():
                if key != "id":
                    variant[key] = value
        else:
            if not vin.sku:
                raise RuleError("sku_required", "A new variant needs a SKU.")
            if vin.sku in seen_skus or _sku_taken(tx, vin.sku, None):
                raise RuleError("duplicate_sku", f"SKU {vin.sku} is already used.", {"sku": vin.sku})
            seen_skus.add(vin.sku)
            variant = {
                "id": tx.next_sub_id("variant"), "sku": vin.sku, "title": vin.title or vin.sku,
                "price": vin.price, "compare_at_price": vin.compare_at_price, "cost": vin.cost,
                "barcode": vin.barcode, "weight_grams": vin.weight_grams, "options": vin.options or {},
                "image_urls": vin.image_urls or [],
            }
            listing["variants"].append(variant)
            added.append(variant)
        _check_prices(variant["price"], variant.get("compare_at_price"), f"Variant {variant['sku']}")
    return added


def _stock_new_variants(tx: Tx, listing: dict, variants: list[dict]) -> None:
    for v in variants:
        tx.put("inventory", {
            "id": tx.next_id("inventory"), "variant_id": v["id"], "listing_id": listing["id"], "sku": v["sku"],
            "location_id": 1, "on_hand": 0, "committed": 0, "available": 0,
        }, created=True)


def create_listing(tx: Tx, body: s.ListingCreate, actor: str) -> dict:
    listing = {
        "id": tx.next_id("listings"), "created_at": tx.now_str, "title": body.title, "description": body.description,
        "category": body.category, "brand": body.brand, "tags": body.tags, "status": "draft",
        "blocked_reason": None, "currency": shop(tx).get("currency", "CNY"), "image_urls": body.image_urls,
        "variants": [],
    }
    added = _apply_variants(tx, listing, body.variants)
    tx.put("listings", listing, created=True)
    _stock_new_variants(tx, listing, added)
    return listing


# listing status -> statuses the merchant may move it to (the platform alone blocks and unblocks)
LISTING_TRANSITIONS: dict[str, frozenset[str]] = {
    "draft": frozenset({"active"}),
    "active": frozenset({"delisted"}),
    "delisted": frozenset({"active", "draft"}),
    "blocked_by_platform": frozenset(),
}


def _move_listing(listing: dict, to: str) -> None:
    _not_blocked(listing)
    if to not in LISTING_TRANSITIONS[listing["status"]]:
        raise RuleError("invalid_transition", f"A {listing['status']} listing cannot become {to}.",
                        {"from": listing["status"], "to": to,
                         "allowed": sorted(LISTING_TRANSITIONS[listing["status"]])})
    if to == "active":
        _check_listable(listing)
    listing["status"] = to


def _not_blocked(listing: dict) -> None:
    if listing["status"] == "blocked_by_platform":
        raise RuleError("listing_blocked", f"The platform blocked this listing: {listing.get('blocked_reason')}",
                        {"blocked_reason": listing.get("blocked_reason")})


def _check_listable(listing: dict) -> None:
    missing = []
    if not listing["title"].strip():
        missing.append("title")
    if not listing["variants"]:
        missing.append("variants")
    if missing:
        raise RuleError("listing_incomplete", "The listing cannot go live without: " + ", ".join(missing),
                        {"missing": missing})


def update_listing(tx: Tx, listing: dict, body: s.ListingPatch, actor: str) -> dict:
    _not_blocked(listing)
    data = body.model_dump(exclude_unset=True)
    nulls = sorted(k for k in ("title", "category", "tags", "image_urls", "status", "variants")
                   if k in data and data[k] is None)
    if nulls:
        raise RuleError("invalid_field", f"A listing's {', '.join(nulls)} cannot be null.", {"fields": nulls})
    for key in ("title", "description", "category", "brand", "tags", "image_urls"):
        if key in data:
            listing[key] = data[key]
    added = _apply_variants(tx, listing, body.variants) if body.variants else []
    if body.status is not None and body.status != listing["status"]:
        _move_listing(listing, body.status)
    tx.put("listings", listing)
    _stock_new_variants(tx, listing, added)
    return listing


def set_listing_status(tx: Tx, listing: dict, to: str, actor: str) -> dict:
    _move_listing(listing, to)
    return tx.put("listings", listing)


def set_variant_price(tx: Tx, listing: dict, variant_id: int, body: s.SetPrice, actor: str) -> dict:
    _not_blocked(listing)
    variant = next((v for v in listing["variants"] if v["id"] == variant_id), None)
    if variant is None:
        raise RuleError("variant_not_found", f"Listing {listing['id']} has no variant {variant_id}.", status=404)
    _check_prices(body.price, body.compare_at_price, f"Variant {variant['sku']}")
    variant["price"] = body.price
    variant["compare_at_price"] = body.compare_at_price
    return tx.put("listings", listing)


def delete_listing(tx: Tx, listing: dict, actor: str) -> dict:
    if listing["status"] == "active":
        raise RuleError("listing_active", "Delist the listing before deleting it.")
    for level in tx.find("inventory", listing_id=listing["id"]):
        if level["committed"]:
            raise RuleError("listing_has_open_orders", "Open orders still hold stock of this listing.",
                            {"inventory_level_id": level["id"], "committed": level["committed"]})
        tx.delete("inventory", level)
    return tx.delete("listings", listing)


# --- orders --------------------------------------------------------------------------------

def _event(order: dict, tx: Tx, type_: str, message: str, actor: str) -> None:
    order["events"].append({"at": tx.now_str, "type": type_, "message": message, "actor": actor})


def _line(order: dict, line_id: int) -> dict:
    line = next((ln for ln in order["lines"] if ln["id"] == line_id), None)
    if line is None:
        raise RuleError("line_not_found", f"Order {order['number']} has no line {line_id}.", {"line_id": line_id})
    return line


def _unshipped(line: dict) -> int:
    """Units still to ship. A refund counts against unshipped units first, so these never ship."""
    return max(0, line["quantity"] - line["fulfilled_quantity"] - line["refunded_quantity"])


def _returnable(line: dict) -> int:
    """Shipped units that have not been refunded yet: what a return can bring back."""
    refunded_after_shipping = max(0, line["refunded_quantity"] - (line["quantity"] - line["fulfilled_quantity"]))
    return line["fulfilled_quantity"] - refunded_after_shipping


def _fulfillment_status(order: dict) -> None:
    open_units = sum(_unshipped(ln) for ln in order["lines"])
    shipped_units = sum(ln["fulfilled_quantity"] for ln in order["lines"])
    order["fulfillment_status"] = "fulfilled" if open_units == 0 and shipped_units else (
        "partial" if shipped_units else "unfulfilled")


def place_order(tx: Tx, order: dict) -> dict:
    """A new order arrives from the storefront: commit its stock (never oversold) and store it."""
    for line in order["lines"]:
        move_stock(tx, _level(tx, line["variant_id"], line["location_id"]), committed=line["quantity"])
    return tx.put("orders", order, created=True)


def pay_order(tx: Tx, order: dict, actor: str = "customer") -> dict:
    if order["status"] != "pending_payment":
        raise RuleError("invalid_transition", f"Order {order['number']} is {order['status']}, not awaiting payment.")
    order.update(status="paid", financial_status="paid", paid_total=order["total"], paid_at=tx.now_str)
    _event(order, tx, "paid", f"Paid by {order['payment_method']}", actor)
    return tx.put("orders", order)


def confirm_order(tx: Tx, order: dict, actor: str) -> dict:
    if order["status"] != "paid":
        raise RuleError("invalid_transition", f"Only a paid order can be confirmed; this one is {order['status']}.",
                        {"from": order["status"], "to": "processing"})
    order["status"] = "processing"
    _event(order, tx, "confirmed", "Order confirmed for fulfilment", actor)
    return tx.put("orders", order)


def ship_order(tx: Tx, order: dict, body: s.ShipOrder, actor: str) -> dict:
    status = order["status"]
    if status == "cancelled":
        raise RuleError("order_cancelled", f"Order {order['number']} was cancelled.")
    if status == "pending_payment" and order["payment_method"] != "cash_on_delivery":
        raise RuleError("order_not_paid", f"Order {order['number']} is not paid yet.")
    if status not in ("pending_payment", "paid", "processing", "partially_shipped"):
        raise RuleError("nothing_to_ship", f"Order {order['number']} is {status}: nothing left to ship.")
    if body.lines is None:
        wanted = [(ln, _unshipped(ln)) for ln in order["lines"] if _unshipped(ln) > 0]
    else:
        merged: dict[int, int] = {}
        for lq in body.lines:
            merged[lq.line_id] = merged.get(lq.line_id, 0) + lq.quantity
        wanted = [(_line(order, lid), q) for lid, q in merged.items()]
    if not wanted:
        raise RuleError("nothing_to_ship", f"Order {order['number']} has nothing left to ship.")
    for line, qty in wanted:
        if qty > _unshipped(line):
            raise RuleError("quantity_exceeds_unfulfilled",
                            f"Line {line['id']} ({line['sku']}) has {_unshipped(line)} unit(s) left to ship, not {qty}.",
                            {"line_id": line["id"], "unfulfilled": _unshipped(line), "requested": qty})
    for line, qty in wanted:
        level = _level(tx, line["variant_id"], line["location_id"])
        move_stock(tx, level, on_hand=-qty, committed=-qty, reason="sold", note=f"order {order['number']}",
                   actor=actor, check=False)
        line["fulfilled_quantity"] += qty
    order["fulfilments"].append({
        "id": tx.next_sub_id("fulfilment"), "carrier": body.carrier, "tracking_number": body.tracking_number,
        "status": "in_transit", "lines": [{"line_id": ln["id"], "quantity": q} for ln, q in wanted],
        "shipped_at": tx.now_str, "delivered_at": None,
    })
    _fulfillment_status(order)
    order["status"] = "shipped" if order["fulfillment_status"] == "fulfilled" else "partially_shipped"
    units = sum(q for _, q in wanted)
    _event(order, tx, "shipped", f"{units} unit(s) shipped with {body.carrier}, tracking {body.tracking_number}", actor)
    return tx.put("orders", order)


def cancel_order(tx: Tx, order: dict, body: s.CancelOrder, actor: str) -> dict:
    reason = _require_reason(body.reason)
    if order["status"] == "cancelled":
        raise RuleError("invalid_transition", f"Order {order['number']} is already cancelled.")
    if order["fulfilments"] or order["status"] not in ("pending_payment", "paid", "processing"):
        raise RuleError("cancel_after_shipment",
                        f"Order {order['number']} has shipped ({order['status']}); refund it instead of cancelling.")
    for line in order["lines"]:
        left = _unshipped(line)
        if left:
            move_stock(tx, _level(tx, line["variant_id"], line["location_id"]), committed=-left, check=False)
    refundable = order["paid_total"] - order["refunded_total"]
    if refundable > 0:
        order["refunds"].append({
            "id": tx.next_sub_id("refund"), "amount": refundable, "reason": f"cancelled: {reason}", "lines": [],
            "restock": False, "created_at": tx.now_str, "actor": actor,
        })
        order["refunded_total"] += refundable
        order["financial_status"] = "refunded"
    elif order["financial_status"] == "pending":
        order["financial_status"] = "voided"
    order.update(status="cancelled", cancelled_at=tx.now_str, cancel_reason=reason)
    _event(order, tx, "cancelled", f"Cancelled: {reason}", actor)
    return tx.put("orders", order)


def refund_order(tx: Tx, order: dict, body: s.RefundOrder, actor: str) -> dict:
    reason = _require_reason(body.reason)
    if order["financial_status"] in ("pending", "voided") or order["paid_total"] == 0:
        raise RuleError("order_not_paid", f"Order {order['number']} has no payment to refund.")
    refundable = order["paid_total"] - order["refunded_total"]
    if body.amount <= 0:
        raise RuleError("invalid_amount", "A refund must be a positive amount in minor units.", {"amount": body.amount})
    if body.amount > refundable:
        raise RuleError("refund_exceeds_paid",
                        f"At most {refundable} {order['currency']} minor units can still be refunded.",
                        {"refundable": refundable, "requested": body.amount, "currency": order["currency"]})
    merged: dict[int, int] = {}
    for lq in body.lines:
        merged[lq.line_id] = merged.get(lq.line_id, 0) + lq.quantity
    for line_id, qty in merged.items():
        line = _line(order, line_id)
        if qty > line["quantity"] - line["refunded_quantity"]:
            raise RuleError("quantity_exceeds_refundable",
                            f"Line {line_id} has {line['quantity'] - line['refunded_quantity']} unit(s) left to refund.",
                            {"line_id": line_id, "refundable": line["quantity"] - line["refunded_quantity"]})
    for line_id, qty in merged.items():
        line = _line(order, line_id)
        open_before = _unshipped(line)
        line["refunded_quantity"] += qty
        released = open_before - _unshipped(line)  # units that will now never ship
        level = _level(tx, line["variant_id"], line["location_id"])
        if released:
            move_stock(tx, level, committed=-released, check=False)
        returned = qty - released  # units that had shipped and come back
        if body.restock and returned > 0:
            move_stock(tx, level, on_hand=returned, reason="returned", note=f"order {order['number']}", actor=actor)
    order["refunds"].append({
        "id": tx.next_sub_id("refund"), "amount": body.amount, "reason": reason,
        "lines": [{"line_id": k, "quantity": v} for k, v in merged.items()], "restock": body.restock,
        "created_at": tx.now_str, "actor": actor,
    })
    order["refunded_total"] += body.amount
    order["financial_status"] = "refunded" if order["refunded_total"] >= order["paid_total"] else "partially_refunded"
    _fulfillment_status(order)
    if order["status"] in ("paid", "processing", "partially_shipped") and order["fulfillment_status"] == "fulfilled":
        order["status"] = "shipped"
    _event(order, tx, "refunded", f"Refunded {body.amount} ({order['currency']} minor units): {reason}", actor)
    return tx.put("orders", order)


def add_order_note(tx: Tx, order: dict, body: s.NoteBody, actor: str) -> dict:
    if not body.body.strip():
        raise RuleError("empty_note", "A note needs some text.")
    _event(order, tx, "note", body.body.strip(), actor)
    return tx.put("orders", order)


def deliver_order(tx: Tx, order: dict) -> dict:
    """The carrier reports delivery of every open fulfilment (platform side)."""
    for f in order["fulfilments"]:
        if f["status"] == "in_transit":
            f.update(status="delivered", delivered_at=tx.now_str)
    if order["status"] == "shipped":
        order.update(status="delivered", delivered_at=tx.now_str)
    if order["payment_method"] == "cash_on_delivery" and order["financial_status"] == "pending":
        order.update(financial_status="paid", paid_total=order["total"], paid_at=tx.now_str)
        _event(order, tx, "paid", "Cash collected on delivery", "platform")
    _event(order, tx, "delivered", "Delivered to the customer", "platform")
    return tx.put("orders", order)


def complete_order(tx: Tx, order: dict) -> dict:
    if order["status"] != "delivered":
        raise RuleError("invalid_transition", "Only a delivered order can complete.")
    order.update(status="completed", completed_at=tx.now_str)
    _event(order, tx, "completed", "Completed: the return window closed", "platform")
    return tx.put("orders", order)


# --- tickets -------------------------------------------------------------------------------

TICKET_TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"open", "awaiting_customer", "escalated", "resolved", "closed"}),
    "open": frozenset({"awaiting_customer", "awaiting_return", "escalated", "resolved"}),
    "awaiting_customer": frozenset({"open", "escalated", "resolved"}),
    "awaiting_return": frozenset({"open", "escalated", "resolved"}),
    "escalated": frozenset({"open", "awaiting_customer", "resolved"}),
    "resolved": frozenset({"closed", "reopened"}),
    "closed": frozenset({"reopened"}),
    "reopened": frozenset({"open", "awaiting_customer", "awaiting_return", "escalated", "resolved"}),
}


def _due(tx: Tx, start: datetime, priority: str, key: str) -> str | None:
    target = shop(tx).get("sla", {}).get(priority)
    return format_ts(start + timedelta(hours=target[key])) if target else None


def _set_dues(tx: Tx, ticket: dict, *, from_time: datetime) -> None:
    created = parse_ts(ticket["created_at"])
    if ticket.get("first_responded_at") is None:
        ticket["first_response_due"] = _due(tx, created, ticket["priority"], "first_response_hours")
    ticket["resolution_due"] = _due(tx, created, ticket["priority"], "resolution_hours")
    if ticket.get("next_response_due") is not None:
        ticket["next_response_due"] = _due(tx, from_time, ticket["priority"], "next_response_hours")


def _message(tx: Tx, ticket: dict, author_type: str, kind: str, author: str, body: str,
             attachments: list[str] | None = None) -> None:
    ticket["messages"].append({
        "id": tx.next_sub_id("message"), "author_type": author_type, "kind": kind, "author": author,
        "body": body, "attachments": attachments or [], "at": tx.now_str,
    })


def _open_ticket(ticket: dict) -> None:
    if ticket["status"] == "closed":
        raise RuleError("ticket_closed", f"Ticket {ticket['number']} is closed; reopen it first.")


def create_ticket(tx: Tx, body: s.TicketCreate, actor: str) -> dict:
    customer = tx.get("customers", body.customer_id)
    if customer is None:
        raise RuleError("customer_not_found", f"Customer {body.customer_id} does not exist.")
    order = None
    if body.order_id is not None:
        order = tx.get("orders", body.order_id)
        if order is None:
            raise RuleError("order_not_found", f"Order {body.order_id} does not exist.")
        if order["customer"]["id"] != customer["id"]:
            raise RuleError("order_customer_mismatch", "The order belongs to another customer.")
        for lid in body.line_ids:
            _line(order, lid)
    elif body.line_ids:
        raise RuleError("order_required", "Order lines need the order they belong to.")
    if body.type in ("return", "refund_only", "exchange", "dispute") and order is None:
        raise RuleError("order_required", f"A {body.type} ticket needs the order it is about.")
    ticket = {
        "id": tx.next_id("tickets"), "created_at": tx.now_str, "type": body.type, "status": "new",
        "priority": body.priority, "subject": body.subject.strip(), "customer_id": customer["id"],
        "customer_name": customer["name"], "order_id": order["id"] if order else None,
        "order_number": order["number"] if order else None, "line_ids": body.line_ids, "assignee": None,
        "tags": [], "requested_amount": body.requested_amount, "first_responded_at": None, "resolved_at": None,
        "closed_at": None, "rma": None, "messages": [], "next_response_due": None,
        "dispute_deadline": format_ts(tx.now + timedelta(days=7)) if body.type == "dispute" else None,
    }
    ticket["number"] = f"AS-{ticket['id']:06d}"
    _set_dues(tx, ticket, from_time=tx.now)
    _message(tx, ticket, "agent", "internal_note", actor, body.body)
    return tx.put("tickets", ticket, created=True)


def update_ticket(tx: Tx, ticket: dict, body: s.TicketPatch, actor: str) -> dict:
    _open_ticket(ticket)
    data = body.model_dump(exclude_unset=True)
    for key in ("tags", "subject"):
        if key in data and data[key] is not None:
            ticket[key] = data[key]
    if body.priority is not None and body.priority != ticket["priority"]:
        ticket["priority"] = body.priority
        _set_dues(tx, ticket, from_time=tx.now)
    return tx.put("tickets", ticket)


def transition_ticket(tx: Tx, ticket: dict, body: s.TicketTransition, actor: str) -> dict:
    current, to = ticket["status"], body.to
    if to not in TICKET_TRANSITIONS[current]:
        raise RuleError("invalid_transition", f"A ticket cannot go from {current} to {to}.",
                        {"from": current, "to": to, "allowed": sorted(TICKET_TRANSITIONS[current])})
    if to == "awaiting_return" and (ticket.get("rma") is None or ticket["rma"]["status"] != "awaiting"):
        raise RuleError("rma_required", "Approve the return (RMA) before waiting for it.")
    ticket["status"] = to
    if to == "resolved":
        ticket["resolved_at"] = tx.now_str
        ticket["next_response_due"] = None
    elif to == "closed":
        ticket["closed_at"] = tx.now_str
        ticket["next_response_due"] = None
    elif to == "reopened":
        ticket.update(resolved_at=None, closed_at=None)
        ticket["next_response_due"] = _due(tx, tx.now, ticket["priority"], "next_response_hours")
    text = f"Status {current} → {to}" + (f": {body.note.strip()}" if body.note and body.note.strip() else "")
    _message(tx, ticket, "system", "internal_note", actor, text)
    return tx.put("tickets", ticket)


def add_ticket_message(tx: Tx, ticket: dict, body: s.TicketMessageCreate, actor: str) -> dict:
    _open_ticket(ticket)
    text = body.body.strip()
    if not text:
        raise RuleError("empty_message", "A message needs some text.")
    if len(text) > 20000:
        raise RuleError("message_too_long", "A message may have at most 20000 characters.")
    _message(tx, ticket, "agent", body.kind, actor, text, body.attachments)
    if body.kind == "reply":
        if ticket["first_responded_at"] is None:
            ticket["first_responded_at"] = tx.now_str
        ticket["next_response_due"] = None
        if ticket["status"] in ("new", "reopened"):
            ticket["status"] = "open"
    return tx.put("tickets", ticket)


def customer_message(tx: Tx, ticket: dict, body: str, attachments: list[str] | None = None) -> dict:
    """The customer writes (platform side): the ticket needs an answer again."""
    _message(tx, ticket, "customer", "message", ticket["customer_name"], body, attachments)
    if ticket["status"] in ("awaiting_customer", "resolved"):
        ticket["status"] = "open" if ticket["status"] == "awaiting_customer" else "reopened"
        ticket["resolved_at"] = None
    if ticket["status"] != "closed":
        ticket["next_response_due"] = _due(tx, tx.now, ticket["priority"], "next_response_hours")
    return tx.put("tickets", ticket)


def assign_ticket(tx: Tx, ticket: dict, body: s.TicketAssign, actor: str) -> dict:
    _open_ticket(ticket)
    if body.assignee is not None and tx.storage.user_by_name(body.assignee) is None:
        raise RuleError("unknown_assignee", f"There is no user {body.assignee!r}.")
    ticket["assignee"] = body.assignee
    _message(tx, ticket, "system", "internal_note", actor,
             f"Assigned to {body.assignee}" if body.assignee else "Unassigned")
    return tx.put("tickets", ticket)


def approve_return(tx: Tx, ticket: dict, body: s.RmaApprove, actor: str) -> dict:
    _open_ticket(ticket)
    if ticket["type"] not in ("return", "exchange"):
        raise RuleError("rma_not_allowed", f"A {ticket['type']} ticket has no return to approve.")
    if ticket.get("rma"):
        raise RuleError("rma_exists", f"Return {ticket['rma']['number']} is already approved.")
    if "awaiting_return" not in TICKET_TRANSITIONS[ticket["status"]]:
        raise RuleError("invalid_transition", f"A {ticket['status']} ticket cannot wait for a return.")
    order = _ticket_order(tx, ticket)
    merged: dict[int, int] = {}
    for item in body.items:
        merged[item.line_id] = merged.get(item.line_id, 0) + item.quantity
    for line_id, qty in merged.items():
        line = _line(order, line_id)
        returnable = _returnable(line)
        if qty > returnable:
            raise RuleError("quantity_exceeds_returnable",
                            f"Line {line['id']} has {returnable} shipped unit(s) that can come back.",
                            {"line_id": line["id"], "returnable": returnable})
    ticket["rma"] = {
        "number": f"RMA-{ticket['id']:06d}", "items": [{"line_id": k, "quantity": v} for k, v in merged.items()],
        "status": "awaiting",
        "approved_at": tx.now_str, "received_at": None,
    }
    ticket["status"] = "awaiting_return"
    _message(tx, ticket, "system", "internal_note", actor, f"Return {ticket['rma']['number']} approved")
    return tx.put("tickets", ticket)


def _ticket_order(tx: Tx, ticket: dict) -> dict:
    order = tx.get("orders", ticket["order_id"]) if ticket.get("order_id") else None
    if order is None:
        raise RuleError("order_not_found", f"Ticket {ticket['number']} has no order (any more).")
    return order


def receive_return(tx: Tx, ticket: dict, body: s.RmaReceive, actor: str) -> dict:
    _open_ticket(ticket)
    rma = ticket.get("rma")
    if not rma or rma["status"] != "awaiting":
        raise RuleError("rma_not_awaiting", "There is no approved return waiting to be received.")
    order = _ticket_order(tx, ticket)
    if body.refund_amount:
        refund_order(tx, order, s.RefundOrder(amount=body.refund_amount, reason=body.reason,
                                              lines=[s.LineQuantity(**i) for i in rma["items"]],
                                              restock=body.restock), actor)
    elif body.restock:
        for item in rma["items"]:
            line = _line(order, item["line_id"])
            move_stock(tx, _level(tx, line["variant_id"], line["location_id"]), on_hand=item["quantity"],
                       reason="returned", note=f"{rma['number']}", actor=actor)
    rma.update(status="received", received_at=tx.now_str)
    if ticket["status"] == "awaiting_return":
        ticket["status"] = "open"
    text = f"Return {rma['number']} received" + (f", refunded {body.refund_amount}" if body.refund_amount else "")
    if ticket["type"] == "exchange":
        replacement = _replacement_order(tx, ticket, order, body.replacements, actor)
        ticket.update(replacement_order_id=replacement["id"], replacement_order_number=replacement["number"])
        text += f"; replacement order {replacement['number']} created"
    elif body.replacements:
        raise RuleError("replacement_not_allowed", f"A {ticket['type']} ticket sends nothing in exchange.")
    _message(tx, ticket, "system", "internal_note", actor, text)
    return tx.put("tickets", ticket)


def _replacement_order(tx: Tx, ticket: dict, order: dict, replacements: list[s.ReplacementItem] | None,
                       actor: str) -> dict:
    """An exchange ships what replaces the returned items as an order of its own: the same customer and
    address, nothing to pay, confirmed and ready to ship, its stock committed like any order's."""
    instead = {r.line_id: r.variant_id for r in replacements or []}
    returned = {item["line_id"]: item["quantity"] for item in ticket["rma"]["items"]}
    unknown = sorted(set(instead) - set(returned))
    if unknown:
        raise RuleError("line_not_returned", f"Line {unknown[0]} is not in return {ticket['rma']['number']}.",
                        {"line_id": unknown[0]})
    lines = []
    for line_id, quantity in returned.items():
        line = _line(order, line_id)
        variant_id = instead.get(line_id, line["variant_id"])
        levels = tx.find("inventory", variant_id=variant_id)
        listing = tx.get("listings", levels[0]["listing_id"]) if levels else None
        variant = next((v for v in (listing or {}).get("variants", []) if v["id"] == variant_id), None)
        if variant is None:
            raise RuleError("variant_not_found", f"There is no variant {variant_id} to send.", {"variant_id": variant_id})
        if listing["id"] != line["listing_id"]:
            raise RuleError("replacement_other_product", f"{variant['sku']} is another product: an exchange sends "
                            f"another size or colour of {line['sku']}'s product.", {"variant_id": variant_id})
        level = next((lv for lv in levels if lv["location_id"] == line["location_id"]), levels[0])
        lines.append({"id": tx.next_sub_id("line"), "listing_id": listing["id"], "variant_id": variant_id,
                      "sku": variant["sku"], "title": f"{listing['title']} — {variant['title']}",
                      "location_id": level["location_id"], "quantity": quantity, "unit_price": 0, "discount": 0,
                      "total": 0, "fulfilled_quantity": 0, "refunded_quantity": 0})
    new_id = tx.next_id("orders")
    replacement = {
        "id": new_id, "number": f"SO{tx.now:%y%m%d}{new_id:07d}", "created_at": tx.now_str, "status": "processing",
        "financial_status": "paid", "fulfillment_status": "unfulfilled", "currency": order["currency"],
        "subtotal": 0, "discount_total": 0, "shipping_total": 0, "tax_total": 0, "total": 0, "paid_total": 0,
        "refunded_total": 0, "payment_method": order["payment_method"], "channel": order["channel"],
        "customer": dict(order["customer"]), "shipping_address": dict(order["shipping_address"]),
        "risk_level": "low", "campaign_ids": [], "coupon_code": None, "lines": lines, "fulfilments": [],
        "refunds": [], "events": [{"at": tx.now_str, "type": "created", "actor": actor,
                                   "message": f"Replacement for {ticket['number']}, exchange of {order['number']}"}],
        "paid_at": tx.now_str, "cancelled_at": None, "cancel_reason": None, "delivered_at": None,
        "completed_at": None,
        "replacement_for": {"ticket_id": ticket["id"], "ticket_number": ticket["number"], "order_id": order["id"],
                            "order_number": order["number"]},
    }
    return place_order(tx, replacement)


# --- reviews -------------------------------------------------------------------------------

def reply_review(tx: Tx, review: dict, body: s.ReviewReplyBody, actor: str) -> dict:
    text = body.body.strip()
    if not text:
        raise RuleError("empty_reply", "A reply needs some text.")
    if len(text) > 2000:
        raise RuleError("reply_too_long", "A reply may have at most 2000 characters.", {"length": len(text)})
    review["reply"] = {"body": text, "author": actor, "at": tx.now_str}
    return tx.put("reviews", review)


def set_review_status(tx: Tx, review: dict, to: str, reason: str | None, actor: str) -> dict:
    allowed_from = {"hidden": ("published", "reported"), "reported": ("published",), "published": ("hidden",)}[to]
    if review["status"] not in allowed_from:
        raise RuleError("invalid_transition", f"A {review['status']} review cannot become {to}.",
                        {"from": review["status"], "to": to})
    review["status"] = to
    review["status_reason"] = _require_reason(reason) if to != "published" else None
    return tx.put("reviews", review)


def set_review_tags(tx: Tx, review: dict, tags: list[str], actor: str) -> dict:
    """The shop's own labels on a review (never shown to shoppers): replaced as a whole."""
    kept: list[str] = []
    for tag in tags:
        tag = " ".join(tag.split())
        if not tag:
            raise RuleError("invalid_tag", "A tag needs some text.")
        if len(tag) > 40:
            raise RuleError("tag_too_long", "A tag may have at most 40 characters.", {"tag": tag})
        if tag.casefold() not in {k.casefold() for k in kept}:
            kept.append(tag)
    if len(kept) > 20:
        raise RuleError("too_many_tags", "A review may have at most 20 tags.", {"count": len(kept)})
    review["tags"] = kept
    return tx.put("reviews", review)


# --- campaigns -----------------------------------------------------------------------------

def _parse_when(value: str, field: str) -> datetime:
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise RuleError("invalid_date", f"{field} is not an ISO 8601 timestamp: {value!r}.", {"field": field}) from None
    if dt.tzinfo is None:
        raise RuleError("invalid_date", f"{field} needs a time zone (for example a trailing Z).", {"field": field})
    return dt


def _check_campaign(tx: Tx, c: dict) -> None:
    starts = _parse_when(c["starts_at"], "starts_at")
    ends = _parse_when(c["ends_at"], "ends_at")
    if ends <= starts:
        raise RuleError("invalid_schedule", "The campaign must end after it starts.")
    c["starts_at"], c["ends_at"] = format_ts(starts), format_ts(ends)
    r = c["rules"]
    problems = []
    kind = c["type"]
    if kind == "percent_off" and not r.get("percent_off"):
        problems.append("percent_off is required")
    if kind == "amount_off" and not r.get("amount_off"):
        problems.append("amount_off is required")
    if kind == "spend_x_save_y":
        if not r.get("threshold") or not r.get("save"):
            problems.append("threshold and save are required")
        elif r["save"] >= r["threshold"]:
            problems.append("save must be less than threshold")
    if kind == "coupon":
        if not (r.get("code") or "").strip():
            problems.append("code is required")
        if not (r.get("percent_off") or r.get("amount_off")):
            problems.append("percent_off or amount_off is required")
    if kind == "flash_sale":
        if not r.get("stock_cap"):
            problems.append("stock_cap is required")
        if not (r.get("percent_off") or r.get("amount_off")):
            problems.append("percent_off or amount_off is required")
        if not c["listing_ids"]:
            problems.append("a flash sale needs the products it applies to")
    if kind == "bundle":
        if len(c["listing_ids"]) < 2:
            problems.append("a bundle needs at least two products")
        if not r.get("bundle_price"):
            problems.append("bundle_price is required")
    if problems:
        raise RuleError("invalid_rules", f"The {kind} campaign's rules are incomplete: " + "; ".join(problems),
                        {"problems": problems})
    for lid in c["listing_ids"]:
        if tx.get("listings", lid) is None:
            raise RuleError("listing_not_found", f"Listing {lid} does not exist.", {"listing_id": lid})


def _status_by_time(tx: Tx, c: dict) -> str:
    if parse_ts(c["ends_at"]) <= tx.now:
        return "ended"
    return "active" if parse_ts(c["starts_at"]) <= tx.now else "scheduled"


def create_campaign(tx: Tx, body: s.CampaignCreate, actor: str) -> dict:
    c = body.model_dump()
    c["rules"] = body.rules.model_dump()
    c.update(id=tx.next_id("campaigns"), created_at=tx.now_str, currency=shop(tx).get("currency", "CNY"),
             spent=0, redemptions=0)
    _check_campaign(tx, c)
    if c["status"] == "scheduled":
        c["status"] = _status_by_time(tx, c)
        if c["status"] == "ended":
            raise RuleError("invalid_schedule", "The campaign would already have ended.")
    return tx.put("campaigns", c, created=True)


def update_campaign(tx: Tx, c: dict, body: s.CampaignPatch, actor: str) -> dict:
    if c["status"] in ("ended", "cancelled"):
        raise RuleError("campaign_ended", f"Campaign {c['name']!r} has {c['status']}; it can no longer change.")
    data = body.model_dump(exclude_unset=True)
    nulls = sorted(k for k, v in data.items() if v is None and k != "budget")
    if nulls:
        raise RuleError("invalid_field", f"A campaign's {', '.join(nulls)} cannot be null.", {"fields": nulls})
    if c["status"] == "active" and "starts_at" in data and \
            _parse_when(data["starts_at"], "starts_at") != parse_ts(c["starts_at"]):
        raise RuleError("campaign_active", "A running campaign's start cannot move.")
    for key, value in data.items():
        c[key] = body.rules.model_dump() if key == "rules" else value
    _check_campaign(tx, c)
    if c["status"] in ("scheduled", "active"):
        c["status"] = _status_by_time(tx, c)
    return tx.put("campaigns", c)


def pause_campaign(tx: Tx, c: dict, actor: str) -> dict:
    if c["status"] not in ("active", "scheduled"):
        raise RuleError("invalid_transition", f"A {c['status']} campaign cannot be paused.",
                        {"from": c["status"], "to": "paused"})
    c["status"] = "paused"
    return tx.put("campaigns", c)


def resume_campaign(tx: Tx, c: dict, actor: str) -> dict:
    if c["status"] != "paused":
        raise RuleError("invalid_transition", f"A {c['status']} campaign cannot be resumed.",
                        {"from": c["status"], "to": "active"})
    c["status"] = _status_by_time(tx, c)
    if c["status"] == "ended":
        raise RuleError("campaign_ended", "The campaign's schedule is over; it cannot resume.")
    return tx.put("campaigns", c)


def schedule_campaign(tx: Tx, c: dict, actor: str) -> dict:
    if c["status"] != "draft":
        raise RuleError("invalid_transition", f"Only a draft can be scheduled; this campaign is {c['status']}.",
                        {"from": c["status"], "to": "scheduled"})
    _check_campaign(tx, c)
    c["status"] = _status_by_time(tx, c)
    if c["status"] == "ended":
        raise RuleError("invalid_schedule", "The campaign's schedule is already over; change its dates first.")
    return tx.put("campaigns", c)


def cancel_campaign(tx: Tx, c: dict, actor: str) -> dict:
    if c["status"] not in ("scheduled", "active", "paused"):
        raise RuleError("invalid_transition", f"A {c['status']} campaign cannot be cancelled.",
                        {"from": c["status"], "to": "cancelled"})
    c["status"] = "cancelled"
    return tx.put("campaigns", c)


def delete_campaign(tx: Tx, c: dict, actor: str) -> dict:
    if c["status"] not in ("draft", "scheduled"):
        hint = " Pause or cancel it instead." if c["status"] in ("active", "paused") else ""
        raise RuleError("campaign_started", f"A {c['status']} campaign cannot be deleted.{hint}",
                        {"status": c["status"]})
    return tx.delete("campaigns", c)
