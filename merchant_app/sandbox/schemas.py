"""Wire models of platform API v1: the records the sandbox serves and the bodies it accepts.

These models are the machine-readable half of the contract (docs/platform-api.md is the other
half); the served OpenAPI is generated from them. Money is always an integer number of minor
units (fen, cents) next to an ISO 4217 currency code. Timestamps are ISO 8601 UTC strings with
microseconds and a trailing ``Z``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Timestamp = str

ListingStatus = Literal["draft", "active", "delisted", "blocked_by_platform"]
OrderStatus = Literal[
    "pending_payment", "paid", "processing", "partially_shipped", "shipped",
    "delivered", "completed", "cancelled",
]
FinancialStatus = Literal["pending", "paid", "partially_refunded", "refunded", "voided"]
FulfillmentStatus = Literal["unfulfilled", "partial", "fulfilled"]
PaymentMethod = Literal["alipay", "wechat_pay", "card", "unionpay", "cash_on_delivery"]
Channel = Literal["online_store", "mobile_app", "wechat_mini_program", "marketplace", "social", "pos"]
RiskLevel = Literal["low", "medium", "high"]
TicketType = Literal["return", "refund_only", "exchange", "repair", "complaint", "inquiry", "dispute"]
TicketStatus = Literal[
    "new", "open", "awaiting_customer", "awaiting_return", "escalated", "resolved", "closed", "reopened",
]
Priority = Literal["low", "normal", "high", "urgent"]
ReviewStatus = Literal["published", "hidden", "reported"]
CampaignType = Literal["percent_off", "amount_off", "spend_x_save_y", "coupon", "flash_sale", "bundle"]
CampaignStatus = Literal["draft", "scheduled", "active", "paused", "ended", "cancelled"]
AdjustmentReason = Literal[
    "received", "sold", "returned", "damaged", "lost", "correction", "cycle_count", "transfer",
]
Role = Literal["owner", "merchant", "agent"]
AnalyticsScope = Literal["shop", "listing", "campaign"]


class Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Record(Wire):
    id: int
    version: int = Field(ge=1, description="+1 on every change of the record")
    updated_at: Timestamp
    deleted: bool = False


class Tombstone(Wire):
    id: int
    version: int
    updated_at: Timestamp
    deleted: Literal[True] = True


# --- catalog -------------------------------------------------------------------------------

class Variant(Wire):
    id: int
    sku: str
    title: str
    price: int = Field(gt=0, description="minor units of the listing's currency")
    compare_at_price: int | None = None
    cost: int | None = Field(None, description="unit cost in minor units, for margins")
    barcode: str | None = None
    weight_grams: int | None = None
    options: dict[str, str] = {}
    image_urls: list[str] = []


class Listing(Record):
    created_at: Timestamp
    title: str
    description: str | None = None
    category: str
    brand: str | None = None
    tags: list[str] = []
    status: ListingStatus
    blocked_reason: str | None = None
    currency: str
    image_urls: list[str] = []
    variants: list[Variant]


class Location(Record):
    name: str
    code: str
    allows_backorder: bool = False


class InventoryLevel(Record):
    variant_id: int
    listing_id: int
    sku: str
    location_id: int
    on_hand: int
    committed: int = Field(ge=0)
    available: int = Field(description="on_hand - committed; below zero only where the location allows backorders")


class InventoryAdjustment(Record):
    created_at: Timestamp
    inventory_level_id: int
    variant_id: int
    location_id: int
    delta: int
    reason: AdjustmentReason
    note: str | None = None
    on_hand_after: int
    actor: str


# --- customers and orders ------------------------------------------------------------------

class Address(Wire):
    name: str
    phone: str | None = None
    country: str
    province: str | None = None
    city: str
    district: str | None = None
    line1: str
    line2: str | None = None
    postal_code: str | None = None


class Customer(Record):
    created_at: Timestamp
    name: str
    email: str | None = None
    phone: str | None = None
    country: str
    province: str | None = None
    city: str | None = None
    tags: list[str] = []


class OrderCustomer(Wire):
    id: int
    name: str
    email: str | None = None
    phone: str | None = None


class OrderLine(Wire):
    id: int
    listing_id: int
    variant_id: int
    sku: str
    title: str
    location_id: int = Field(description="the stock location the line is committed at and ships from")
    quantity: int = Field(gt=0)
    unit_price: int
    discount: int = 0
    total: int
    fulfilled_quantity: int = 0
    refunded_quantity: int = 0


class LineQuantity(Wire):
    line_id: int
    quantity: int = Field(gt=0)


class Fulfilment(Wire):
    id: int
    carrier: str
    tracking_number: str
    status: Literal["in_transit", "delivered", "returned"]
    lines: list[LineQuantity]
    shipped_at: Timestamp
    delivered_at: Timestamp | None = None


class Refund(Wire):
    id: int
    amount: int = Field(gt=0)
    reason: str
    lines: list[LineQuantity] = []
    restock: bool = False
    created_at: Timestamp
    actor: str


class OrderEvent(Wire):
    at: Timestamp
    type: str = Field(description="created, paid, confirmed, shipped, delivered, completed, cancelled, refunded, note, ...")
    message: str
    actor: str = Field(description="'platform', 'customer' or a username")


class ReplacementFor(Wire):
    ticket_id: int
    ticket_number: str
    order_id: int
    order_number: str


class Order(Record):
    number: str
    created_at: Timestamp
    status: OrderStatus
    financial_status: FinancialStatus
    fulfillment_status: FulfillmentStatus
    currency: str
    subtotal: int
    discount_total: int
    shipping_total: int
    tax_total: int
    total: int
    paid_total: int
    refunded_total: int
    payment_method: PaymentMethod
    channel: Channel
    customer: OrderCustomer
    shipping_address: Address
    risk_level: RiskLevel
    campaign_ids: list[int] = []
    coupon_code: str | None = None
    lines: list[OrderLine]
    fulfilments: list[Fulfilment] = []
    refunds: list[Refund] = []
    events: list[OrderEvent] = []
    paid_at: Timestamp | None = None
    cancelled_at: Timestamp | None = None
    cancel_reason: str | None = None
    delivered_at: Timestamp | None = None
    completed_at: Timestamp | None = None
    replacement_for: ReplacementFor | None = Field(None, description="a replacement order: the exchange it ships")


# --- after-sales ---------------------------------------------------------------------------

class TicketMessage(Wire):
    id: int
    author_type: Literal["customer", "agent", "system"]
    kind: Literal["message", "reply", "internal_note"]
    author: str
    body: str
    attachments: list[str] = []
    at: Timestamp


class Rma(Wire):
    number: str
    items: list[LineQuantity]
    status: Literal["awaiting", "received"]
    approved_at: Timestamp
    received_at: Timestamp | None = None


class Ticket(Record):
    number: str
    created_at: Timestamp
    type: TicketType
    status: TicketStatus
    priority: Priority
    subject: str
    customer_id: int
    customer_name: str
    order_id: int | None = None
    order_number: str | None = None
    line_ids: list[int] = []
    assignee: str | None = None
    tags: list[str] = []
    requested_amount: int | None = None
    first_response_due: Timestamp | None = None
    next_response_due: Timestamp | None = None
    resolution_due: Timestamp | None = None
    first_responded_at: Timestamp | None = None
    resolved_at: Timestamp | None = None
    closed_at: Timestamp | None = None
    rma: Rma | None = None
    dispute_deadline: Timestamp | None = None
    replacement_order_id: int | None = Field(None, description="exchanges: the order that ships the replacement")
    replacement_order_number: str | None = None
    messages: list[TicketMessage] = []


# --- reviews and campaigns -----------------------------------------------------------------

class ReviewReply(Wire):
    body: str
    author: str
    at: Timestamp


class Review(Record):
    created_at: Timestamp
    listing_id: int
    variant_id: int | None = None
    order_id: int | None = None
    customer_id: int
    customer_name: str
    rating: int = Field(ge=1, le=5)
    title: str | None = None
    body: str
    language: Literal["en", "zh"]
    media_urls: list[str] = []
    status: ReviewStatus
    status_reason: str | None = None
    tags: list[str] = []
    reply: ReviewReply | None = None


class CampaignRules(Wire):
    percent_off: int | None = Field(None, ge=1, le=90)
    amount_off: int | None = Field(None, gt=0)
    threshold: int | None = Field(None, gt=0, description="spend_x_save_y: spend at least this much")
    save: int | None = Field(None, gt=0, description="spend_x_save_y: save this much")
    code: str | None = Field(None, description="coupon: the code customers type")
    usage_limit: int | None = Field(None, gt=0)
    per_customer_limit: int | None = Field(None, gt=0)
    stock_cap: int | None = Field(None, gt=0, description="flash_sale: units sold at the flash price")
    bundle_price: int | None = Field(None, gt=0, description="bundle: price of all listed products together")


class Campaign(Record):
    created_at: Timestamp
    name: str
    type: CampaignType
    status: CampaignStatus
    starts_at: Timestamp
    ends_at: Timestamp
    currency: str
    budget: int | None = Field(None, description="discount budget in minor units; owners only may set it")
    spent: int = 0
    redemptions: int = 0
    listing_ids: list[int] = Field([], description="products in scope; empty means the whole shop")
    rules: CampaignRules


class AnalyticsDaily(Record):
    date: str = Field(description="shop-local calendar date, YYYY-MM-DD")
    scope: AnalyticsScope
    scope_id: int | None = None
    visits: int
    sessions: int


# --- shop, users, auth ---------------------------------------------------------------------

class SlaTarget(Wire):
    first_response_hours: int
    next_response_hours: int
    resolution_hours: int


class Shop(Wire):
    id: int
    name: str
    currency: str
    timezone: str
    locale: str
    business_hours: dict[str, list[str]] = Field(description="weekday (mon..sun) -> [open, close] as HH:MM")
    holidays: list[str] = Field(description="YYYY-MM-DD dates with no business hours")
    sla: dict[str, SlaTarget] = Field(description="priority -> SLA targets in hours; the platform's due times count "
                                               "calendar hours, a client may apply business hours and holidays")


class User(Wire):
    id: int
    username: str
    role: Role
    display_name: str


class TokenRequest(Wire):
    username: str | None = None
    password: str | None = None
    refresh_token: str | None = None


class TokenResponse(Wire):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int
    role: Role
    shop: Shop


class Me(Wire):
    user: User
    permissions: list[str]
    shop: Shop


class CreateUser(Wire):
    username: str = Field(min_length=2, max_length=64, pattern=r"^[a-z0-9_.-]+$")
    password: str = Field(min_length=4)
    role: Role
    display_name: str = Field(min_length=1, max_length=100)


# --- request bodies ------------------------------------------------------------------------

class VariantInput(Wire):
    id: int | None = Field(None, description="an existing variant to change; absent for a new one")
    sku: str | None = Field(None, min_length=1, max_length=64)
    title: str | None = None
    price: int | None = None
    compare_at_price: int | None = None
    cost: int | None = None
    barcode: str | None = None
    weight_grams: int | None = Field(None, ge=0)
    options: dict[str, str] | None = None
    image_urls: list[str] | None = None


class ListingCreate(Wire):
    title: str = Field(min_length=1, max_length=500)
    description: str | None = None
    category: str = Field(min_length=1)
    brand: str | None = None
    tags: list[str] = []
    image_urls: list[str] = []
    variants: list[VariantInput] = Field(min_length=1)


class ListingPatch(Wire):
    title: str | None = Field(None, min_length=1, max_length=500)
    description: str | None = None
    category: str | None = Field(None, min_length=1)
    brand: str | None = None
    tags: list[str] | None = None
    image_urls: list[str] | None = None
    status: Literal["draft", "active", "delisted"] | None = None
    variants: list[VariantInput] | None = Field(None, description="variants to add or change, matched by id")


class SetPrice(Wire):
    price: int
    compare_at_price: int | None = None


class InventoryAdjust(Wire):
    delta: int = Field(description="units to add (positive) or remove (negative) from on_hand")
    reason: AdjustmentReason
    note: str | None = Field(None, max_length=500)


class ShipOrder(Wire):
    carrier: str = Field(min_length=1, max_length=64)
    tracking_number: str = Field(min_length=1, max_length=64)
    lines: list[LineQuantity] | None = Field(None, description="absent: every unfulfilled unit")


class CancelOrder(Wire):
    reason: str


class RefundOrder(Wire):
    amount: int = Field(description="minor units of the order's currency")
    reason: str
    lines: list[LineQuantity] = []
    restock: bool = False


class NoteBody(Wire):
    body: str = Field(max_length=5000)


class TicketCreate(Wire):
    type: TicketType
    subject: str = Field(min_length=1, max_length=300)
    customer_id: int
    order_id: int | None = None
    line_ids: list[int] = []
    priority: Priority = "normal"
    body: str = Field(min_length=1, max_length=20000, description="the first message, as the agent wrote it down")
    requested_amount: int | None = Field(None, ge=0)


class TicketPatch(Wire):
    priority: Priority | None = None
    tags: list[str] | None = None
    subject: str | None = Field(None, min_length=1, max_length=300)


class TicketTransition(Wire):
    to: TicketStatus
    note: str | None = None


class TicketMessageCreate(Wire):
    body: str
    kind: Literal["reply", "internal_note"] = "reply"
    attachments: list[str] = []


class TicketAssign(Wire):
    assignee: str | None = Field(description="a username, or null to unassign")


class RmaApprove(Wire):
    items: list[LineQuantity] = Field(min_length=1)


class ReplacementItem(Wire):
    line_id: int = Field(description="the returned order line this item replaces")
    variant_id: int = Field(description="the variant sent instead (another size or colour of the same product, "
                                        "or the same variant)")


class RmaReceive(Wire):
    restock: bool = True
    refund_amount: int = Field(0, ge=0, description="refund issued with the receipt; 0 for none")
    reason: str = "return received"
    replacements: list[ReplacementItem] | None = Field(
        None, description="exchanges: the variant sent instead of each returned line (absent: the same variants)")


class ReviewReplyBody(Wire):
    body: str


class ReasonBody(Wire):
    reason: str


class ReviewPatch(Wire):
    tags: list[str] = Field(description="the review's tags, replacing the ones it had (at most 20, each 1–40 "
                                        "characters; case-insensitive duplicates dropped)")


class CampaignCreate(Wire):
    name: str = Field(min_length=1, max_length=200)
    type: CampaignType
    starts_at: Timestamp
    ends_at: Timestamp
    budget: int | None = Field(None, ge=0)
    listing_ids: list[int] = []
    rules: CampaignRules
    status: Literal["draft", "scheduled"] = "scheduled"


class CampaignPatch(Wire):
    name: str | None = Field(None, min_length=1, max_length=200)
    starts_at: Timestamp | None = None
    ends_at: Timestamp | None = None
    budget: int | None = Field(None, ge=0)
    listing_ids: list[int] | None = None
    rules: CampaignRules | None = None


# --- envelopes -----------------------------------------------------------------------------

class ErrorBody(Wire):
    code: str = Field(description="machine-readable, stable: see docs/platform-api.md")
    message: str
    details: dict | list | None = None


class ErrorResponse(Wire):
    error: ErrorBody


class ConflictResponse(Wire):
    error: ErrorBody
    current: dict = Field(description="the record as the platform has it now")


class ChangeEvent(Wire):
    seq: int
    resource: str
    id: int
    kind: Literal["created", "updated", "deleted"]
    at: Timestamp


class EventsPage(Wire):
    events: list[ChangeEvent]
    next: int = Field(description="pass as ?since= on the next call")
    reset: bool = Field(False, description="true when `since` is older than the feed keeps: pull every resource")


def page_model(item: type[BaseModel]) -> type[BaseModel]:
    """The `{items, next_cursor, has_more}` envelope of one resource, for the OpenAPI document."""
    return type(
        f"{item.__name__}Page",
        (Wire,),
        {
            "__annotations__": {"items": list[item | Tombstone], "next_cursor": str, "has_more": bool},
            "__module__": __name__,
        },
    )


# resource name in URLs -> record model
RESOURCES: dict[str, type[Record]] = {
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
