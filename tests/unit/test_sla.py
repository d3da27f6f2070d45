"""SLA clocks in business hours (services/sla.py): the calendar, pauses while awaiting the customer,
next response after a customer message, met and breached clocks, and what the cache stores."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from merchant_app.services import sla

SHANGHAI = ZoneInfo("Asia/Shanghai")
NEW_YORK = ZoneInfo("America/New_York")
WEEKDAYS = {d: ["08:00", "18:00"] for d in ("mon", "tue", "wed", "thu", "fri")}
TARGETS = {"normal": {"first_response_hours": 8, "next_response_hours": 24, "resolution_hours": 72},
           "urgent": {"first_response_hours": 1, "next_response_hours": 2, "resolution_hours": 8}}
# the sandbox's shop: 09:00-18:00 on weekdays, a short Saturday, Sunday closed
SHOP = {"timezone": "Asia/Shanghai", "business_hours": {**{d: ["09:00", "18:00"] for d in
                                                           ("mon", "tue", "wed", "thu", "fri")},
                                                        "sat": ["10:00", "16:00"]},
        "holidays": [f"2026-10-0{d}" for d in range(1, 8)], "sla": TARGETS}


def at(y, mo, d, h, mi=0, zone=SHANGHAI) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=zone)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def local(moment: datetime, zone=SHANGHAI) -> tuple:
    m = moment.astimezone(zone)
    return (m.year, m.month, m.day, m.hour, m.minute)


@pytest.fixture
def shop() -> sla.Calendar:
    return sla.Calendar.from_shop(SHOP)


# --- the calendar ---------------------------------------------------------------------------------

def test_friday_evening_plus_four_hours_is_monday_morning():
    calendar = sla.Calendar("Asia/Shanghai", WEEKDAYS)
    due = calendar.add(at(2026, 11, 27, 17, 30), 4)   # a Friday
    assert local(due) == (2026, 11, 30, 11, 30), "half an hour on Friday, three and a half on Monday"
    assert calendar.open_hours_between(at(2026, 11, 27, 17, 30), due) == pytest.approx(4)


def test_saturday_counts_its_short_day(shop):
    assert local(shop.add(at(2026, 11, 27, 17, 30), 4)) == (2026, 11, 28, 13, 30), "Saturday opens at 10:00"
    # from Saturday afternoon: one hour left of Saturday, Sunday closed, Monday from 09:00
    assert local(shop.add(at(2026, 11, 28, 15, 0), 2)) == (2026, 11, 30, 10, 0)
    assert shop.open_hours_between(at(2026, 11, 28, 0, 0), at(2026, 11, 30, 0, 0)) == pytest.approx(6)


def test_a_holiday_week_is_closed(shop):
    # Wednesday 30 September 17:00: an hour that day, then the National Day week (1-7 October) is closed
    assert local(shop.add(at(2026, 9, 30, 17, 0), 4)) == (2026, 10, 8, 12, 0)
    assert shop.open_hours_between(at(2026, 10, 1, 0, 0), at(2026, 10, 8, 0, 0)) == 0
    assert shop.open_hours_between(at(2026, 9, 30, 0, 0), at(2026, 10, 9, 0, 0)) == pytest.approx(9 + 9)


def test_a_clock_that_runs_out_at_closing_time_is_due_then():
    calendar = sla.Calendar("Asia/Shanghai", WEEKDAYS)
    assert local(calendar.add(at(2026, 11, 27, 17, 0), 1)) == (2026, 11, 27, 18, 0)
    # started while closed: counting begins at the next opening
    assert local(calendar.add(at(2026, 11, 28, 23, 0), 1)) == (2026, 11, 30, 9, 0)
    assert local(calendar.add(at(2026, 11, 27, 20, 0), 0)) == (2026, 11, 27, 20, 0)


def test_daylight_saving_keeps_opening_hours_in_local_time():
    calendar = sla.Calendar("America/New_York", {d: ["09:00", "17:00"] for d in ("mon", "tue", "wed", "thu", "fri")})
    # autumn: Friday 30 October 16:00 EDT (20:00 UTC) + 2 h = Monday 2 November 10:00 EST (15:00 UTC)
    due = calendar.add(at(2026, 10, 30, 16, 0, NEW_YORK), 2)
    assert local(due, NEW_YORK) == (2026, 11, 2, 10, 0)
    assert due == datetime(2026, 11, 2, 15, 0, tzinfo=UTC)
    # spring: Friday 6 March 16:00 EST (21:00 UTC) + 2 h = Monday 9 March 10:00 EDT (14:00 UTC)
    due = calendar.add(at(2026, 3, 6, 16, 0, NEW_YORK), 2)
    assert due == datetime(2026, 3, 9, 14, 0, tzinfo=UTC)
    # a shop open round the clock on the day the clocks go back has a 25-hour day, and 23 in spring
    always = sla.Calendar("America/New_York", {d: ["00:00", "24:00"] for d in sla.WEEKDAYS})
    assert always.open_hours_between(at(2026, 11, 1, 0, 0, NEW_YORK), at(2026, 11, 2, 0, 0, NEW_YORK)) == 25
    assert always.open_hours_between(at(2026, 3, 8, 0, 0, NEW_YORK), at(2026, 3, 9, 0, 0, NEW_YORK)) == 23


def test_add_and_open_hours_between_agree_over_years(shop):
    start = at(2024, 1, 3, 11, 17)
    for hours in (0.5, 3, 9, 24, 72, 120, 2000):
        due = shop.add(start, hours)
        assert shop.open_hours_between(start, due) == pytest.approx(hours)
        assert shop.open_hours_between(start, due - timedelta(seconds=1)) < hours


def test_a_shop_without_hours_is_always_open_and_odd_definitions_do_not_break_it():
    calendar = sla.Calendar.from_shop({"timezone": "Nowhere/Atlantis", "business_hours": {"mon": ["bad"]},
                                       "holidays": ["not a date"]})
    start = at(2026, 11, 28, 3, 0)
    assert calendar.add(start, 5) == start + timedelta(hours=5)


# --- a ticket's clocks ------------------------------------------------------------------------

def message(author_type: str, moment: datetime, kind: str | None = None, body: str = "...") -> dict:
    kind = kind or {"customer": "message", "agent": "reply", "system": "internal_note"}[author_type]
    return {"id": 0, "author_type": author_type, "kind": kind, "author": "x", "body": body, "attachments": [],
            "at": iso(moment)}


def status(moment: datetime, before: str, after: str) -> dict:
    return message("system", moment, body=f"Status {before} → {after}")


def ticket(created: datetime, messages: list[dict], state: str = "open", **fields) -> dict:
    return {"id": 1, "created_at": iso(created), "status": state, "priority": "normal",
            "first_responded_at": None, "resolved_at": None, "closed_at": None,
            "messages": [message("customer", created), *messages], **fields}


MONDAY = at(2026, 11, 23, 9, 0)
LATER = at(2026, 12, 31, 12, 0)


def test_a_new_ticket_runs_first_response_and_resolution(shop):
    t = ticket(MONDAY, [], "new")
    clocks = sla.clocks(t, shop, MONDAY + timedelta(hours=1))
    assert clocks["first_response"].state == "running"
    assert local(clocks["first_response"].due) == (2026, 11, 23, 17, 0)
    assert clocks["next_response"].state == "none", "the customer's first message is the first response's"
    assert clocks["resolution"].due == shop.add(MONDAY, 72)
    assert not clocks["first_response"].breached
    assert sla.clocks(t, shop, at(2026, 11, 23, 17, 0))["first_response"].breached


def test_awaiting_the_customer_pauses_the_clocks(shop):
    replied = MONDAY + timedelta(hours=1)
    paused = MONDAY + timedelta(hours=2)
    t = ticket(MONDAY, [message("agent", replied), status(paused, "open", "awaiting_customer")],
               "awaiting_customer", first_responded_at=iso(replied))
    clocks = sla.clocks(t, shop, LATER)
    assert clocks["first_response"].state == "met" and clocks["first_response"].done_at == replied
    assert clocks["resolution"].state == "paused"
    assert clocks["resolution"].left == pytest.approx(70 * 3600), "two hours ran before the pause"
    assert not clocks["resolution"].breached, "a paused clock does not breach however long it waits"

    # the customer answers on Wednesday at 15:00: the clocks run again from there
    answered = at(2026, 11, 25, 15, 0)
    t["messages"].append(message("customer", answered))
    t["status"] = "open"
    clocks = sla.clocks(t, shop, answered)
    assert clocks["resolution"].state == "running"
    assert clocks["resolution"].due == shop.add(answered, 70)
    assert clocks["next_response"].state == "running"
    assert clocks["next_response"].due == shop.add(answered, 24)


def test_a_pause_without_its_note_starts_at_the_last_message(shop):
    replied = MONDAY + timedelta(hours=3)
    t = ticket(MONDAY, [message("agent", replied)], "awaiting_customer", first_responded_at=iso(replied))
    clocks = sla.clocks(t, shop, LATER)
    assert clocks["resolution"].state == "paused"
    assert clocks["resolution"].left == pytest.approx(69 * 3600)
    # and a ticket whose notes say it went back to open, but whose status says otherwise, trusts the status
    t["messages"].append(status(replied + timedelta(hours=1), "awaiting_customer", "open"))
    assert sla.clocks(t, shop, LATER)["resolution"].state == "paused"


def test_next_response_is_due_after_the_latest_unanswered_customer_message(shop):
    first = MONDAY + timedelta(minutes=30)
    asked = at(2026, 11, 24, 17, 0)
    again = at(2026, 11, 24, 17, 30)
    t = ticket(MONDAY, [message("agent", first), message("customer", asked), message("customer", again)],
               first_responded_at=iso(first))
    clocks = sla.clocks(t, shop, again)
    assert clocks["next_response"].state == "running"
    assert clocks["next_response"].due == shop.add(again, 24)
    # an internal note is no answer; a reply on time meets it, a late one breaches it
    t["messages"].append(message("agent", again + timedelta(hours=1), kind="internal_note"))
    assert sla.clocks(t, shop, LATER)["next_response"].state == "running"
    t["messages"].append(message("agent", at(2026, 11, 25, 10, 0)))
    done = sla.clocks(t, shop, LATER)["next_response"]
    assert done.state == "met" and not done.breached
    late = ticket(MONDAY, [message("agent", first), message("customer", asked), message("agent", LATER)],
                  first_responded_at=iso(first))
    done = sla.clocks(late, shop, LATER)["next_response"]
    assert done.state == "breached" and done.breached and done.due == shop.add(asked, 24)


def test_a_late_first_answer_breaches_and_resolution_is_met_or_breached_when_resolved(shop):
    late = at(2026, 11, 24, 10, 0)   # 8 h of Monday ran out at 17:00
    resolved = at(2026, 11, 25, 10, 0)
    t = ticket(MONDAY, [message("agent", late), status(resolved, "open", "resolved")], "resolved",
               first_responded_at=iso(late), resolved_at=iso(resolved))
    clocks = sla.clocks(t, shop, LATER)
    assert clocks["first_response"].state == "breached"
    assert local(clocks["first_response"].due) == (2026, 11, 23, 17, 0)
    assert clocks["resolution"].state == "met" and clocks["resolution"].done_at == resolved
    # resolved after 72 business hours: breached
    t["resolved_at"] = iso(LATER)
    t["messages"][-1] = status(LATER, "open", "resolved")
    assert sla.clocks(t, shop, LATER)["resolution"].state == "breached"
    # resolved without an answer: the first response clock stopped
    silent = ticket(MONDAY, [], "closed", closed_at=iso(resolved))
    assert sla.clocks(silent, shop, LATER)["first_response"].state == "stopped"


def test_a_reopened_ticket_goes_on_from_where_its_resolution_clock_stopped(shop):
    replied = MONDAY + timedelta(hours=1)
    resolved = MONDAY + timedelta(hours=5)     # 5 business hours ran
    reopened = at(2026, 11, 30, 9, 0)          # a week later the customer writes again
    t = ticket(MONDAY, [message("agent", replied), status(resolved, "open", "resolved"),
                        message("customer", reopened)], "reopened", first_responded_at=iso(replied))
    clocks = sla.clocks(t, shop, reopened)
    assert clocks["resolution"].state == "running"
    assert clocks["resolution"].due == shop.add(reopened, 67)


def test_a_priority_without_targets_has_no_clocks(shop):
    t = ticket(MONDAY, [], "new", priority="whenever")
    assert {c.state for c in sla.clocks(t, shop, LATER).values()} == {"none"}
    assert sla.dues(t, shop)["sla_next_due"] == sla.NEVER_DUE


def test_what_the_cache_stores(shop):
    t = ticket(MONDAY, [], "new")
    row = sla.dues(t, shop)
    assert row["first_response_due"] == iso(at(2026, 11, 23, 17, 0)) == row["sla_next_due"]
    assert row["next_response_due"] is None and row["resolution_due"] == iso(shop.add(MONDAY, 72))
    replied = MONDAY + timedelta(hours=1)
    paused = ticket(MONDAY, [message("agent", replied)], "awaiting_customer", first_responded_at=iso(replied))
    row = sla.dues(paused, shop)
    assert row == {"first_response_due": None, "next_response_due": None, "resolution_due": sla.PAUSED_DUE,
                   "sla_next_due": sla.PAUSED_DUE}
    closed = ticket(MONDAY, [message("agent", replied)], "closed", first_responded_at=iso(replied),
                    resolved_at=iso(replied), closed_at=iso(LATER))
    assert set(sla.dues(closed, shop).values()) == {None, sla.NEVER_DUE}
    # without the shop's calendar the platform's own due times are kept
    platform = {**t, "first_response_due": "2026-11-23T09:00:00.000000Z", "next_response_due": None,
                "resolution_due": "2026-11-26T01:00:00.000000Z"}
    assert sla.dues(platform, None)["sla_next_due"] == "2026-11-23T09:00:00.000000Z"
