"""Acting on reviews in the reviews view, as a merchant or an agent would, against the real sandbox:
reply offline and see it synced, hide with a reason, reply to many at once (all or nothing), tag,
open a ticket from a one-star review, and read the product's ratings."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import func, select

from merchant_app.models import Base
from merchant_app.sandbox.app import SandboxConfig
from merchant_app.sandbox.server import SandboxServer
from merchant_app.ui.views.reviews import ReviewsView
from tests.integration.conftest import find

from .conftest import settle

OUTBOX = Base.metadata.tables["outbox"]
PUBLISHED_UNANSWERED = "json_extract(body, '$.status') = 'published' AND json_extract(body, '$.reply') IS NULL"


def queued(view) -> int:
    with view.workspace.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(OUTBOX).where(
            OUTBOX.c.state.in_(("pending", "in_flight")))).scalar_one()


def select_many(view, ids: list[int]) -> None:
    view.table.clearSelection()
    model = view.table.selectionModel()
    for record_id in ids:
        row = view.model.row_of(record_id)
        assert row is not None, record_id
        model.select(view.model.index(row, 0),
                     QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_reply_offline_then_it_reaches_the_platform(shop_db, window_for, qtbot):
    config = SandboxConfig(db_url=shop_db, test_mode=True)
    server = SandboxServer(config).start()
    port = server.port
    try:
        window = window_for(server.url, "agent")
        view = window.show_view("reviews")
        review = find(server, "reviews", PUBLISHED_UNANSWERED + " AND json_extract(body, '$.rating') <= 2")[0]
        settle(qtbot, lambda: view.select_record(review["id"]))
        assert view.awaiting_chip.isVisible() and view.send_button.text() == "Reply"
        server.stop()

        view.reply_edit.setPlainText("We are sorry — a new one is on its way.")
        view.reply_edit.setFocus()
        qtbot.keyClick(view.reply_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        settle(qtbot, lambda: view.reply_edit.toPlainText() == "")
        assert "a new one is on its way" in view.sections["reply"].text()
        assert "waiting to sync" in view.sync_chip.text() and not view.awaiting_chip.isVisible()
        assert view.send_button.text() == "Replace reply"
        settle(qtbot, lambda: "1 edit" in window.pending_label.text())

        server = SandboxServer(config, port=port).start()
        settle(qtbot, lambda: window.pending_label.text() == "All edits synced", 30000)
        reply = server.storage.get("reviews", review["id"])["reply"]
        assert reply["author"] == "agent" and reply["body"] == "We are sorry — a new one is on its way."
        settle(qtbot, lambda: not view.sync_chip.isVisible())
    finally:
        server.stop()


def test_hide_with_a_reason_then_publish_again(sandbox, view_for, qtbot):
    view = view_for(ReviewsView, sandbox.url, "merchant")
    review = find(sandbox, "reviews", "json_extract(body, '$.status') = 'published'")[0]
    assert view.select_record(review["id"])
    assert view.hide_button.isEnabled() and not view.publish_button.isVisible()
    dialog = view.open_dialog("hide")
    dialog.submit()
    assert dialog.isVisible() and dialog.error.text() == "Give a reason."   # nothing without a reason
    dialog.reason.setEditText("Contains the customer's phone number")
    dialog.submit()
    settle(qtbot, lambda: not dialog.isVisible())
    assert view.status_chip.text() == "Hidden" and "phone number" in view.reason_label.text()
    assert view.publish_button.isVisible() and view.publish_button.isEnabled()
    assert not view.report_button.isVisible()
    view.workspace.sync.request_sync()
    settle(qtbot, lambda: sandbox.storage.get("reviews", review["id"])["status"] == "hidden")
    assert sandbox.storage.get("reviews", review["id"])["status_reason"] == "Contains the customer's phone number"

    qtbot.mouseClick(view.publish_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: view.status_chip.text() == "Published")
    settle(qtbot, lambda: sandbox.storage.get("reviews", review["id"])["status"] == "published", 30000)


def test_bulk_reply_is_all_or_nothing_and_bulk_tags(sandbox, view_for, qtbot):
    view = view_for(ReviewsView, sandbox.url)
    reviews = find(sandbox, "reviews", PUBLISHED_UNANSWERED)[:3]
    ids = [r["id"] for r in reviews]
    select_many(view, ids)
    menu = view.bulk_button.menu()
    menu.aboutToShow.emit()
    assert menu.actions()[0].text() == "Reply to 3 reviews…"

    dialog = view.bulk("reply")
    dialog.text.setPlainText("x" * 2001)   # too long for the platform: nothing is changed, on any of them
    dialog.submit()
    assert dialog.error.text() == "A reply has at most 2000 characters."
    assert queued(view) == 0
    dialog.text.setPlainText("Thank you for shopping with us!")
    dialog.submit()
    settle(qtbot, lambda: not dialog.isVisible())
    assert all(view.workspace.record("reviews", i)["reply"]["body"] == "Thank you for shopping with us!" for i in ids)
    view.workspace.sync.request_sync()
    settle(qtbot, lambda: all((sandbox.storage.get("reviews", i)["reply"] or {}).get("body")
                              == "Thank you for shopping with us!" for i in ids), 30000)

    select_many(view, ids)
    dialog = view.bulk("tag")
    dialog.add.setText("thanked, 已感谢")
    dialog.submit()
    settle(qtbot, lambda: not dialog.isVisible())
    settle(qtbot, lambda: all({"thanked", "已感谢"} <= set(sandbox.storage.get("reviews", i)["tags"]) for i in ids),
           30000)
    view.select_record(ids[0])
    assert "thanked" in view.sections["details"].text()


def test_a_one_star_review_opens_a_ticket_on_its_order_in_one_click(sandbox, window_for, qtbot):
    window = window_for(sandbox.url, "agent")
    view = window.show_view("reviews")
    with view.workspace.engine.connect() as conn:
        open_orders = set(conn.exec_driver_sql(
            "SELECT order_id FROM tickets WHERE order_id IS NOT NULL AND status NOT IN ('resolved', 'closed')").scalars())
    review = next(r for r in find(sandbox, "reviews", "json_extract(body, '$.rating') = 1 AND "
                                                      "json_extract(body, '$.order_id') IS NOT NULL")
                  if r["order_id"] not in open_orders)
    view.filter_to({"rating": "1"})
    assert view.select_record(review["id"])
    assert view.ticket_button.isVisible() and view.ticket_button.isEnabled()
    order_number = sandbox.storage.get("orders", review["order_id"])["number"]

    qtbot.mouseClick(view.ticket_button, Qt.MouseButton.LeftButton)
    tickets = window.views["tickets"]
    settle(qtbot, lambda: window.current_view() is tickets and tickets.ticket is not None)
    assert tickets.ticket["order_number"] == order_number and tickets.ticket["priority"] == "high"
    assert review["body"].splitlines()[0] in tickets.sections["conversation"].text()
    settle(qtbot, lambda: tickets.ticket is not None and tickets.ticket["id"] > 0, 30000)   # the platform's ticket
    ticket = sandbox.storage.get("tickets", tickets.ticket["id"])
    assert (ticket["type"], ticket["order_id"], ticket["customer_id"], ticket["priority"]) == \
        ("complaint", review["order_id"], review["customer_id"], "high")
    assert tickets.number_label.text() == ticket["number"]

    window.show_view("reviews")
    view.select_record(review["id"])
    assert not view.ticket_button.isEnabled() and ticket["number"] in view.ticket_button.toolTip()


def test_the_products_ratings_beside_the_review(sandbox, view_for):
    view = view_for(ReviewsView, sandbox.url)
    review = find(sandbox, "reviews", "1")[0]
    assert view.select_record(review["id"])
    figures = view.ratings_chart.figures
    assert figures["total"] == sum(figures["counts"]) > 0
    assert "average from" in view.sections["ratings"].text()
    texts = view.ratings_chart.month_texts()
    _, average, count = figures["months"][-1]
    assert len(texts) == len(figures["months"]) and texts[-1].endswith(
        f": {average:.1f} ★ average, {count} review{'s' if count != 1 else ''}")
    image = view.ratings_chart.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert len(colours) > 8, "bars, a line and labels drawn, not an empty box"


def test_sentiment_and_topic_filters(sandbox, view_for):
    view = view_for(ReviewsView, sandbox.url)

    def ids_where(where: str) -> set[int]:
        with view.workspace.engine.connect() as conn:
            return set(conn.exec_driver_sql(f"SELECT id FROM reviews WHERE {where}").scalars())

    def shown() -> set[int]:
        return {view.model.record_id(r) for r in range(view.model.rowCount())}

    view.sentiment_box.setCurrentIndex(view.sentiment_box.findData("negative"))
    assert shown() == ids_where("sentiment = 'negative'") != set()
    view.topic_box.setCurrentIndex(view.topic_box.findData("shipping"))
    assert view.topic_box.currentText() == "Shipping and delivery"
    assert shown() == ids_where("sentiment = 'negative' AND topics LIKE '%\"shipping\"%'") != set()
    view.clear_filters()
    assert view.sentiment_box.currentData() is None and view.topic_box.currentData() is None
