"""An exchange in the after-sales view: the customer returns one size and gets another, as a
replacement order the platform creates when the return is received."""

from __future__ import annotations

from merchant_app.ui.views.tickets import TicketsView
from tests.integration.conftest import find

from .conftest import settle
from .test_ticket_desk import trigger


def test_an_exchange_sends_another_size_as_a_replacement_order(sandbox, view_for, qtbot, api):
    from merchant_app.ui.views.orders import OrdersView

    agent = api("agent")
    order, line = next((o, ln) for o in find(sandbox, "orders", "json_extract(body, '$.status') = 'delivered' AND "
                                                 "json_extract(body, '$.refunded_total') = 0")
                       for ln in o["lines"] if len(agent.record("listings", ln["listing_id"])["variants"]) > 1)
    created = agent.write("POST", "/v1/tickets", {"type": "exchange", "subject": "Wrong size", "priority": "normal",
                                                   "customer_id": order["customer"]["id"], "order_id": order["id"],
                                                   "line_ids": [line["id"]], "body": "Wants the next size up."})
    assert created.status_code == 201, created.text
    ticket = created.json()
    view = view_for(TicketsView, sandbox.url, "agent")
    view.workspace.sync.request_sync(["tickets"])
    settle(qtbot, lambda: view.workspace.record("tickets", ticket["id"]) is not None, 30000)
    view.filter_to({})
    settle(qtbot, lambda: view.select_record(ticket["id"]))
    trigger(view.status_button, "Open")
    settle(qtbot, lambda: view.approve_button.isEnabled())
    dialog = view.open_dialog("approve_return")
    for spin in dialog.spins:
        spin.setValue(1 if spin.property("line_id") == line["id"] else 0)
    dialog.ok_button.click()
    settle(qtbot, lambda: not dialog.isVisible())
    assert "once the return is received" in view.sections["rma"].text()
    dialog = view.open_dialog("receive_return")
    assert not dialog.refund_check.isChecked(), "an exchange refunds nothing"
    box = dialog.sends[line["id"]]
    assert box.currentData() == line["variant_id"] and box.count() > 1
    other = next(box.itemData(i) for i in range(box.count()) if box.itemData(i) != line["variant_id"])
    box.setCurrentIndex(box.findData(other))
    dialog.ok_button.click()
    settle(qtbot, lambda: not dialog.isVisible())
    settle(qtbot, lambda: sandbox.storage.get("tickets", ticket["id"]).get("replacement_order_id") is not None, 30000)
    platform = sandbox.storage.get("tickets", ticket["id"])
    replacement = sandbox.storage.get("orders", platform["replacement_order_id"])
    assert [(ln["variant_id"], ln["quantity"]) for ln in replacement["lines"]] == [(other, 1)]
    # (this view stands alone, without the window's sync signals: it is redrawn by hand once the push is back)
    settle(qtbot, lambda: view.workspace.record("tickets", ticket["id"]).get("replacement_order_number") ==
           platform["replacement_order_number"], 30000)
    view.show_detail(ticket["id"])
    assert platform["replacement_order_number"] in view.sections["rma"].text()

    orders = view_for(OrdersView, sandbox.url, "agent")
    orders.workspace.sync.request_sync(["orders"])
    settle(qtbot, lambda: orders.workspace.record("orders", replacement["id"]) is not None, 30000)
    orders.filter_to({})
    settle(qtbot, lambda: orders.select_record(replacement["id"]))
    assert f"Replacement for ticket {ticket['number']}" in orders.alert_label.text()

