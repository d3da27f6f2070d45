"""Bringing the core's callbacks onto the UI thread, and running core work off it.

The sync engine calls its listeners on its own threads; :class:`SyncBridge` re-emits each event as a
Qt signal, which Qt queues to the UI thread. :func:`run_in_background` runs a function on the
thread pool and reports its result or error back on the UI thread, the way every service call
from a view is made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ..sync.events import Broadcaster, SyncEvent


class SyncBridge(QObject):
    event = Signal(object)      # SyncEvent
    changes = Signal(object)    # services.edits.Changes

    def __init__(self, sync_events: Broadcaster, changes: Broadcaster, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = [sync_events.subscribe(self._on_event), changes.subscribe(self._on_changes)]

    def _on_event(self, event: SyncEvent) -> None:   # on a sync thread
        self.event.emit(event)

    def _on_changes(self, changes) -> None:          # on whichever thread made the change
        self.changes.emit(changes)

    def close(self) -> None:
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
