"""Who may do what, as the platform grants it (docs/platform-api.md, "Roles and permissions").

The console enforces the same table before anything is queued, so that an edit the platform would
refuse for the role is refused at once, with a clear message, instead of failing at push time.
"""

from __future__ import annotations

ROLES = ("owner", "merchant", "agent")

PERMISSIONS: dict[str, frozenset[str]] = {
    "listings:write": frozenset({"owner", "merchant"}),
    "prices:write": frozenset({"owner", "merchant"}),
    "inventory:write": frozenset({"owner", "merchant"}),
    "orders:fulfil": frozenset({"owner", "merchant"}),
    "orders:refund": frozenset(ROLES),
    "orders:note": frozenset(ROLES),
    "tickets:write": frozenset(ROLES),
    "reviews:write": frozenset(ROLES),
    "campaigns:write": frozenset({"owner", "merchant"}),
    "campaigns:budget": frozenset({"owner"}),
    "analytics:read": frozenset({"owner", "merchant"}),
}


def allowed(role: str, permission: str) -> bool:
    return role in PERMISSIONS[permission]
