"""Bringing the core's callbacks onto the UI thread, and running core work off it.

The sync engine calls its listeners on its own threads; :class:`SyncBridge` re-emits each event as a
Qt signal, which Qt queues to the UI thread. Every event delivered costs the UI thread a slot call per
listener (the window and each view), and each call needs Python's interpreter lock, which the sync's
threads hold in turns of up to the switch interval: so page-by-page progress reaches the window at
most every :data:`PROGRESS_EVERY` seconds per resource (the latest count; the one held back goes out
before the resource's ``pull_done``), and while a bridge is open the interpreter hands its lock over
every :data:`SWITCH_INTERVAL` seconds instead of Python's default 5 ms, so a frame waits less for it. :func:`run_in_background` runs a function on the
thread pool and reports its result or error back on the UI thread, the way every service call
from a view is made.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..sync.events import Broadcaster, SyncEvent

PROGRESS_EVERY = 0.25
"""Seconds between two ``pull_progress`` events of a resource that reach the window."""
SWITCH_INTERVAL = 0.001
"""The interpreter's switch interval while a bridge is open (Python's default: 0.005)."""

_open_bridges: list[float] = []   # the switch interval before the first bridge opened, while any is


class SyncBridge(QObject):
    event = Signal(object)      # SyncEvent
    changes = Signal(object)    # services.edits.Changes

    def __init__(self, sync_events: Broadcaster, changes: Broadcaster, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._progress_at: dict[str, float] = {}
        self._held: dict[str, SyncEvent] = {}
        self._unsubscribe = [sync_events.subscribe(self._on_event), changes.subscribe(self._on_changes)]
        if not _open_bridges:
            _open_bridges.append(sys.getswitchinterval())
            sys.setswitchinterval(SWITCH_INTERVAL)
        else:
            _open_bridges.append(_open_bridges[0])

    def _on_event(self, event: SyncEvent) -> None:   # on a sync thread
        if event.kind == "pull_progress":
            now = time.monotonic()
            with self._lock:
                if now - self._progress_at.get(event.resource, -PROGRESS_EVERY) < PROGRESS_EVERY:
                    self._held[event.resource] = event
                    return
                self._progress_at[event.resource] = now
                self._held.pop(event.resource, None)
        elif event.kind == "pull_done":
            with self._lock:
                held = self._held.pop(event.resource, None)
                self._progress_at.pop(event.resource, None)
            if held is not None:
                self.event.emit(held)
        self.event.emit(event)

    def _on_changes(self, changes) -> None:          # on whichever thread made the change
        self.changes.emit(changes)

    def close(self) -> None:
        if self._unsubscribe and _open_bridges:
            before = _open_bridges.pop()
            if not _open_bridges:
                sys.setswitchinterval(before)
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []


class _Relay(QObject):
    """Lives on the UI thread; the job's signals reach its slots queued, so callbacks run there."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done, on_error, parent: QObject | None) -> None:
        super().__init__(parent)
        self.on_done, self.on_error = on_done, on_error
        self.done.connect(self._finished)
        self.failed.connect(self._failed)

    @Slot(object)
    def _finished(self, result) -> None:
        _alive.discard(self)
        if self.on_done:
            self.on_done(result)

    @Slot(object)
    def _failed(self, err) -> None:
        _alive.discard(self)
        if self.on_error:
            self.on_error(err)
        else:
            raise err


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as err:  # noqa: BLE001 - handed to the caller's error slot
            self.relay.failed.emit(err)
        else:
            self.relay.done.emit(result)


_alive: set[_Relay] = set()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[Exception], None] | None = None, parent: QObject | None = None) -> _Relay:
    """Run ``fn`` on the thread pool; ``on_done(result)`` or ``on_error(exc)`` run on the UI thread."""
    relay = _Relay(on_done, on_error, parent)
    _alive.add(relay)
    QThreadPool.globalInstance().start(_Job(fn, relay))
    return relay
