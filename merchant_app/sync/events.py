"""What the sync engine tells its listeners (the window's status bar, the CLI's progress bar, tests).

A listener is any callable taking one :class:`SyncEvent`. It is called on the sync's own thread:
a UI listener must hand the event over to its thread (a queued signal) and return at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class SyncEvent:
    kind: str
    """pull_started, pull_progress, pull_done, quarantined, cursor_reset, not_permitted (puller);
    push_done, conflict, rejected, created (pusher; a created record's changed_ids are its temporary
    id and its real one); online, offline, remote_change, signed_out, error, status (the engine,
    :mod:`.engine`)"""
    resource: str = ""
    count: int = 0          # records applied so far in this pull (or quarantined now)
    pages: int = 0
    message: str = ""
    changed_ids: tuple[int, ...] = field(default=(), repr=False)  # for views to reload just those rows
    status: Any = field(default=None, repr=False)  # a SyncStatus, on "status" events


Listener = Callable[[SyncEvent], None]


class Broadcaster:
    """Fan one event out to every listener; a failing listener never stops the sync."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self.errors: list[BaseException] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def emit(self, event: SyncEvent) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception as err:  # noqa: BLE001 - a listener's bug is reported, not fatal
                self.errors.append(err)
