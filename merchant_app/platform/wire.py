"""What the console accepts from a platform: the records of platform API v1, validated.

Written from the contract (docs/platform-api.md), not shared with the sandbox: the console must
judge every payload on its own. Records are validated into plain dicts (pydantic TypedDicts) so
that the sync engine can write them without another conversion. Unknown fields are ignored (a
platform may add fields); a missing required field, a wrong type, an unknown status or an absurdly
long text makes the record invalid, and the sync engine quarantines it.
"""

from __future__ import annotations

import json
import re
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, GetPydanticSchema, StringConstraints, TypeAdapter, ValidationError, with_config
from pydantic_core import core_schema
from typing_extensions import NotRequired, TypedDict

Text = Annotated[str, StringConstraints(max_length=1_000)]
LongText = Annotated[str, StringConstraints(max_length=50_000)]
Stamp = Annotated[str, StringConstraints(min_length=10, max_length=40)]
Money = Annotated[int, Field(ge=-10**13, le=10**13)]
Id = Annotated[int, Field(ge=1)]
Strings = Annotated[list[Text], Field(max_length=200)]

CONFIG = ConfigDict(extra="ignore", str_max_length=1_000_000)


# `true` itself, not 1 or 1.0 (which Literal[True] alone takes): what `_kind` calls a tombstone
ExactlyTrue = Annotated[Literal[True], GetPydanticSchema(
    lambda source, handler: core_schema.chain_schema([core_schema.bool_schema(strict=True), handler(source)]))]


@with_config(CONFIG)
class Tombstone(TypedDict):
    id: Id
    version: int
    updated_at: Stamp
    deleted: ExactlyTrue


@with_config(CONFIG)
class Variant(TypedDict):
    id: Id
    sku: Text
    title: Text
    price: Money
    compare_at_price: NotRequired[Money | None]
    cost: NotRequired[Money | None]
    barcode: NotRequired[Text | None]
    weight_grams: NotRequired[int | None]
    options: NotRequired[dict[Text, Text]]
    image_urls: NotRequired[Strings]


@with_config(CONFIG)
class Listing(TypedDict):
    id: Id
    version: int
    updated_at: Stamp
    created_at: Stamp
    title: Text
    description: NotRequired[LongText | None]
    category: Text
    brand: NotRequired[Text | None]
    tags: NotRequired[Strings]
    status: Literal["draft", "active", "delisted", "blocked_by_platform"]
    blocked_reason: NotRequired[Text | None]
    currency: Annotated[str, StringConstraints(min_length=3, max_length=3)]
    image_urls: NotRequired[Strings]
    variants: Annotated[list[Variant], Field(max_length=500)]


@with_config(CONFIG)
class Location(TypedDict):
    id: Id
    version: int
    updated_at: Stamp
    name: Text
    code: Text
    allows_backorder: bool


@with_config(CONFIG)
class InventoryLevel(TypedDict):
    id: Id
    version: int
    updated_at: Stamp
    variant_id: Id
    listing_id: Id
    sku: Text
    location_id: Id
    on_hand: int
    committed: int
    available: int


@with_config(CONFIG)
class InventoryAdjustment(TypedDict):
    id: Id
    version: int
    updated_at: Stamp
    created_at: Stamp
    inventory_level_id: Id
    variant_id: Id
    location_id: Id
    delta: int
    reason: Literal["received", "sold", "returned", "damaged", "lost", "correction", "cycle_count", "transfer"]
    note: NotRequired[Text | None]
    on_hand_after: int
    actor: Text


@with_config(CONFIG)
class Customer(TypedDict):
    id: Id
    version: int
    updated_at: Stamp
    created_at: Stamp
    name: Text
    email: NotRequired[Text | None]
    phone: NotRequired[Text | None]
    country: Text
    province: NotRequired[Text | None]
    city: NotRequired[Text | None]
    tags: NotRequired[Strings]


@with_config(CONFIG)
class OrderCustomer(TypedDict):
    id: Id
    name: Text
    email: NotRequired[Text | None]
    phone: NotRequired[Text | None]


@with_config(CONFIG)
class OrderLine(TypedDict):
    id: Id
    listing_id: Id
    variant_id: Id
    sku: Text
    title: Text
    location_id: Id
    quantity: Annotated[int, Field(ge=1)]
    unit_price: Money
    discount: Money
    total: Money
    fulfilled_quantity: Annotated[int, Field(ge=0)]
    refunded_quantity: Annotated[int, Field(ge=0)]


@with_config(CONFIG)
class Order(TypedDict):
    id: Id
    version: int
    updated_at: Stamp
    number: Text
    created_at: Stamp
    status: Literal["pending_payment", "paid", "processing", "partially_shipped", "shipped", "delivered",
                    "completed", "cancelled"]
    financial_status: Literal["pending", "paid", "partially_refunded", "refunded", "voided"]
    fulfillment_status: Literal["unfulfilled", "partial", "fulfilled"]
    currency: Annotated[str, StringConstraints(min_length=3, max_length=3)]
    subtotal: Money
    discount_total: Money
    shipping_total: Money
    tax_total: Money
    total: Money
    paid_total: Money
    refunded_total: Money
    payment_method: Literal["alipay", "wechat_pay", "card", "unionpay", "cash_on_delivery"]
    channel: Literal["online_store", "mobile_app", "wechat_mini_program", "marketplace", "social", "pos"]
    customer: OrderCustomer
    shipping_address: dict[Text, Text | None]
    risk_level: Literal["low", "medium", "high"]
    campaign_ids: NotRequired[list[Id]]
    coupon_code: NotRequired[Text | None]
    lines: Annotated[list[OrderLine], Field(min_length=1, max_length=1000)]
    fulfilments: NotRequired[list[dict[str, Any]]]
    refunds: NotRequired[list[dict[str, Any]]]
    events: NotRequired[list[dict[str, Any]]]
    paid_at: NotRequired[Stamp | None]
    cancelled_at: NotRequired[Stamp | None]
    cancel_reason: NotRequired[Text | None]
    delivered_at: NotRequired[Stamp | None]
    completed_at: NotRequired[Stamp | None]
    replacement_for: NotRequired[dict[str, Any] | None]


@with_config(CONFIG)
class TicketMessage(TypedDict):
    id: Id
    author_type: Literal["customer", "agent", "system"]
    kind: Literal["message", "reply", "internal_note"]
    author: Text
    body: LongText
    attachments: NotRequired[Strings]
    at: Stamp


@with_config(CONFIG)
class Ticket(TypedDict):
    id: Id
    version: int
    updated_at: Stamp
    number: Text
    created_at: Stamp
    type: Literal["return", "refund_only", "exchange", "repair", "complaint", "inquiry", "dispute"]
    status: Literal["new", "open", "awaiting_customer", "awaiting_return", "escalated", "resolved", "closed",
                    "reopened"]
    priority: Literal["low", "normal", "high", "urgent"]
    subject: Text
    customer_id: Id
    customer_name: Text
    order_id: NotRequired[Id | None]
    order_number: NotRequired[Text | None]
    line_ids: NotRequired[list[Id]]
    assignee: NotRequired[Text | None]
    tags: NotRequired[Strings]
    requested_amount: NotRequired[Money | None]
    first_response_due: NotRequired[Stamp | None]
    next_response_due: NotRequired[Stamp | None]
    resolution_due: NotRequired[Stamp | None]
    first_responded_at: NotRequired[Stamp | None]
    resolved_at: NotRequired[Stamp | None]
    closed_at: NotRequired[Stamp | None]
    rma: NotRequired[dict[str, Any] | None]
    dispute_deadline: NotRequired[Stamp | None]
    replacement_order_id: NotRequired[Id | None]
    replacement_order_number: NotRequired[Text | None]
    messages: Annotated[list[TicketMessage], Field(max_length=5000)]


@with_config(CONFIG)
class ReviewReply(TypedDict):
    body: LongText
    author: Text
    at: Stamp


@with_config(CONFIG)
class Review(TypedDict):
    id: Id
    version: int
    updated_at: Stamp
    created_at: Stamp
    listing_id: Id
    variant_id: NotRequired[Id | None]
    order_id: NotRequired[Id | None]
    customer_id: Id
    customer_name: Text
    rating: Annotated[int, Field(ge=1, le=5)]
    title: NotRequired[Text | None]
    body: LongText
    language: Text
    media_urls: NotRequired[Strings]
    status: Literal["published", "hidden", "reported"]
    status_reason: NotRequired[Text | None]
    tags: NotRequired[Strings]
    reply: NotRequired[ReviewReply | None]


@with_config(CONFIG)
class Campaign(TypedDict):
    id: Id
    version: int
    updated_at: Stamp
    created_at: Stamp
    name: Text
    type: Literal["percent_off", "amount_off", "spend_x_save_y", "coupon", "flash_sale", "bundle"]
    status: Literal["draft", "scheduled", "active", "paused", "ended", "cancelled"]
    starts_at: Stamp
    ends_at: Stamp
    currency: Annotated[str, StringConstraints(min_length=3, max_length=3)]
    budget: NotRequired[Money | None]
    spent: Money
    redemptions: int
    listing_ids: NotRequired[list[Id]]
    rules: dict[Text, Any]


@with_config(CONFIG)
class AnalyticsDaily(TypedDict):
    id: Id
    version: int
    updated_at: Stamp
    date: Annotated[str, StringConstraints(min_length=10, max_length=10)]
    scope: Literal["shop", "listing", "campaign"]
    scope_id: NotRequired[Id | None]
    visits: Annotated[int, Field(ge=0)]
    sessions: Annotated[int, Field(ge=0)]


RECORD_TYPES: dict[str, type] = {
    "listings": Listing,
    "locations": Location,
    "inventory": InventoryLevel,
    "inventory_adjustments": InventoryAdjustment,
    "customers": Customer,
    "orders": Order,
    "tickets": Ticket,
    "reviews": Review,
    "campaigns": Campaign,
    "analytics/daily": AnalyticsDaily,
}

# the order a full sync pulls in: what others refer to comes first
RESOURCES: tuple[str, ...] = (
    "locations", "listings", "inventory", "customers", "campaigns", "orders", "tickets", "reviews",
    "inventory_adjustments", "analytics/daily",
)

def _kind(item: Any) -> str:
    return "tombstone" if isinstance(item, dict) and item.get("deleted") is True else "record"


def _page_type(kind: type) -> type:
    # A tombstone if the item is one (`deleted` exactly true), else a record: the choice `_kind` makes,
    # without handing every item to Python first as a callable discriminator would. An item with
    # `deleted: true` that is no valid tombstone cannot be a valid record either (both need the same
    # id, version and updated_at), so it fails the page, which parse_page then sorts out item by item.
    item = Annotated[Tombstone | kind, Field(union_mode="left_to_right")]

    page = TypedDict(f"{kind.__name__}Page", {  # noqa: UP013 - built at run time, per record type
        "items": list[item],  # type: ignore[valid-type]
        "next_cursor": Annotated[str, StringConstraints(max_length=2000)],
        "has_more": bool,
    })
    return with_config(CONFIG)(page)


_TOMBSTONE = TypeAdapter(Tombstone)
_RECORD = {name: TypeAdapter(kind) for name, kind in RECORD_TYPES.items()}
_PAGE = {name: TypeAdapter(_page_type(kind)) for name, kind in RECORD_TYPES.items()}


class Invalid:
    """An item that failed validation: what arrived (as text) and why it is refused."""

    __slots__ = ("record_id", "payload", "reason")

    def __init__(self, record_id: int | None, payload: str, reason: str) -> None:
        self.record_id, self.payload, self.reason = record_id, payload, reason

    def __repr__(self) -> str:
        return f"Invalid(record_id={self.record_id}, reason={self.reason[:80]!r})"


class Page:
    """One page of a resource: the valid items, the invalid ones, and where to go on."""

    __slots__ = ("items", "invalid", "next_cursor", "has_more")

    def __init__(self, items: list[dict], invalid: list[Invalid], next_cursor: str, has_more: bool) -> None:
        self.items, self.invalid, self.next_cursor, self.has_more = items, invalid, next_cursor, has_more


class MalformedPage(ValueError):
    """The page itself (not one of its items) is unusable: not JSON, or no cursor."""


def _reason(err: ValidationError) -> str:
    parts = []
    for e in err.errors()[:5]:
        loc = ".".join(str(p) for p in e["loc"]) or "record"
        parts.append(f"{loc}: {e['msg']}")
    return "; ".join(parts)


def validate_item(resource: str, item: Any) -> dict | Invalid:
    """One record or tombstone, validated; an :class:`Invalid` when it is not acceptable."""
    adapter = _TOMBSTONE if _kind(item) == "tombstone" else _RECORD[resource]
    try:
        return adapter.validate_python(item)
    except ValidationError as err:
        record_id = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), int) else None
        payload = json.dumps(item, ensure_ascii=False, default=str)
        if len(payload) > 20_000:
            payload = payload[:20_000] + f"… [{len(payload)} characters in all]"
        return Invalid(record_id, payload, _reason(err))


_END = (
    re.compile(rb'"next_cursor"\s*:\s*"([^"\\]*)"\s*,\s*"has_more"\s*:\s*(true|false)\s*\}\s*$'),
    re.compile(rb'"has_more"\s*:\s*(true|false)\s*,\s*"next_cursor"\s*:\s*"([^"\\]*)"\s*\}\s*$'),
)


def peek_cursor(raw: bytes) -> tuple[str, bool] | None:
    """``(next_cursor, has_more)`` read off the end of a page without parsing it, or None.

    Only a page that ends with those two members (either order, no escapes in the cursor) is read:
    in valid JSON they are then the page's own (the last ``}`` closes the page, and nothing between
    it and them opens anything). The sync asks for the next page with this while the page itself is
    still being validated, and checks it against the validated page before writing anything.
    """
    tail = raw[-4096:]
    m = _END[0].search(tail)
    if m:
        return m.group(1).decode(), m.group(2) == b"true"
    m = _END[1].search(tail)
    if m:
        return m.group(2).decode(), m.group(1) == b"true"
    return None


def parse_page(resource: str, raw: bytes) -> Page:
    """Parse and validate a page in one pass; when something is wrong, find out item by item."""
    try:
        page = _PAGE[resource].validate_json(raw)
        return Page(page["items"], [], page["next_cursor"], page["has_more"])
    except ValidationError:
        pass
    try:
        data = json.loads(raw)
    except ValueError as err:
        raise MalformedPage(f"the {resource} page is not JSON: {err}") from None
    if not isinstance(data, dict) or not isinstance(data.get("next_cursor"), str) \
            or not isinstance(data.get("has_more"), bool) or not isinstance(data.get("items"), list):
        raise MalformedPage(f"the {resource} page lacks items, next_cursor or has_more")
    good: list[dict] = []
    bad: list[Invalid] = []
    for item in data["items"]:
        checked = validate_item(resource, item)
        (bad if isinstance(checked, Invalid) else good).append(checked)
    return Page(good, bad, data["next_cursor"], data["has_more"])
