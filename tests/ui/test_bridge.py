"""The sync's events on the UI thread: page-by-page progress thinned out, nothing else lost."""

from __future__ import annotations

import sys
import threading

from merchant_app.sync.events import Broadcaster, SyncEvent
from merchant_app.ui import bridge
from merchant_app.ui.bridge import SyncBridge


def test_progress_reaches_the_window_a_few_times_a_second_and_every_other_event_always(qtbot):
    events, changes = Broadcaster(), Broadcaster()
    before = sys.getswitchinterval()
    hub = SyncBridge(events, changes)
    assert sys.getswitchinterval() == bridge.SWITCH_INTERVAL
    got: list[SyncEvent] = []
    hub.event.connect(got.append)

    def pull() -> None:   # on another thread, as the sync does: 200 pages in a moment
        events.emit(SyncEvent("pull_started", "orders"))
        for page in range(1, 201):
            events.emit(SyncEvent("pull_progress", "orders", count=page * 500, pages=page))
        events.emit(SyncEvent("quarantined", "orders", count=1, message="bad"))
        events.emit(SyncEvent("pull_done", "orders", count=100_000, pages=200))

    worker = threading.Thread(target=pull)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(got) and got[-1].kind == "pull_done")
    kinds = [e.kind for e in got]
    progress = [e for e in got if e.kind == "pull_progress"]
    assert kinds[0] == "pull_started" and "quarantined" in kinds
    assert 1 <= len(progress) <= 5, "thinned out"
    assert progress[-1].pages == 200 and kinds[-2] == "pull_progress", "the last count before pull_done"
    hub.close()
    assert sys.getswitchinterval() == before
