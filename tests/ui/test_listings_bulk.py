"""Bulk price change: a preview of old → new, applied all or nothing, undone before it is sent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import text

from merchant_app.services.edits import ServiceError
from merchant_app.services.listings import plan_price_change
from merchant_app.services.workspace import UNDO_GRACE_SECONDS

from .conftest import settle


def select_rows(view, rows):
    selection = view.table.selectionModel()
    for r in rows:
        selection.select(view.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def prices(workspace, listing_ids):
    with workspace.engine.connect() as conn:
        return dict(conn.execute(text(
            f"SELECT id, price FROM variants WHERE listing_id IN ({','.join(map(str, listing_ids))})")).all())


def test_preview_apply_and_undo_before_it_is_sent(sandbox, window_for, qtbot):
    window = window_for(sandbox.url)
    view = window.show_view("listings")
    view.status_box.setCurrentIndex(view.status_box.findData("active"))
    select_rows(view, [0, 1, 2])
    ids = view.selected_ids()
    assert len(ids) == 3 and view.bulk_button.isEnabled()
    before = prices(window.workspace, ids)

    dialog = view.bulk_price()
    dialog.mode.setCurrentIndex(dialog.mode.findData("percent"))
    dialog.value.setValue(-10)
    dialog.round_to.setCurrentIndex(dialog.round_to.findData(10))
    assert dialog.preview.rowCount() == len(before)
    for line in dialog.plan:
        expected = -(-round(line["old"] * 0.9) // 10) * 10
        assert line["new"] == expected, line
    assert "will change" in dialog.summary.text() and dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    after = prices(window.workspace, ids)
    assert after == {vid: next(ln["new"] for ln in dialog.plan if ln["variant_id"] == vid) for vid in before}
    assert view.undo_button.isVisible() and "changed" in view.undo_label.text()
    # held for the grace period: nothing has reached the platform yet
    qtbot.wait(500)
    assert all(sandbox.storage.get("listings", i)["variants"][0]["price"] == before[
        sandbox.storage.get("listings", i)["variants"][0]["id"]] for i in ids)
    view.undo_button.click()
    assert prices(window.workspace, ids) == before
    assert not view.undo_button.isVisible()
    assert window.workspace.sync.status().pending == 0


def test_a_bulk_change_is_sent_after_its_grace_period(sandbox, window_for, qtbot):
    window = window_for(sandbox.url)
    view = window.show_view("listings")
    view.status_box.setCurrentIndex(view.status_box.findData("active"))
    select_rows(view, [3, 4])
    ids = view.selected_ids()
    dialog = view.bulk_price()
    dialog.mode.setCurrentIndex(dialog.mode.findData("amount"))
    dialog.value.setValue(5)  # +5.00 in the shop's currency
    dialog.apply_button.click()
    expected = {ln["variant_id"]: ln["new"] for ln in dialog.plan}
    assert all(ln["new"] == ln["old"] + 500 for ln in dialog.plan)

    def on_platform():
        got = {v["id"]: v["price"] for i in ids for v in sandbox.storage.get("listings", i)["variants"]}
        return got == expected

    settle(qtbot, on_platform, int((UNDO_GRACE_SECONDS + 20) * 1000))
    settle(qtbot, lambda: not view.undo_button.isVisible())


def test_a_plan_with_an_impossible_price_applies_nothing(sandbox, window_for):
    window = window_for(sandbox.url)
    view = window.show_view("listings")
    select_rows(view, [0, 1])
    ids = view.selected_ids()
    before = prices(window.workspace, ids)
    dialog = view.bulk_price()
    dialog.mode.setCurrentIndex(dialog.mode.findData("amount"))
    dialog.value.setValue(-1_000_000)
    assert not dialog.apply_button.isEnabled()
    assert "cannot be set" in dialog.summary.text()
    assert prices(window.workspace, ids) == before
    with pytest.raises(ServiceError):
        plan_price_change(window.workspace.engine, ids, "percent", -99)
    dialog.reject()
    assert view.bulk_button.text()  # the view is still usable
    assert view.model.rowCount() > 0 and view.table.selectionModel().hasSelection()
