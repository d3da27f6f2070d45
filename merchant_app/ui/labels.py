"""Display names of the platform's codes (statuses, reasons...) and of the columns the core defines.

The core speaks in codes and English labels; these tables give lupdate the strings to translate and
the views one place to look them up.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

COLUMN_LABELS = [
    QT_TRANSLATE_NOOP("columns", "Title"), QT_TRANSLATE_NOOP("columns", "Status"),
    QT_TRANSLATE_NOOP("columns", "Category"), QT_TRANSLATE_NOOP("columns", "Price"),
    QT_TRANSLATE_NOOP("columns", "Available"), QT_TRANSLATE_NOOP("columns", "Variants"),
    QT_TRANSLATE_NOOP("columns", "Complete"), QT_TRANSLATE_NOOP("columns", "Updated"),
    QT_TRANSLATE_NOOP("columns", "SKU"), QT_TRANSLATE_NOOP("columns", "Product"),
    QT_TRANSLATE_NOOP("columns", "Variant"), QT_TRANSLATE_NOOP("columns", "Location"),
    QT_TRANSLATE_NOOP("columns", "On hand"), QT_TRANSLATE_NOOP("columns", "Committed"),
    QT_TRANSLATE_NOOP("columns", "Order"), QT_TRANSLATE_NOOP("columns", "Placed"),
    QT_TRANSLATE_NOOP("columns", "Customer"), QT_TRANSLATE_NOOP("columns", "Total"),
    QT_TRANSLATE_NOOP("columns", "Payment"), QT_TRANSLATE_NOOP("columns", "Channel"),
    QT_TRANSLATE_NOOP("columns", "Payment status"), QT_TRANSLATE_NOOP("columns", "Fulfilment"),
    QT_TRANSLATE_NOOP("columns", "Risk"),
    QT_TRANSLATE_NOOP("columns", "Ticket"), QT_TRANSLATE_NOOP("columns", "Subject"),
    QT_TRANSLATE_NOOP("columns", "Type"), QT_TRANSLATE_NOOP("columns", "Priority"),
    QT_TRANSLATE_NOOP("columns", "Assignee"), QT_TRANSLATE_NOOP("columns", "Next due"),
    QT_TRANSLATE_NOOP("columns", "Last message"),
    # campaigns (and "Type" above)
    QT_TRANSLATE_NOOP("columns", "Name"), QT_TRANSLATE_NOOP("columns", "Starts"),
    QT_TRANSLATE_NOOP("columns", "Ends"), QT_TRANSLATE_NOOP("columns", "Budget"),
    QT_TRANSLATE_NOOP("columns", "Spent"), QT_TRANSLATE_NOOP("columns", "Redemptions"),
    QT_TRANSLATE_NOOP("columns", "Products"),
    # reviews
    QT_TRANSLATE_NOOP("columns", "Date"), QT_TRANSLATE_NOOP("columns", "Rating"),
    QT_TRANSLATE_NOOP("columns", "Review"), QT_TRANSLATE_NOOP("columns", "Replied"),
    QT_TRANSLATE_NOOP("columns", "Language"),
    # the audit log
    QT_TRANSLATE_NOOP("columns", "When"), QT_TRANSLATE_NOOP("columns", "Who"),
    QT_TRANSLATE_NOOP("columns", "Change"), QT_TRANSLATE_NOOP("columns", "Record"),
    QT_TRANSLATE_NOOP("columns", "Before → after"), QT_TRANSLATE_NOOP("columns", "Synced"),
]

CODES = {
    # listing status
    "draft": QT_TRANSLATE_NOOP("codes", "Draft"),
    "active": QT_TRANSLATE_NOOP("codes", "Active"),
    "delisted": QT_TRANSLATE_NOOP("codes", "Delisted"),
    "blocked_by_platform": QT_TRANSLATE_NOOP("codes", "Blocked by platform"),
    # stock state
    "in": QT_TRANSLATE_NOOP("codes", "In stock"),
    "low_or_out": QT_TRANSLATE_NOOP("codes", "Low or out of stock"),
    "low": QT_TRANSLATE_NOOP("codes", "Low stock"),
    "out": QT_TRANSLATE_NOOP("codes", "Out of stock"),
    # completeness
    "no_image": QT_TRANSLATE_NOOP("codes", "No image"),
    "short_description": QT_TRANSLATE_NOOP("codes", "Short description"),
    "no_barcode": QT_TRANSLATE_NOOP("codes", "No barcode"),
    "any": QT_TRANSLATE_NOOP("codes", "Anything missing"),
    # stock adjustment reasons
    "received": QT_TRANSLATE_NOOP("codes", "Received"),
    "sold": QT_TRANSLATE_NOOP("codes", "Sold"),
    "returned": QT_TRANSLATE_NOOP("codes", "Return restock"),
    "damaged": QT_TRANSLATE_NOOP("codes", "Damaged"),
    "lost": QT_TRANSLATE_NOOP("codes", "Lost"),
    "correction": QT_TRANSLATE_NOOP("codes", "Count correction"),
    "cycle_count": QT_TRANSLATE_NOOP("codes", "Cycle count"),
    "transfer": QT_TRANSLATE_NOOP("codes", "Transfer"),
    # roles
    "owner": QT_TRANSLATE_NOOP("codes", "Owner"),
    "merchant": QT_TRANSLATE_NOOP("codes", "Merchant"),
    "agent": QT_TRANSLATE_NOOP("codes", "Agent"),
    # resources, as the sync names them
    "listings": QT_TRANSLATE_NOOP("codes", "listings"),
    "locations": QT_TRANSLATE_NOOP("codes", "locations"),
    "inventory": QT_TRANSLATE_NOOP("codes", "stock levels"),
    "inventory_adjustments": QT_TRANSLATE_NOOP("codes", "stock movements"),
    "customers": QT_TRANSLATE_NOOP("codes", "customers"),
    "orders": QT_TRANSLATE_NOOP("codes", "orders"),
    "tickets": QT_TRANSLATE_NOOP("codes", "after-sales tickets"),
    "reviews": QT_TRANSLATE_NOOP("codes", "reviews"),
    "campaigns": QT_TRANSLATE_NOOP("codes", "campaigns"),
    "analytics/daily": QT_TRANSLATE_NOOP("codes", "traffic figures"),
    # service actions, as the outbox names them
    "listings.update": QT_TRANSLATE_NOOP("codes", "Edit listing"),
    "listings.set_price": QT_TRANSLATE_NOOP("codes", "Change price"),
    "inventory.adjust": QT_TRANSLATE_NOOP("codes", "Adjust stock"),
    "orders.add_note": QT_TRANSLATE_NOOP("codes", "Order note"),
    "orders.confirm": QT_TRANSLATE_NOOP("codes", "Confirm order"),
    "orders.ship": QT_TRANSLATE_NOOP("codes", "Ship order"),
    "orders.cancel": QT_TRANSLATE_NOOP("codes", "Cancel order"),
    "orders.refund": QT_TRANSLATE_NOOP("codes", "Refund order"),
    "tickets.reply": QT_TRANSLATE_NOOP("codes", "Ticket reply"),
    "tickets.assign": QT_TRANSLATE_NOOP("codes", "Assign ticket"),
    "tickets.transition": QT_TRANSLATE_NOOP("codes", "Ticket status"),
    "tickets.set_priority": QT_TRANSLATE_NOOP("codes", "Ticket priority"),
    "tickets.approve_return": QT_TRANSLATE_NOOP("codes", "Approve return"),
    "tickets.receive_return": QT_TRANSLATE_NOOP("codes", "Receive return"),
    "reviews.reply": QT_TRANSLATE_NOOP("codes", "Review reply"),
    # order status
    "pending_payment": QT_TRANSLATE_NOOP("codes", "Pending payment"),
    "paid": QT_TRANSLATE_NOOP("codes", "Paid"),
    "processing": QT_TRANSLATE_NOOP("codes", "Processing"),
    "partially_shipped": QT_TRANSLATE_NOOP("codes", "Partially shipped"),
    "shipped": QT_TRANSLATE_NOOP("codes", "Shipped"),
    "delivered": QT_TRANSLATE_NOOP("codes", "Delivered"),
    "completed": QT_TRANSLATE_NOOP("codes", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("codes", "Cancelled"),
    "to_ship": QT_TRANSLATE_NOOP("codes", "To ship"),
    # payment status (and "paid" above)
    "pending": QT_TRANSLATE_NOOP("codes", "Pending"),
    "partially_refunded": QT_TRANSLATE_NOOP("codes", "Partially refunded"),
    "refunded": QT_TRANSLATE_NOOP("codes", "Refunded"),
    "voided": QT_TRANSLATE_NOOP("codes", "Voided"),
    # fulfilment status
    "unfulfilled": QT_TRANSLATE_NOOP("codes", "Unfulfilled"),
    "partial": QT_TRANSLATE_NOOP("codes", "Partially fulfilled"),
    "fulfilled": QT_TRANSLATE_NOOP("codes", "Fulfilled"),
    # a shipment's status (prefixed: "returned" is a stock reason)
    "shipment_in_transit": QT_TRANSLATE_NOOP("codes", "In transit"),
    "shipment_delivered": QT_TRANSLATE_NOOP("codes", "Delivered"),
    "shipment_returned": QT_TRANSLATE_NOOP("codes", "Returned"),
    # payment methods
    "alipay": QT_TRANSLATE_NOOP("codes", "Alipay"),
    "wechat_pay": QT_TRANSLATE_NOOP("codes", "WeChat Pay"),
    "card": QT_TRANSLATE_NOOP("codes", "Card"),
    "unionpay": QT_TRANSLATE_NOOP("codes", "UnionPay"),
    "cash_on_delivery": QT_TRANSLATE_NOOP("codes", "Cash on delivery"),
    # sales channels
    "online_store": QT_TRANSLATE_NOOP("codes", "Online store"),
    "mobile_app": QT_TRANSLATE_NOOP("codes", "Mobile app"),
    "wechat_mini_program": QT_TRANSLATE_NOOP("codes", "WeChat mini program"),
    "marketplace": QT_TRANSLATE_NOOP("codes", "Marketplace"),
    "social": QT_TRANSLATE_NOOP("codes", "Social"),
    "pos": QT_TRANSLATE_NOOP("codes", "Point of sale"),
    # an order's risk level (prefixed: "low" is a stock state)
    "risk_low": QT_TRANSLATE_NOOP("codes", "Low"),
    "risk_medium": QT_TRANSLATE_NOOP("codes", "Medium"),
    "risk_high": QT_TRANSLATE_NOOP("codes", "High"),
    # an order's timeline (prefixed where the word differs from the status)
    "event_created": QT_TRANSLATE_NOOP("codes", "Placed"),
    "event_confirmed": QT_TRANSLATE_NOOP("codes", "Confirmed"),
    "event_note": QT_TRANSLATE_NOOP("codes", "Note"),
    # after-sales tickets: status and type
    "new": QT_TRANSLATE_NOOP("codes", "New"),
    "open": QT_TRANSLATE_NOOP("codes", "Open"),
    "awaiting_customer": QT_TRANSLATE_NOOP("codes", "Awaiting customer"),
    "awaiting_return": QT_TRANSLATE_NOOP("codes", "Awaiting return"),
    "escalated": QT_TRANSLATE_NOOP("codes", "Escalated"),
    "resolved": QT_TRANSLATE_NOOP("codes", "Resolved"),
    "closed": QT_TRANSLATE_NOOP("codes", "Closed"),
    "reopened": QT_TRANSLATE_NOOP("codes", "Reopened"),
    "return": QT_TRANSLATE_NOOP("codes", "Return"),
    "refund_only": QT_TRANSLATE_NOOP("codes", "Refund only"),
    "exchange": QT_TRANSLATE_NOOP("codes", "Exchange"),
    "repair": QT_TRANSLATE_NOOP("codes", "Repair"),
    "complaint": QT_TRANSLATE_NOOP("codes", "Complaint"),
    "inquiry": QT_TRANSLATE_NOOP("codes", "Inquiry"),
    "dispute": QT_TRANSLATE_NOOP("codes", "Dispute"),
    # a ticket's priority (prefixed: "low" is a stock state, "high" a risk level)
    "priority_urgent": QT_TRANSLATE_NOOP("codes", "Urgent"),
    "priority_high": QT_TRANSLATE_NOOP("codes", "High"),
    "priority_normal": QT_TRANSLATE_NOOP("codes", "Normal"),
    "priority_low": QT_TRANSLATE_NOOP("codes", "Low"),
    # a return authorisation (RMA) (prefixed: "received" is a stock reason)
    "rma_awaiting": QT_TRANSLATE_NOOP("codes", "Awaiting the parcel"),
    "rma_received": QT_TRANSLATE_NOOP("codes", "Received"),
    # a ticket message's kind
    "message_message": QT_TRANSLATE_NOOP("codes", "Message"),
    "message_reply": QT_TRANSLATE_NOOP("codes", "Reply"),
    "message_internal_note": QT_TRANSLATE_NOOP("codes", "Internal note"),
    # a campaign's status and type, prefixed (labels.prefixed_code("campaign_", ...)): "active" is also a
    # listing's status, with another meaning; "draft" and "cancelled" read as for listings and orders
    "campaign_active": QT_TRANSLATE_NOOP("codes", "Running"),
    "campaign_scheduled": QT_TRANSLATE_NOOP("codes", "Scheduled"),
    "campaign_paused": QT_TRANSLATE_NOOP("codes", "Paused"),
    "campaign_ended": QT_TRANSLATE_NOOP("codes", "Ended"),
    "campaign_percent_off": QT_TRANSLATE_NOOP("codes", "Percent off"),
    "campaign_amount_off": QT_TRANSLATE_NOOP("codes", "Amount off"),
    "campaign_spend_x_save_y": QT_TRANSLATE_NOOP("codes", "Spend and save"),
    "campaign_coupon": QT_TRANSLATE_NOOP("codes", "Coupon"),
    "campaign_flash_sale": QT_TRANSLATE_NOOP("codes", "Flash sale"),
    "campaign_bundle": QT_TRANSLATE_NOOP("codes", "Bundle"),
    # a review's status
    "published": QT_TRANSLATE_NOOP("codes", "Published"),
    "hidden": QT_TRANSLATE_NOOP("codes", "Hidden"),
    "reported": QT_TRANSLATE_NOOP("codes", "Reported"),
    # a review's language (prefixed: the bare codes are too short to be names of their own)
    "lang_en": QT_TRANSLATE_NOOP("codes", "English"),
    "lang_zh": QT_TRANSLATE_NOOP("codes", "Chinese"),
}


SERVICE_ERRORS = {
    # why an order action cannot be done (services.orders.refusal), and the services' input checks
    "forbidden": QT_TRANSLATE_NOOP("errors", "Your role may not do this."),
    "cannot_confirm": QT_TRANSLATE_NOOP("errors", "Only a paid order can be confirmed."),
    "order_cancelled": QT_TRANSLATE_NOOP("errors", "This order was cancelled."),
    "ship.order_not_paid": QT_TRANSLATE_NOOP("errors", "Not paid yet: it ships once paid (cash on delivery ships "
                                                       "before payment)."),
    "nothing_to_ship": QT_TRANSLATE_NOOP("errors", "Nothing left to ship: every unit has shipped or was refunded."),
    "already_cancelled": QT_TRANSLATE_NOOP("errors", "This order is already cancelled."),
    "cancel_after_shipment": QT_TRANSLATE_NOOP("errors", "Part of this order has shipped: refund it instead of "
                                                         "cancelling."),
    "order_not_paid": QT_TRANSLATE_NOOP("errors", "This order has no payment to refund."),
    "fully_refunded": QT_TRANSLATE_NOOP("errors", "This order is refunded in full already."),
    "reason_required": QT_TRANSLATE_NOOP("errors", "Give a reason."),
    "carrier_required": QT_TRANSLATE_NOOP("errors", "Name the carrier."),
    "tracking_required": QT_TRANSLATE_NOOP("errors", "Enter the tracking number."),
    "invalid_tracking": QT_TRANSLATE_NOOP("errors", "That is not a tracking number: 4 to 64 letters, digits or "
                                                    "dashes."),
    "nothing_chosen": QT_TRANSLATE_NOOP("errors", "Choose at least one unit to ship."),
    "risk_not_confirmed": QT_TRANSLATE_NOOP("errors", "This order is high risk: confirm that it ships."),
    "refund_exceeds_paid": QT_TRANSLATE_NOOP("errors", "That is more than can still be refunded on this order."),
    "empty_text": QT_TRANSLATE_NOOP("errors", "Write something first."),
    # tickets (services.tickets.refusal)
    "ticket_closed": QT_TRANSLATE_NOOP("errors", "This ticket is closed: reopen it first."),
    "no_transition": QT_TRANSLATE_NOOP("errors", "This ticket cannot change state now."),
    "rma_not_allowed": QT_TRANSLATE_NOOP("errors", "Only return and exchange tickets have a return to approve."),
    "rma_exists": QT_TRANSLATE_NOOP("errors", "The return is approved already."),
    "order_required": QT_TRANSLATE_NOOP("errors", "This ticket has no order to return goods from."),
    "approve_return.invalid_transition": QT_TRANSLATE_NOOP("errors", "Open the ticket first: a return is approved "
                                                                     "from an open ticket."),
    "rma_not_awaiting": QT_TRANSLATE_NOOP("errors", "No approved return is waiting to be received."),
    "nothing_to_change": QT_TRANSLATE_NOOP("errors", "Nothing to change."),
    # reviews (services.reviews.refusal) and tickets opened from them
    "review_already_hidden": QT_TRANSLATE_NOOP("errors", "This review is hidden already."),
    "review_not_hidden": QT_TRANSLATE_NOOP("errors", "Only a hidden review can be published again."),
    "review_not_published": QT_TRANSLATE_NOOP("errors", "Only a published review can be reported."),
    "review_not_negative": QT_TRANSLATE_NOOP("errors", "Only a one- or two-star review opens a ticket."),
    "review_without_order": QT_TRANSLATE_NOOP("errors", "This review is not about an order: there is nothing to open "
                                                        "a ticket on."),
    "order_has_ticket": QT_TRANSLATE_NOOP("errors", "This order already has an open ticket."),
    "ticket.order_not_found": QT_TRANSLATE_NOOP("errors", "The order is not in this computer's copy yet: sync, then "
                                                          "try again."),
    "not_synced_yet": QT_TRANSLATE_NOOP("errors", "Not on the platform yet: it can change once it has synced."),
    "reason_too_long": QT_TRANSLATE_NOOP("errors", "A reason has at most 1000 characters."),
    "tag_too_long": QT_TRANSLATE_NOOP("errors", "A tag has at most 40 characters."),
    "too_many_tags": QT_TRANSLATE_NOOP("errors", "A review has at most 20 tags."),
    "tag.nothing_to_change": QT_TRANSLATE_NOOP("errors", "The review already has these tags."),
    "reply.text_too_long": QT_TRANSLATE_NOOP("errors", "A reply has at most 2000 characters."),
    # campaigns (services.campaigns.refusal and the checks of a change)
    "campaign_ended": QT_TRANSLATE_NOOP("errors", "This campaign has ended or was cancelled: it can no longer change."),
    "campaign_over": QT_TRANSLATE_NOOP("errors", "Its dates are over: change its end first."),
    "schedule.invalid_transition": QT_TRANSLATE_NOOP("errors", "Only a draft can be scheduled."),
    "pause.invalid_transition": QT_TRANSLATE_NOOP("errors", "Only a running or scheduled campaign can be paused."),
    "resume.invalid_transition": QT_TRANSLATE_NOOP("errors", "Only a paused campaign can be resumed."),
    "cancel.invalid_transition": QT_TRANSLATE_NOOP("errors", "This campaign can no longer be cancelled."),
    "campaign_overlap": QT_TRANSLATE_NOOP("errors", "Other campaigns run on these products at the same time: tick "
                                                    "the box to go on."),
    "below_margin_floor": QT_TRANSLATE_NOOP("errors", "Some variants would sell under the margin floor: tick the box "
                                                      "to go on."),
    "invalid_schedule": QT_TRANSLATE_NOOP("errors", "The campaign must end after it starts."),
    "campaign_active": QT_TRANSLATE_NOOP("errors", "A running campaign's start cannot move."),
    # the cache had no room for the change (services.workspace): nothing of it was saved
    "disk_full": QT_TRANSLATE_NOOP("errors", "The disk is full: nothing was saved. Free some space on this "
                                             "computer and try again."),
}
"""Messages for the services' error codes, by ``action.code`` where one code means different things
per action, else by code. A code not listed shows the service's own message (it carries specifics,
such as which SKU has too few units left)."""


def service_error(err, action: str | None = None) -> str:
    """What to tell the user about a ServiceError (a refusal, or bad input), in their language."""
    source = SERVICE_ERRORS.get(f"{action}.{err.code}") or SERVICE_ERRORS.get(err.code)
    return QCoreApplication.translate("errors", source) if source else err.message


def join(items: list[str]) -> str:
    """A list in running text: "a, b, c" in English, "a、b、c" in Chinese."""
    return QCoreApplication.translate("labels", ", ").join(items)


def column(label: str) -> str:
    return QCoreApplication.translate("columns", label)


def prefixed_code(prefix: str, value: str | None) -> str:
    """The name of a code kept under a prefix where the bare code means something else
    (``risk_low`` beside the stock state ``low``); the bare code's name otherwise."""
    if value is None:
        return ""
    return code(prefix + value) if prefix + value in CODES else code(value)


def code(value: str | None) -> str:
    if value is None:
        return ""
    source = CODES.get(value)
    return QCoreApplication.translate("codes", source) if source else value.replace("_", " ").capitalize()

