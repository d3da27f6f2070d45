"""Working a ticket in the after-sales view, as an agent would, against the real sandbox: take it,
answer with a canned reply, keep a draft, move it on, approve and receive a return."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from sqlalchemy import func, select

from merchant_app.models import Base
from merchant_app.sandbox.app import SandboxConfig
from merchant_app.sandbox.server import SandboxServer
from merchant_app.services import tickets as ticket_service
from merchant_app.ui.views.tickets import TicketsView
from tests.integration.conftest import find

from .conftest import settle

OUTBOX = Base.metadata.tables["outbox"]


def queued(view) -> int:
    with view.workspace.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(OUTBOX)).scalar_one()


def menu_texts(button) -> list[str]:
    button.menu().aboutToShow.emit()
    return [a.text() for a in button.menu().actions() if a.text()]


def trigger(button, text: str) -> None:
    button.menu().aboutToShow.emit()
    next(a for a in button.menu().actions() if a.text() == text).trigger()


def test_take_a_ticket_answer_it_offline_with_a_canned_reply_and_move_it_on(shop_db, window_for, qtbot):
    config = SandboxConfig(db_url=shop_db, test_mode=True)
    server = SandboxServer(config).start()
    port = server.port
    try:
        window = window_for(server.url, "agent")
        view = window.show_view("tickets")
        view.filter_to({})
        ticket = find(server, "tickets", "json_extract(body, '$.status') = 'escalated' AND "
                      "json_extract(body, '$.order_id') IS NOT NULL AND "
                      "ifnull(json_extract(body, '$.assignee'), '') != 'agent'")[0]
        other = find(server, "tickets", "json_extract(body, '$.status') = 'new'")[0]
        settle(qtbot, lambda: view.select_record(ticket["id"]))
        assert "Awaiting customer" in menu_texts(view.status_button) and "Closed" not in menu_texts(view.status_button)
        server.stop()

        qtbot.mouseClick(view.assign_me_button, Qt.MouseButton.LeftButton)
        settle(qtbot, lambda: "agent" in view.sections["case"].text() and "waiting to sync" in view.sync_chip.text())
        assert not view.assign_me_button.isEnabled(), "it is mine now"

        # a canned reply in the customer's language, facts filled in; a missing fact is named instead
        greeting = next(i for i in range(view.canned_box.count())
                        if view.canned_box.itemData(i) and view.canned_box.itemData(i).key.startswith("builtin:greeting"))
        view.canned_box.activated.emit(greeting)
        assert ticket["order_number"] in view.reply_edit.toPlainText()
        assert ticket["customer_name"] in view.reply_edit.toPlainText()
        returned = next(i for i in range(view.canned_box.count()) if view.canned_box.itemData(i)
                        and view.canned_box.itemData(i).key.startswith("builtin:return_approved"))
        before = view.reply_edit.toPlainText()
        view.canned_box.activated.emit(returned)
        assert "{rma_number}" in view.reply_error.text() and view.reply_edit.toPlainText() == before

        # the draft stays with its ticket while the agent looks at another
        view.select_record(other["id"])
        assert view.reply_edit.toPlainText() == ""
        view.select_record(ticket["id"])
        assert view.reply_edit.toPlainText() == before

        view.reply_edit.setFocus()
        qtbot.keyClick(view.reply_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot, lambda: view.reply_edit.toPlainText() == "")
        assert ticket["order_number"] in view.sections["conversation"].text()
        trigger(view.status_button, "Awaiting customer")
        settle(qtbot, lambda: view.status_chip.text() == "Awaiting customer")
        settle(qtbot, lambda: "3 edits" in window.pending_label.text())

        server = SandboxServer(config, port=port).start()
        settle(qtbot, lambda: window.pending_label.text() == "All edits synced", 30000)
        platform = server.storage.get("tickets", ticket["id"])
        assert platform["assignee"] == "agent" and platform["status"] == "awaiting_customer"
        reply = next(m for m in reversed(platform["messages"]) if m["kind"] == "reply")
        assert reply["author"] == "agent" and ticket["order_number"] in reply["body"]
    finally:
        server.stop()


def test_an_internal_note_and_a_priority(sandbox, view_for, qtbot):
    view = view_for(TicketsView, sandbox.url, "agent")
    view.filter_to({})
    ticket = find(sandbox, "tickets", "json_extract(body, '$.status') = 'new'")[0]
    settle(qtbot, lambda: view.select_record(ticket["id"]))
    view.send_reply()
    assert "Write the reply first" in view.reply_error.text() and queued(view) == 0
    view.note_check.setChecked(True)
    assert view.send_button.text() == "Add note"
    view.reply_edit.setPlainText("Customer called: wants a call back after 18:00.")
    view.send_button.click()
    settle(qtbot, lambda: view.reply_edit.toPlainText() == "")
    assert "call back" in view.sections["conversation"].text() and not view.note_check.isChecked()
    target = "Urgent" if ticket["priority"] != "urgent" else "Low"
    trigger(view.priority_button, target)
    settle(qtbot, lambda: target in view.priority_chip.text())
    settle(qtbot, lambda: sandbox.storage.get("tickets", ticket["id"])["priority"] == target.lower(), 30000)
    note = sandbox.storage.get("tickets", ticket["id"])["messages"][-1]
    assert (note["kind"], note["author"]) == ("internal_note", "agent")


def test_approve_a_return_and_receive_it_with_a_refund(sandbox, view_for, qtbot):
    view = view_for(TicketsView, sandbox.url, "agent")
    view.filter_to({})
    ticket = find(sandbox, "tickets", "json_extract(body, '$.type') = 'return' AND json_extract(body, '$.rma') IS NULL "
                  "AND json_extract(body, '$.status') = 'escalated'")[0]
    order = sandbox.storage.get("orders", ticket["order_id"])
    settle(qtbot, lambda: view.select_record(ticket["id"]))
    assert view.approve_button.isVisible() and not view.approve_button.isEnabled()
    assert "open ticket" in view.approve_button.toolTip()
    assert not view.receive_button.isVisible()
    trigger(view.status_button, "Open")
    settle(qtbot, lambda: view.approve_button.isEnabled())
    dialog = view.open_dialog("approve_return")
    for spin in dialog.spins:
        spin.setValue(0)
    dialog.ok_button.click()
    assert "Choose the units" in dialog.error.text()
    dialog.spins[0].setValue(1)
    dialog.ok_button.click()
    settle(qtbot, lambda: not dialog.isVisible())
    assert view.status_chip.text() == "Awaiting return" and f"RMA-{ticket['id']:06d}" in view.sections["rma"].text()
    assert view.receive_button.isVisible() and not view.approve_button.isVisible()
    dialog = view.open_dialog("receive_return")
    assert dialog.restock.isChecked() and dialog.refund_check.isChecked() and dialog.amount.text()
    dialog.ok_button.click()
    settle(qtbot, lambda: not dialog.isVisible())
    assert view.status_chip.text() == "Open"
    settle(qtbot, lambda: sandbox.storage.get("tickets", ticket["id"])["rma"]["status"] == "received", 30000)
    assert sandbox.storage.get("orders", order["id"])["refunded_total"] > order["refunded_total"]


def test_a_closed_ticket_offers_only_reopening(sandbox, view_for, qtbot):
    view = view_for(TicketsView, sandbox.url)
    view.filter_to({})
    ticket = find(sandbox, "tickets", "json_extract(body, '$.status') = 'closed'")[0]
    settle(qtbot, lambda: view.select_record(ticket["id"]))
    assert not view.reply_edit.isEnabled() and "reopen it first" in view.reply_error.text()
    assert not view.assign_button.isEnabled() and menu_texts(view.status_button) == ["Reopened"]
    assert ticket_service.moves(view.ticket) == ["reopened"]


def test_a_long_conversation_opens_on_its_latest_messages(sandbox, view_for, qtbot):
    from merchant_app.store import write_transaction
    from merchant_app.sync.mapping import read_record, write_record
    from merchant_app.ui.views.tickets import LATEST_MESSAGES

    view = view_for(TicketsView, sandbox.url)
    view.filter_to({})
    ticket_id = find(sandbox, "tickets", "json_extract(body, '$.status') = 'escalated'")[0]["id"]
    with write_transaction(view.workspace.engine) as conn:
        ticket = read_record(conn, "tickets", ticket_id)
        ticket["messages"] = [{"id": i, "author_type": "customer", "kind": "message", "author": "c",
                               "body": f"message number {i}", "attachments": [], "at": ticket["created_at"]}
                              for i in range(LATEST_MESSAGES + 12)]
        write_record(conn, "tickets", ticket)
    settle(qtbot, lambda: view.select_record(ticket_id))
    shown = view.sections["conversation"].text()
    assert "Show 12 earlier messages" in shown and "message number 11<" not in shown
    assert f"message number {LATEST_MESSAGES + 11}" in shown
    view.sections["conversation"].anchorClicked.emit(QUrl("earlier"))
    assert "message number 0<" in view.sections["conversation"].text()


def test_write_a_canned_reply_of_the_shops_own_and_use_it(sandbox, view_for, qtbot):
    view = view_for(TicketsView, sandbox.url, "agent")
    view.filter_to({})
    ticket = find(sandbox, "tickets", "json_extract(body, '$.status') = 'new'")[0]
    settle(qtbot, lambda: view.select_record(ticket["id"]))
    manage = next(i for i in range(view.canned_box.count()) if view.canned_box.itemData(i) == "manage")
    view.canned_box.activated.emit(manage)
    dialog = view.dialog
    assert dialog.isVisible() and not dialog.save_button.isEnabled(), "built-in replies are read-only"
    dialog.new_reply()
    dialog.title.setText("Holiday hours")
    dialog.body.setPlainText("Hello {customer_name}, we answer on Monday. Ticket ")
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    next(b for b in dialog.findChildren(type(dialog.save_button)) if b.text() == "{ticket_number}").click()
    dialog.save_button.click()
    assert dialog.error.text() == "" and dialog.current.title == "Holiday hours"
    dialog.body.setPlainText("Hello {name}")
    dialog.save_button.click()
    assert "{name}" in dialog.error.text()
    dialog.reject()
    mine = next(i for i in range(view.canned_box.count()) if view.canned_box.itemData(i) not in (None, "manage")
                and not view.canned_box.itemData(i).built_in)
    view.canned_box.activated.emit(mine)
    assert view.reply_edit.toPlainText() == f"Hello {ticket['customer_name']}, we answer on Monday. Ticket " \
        f"{ticket['number']}"


def test_export_a_disputes_evidence(sandbox, view_for, qtbot, tmp_path):
    from pypdf import PdfReader

    view = view_for(TicketsView, sandbox.url, "agent")
    view.filter_to({})
    other = find(sandbox, "tickets", "json_extract(body, '$.type') != 'dispute'")[0]
    settle(qtbot, lambda: view.select_record(other["id"]))
    assert view.evidence_button.isHidden() and not view.export_evidence(str(tmp_path / "no.pdf"))
    dispute = find(sandbox, "tickets", "json_extract(body, '$.type') = 'dispute' AND "
                   "json_extract(body, '$.order_id') IS NOT NULL")[0]
    settle(qtbot, lambda: view.select_record(dispute["id"]))
    assert not view.evidence_button.isHidden()
    path = tmp_path / "evidence.pdf"
    assert view.export_evidence(str(path))
    settle(qtbot, lambda: getattr(view, "exported_path", None) == str(path))
    assert "Evidence saved to evidence.pdf" in view.export_note.text()
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert dispute["number"] in text and dispute["order_number"] in text
