"""What the shop does about a review (issue 6): hide it or report it with a reason, publish it again,
tag it, and open an after-sales ticket from a bad one. Replies are ``reviews.reply`` in
:mod:`.conversations`.

Like the order and ticket actions, each is a :class:`~.edits.Mutation` — checked, applied to the
cached review at once, queued, audited, offline too — and :func:`refusal` says in one place whether
an action is possible on a review now and why not, for the service and for the view alike.

States (the platform's rules): published → hidden or reported; reported → hidden; hidden →
published. Hiding and reporting need a reason; publishing clears it.

A ticket from a review (``tickets.create_from_review``) is a new record: it is cached at once
under a temporary id and created on the platform when the outbox is sent (see ``edits._create_in``
and ``sync.push``). Only a one- or two-star review about an order can open one, and not while that
order already has an open ticket.
"""

from __future__ import annotations

from sqlalchemy import Connection, func, select, true

from ..models import Base, utc_now_iso
from ..store.queries import NEGATIVE_RATING
from ..sync.mapping import read_record
from .edits import Mutation, Params, ServiceError, register
from .permissions import allowed

REVIEWS = Base.metadata.tables["reviews"]
TICKETS = Base.metadata.tables["tickets"]
LISTINGS = Base.metadata.tables["listings"]

ACTIONS = ("reply", "hide", "report", "publish", "tag", "ticket")
FROM_STATES = {"hide": ("published", "reported"), "report": ("published",), "publish": ("hidden",)}
"""The platform's moves: which states each action leaves from."""
REASON_LIMIT = 1000
TAG_LIMIT, TAGS_PER_REVIEW = 40, 20
CLOSED_TICKET = ("resolved", "closed")
MAX_STARS = 5


def refusal(review: dict, action: str, role: str, open_ticket: dict | None = None) -> ServiceError | None:
    """Why ``action`` cannot be done on this review now by this role, or None when it can.
    ``open_ticket``: the open ticket of the review's order, if any (:func:`open_ticket_of`)."""
    permission = "tickets:write" if action == "ticket" else "reviews:write"
    if not allowed(role, permission):
        return ServiceError("forbidden", f"Your role ({role}) may not do this.")
    status = review["status"]
    if action in FROM_STATES and status not in FROM_STATES[action]:
        code = {"hide": "review_already_hidden", "publish": "review_not_hidden"}.get(action, "review_not_published")
        done = {"hide": "hidden", "report": "reported", "publish": "published"}[action]
        return ServiceError(code, f"A {status} review cannot be {done}.")
    if action == "ticket":
        if int(review["rating"]) > NEGATIVE_RATING:
            return ServiceError("review_not_negative", "Only a one- or two-star review opens a ticket.")
        if review.get("order_id") is None:
            return ServiceError("review_without_order", "This review is not about an order.")
        if open_ticket is not None:
            return ServiceError("order_has_ticket", f"Order {open_ticket['order_number']} already has an open ticket, "
                                                    f"{open_ticket['number']}.")
    return None


def refusals(review: dict, role: str, open_ticket: dict | None = None) -> dict[str, ServiceError | None]:
    return {action: refusal(review, action, role, open_ticket) for action in ACTIONS}


def open_ticket_of(conn: Connection, review: dict) -> dict | None:
    """The newest ticket of the review's order that is not resolved or closed (number, id...)."""
    if review.get("order_id") is None:
        return None
    row = conn.execute(select(TICKETS.c.id, TICKETS.c.number, TICKETS.c.order_number, TICKETS.c.status)
                       .where(TICKETS.c.order_id == review["order_id"], TICKETS.c.status.not_in(CLOSED_TICKET))
                       .order_by(TICKETS.c.created_at.desc()).limit(1)).mappings().first()
    return dict(row) if row else None


def _allowed_now(review: dict, action: str) -> None:
    err = refusal(review, action, "owner")  # the role was checked by perform()
    if err is not None:
        raise err


def _reason(p: Params) -> str:
    reason = " ".join((p.get("reason") or "").split())
    if not reason:
        raise ServiceError("reason_required", "Give a reason.", "reason")
    if len(reason) > REASON_LIMIT:
        raise ServiceError("reason_too_long", f"A reason has at most {REASON_LIMIT} characters.", "reason")
    return reason


# --- hide, report, publish -----------------------------------------------------------------

def _status_mutation(action: str, to: str) -> Mutation:
    def check(conn, review: dict, p: Params) -> Params:
        _allowed_now(review, action)
        return {} if action == "publish" else {"reason": _reason(p)}

    def apply(review: dict, p: Params, actor: str) -> None:
        review["status"] = to
        review["status_reason"] = p.get("reason")

    return register(Mutation(f"reviews.{action}", "reviews", "reviews:write", check, apply,
                             lambda rec, p: ("POST", f"/reviews/{rec['id']}/{action}", p or None)))


_status_mutation("hide", "hidden")
_status_mutation("report", "reported")
_status_mutation("publish", "published")


# --- tags ----------------------------------------------------------------------------------

def clean_tag(tag: str) -> str:
    return " ".join(str(tag).split())


def retag(tags: list[str], add: list[str] = (), remove: list[str] = ()) -> list[str]:
    """``tags`` with ``remove`` taken out and ``add`` put at the end, as the platform keeps them:
    spaces collapsed, compared without case, each once."""
    gone = {clean_tag(t).casefold() for t in remove}
    out: list[str] = []
    for tag in (*tags, *add):
        tag = clean_tag(tag)
        if tag and tag.casefold() not in gone and tag.casefold() not in {t.casefold() for t in out}:
            out.append(tag)
    return out


def _check_tag(conn, review: dict, p: Params) -> Params:
    _allowed_now(review, "tag")
    wanted = p.get("tags")
    for key in ("tags", "add", "remove"):
        value = p.get(key)
        if value is not None and (not isinstance(value, list | tuple) or not all(isinstance(t, str) for t in value)):
            raise ServiceError("invalid_tags", "Tags are a list of words.", key)
    for tag in [*(wanted or ()), *(p.get("add") or ())]:
        if len(clean_tag(tag)) > TAG_LIMIT:
            raise ServiceError("tag_too_long", f"A tag has at most {TAG_LIMIT} characters.", "tags")
    current = review.get("tags") or []
    tags = retag(wanted, ()) if wanted is not None else retag(current, p.get("add") or (), p.get("remove") or ())
    if len(tags) > TAGS_PER_REVIEW:
        raise ServiceError("too_many_tags", f"A review has at most {TAGS_PER_REVIEW} tags.", "tags")
    if tags == current:
        raise ServiceError("nothing_to_change", "The review already has these tags.", "tags")
    return {"tags": tags}


def _apply_tag(review: dict, p: Params, actor: str) -> None:
    review["tags"] = p["tags"]


register(Mutation("reviews.tag", "reviews", "reviews:write", _check_tag, _apply_tag,
                  lambda rec, p: ("PATCH", f"/reviews/{rec['id']}", {"tags": p["tags"]})))


def shop_tags(conn: Connection, limit: int = 200) -> list[str]:
    """Tags already used on the shop's reviews, most used first (for suggestions)."""
    each = func.json_each(REVIEWS.c.tags).table_valued("value")
    rows = conn.execute(select(each.c.value, func.count()).select_from(REVIEWS).join(each, true())
                        .where(func.json_array_length(REVIEWS.c.tags) > 0)
                        .group_by(each.c.value).order_by(func.count().desc(), each.c.value).limit(limit)).all()
    return [r[0] for r in rows]


# --- a ticket from a review ----------------------------------------------------------------

def ticket_subject(review: dict) -> str:
    about = " ".join((review.get("title") or review.get("body") or "").split())
    if len(about) > 80:
        about = about[:79] + "…"
    return f"{review['rating']}★ review: {about}" if about else f"{review['rating']}★ review"


def ticket_note(review: dict, product: str | None) -> str:
    """The ticket's first message (an internal note): the review, quoted."""
    quoted = "\n".join("> " + line for line in
                       "\n".join(x for x in (review.get("title"), review.get("body")) if x).splitlines())
    about = f" of {product}" if product else ""
    return (f"Opened from {review['customer_name']}'s {review['rating']}-star review{about} "
            f"(review #{review['id']}, {review['created_at'][:10]}):\n\n{quoted}")


def _check_ticket(conn, _none, p: Params) -> Params:
    review = read_record(conn, "reviews", p.get("review_id")) if isinstance(p.get("review_id"), int) else None
    if review is None:
        raise ServiceError("not_found", f"There is no review {p.get('review_id')} in this shop.", "review_id")
    err = refusal(review, "ticket", "owner", open_ticket_of(conn, review))
    if err is not None:
        raise err
    order = read_record(conn, "orders", review["order_id"])
    if order is None:
        raise ServiceError("order_not_found", f"Order #{review['order_id']} is not in the cache yet; sync first.")
    product = conn.execute(select(LISTINGS.c.title).where(LISTINGS.c.id == review["listing_id"])).scalar()
    line_ids = [line["id"] for line in order.get("lines", []) if line.get("listing_id") == review["listing_id"]]
    return {"review_id": review["id"], "customer_id": review["customer_id"], "customer_name": review["customer_name"],
            "order_id": order["id"], "order_number": order["number"], "line_ids": line_ids,
            "priority": "high" if int(review["rating"]) == 1 else "normal", "subject": ticket_subject(review),
            "body": ticket_note(review, product)}


def _apply_ticket(ticket: dict, p: Params, actor: str) -> None:
    now = utc_now_iso()
    ticket.update({
        "number": f"AS-NEW{-ticket['id']}", "created_at": now, "updated_at": now, "type": "complaint",
        "status": "new", "priority": p["priority"], "subject": p["subject"], "customer_id": p["customer_id"],
        "customer_name": p["customer_name"], "order_id": p["order_id"], "order_number": p["order_number"],
        "line_ids": p["line_ids"], "assignee": None, "tags": [], "requested_amount": None,
        "first_responded_at": None, "resolved_at": None, "closed_at": None, "rma": None, "dispute_deadline": None,
        "messages": [{"id": 0, "author_type": "agent", "kind": "internal_note", "author": actor, "body": p["body"],
                      "attachments": [], "at": now}]})


def _ticket_request(ticket: dict, p: Params) -> tuple[str, str, dict]:
    return ("POST", "/tickets", {"type": "complaint", "subject": p["subject"], "customer_id": p["customer_id"],
                                 "order_id": p["order_id"], "line_ids": p["line_ids"], "priority": p["priority"],
                                 "body": p["body"]})


register(Mutation("tickets.create_from_review", "tickets", "tickets:write", _check_ticket, _apply_ticket,
                  _ticket_request, creates=True))


# --- a product's ratings -------------------------------------------------------------------

def product_ratings(conn: Connection, listing_id: int, months: int = 12) -> dict:
    """A product's reviews in figures: ``counts`` of 1 to 5 stars (index 0 is one star), the
    ``average`` and ``total``, and ``months``: (``YYYY-MM``, average, count) for the last
    ``months`` months that have reviews (UTC months), oldest first. Every review counts, hidden
    and reported ones too: they are what customers thought. Two indexed queries."""
    counts = [0] * MAX_STARS
    for rating, n in conn.execute(select(REVIEWS.c.rating, func.count()).where(REVIEWS.c.listing_id == listing_id)
                                  .group_by(REVIEWS.c.rating)).all():
        if 1 <= rating <= MAX_STARS:
            counts[rating - 1] = n
    total = sum(counts)
    month = func.substr(REVIEWS.c.created_at, 1, 7)
    rows = conn.execute(select(month, func.avg(REVIEWS.c.rating), func.count()).where(REVIEWS.c.listing_id == listing_id)
                        .group_by(month).order_by(month.desc()).limit(months)).all()
    return {"counts": counts, "total": total,
            "average": sum((i + 1) * n for i, n in enumerate(counts)) / total if total else None,
            "months": [(m, float(avg), n) for m, avg, n in reversed(rows)]}
