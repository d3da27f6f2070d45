"""The cache's SLA due columns are the console's business-hours clocks (services.sla), for every
ticket of a shop synced from the real sandbox, after a local change, and after the calendar changes."""

from __future__ import annotations

from sqlalchemy import text

import merchant_app.services  # noqa: F401 - registers the mutations
from merchant_app.services import sla
from merchant_app.services.edits import Actor, perform
from merchant_app.sync.mapping import read_record

from .conftest import connect

DUE_COLUMNS = ("first_response_due", "next_response_due", "resolution_due", "sla_next_due")


def cached_dues(engine) -> dict[int, dict]:
    with engine.connect() as conn:
        return {r["id"]: {k: r[k] for k in DUE_COLUMNS}
                for r in conn.execute(text(f"SELECT id, {', '.join(DUE_COLUMNS)} FROM tickets")).mappings()}


def computed_dues(engine, calendar) -> dict[int, dict]:
    with engine.connect() as conn:
        ids = conn.execute(text("SELECT id FROM tickets")).scalars().all()
        return {i: sla.dues(read_record(conn, "tickets", i), calendar) for i in ids}


def test_every_cached_ticket_carries_the_business_hours_clocks(sandbox, desk):
    engine, _, _ = desk()
    shop = connect(sandbox.url, "owner").me()["shop"]
    with engine.connect() as conn:
        calendar = sla.stored_calendar(conn)
    assert calendar is not None, "the sync learnt the shop's calendar before writing tickets"
    assert calendar.zone.key == shop["timezone"] and calendar.week[5] and not calendar.week[6]
    assert calendar.targets["urgent"][0] == shop["sla"]["urgent"]["first_response_hours"] * 3600

    cached = cached_dues(engine)
    assert len(cached) > 100
    assert cached == computed_dues(engine, sla.Calendar.from_shop(shop))
    kinds = [row["sla_next_due"] for row in cached.values()]
    assert sla.NEVER_DUE in kinds and sla.PAUSED_DUE in kinds
    assert any(k[:4].isdigit() and k < "9998" for k in kinds), "some clocks run"

    # the platform's wall-clock dues are not the console's: a paused ticket has none, others move
    with engine.connect() as conn:
        paused = conn.execute(text("SELECT id FROM tickets WHERE status = 'awaiting_customer' LIMIT 1")).scalar()
    assert cached[paused]["sla_next_due"] == sla.PAUSED_DUE


def test_a_local_reply_and_a_new_calendar_rewrite_the_dues(sandbox, desk):
    engine, _, _ = desk()
    with engine.connect() as conn:
        fresh = conn.execute(text("SELECT id FROM tickets WHERE status = 'new' AND first_responded_at IS NULL "
                                  "ORDER BY id LIMIT 1")).scalar()
        calendar = sla.stored_calendar(conn)
    assert fresh is not None and cached_dues(engine)[fresh]["first_response_due"] is not None
    perform(engine, Actor("owner", "owner"), "tickets.reply", fresh, body="We are on it.")
    after = cached_dues(engine)[fresh]
    assert after["first_response_due"] is None, "answered: no first response clock runs"
    assert after["sla_next_due"] == after["resolution_due"] != sla.NEVER_DUE
    assert cached_dues(engine) == computed_dues(engine, calendar)

    shop = connect(sandbox.url, "owner").me()["shop"]
    assert not sla.remember_shop(engine, shop), "the same calendar: nothing to do"
    always = {**shop, "business_hours": {d: ["00:00", "24:00"] for d in sla.WEEKDAYS}, "holidays": []}
    assert sla.remember_shop(engine, always)
    assert cached_dues(engine) == computed_dues(engine, sla.Calendar.from_shop(always))
    assert cached_dues(engine) != computed_dues(engine, calendar)
