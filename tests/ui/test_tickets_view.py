"""The after-sales ticket queue, driven as a user would, over a cache synced from the real sandbox.

Before the console syncs, a few tickets are put on the platform in known states (one overdue, one
paused while awaiting the customer, an urgent dispute about to breach, one with a return and an
internal note, one far from its due time), so that every queue and every clock has something to show.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from merchant_app.services import home
from merchant_app.store.queries import TICKETS_VIEW
from merchant_app.ui.table_model import ID_ROLE, RAW_ROLE, WindowedTableModel
from merchant_app.ui.views.tickets import HIDDEN_AT_FIRST, TicketsView

from .conftest import settle

COLUMNS = [c.key for c in TICKETS_VIEW.columns]
OPEN = "status NOT IN ('resolved', 'closed')"


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def edit_platform(sandbox, resource: str, record_id: int, **fields) -> None:
    r = httpx.post(f"{sandbox.url}/v1/_admin/edit/{resource}/{record_id}", json={"set": fields}, timeout=30)
    assert r.status_code == 200, r.text


def platform_ticket(sandbox, record_id: int) -> dict:
    import json

    with sandbox.storage.engine.connect() as conn:
        return json.loads(conn.execute(text("SELECT body FROM tickets WHERE id = :i"), {"i": record_id}).scalar())


def round_the_clock(sandbox) -> None:
    """The platform's shop opens round the clock with no holidays, so that the console's business-
    hours SLA clocks (services.sla) come due at the same wall-clock time whenever the test runs."""
    import json

    shop = json.loads(sandbox.storage.get_meta("shop"))
    shop.update(business_hours={d: ["00:00", "24:00"] for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")},
                holidays=[])
    with sandbox.storage.engine.begin() as conn:
        sandbox.storage.set_meta(conn, "shop", json.dumps(shop))


def said(ticket: dict, *turns: tuple[str, datetime]) -> list[dict]:
    """A conversation: (author type, when) turns, a customer message or an agent reply each."""
    return [{"id": 800000 + ticket["id"] * 10 + i, "author_type": who, "kind": "message" if who == "customer" else "reply",
             "author": ticket["customer_name"] if who == "customer" else "amy", "body": "...", "attachments": [],
             "at": iso(when)} for i, (who, when) in enumerate(turns)]


@pytest.fixture
def cases(sandbox) -> dict[str, int]:
    """Tickets put in known states on the platform before the console pulls them. The console counts
    their clocks from when they were created and what was said (the platform's due times are its own)."""
    round_the_clock(sandbox)
    now = datetime.now(UTC)
    with sandbox.storage.engine.connect() as conn:
        ids = list(conn.execute(text(
            "SELECT id FROM tickets WHERE json_extract(body, '$.order_id') IS NOT NULL "
            "AND json_extract(body, '$.rma') IS NULL ORDER BY id LIMIT 4")).scalars())
        with_rma = conn.execute(text("SELECT id FROM tickets WHERE json_extract(body, '$.rma') IS NOT NULL "
                                     "ORDER BY id LIMIT 1")).scalar()
    overdue, paused, dispute, far = ids
    # normal priority: first response within 8 h (three hours overdue), resolution within 72 h
    created = now - timedelta(hours=11)
    edit_platform(sandbox, "tickets", overdue, status="open", assignee="agent", priority="normal",
                  created_at=iso(created), first_responded_at=None, resolved_at=None, closed_at=None,
                  messages=said(platform_ticket(sandbox, overdue), ("customer", created)))
    created = now - timedelta(days=1, hours=1)
    edit_platform(sandbox, "tickets", paused, status="awaiting_customer", assignee=None, created_at=iso(created),
                  first_responded_at=iso(now - timedelta(days=1)), resolved_at=None, closed_at=None,
                  messages=said(platform_ticket(sandbox, paused), ("customer", created),
                                ("agent", now - timedelta(days=1))))
    # urgent: the customer wrote again half an hour ago, the next response is due within 2 h
    created = now - timedelta(hours=6)
    edit_platform(sandbox, "tickets", dispute, status="escalated", type="dispute", priority="urgent", assignee="amy",
                  created_at=iso(created), first_responded_at=iso(now - timedelta(hours=5)),
                  dispute_deadline=iso(now + timedelta(days=2)), resolved_at=None, closed_at=None,
                  messages=said(platform_ticket(sandbox, dispute), ("customer", created),
                                ("agent", now - timedelta(hours=5)), ("customer", now - timedelta(minutes=30))))
    # low priority: first response within 24 h, six and a half hours from now
    created = now - timedelta(hours=17, minutes=30)
    edit_platform(sandbox, "tickets", far, status="new", assignee=None, priority="low", created_at=iso(created),
                  first_responded_at=None, resolved_at=None, closed_at=None,
                  messages=said(platform_ticket(sandbox, far), ("customer", created)))
    ticket = platform_ticket(sandbox, with_rma)
    messages = ticket["messages"] + [
        {"id": 900001, "author_type": "customer", "kind": "message", "author": ticket["customer_name"],
         "body": "The <lid> is cracked.\nPhotos attached.", "attachments": ["crack-1.jpg", "crack-2.jpg"],
         "at": iso(now - timedelta(hours=2))},
        {"id": 900002, "author_type": "agent", "kind": "internal_note", "author": "amy",
         "body": "Customer is a regular; approve without the photos check.", "attachments": [],
         "at": iso(now - timedelta(hours=1))}]
    edit_platform(sandbox, "tickets", with_rma, messages=messages, requested_amount=12345,
                  tags=["fragile", "vip"])
    return {"overdue": overdue, "paused": paused, "dispute": dispute, "far": far, "rma": with_rma}


@pytest.fixture
def tickets_for(view_for):
    """tickets_for(url, user) -> the tickets view on a workspace signed in to that platform, its first
    sync done (the view on its own: the main window is not needed to drive it)."""
    return lambda url, user="owner", theme_name="light": view_for(TicketsView, url, user, theme_name)


def sql_ids(view: TicketsView, where: str, **params) -> set[int]:
    with view.workspace.engine.connect() as conn:
        return set(conn.execute(text(f"SELECT id FROM tickets WHERE {where}"), params).scalars())


def shown_ids(view: TicketsView) -> set[int]:
    return {view.model.data(view.model.index(r, 0), ID_ROLE) for r in range(view.model.rowCount())}


def pick(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


def cell(view: TicketsView, record_id: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    row = view.model.row_of(record_id)
    assert row is not None, f"ticket {record_id} is not in the list"
    return view.model.data(view.model.index(row, COLUMNS.index(key)), role)


def breaching_oracle(view: TicketsView, now: datetime) -> set[int]:
    """Home's definition, ticket by ticket: being worked on, earliest due time within two hours or past."""
    def at(s):
        return datetime.fromisoformat(s)

    out = set()
    with view.workspace.engine.connect() as conn:
        for t in conn.execute(text("SELECT * FROM tickets")).mappings():
            if t["status"] in ("resolved", "closed", "awaiting_customer"):
                continue
            dues = [t["next_response_due"], t["resolution_due"]]
            if t["first_responded_at"] is None:
                dues.append(t["first_response_due"])
            dues = [at(d) for d in dues if d]
            if dues and min(dues) < now + timedelta(hours=2):
                out.add(t["id"])
    return out


def test_the_tickets_model_passes_qt_model_tester(qtmodeltester, sandbox, cases, tickets_for):
    view = tickets_for(sandbox.url)
    qtmodeltester.check(view.model)
    for state in ({"queue": "open"}, {"queue": "breaching"}, {"type": "return", "priority": "normal"}):
        model = WindowedTableModel(view.workspace.engine, TICKETS_VIEW)
        model.state = model.state.with_(**state)
        model.refresh()
        assert model.rowCount() > 0, state
        qtmodeltester.check(model)
        model.sort(COLUMNS.index("priority"), Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)


def test_each_queue_and_filter_shows_the_tickets_it_names(sandbox, cases, tickets_for, qtbot):
    view = tickets_for(sandbox.url, "agent")  # agents work the queue
    total = len(sql_ids(view, "TRUE"))
    assert view.model.rowCount() == total > 100

    pick(view.queue_box, "mine")
    assert view.filter_values()["queue"] == "mine@agent", "the signed-in user's tickets"
    mine = sql_ids(view, f"assignee = 'agent' AND {OPEN}")
    assert shown_ids(view) == mine and cases["overdue"] in mine
    pick(view.queue_box, "unassigned")
    unassigned = sql_ids(view, f"assignee IS NULL AND {OPEN}")
    assert shown_ids(view) == unassigned and {cases["paused"], cases["far"]} <= unassigned
    pick(view.queue_box, "awaiting_customer")
    assert shown_ids(view) == sql_ids(view, "status = 'awaiting_customer'") >= {cases["paused"]}
    pick(view.queue_box, "disputes")
    assert shown_ids(view) == sql_ids(view, f"type = 'dispute' AND {OPEN}") >= {cases["dispute"]}
    pick(view.queue_box, "open")
    everything_open = sql_ids(view, OPEN)
    assert shown_ids(view) == everything_open and len(everything_open) < total
    now = datetime.now(UTC)
    pick(view.queue_box, "breaching")
    breaching = breaching_oracle(view, now)
    assert shown_ids(view) == breaching and {cases["overdue"], cases["dispute"]} <= breaching
    assert cases["paused"] not in breaching and cases["far"] not in breaching

    # the queues count their tickets (off the UI thread)
    settle(qtbot, lambda: view.queue_counts.get("breaching") == len(breaching))
    assert view.queue_counts["open"] == len(everything_open) and view.queue_counts["mine"] == len(mine)
    assert view.queue_box.itemText(view.queue_box.findData("open")).endswith(f"({len(everything_open):,})")

    view.clear_filters()
    assert view.queue_box.currentData() is None and view.model.rowCount() == total
    pick(view.status_box, "escalated")
    assert shown_ids(view) == sql_ids(view, "status = 'escalated'") >= {cases["dispute"]}
    pick(view.type_box, "dispute")  # filters combine
    assert shown_ids(view) == sql_ids(view, "status = 'escalated' AND type = 'dispute'") >= {cases["dispute"]}
    view.clear_filters()
    pick(view.type_box, "return")
    assert shown_ids(view) == sql_ids(view, "type = 'return'") != set()
    pick(view.priority_box, "urgent")
    assert shown_ids(view) == sql_ids(view, "type = 'return' AND priority = 'urgent'")
    view.clear_filters()
    pick(view.priority_box, "low")
    assert shown_ids(view) == sql_ids(view, "priority = 'low'") >= {cases["far"]}
    assert {view.model.data(view.model.index(r, COLUMNS.index("priority"))) for r in range(view.model.rowCount())} \
        == {"Low"}
    pick(view.queue_box, "unassigned")
    assert shown_ids(view) == sql_ids(view, f"priority = 'low' AND assignee IS NULL AND {OPEN}") >= {cases["far"]}


def test_breaching_shows_exactly_what_home_counts(sandbox, cases, tickets_for):
    view = tickets_for(sandbox.url)
    with view.workspace.engine.connect() as conn:
        glance = next(g for g in home.at_a_glance(conn, "owner", view.workspace.shop) if g.key == "tickets_due")
    assert (glance.view, glance.filters) == ("tickets", {"queue": "breaching"})
    view.filter_to(glance.filters)
    assert view.queue_box.currentData() == "breaching"
    assert view.model.rowCount() == glance.count >= 2
    assert glance.facts["overdue"] >= 1


def test_search_finds_a_ticket_by_number_subject_customer_or_order(sandbox, cases, tickets_for, qtbot):
    view = tickets_for(sandbox.url)
    with view.workspace.engine.connect() as conn:
        ticket_id, number, subject, order_number = conn.execute(text(
            "SELECT id, number, subject, order_number FROM tickets WHERE order_number IS NOT NULL "
            "ORDER BY id LIMIT 1 OFFSET 37")).first()
        name = conn.execute(text("SELECT customer_name FROM tickets GROUP BY customer_name HAVING count(*) < 5 "
                                 "ORDER BY customer_name LIMIT 1")).scalar()
    qtbot.keyClicks(view.search, number.lower())
    settle(qtbot, lambda: view.model.rowCount() == 1)
    assert view.model.data(view.model.index(0, 0), ID_ROLE) == ticket_id
    assert view.model.data(view.model.index(0, 0)) == number

    view.search.clear()
    qtbot.keyClicks(view.search, number[-4:])  # the digits, as a customer reads them out
    expected = sql_ids(view, "number LIKE :p OR subject LIKE :p OR customer_name LIKE :p OR order_number LIKE :p",
                       p=f"%{number[-4:]}%")
    settle(qtbot, lambda: shown_ids(view) == expected)
    assert ticket_id in expected and len(expected) > 1

    for term, where in ((subject[2:12], "instr(subject, :t) > 0"), (name, "instr(customer_name, :t) > 0"),
                        (order_number, "order_number = :t")):
        view.search.clear()
        view.search.insert(term)  # as an input method commits it
        expected = sql_ids(view, where, t=term)
        settle(qtbot, lambda expected=expected: shown_ids(view) >= expected != set())
    assert ticket_id in shown_ids(view)

    view.search.clear()
    for odd in ('"', "a*b", "100%", "x_y", "'; DROP TABLE tickets; --"):
        view.filter_to({}, odd)
    view.filter_to({}, "no such ticket zzzq")
    assert view.model.rowCount() == 0


def test_sort_by_every_column_in_both_directions(sandbox, cases, tickets_for):
    view = tickets_for(sandbox.url)
    header = view.table.horizontalHeader()
    for i, key in enumerate(COLUMNS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            header.setSortIndicator(i, order)
            assert view.model.sort_key == key
            desc = order == Qt.SortOrder.DescendingOrder
            first = [view.model.data(view.model.index(r, i), RAW_ROLE) for r in range(80)]
            # SQLite puts NULLs (no order, no assignee) first in ascending order, last in descending
            assert first == sorted(first, key=lambda v: (v is not None, v), reverse=desc), (key, order)
    # by priority, most pressing first: urgent above high, not in alphabetical order
    header.setSortIndicator(COLUMNS.index("priority"), Qt.SortOrder.DescendingOrder)
    assert view.model.data(view.model.index(0, COLUMNS.index("priority"))) == "Urgent"
    # the queue's own order: the most pressing clock first, tickets without a clock last
    header.setSortIndicator(COLUMNS.index("next_due"), Qt.SortOrder.AscendingOrder)
    view.filter_to({"queue": "breaching"})
    assert view.model.data(view.model.index(0, COLUMNS.index("next_due")), RAW_ROLE) \
        <= cell(view, cases["dispute"], "next_due", RAW_ROLE)
    view.filter_to({})
    last = view.model.rowCount() - 1
    assert view.model.data(view.model.index(last, COLUMNS.index("next_due"))) == ""
    assert view.model.data(view.model.index(0, COLUMNS.index("next_due")), RAW_ROLE) \
        <= cell(view, cases["overdue"], "next_due", RAW_ROLE)


def test_every_row_shows_its_sla_clock(sandbox, cases, tickets_for):
    view = tickets_for(sandbox.url)
    assert cell(view, cases["overdue"], "next_due").endswith("overdue")
    assert cell(view, cases["overdue"], "next_due").startswith("3 h")
    assert cell(view, cases["paused"], "next_due") == "paused"
    assert cell(view, cases["dispute"], "next_due") in ("in 1 h", "in 89 min", "in 90 min")
    assert cell(view, cases["far"], "next_due") in ("in 6 h",)
    assert cell(view, cases["far"], "priority") == "Low" and cell(view, cases["dispute"], "priority") == "Urgent"
    assert cell(view, cases["paused"], "assignee") == "unassigned"
    closed = next(iter(sql_ids(view, "status = 'closed'")))
    assert cell(view, closed, "next_due") == "", "no clock on a closed ticket"
    view.table.grab()  # the badges paint


def test_the_detail_pane_shows_a_ticket_in_full(sandbox, cases, tickets_for):
    from merchant_app.ui import formatting, theme

    view = tickets_for(sandbox.url, "agent")
    assert view.empty_label.isVisible() and not view.ticket_host.isVisible()

    assert view.select_record(cases["rma"])
    ticket = view.workspace.record("tickets", cases["rma"])
    order = view.workspace.record("orders", ticket["order_id"])
    assert view.ticket_host.isVisible() and view.number_label.text() == ticket["number"]
    assert view.subject_label.text() == ticket["subject"]
    sections = {k: label.text() for k, label in view.sections.items()}
    assert ticket["customer_name"] in sections["case"]
    assert ticket["order_number"] in sections["case"]
    assert formatting.money(order["total"], order["currency"]) in sections["case"], "the linked order's total"
    assert formatting.money(12345, order["currency"]) in sections["case"], "agents see the amount asked for"
    assert "fragile" in sections["case"] and "vip" in sections["case"]
    assert view.sections["rma"].isVisible() and ticket["rma"]["number"] in sections["rma"]
    skus = {ln["id"]: ln["sku"] for ln in order["lines"]}
    for item in ticket["rma"]["items"]:
        assert skus[item["line_id"]] in sections["rma"]
    assert not view.sections["dispute"].isVisible()
    conversation = sections["conversation"]
    assert "The &lt;lid&gt; is cracked.<br>Photos attached." in conversation, "platform text escaped, lines kept"
    assert "crack-1.jpg" in conversation
    blocks = conversation.split("<table")
    note = next(b for b in blocks if "approve without the photos check" in b)
    message = next(b for b in blocks if "The &lt;lid&gt;" in b)
    tint = view._tint("warning", 0.16)
    assert "Internal note" in note and tint in note, "an internal note says so, on its own background"
    assert "Internal note" not in message and tint not in message, "the customer's message looks otherwise"
    assert conversation.index("The &lt;lid&gt;") < conversation.index("approve without"), "oldest first"
    assert view.status_chip.text() and view.type_chip.text() and "priority" in view.priority_chip.text()
    assert theme.current().name == "light"

    view.select_record(cases["paused"])
    sla = view.sections["sla"].text()
    assert "paused while awaiting the customer" in sla
    assert "answered" in sla, "the first response was given"
    assert view.alert_label.isVisible() and "paused" in view.alert_label.text()

    view.select_record(cases["overdue"])
    sla = view.sections["sla"].text()
    assert "3 h overdue" in sla, "first response due three hours ago"
    assert "no customer message waiting" in sla
    assert "2 days left" in sla or "47 h left" in sla or "1 day left" in sla, sla
    assert view.alert_label.isVisible() and "SLA breached" in view.alert_label.text()

    view.select_record(cases["dispute"])
    assert view.sections["dispute"].isVisible()
    dispute = view.sections["dispute"].text()
    assert "left" in dispute and formatting.timestamp(view.ticket["dispute_deadline"]) in dispute
    assert view.alert_label.isVisible() and "Due in" in view.alert_label.text()
    assert "Urgent" in view.priority_chip.text()

    with view.workspace.engine.connect() as conn:
        closed = conn.execute(text("SELECT id FROM tickets WHERE status = 'closed' ORDER BY id LIMIT 1")).scalar()
    view.select_record(closed)
    assert not view.alert_label.isVisible()
    assert "overdue" not in view.sections["sla"].text()


def test_csv_export_writes_the_queue(sandbox, cases, tickets_for, qtbot, tmp_path):
    view = tickets_for(sandbox.url)
    view.filter_to({"queue": "open"})
    path = view.export_csv(str(tmp_path / "open.csv"))
    settle(qtbot, lambda: not view.exporting)   # it writes off the UI thread
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["id", "Ticket", "Subject"]
    assert len(rows) - 1 == view.model.rowCount() > 0
    assert {int(r[0]) for r in rows[1:]} == sql_ids(view, OPEN)
    priority, due = rows[0].index("Priority"), rows[0].index("Next due")
    assert {r[priority] for r in rows[1:]} <= {"urgent", "high", "normal", "low"}
    assert not any(r[due].startswith("9999") for r in rows[1:]), "no clock: an empty cell"


def test_columns_and_queue_are_remembered(sandbox, cases, tickets_for, qtbot):
    from merchant_app.ui.app import settings

    view = tickets_for(sandbox.url, "agent")
    header = view.table.horizontalHeader()
    for key in HIDDEN_AT_FIRST:
        assert header.isSectionHidden(COLUMNS.index(key))
    menu = view.column_menu()
    next(a for a in menu.actions() if a.text() == "Assignee").setChecked(True)
    view.filter_to({"queue": "mine"})
    count = view.model.rowCount()
    assert count >= 1

    again = TicketsView(view.workspace, settings())
    qtbot.addWidget(again)
    assert again.queue_box.currentData() == "mine" and again.model.rowCount() == count
    assert not again.table.horizontalHeader().isSectionHidden(COLUMNS.index("assignee"))
    assert again.table.horizontalHeader().isSectionHidden(COLUMNS.index("order"))
