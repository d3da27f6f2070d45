"""After-sales tickets: assign, move along the ticket's states, set the priority, approve a return and
receive it (issue 5). Replies and internal notes are ``tickets.reply`` in :mod:`.conversations`.

Like the order actions, each is a :class:`~.edits.Mutation` — checked, applied to the cached ticket
at once, queued, audited, offline too — and :func:`refusal` says, in one place, whether an action is
possible on a ticket now and why not, for the service and for the view alike.

States (docs/platform-api.md): new → open → awaiting customer / awaiting return → resolved →
closed, with escalated and reopened; :data:`TRANSITIONS` is the platform's table of legal moves.
"""

from __future__ import annotations

from sqlalchemy import select

from ..models import Base, utc_now_iso
from ..sync.mapping import read_record
from .edits import Mutation, Params, ServiceError, is_placeholder, register
from .orders import line_quantities, refundable_amount
from .permissions import allowed

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "new": ("open", "awaiting_customer", "escalated", "resolved", "closed"),
    "open": ("awaiting_customer", "awaiting_return", "escalated", "resolved"),
    "awaiting_customer": ("open", "escalated", "resolved"),
    "awaiting_return": ("open", "escalated", "resolved"),
    "escalated": ("open", "awaiting_customer", "resolved"),
    "resolved": ("closed", "reopened"),
    "closed": ("reopened",),
    "reopened": ("open", "awaiting_customer", "awaiting_return", "escalated", "resolved"),
}
PRIORITIES = ("low", "normal", "high", "urgent")
RETURN_TYPES = ("return", "exchange")
VARIANTS = Base.metadata.tables["variants"]
ACTIONS = ("reply", "assign", "transition", "priority", "approve_return", "receive_return")


def returnable(line: dict) -> int:
    """Shipped units of an order line not refunded yet: what a return can bring back."""
    unshipped = line["quantity"] - line.get("fulfilled_quantity", 0)
    refunded_after_shipping = max(0, line.get("refunded_quantity", 0) - unshipped)
    return line.get("fulfilled_quantity", 0) - refunded_after_shipping


def moves(ticket: dict) -> list[str]:
    """The states this ticket may go to now (waiting for a return needs an approved one)."""
    rma = ticket.get("rma") or {}
    return [to for to in TRANSITIONS.get(ticket["status"], ())
            if to != "awaiting_return" or rma.get("status") == "awaiting"]


def refusal(ticket: dict, action: str, role: str) -> ServiceError | None:
    """Why ``action`` cannot be done on this ticket now by this role, or None when it can."""
    if not allowed(role, "tickets:write"):
        return ServiceError("forbidden", f"Your role ({role}) may not change tickets.")
    if is_placeholder(ticket["id"]):
        return ServiceError("not_synced_yet", "This ticket has not reached the platform yet; change it once it has.")
    number, status = ticket["number"], ticket["status"]
    if action in ("reply", "assign", "priority", "approve_return", "receive_return") and status == "closed":
        return ServiceError("ticket_closed", f"Ticket {number} is closed; reopen it first.")
    if action == "transition" and not moves(ticket):
        return ServiceError("no_transition", f"Ticket {number} cannot change state now.")
    if action == "approve_return":
        if ticket["type"] not in RETURN_TYPES:
            return ServiceError("rma_not_allowed", f"A {ticket['type']} ticket has no return to approve.")
        if ticket.get("rma"):
            return ServiceError("rma_exists", f"Return {ticket['rma']['number']} is already approved.")
        if not ticket.get("order_id"):
            return ServiceError("order_required", f"Ticket {number} has no order to return goods from.")
        if "awaiting_return" not in TRANSITIONS.get(status, ()):
            return ServiceError("invalid_transition", f"A {status} ticket cannot wait for a return.")
    if action == "receive_return" and (ticket.get("rma") or {}).get("status") != "awaiting":
        return ServiceError("rma_not_awaiting", "There is no approved return waiting to be received.")
    return None


def refusals(ticket: dict, role: str) -> dict[str, ServiceError | None]:
    return {action: refusal(ticket, action, role) for action in ACTIONS}


def _allowed_now(ticket: dict, action: str) -> None:
    err = refusal(ticket, action, "owner")  # the role was checked by perform()
    if err is not None:
        raise err


def _system_note(ticket: dict, actor: str, text: str) -> None:
    ticket["messages"] = [*ticket.get("messages", []), {
        "id": 0, "author_type": "system", "kind": "internal_note", "author": actor, "body": text,
        "attachments": [], "at": utc_now_iso()}]


def _order(conn, ticket: dict) -> dict:
    order = read_record(conn, "orders", ticket["order_id"]) if ticket.get("order_id") else None
    if order is None:
        raise ServiceError("order_not_found", f"Ticket {ticket['number']}'s order is not in the cache.")
    return order


# --- assign --------------------------------------------------------------------------------

def _check_assign(conn, ticket: dict, p: Params) -> Params:
    _allowed_now(ticket, "assign")
    assignee = p.get("assignee")
    if assignee is not None:
        assignee = str(assignee).strip()
        if not assignee or len(assignee) > 64:
            raise ServiceError("invalid_assignee", "Pick a colleague by user name.", "assignee")
    if assignee == ticket.get("assignee"):
        raise ServiceError("nothing_to_change", "The ticket is already assigned so.", "assignee")
    return {"assignee": assignee}


def _apply_assign(ticket: dict, p: Params, actor: str) -> None:
    ticket["assignee"] = p["assignee"]
    _system_note(ticket, actor, f"Assigned to {p['assignee']}" if p["assignee"] else "Unassigned")


register(Mutation("tickets.assign", "tickets", "tickets:write", _check_assign, _apply_assign,
                  lambda rec, p: ("POST", f"/tickets/{rec['id']}/assign", {"assignee": p["assignee"]})))


# --- transition ----------------------------------------------------------------------------

def _check_transition(conn, ticket: dict, p: Params) -> Params:
    _allowed_now(ticket, "transition")
    to = p.get("to")
    if to not in moves(ticket):
        if to == "awaiting_return" and to in TRANSITIONS.get(ticket["status"], ()):
            raise ServiceError("rma_required", "Approve the return (RMA) before waiting for it.", "to")
        raise ServiceError("invalid_transition", f"A {ticket['status']} ticket cannot become {to}.", "to")
    note = (p.get("note") or "").strip() or None
    if note is not None and len(note) > 1000:
        raise ServiceError("note_too_long", "A note has at most 1000 characters.", "note")
    return {"to": to, "note": note}


def _apply_transition(ticket: dict, p: Params, actor: str) -> None:
    before, to, now = ticket["status"], p["to"], utc_now_iso()
    ticket["status"] = to
    if to == "resolved":
        ticket.update(resolved_at=now, next_response_due=None)
    elif to == "closed":
        ticket.update(closed_at=now, next_response_due=None)
    elif to == "reopened":
        ticket.update(resolved_at=None, closed_at=None)
    _system_note(ticket, actor, f"Status {before} → {to}" + (f": {p['note']}" if p["note"] else ""))


register(Mutation("tickets.transition", "tickets", "tickets:write", _check_transition, _apply_transition,
                  lambda rec, p: ("POST", f"/tickets/{rec['id']}/transition", {"to": p["to"], "note": p["note"]})))


# --- priority ------------------------------------------------------------------------------

def _check_priority(conn, ticket: dict, p: Params) -> Params:
    _allowed_now(ticket, "priority")
    if p.get("priority") not in PRIORITIES:
        raise ServiceError("invalid_priority", f"Pick a priority: {', '.join(PRIORITIES)}.", "priority")
    if p["priority"] == ticket["priority"]:
        raise ServiceError("nothing_to_change", "The ticket already has this priority.", "priority")
    return {"priority": p["priority"]}


def _apply_priority(ticket: dict, p: Params, actor: str) -> None:
    ticket["priority"] = p["priority"]


register(Mutation("tickets.set_priority", "tickets", "tickets:write", _check_priority, _apply_priority,
                  lambda rec, p: ("PATCH", f"/tickets/{rec['id']}", {"priority": p["priority"]})))


# --- returns -------------------------------------------------------------------------------

def _check_approve(conn, ticket: dict, p: Params) -> Params:
    _allowed_now(ticket, "approve_return")
    items = line_quantities(_order(conn, ticket), p.get("items") or [], returnable, "come back", "items")
    if not items:
        raise ServiceError("nothing_chosen", "Choose the units the customer sends back.", "items")
    return {"items": items}


def _apply_approve(ticket: dict, p: Params, actor: str) -> None:
    number = f"RMA-{ticket['id']:06d}"
    ticket["rma"] = {"number": number, "items": p["items"], "status": "awaiting", "approved_at": utc_now_iso(),
                     "received_at": None}
    ticket["status"] = "awaiting_return"
    _system_note(ticket, actor, f"Return {number} approved")


register(Mutation("tickets.approve_return", "tickets", "tickets:write", _check_approve, _apply_approve,
                  lambda rec, p: ("POST", f"/tickets/{rec['id']}/rma", {"items": p["items"]})))


def _check_receive(conn, ticket: dict, p: Params) -> Params:
    _allowed_now(ticket, "receive_return")
    amount = p.get("refund_amount", 0)
    if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
        raise ServiceError("invalid_amount", "The refund is an amount of zero or more.", "refund_amount")
    restock = p.get("restock", True)
    if not isinstance(restock, bool):
        raise ServiceError("invalid_restock", "Restock is yes or no.", "restock")
    reason = (p.get("reason") or "return received").strip()
    replacements = p.get("replacements") or []
    if replacements:
        replacements = _check_replacements(conn, ticket, replacements)
    if amount:
        order = _order(conn, ticket)
        if order["financial_status"] in ("pending", "voided") or not order["paid_total"]:
            raise ServiceError("order_not_paid", f"Order {order['number']} has no payment to refund.", "refund_amount")
        most = refundable_amount(order)
        if amount > most:
            raise ServiceError("refund_exceeds_paid", f"At most {most} (minor units of {order['currency']}) can "
                               "still be refunded on this order.", "refund_amount")
    params = {"restock": restock, "refund_amount": amount, "reason": reason}
    if replacements:
        params["replacements"] = replacements
    return params


def _check_replacements(conn, ticket: dict, replacements) -> list[dict]:
    """An exchange's variants sent instead of the returned lines: another size or colour of the same
    product, in the cache's catalogue."""
    if ticket["type"] != "exchange":
        raise ServiceError("replacement_not_allowed", f"A {ticket['type']} ticket sends nothing in exchange.",
                           "replacements")
    order = _order(conn, ticket)
    lines = {line["id"]: line for line in order["lines"]}
    returned = {item["line_id"] for item in ticket["rma"]["items"]}
    out = []
    for item in replacements if isinstance(replacements, list) else [None]:
        line_id, variant_id = (item.get("line_id"), item.get("variant_id")) if isinstance(item, dict) else (None, None)
        if line_id not in returned:
            raise ServiceError("line_not_returned", f"Line {line_id} is not in return {ticket['rma']['number']}.",
                               "replacements")
        listing_id = conn.execute(select(VARIANTS.c.listing_id).where(VARIANTS.c.id == variant_id)).scalar()
        if listing_id is None:
            raise ServiceError("variant_not_found", f"There is no variant {variant_id} to send.", "replacements")
        if listing_id != lines[line_id]["listing_id"]:
            raise ServiceError("replacement_other_product", "An exchange sends another size or colour of the same "
                               "product.", "replacements")
        out.append({"line_id": line_id, "variant_id": variant_id})
    return out


def _apply_receive(ticket: dict, p: Params, actor: str) -> None:
    rma = ticket["rma"]
    rma.update(status="received", received_at=utc_now_iso())
    if ticket["status"] == "awaiting_return":
        ticket["status"] = "open"
    _system_note(ticket, actor, f"Return {rma['number']} received"
                 + (f", refunded {p['refund_amount']}" if p["refund_amount"] else "")
                 + ("; the platform creates the replacement order" if ticket["type"] == "exchange" else ""))


register(Mutation("tickets.receive_return", "tickets", "tickets:write", _check_receive, _apply_receive,
                  lambda rec, p: ("POST", f"/tickets/{rec['id']}/rma/receive", dict(p)),
                  extra_permissions=lambda p: ("orders:refund",) if p.get("refund_amount") else ()))
