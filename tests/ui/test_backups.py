"""Backups from the window: made on demand, listed, and restored with the unsynced edits kept."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from merchant_app.store import backup
from merchant_app.store.backup import Rebuilt
from tests.integration.conftest import find

from .conftest import settle


def test_back_up_now_then_restore_keeping_the_edits_made_since(sandbox, window_for, qtbot):
    from merchant_app.ui.app import Console

    window = window_for(sandbox.url)
    workspace = window.workspace
    window.close()
    console = Console(QApplication.instance())
    console.show(workspace, switchable=False)
    window = console.window
    cache = backup.cache_of(workspace.engine)
    next(a for a in window.commands if a.text() == "Back up the cache now").trigger()
    settle(qtbot, lambda: len(backup.backups(cache)) == 1 and not window.backups.running)
    assert "backed up" in window.statusBar().currentMessage()

    level = find(sandbox, "inventory", "location_id = 1")[0]
    workspace.sync.stop()   # the edit stays unsynced
    workspace.perform("inventory.adjust", level["id"], delta=4, reason="received", note="after the backup")
    dialog = window.open_restore()
    assert dialog.list.count() == 1
    dialog.list.setCurrentRow(0)
    dialog.accept()
    settle(qtbot, lambda: console.window is not None and console.window is not window)
    restored = console.workspace
    assert restored is not workspace and restored.actor == workspace.actor
    assert list(cache.parent.glob(f"{cache.stem}.replaced-*.sqlite")), "the file replaced is kept aside"
    settle(qtbot, lambda: sandbox.storage.get("inventory", level["id"])["on_hand"] == level["on_hand"] + 4, 30000)
    boxes = [w for w in QApplication.topLevelWidgets() if w.windowTitle() == "The cache was restored" and w.isVisible()]
    assert boxes and "1 edit made since and not yet synced was kept" in boxes[0].text()
    console.close_current()
    console.crashes.uninstall()


def test_a_rebuilt_cache_is_announced(sandbox, window_for, tmp_path):
    window = window_for(sandbox.url)
    box = window.announce_rebuild(Rebuilt(tmp_path / "x.damaged.sqlite", 3))
    assert box.isVisible() and "3 edits not yet synced were kept" in box.text()
