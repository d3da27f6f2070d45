"""Who may do what on the platform: the permission table of docs/platform-api.md, as data."""

from __future__ import annotations

ROLES = ("owner", "merchant", "agent")

# permission -> roles that hold it
PERMISSIONS: dict[str, frozenset[str]] = {
    "catalog:read": frozenset(ROLES),            # listings, locations, inventory, adjustments
    "listings:write": frozenset({"owner", "merchant"}),   # create, edit, list/delist, delete
    "prices:write": frozenset({"owner", "merchant"}),
    "inventory:write": frozenset({"owner", "merchant"}),
    "orders:read": frozenset(ROLES),
    "orders:fulfil": frozenset({"owner", "merchant"}),    # confirm, ship, cancel
    "orders:refund": frozenset(ROLES),                    # agents refund on after-sales tickets
    "orders:note": frozenset(ROLES),
    "customers:read": frozenset(ROLES),
    "tickets:read": frozenset(ROLES),
    "tickets:write": frozenset(ROLES),
    "reviews:read": frozenset(ROLES),
    "reviews:write": frozenset(ROLES),                    # reply, hide, report
    "campaigns:read": frozenset(ROLES),
    "campaigns:write": frozenset({"owner", "merchant"}),
    "campaigns:budget": frozenset({"owner"}),
    "analytics:read": frozenset({"owner", "merchant"}),   # revenue reports and traffic
    "users:manage": frozenset({"owner"}),
}

# resource in URLs -> permission needed to read it
READ_PERMISSION: dict[str, str] = {
    "listings": "catalog:read",
    "locations": "catalog:read",
    "inventory": "catalog:read",
    "inventory_adjustments": "catalog:read",
    "customers": "customers:read",
    "orders": "orders:read",
    "tickets": "tickets:read",
    "reviews": "reviews:read",
    "campaigns": "campaigns:read",
    "analytics/daily": "analytics:read",
}


def allowed(role: str, permission: str) -> bool:
    return role in PERMISSIONS[permission]


def permissions_of(role: str) -> list[str]:
    return sorted(p for p, roles in PERMISSIONS.items() if role in roles)
