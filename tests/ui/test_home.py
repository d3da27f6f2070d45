"""Home and the notices of new orders and tickets, driven as a user would, against the real sandbox."""

from __future__ import annotations

import httpx
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import text

from merchant_app.services import home

from .conftest import settle


def test_home_counts_today_and_each_figure_opens_its_list(sandbox, window_for, qtbot):
    window = window_for(sandbox.url)
    view = window.views["home"]
    assert window.current_view() is view
    settle(qtbot, lambda: view.ready)
    with window.workspace.engine.connect() as conn:
        expected = {g.key: g for g in home.at_a_glance(conn, "owner", window.workspace.shop)}
    for key, card in view.cards.items():
        assert card.value.text() == f"{expected[key].count:,}", key
    assert expected["low_stock"].count > 0 and expected["to_ship"].count > 0
    assert "¥" in view.cards["new_orders"].facts.text(), "the owner sees today's revenue"
    assert view.ship_list.rows.count() == len(home.oldest_to_ship(window.workspace.engine.connect()))

    card = view.cards["low_stock"]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    stock = window.current_view()
    assert stock is window.views["stock"] and stock.state_box.currentData() == "low_or_out"
    assert stock.model.rowCount() == expected["low_stock"].count

    window.show_view("home")
    followed = 0
    for key, card in view.cards.items():
        g = expected[key]
        if g.view not in window.views:
            assert not card.clickable, f"{key}: nothing to open for this role yet"
            continue
        window.show_view("home")
        card.setFocus()
        qtbot.keyClick(card, Qt.Key.Key_Return)
        target = window.current_view()
        assert target is window.views[g.view], key
        assert target.model.rowCount() == g.count, f"{key}: the list shows exactly what was counted"
        followed += 1
    assert followed >= 1


def test_an_agent_sees_no_revenue_on_home(sandbox, window_for, qtbot):
    window = window_for(sandbox.url, "agent")
    view = window.views["home"]
    settle(qtbot, lambda: view.ready)
    assert "¥" not in view.cards["new_orders"].facts.text()
    assert "yesterday" in view.cards["new_orders"].facts.text()


def test_new_orders_are_announced_once_and_the_notice_opens_them(sandbox, window_for, qtbot):
    window = window_for(sandbox.url)
    notifier = window.notifier
    engine = window.workspace.engine
    settle(qtbot, lambda: engine.connect().execute(
        text("SELECT count(*) FROM preferences WHERE key LIKE 'notify.%'")).scalar() == 2)
    assert notifier.announced == [], "a fresh cache announces nothing"
    with engine.connect() as conn:
        before = conn.execute(text("SELECT max(id) FROM orders")).scalar()
    for _ in range(10):   # live activity until an order was placed
        steps = httpx.post(f"{sandbox.url}/v1/_admin/activity/tick", json={"steps": 20}).json()["steps"]
        if any(s and s.startswith("order SO") for s in steps):
            break
    window.workspace.sync.request_sync()
    settle(qtbot, lambda: any("new order" in title for title, _, _ in notifier.announced), 30000)
    title, body, arrival = next(n for n in notifier.announced if "new order" in n[0])
    n = arrival.count
    with engine.connect() as conn:   # ids are given in order: the notice covers before+1 .. before+n
        newest = conn.execute(text("SELECT number FROM orders WHERE id = :i"), {"i": before + n}).scalar()
    assert title == (f"{n} new orders" if n > 1 else "1 new order")
    assert body.splitlines()[0].startswith(newest)
    assert notifier.toasts["orders"].isVisible()
    window.workspace.sync.request_sync()   # live activity goes on: later notices cover later orders only
    qtbot.wait(1500)
    with engine.connect() as conn:
        mark = conn.execute(text("SELECT value FROM preferences WHERE key = 'notify.orders.last_id'")).scalar()
    covered = sum(a.count for _, _, a in notifier.announced if a.resource == "orders")
    assert covered == mark - before, "every new order announced exactly once"
    assert notifier.toasts["orders"].title.text() == f"{covered} new orders", "notices that come while one is up add up"

    window.show_view("listings")
    qtbot.mouseClick(notifier.toasts["orders"], Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    assert not notifier.toasts["orders"].isVisible()
    opened = window.current_view()
    assert opened is window.views.get("orders", window.views["home"])
    if opened is not window.views["home"]:
        assert opened.model.rowCount() >= 1


def test_notifications_can_be_turned_off(sandbox, window_for, qtbot):
    window = window_for(sandbox.url)
    window.notifier.set_enabled(False)
    from merchant_app.services.arrivals import Arrival
    window.notifier.announce(Arrival("tickets", 2, [{"id": 9, "number": "AS-000009", "subject": "Broken zip",
                                                     "priority": "high"}]))
    assert window.notifier.announced[-1][:2] == ("2 new tickets", "AS-000009: Broken zip\nand 1 more")
    assert not window.notifier.toasts["orders"].isVisible()
    window.notifier.set_enabled(True)
