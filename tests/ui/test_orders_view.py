"""The orders view, driven as a user would, over a cache synced from the real sandbox."""

from __future__ import annotations

import csv
from datetime import UTC, datetime

import httpx
import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import text

from merchant_app.store.queries import ORDERS_VIEW, created_bounds
from merchant_app.ui.table_model import ID_ROLE, RAW_ROLE, WindowedTableModel
from merchant_app.ui.views.orders import HIDDEN_AT_FIRST, DateRangeDialog, OrdersView

from .conftest import settle

COLUMNS = [c.key for c in ORDERS_VIEW.columns]


@pytest.fixture
def orders_for(view_for):
    """orders_for(url, user) -> the orders view on a workspace signed in to that platform, its first
    sync done (the view on its own: the main window is not needed to drive it)."""
    return lambda url, user="owner": view_for(OrdersView, url, user)


def sql_ids(view: OrdersView, where: str, **params) -> set[int]:
    with view.workspace.engine.connect() as conn:
        return set(conn.execute(text(f"SELECT id FROM orders WHERE {where}"), params).scalars())


def shown_ids(view: OrdersView) -> set[int]:
    return {view.model.data(view.model.index(r, 0), ID_ROLE) for r in range(view.model.rowCount())}


def pick(box, value) -> None:
    box.setCurrentIndex(box.findData(value))


def edit_platform(sandbox, resource: str, record_id: int, **fields) -> None:
    r = httpx.post(f"{sandbox.url}/v1/_admin/edit/{resource}/{record_id}", json={"set": fields}, timeout=30)
    assert r.status_code == 200, r.text


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def test_the_orders_model_passes_qt_model_tester(qtmodeltester, sandbox, orders_for):
    view = orders_for(sandbox.url)
    qtmodeltester.check(view.model)
    for state in ({"status": "to_ship"}, {"payment": "alipay", "risk": "low"}):
        model = WindowedTableModel(view.workspace.engine, ORDERS_VIEW)
        model.state = model.state.with_(**state)
        model.refresh()
        qtmodeltester.check(model)
        model.sort(COLUMNS.index("total"), Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)


def test_each_filter_shows_the_orders_it_names(sandbox, orders_for):
    view = orders_for(sandbox.url)
    total = len(sql_ids(view, "TRUE"))
    assert view.model.rowCount() == total > 1000 and "record" in view.count_label.text()

    pick(view.status_box, "processing")
    assert shown_ids(view) == sql_ids(view, "status = 'processing'") != set()
    assert {view.model.data(view.model.index(r, COLUMNS.index("status"))) for r in range(view.model.rowCount())} \
        == {"Processing"}
    pick(view.status_box, "cancelled")
    assert shown_ids(view) == sql_ids(view, "status = 'cancelled'") != set()
    view.clear_filters()

    pick(view.payment_box, "cash_on_delivery")
    assert shown_ids(view) == sql_ids(view, "payment_method = 'cash_on_delivery'") != set()
    pick(view.channel_box, "marketplace")  # filters combine
    assert shown_ids(view) == sql_ids(view, "payment_method = 'cash_on_delivery' AND channel = 'marketplace'")
    view.clear_filters()

    pick(view.channel_box, "wechat_mini_program")
    assert shown_ids(view) == sql_ids(view, "channel = 'wechat_mini_program'") != set()
    view.clear_filters()

    pick(view.risk_box, "high")
    high = sql_ids(view, "risk_level = 'high'")
    assert shown_ids(view) == high != set()
    risk = COLUMNS.index("risk")
    assert view.model.data(view.model.index(0, risk)) == "⚠ High", "high risk is flagged in the table"
    view.clear_filters()

    view.ticket_check.setChecked(True)
    assert shown_ids(view) == sql_ids(
        view, "id IN (SELECT order_id FROM tickets WHERE status NOT IN ('resolved', 'closed'))") != set()
    view.clear_filters()
    assert not view.ticket_check.isChecked() and view.model.rowCount() == total

    pick(view.created_box, "30d")
    assert view.filter_values()["created"] == "30d@Asia/Shanghai", "the shop's days, as on Home"
    lo, hi = created_bounds(view.filter_values()["created"])
    assert shown_ids(view) == sql_ids(view, "created_at >= :lo AND created_at < :hi", lo=lo, hi=hi)
    view.filter_to({"created": "2026-10-01..2026-10-31"})
    lo, hi = created_bounds("2026-10-01..2026-10-31@Asia/Shanghai")
    october = sql_ids(view, "created_at >= :lo AND created_at < :hi", lo=lo, hi=hi)
    assert shown_ids(view) == october != set()
    assert view.created_box.currentData() == "2026-10-01..2026-10-31"
    assert "2026" in view.created_box.currentText() or "26" in view.created_box.currentText()


def test_a_custom_date_range_is_picked_in_a_dialog(sandbox, orders_for, qtbot):
    view = orders_for(sandbox.url)
    pick(view.created_box, "7d")
    week = view.model.rowCount()
    pick(view.created_box, "__custom__")
    dialog = view.findChild(DateRangeDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.first.setDate(QDate(2026, 11, 2))
    dialog.last.setDate(QDate(2026, 11, 1))
    dialog.accept()
    assert dialog.isVisible() and "before" in dialog.error.text(), "a range ending before it starts is refused"
    dialog.last.setDate(QDate(2026, 11, 8))
    dialog.accept()
    assert view.created_box.currentData() == "2026-11-02..2026-11-08"
    lo, hi = created_bounds("2026-11-02..2026-11-08@Asia/Shanghai")
    assert shown_ids(view) == sql_ids(view, "created_at >= :lo AND created_at < :hi", lo=lo, hi=hi) != set()
    # cancelling a new pick keeps the range in force
    pick(view.created_box, "__custom__")
    dialogs = [d for d in view.findChildren(DateRangeDialog) if d.isVisible()]
    dialogs[-1].reject()
    assert view.created_box.currentData() == "2026-11-02..2026-11-08"
    assert view.model.rowCount() != week


def test_search_finds_an_order_by_number_customer_or_sku(sandbox, orders_for, qtbot):
    view = orders_for(sandbox.url)
    with view.workspace.engine.connect() as conn:
        order_id, number = conn.execute(text("SELECT id, number FROM orders ORDER BY id LIMIT 1 OFFSET 99")).first()
        customer_id, name = conn.execute(text(
            "SELECT c.id, c.name FROM customers c WHERE (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) "
            "BETWEEN 1 AND 20 ORDER BY c.id LIMIT 1")).first()
        sku = conn.execute(text("SELECT sku FROM order_lines GROUP BY sku HAVING count(*) < 30 "
                                "ORDER BY sku LIMIT 1")).scalar()
    qtbot.keyClicks(view.search, number.lower())
    settle(qtbot, lambda: view.model.rowCount() == 1)
    assert view.model.data(view.model.index(0, 0), ID_ROLE) == order_id
    assert view.model.data(view.model.index(0, 0)) == number

    view.search.clear()
    view.search.insert(name)  # as an input method commits it
    named = sql_ids(view, "customer_id IN (SELECT id FROM customers WHERE instr(name, :n) > 0) "
                          "OR substr(customer_name, 1, length(:n)) = :n", n=name)
    settle(qtbot, lambda: shown_ids(view) == named)
    assert sql_ids(view, "customer_id = :c", c=customer_id) <= named

    view.search.clear()
    qtbot.keyClicks(view.search, sku.lower())
    with_sku = sql_ids(view, "id IN (SELECT order_id FROM order_lines WHERE sku = :s)", s=sku)
    settle(qtbot, lambda: shown_ids(view) >= with_sku and view.model.rowCount() < 200)
    view.clear_filters()
    assert view.search.text() == ""


def test_sort_by_every_column_in_both_directions(sandbox, orders_for):
    view = orders_for(sandbox.url)
    header = view.table.horizontalHeader()
    for i, key in enumerate(COLUMNS):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            header.setSortIndicator(i, order)
            assert view.model.sort_key == key
            first = [view.model.data(view.model.index(r, i), RAW_ROLE) for r in range(60)]
            assert first == sorted(first, reverse=order == Qt.SortOrder.DescendingOrder), (key, order)
    # a sorted, filtered table
    header.setSortIndicator(COLUMNS.index("total"), Qt.SortOrder.DescendingOrder)
    pick(view.payment_box, "alipay")
    totals = [view.model.data(view.model.index(r, COLUMNS.index("total")), RAW_ROLE)
              for r in range(view.model.rowCount())]
    with view.workspace.engine.connect() as conn:
        assert totals == list(conn.execute(text(
            "SELECT total FROM orders WHERE payment_method = 'alipay' ORDER BY total DESC, id DESC")).scalars())


def test_the_detail_pane_shows_an_order_in_full(sandbox, orders_for, qtbot):
    view = orders_for(sandbox.url)
    assert view.empty_label.isVisible() and not view.order_host.isVisible()
    with view.workspace.engine.connect() as conn:
        order_id = conn.execute(text(
            "SELECT id FROM orders WHERE refunds != '[]' AND json_array_length(fulfilments) > 0 "
            "AND id IN (SELECT order_id FROM tickets) ORDER BY id LIMIT 1")).scalar()
    assert order_id is not None
    assert view.select_record(order_id)
    order = view.workspace.record("orders", order_id)
    assert view.order_host.isVisible() and view.number_label.text() == order["number"]
    sections = {k: label.text() for k, label in view.sections.items()}
    for line in order["lines"]:
        assert line["sku"] in sections["items"]
    from merchant_app.ui import formatting
    assert formatting.money(order["total"], order["currency"]) in sections["totals"]
    assert formatting.money(order["refunded_total"], order["currency"]) in sections["totals"]
    assert order["fulfilments"][0]["tracking_number"] in sections["shipments"]
    assert view.sections["refunds"].isVisible() and order["refunds"][0]["reason"] in sections["refunds"]
    assert view.sections["tickets"].isVisible()
    for event in order["events"]:
        assert event["message"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") \
            in sections["timeline"]
    assert sections["timeline"].index(order["events"][-1]["message"][:10]) \
        < sections["timeline"].index(order["events"][0]["message"][:10]), "newest first"
    assert view.status_chip.text() and view.payment_chip.text() and view.fulfilment_chip.text()
    # contact details masked until the owner shows them for this order, which the audit log records
    email = order["customer"]["email"]
    assert email is None or email not in sections["customer"]
    assert view.masked_label.isVisible() and "Show contact details" in sections["customer"]
    view._link(f"reveal:{order_id}")
    settle(qtbot, lambda: not view.masked_label.isVisible())
    assert email is None or email in view.sections["customer"].text()
    with view.workspace.engine.connect() as conn:
        audited = conn.execute(text("SELECT actor, after FROM audit_log WHERE action = 'orders.reveal' "
                                    "AND record_id = :id"), {"id": order_id}).all()
    assert len(audited) == 1 and audited[0][0] == "owner" and '"view"' in audited[0][1]

    # an order with nothing shipped, no refund, no ticket: those sections say so or stay out of the way
    with view.workspace.engine.connect() as conn:
        plain = conn.execute(text(
            "SELECT id FROM orders WHERE status = 'paid' AND refunds = '[]' "
            "AND id NOT IN (SELECT order_id FROM tickets WHERE order_id IS NOT NULL) LIMIT 1")).scalar()
    view.select_record(plain)
    assert "Nothing shipped yet" in view.sections["shipments"].text()
    assert not view.sections["refunds"].isVisible() and not view.sections["tickets"].isVisible()


def test_an_agent_sees_contact_details_only_on_orders_they_handle(sandbox, orders_for):
    # an open ticket of the agent's on one order, before the console syncs
    with sandbox.storage.engine.connect() as conn:
        ticket = conn.execute(text(
            "SELECT id, json_extract(body, '$.order_id') FROM tickets WHERE json_extract(body, '$.order_id') "
            "IS NOT NULL AND json_extract(body, '$.status') NOT IN ('resolved', 'closed') ORDER BY id LIMIT 1")).first()
    edit_platform(sandbox, "tickets", ticket[0], assignee="agent")
    view = orders_for(sandbox.url, "agent")
    with view.workspace.engine.connect() as conn:
        other = conn.execute(text(
            "SELECT id FROM orders WHERE customer_phone IS NOT NULL AND id NOT IN (SELECT order_id FROM tickets "
            "WHERE order_id IS NOT NULL AND assignee = 'agent') LIMIT 1")).scalar()
    view.select_record(other)
    order = view.workspace.record("orders", other)
    phone = order["customer"]["phone"]
    assert phone not in view.sections["customer"].text() and phone[-4:] in view.sections["customer"].text()
    assert order["shipping_address"]["line1"] not in view.sections["address"].text()
    assert view.masked_label.isVisible() and "Agent" in view.masked_label.text()

    view.select_record(ticket[1])
    handled = view.workspace.record("orders", ticket[1])
    assert handled["shipping_address"]["line1"] in view.sections["address"].text()
    assert not view.masked_label.isVisible()


def test_csv_export_writes_the_filtered_orders(sandbox, orders_for, qtbot, tmp_path):
    view = orders_for(sandbox.url)
    pick(view.status_box, "cancelled")
    path = view.export_csv(str(tmp_path / "cancelled.csv"))
    settle(qtbot, lambda: not view.exporting)   # it writes off the UI thread
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["id", "Order", "Placed", "Customer"]
    assert len(rows) - 1 == view.model.rowCount() > 0
    status = rows[0].index("Status")
    assert {r[status] for r in rows[1:]} == {"cancelled"}
    assert {int(r[0]) for r in rows[1:]} == sql_ids(view, "status = 'cancelled'")
    total = rows[0].index("Total")
    assert all("." in r[total] for r in rows[1:]), "amounts in currency units, not minor units"


def test_filter_to_opens_orders_to_ship_and_new_orders_today(sandbox, orders_for):
    # two orders placed today (the demo shop's history ends a few days ago)
    with sandbox.storage.engine.connect() as conn:
        ids = list(conn.execute(text("SELECT id FROM orders ORDER BY id DESC LIMIT 2")).scalars())
    for order_id in ids:
        edit_platform(sandbox, "orders", order_id, created_at=now_iso())
    # a paid order refunded in full is not to ship; cash on delivery is shipped before it is paid
    with sandbox.storage.engine.connect() as conn:
        paid, refunded, cod = conn.execute(text(
            "SELECT id FROM orders WHERE json_extract(body, '$.status') = 'paid' ORDER BY id LIMIT 3")).scalars()
    edit_platform(sandbox, "orders", refunded, financial_status="refunded")
    edit_platform(sandbox, "orders", cod, status="pending_payment", financial_status="pending",
                  payment_method="cash_on_delivery")
    view = orders_for(sandbox.url)

    view.filter_to({"status": "to_ship"})
    assert view.status_box.currentData() == "to_ship"
    to_ship = sql_ids(view, "(status IN ('paid', 'processing', 'partially_shipped') OR status = 'pending_payment' "
                            "AND payment_method = 'cash_on_delivery') AND fulfillment_status != 'fulfilled' "
                            "AND financial_status NOT IN ('refunded', 'voided')")
    assert shown_ids(view) == to_ship != set()
    assert paid in to_ship and cod in to_ship and refunded not in to_ship

    view.filter_to({"created": "today"})
    assert view.status_box.currentData() is None, "filter_to replaces the filters"
    assert view.created_box.currentData() == "today"
    assert shown_ids(view) == set(ids)


def test_columns_and_filters_are_remembered(sandbox, orders_for, qtbot):
    from merchant_app.ui.app import settings

    view = orders_for(sandbox.url)
    header = view.table.horizontalHeader()
    for key in HIDDEN_AT_FIRST:
        assert header.isSectionHidden(COLUMNS.index(key))
    menu = view.column_menu()
    channel = next(a for a in menu.actions() if a.text() == "Channel")
    channel.setChecked(True)
    assert not header.isSectionHidden(COLUMNS.index("channel"))
    view.filter_to({"status": "to_ship", "risk": "high"})
    count = view.model.rowCount()

    again = OrdersView(view.workspace, settings())
    qtbot.addWidget(again)
    assert again.status_box.currentData() == "to_ship" and again.risk_box.currentData() == "high"
    assert again.model.rowCount() == count
    assert not again.table.horizontalHeader().isSectionHidden(COLUMNS.index("channel"))
    assert again.table.horizontalHeader().isSectionHidden(COLUMNS.index("payment"))


def test_a_customers_other_orders_are_one_click_away(sandbox, orders_for):
    view = orders_for(sandbox.url)
    with view.workspace.engine.connect() as conn:
        customer_id, order_id = conn.execute(text(
            "SELECT customer_id, max(id) FROM orders GROUP BY customer_id HAVING count(*) > 2 LIMIT 1")).first()
    view.select_record(order_id)
    assert f"customer:{customer_id}" in view.sections["customer"].text()
    view.sections["customer"].linkActivated.emit(f"customer:{customer_id}")
    assert shown_ids(view) == sql_ids(view, "customer_id = :c", c=customer_id)
    assert view.customer_button.isVisible()
    view.customer_button.click()
    assert not view.customer_button.isVisible() and view.model.rowCount() == len(sql_ids(view, "TRUE"))
