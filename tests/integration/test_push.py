"""Push: local edits reach the platform exactly once, or come back as conflicts or rejections."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select

import merchant_app.services  # noqa: F401 - registers the mutations
from merchant_app.models import RECORD_TABLES, Base
from merchant_app.services.conflicts import open_conflicts, resolve
from merchant_app.services.edits import Actor, NotAllowed, ServiceError, perform
from merchant_app.sync.mapping import read_record

from .conftest import admin, find

OWNER = Actor("owner", "owner")
OUTBOX = Base.metadata.tables["outbox"]
AUDIT = Base.metadata.tables["audit_log"]


def outbox_states(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return dict(conn.execute(select(OUTBOX.c.state, func.count()).group_by(OUTBOX.c.state)).all())


def test_an_edit_shows_at_once_then_reaches_the_platform(desk, sandbox):
    engine, _, pusher = desk()
    level = find(sandbox, "inventory", "location_id = 1")[0]
    changes = perform(engine, OWNER, "inventory.adjust", level["id"], delta=5, reason="received", note="PO-7")
    assert changes.ids == {level["id"]} and "on_hand" in changes.fields
    with engine.connect() as conn:
        local = read_record(conn, "inventory", level["id"])
        audit = conn.execute(select(AUDIT)).mappings().one()
    assert local["on_hand"] == level["on_hand"] + 5 and local["version"] == level["version"]
    assert audit["before"] == {"available": level["available"], "on_hand": level["on_hand"]}
    assert audit["synced"] is False
    assert sandbox.storage.get("inventory", level["id"])["on_hand"] == level["on_hand"], "not pushed yet"
    result = pusher.push()
    assert result.done == 1
    server = sandbox.storage.get("inventory", level["id"])
    assert server["on_hand"] == level["on_hand"] + 5
    with engine.connect() as conn:
        assert read_record(conn, "inventory", level["id"])["version"] == server["version"]
        assert conn.execute(select(AUDIT.c.synced)).scalar() is True
    assert outbox_states(engine) == {"done": 1}


def test_bad_input_changes_nothing_and_says_why(desk, sandbox):
    engine, _, _ = desk()
    listing = find(sandbox, "listings", "json_extract(body, '$.status') = 'active'")[0]
    variant = listing["variants"][0]["id"]
    for params, code in (({"variant_id": variant, "price": 0}, "invalid_price"),
                         ({"variant_id": variant, "price": 100, "compare_at_price": 50}, "compare_at_below_price"),
                         ({"variant_id": 999999, "price": 100}, "variant_not_found")):
        with pytest.raises(ServiceError) as err:
            perform(engine, OWNER, "listings.set_price", listing["id"], **params)
        assert err.value.code == code and err.value.message
    with pytest.raises(ServiceError):
        perform(engine, OWNER, "listings.update", listing["id"], title="   ")
    with pytest.raises(NotAllowed):
        perform(engine, Actor("agent", "agent"), "listings.set_price", listing["id"], variant_id=variant, price=990)
    level = find(sandbox, "inventory", "location_id = 1 AND json_extract(body, '$.available') BETWEEN 0 AND 50")[0]
    with pytest.raises(ServiceError) as err:
        perform(engine, OWNER, "inventory.adjust", level["id"], delta=-(level["available"] + 1), reason="damaged")
    assert err.value.code == "insufficient_stock"
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(OUTBOX)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(AUDIT)).scalar() == 0


def test_two_desks_edit_the_same_listing_one_lands_the_other_gets_a_conflict(desk, sandbox):
    (a, _, push_a), (b, pull_b, push_b) = desk("a"), desk("b")
    listing = find(sandbox, "listings", "json_extract(body, '$.status') = 'active'")[0]
    perform(a, OWNER, "listings.update", listing["id"], title="Title from A", tags=["a"])
    perform(b, OWNER, "listings.update", listing["id"], title="Title from B", description="B wrote this")
    assert push_a.push().done == 1
    result = push_b.push()
    assert result.conflicts == 1
    [conflict] = open_conflicts(b)
    values = {f: (base, mine, theirs) for f, base, mine, theirs in conflict["values"]}
    assert values["title"] == (listing["title"], "Title from B", "Title from A")
    assert values["description"][1] == "B wrote this"
    # the conflicted record waits; pulling does not overwrite it
    pull_b.pull("listings")
    with b.connect() as conn:
        assert read_record(conn, "listings", listing["id"])["title"] == "Title from B"
    # per field: keep my description, take their title
    resolve(b, OWNER, conflict["id"], "merge", {"title": "theirs", "description": "mine"})
    assert push_b.push().done == 1
    server = sandbox.storage.get("listings", listing["id"])
    assert (server["title"], server["description"], server["tags"]) == ("Title from A", "B wrote this", ["a"])
    with b.connect() as conn:
        assert read_record(conn, "listings", listing["id"])["version"] == server["version"]
    assert outbox_states(b) == {"done": 1}


def test_keep_mine_and_take_theirs(desk, sandbox):
    engine, _, pusher = desk()
    first, second = find(sandbox, "listings", "json_extract(body, '$.status') = 'active'")[:2]
    for listing in (first, second):
        v = listing["variants"][0]
        perform(engine, OWNER, "listings.set_price", listing["id"], variant_id=v["id"], price=v["price"] + 1000)
        admin(sandbox, f"edit/listings/{listing['id']}", {"set": {"brand": "Platform edit"}})
    assert pusher.push().conflicts == 2
    c1, c2 = open_conflicts(engine)
    resolve(engine, OWNER, c1["id"], "keep_mine")
    resolve(engine, OWNER, c2["id"], "take_theirs")
    assert pusher.push().done == 1
    kept = sandbox.storage.get("listings", first["id"])
    assert kept["variants"][0]["price"] == first["variants"][0]["price"] + 1000 and kept["brand"] == "Platform edit"
    taken = sandbox.storage.get("listings", second["id"])
    assert taken["variants"][0]["price"] == second["variants"][0]["price"]
    with engine.connect() as conn:
        local = read_record(conn, "listings", second["id"])
    assert local["variants"][0]["price"] == second["variants"][0]["price"] and local["brand"] == "Platform edit"
    assert outbox_states(engine) == {"done": 1, "discarded": 1}


def test_a_refused_change_is_rejected_visibly_and_rolled_back(desk, sandbox):
    engine, _, pusher = desk()
    ticket = find(sandbox, "tickets", "json_extract(body, '$.status') = 'closed'")[0]
    # a change the console let through but the platform refuses (an older client's looser check)
    with engine.begin() as conn:
        conn.execute(RECORD_TABLES["tickets"].update().where(RECORD_TABLES["tickets"].c.id == ticket["id"])
                     .values(status="open"))
        conn.execute(OUTBOX.insert().values(idempotency_key="reject-me", resource="tickets", record_id=ticket["id"],
                                            action="tickets.reply", method="POST",
                                            path=f"/tickets/{ticket['id']}/messages", body={"body": "hello"},
                                            base_version=ticket["version"], state="pending", attempts=0))
    result = pusher.push()
    assert result.rejected == 1
    with engine.connect() as conn:
        entry = conn.execute(select(OUTBOX)).mappings().one()
        assert entry["state"] == "rejected" and "ticket_closed" in entry["last_error"]
        assert read_record(conn, "tickets", ticket["id"])["status"] == "closed", "the optimistic change is undone"


def test_queued_edits_of_one_record_go_in_order_and_each_once(desk, sandbox):
    engine, _, pusher = desk()
    level = find(sandbox, "inventory", "location_id = 1")[0]
    for delta in (3, 4, -2, 10):
        perform(engine, OWNER, "inventory.adjust", level["id"], delta=delta, reason="correction")
    assert pusher.push().done == 4
    server = sandbox.storage.get("inventory", level["id"])
    assert server["on_hand"] == level["on_hand"] + 15 and server["version"] == level["version"] + 4
    with engine.connect() as conn:
        local = read_record(conn, "inventory", level["id"])
    assert (local["on_hand"], local["version"]) == (server["on_hand"], server["version"])


def test_offline_edits_wait_and_go_when_the_platform_is_back(desk, sandbox):
    engine, _, pusher = desk()
    review = find(sandbox, "reviews", "json_extract(body, '$.reply') IS NULL")[0]
    perform(engine, OWNER, "reviews.reply", review["id"], body="谢谢您的评价！")
    httpx.put(f"{sandbox.url}/v1/_admin/faults", json={"rules": [{"route": "/reply$", "error_rate": 1.0}]})
    offline = []
    pusher.events.subscribe(lambda e: offline.append(e) if e.kind == "offline" else None)
    result = pusher.push()
    assert result.done == 0 and result.deferred == 1 and offline
    httpx.delete(f"{sandbox.url}/v1/_admin/faults")
    result = pusher.push(wait_for_retries=True)
    assert result.done == 1
    assert sandbox.storage.get("reviews", review["id"])["reply"]["body"] == "谢谢您的评价！"
