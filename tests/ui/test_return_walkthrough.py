"""Issue 5's walk-through: a whole return worked offline in the after-sales view — open the ticket,
answer with a canned reply, approve the return, tell the customer its RMA number, receive it (restock
and refund), resolve — then the platform comes back: every step lands once and in order, and the
stock and the refund are right."""

from __future__ import annotations

from PySide6.QtCore import Qt

from merchant_app.sandbox.app import SandboxConfig
from merchant_app.sandbox.server import SandboxServer
from merchant_app.services import orders as order_service
from merchant_app.services import tickets as ticket_service
from tests.integration.conftest import find

from .conftest import settle
from .test_ticket_desk import trigger


def canned_index(view, key: str) -> int:
    return next(i for i in range(view.canned_box.count())
                if view.canned_box.itemData(i) and view.canned_box.itemData(i).key.startswith(f"builtin:{key}"))


def send(view, qtbot) -> None:
    window = view.window()
    window.activateWindow()  # a desktop gives the focus back when a dialog closes; offscreen, we do
    qtbot.waitUntil(window.isActiveWindow)
    view.reply_edit.setFocus()
    qtbot.keyClick(view.reply_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, lambda: view.reply_edit.toPlainText() == "")


def test_a_whole_return_offline_then_synced(shop_db, window_for, qtbot):
    config = SandboxConfig(db_url=shop_db, test_mode=True)
    server = SandboxServer(config).start()
    port = server.port
    try:
        ticket = find(server, "tickets", "json_extract(body, '$.type') = 'return' AND json_extract(body, '$.rma') "
                      "IS NULL AND json_extract(body, '$.status') = 'escalated'")[0]
        order = server.storage.get("orders", ticket["order_id"])
        line = next(ln for ln in order["lines"] if ticket_service.returnable(ln))
        level = find(server, "inventory", "json_extract(body, '$.variant_id') = :v AND "
                     "json_extract(body, '$.location_id') = :loc", v=line["variant_id"], loc=line["location_id"])[0]
        messages_before = len(ticket["messages"])
        window = window_for(server.url, "agent")
        view = window.show_view("tickets")
        view.filter_to({})
        settle(qtbot, lambda: view.select_record(ticket["id"]))
        server.stop()

        # open the ticket and answer with a canned reply
        trigger(view.status_button, "Open")
        settle(qtbot, lambda: view.status_chip.text() == "Open")
        view.canned_box.activated.emit(canned_index(view, "greeting"))
        assert order["number"] in view.reply_edit.toPlainText()
        greeting = view.reply_edit.toPlainText()
        send(view, qtbot)

        # approve the return of one unit and tell the customer its number
        dialog = view.open_dialog("approve_return")
        for spin in dialog.spins:
            spin.setValue(0)
        next(s for s in dialog.spins if s.property("line_id") == line["id"]).setValue(1)
        dialog.ok_button.click()
        settle(qtbot, lambda: not dialog.isVisible())
        rma = f"RMA-{ticket['id']:06d}"
        assert view.status_chip.text() == "Awaiting return" and rma in view.sections["rma"].text()
        view.canned_box.activated.emit(canned_index(view, "return_approved"))
        assert rma in view.reply_edit.toPlainText()
        send(view, qtbot)

        # the parcel arrives: restock and refund in one step
        dialog = view.open_dialog("receive_return")
        refund = order_service.line_refund(line, 1)
        assert dialog.restock.isChecked() and dialog.refund_check.isChecked()
        assert dialog.amount.text() and abs(dialog.most) >= refund
        dialog.ok_button.click()
        settle(qtbot, lambda: not dialog.isVisible())
        assert view.status_chip.text() == "Open"

        trigger(view.status_button, "Resolved")
        settle(qtbot, lambda: view.status_chip.text() == "Resolved")
        settle(qtbot, lambda: "6 edits" in window.pending_label.text())
        assert "Offline" in window.online_label.text()

        # back online: every step lands once, in order
        server = SandboxServer(config, port=port).start()
        settle(qtbot, lambda: window.pending_label.text() == "All edits synced", 60000)
        platform = server.storage.get("tickets", ticket["id"])
        steps = [(m["author_type"], m["kind"], m["body"]) for m in platform["messages"][messages_before:]]
        assert steps == [
            ("system", "internal_note", "Status escalated → open"),
            ("agent", "reply", greeting),
            ("system", "internal_note", f"Return {rma} approved"),
            ("agent", "reply", steps[3][2]),
            ("system", "internal_note", f"Return {rma} received, refunded {refund}"),
            ("system", "internal_note", "Status open → resolved"),
        ]
        assert rma in steps[3][2]
        assert platform["status"] == "resolved" and platform["rma"]["status"] == "received"
        assert platform["rma"]["items"] == [{"line_id": line["id"], "quantity": 1}]
        after = server.storage.get("orders", order["id"])
        assert after["refunded_total"] == order["refunded_total"] + refund and len(after["refunds"]) == \
            len(order["refunds"]) + 1
        assert server.storage.get("inventory", level["id"])["on_hand"] == level["on_hand"] + 1
        # and the console shows what the platform has
        window.workspace.sync.request_sync(["tickets", "orders"])
        settle(qtbot, lambda: window.workspace.record("orders", order["id"])["refunded_total"] ==
               after["refunded_total"], 30000)
        assert window.workspace.record("tickets", ticket["id"])["messages"][-1]["body"] == "Status open → resolved"
    finally:
        server.stop()
