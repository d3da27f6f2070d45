"""Canned replies: the answers agents give every day, with the ticket's facts filled in.

A reply's text names facts in braces — ``{customer_name}``, ``{order_number}``,
``{tracking_number}``… (:data:`VARIABLES`) — and :func:`render` fills them from the ticket, its order,
the shop and the agent. A fact the ticket does not have (no shipment, so no tracking number) is an
error naming it, not a blank in a message to a customer. The console ships a set in English and
Chinese (:data:`BUILT_IN`); a shop adds its own, kept in this cache's ``preferences``.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import Engine, select

from ..models import Base, utc_now_iso
from ..store import write_transaction
from .edits import ServiceError

PREFERENCES = Base.metadata.tables["preferences"]
KEY = "tickets.canned_replies"
LANGUAGES = ("en", "zh_CN")
VARIABLES = ("customer_name", "ticket_number", "order_number", "carrier", "tracking_number", "rma_number",
             "requested_amount", "agent_name", "shop_name")
FIELD = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class CannedReply:
    key: str
    title: str
    language: str
    body: str
    built_in: bool = False


_BUILT_IN = [
    ("greeting", "en", "Thanks, looking into it",
     ("Hello {customer_name},\n\nThank you for getting in touch about order {order_number}. I am looking into it "
     "now and will come back to you shortly.\n\nBest regards,\n{agent_name}\n{shop_name}")),
    ("greeting", "zh_CN", "感谢来信，正在处理",
     "{customer_name}您好：\n\n感谢您就订单 {order_number} 联系我们。我正在为您核实，稍后会尽快回复您。\n\n{shop_name} 客服 {agent_name}"),
    ("tracking", "en", "Where is my parcel",
     ("Hello {customer_name},\n\nYour order {order_number} is on its way with {carrier}; the tracking number is "
     "{tracking_number}. Parcels usually arrive within 3–5 days of shipping.\n\nBest regards,\n{agent_name}")),
    ("tracking", "zh_CN", "物流查询",
     ("{customer_name}您好：\n\n您的订单 {order_number} 已由{carrier}发出，运单号 {tracking_number}。一般发货后 3–5 "
     "天送达，请留意查收。\n\n{shop_name} 客服 {agent_name}")),
    ("return_approved", "en", "Return approved",
     ("Hello {customer_name},\n\nYour return is approved. Please write {rma_number} on the parcel and send the "
     "items back within 7 days. We refund as soon as they arrive.\n\nBest regards,\n{agent_name}")),
    ("return_approved", "zh_CN", "退货已同意",
     ("{customer_name}您好：\n\n您的退货申请已通过。请在包裹上注明退货单号 {rma_number}，并在 7 天内寄回商品。"
     "我们收到后会尽快为您退款。\n\n{shop_name} 客服 {agent_name}")),
    ("refund_done", "en", "Refund issued",
     ("Hello {customer_name},\n\nWe have refunded order {order_number}. Depending on your bank it shows on your "
     "account within 1–5 working days.\n\nBest regards,\n{agent_name}")),
    ("refund_done", "zh_CN", "退款已处理",
     ("{customer_name}您好：\n\n订单 {order_number} 的退款已处理，根据银行不同，1–5 个工作日内到账。\n\n"
     "{shop_name} 客服 {agent_name}")),
    ("need_photos", "en", "Ask for photos",
     ("Hello {customer_name},\n\nSorry to hear that. Could you send us a photo or two of the item and of the "
     "parcel? That lets us sort this out for you quickly.\n\nBest regards,\n{agent_name}")),
    ("need_photos", "zh_CN", "请提供照片",
     ("{customer_name}您好：\n\n非常抱歉给您带来不便。麻烦您拍一两张商品和外包装的照片发给我们，方便我们尽快为您处理。\n\n"
     "{shop_name} 客服 {agent_name}")),
]
BUILT_IN = [CannedReply(f"builtin:{key}:{lang}", title, lang, body, True) for key, lang, title, body in _BUILT_IN]


def language_of(ticket: dict) -> str:
    """The language to answer in: Chinese when the customer wrote Chinese, else English."""
    for m in reversed(ticket.get("messages") or []):
        if m.get("author_type") == "customer":
            return "zh_CN" if re.search(r"[\u4e00-\u9fff]", m.get("body") or "") else "en"
    return "zh_CN" if re.search(r"[\u4e00-\u9fff]", ticket.get("customer_name") or "") else "en"


def facts(ticket: dict, order: dict | None, shop: dict, agent: str) -> dict[str, str | None]:
    """The values of :data:`VARIABLES` for this ticket (None: the ticket has no such fact)."""
    shipments = (order or {}).get("fulfilments") or []
    last = shipments[-1] if shipments else {}
    amount = ticket.get("requested_amount")
    currency = (order or {}).get("currency") or shop.get("currency") or ""
    return {
        "customer_name": ticket.get("customer_name"), "ticket_number": ticket.get("number"),
        "order_number": ticket.get("order_number") or (order or {}).get("number"),
        "carrier": last.get("carrier"), "tracking_number": last.get("tracking_number"),
        "rma_number": (ticket.get("rma") or {}).get("number"),
        "requested_amount": f"{amount / 100:.2f} {currency}".strip() if amount else None,
        "agent_name": agent, "shop_name": shop.get("name"),
    }


def render(text: str, values: dict[str, str | None]) -> str:
    """The text with every {fact} filled in; ServiceError naming the facts unknown or missing."""
    names = FIELD.findall(text)
    unknown = sorted({n for n in names if n not in VARIABLES})
    if unknown:
        raise ServiceError("unknown_variable", "Unknown: " + ", ".join("{" + n + "}" for n in unknown)
                           + ". Known: " + ", ".join("{" + v + "}" for v in VARIABLES) + ".", "body")
    missing = sorted({n for n in names if not values.get(n)})
    if missing:
        raise ServiceError("missing_value", "This ticket has no " + ", ".join("{" + n + "}" for n in missing)
                           + " to put in the reply.", "body")
    return FIELD.sub(lambda m: str(values[m.group(1)]), text)


def replies(engine: Engine, language: str | None = None) -> list[CannedReply]:
    """The shop's own replies, then the built-in ones (in ``language`` only, when given)."""
    with engine.connect() as conn:
        stored = conn.execute(select(PREFERENCES.c.value).where(PREFERENCES.c.key == KEY)).scalar() or []
    own = [CannedReply(r["key"], r["title"], r["language"], r["body"]) for r in stored]
    return [r for r in own + BUILT_IN if language is None or r.language == language]


def save(engine: Engine, title: str, body: str, language: str, key: str | None = None) -> CannedReply:
    """Add a reply of the shop's own, or change one (``key``); its text is checked for unknown facts."""
    title, body = (title or "").strip(), (body or "").strip()
    if not title:
        raise ServiceError("title_required", "Give the reply a name.", "title")
    if not body:
        raise ServiceError("empty_text", "Write the reply first.", "body")
    if len(title) > 100 or len(body) > 5000:
        raise ServiceError("text_too_long", "A name has at most 100 characters, a reply 5000.", "body")
    if language not in LANGUAGES:
        raise ServiceError("invalid_language", "A reply is in English or Chinese.", "language")
    unknown = sorted({n for n in FIELD.findall(body) if n not in VARIABLES})
    if unknown:
        raise ServiceError("unknown_variable", "Unknown: " + ", ".join("{" + n + "}" for n in unknown), "body")
    if key is not None and key.startswith("builtin:"):
        raise ServiceError("built_in", "Built-in replies cannot be changed; save a copy under a new name.")
    reply = CannedReply(key or uuid.uuid4().hex, title, language, body)
    with write_transaction(engine) as conn:
        stored = conn.execute(select(PREFERENCES.c.value).where(PREFERENCES.c.key == KEY)).scalar() or []
        if key is not None and not any(r["key"] == key for r in stored):
            raise ServiceError("unknown_reply", "That reply no longer exists.")
        stored = [r for r in stored if r["key"] != reply.key] + [
            {"key": reply.key, "title": title, "language": language, "body": body}]
        _store(conn, stored)
    return reply


def delete(engine: Engine, key: str) -> None:
    with write_transaction(engine) as conn:
        stored = conn.execute(select(PREFERENCES.c.value).where(PREFERENCES.c.key == KEY)).scalar() or []
        _store(conn, [r for r in stored if r["key"] != key])


def _store(conn, value: list[dict]) -> None:
    now = utc_now_iso()
    if conn.execute(select(PREFERENCES.c.key).where(PREFERENCES.c.key == KEY)).first():
        conn.execute(PREFERENCES.update().where(PREFERENCES.c.key == KEY).values(value=value, updated_at=now))
    else:
        conn.execute(PREFERENCES.insert().values(key=KEY, value=value, updated_at=now))
