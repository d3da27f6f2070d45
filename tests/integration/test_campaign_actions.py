"""Campaign changes: the console refuses what the platform refuses, lands what it accepts as shown, and
says before anything is queued what only the whole shop can tell (overlaps, margin, sell-outs)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

import merchant_app.services  # noqa: F401 - registers the mutations
from merchant_app.services import campaigns as campaign_service
from merchant_app.services.edits import Actor, NotAllowed, ServiceError, perform
from merchant_app.sync.mapping import read_record

from .conftest import find

OWNER = Actor("owner", "owner")
MERCHANT = Actor("merchant", "merchant")


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def local(engine, record_id: int) -> dict:
    with engine.connect() as conn:
        return read_record(conn, "campaigns", record_id)


def test_status_actions_follow_the_platform(desk, sandbox, api):
    engine, puller, pusher = desk()
    puller.pull("campaigns")
    owner = api("owner")
    with sandbox.storage.engine.connect() as conn:
        statuses = set(conn.exec_driver_sql("SELECT DISTINCT json_extract(body, '$.status') FROM campaigns").scalars())
    assert {"active", "scheduled", "paused", "ended"} <= statuses
    refused = accepted = 0
    for status in sorted(statuses):
        picked = find(sandbox, "campaigns", "json_extract(body, '$.status') = :s", s=status)[0]["id"]
        for action in campaign_service.STATUS_ACTIONS:
            campaign = local(engine, picked)  # as it stands now (an action before may have moved it on)
            status = campaign["status"]
            reason = campaign_service.refusal(campaign, action, "owner")
            if reason is not None:
                with pytest.raises(ServiceError):
                    perform(engine, OWNER, f"campaigns.{action}", campaign["id"])
                assert owner.act("campaigns", campaign["id"], action).status_code == 422, (status, action)
                refused += 1
                continue
            perform(engine, OWNER, f"campaigns.{action}", campaign["id"])
            shown = local(engine, campaign["id"])["status"]
            assert pusher.push().done == 1
            assert sandbox.storage.get("campaigns", campaign["id"])["status"] == shown, (status, action)
            accepted += 1
    assert refused >= 6 and accepted >= 2


def test_an_edit_lands_and_the_checks_refuse_what_needs_the_users_word(desk, sandbox):
    engine, puller, pusher = desk()
    puller.pull("campaigns")
    campaign = local(engine, find(sandbox, "campaigns", "json_extract(body, '$.status') = 'scheduled' AND "
                                  "json_extract(body, '$.type') IN ('percent_off', 'amount_off')")[0]["id"])
    listing = find(sandbox, "listings", "json_extract(body, '$.variants[0].cost') IS NOT NULL")[0]
    now = datetime.now(UTC)
    when = {"starts_at": iso(now + timedelta(days=3)), "ends_at": iso(now + timedelta(days=5))}
    with pytest.raises(ServiceError) as err:
        perform(engine, OWNER, "campaigns.update", campaign["id"], starts_at=when["ends_at"], ends_at=when["starts_at"])
    assert err.value.code == "invalid_schedule"
    with pytest.raises(ServiceError) as err:
        perform(engine, OWNER, "campaigns.update", campaign["id"], rules={"percent_off": 95})
    assert err.value.code == "invalid_rules"

    # 89 % off one product sells it under cost: refused until accepted
    deep = {"percent_off": 89} if campaign["type"] == "percent_off" else {"amount_off": listing["variants"][0]["price"]}
    with pytest.raises(ServiceError) as err:
        perform(engine, OWNER, "campaigns.update", campaign["id"], listing_ids=[listing["id"]], rules=deep, **when)
    assert err.value.code == "below_margin_floor" and listing["variants"][0]["sku"] in err.value.message
    perform(engine, OWNER, "campaigns.update", campaign["id"], listing_ids=[listing["id"]], rules=deep,
            accept_below_floor=True, name="Clearance 清仓", **when)
    assert pusher.push().done == 1
    platform = sandbox.storage.get("campaigns", campaign["id"])
    assert (platform["name"], platform["listing_ids"], platform["starts_at"]) == \
        ("Clearance 清仓", [listing["id"]], when["starts_at"])

    # another campaign on the same product at the same time: refused until accepted
    other = local(engine, find(sandbox, "campaigns", "json_extract(body, '$.status') = 'scheduled' AND id != :i AND "
                               "json_extract(body, '$.type') != 'bundle'", i=campaign["id"])[0]["id"])
    review = campaign_service.review(engine, {**other, "listing_ids": [listing["id"]], **when})
    assert [c["id"] for c in review.overlaps] == [campaign["id"]]
    with pytest.raises(ServiceError) as err:
        perform(engine, OWNER, "campaigns.update", other["id"], listing_ids=[listing["id"]], **when)
    assert err.value.code == "campaign_overlap" and "Clearance" in err.value.message
    perform(engine, OWNER, "campaigns.update", other["id"], listing_ids=[listing["id"]], accept_overlap=True, **when)
    assert pusher.push().done == 1


def test_a_merchant_may_not_set_a_budget(desk, sandbox):
    engine, puller, _ = desk("merchant", user="merchant")
    puller.pull("campaigns")
    campaign = find(sandbox, "campaigns", "json_extract(body, '$.status') = 'scheduled'")[0]
    with pytest.raises(NotAllowed):
        perform(engine, MERCHANT, "campaigns.update", campaign["id"], budget=100000)
    perform(engine, MERCHANT, "campaigns.update", campaign["id"], name="Spring sale")


def test_products_likely_to_sell_out_are_named(desk, sandbox):
    engine, puller, _ = desk()
    puller.pull("campaigns")
    with engine.connect() as conn:
        busiest = conn.exec_driver_sql(
            "SELECT l.listing_id FROM order_lines l JOIN orders o ON o.id = l.order_id "
            "WHERE o.created_at >= ? GROUP BY l.listing_id ORDER BY sum(l.quantity) DESC LIMIT 1",
            (iso(datetime.now(UTC) - timedelta(days=30)),)).scalar()
    now = datetime.now(UTC)
    campaign = {"id": 0, "type": "flash_sale", "rules": {"percent_off": 30, "stock_cap": 100},
                "listing_ids": [busiest], "starts_at": iso(now), "ends_at": iso(now + timedelta(days=60))}
    found = campaign_service.review(engine, campaign, uplift=3.0).sell_outs
    assert found and all(s["listing_id"] == busiest and s["expected"] >= s["available"] for s in found)
    assert campaign_service.review(engine, {**campaign, "ends_at": iso(now + timedelta(minutes=1))},
                                   uplift=1.0).sell_outs == []
