"""Order actions in the orders view, driven as a merchant or an agent would, against the real sandbox."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from merchant_app.models import Base
from merchant_app.sandbox.app import SandboxConfig
from merchant_app.sandbox.server import SandboxServer
from merchant_app.services import orders as order_service
from merchant_app.ui import formatting
from merchant_app.ui.views.orders import OrdersView
from tests.integration.conftest import find

from .conftest import settle

OUTBOX = Base.metadata.tables["outbox"]


def queued(view) -> int:
    with view.workspace.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(OUTBOX)).scalar_one()


def order_where(server, where: str, **params) -> dict:
    return find(server, "orders", where, **params)[0]


def test_ship_part_of_an_order_offline_then_the_rest_once_online(shop_db, window_for, qtbot):
    config = SandboxConfig(db_url=shop_db, test_mode=True)
    server = SandboxServer(config).start()
    port = server.port
    try:
        window = window_for(server.url)
        view = window.show_view("orders")
        order = order_where(server, "json_extract(body, '$.status') = 'processing' AND "
                            "json_extract(body, '$.risk_level') != 'high' AND "
                            "json_array_length(json_extract(body, '$.lines')) >= 2")
        assert view.select_record(order["id"])
        buttons = view.action_buttons
        assert buttons["ship"].isEnabled() and buttons["cancel"].isEnabled() and buttons["refund"].isEnabled()
        assert not buttons["confirm"].isEnabled() and "paid" in buttons["confirm"].toolTip()
        server.stop()

        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        dialog = view.dialog
        assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == f"Ship order {order['number']}"
        assert [s.value() for s in dialog.spins] == [ln["quantity"] for ln in order["lines"]], "all units by default"
        dialog.ok_button.click()
        assert "tracking number" in dialog.error.text() and queued(view) == 0
        qtbot.keyClicks(dialog.tracking, "SF 1234 5678 9012")
        for spin in dialog.spins[1:]:
            spin.setValue(0)
        dialog.ok_button.click()
        settle(qtbot, lambda: not dialog.isVisible())
        assert view.status_chip.text() == "Partially shipped" and "waiting to sync" in view.sync_chip.text()
        assert not buttons["cancel"].isEnabled() and "refund it instead" in buttons["cancel"].toolTip()
        assert "SF123456789012" in view.sections["shipments"].text()
        settle(qtbot, lambda: "1 edit" in window.pending_label.text())

        server = SandboxServer(config, port=port).start()
        settle(qtbot, lambda: window.pending_label.text() == "All edits synced", 30000)
        platform = server.storage.get("orders", order["id"])
        assert platform["status"] == "partially_shipped" and platform["fulfilments"][-1]["tracking_number"] == \
            "SF123456789012"

        dialog = view.open_action("ship")
        assert dialog.carrier.currentText() == "SF Express", "the last carrier is offered first"
        assert [s.value() for s in dialog.spins] == [ln["quantity"] for ln in order["lines"][1:]]
        qtbot.keyClicks(dialog.tracking, "SF999900001111")
        dialog.ok_button.click()
        settle(qtbot, lambda: not dialog.isVisible())
        settle(qtbot, lambda: server.storage.get("orders", order["id"])["status"] == "shipped", 30000)
        settle(qtbot, lambda: view.status_chip.text() == "Shipped" and not view.sync_chip.isVisible(), 30000)
        assert not buttons["ship"].isEnabled() and "Nothing left to ship" in buttons["ship"].toolTip()
    finally:
        server.stop()


def test_a_high_risk_order_needs_the_tick_before_it_ships(sandbox, view_for, qtbot):
    view = view_for(OrdersView, sandbox.url)
    order = order_where(sandbox, "json_extract(body, '$.risk_level') = 'high' AND "
                        "json_extract(body, '$.status') IN ('paid', 'processing')")
    assert view.select_record(order["id"])
    assert view.alert_label.isVisible() and "High risk" in view.alert_label.text()
    dialog = view.open_action("ship")
    assert dialog.risk_check.isVisible() and not dialog.risk_check.isChecked()
    qtbot.keyClicks(dialog.tracking, "EM123456789CN")
    dialog.ok_button.click()
    assert "high-risk" in dialog.error.text() and dialog.isVisible() and queued(view) == 0
    dialog.risk_check.setChecked(True)
    dialog.ok_button.click()
    settle(qtbot, lambda: not dialog.isVisible())
    assert view.workspace.record("orders", order["id"])["fulfillment_status"] == "fulfilled"


def test_refund_one_unit_with_restock_and_a_bad_amount_changes_nothing(sandbox, view_for, qtbot):
    view = view_for(OrdersView, sandbox.url)
    order = order_where(sandbox, "json_extract(body, '$.status') = 'delivered' AND "
                        "json_extract(body, '$.refunded_total') = 0")
    assert view.select_record(order["id"])
    assert not view.action_buttons["cancel"].isEnabled()
    dialog = view.open_action("refund")
    line = order["lines"][0]
    assert not dialog.restock.isEnabled() and dialog.amount.text() == ""
    dialog.spins[0][0].setValue(1)
    expected = order_service.line_refund(line, 1)
    assert formatting.parse_money(dialog.amount.text(), order["currency"]) == expected
    assert dialog.restock.isEnabled(), "a delivered unit can go back on the shelf"
    dialog.restock.setChecked(True)
    dialog.ok_button.click()
    assert "reason" in dialog.error.text() and queued(view) == 0
    dialog.reason_edit.setCurrentIndex(1)  # damaged in transit
    dialog.amount.setText(formatting.money(order["paid_total"] + 100, order["currency"]))
    dialog.ok_button.click()
    assert "At most" in dialog.error.text() and queued(view) == 0
    dialog.amount.setText(formatting.money(expected, order["currency"]))
    dialog.ok_button.click()
    settle(qtbot, lambda: not dialog.isVisible())
    assert view.payment_chip.text() == "Partially refunded" and "Damaged in transit" in view.sections["refunds"].text()
    settle(qtbot, lambda: sandbox.storage.get("orders", order["id"])["refunded_total"] == expected, 30000)
    refund = sandbox.storage.get("orders", order["id"])["refunds"][-1]
    assert refund["restock"] and refund["lines"] == [{"line_id": line["id"], "quantity": 1}]


def test_cancel_needs_a_reason_and_refunds_a_paid_order(sandbox, view_for, qtbot):
    view = view_for(OrdersView, sandbox.url)
    order = order_where(sandbox, "json_extract(body, '$.status') = 'paid'")
    assert view.select_record(order["id"])
    dialog = view.open_action("cancel")
    assert formatting.money(order["paid_total"], order["currency"]) in dialog.findChildren(type(dialog.error))[0].text()
    dialog.ok_button.click()
    assert dialog.error.text() == "Give a reason."
    dialog.reason_edit.setCurrentText("Customer found it cheaper elsewhere")
    dialog.ok_button.click()
    settle(qtbot, lambda: not dialog.isVisible())
    assert view.status_chip.text() == "Cancelled" and "cheaper elsewhere" in view.alert_label.text()
    assert not any(b.isEnabled() for a, b in view.action_buttons.items() if a in ("ship", "cancel", "confirm"))
    settle(qtbot, lambda: sandbox.storage.get("orders", order["id"])["status"] == "cancelled", 30000)


def test_an_agent_sees_refund_and_note_but_not_ship_confirm_or_cancel(sandbox, view_for, qtbot):
    view = view_for(OrdersView, sandbox.url, "agent")
    order = order_where(sandbox, "json_extract(body, '$.status') = 'processing'")
    assert view.select_record(order["id"])
    shown = {a for a, b in view.action_buttons.items() if not b.isHidden()}
    assert shown == {"refund", "note"} and view.bulk_ship_button.isHidden()
    assert view.open_action("ship") is None
    dialog = view.open_action("note")
    dialog.body.setPlainText("Customer asked to leave the parcel at the reception.")
    dialog.ok_button.click()
    settle(qtbot, lambda: not dialog.isVisible())
    assert "leave the parcel" in view.sections["timeline"].text()
    settle(qtbot, lambda: sandbox.storage.get("orders", order["id"])["events"][-1]["actor"] == "agent", 30000)


def test_bulk_ship_from_a_file_all_or_nothing(sandbox, view_for, qtbot, tmp_path):
    view = view_for(OrdersView, sandbox.url)
    orders = find(sandbox, "orders", "json_extract(body, '$.status') IN ('paid', 'processing') AND "
                  "json_extract(body, '$.risk_level') != 'high'")[:3]
    path = tmp_path / "ship.csv"
    path.write_text("Order number,Carrier,Tracking number\n" + "".join(
        f"{o['number']},YTO Express,YT88800000{i}\n" for i, o in enumerate(orders)) + "SO-404,YTO Express,YT1234\n",
        encoding="utf-8")
    dialog = view.bulk_ship(str(path))
    assert dialog.mapping() == {"order_number": "Order number", "carrier": "Carrier",
                                "tracking_number": "Tracking number"}
    dialog.check_button.click()
    settle(qtbot, lambda: dialog.plan is not None)
    assert [(p.row, p.column) for p in dialog.plan.problems] == [(5, "Order number")]
    assert not dialog.import_button.isEnabled() and dialog.problems.rowCount() == 1 and queued(view) == 0
    path.write_text("\n".join(path.read_text(encoding="utf-8").splitlines()[:-1]) + "\n", encoding="utf-8")
    dialog.load(str(path))
    dialog.check_button.click()
    settle(qtbot, lambda: dialog.plan is not None)
    assert dialog.plan.ok and "3 orders to ship" in dialog.summary.text()
    dialog.import_button.click()
    settle(qtbot, lambda: not dialog.isVisible())
    assert all(view.workspace.record("orders", o["id"])["status"] == "shipped" for o in orders)
    settle(qtbot, lambda: all(sandbox.storage.get("orders", o["id"])["status"] == "shipped" for o in orders), 30000)


def test_print_packing_slips_and_invoices_of_the_selected_orders(sandbox, view_for, qtbot, tmp_path):
    from pypdf import PdfReader

    view = view_for(OrdersView, sandbox.url)
    view.table.selectRow(0)
    view.table.selectionModel().select(view.model.index(2, 0), view.table.selectionModel().SelectionFlag.Select
                                       | view.table.selectionModel().SelectionFlag.Rows)
    picked = view.selected_ids()
    assert len(picked) == 2
    numbers = [view.workspace.record("orders", i)["number"] for i in picked]
    for kind in ("packing_slips", "invoices"):
        path = tmp_path / f"{kind}.pdf"
        assert view.print_documents(kind, str(path))
        settle(qtbot, lambda p=path: getattr(view, "printed_path", None) == str(p))
        assert "2 orders saved" in view.print_note.text()
        text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
        assert all(n in text for n in numbers)
        assert ("INV-" in text) == (kind == "invoices")
    # the addresses printed in full: each order's reveal is in the audit log, once per document
    with view.workspace.engine.connect() as conn:
        printed = conn.exec_driver_sql("SELECT record_id, count(*) FROM audit_log WHERE action = 'orders.reveal' "
                                       "AND after LIKE '%print%' GROUP BY 1").all()
    assert dict(printed) == dict.fromkeys(picked, 2)


def test_an_agent_prints_packing_slips_with_contact_details_masked_and_no_invoices(sandbox, view_for, qtbot,
                                                                                  tmp_path):
    from pypdf import PdfReader

    view = view_for(OrdersView, sandbox.url, "agent")
    assert view.invoices_button.isHidden() and not view.slips_button.isHidden()
    order = order_where(sandbox, "json_extract(body, '$.status') = 'processing'")
    view.select_record(order["id"])
    path = tmp_path / "slip.pdf"
    assert view.print_documents("packing_slips", str(path))
    settle(qtbot, lambda: getattr(view, "printed_path", None) == str(path))
    text = PdfReader(path).pages[0].extract_text().replace(" ", "")
    phone = order["shipping_address"]["phone"].replace(" ", "")
    assert order["number"] in text and phone not in text, "an agent's print masks what the view masks"
