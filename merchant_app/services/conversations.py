"""Words to customers and colleagues: order notes, ticket replies, review replies."""

from __future__ import annotations

from ..models import utc_now_iso
from .edits import Mutation, Params, ServiceError, register


def _text(p: Params, limit: int, key: str = "body") -> str:
    text = (p.get(key) or "").strip()
    if not text:
        raise ServiceError("empty_text", "Write something first.", key)
    if len(text) > limit:
        raise ServiceError("text_too_long", f"At most {limit} characters.", key)
    return text


def _check_note(conn, order: dict, p: Params) -> Params:
    return {"body": _text(p, 5000)}


def _apply_note(order: dict, p: Params, actor: str) -> None:
    order["events"] = [*order.get("events", []), {"at": utc_now_iso(), "type": "note", "message": p["body"],
                                                   "actor": actor}]


register(Mutation(
    "orders.add_note", "orders", "orders:note", _check_note, _apply_note,
    lambda rec, p: ("POST", f"/orders/{rec['id']}/notes", {"body": p["body"]}),
))


def _check_reply(conn, ticket: dict, p: Params) -> Params:
    if ticket["status"] == "closed":
        raise ServiceError("ticket_closed", "This ticket is closed; reopen it first.")
    kind = p.get("kind", "reply")
    if kind not in ("reply", "internal_note"):
        raise ServiceError("invalid_kind", "A message is a reply or an internal note.", "kind")
    return {"body": _text(p, 20000), "kind": kind}


def _apply_reply(ticket: dict, p: Params, actor: str) -> None:
    now = utc_now_iso()
    ticket["messages"] = [*ticket.get("messages", []), {
        "id": 0, "author_type": "agent", "kind": p["kind"], "author": actor, "body": p["body"],
        "attachments": [], "at": now}]
    if p["kind"] == "reply":
        ticket["first_responded_at"] = ticket.get("first_responded_at") or now
        ticket["next_response_due"] = None
        if ticket["status"] in ("new", "reopened"):
            ticket["status"] = "open"


register(Mutation(
    "tickets.reply", "tickets", "tickets:write", _check_reply, _apply_reply,
    lambda rec, p: ("POST", f"/tickets/{rec['id']}/messages", {"body": p["body"], "kind": p["kind"]}),
))


def _check_review_reply(conn, review: dict, p: Params) -> Params:
    return {"body": _text(p, 2000)}


def _apply_review_reply(review: dict, p: Params, actor: str) -> None:
    review["reply"] = {"body": p["body"], "author": actor, "at": utc_now_iso()}


register(Mutation(
    "reviews.reply", "reviews", "reviews:write", _check_review_reply, _apply_review_reply,
    lambda rec, p: ("POST", f"/reviews/{rec['id']}/reply", {"body": p["body"]}),
))
