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
    "tickets.reply": QT_TRANSLATE_NOOP("codes", "Ticket reply"),
    "reviews.reply": QT_TRANSLATE_NOOP("codes", "Review reply"),
}


def join(items: list[str]) -> str:
    """A list in running text: "a, b, c" in English, "a、b、c" in Chinese."""
    return QCoreApplication.translate("labels", ", ").join(items)


def column(label: str) -> str:
    return QCoreApplication.translate("columns", label)


def code(value: str | None) -> str:
    if value is None:
        return ""
    source = CODES.get(value)
    return QCoreApplication.translate("codes", source) if source else value.replace("_", " ").capitalize()

