"""The tables of the local cache (SQLAlchemy 2.0 declarative models), one module per area.

Platform record tables mirror the platform's resources (docs/platform-api.md); their column
names are the record's field names, so a record flattened by the sync engine is a row as it is.
``RECORD_TABLES`` maps each platform resource name to its table. The other tables are the cache's
own bookkeeping (``sync``) and the audit log.
"""

from __future__ import annotations

from sqlalchemy import Table

from merchant_app.models.aftersales import Ticket
from merchant_app.models.aggregates import (
    AGGREGATE_TABLES,
    CampaignSalesDaily,
    CustomerFirstOrder,
    OrdersHourly,
    ProductSalesDaily,
    RefundsDaily,
    SalesDaily,
)
from merchant_app.models.audit import AuditEntry
from merchant_app.models.base import ISO_TIMESTAMP, NAMING_CONVENTION, OPTIONAL_JSON, Base, PlatformRecord, utc_now_iso
from merchant_app.models.campaigns import AnalyticsDaily, Campaign
from merchant_app.models.catalog import Listing, Variant
from merchant_app.models.customers import Customer
from merchant_app.models.inventory import InventoryAdjustment, InventoryLevel, Location, StockRule
from merchant_app.models.orders import Order, OrderLine
from merchant_app.models.preferences import Preference
from merchant_app.models.reviews import Review
from merchant_app.models.sync import CONFLICT_STATES, OUTBOX_STATES, Conflict, OutboxEntry, QuarantinedRecord, SyncState

_RECORD_MODELS: dict[str, type[Base]] = {
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

RECORD_TABLES: dict[str, Table] = {
    resource: Base.metadata.tables[model.__tablename__]
    for resource, model in _RECORD_MODELS.items()
}
"""Platform resource name (as in the URL) -> the cache table holding its records.

Variants travel inside their listing and order lines inside their order, so ``variants`` and
``order_lines`` are filled together with ``listings`` and ``orders`` and have no entry here."""

__all__ = [
    "AGGREGATE_TABLES",
    "CONFLICT_STATES",
    "ISO_TIMESTAMP",
    "NAMING_CONVENTION",
    "OPTIONAL_JSON",
    "OUTBOX_STATES",
    "RECORD_TABLES",
    "AnalyticsDaily",
    "AuditEntry",
    "Base",
    "Campaign",
    "CampaignSalesDaily",
    "Conflict",
    "Customer",
    "CustomerFirstOrder",
    "InventoryAdjustment",
    "InventoryLevel",
    "Listing",
    "Location",
    "Order",
    "OrderLine",
    "OrdersHourly",
    "OutboxEntry",
    "PlatformRecord",
    "ProductSalesDaily",
    "QuarantinedRecord",
    "RefundsDaily",
    "Review",
    "SalesDaily",
    "SyncState",
    "Ticket",
    "Variant",
    "utc_now_iso",
]
