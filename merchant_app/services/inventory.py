"""Stock: adjust what is on hand, with a reason."""

from __future__ import annotations

from sqlalchemy import select

from ..models import RECORD_TABLES
from .edits import Mutation, Params, ServiceError, register

LOCATIONS = RECORD_TABLES["locations"]

REASONS = ("received", "sold", "returned", "damaged", "lost", "correction", "cycle_count", "transfer")


def _check(conn, level: dict, p: Params) -> Params:
    delta, reason = p.get("delta"), p.get("reason")
    if not isinstance(delta, int) or isinstance(delta, bool) or delta == 0:
        raise ServiceError("invalid_quantity", "Adjust by a whole number of units other than zero.", "delta")
    if reason not in REASONS:
        raise ServiceError("invalid_reason", f"Pick a reason: {', '.join(REASONS)}.", "reason")
    backorder = conn.execute(select(LOCATIONS.c.allows_backorder).where(LOCATIONS.c.id == level["location_id"])).scalar()
    if level["available"] + delta < 0 and not backorder:
        raise ServiceError("insufficient_stock", f"Only {level['available']} available; cannot remove {-delta}.", "delta")
    note = p.get("note")
    if note is not None and len(note) > 500:
        raise ServiceError("note_too_long", "A note has at most 500 characters.", "note")
    return {"delta": delta, "reason": reason, "note": note}


def _apply(level: dict, p: Params, actor: str) -> None:
    level["on_hand"] += p["delta"]
    level["available"] = level["on_hand"] - level["committed"]


register(Mutation(
    "inventory.adjust", "inventory", "inventory:write", _check, _apply,
    lambda rec, p: ("POST", f"/inventory/{rec['id']}/adjust", {"delta": p["delta"], "reason": p["reason"],
                                                                 "note": p["note"]}),
))
