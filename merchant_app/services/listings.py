"""Listings: edit, price, put on sale and take off sale."""

from __future__ import annotations

from ..sync.mapping import read_record
from .edits import Mutation, Params, ServiceError, register

EDITABLE = ("title", "description", "category", "brand", "tags")
TRANSITIONS = {"draft": ("active",), "active": ("delisted",), "delisted": ("active", "draft"), "blocked_by_platform": ()}


def _not_blocked(record: dict) -> None:
    if record["status"] == "blocked_by_platform":
        raise ServiceError("listing_blocked", f"The platform blocked this listing: {record.get('blocked_reason')}")


def _check_price(price, compare_at, field: str = "price") -> tuple[int, int | None]:
    if not isinstance(price, int) or isinstance(price, bool) or price <= 0:
        raise ServiceError("invalid_price", "A price must be a positive amount.", field)
    if price > 10**11:
        raise ServiceError("invalid_price", "That price is implausibly large.", field)
    if compare_at is not None and (not isinstance(compare_at, int) or compare_at <= price):
        raise ServiceError("compare_at_below_price", "The compare-at price must be above the price.", "compare_at_price")
    return price, compare_at


def _check_update(conn, record: dict, p: Params) -> Params:
    _not_blocked(record)
    unknown = set(p) - set(EDITABLE) - {"status"}
    if unknown:
        raise ServiceError("invalid_field", f"These cannot be edited here: {', '.join(sorted(unknown))}.")
    if not p:
        raise ServiceError("nothing_to_change", "Nothing to change.")
    if "title" in p:
        title = (p["title"] or "").strip()
        if not title:
            raise ServiceError("title_required", "A listing needs a title.", "title")
        if len(title) > 500:
            raise ServiceError("title_too_long", "A title has at most 500 characters.", "title")
        p["title"] = title
    if "category" in p and not (p["category"] or "").strip():
        raise ServiceError("category_required", "A listing needs a category.", "category")
    if "tags" in p and (not isinstance(p["tags"], list) or not all(isinstance(t, str) for t in p["tags"])):
        raise ServiceError("invalid_tags", "Tags are a list of words.", "tags")
    if "status" in p and p["status"] != record["status"] and p["status"] not in TRANSITIONS[record["status"]]:
        raise ServiceError("invalid_transition", f"A {record['status']} listing cannot become {p['status']}.", "status")
    return p


def _apply_update(record: dict, p: Params, actor: str) -> None:
    record.update(p)


register(Mutation(
    "listings.update", "listings", "listings:write", _check_update, _apply_update,
    lambda rec, p: ("PATCH", f"/listings/{rec['id']}", dict(p)),
))


def _check_price_params(conn, record: dict, p: Params) -> Params:
    _not_blocked(record)
    variant = next((v for v in record["variants"] if v["id"] == p.get("variant_id")), None)
    if variant is None:
        raise ServiceError("variant_not_found", f"This listing has no variant {p.get('variant_id')}.", "variant_id")
    price, compare_at = _check_price(p.get("price"), p.get("compare_at_price"))
    return {"variant_id": variant["id"], "price": price, "compare_at_price": compare_at}


def _apply_price(record: dict, p: Params, actor: str) -> None:
    variant = next(v for v in record["variants"] if v["id"] == p["variant_id"])
    variant["price"], variant["compare_at_price"] = p["price"], p["compare_at_price"]


register(Mutation(
    "listings.set_price", "listings", "prices:write", _check_price_params, _apply_price,
    lambda rec, p: ("POST", f"/listings/{rec['id']}/variants/{p['variant_id']}/price",
                    {"price": p["price"], "compare_at_price": p["compare_at_price"]}),
))


# --- bulk price change ---------------------------------------------------------------------------

BULK_MODES = ("percent", "amount", "set")


def plan_price_change(engine, listing_ids: list[int], mode: str, value: float,
                      round_to: int = 0) -> list[dict]:
    """What a bulk price change would do, variant by variant, before anything is changed.

    ``mode``: ``percent`` (``value`` = +10 for 10 % up, -15 for 15 % down), ``amount`` (``value`` in
    minor units, added; negative lowers) or ``set`` (``value`` in minor units). ``round_to`` rounds
    the new prices to a step in minor units (``100``: whole yuan), away from zero. Each line says
    the old and new price and, when the new price cannot be set, why (``error``). A compare-at price
    at or below the new price is cleared, and the line says so.
    """
    if mode not in BULK_MODES:
        raise ServiceError("invalid_mode", f"Choose one of {', '.join(BULK_MODES)}.", "mode")
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise ServiceError("invalid_amount", "The change must be a number.", "value")
    if mode == "percent" and not -95 <= value <= 1000:
        raise ServiceError("invalid_amount", "A percentage change goes from -95 % to +1000 %.", "value")
    if not listing_ids:
        raise ServiceError("nothing_selected", "Select the listings to change first.")
    lines = []
    with engine.connect() as conn:
        for listing_id in listing_ids:
            record = read_record(conn, "listings", listing_id)
            if record is None:
                continue
            for v in record["variants"]:
                old = v["price"]
                if mode == "percent":
                    new = old * (100 + value) / 100
                elif mode == "amount":
                    new = old + value
                else:
                    new = value
                new = int(round(new))
                if round_to > 1:
                    new = -(-new // round_to) * round_to
                line = {"listing_id": listing_id, "variant_id": v["id"], "sku": v["sku"], "title": record["title"],
                        "currency": record.get("currency"), "old": old, "new": new,
                        "compare_at_price": v.get("compare_at_price"), "error": None, "note": None}
                if record["status"] == "blocked_by_platform":
                    line["error"] = "The platform blocked this listing."
                elif new <= 0:
                    line["error"] = "The new price would be zero or less."
                elif new > 10**11:
                    line["error"] = "The new price is implausibly large."
                if line["compare_at_price"] is not None and line["compare_at_price"] <= new:
                    line["compare_at_price"] = None
                    line["note"] = "compare-at price cleared (not above the new price)"
                lines.append(line)
    return lines


def price_steps(plan: list[dict]) -> list[tuple[str, int, dict]]:
    """The service steps that carry out a plan (only lines that change and have no error)."""
    bad = [line for line in plan if line["error"]]
    if bad:
        raise ServiceError("plan_has_errors", f"{len(bad)} price(s) cannot be set: "
                           f"{bad[0]['sku']}: {bad[0]['error']}")
    return [("listings.set_price", line["listing_id"],
             {"variant_id": line["variant_id"], "price": line["new"], "compare_at_price": line["compare_at_price"]})
            for line in plan if line["new"] != line["old"]]
