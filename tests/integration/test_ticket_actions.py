"""Ticket actions: the console allows what the platform allows, and what it shows at once is what the
platform then does (issue 5)."""

from __future__ import annotations

import pytest

import merchant_app.services  # noqa: F401 - registers the mutations
from merchant_app.services import canned
from merchant_app.services import tickets as ticket_service
from merchant_app.services.edits import Actor, ServiceError, perform
from merchant_app.store.queries import TICKET_STATUSES
from merchant_app.sync.mapping import read_record

from .conftest import find

OWNER = Actor("owner", "owner")
AGENT = Actor("agent", "agent")


def outline(ticket: dict) -> dict:
    return {"status": ticket["status"], "priority": ticket["priority"], "assignee": ticket["assignee"],
            "rma": {k: ticket["rma"][k] for k in ("number", "items", "status")} if ticket.get("rma") else None,
            "resolved": ticket.get("resolved_at") is not None, "closed": ticket.get("closed_at") is not None,
            "messages": [(m["author_type"], m["kind"], m["author"], m["body"]) for m in ticket["messages"]]}


def local(engine, resource: str, record_id: int) -> dict:
    with engine.connect() as conn:
        return read_record(conn, resource, record_id)


def test_every_move_the_console_refuses_the_platform_refuses_and_the_moves_it_makes_land_as_shown(desk, sandbox,
                                                                                                  api):
    engine, _, pusher = desk()
    owner = api("owner")
    with sandbox.storage.engine.connect() as conn:
        statuses = set(conn.exec_driver_sql("SELECT DISTINCT json_extract(body, '$.status') FROM tickets").scalars())
    assert len(statuses) >= 5, statuses
    refused = accepted = 0
    for status in sorted(statuses):
        ticket = local(engine, "tickets", find(sandbox, "tickets", "json_extract(body, '$.status') = :s", s=status)[0]
                       ["id"])
        allowed = ticket_service.moves(ticket)
        for to in TICKET_STATUSES:
            if to in allowed:
                continue
            with pytest.raises(ServiceError):
                perform(engine, OWNER, "tickets.transition", ticket["id"], to=to)
            answer = owner.act("tickets", ticket["id"], "transition", {"to": to})
            assert answer.status_code == 422, (status, to, answer.text)
            refused += 1
        if allowed:
            perform(engine, OWNER, "tickets.transition", ticket["id"], to=allowed[0], note="checked with the customer")
            shown = outline(local(engine, "tickets", ticket["id"]))
            assert pusher.push().done == 1
            assert shown == outline(sandbox.storage.get("tickets", ticket["id"])), (status, allowed[0])
            accepted += 1
    assert refused >= 20 and accepted >= 4


def test_approve_a_return_then_receive_it_with_restock_and_refund(desk, sandbox):
    engine, _, pusher = desk("agent", user="agent")
    ticket = find(sandbox, "tickets", "json_extract(body, '$.type') = 'return' AND json_extract(body, '$.rma') IS NULL "
                  "AND json_extract(body, '$.status') = 'escalated'")[0]
    order = sandbox.storage.get("orders", ticket["order_id"])
    line = next(ln for ln in order["lines"] if ticket_service.returnable(ln))
    level = find(sandbox, "inventory", "json_extract(body, '$.variant_id') = :v AND "
                 "json_extract(body, '$.location_id') = :loc", v=line["variant_id"], loc=line["location_id"])[0]
    escalated = local(engine, "tickets", ticket["id"])
    assert ticket_service.refusal(escalated, "receive_return", "agent").code == "rma_not_awaiting"
    assert ticket_service.refusal(escalated, "approve_return", "agent").code == "invalid_transition"
    perform(engine, AGENT, "tickets.transition", ticket["id"], to="open")
    with pytest.raises(ServiceError) as err:
        perform(engine, AGENT, "tickets.approve_return", ticket["id"],
                items=[{"line_id": line["id"], "quantity": ticket_service.returnable(line) + 1}])
    assert err.value.code == "quantity_too_large" and line["sku"] in err.value.message
    perform(engine, AGENT, "tickets.approve_return", ticket["id"], items=[{"line_id": line["id"], "quantity": 1}])
    shown = local(engine, "tickets", ticket["id"])
    assert shown["status"] == "awaiting_return" and shown["rma"]["number"] == f"RMA-{ticket['id']:06d}"
    assert ticket_service.refusal(shown, "approve_return", "agent").code == "rma_exists"
    amount = min(line["unit_price"], order["paid_total"] - order["refunded_total"])
    with pytest.raises(ServiceError) as err:
        perform(engine, AGENT, "tickets.receive_return", ticket["id"], refund_amount=order["paid_total"] + 1)
    assert err.value.code == "refund_exceeds_paid"
    perform(engine, AGENT, "tickets.receive_return", ticket["id"], refund_amount=amount, restock=True,
            reason="return received in good condition")
    assert local(engine, "tickets", ticket["id"])["status"] == "open"
    assert pusher.push().done == 3
    platform = sandbox.storage.get("tickets", ticket["id"])
    assert platform["rma"]["status"] == "received" and platform["status"] == "open"
    assert sandbox.storage.get("orders", order["id"])["refunded_total"] == order["refunded_total"] + amount
    assert sandbox.storage.get("inventory", level["id"])["on_hand"] == level["on_hand"] + 1


def test_assign_priority_and_reply_land_in_order(desk, sandbox):
    engine, _, pusher = desk()
    ticket = find(sandbox, "tickets", "json_extract(body, '$.status') IN ('new', 'escalated')")[0]
    perform(engine, OWNER, "tickets.assign", ticket["id"], assignee="amy")
    with pytest.raises(ServiceError) as err:
        perform(engine, OWNER, "tickets.assign", ticket["id"], assignee="amy")
    assert err.value.code == "nothing_to_change"
    new_priority = "urgent" if ticket["priority"] != "urgent" else "low"
    perform(engine, OWNER, "tickets.set_priority", ticket["id"], priority=new_priority)
    with pytest.raises(ServiceError):
        perform(engine, OWNER, "tickets.set_priority", ticket["id"], priority="whenever")
    perform(engine, OWNER, "tickets.reply", ticket["id"], body="We are on it.", kind="reply")
    shown = outline(local(engine, "tickets", ticket["id"]))
    assert pusher.push().done == 3
    assert shown == outline(sandbox.storage.get("tickets", ticket["id"]))


def test_an_unknown_colleague_is_refused_by_the_platform_and_rolled_back(desk, sandbox):
    engine, _, pusher = desk()
    ticket = find(sandbox, "tickets", "json_extract(body, '$.status') = 'escalated'")[0]
    perform(engine, OWNER, "tickets.assign", ticket["id"], assignee="nobody-here")
    assert local(engine, "tickets", ticket["id"])["assignee"] == "nobody-here"
    assert pusher.push().rejected == 1
    assert local(engine, "tickets", ticket["id"])["assignee"] == ticket["assignee"]


def test_canned_replies_fill_in_the_tickets_facts_or_say_what_is_missing(desk, sandbox):
    engine, _, _ = desk()
    ticket = local(engine, "tickets", find(sandbox, "tickets", "json_extract(body, '$.order_id') IS NOT NULL")[0]["id"])
    order = local(engine, "orders", ticket["order_id"])
    values = canned.facts(ticket, order, {"name": "Lumi & Co.", "currency": "CNY"}, "amy")
    greeting = next(r for r in canned.replies(engine, "en") if r.key == "builtin:greeting:en")
    text = canned.render(greeting.body, values)
    assert ticket["customer_name"] in text and order["number"] in text and "{" not in text
    with pytest.raises(ServiceError) as err:
        canned.render("Your return {rma_number}", {**values, "rma_number": None})
    assert err.value.code == "missing_value" and "{rma_number}" in err.value.message
    with pytest.raises(ServiceError) as err:
        canned.save(engine, "Oops", "Dear {custmer_name}", "en")
    assert err.value.code == "unknown_variable" and "{custmer_name}" in err.value.message
    mine = canned.save(engine, "Holiday hours", "Hello {customer_name}, we are back on Monday.", "en")
    assert canned.replies(engine, "en")[0] == mine and canned.replies(engine, "zh_CN")[0].built_in
    canned.delete(engine, mine.key)
    assert all(r.built_in for r in canned.replies(engine))
    assert canned.language_of({"messages": [{"author_type": "customer", "body": "我的快递还没到"}]}) == "zh_CN"
