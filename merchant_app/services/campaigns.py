"""Campaigns: create, change, schedule, pause, resume and cancel them, with the checks a merchant needs before
a discount runs (issue 6).

The platform checks a campaign's own rules (dates, the fields each type needs). The console adds
what only a view of the whole shop can say, before anything is queued: another campaign running on
the same products at the same time (:func:`overlaps`), a discount that leaves less margin than the
shop's floor over the variants' cost (:func:`below_floor`; the floor is a preference,
``campaigns.margin_floor_percent``), and products likely to sell out at the expected uplift
(:func:`sell_outs`, a warning only). The first two refuse the change unless the user accepts them
(``accept_overlap``, ``accept_below_floor``), as shipping a high-risk order needs a tick.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, Engine, func, select

from ..models import RECORD_TABLES, Base
from .edits import Mutation, Params, ServiceError, register
from .permissions import allowed

CAMPAIGNS = RECORD_TABLES["campaigns"]
VARIANTS = Base.metadata.tables["variants"]
LINES = Base.metadata.tables["order_lines"]
ORDERS = RECORD_TABLES["orders"]
LEVELS = RECORD_TABLES["inventory"]
PREFERENCES = Base.metadata.tables["preferences"]

MARGIN_FLOOR_KEY = "campaigns.margin_floor_percent"
MARGIN_FLOOR_DEFAULT = 10
TYPES = ("percent_off", "amount_off", "spend_x_save_y", "coupon", "flash_sale", "bundle")
LIVE = ("draft", "scheduled", "active", "paused")
STATUS_ACTIONS = {"schedule": ("draft",), "pause": ("active", "scheduled"), "resume": ("paused",),
                  "cancel": ("scheduled", "active", "paused")}
EDITABLE = ("name", "starts_at", "ends_at", "budget", "listing_ids", "rules")
DEMAND_DAYS = 30


def _now() -> datetime:
    return datetime.now(UTC)


def _when(value, name: str) -> datetime:
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            raise ServiceError("invalid_date", f"{name} is not a date and time.", name) from None
    if moment.tzinfo is None:
        raise ServiceError("invalid_date", f"{name} needs a time zone.", name)
    return moment.astimezone(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def status_by_time(starts_at: str, ends_at: str, now: datetime | None = None) -> str:
    now = now or _now()
    if _when(ends_at, "ends_at") <= now:
        return "ended"
    return "active" if _when(starts_at, "starts_at") <= now else "scheduled"


def refusal(campaign: dict, action: str, role: str) -> ServiceError | None:
    """Why ``action`` (edit, schedule, pause, resume, cancel) cannot be done now, or None."""
    if not allowed(role, "campaigns:write"):
        return ServiceError("forbidden", f"Your role ({role}) may not change campaigns.")
    status = campaign["status"]
    if action == "edit":
        if status in ("ended", "cancelled"):
            return ServiceError("campaign_ended", f"The campaign has {status}; it can no longer change.")
        return None
    if status not in STATUS_ACTIONS[action]:
        return ServiceError("invalid_transition", f"A {status} campaign cannot be {action}d.")
    if action in ("resume", "schedule") and _when(campaign["ends_at"], "ends_at") <= _now():
        return ServiceError("campaign_over", "The campaign's dates are over: change its end first.")
    return None


def rule_problems(kind: str, rules: dict, listing_ids: list[int]) -> list[str]:
    """What a campaign of this type lacks, as the platform would say it (empty: nothing)."""
    problems = []
    r = rules or {}
    percent, amount = r.get("percent_off"), r.get("amount_off")
    if percent is not None and not (isinstance(percent, int) and 1 <= percent <= 90):
        problems.append("percent_off goes from 1 to 90")
    if kind == "percent_off" and not percent:
        problems.append("percent_off is required")
    if kind == "amount_off" and not amount:
        problems.append("amount_off is required")
    if kind == "spend_x_save_y":
        if not r.get("threshold") or not r.get("save"):
            problems.append("threshold and save are required")
        elif r["save"] >= r["threshold"]:
            problems.append("save must be less than threshold")
    if kind == "coupon":
        if not (r.get("code") or "").strip():
            problems.append("code is required")
        if not (percent or amount):
            problems.append("percent_off or amount_off is required")
    if kind == "flash_sale":
        if not r.get("stock_cap"):
            problems.append("stock_cap is required")
        if not (percent or amount):
            problems.append("percent_off or amount_off is required")
        if not listing_ids:
            problems.append("a flash sale needs the products it applies to")
    if kind == "bundle":
        if len(listing_ids) < 2:
            problems.append("a bundle needs at least two products")
        if not r.get("bundle_price"):
            problems.append("bundle_price is required")
    return problems


# --- what the whole shop says about a campaign ---------------------------------------------

def margin_floor(conn: Connection) -> int:
    value = conn.execute(select(PREFERENCES.c.value).where(PREFERENCES.c.key == MARGIN_FLOOR_KEY)).scalar()
    return MARGIN_FLOOR_DEFAULT if value is None else int(value)


def overlaps(conn: Connection, campaign: dict) -> list[dict]:
    """Other campaigns, not ended or cancelled, whose dates meet this one's and whose products are
    some of its products (a campaign on no product in particular covers the whole shop)."""
    rows = conn.execute(select(CAMPAIGNS.c.id, CAMPAIGNS.c.name, CAMPAIGNS.c.type, CAMPAIGNS.c.starts_at,
                               CAMPAIGNS.c.ends_at, CAMPAIGNS.c.listing_ids, CAMPAIGNS.c.status)
                        .where(CAMPAIGNS.c.id != campaign.get("id", 0), CAMPAIGNS.c.status.in_(LIVE),
                               CAMPAIGNS.c.starts_at < campaign["ends_at"],
                               CAMPAIGNS.c.ends_at > campaign["starts_at"])).mappings()
    mine = set(campaign.get("listing_ids") or [])
    out = []
    for r in rows:
        theirs = set(r["listing_ids"] or [])
        shared = mine & theirs if mine and theirs else (mine or theirs)
        if not mine or not theirs or shared:
            out.append({**dict(r), "shared": sorted(shared)})
    return out


def discounted(price: int, rules: dict, kind: str) -> int:
    """What a variant sells for under the campaign (the deepest the campaign goes)."""
    if kind in ("percent_off", "coupon", "flash_sale") and rules.get("percent_off"):
        return math.floor(price * (100 - rules["percent_off"]) / 100)
    if kind in ("amount_off", "coupon", "flash_sale") and rules.get("amount_off"):
        return max(0, price - rules["amount_off"])
    if kind == "spend_x_save_y" and rules.get("threshold"):
        return math.floor(price * (1 - rules["save"] / rules["threshold"]))  # at exactly the threshold
    return price


def _variants(conn: Connection, listing_ids: list[int]) -> list[dict]:
    query = select(VARIANTS.c.id, VARIANTS.c.listing_id, VARIANTS.c.sku, VARIANTS.c.price, VARIANTS.c.cost)
    if listing_ids:
        query = query.where(VARIANTS.c.listing_id.in_(listing_ids))
    return [dict(r) for r in conn.execute(query).mappings()]


def below_floor(conn: Connection, campaign: dict, floor: int | None = None) -> list[dict]:
    """Variants whose margin over their cost falls under the floor (percent of the discounted price)
    at the campaign's deepest discount. Variants without a known cost are left out."""
    floor = margin_floor(conn) if floor is None else floor
    kind, rules = campaign["type"], campaign.get("rules") or {}
    variants = _variants(conn, list(campaign.get("listing_ids") or []))
    out = []
    if kind == "bundle":
        total = sum(v["price"] for v in variants) or 1
        share = (rules.get("bundle_price") or total) / total
    for v in variants:
        if v["cost"] is None:
            continue
        price = math.floor(v["price"] * share) if kind == "bundle" else discounted(v["price"], rules, kind)
        margin = (price - v["cost"]) / price * 100 if price > 0 else -100.0
        if margin < floor:
            out.append({**v, "discounted": price, "margin_percent": round(margin, 1)})
    return out


def sell_outs(conn: Connection, campaign: dict, uplift: float = 2.0, now: datetime | None = None) -> list[dict]:
    """Variants likely to sell out during the campaign: their sales of the last 30 days per day, times
    the expected uplift, times the campaign's days still to run, against what is available now."""
    now = now or _now()
    start = max(_when(campaign["starts_at"], "starts_at"), now)
    days = max(0.0, (_when(campaign["ends_at"], "ends_at") - start).total_seconds() / 86400)
    if days <= 0:
        return []
    listing_ids = list(campaign.get("listing_ids") or [])
    since = _iso(now - timedelta(days=DEMAND_DAYS))
    sold_q = (select(LINES.c.variant_id, func.sum(LINES.c.quantity - LINES.c.refunded_quantity))
              .select_from(LINES.join(ORDERS, ORDERS.c.id == LINES.c.order_id))
              .where(ORDERS.c.created_at >= since, ORDERS.c.status != "cancelled").group_by(LINES.c.variant_id))
    stock_q = select(LEVELS.c.variant_id, func.sum(LEVELS.c.available)).group_by(LEVELS.c.variant_id)
    if listing_ids:
        sold_q = sold_q.where(LINES.c.listing_id.in_(listing_ids))
        stock_q = stock_q.where(LEVELS.c.listing_id.in_(listing_ids))
    sold = dict(conn.execute(sold_q).all())
    stock = dict(conn.execute(stock_q).all())
    out = []
    for v in _variants(conn, listing_ids):
        daily = (sold.get(v["id"]) or 0) / DEMAND_DAYS
        expected = math.ceil(daily * uplift * days)
        available = int(stock.get(v["id"]) or 0)
        if expected > 0 and expected >= available:
            out.append({"variant_id": v["id"], "sku": v["sku"], "listing_id": v["listing_id"], "available": available,
                        "expected": expected, "days_of_cover": round(available / (daily * uplift), 1)})
    return sorted(out, key=lambda x: x["days_of_cover"])


@dataclass
class Review:
    """Everything to know before saving a campaign; ``problems`` refuse it, the rest are warnings
    (``overlaps`` and ``below_floor`` need the user's word, ``sell_outs`` only inform)."""

    problems: list[str] = field(default_factory=list)
    overlaps: list[dict] = field(default_factory=list)
    below_floor: list[dict] = field(default_factory=list)
    sell_outs: list[dict] = field(default_factory=list)
    floor: int = MARGIN_FLOOR_DEFAULT


def review(engine: Engine, campaign: dict, uplift: float = 2.0) -> Review:
    """The checks of a campaign as it would be after an edit (``campaign``: a whole record)."""
    with engine.connect() as conn:
        out = Review(floor=margin_floor(conn))
        out.problems = rule_problems(campaign["type"], campaign.get("rules") or {}, campaign.get("listing_ids") or [])
        try:
            if _when(campaign["ends_at"], "ends_at") <= _when(campaign["starts_at"], "starts_at"):
                out.problems.append("the campaign must end after it starts")
        except ServiceError as err:
            out.problems.append(err.message)
            return out
        out.overlaps = overlaps(conn, campaign)
        out.below_floor = below_floor(conn, campaign, out.floor)
        out.sell_outs = sell_outs(conn, campaign, uplift)
    return out


# --- the change itself ---------------------------------------------------------------------

def _check_update(conn, campaign: dict, p: Params) -> Params:
    err = refusal(campaign, "edit", "owner")
    if err is not None:
        raise err
    unknown = set(p) - set(EDITABLE) - {"accept_overlap", "accept_below_floor"}
    if unknown:
        raise ServiceError("invalid_field", f"These cannot be changed here: {', '.join(sorted(unknown))}.")
    changes = {k: p[k] for k in EDITABLE if k in p}
    if "name" in changes:
        changes["name"] = (changes["name"] or "").strip()
        if not changes["name"] or len(changes["name"]) > 200:
            raise ServiceError("name_required", "A campaign needs a name (at most 200 characters).", "name")
    for key in ("starts_at", "ends_at"):
        if key in changes:
            changes[key] = _iso(_when(changes[key], key))
    if "budget" in changes and changes["budget"] is not None and (
            not isinstance(changes["budget"], int) or changes["budget"] < 0):
        raise ServiceError("invalid_budget", "A budget is an amount of zero or more.", "budget")
    if "listing_ids" in changes:
        ids = sorted({int(i) for i in changes["listing_ids"] or []})
        known = set(conn.execute(select(RECORD_TABLES["listings"].c.id)
                                 .where(RECORD_TABLES["listings"].c.id.in_(ids))).scalars())
        if set(ids) - known:
            raise ServiceError("listing_not_found", f"No listing {min(set(ids) - known)} in this shop.",
                               "listing_ids")
        changes["listing_ids"] = ids
    after = {**campaign, **changes}
    if _when(after["ends_at"], "ends_at") <= _when(after["starts_at"], "starts_at"):
        raise ServiceError("invalid_schedule", "The campaign must end after it starts.", "ends_at")
    if campaign["status"] == "active" and after["starts_at"] != campaign["starts_at"]:
        raise ServiceError("campaign_active", "A running campaign's start cannot move.", "starts_at")
    problems = rule_problems(after["type"], after.get("rules") or {}, after.get("listing_ids") or [])
    if problems:
        raise ServiceError("invalid_rules", "The offer is incomplete: " + "; ".join(problems) + ".", "rules")
    if not changes:
        raise ServiceError("nothing_to_change", "Nothing to change.")
    # what the whole shop says is asked again only when what it depends on changes (a rename is a rename)
    clash = overlaps(conn, after) if {"starts_at", "ends_at", "listing_ids"} & set(changes) else []
    if clash and p.get("accept_overlap") is not True:
        raise ServiceError("campaign_overlap", f"{len(clash)} other campaign(s) run on some of these products at "
                           f"the same time, first {clash[0]['name']!r}: accept the overlap to go on.", "listing_ids")
    thin = below_floor(conn, after) if {"rules", "listing_ids"} & set(changes) else []
    if thin and p.get("accept_below_floor") is not True:
        raise ServiceError("below_margin_floor", f"{len(thin)} variant(s) would sell under the margin floor of "
                           f"{margin_floor(conn)} %, first {thin[0]['sku']} at {thin[0]['margin_percent']} %: "
                           "accept it to go on.", "rules")
    return changes


def _apply_update(campaign: dict, p: Params, actor: str) -> None:
    campaign.update(p)
    if campaign["status"] in ("scheduled", "active"):
        campaign["status"] = status_by_time(campaign["starts_at"], campaign["ends_at"])


register(Mutation("campaigns.update", "campaigns", "campaigns:write", _check_update, _apply_update,
                  lambda rec, p: ("PATCH", f"/campaigns/{rec['id']}", dict(p)),
                  extra_permissions=lambda p: ("campaigns:budget",) if "budget" in p else ()))


def _check_create(conn, _none: None, p: Params) -> Params:
    """A new campaign of any type, checked as a change of an empty draft would be (name, dates, offer,
    overlaps, margin floor), plus what only a new one needs: a type, and an end still to come."""
    kind = p.get("type")
    if kind not in TYPES:
        raise ServiceError("invalid_type", f"A campaign's type is one of {', '.join(TYPES)}.", "type")
    status = p.get("status", "scheduled")
    if status not in ("draft", "scheduled"):
        raise ServiceError("invalid_status", "A new campaign is a draft or scheduled.", "status")
    missing = [k for k in ("name", "starts_at", "ends_at", "rules") if p.get(k) in (None, "")]
    if missing:
        raise ServiceError(f"{missing[0]}_required", f"A new campaign needs its {', '.join(missing)}.", missing[0])
    unknown = set(p) - set(EDITABLE) - {"type", "status", "currency", "accept_overlap", "accept_below_floor"}
    if unknown:
        raise ServiceError("invalid_field", f"A new campaign has no {', '.join(sorted(unknown))}.")
    blank = {"id": 0, "status": "draft", "type": kind, "name": "", "starts_at": p["starts_at"],
             "ends_at": p["ends_at"], "budget": None, "listing_ids": [], "rules": {}}
    changes = _check_update(conn, blank, {k: v for k, v in p.items() if k not in ("type", "status", "currency")})
    if _when(changes.get("ends_at", blank["ends_at"]), "ends_at") <= _now():
        raise ServiceError("invalid_schedule", "The campaign would already have ended.", "ends_at")
    return {"type": kind, "status": status, "currency": p.get("currency"), "budget": None, "listing_ids": [],
            **{k: v for k, v in blank.items() if k in ("starts_at", "ends_at")}, **changes}


def _apply_create(campaign: dict, p: Params, actor: str) -> None:
    now = _iso(_now())
    campaign.update({k: p[k] for k in (*EDITABLE, "type")}, created_at=now, updated_at=now, spent=0, redemptions=0,
                    currency=p.get("currency") or "CNY")
    campaign["status"] = "draft" if p["status"] == "draft" else status_by_time(p["starts_at"], p["ends_at"])


def _create_request(campaign: dict, p: Params) -> tuple[str, str, dict]:
    body = {k: p[k] for k in ("name", "type", "starts_at", "ends_at", "listing_ids", "rules", "status")}
    if p.get("budget") is not None:
        body["budget"] = p["budget"]
    return "POST", "/campaigns", body


register(Mutation("campaigns.create", "campaigns", "campaigns:write", _check_create, _apply_create, _create_request,
                  extra_permissions=lambda p: ("campaigns:budget",) if p.get("budget") is not None else (),
                  creates=True))


def _status_mutation(action: str) -> None:
    def check(conn, campaign: dict, p: Params) -> Params:
        err = refusal(campaign, action, "owner")
        if err is not None:
            raise err
        return {}

    def apply(campaign: dict, p: Params, actor: str) -> None:
        if action in ("schedule", "resume"):
            campaign["status"] = status_by_time(campaign["starts_at"], campaign["ends_at"])
        else:
            campaign["status"] = {"pause": "paused", "cancel": "cancelled"}[action]

    register(Mutation(f"campaigns.{action}", "campaigns", "campaigns:write", check, apply,
                      lambda rec, p: ("POST", f"/campaigns/{rec['id']}/{action}", None)))


for _action in STATUS_ACTIONS:
    _status_mutation(_action)
