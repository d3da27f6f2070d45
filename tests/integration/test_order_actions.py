"""Order actions: the console allows what the platform allows, and its optimistic change is what the
platform then does (issue 5)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

import merchant_app.services  # noqa: F401 - registers the mutations
from merchant_app.models import Base
from merchant_app.services import orders as order_service
from merchant_app.services.edits import Actor, NotAllowed, ServiceError, perform
from merchant_app.sync.mapping import read_record

from .conftest import find

OWNER = Actor("owner", "owner")
AGENT = Actor("agent", "agent")
OUTBOX = Base.metadata.tables["outbox"]
AUDIT = Base.metadata.tables["audit_log"]
COMPARED = ("status", "financial_status", "fulfillment_status", "paid_total", "refunded_total", "cancel_reason")


def request_for(action: str, order: dict) -> dict:
    """A plausible request of each kind for this order."""
    if action == "ship":
        return {"carrier": "SF Express", "tracking_number": "SF1234567890", "risk_confirmed": True}
    if action == "cancel":
        return {"reason": "customer asked"}
    if action == "refund":
        return {"amount": max(1, min(500, order["paid_total"] - order["refunded_total"])), "reason": "goodwill"}
    return {}


def outline(order: dict) -> dict:
    """What an action changes, comparable between the cache and the platform."""
    return {**{k: order.get(k) for k in COMPARED},
            "lines": [(ln["id"], ln["fulfilled_quantity"], ln["refunded_quantity"]) for ln in order["lines"]],
            "fulfilments": [(f["carrier"], f["tracking_number"], f["status"],
                             sorted((x["line_id"], x["quantity"]) for x in f["lines"])) for f in order["fulfilments"]],
            "refunds": [(r["amount"], r["reason"], sorted((x["line_id"], x["quantity"]) for x in r["lines"]),
                         r["restock"]) for r in order["refunds"]],
            "events": [(e["type"], e["message"]) for e in order["events"]]}


STATUSES = ("pending_payment", "paid", "processing", "partially_shipped", "shipped", "delivered", "completed",
            "cancelled")


def test_each_action_is_offered_exactly_when_the_platform_accepts_it_and_lands_as_shown(desk, sandbox, api):
    """For an order in every state and every action: when the console refuses, the platform refuses
    too; when the console accepts, the change it shows at once is exactly what the platform does."""
    engine, _, pusher = desk()
    owner = api("owner")
    checked = {"accepted": 0, "refused": 0}
    for status in STATUSES:
        candidates = find(sandbox, "orders", "json_extract(body, '$.status') = :s", s=status)
        assert candidates, status
        for i, action in enumerate(("confirm", "ship", "cancel", "refund")):
            order = candidates[i % len(candidates)]
            with engine.connect() as conn:
                local = read_record(conn, "orders", order["id"])
            refused = order_service.refusal(local, action, "owner")
            body = request_for(action, local)
            if refused is not None:
                with pytest.raises(ServiceError) as err:
                    perform(engine, OWNER, f"orders.{action}", order["id"], **body)
                assert err.value.code == refused.code
                platform_body = {k: v for k, v in body.items() if k != "risk_confirmed"} or None
                answer = owner.act("orders", order["id"], action, platform_body)
                assert answer.status_code == 422, (status, action, answer.text)
                checked["refused"] += 1
                continue
            perform(engine, OWNER, f"orders.{action}", order["id"], **body)
            with engine.connect() as conn:
                shown = outline(read_record(conn, "orders", order["id"]))
            result = pusher.push()
            assert (result.done, result.rejected, result.conflicts) == (1, 0, 0), (status, action)
            platform = outline(sandbox.storage.get("orders", order["id"]))
            assert shown == platform, (status, action)
            checked["accepted"] += 1
    assert checked["accepted"] >= 8 and checked["refused"] >= 8, checked


def test_a_partial_shipment_then_the_rest(desk, sandbox):
    engine, _, pusher = desk()
    order = next(o for o in find(sandbox, "orders", "json_extract(body, '$.status') = 'processing' AND "
                                 "json_array_length(json_extract(body, '$.lines')) >= 2")
                 if o["risk_level"] != "high")
    first = order["lines"][0]
    perform(engine, OWNER, "orders.ship", order["id"], carrier="ZTO Express", tracking_number="ZT 1000 2000 3000",
            lines=[{"line_id": first["id"], "quantity": first["quantity"]}])
    with engine.connect() as conn:
        local = read_record(conn, "orders", order["id"])
    assert (local["status"], local["fulfillment_status"]) == ("partially_shipped", "partial")
    assert local["fulfilments"][-1]["tracking_number"] == "ZT100020003000", "spaces typed in are dropped"
    assert order_service.refusal(local, "cancel", "owner").code == "cancel_after_shipment"
    with pytest.raises(ServiceError) as err:
        perform(engine, OWNER, "orders.ship", order["id"], carrier="ZTO Express", tracking_number="ZT2",
                lines=[{"line_id": first["id"], "quantity": 1}])
    assert err.value.field == "tracking_number"
    with pytest.raises(ServiceError) as err:
        perform(engine, OWNER, "orders.ship", order["id"], carrier="ZTO Express", tracking_number="ZT200020003000",
                lines=[{"line_id": first["id"], "quantity": 1}])
    assert err.value.code == "quantity_too_large" and first["sku"] in err.value.message
    perform(engine, OWNER, "orders.ship", order["id"], carrier="ZTO Express", tracking_number="ZT200020003000")
    assert pusher.push().done == 2
    server = sandbox.storage.get("orders", order["id"])
    assert server["status"] == "shipped" and len(server["fulfilments"]) == 2
    assert server["fulfilments"][1]["lines"] == [{"line_id": ln["id"], "quantity": ln["quantity"]}
                                                 for ln in order["lines"][1:]]


def test_a_refund_by_line_with_restock_puts_returned_units_back(desk, sandbox):
    engine, _, pusher = desk()
    order = find(sandbox, "orders", "json_extract(body, '$.status') = 'delivered' AND "
                 "json_extract(body, '$.refunded_total') = 0")[0]
    line = order["lines"][0]
    level = find(sandbox, "inventory", "json_extract(body, '$.variant_id') = :v AND "
                 "json_extract(body, '$.location_id') = :loc", v=line["variant_id"], loc=line["location_id"])[0]
    amount = order_service.line_refund(line, 1)
    assert 0 < amount <= line["total"]
    with pytest.raises(ServiceError) as err:
        perform(engine, OWNER, "orders.refund", order["id"], amount=order["paid_total"] + 1, reason="too much")
    assert err.value.code == "refund_exceeds_paid"
    with pytest.raises(ServiceError) as err:
        perform(engine, OWNER, "orders.refund", order["id"], amount=amount, reason="  ")
    assert err.value.field == "reason"
    perform(engine, OWNER, "orders.refund", order["id"], amount=amount, reason="damaged in transit",
            lines=[{"line_id": line["id"], "quantity": 1}], restock=True)
    assert pusher.push().done == 1
    server = sandbox.storage.get("orders", order["id"])
    assert server["financial_status"] == "partially_refunded" and server["refunded_total"] == amount
    assert sandbox.storage.get("inventory", level["id"])["on_hand"] == level["on_hand"] + 1


def test_a_high_risk_order_ships_only_when_confirmed(desk, sandbox):
    engine, _, _ = desk()
    order = find(sandbox, "orders", "json_extract(body, '$.risk_level') = 'high' AND "
                 "json_extract(body, '$.status') IN ('paid', 'processing')")[0]
    with pytest.raises(ServiceError) as err:
        perform(engine, OWNER, "orders.ship", order["id"], carrier="EMS", tracking_number="EM123456789CN")
    assert err.value.code == "risk_not_confirmed"
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(OUTBOX)).scalar_one() == 0
    perform(engine, OWNER, "orders.ship", order["id"], carrier="EMS", tracking_number="EM123456789CN",
            risk_confirmed=True)


def test_an_agent_refunds_and_notes_but_cannot_ship_or_cancel(desk, sandbox):
    engine, _, pusher = desk("agent", user="agent")
    order = find(sandbox, "orders", "json_extract(body, '$.status') = 'processing'")[0]
    with engine.connect() as conn:
        local = read_record(conn, "orders", order["id"])
    reasons = order_service.refusals(local, "agent")
    assert {a for a, r in reasons.items() if r is not None and r.code == "forbidden"} == {"confirm", "ship", "cancel"}
    assert reasons["refund"] is None and reasons["note"] is None
    for action, body in (("ship", request_for("ship", local)), ("cancel", {"reason": "x"})):
        with pytest.raises(NotAllowed):
            perform(engine, AGENT, f"orders.{action}", order["id"], **body)
    perform(engine, AGENT, "orders.refund", order["id"], amount=100, reason="late delivery")
    perform(engine, AGENT, "orders.add_note", order["id"], body="Customer called about the delay.")
    assert pusher.push().done == 2
    with engine.connect() as conn:
        audit = conn.execute(select(AUDIT.c.actor, AUDIT.c.action)).all()
    assert audit == [("agent", "orders.refund"), ("agent", "orders.add_note")]


def test_cancelling_a_paid_order_refunds_it_and_releases_its_stock(desk, sandbox):
    engine, _, pusher = desk()
    order = find(sandbox, "orders", "json_extract(body, '$.status') = 'paid' AND json_extract(body, '$.fulfilments') "
                 "= '[]'")[0]
    line = order["lines"][0]
    level = find(sandbox, "inventory", "json_extract(body, '$.variant_id') = :v AND "
                 "json_extract(body, '$.location_id') = :loc", v=line["variant_id"], loc=line["location_id"])[0]
    with pytest.raises(ServiceError) as err:
        perform(engine, OWNER, "orders.cancel", order["id"], reason="")
    assert err.value.code == "reason_required"
    perform(engine, OWNER, "orders.cancel", order["id"], reason="out of stock")
    with engine.connect() as conn:
        local = read_record(conn, "orders", order["id"])
    assert (local["status"], local["financial_status"], local["refunded_total"]) == \
        ("cancelled", "refunded", order["paid_total"])
    assert pusher.push().done == 1
    held = sum(ln["quantity"] for ln in order["lines"]
               if (ln["variant_id"], ln["location_id"]) == (line["variant_id"], line["location_id"]))
    assert sandbox.storage.get("inventory", level["id"])["committed"] == max(0, level["committed"] - held)
