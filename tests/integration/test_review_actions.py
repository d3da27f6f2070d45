"""Review actions (issue 6): reply, hide, report, publish and tag, offline and queued, land on the
platform as shown; a one-star review opens an after-sales ticket on its order, created offline under
a temporary id and replaced by the platform's ticket."""

from __future__ import annotations

import pytest
from sqlalchemy import select

import merchant_app.services  # noqa: F401 - registers the mutations
from merchant_app.models import Base
from merchant_app.services import reviews as review_service
from merchant_app.services.edits import Actor, ServiceError, perform, perform_all, undo
from merchant_app.sync.mapping import read_record

from .conftest import find

AGENT = Actor("agent", "agent")
OUTBOX = Base.metadata.tables["outbox"]
TICKETS = Base.metadata.tables["tickets"]


def local(engine, resource: str, record_id: int) -> dict | None:
    with engine.connect() as conn:
        return read_record(conn, resource, record_id)


def published(sandbox, n: int = 1, extra: str = "") -> list[dict]:
    found = find(sandbox, "reviews", "json_extract(body, '$.status') = 'published'" + extra)
    assert len(found) >= n
    return found[:n]


def test_hide_report_publish_and_tag_as_the_platform_does(desk, sandbox):
    engine, _, pusher = desk("agent", user="agent")
    review = published(sandbox, extra=" AND json_array_length(json_extract(body, '$.tags')) = 0")[0]
    rid = review["id"]
    shown = local(engine, "reviews", rid)
    assert review_service.refusal(shown, "publish", "agent").code == "review_not_hidden"
    with pytest.raises(ServiceError) as err:
        perform(engine, AGENT, "reviews.hide", rid, reason="  ")
    assert err.value.code == "reason_required" and err.value.field == "reason"
    assert local(engine, "reviews", rid)["status"] == "published"    # refused: nothing changed

    perform(engine, AGENT, "reviews.hide", rid, reason="Contains a   phone number")
    perform(engine, AGENT, "reviews.tag", rid, add=["sizing", " Sizing ", "尺码"])
    shown = local(engine, "reviews", rid)
    assert (shown["status"], shown["status_reason"], shown["tags"]) == ("hidden", "Contains a phone number",
                                                                        ["sizing", "尺码"])
    assert review_service.refusal(shown, "hide", "agent").code == "review_already_hidden"
    assert review_service.refusal(shown, "report", "agent").code == "review_not_published"
    assert pusher.push().done == 2
    on_platform = sandbox.storage.get("reviews", rid)
    assert (on_platform["status"], on_platform["status_reason"], on_platform["tags"]) == \
        ("hidden", "Contains a phone number", ["sizing", "尺码"])
    with engine.connect() as conn:
        assert {"sizing", "尺码"} <= set(review_service.shop_tags(conn))   # offered when tagging the next one

    perform(engine, AGENT, "reviews.publish", rid)
    perform(engine, AGENT, "reviews.tag", rid, remove=["SIZING"])
    with pytest.raises(ServiceError) as err:
        perform(engine, AGENT, "reviews.tag", rid, remove=["not there"])
    assert err.value.code == "nothing_to_change"
    perform(engine, AGENT, "reviews.report", rid, reason="Competitor, never bought")
    assert pusher.push().done == 3
    on_platform = sandbox.storage.get("reviews", rid)
    assert (on_platform["status"], on_platform["status_reason"], on_platform["tags"]) == \
        ("reported", "Competitor, never bought", ["尺码"])
    assert local(engine, "reviews", rid)["version"] == on_platform["version"]


def test_replies_offline_are_kept_and_sent_in_order(desk, sandbox):
    engine, _, pusher = desk()
    review = published(sandbox, extra=" AND json_extract(body, '$.reply') IS NULL")[0]
    perform(engine, Actor("owner", "owner"), "reviews.reply", review["id"], body="Sorry — we will make it right.")
    assert local(engine, "reviews", review["id"])["reply"]["body"] == "Sorry — we will make it right."
    assert sandbox.storage.get("reviews", review["id"])["reply"] is None   # queued, not sent
    assert pusher.push().done == 1
    assert sandbox.storage.get("reviews", review["id"])["reply"]["body"] == "Sorry — we will make it right."


def test_bulk_reply_is_all_or_nothing(desk, sandbox):
    engine, _, pusher = desk()
    reviews = published(sandbox, 3, " AND json_extract(body, '$.reply') IS NULL")
    owner = Actor("owner", "owner")
    steps = [("reviews.reply", r["id"], {"body": "Thank you!"}) for r in reviews]
    with pytest.raises(ServiceError):
        perform_all(engine, owner, [*steps[:2], ("reviews.reply", reviews[2]["id"], {"body": "x" * 2001})])
    assert all(local(engine, "reviews", r["id"])["reply"] is None for r in reviews)
    with engine.connect() as conn:
        assert conn.execute(select(OUTBOX.c.id).where(OUTBOX.c.resource == "reviews")).first() is None
    perform_all(engine, owner, steps)
    assert pusher.push().done == 3
    assert all(sandbox.storage.get("reviews", r["id"])["reply"]["body"] == "Thank you!" for r in reviews)


def one_star_with_order(sandbox, engine) -> dict:
    for review in find(sandbox, "reviews", "json_extract(body, '$.rating') = 1 AND "
                                           "json_extract(body, '$.order_id') IS NOT NULL"):
        shown = local(engine, "reviews", review["id"])
        with engine.connect() as conn:
            if review_service.open_ticket_of(conn, shown) is None:
                return shown
    pytest.fail("the seeded shop has no one-star review on an order without an open ticket")


def test_a_one_star_review_opens_a_ticket_on_its_order_offline_then_on_the_platform(desk, sandbox):
    engine, puller, pusher = desk("agent", user="agent")
    review = one_star_with_order(sandbox, engine)
    changes = perform(engine, AGENT, "tickets.create_from_review", None, review_id=review["id"])
    (temporary,) = changes.ids
    assert temporary < 0
    placeholder = local(engine, "tickets", temporary)
    assert (placeholder["type"], placeholder["priority"], placeholder["order_id"], placeholder["customer_id"]) == \
        ("complaint", "high", review["order_id"], review["customer_id"])
    assert review["body"].splitlines()[0] in placeholder["messages"][0]["body"]
    with engine.connect() as conn:
        assert review_service.refusal(review, "ticket", "agent",
                                      review_service.open_ticket_of(conn, review)).code == "order_has_ticket"
    with pytest.raises(ServiceError) as err:   # one click, one ticket
        perform(engine, AGENT, "tickets.create_from_review", None, review_id=review["id"])
    assert err.value.code == "order_has_ticket"
    with pytest.raises(ServiceError) as err:   # a placeholder waits for the platform before it changes
        perform(engine, AGENT, "tickets.set_priority", temporary, priority="urgent")
    assert err.value.code == "not_synced_yet"

    assert pusher.push().done == 1
    assert local(engine, "tickets", temporary) is None
    with engine.connect() as conn:
        real = conn.execute(select(OUTBOX.c.record_id).where(OUTBOX.c.idempotency_key == changes.outbox_key)).scalar()
    ticket = sandbox.storage.get("tickets", real)
    assert (ticket["type"], ticket["priority"], ticket["order_id"], ticket["customer_id"]) == \
        ("complaint", "high", review["order_id"], review["customer_id"])
    assert ticket["messages"][0]["kind"] == "internal_note" and f"review #{review['id']}" in ticket["messages"][0]["body"]
    assert local(engine, "tickets", real)["number"] == ticket["number"]
    puller.pull("tickets")
    with engine.connect() as conn:   # once, under its real id
        assert conn.execute(select(TICKETS.c.id).where(TICKETS.c.order_id == review["order_id"],
                                                       TICKETS.c.id < 0)).first() is None


def test_a_refused_ticket_is_removed_and_an_undone_one_never_leaves(desk, sandbox):
    engine, _, pusher = desk()
    owner = Actor("owner", "owner")
    review = one_star_with_order(sandbox, engine)
    (temporary,) = perform(engine, owner, "tickets.create_from_review", None, review_id=review["id"]).ids
    with engine.connect() as conn:
        key = conn.execute(select(OUTBOX.c.idempotency_key).where(OUTBOX.c.record_id == temporary)).scalar()
    undo(engine, owner, [key])
    assert local(engine, "tickets", temporary) is None and pusher.push().done == 0

    # the platform refuses (the order's customer changed meanwhile): the ticket goes, nothing is left behind
    (temporary,) = perform(engine, owner, "tickets.create_from_review", None, review_id=review["id"]).ids
    with engine.begin() as conn:
        entry = conn.execute(select(OUTBOX.c.id, OUTBOX.c.body).where(OUTBOX.c.record_id == temporary)).first()
        conn.execute(OUTBOX.update().where(OUTBOX.c.id == entry.id).values(body={**entry.body, "customer_id": 10 ** 8}))
    result = pusher.push()
    assert result.rejected == 1 and local(engine, "tickets", temporary) is None
    with engine.connect() as conn:
        assert conn.execute(select(OUTBOX.c.last_error).where(OUTBOX.c.id == entry.id)).scalar().startswith(
            "customer_not_found")


def test_a_good_review_or_one_without_an_order_opens_no_ticket(desk, sandbox):
    engine, _, _ = desk()
    good = local(engine, "reviews", find(sandbox, "reviews", "json_extract(body, '$.rating') >= 4")[0]["id"])
    assert review_service.refusal(good, "ticket", "owner").code == "review_not_negative"
    with pytest.raises(ServiceError) as err:
        perform(engine, Actor("owner", "owner"), "tickets.create_from_review", None, review_id=good["id"])
    assert err.value.code == "review_not_negative"
    bad = dict(good, rating=2, order_id=None)
    assert review_service.refusal(bad, "ticket", "owner").code == "review_without_order"


def test_product_ratings_count_every_review_of_the_product(desk, sandbox):
    engine, _, _ = desk()
    with sandbox.storage.engine.connect() as conn:   # a product with fewer reviews than find()'s 50
        listing = conn.exec_driver_sql("SELECT json_extract(body, '$.listing_id') AS l FROM reviews WHERE NOT deleted "
                                       "GROUP BY l HAVING count(*) BETWEEN 5 AND 50 LIMIT 1").scalar()
    mine = find(sandbox, "reviews", "json_extract(body, '$.listing_id') = :l", l=listing)
    with engine.connect() as conn:
        figures = review_service.product_ratings(conn, listing)
    assert figures["total"] == len(mine)
    assert figures["counts"] == [sum(r["rating"] == n for r in mine) for n in range(1, 6)]
    by_month: dict[str, list[int]] = {}
    for r in mine:
        by_month.setdefault(r["created_at"][:7], []).append(r["rating"])
    expected = [(m, sum(v) / len(v), len(v)) for m, v in sorted(by_month.items())][-12:]
    assert [(m, round(a, 6), n) for m, a, n in figures["months"]] == [(m, round(a, 6), n) for m, a, n in expected]
