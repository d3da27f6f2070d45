"""SLA breach notices, driven as a user would against the real sandbox: a ticket that comes past its
SLA is announced once — not again on the next check, the next sync or the next start."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from sqlalchemy import text

from merchant_app.services import arrivals

from .conftest import settle
from .test_tickets_view import edit_platform, iso, platform_ticket, round_the_clock, said


def test_a_breach_is_announced_once_and_opens_the_ticket(sandbox, window_for, qtbot):
    round_the_clock(sandbox)   # the clocks come due at the same wall-clock time whenever the test runs
    window = window_for(sandbox.url)
    notifier, engine = window.notifier, window.workspace.engine
    settle(qtbot, lambda: engine.connect().execute(
        text("SELECT count(*) FROM preferences WHERE key = :k"), {"k": arrivals.SLA_MARKS}).scalar() == 1)
    assert not any(a.resource == "sla" for _, _, a in notifier.announced), "a fresh cache's backlog is not news"

    with sandbox.storage.engine.connect() as conn:
        ticket_id = conn.execute(text("SELECT id FROM tickets WHERE json_extract(body, '$.status') = 'closed' "
                                      "ORDER BY id LIMIT 1")).scalar()
    ticket = platform_ticket(sandbox, ticket_id)
    created = datetime.now(UTC) - timedelta(hours=20)   # normal priority: first response was due 12 h ago
    edit_platform(sandbox, "tickets", ticket_id, status="open", priority="normal", assignee=None,
                  created_at=iso(created), first_responded_at=None, resolved_at=None, closed_at=None,
                  messages=said(ticket, ("customer", created)))
    window.workspace.sync.request_sync()
    settle(qtbot, lambda: any(a.resource == "sla" for _, _, a in notifier.announced), 30000)
    notices = [(t, b, a) for t, b, a in notifier.announced if a.resource == "sla"]
    assert len(notices) == 1
    title, body, arrival = notices[0]
    assert arrival.count == 1 and arrival.newest[0]["id"] == ticket_id
    assert title == "1 ticket past the SLA"
    assert body == f"{ticket['number']}: {ticket['subject']} · overdue"
    assert notifier.toasts["sla"].isVisible() and notifier.toasts["sla"].title.text() == title

    # the timer looks again, the platform syncs again, the console starts again: no second notice
    notifier._check_sla()
    window.workspace.sync.request_sync()
    qtbot.wait(1500)
    assert arrivals.check_sla(engine, "owner", "owner") is None
    assert [a for _, _, a in notifier.announced if a.resource == "sla"] == [arrival]

    window.show_view("home")
    qtbot.mouseClick(notifier.toasts["sla"], Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    tickets = window.current_view()
    assert tickets is window.views["tickets"]
    assert tickets.model.rowCount() == 1 and tickets.current_id in (None, ticket_id)
