"""Illegal order actions: the console does not offer them, and when one is forced into the outbox
anyway (an older console, a hand-edited cache) the platform refuses it and the user sees why."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from merchant_app.models import Base
from merchant_app.services import orders as order_service
from merchant_app.ui.conflicts import ConflictsDialog
from tests.integration.conftest import find

from .conftest import settle

OUTBOX = Base.metadata.tables["outbox"]


def force(window, order: dict, action: str, body: dict) -> None:
    """Put a request in the outbox as no service of this console would."""
    with window.workspace.engine.begin() as conn:
        conn.execute(OUTBOX.insert().values(
            idempotency_key=uuid.uuid4().hex, resource="orders", record_id=order["id"], action=f"orders.{action}",
            method="POST", path=f"/orders/{order['id']}/{action}", body=body, base_version=order["version"],
            state="pending", attempts=0))


def test_cancel_after_shipment_and_refund_beyond_paid_come_back_as_clear_rejections(sandbox, window_for, qtbot):
    window = window_for(sandbox.url)
    view = window.show_view("orders")
    shipped = find(sandbox, "orders", "json_extract(body, '$.status') = 'shipped' AND "
                   "json_extract(body, '$.refunded_total') = 0")[0]
    paid = find(sandbox, "orders", "json_extract(body, '$.status') = 'delivered' AND "
                "json_extract(body, '$.refunded_total') = 0")[0]

    # the UI does not offer them
    view.filter_to({})
    settle(qtbot, lambda: view.select_record(shipped["id"]))
    assert not view.action_buttons["cancel"].isEnabled()
    assert "refund it instead" in view.action_buttons["cancel"].toolTip()
    assert view.open_action("cancel") is None
    settle(qtbot, lambda: view.select_record(paid["id"]))
    dialog = view.open_action("refund")
    dialog.reason_edit.setCurrentText("goodwill")
    dialog.amount.setText(str((paid["paid_total"] + 1000) / 100))
    dialog.ok_button.click()
    assert "At most" in dialog.error.text()
    dialog.reject()
    assert order_service.refusal(window.workspace.record("orders", shipped["id"]), "cancel", "owner").code == \
        "cancel_after_shipment"

    # forced through the outbox, the platform refuses them, and says why
    force(window, shipped, "cancel", {"reason": "changed my mind"})
    force(window, paid, "refund", {"amount": paid["paid_total"] + 1000, "reason": "goodwill", "lines": [],
                                   "restock": False})
    window.workspace.sync.request_sync()
    settle(qtbot, lambda: "2 need attention" in window.conflicts_button.text(), 30000)
    with window.workspace.engine.connect() as conn:
        states = dict(conn.execute(select(OUTBOX.c.action, OUTBOX.c.state)).all())
    assert states == {"orders.cancel": "rejected", "orders.refund": "rejected"}
    dialog = ConflictsDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    rows = {dialog.rejected.item(r, 0).text(): dialog.rejected.item(r, 2).text()
            for r in range(dialog.rejected.rowCount())}
    assert set(rows) == {"Cancel order", "Refund order"}
    assert "shipped" in rows["Cancel order"] and "refund it instead" in rows["Cancel order"]
    assert "can still be refunded" in rows["Refund order"]
    assert sandbox.storage.get("orders", shipped["id"])["status"] == "shipped"
    assert sandbox.storage.get("orders", paid["id"])["refunded_total"] == 0
