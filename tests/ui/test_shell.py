"""The main window, the listings and stock views, driven as a user would, against the real sandbox."""

from __future__ import annotations

import csv
import time

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from merchant_app.sandbox.app import SandboxConfig
from merchant_app.sandbox.server import SandboxServer
from merchant_app.store.queries import LISTINGS_VIEW, STOCK_VIEW
from merchant_app.ui.command_palette import CommandPalette
from merchant_app.ui.table_model import ID_ROLE, RAW_ROLE, WindowedTableModel

from ..integration.conftest import find
from .conftest import settle


def test_every_table_model_passes_qt_model_tester(qtmodeltester, sandbox, window_for):
    window = window_for(sandbox.url)
    for query in (LISTINGS_VIEW, STOCK_VIEW):
        model = WindowedTableModel(window.workspace.engine, query)
        qtmodeltester.check(model)
        model.sort(0, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)


def test_the_window_shows_what_the_role_may_see_and_where_sync_stands(sandbox, window_for, qtbot):
    window = window_for(sandbox.url)
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == ["Home", "Listings", "Stock", "Orders", "After-sales", "Reviews", "Campaigns", "Sales"]
    settle(qtbot, lambda: "Online" in window.online_label.text())
    assert "Last sync" in window.synced_label.text()
    assert window.pending_label.text() == "All edits synced"
    assert not window.conflicts_button.isVisible()
    assert window.current_view() is window.views["home"], "Home comes first"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() is window.views["stock"]
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() is window.views["listings"]
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() is window.views["sales"]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() is window.views["home"]


def test_listings_filter_search_and_sort_in_sql(sandbox, window_for, qtbot):
    window = window_for(sandbox.url)
    view = window.show_view("listings")
    with window.workspace.engine.connect() as conn:
        total = conn.execute(text("SELECT count(*) FROM listings")).scalar()
        drafts = conn.execute(text("SELECT count(*) FROM listings WHERE status = 'draft'")).scalar()
        sku, listing_id = conn.execute(text("SELECT sku, listing_id FROM variants ORDER BY id LIMIT 1 OFFSET 30")).first()
    assert view.model.rowCount() == total and "record" in view.count_label.text()
    view.status_box.setCurrentIndex(view.status_box.findData("draft"))
    assert view.model.rowCount() == drafts
    assert {view.model.data(view.model.index(r, 1)) for r in range(drafts)} == {"Draft"}
    view.clear_filters()
    assert view.model.rowCount() == total
    qtbot.keyClicks(view.search, sku.lower())
    settle(qtbot, lambda: view.model.rowCount() == 1)
    assert view.model.data(view.model.index(0, 0), ID_ROLE) == listing_id
    view.clear_filters()
    # sort by price, both ways, by clicking the header
    header = view.table.horizontalHeader()
    price = [c.key for c in LISTINGS_VIEW.columns].index("price")
    header.setSortIndicator(price, Qt.SortOrder.AscendingOrder)
    first = [view.model.data(view.model.index(r, price), RAW_ROLE) for r in range(20)]
    assert first == sorted(first)
    header.setSortIndicator(price, Qt.SortOrder.DescendingOrder)
    first = [view.model.data(view.model.index(r, price), RAW_ROLE) for r in range(20)]
    assert first == sorted(first, reverse=True)


def test_editing_a_listing_shows_at_once_and_reaches_the_platform(sandbox, window_for, qtbot):
    window = window_for(sandbox.url)
    view = window.show_view("listings")
    listing = find(sandbox, "listings", "json_extract(body, '$.status') = 'active'")[0]
    assert view.select_record(listing["id"])
    assert view.title_edit.text() == listing["title"]
    view.title_edit.clear()
    qtbot.keyClicks(view.title_edit, "Longjing tea, spring harvest ")
    view.title_edit.insert("明前龙井")  # as an input method commits it (QTest types ASCII only)
    variant = listing["variants"][0]
    view.variants.item(0, 2).setText("123.45")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: window.workspace.record("listings", listing["id"])["title"].startswith("Longjing"))
    row = view.model.row_of(listing["id"])
    settle(qtbot, lambda: view.model.data(view.model.index(row, 0)) == "Longjing tea, spring harvest 明前龙井")
    # the sync sends it; the platform has both changes; the status bar says everything is synced
    settle(qtbot, lambda: sandbox.storage.get("listings", listing["id"])["title"].startswith("Longjing"))
    server = sandbox.storage.get("listings", listing["id"])
    settle(qtbot, lambda: next(v for v in sandbox.storage.get("listings", listing["id"])["variants"]
                               if v["id"] == variant["id"])["price"] == 12345)
    settle(qtbot, lambda: window.pending_label.text() == "All edits synced")
    assert server["version"] > listing["version"]


def test_bad_input_changes_nothing_and_says_what_is_wrong(sandbox, window_for, qtbot):
    window = window_for(sandbox.url)
    view = window.show_view("listings")
    listing = find(sandbox, "listings", "json_extract(body, '$.status') = 'active'")[1]
    view.select_record(listing["id"])
    view.title_edit.clear()
    qtbot.keyClicks(view.title_edit, "A fine new title")
    view.variants.item(0, 2).setText("twelve")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert "is not a price" in view.error_label.text()
    # an invalid price refused by the service also leaves the title alone: all or nothing
    view.variants.item(0, 2).setText("-5")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: "positive" in view.error_label.text())
    assert window.workspace.record("listings", listing["id"])["title"] == listing["title"]
    assert window.workspace.unsynced("listings", listing["id"]) == 0


def test_an_agent_can_read_but_not_edit_listings(sandbox, window_for):
    window = window_for(sandbox.url, "agent")
    view = window.show_view("listings")
    view.table.selectRow(0)
    assert not view.save_button.isEnabled() and not view.title_edit.isEnabled()
    assert "Agent" in view.read_only_label.text()


def test_adjust_stock_offline_then_see_it_synced_when_back_online(shop_db, window_for, qtbot):
    config = SandboxConfig(db_url=shop_db, test_mode=True, live_activity=False)
    server = SandboxServer(config).start()
    port = server.port
    try:
        window = window_for(server.url)
        view = window.show_view("stock")
        level = find(server, "inventory", "location_id = 1 AND json_extract(body, '$.available') > 3")[0]
        assert view.select_record(level["id"])
        server.stop()
        view.delta.setValue(-2)
        view.reason.setCurrentIndex(view.reason.findData("damaged"))
        qtbot.keyClicks(view.note, "crushed in transit")
        qtbot.mouseClick(view.adjust_button, Qt.MouseButton.LeftButton)
        settle(qtbot, lambda: view.figure_labels["on_hand"].text() == str(level["on_hand"] - 2))
        settle(qtbot, lambda: "Offline" in window.online_label.text())
        settle(qtbot, lambda: "1 edit" in window.pending_label.text())
        assert "waiting to sync" in view.sync_label.text()
        server = SandboxServer(config, port=port).start()
        settle(qtbot, lambda: window.pending_label.text() == "All edits synced", 30000)
        assert "Online" in window.online_label.text()
        assert server.storage.get("inventory", level["id"])["on_hand"] == level["on_hand"] - 2
        # the platform's movement arrives with the next pull and shows in the history
        window.workspace.sync.request_sync(["inventory", "inventory_adjustments"])
        settle(qtbot, lambda: view.history.rowCount() >= 1 and view.history.item(0, 1).text() == "-2", 30000)
        assert view.history.item(0, 2).text() == "Damaged"
    finally:
        server.stop()


def test_a_refused_stock_change_says_why(sandbox, window_for, qtbot):
    window = window_for(sandbox.url)
    view = window.show_view("stock")
    with window.workspace.engine.connect() as conn:
        level_id, available = conn.execute(text(
            "SELECT i.id, i.available FROM inventory_levels i JOIN locations l ON l.id = i.location_id "
            "WHERE NOT l.allows_backorder AND i.available BETWEEN 1 AND 50 LIMIT 1")).first()
    view.select_record(level_id)
    view.delta.setValue(-(available + 5))
    qtbot.mouseClick(view.adjust_button, Qt.MouseButton.LeftButton)
    settle(qtbot, lambda: "available" in view.error_label.text())
    assert window.workspace.record("inventory", level_id)["available"] == available


def test_csv_export_follows_the_filter(sandbox, window_for, qtbot, tmp_path):
    window = window_for(sandbox.url)
    view = window.show_view("listings")
    view.status_box.setCurrentIndex(view.status_box.findData("delisted"))
    path = view.export_csv(str(tmp_path / "delisted.csv"))
    settle(qtbot, lambda: not view.exporting)   # it writes off the UI thread
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:3] == ["id", "Title", "Status"]
    assert len(rows) - 1 == view.model.rowCount() > 0
    assert {r[2] for r in rows[1:]} == {"delisted"}


def test_a_platform_change_shows_in_the_open_view(sandbox, window_for, qtbot):
    window = window_for(sandbox.url)
    view = window.show_view("listings")
    listing = find(sandbox, "listings", "json_extract(body, '$.status') = 'active'")[2]
    view.select_record(listing["id"])
    r = httpx.post(f"{sandbox.url}/v1/_admin/edit/listings/{listing['id']}", json={"set": {"title": "Renamed upstream"}})
    assert r.status_code == 200, r.text
    row = view.model.row_of(listing["id"])
    started = time.monotonic()
    settle(qtbot, lambda: view.title_edit.text() == "Renamed upstream"
           or view.model.data(view.model.index(view.model.row_of(listing["id"]) or row, 0)) == "Renamed upstream")
    assert time.monotonic() - started < 20
    assert view.current_id == listing["id"], "the selection stays on the record"


def test_a_view_behind_another_catches_up_when_shown(sandbox, window_for, qtbot):
    """Pulls refresh only the view on screen (refreshing every table at once stalled the window);
    the others refresh when they are shown."""
    window = window_for(sandbox.url)
    view = window.views["stock"]
    window.show_view("listings")
    level = find(sandbox, "inventory", "json_extract(body, '$.available') > 50")[0]
    r = httpx.post(f"{sandbox.url}/v1/_admin/edit/inventory/{level['id']}", json={"set": {"on_hand": 3, "available": 3}})
    assert r.status_code == 200, r.text
    engine = window.workspace.engine
    settle(qtbot, lambda: engine.connect().execute(
        text("SELECT available FROM inventory_levels WHERE id = :i"), {"i": level["id"]}).scalar() == 3)
    qtbot.wait(600)
    assert view._stale, "the hidden view did not reload"
    window.show_view("stock")
    settle(qtbot, lambda: not view._stale and view.model.row_of(level["id"]) is not None
           and view.model.data(view.model.index(view.model.row_of(level["id"]), 6), RAW_ROLE) == 3)


def test_the_command_palette_finds_and_runs_commands(sandbox, window_for, qtbot):
    window = window_for(sandbox.url)
    search = window.show_view("listings").search
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # even from a text box
    palette = window.findChild(CommandPalette)
    assert palette is not None and palette.isVisible()
    assert palette.list.count() >= 8, "every command is listed"
    qtbot.keyClicks(palette.query, "low stock")
    assert palette.list.count() == 1
    qtbot.keyClick(palette.query, Qt.Key.Key_Return)
    view = window.current_view()
    assert view is window.views["stock"] and view.state_box.currentData() == "low"
    assert all(view.model.data(view.model.index(r, 6), RAW_ROLE) <= 5 for r in range(view.model.rowCount()))


def test_signing_in_opens_the_shop_in_its_own_cache(sandbox, memory_keyring, qtbot):
    from merchant_app.accounts import MemoryVault, sign_in
    from merchant_app.ui.app import Console

    console = Console(QApplication.instance())
    client, account = sign_in(sandbox.url, "merchant", "demo", MemoryVault(), remember=False, store=console.store)
    console.open(client, account)
    try:
        settle(qtbot, lambda: console.workspace.sync.passes >= 1, 60000)
        assert account.cache_path().exists() and account.cache_path().name.startswith("merchant_")
        assert console.window.isVisible() and console.workspace.actor.role == "merchant"
        assert any(a.text().startswith("Switch shop") for a in console.window.commands)
    finally:
        console.close_current()
    assert memory_keyring.entries == {}, "not remembered: nothing in the keyring"


def test_saved_views_keep_filters_search_and_sort(sandbox, window_for):
    window = window_for(sandbox.url)
    view = window.show_view("stock")
    view.state_box.setCurrentIndex(view.state_box.findData("out"))
    view.search.setText("APP")
    view.apply_filters()
    view.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    rows = view.model.rowCount()
    first = view.model.record_id(0)
    view.save_view("Apparel out of stock")
    view.clear_filters()
    view.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    assert view.model.rowCount() != rows
    assert view.apply_view("Apparel out of stock")
    assert (view.model.rowCount(), view.model.record_id(0)) == (rows, first)
    assert view.state_box.currentData() == "out" and view.search.text() == "APP"
    # kept in the settings: a new window has it
    assert "Apparel out of stock" in window.views["stock"].saved_views()
    view.delete_view("Apparel out of stock")
    assert view.saved_views() == {}


def test_stock_planning_shows_its_inputs_and_saves_a_rule(sandbox, window_for, qtbot):
    window = window_for(sandbox.url)
    view = window.show_view("stock")
    with window.workspace.engine.connect() as conn:
        level_id, variant_id = conn.execute(text(
            "SELECT i.id, i.variant_id FROM inventory_levels i JOIN order_lines l ON l.variant_id = i.variant_id "
            "GROUP BY i.id ORDER BY count(*) DESC LIMIT 1")).first()
    view.select_record(level_id)
    assert view.plan.variant_id == variant_id
    assert view.plan_labels["rop"].text() == str(view.plan.reorder_point)
    before = view.plan.reorder_point
    view.safety_spin.setValue(view.safety_spin.value() + 50)
    assert view.plan.reorder_point == before + 50, "the figures follow the inputs at once"
    assert "sold in the last" in view.plan_note.text()
    view.threshold_spin.setValue(100000)
    view.save_rule_button.click()
    def saved() -> bool:
        with window.workspace.engine.connect() as conn:
            return conn.execute(text("SELECT low_stock_threshold FROM stock_rules WHERE variant_id = :v"),
                                {"v": variant_id}).scalar() == 100000

    settle(qtbot, saved)
    view.state_box.setCurrentIndex(view.state_box.findData("low"))
    ids = {view.model.record_id(r) for r in range(view.model.rowCount())}
    assert level_id in ids, "with its own threshold the SKU now counts as low"
