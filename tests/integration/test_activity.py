"""Live activity: the demo shop keeps moving, through the same rules as the API, and stays valid."""

from __future__ import annotations

from merchant_app.sandbox import rules, schemas
from merchant_app.sandbox.activity import STEPS, LiveActivity

from .conftest import admin, find


def test_every_kind_of_step_produces_valid_records(api, sandbox):
    owner = api("owner")
    cursors = {r: owner.pull_all(r)[1] for r in ("orders", "tickets", "reviews", "customers", "listings")}
    activity = LiveActivity(sandbox.storage, seed=11)
    done = {kind: [activity.step(kind) for _ in range(3)] for kind in STEPS}
    happened = {kind for kind, results in done.items() if any("nothing to do" not in r for r in results)}
    assert {"order", "pay", "ticket", "customer_message", "review", "platform_price", "stock_receipt"} <= happened, done
    for resource, cursor in cursors.items():
        changed, _ = owner.pull_all(resource, cursor=cursor)
        assert changed, f"activity changed some {resource}"
        for rec in changed:
            schemas.RESOURCES[resource].model_validate(rec)
    new_orders = [o for o in owner.pull_all("orders", cursor=cursors["orders"])[0] if o["version"] == 1]
    assert new_orders and all(o["status"] == "pending_payment" for o in new_orders)
    # their stock is committed, never oversold
    for o in new_orders:
        for ln in o["lines"]:
            level = find(sandbox, "inventory", f"variant_id = {ln['variant_id']} AND location_id = {ln['location_id']}")[0]
            assert level["committed"] >= ln["quantity"]
            assert level["available"] >= 0 or ln["location_id"] == 3


def test_ticks_through_the_admin_route_show_up_in_the_change_feed(api, sandbox):
    owner = api("owner")
    start = owner.get("/v1/events").json()["next"]
    result = admin(sandbox, "activity/tick", {"steps": 20})
    assert len(result["steps"]) == 20
    events = owner.get("/v1/events", since=start, timeout=1).json()["events"]
    assert events and {e["resource"] for e in events} & {"orders", "tickets", "reviews", "listings", "inventory"}


def test_cash_on_delivery_is_paid_when_delivered(sandbox):
    cod = find(sandbox, "orders", "json_extract(body, '$.payment_method') = 'cash_on_delivery' "
                                  "AND json_extract(body, '$.status') = 'completed'")
    assert cod and all(o["financial_status"] in ("paid", "partially_refunded", "refunded") for o in cod)
    shipped = find(sandbox, "orders", "json_extract(body, '$.status') = 'shipped'")[0]
    with sandbox.storage.transaction() as tx:
        order = tx.get("orders", shipped["id"])
        order.update(payment_method="cash_on_delivery", financial_status="pending", paid_total=0, paid_at=None)
        rules.deliver_order(tx, order)
    after = sandbox.storage.get("orders", shipped["id"])
    assert after["status"] == "delivered" and after["financial_status"] == "paid"
    assert after["paid_total"] == after["total"]
