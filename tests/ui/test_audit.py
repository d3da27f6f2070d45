"""The audit log from the window: every change, who made it, before → after, synced or not; CSV."""

from __future__ import annotations

import csv

from tests.integration.conftest import find

from .conftest import settle


def test_the_audit_log_lists_changes_and_exports_them(sandbox, window_for, qtbot, tmp_path):
    window = window_for(sandbox.url)
    level = find(sandbox, "inventory", "location_id = 1")[0]
    order = find(sandbox, "orders", "json_extract(body, '$.status') = 'processing'")[0]
    window.workspace.perform("inventory.adjust", level["id"], delta=5, reason="received", note="PO-1")
    window.workspace.perform("orders.add_note", order["id"], body="Gift wrap, please")
    settle(qtbot, lambda: window.pending_label.text() == "All edits synced", 30000)
    dialog = window.open_audit()
    view = dialog.view
    settle(qtbot, lambda: view.model.rowCount() == 2)
    texts = [[view.model.index(r, c).data() for c in range(6)] for r in range(2)]
    note, adjust = texts   # newest first
    assert note[1] == "owner" and note[2] == "Order note" and note[3] == f"orders #{order['id']}"
    assert adjust[2] == "Adjust stock" and f"on_hand: {level['on_hand']} → {level['on_hand'] + 5}" in adjust[4]
    settle(qtbot, lambda: view.model.index(1, 5).data() == "Yes", 30000)
    view.select_record(view.model.record_id(1))
    assert "→ <b>" in view.sections["fields"].text()
    view.search.setText(str(order["id"]))
    view.apply_filters()
    settle(qtbot, lambda: view.model.rowCount() == 1)
    view.clear_filters()
    path = view.export_csv(str(tmp_path / "audit.csv"))
    settle(qtbot, lambda: not view.exporting)   # it writes off the UI thread
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][1:] == ["When", "Who", "Change", "Record", "Before → after", "Synced"]
    assert len(rows) == 3 and rows[2][3] == "inventory.adjust" and rows[2][6] in ("yes", "no")
