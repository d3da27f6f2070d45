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
    # the console's own: the platform serves customers to every role, the console shows their
    # personal data (name, e-mail, phone, street address) masked and reveals it per record, audited
    "customers:reveal": frozenset({"owner", "merchant"}),
}


class PermissionDenied(PermissionError):
    """The role may not do this; nothing was read or changed."""

    def __init__(self, role: str | None, permission: str) -> None:
        super().__init__(f"the {role or 'unknown'} role may not {permission}")
        self.role, self.permission = role, permission


def allowed(role: str, permission: str) -> bool:
    return role in PERMISSIONS[permission]


def require(role: str | None, permission: str) -> None:
    """The one check at a service's entry point: raises :class:`PermissionDenied` unless ``role`` has
    ``permission``."""
    if role is None or not allowed(role, permission):
        raise PermissionDenied(role, permission)
