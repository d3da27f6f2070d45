"""Customers' personal data: masked by default, revealed one record at a time with an audit entry.

What a support desk shows before anyone asks (Zendesk, Shopify's staff permissions): enough to
recognise the customer and talk about the order — an initial and the family name's first letter
("L. W***"), the phone's last four digits ("•••• 4821"), the e-mail's first letter and domain
("l***@example.com"), and of an address only the city, province and country. The whole record is
revealed by :func:`reveal`, for roles with ``customers:reveal`` (owners and merchants; the platform
serves customers to agents too, the console keeps them masked for agents), and every reveal — on
screen or for printing a packing slip — writes an audit entry: who, which record, which fields, why.
A reveal changes nothing on the platform, so its entry has no outbox key and is marked synced.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Engine

from ..models import Base, utc_now_iso
from .edits import Actor
from .permissions import require

MASK = "•"
AUDIT = Base.metadata.tables["audit_log"]

# resource → (table, the personal columns, the JSON address column or None)
PERSONAL: dict[str, tuple[str, tuple[str, ...], str | None]] = {
    "customers": ("customers", ("name", "email", "phone"), None),
    "orders": ("orders", ("customer_name", "customer_email", "customer_phone"), "shipping_address"),
    "tickets": ("tickets", ("customer_name",), None),
}
PURPOSES = ("view", "print")
ADDRESS_KEPT = ("country", "province", "city")


def mask_name(name: str | None) -> str:
    """``Li Wei`` → ``L. W***``; a name without spaces (``张伟``) keeps its first character: ``张**``."""
    if not name:
        return ""
    parts = name.split()
    if len(parts) == 1:
        return parts[0][:1] + "*" * max(2, min(len(parts[0]) - 1, 3))
    return f"{parts[0][:1]}. {parts[-1][:1]}***"


def mask_email(email: str | None) -> str:
    """``li.wei@example.com`` → ``l***@example.com``."""
    if not email:
        return ""
    name, at, domain = email.partition("@")
    return f"{name[:1]}***@{domain}" if at else name[:1] + "***"


def mask_phone(phone: str | None) -> str:
    """``+86 138 0013 4821`` → ``•••• 4821``."""
    if not phone:
        return ""
    digits = "".join(ch for ch in phone if ch.isdigit())
    return f"{MASK * 4} {digits[-4:]}" if len(digits) > 4 else MASK * 4


def mask_address(address: dict[str, Any] | None) -> dict[str, Any] | None:
    """The city, province and country of an address; the street, postcode, name and phone gone."""
    if address is None:
        return None
    return {key: address.get(key) for key in ADDRESS_KEPT if address.get(key) is not None}


MASKS = {"name": mask_name, "customer_name": mask_name, "email": mask_email, "customer_email": mask_email,
         "phone": mask_phone, "customer_phone": mask_phone}


def masked(resource: str, record: dict[str, Any]) -> dict[str, Any]:
    """A copy of a cached record (a row as a mapping) with its personal fields masked."""
    _, columns, address = PERSONAL[resource]
    out = dict(record)
    for column in columns:
        if column in out:
            out[column] = MASKS[column](out[column])
    if address and address in out:
        out[address] = mask_address(out[address])
    return out


def reveal(engine: Engine, actor: Actor, resource: str, record_id: int, purpose: str = "view") -> dict[str, Any]:
    """The personal fields of one record in full ({column: value}), audited; raises
    ``PermissionDenied`` (nothing read, nothing written) for a role without ``customers:reveal`` and
    ``LookupError`` for a record not in the cache."""
    require(actor.role, "customers:reveal")
    if purpose not in PURPOSES:
        raise ValueError(f"purpose is one of {', '.join(PURPOSES)}")
    table_name, columns, address = PERSONAL[resource]
    table = Base.metadata.tables[table_name]
    names = columns + ((address,) if address else ())
    with engine.begin() as conn:
        row = conn.execute(select(*(table.c[n] for n in names)).where(table.c.id == record_id)).mappings().first()
        if row is None:
            raise LookupError(f"no {resource} record {record_id} in this cache")
        conn.execute(insert(AUDIT).values(
            at=utc_now_iso(), actor=actor.username, action=f"{resource}.reveal", resource=resource,
            record_id=record_id, before=None, after={"fields": list(names), "purpose": purpose},
            outbox_key=None, synced=True))
    return dict(row)
