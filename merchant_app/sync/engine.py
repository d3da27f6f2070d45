"""The background sync: what keeps the cache current while the console is open.

Two threads, neither of them the UI's:

- the **worker** pulls the resources that changed and pushes the outbox. It runs a pass at start,
  when the change feed names a resource, when a local edit is queued (:meth:`SyncEngine.push_soon`),
  when a backed-off outbox entry falls due, and every ``safety_interval`` seconds in any case (the
  paging pass is the source of truth; the feed only makes it prompt).
- the **feed listener** long-polls ``GET /v1/events`` and tells the worker which resources changed,
  so a change on the platform reaches the cache within seconds. Its position is stored in the
  cache (``sync_state`` row ``_feed``) only after the pull it triggered has committed, so a restart
  never skips a change.

Online/offline: the engine is online after any answer from the platform and offline after a
request could not get through (:class:`Unreachable`). While offline it probes ``/v1/health`` with
growing pauses (``probe_min`` .. ``probe_max``) and resumes at once when the platform answers.
Listeners get ``online``/``offline`` only on a change of state, a ``status`` event with the counts
after every pass, and everything the puller and pusher report (see :mod:`.events`). A token the
platform no longer accepts stops the engine from retrying (``signed_out``) until
:meth:`SyncEngine.credentials_changed`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..models import Base, utc_now_iso
from ..platform import wire
from ..platform.client import AuthError, Forbidden, PlatformClient, PlatformError, Unreachable
from .events import Broadcaster, SyncEvent
from .pull import Cancelled, Puller, PullResult
from .push import Pusher, PushResult

SYNC_STATE = Base.metadata.tables["sync_state"]
OUTBOX = Base.metadata.tables["outbox"]
CONFLICTS = Base.metadata.tables["conflicts"]
QUARANTINE = Base.metadata.tables["quarantine"]
FEED_ROW = "_feed"


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows. ``online`` is None until the platform has been asked once."""

    online: bool | None
    signed_in: bool
    syncing: bool
    last_sync_at: str | None   # when the last complete pass finished (this machine's clock, ISO)
    pending: int                # local edits not yet accepted by the platform
    conflicts: int
    rejected: int
    quarantined: int
    last_error: str = ""


def read_counts(engine: Engine) -> dict[str, int]:
    """The outbox, conflict and quarantine counts, for status bars and the CLI."""
    with engine.connect() as conn:
        states = dict(conn.execute(select(OUTBOX.c.state, func.count()).group_by(OUTBOX.c.state)).all())
        conflicts = conn.execute(select(func.count()).select_from(CONFLICTS).where(CONFLICTS.c.state == "open")).scalar()
        quarantined = conn.execute(select(func.count()).select_from(QUARANTINE)
                                   .where(QUARANTINE.c.resolved.is_(False))).scalar()
    return {"pending": states.get("pending", 0) + states.get("in_flight", 0), "conflicts": conflicts or 0,
            "rejected": states.get("rejected", 0), "quarantined": quarantined or 0}


def last_sync_at(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return conn.execute(select(func.min(SYNC_STATE.c.last_pull_at))
                            .where(SYNC_STATE.c.resource.in_(wire.RESOURCES))).scalar()


class SyncEngine:
    def __init__(self, engine: Engine, client: PlatformClient, events: Broadcaster | None = None, *,
                 feed: bool = True, feed_timeout: float = 25.0, safety_interval: float = 300.0,
                 probe_min: float = 1.0, probe_max: float = 60.0, push_concurrency: int = 6,
                 retry_base: float = 1.0, retry_cap: float = 300.0) -> None:
        self.options = {"feed": feed, "feed_timeout": feed_timeout, "safety_interval": safety_interval,
                        "probe_min": probe_min, "probe_max": probe_max, "push_concurrency": push_concurrency,
                        "retry_base": retry_base, "retry_cap": retry_cap}
        """As given, so that the same engine can be made again on another cache (a restored backup)."""
        self.engine = engine
        self.client = client
        self.events = events or Broadcaster()
        inner = Broadcaster()
        inner.subscribe(self._relay)
        self.puller = Puller(engine, client, inner)
        self.pusher = Pusher(engine, client, inner, concurrency=push_concurrency,
                             retry_base=retry_base, retry_cap=retry_cap)
        self.feed_enabled = feed
        self.feed_timeout = feed_timeout
        self.safety_interval = safety_interval
        self.probe_min, self.probe_max = probe_min, probe_max

        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._dirty: set[str] = set()
        self._full = False
        self._feed_position: int | None = None   # received, not yet stored (stored after its pull)
        self._online: bool | None = None
        self._signed_in = True
        self._syncing = False
        self._last_error = ""
        self._threads: list[threading.Thread] = []
        self.passes = 0   # completed passes, for tests and diagnostics
        self.not_permitted: set[str] = set()   # resources this account's role may not read

    # --- control ---------------------------------------------------------------------------
    def start(self) -> SyncEngine:
        if self._threads:
            return self
        self._stopping.clear()
        self.client.cancelled = self._stopping.is_set
        self.request_sync()
        self._threads = [threading.Thread(target=self._work, name="sync-worker", daemon=True)]
        if self.feed_enabled:
            self._threads.append(threading.Thread(target=self._listen, name="sync-feed", daemon=True))
        for t in self._threads:
            t.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the current request; committed work stays, the next start resumes from it."""
        self._stopping.set()
        self._wake.set()
        for t in self._threads:
            t.join(timeout)
        self._threads = []

    def request_sync(self, resources: list[str] | None = None, *, full: bool = False) -> None:
        """Pull these resources (all when None) soon, then push."""
        with self._lock:
            self._dirty.update(resources or wire.RESOURCES)
            self._full |= full
        self._wake.set()

    def push_soon(self) -> None:
        """A local edit was queued: push without waiting for the next pass."""
        self._wake.set()

    def credentials_changed(self) -> None:
        """The user signed in again: resume syncing."""
        self._signed_in = True
        self.request_sync()

    def status(self) -> SyncStatus:
        counts = read_counts(self.engine)
        return SyncStatus(online=self._online, signed_in=self._signed_in, syncing=self._syncing,
                          last_sync_at=last_sync_at(self.engine), last_error=self._last_error, **counts)

    def idle(self) -> bool:
        """Nothing being pulled or pushed, nothing waiting to be pulled."""
        with self._lock:
            return not self._syncing and not self._dirty

    @property
    def online(self) -> bool | None:
        return self._online

    # --- one pass, also used directly by the CLI -------------------------------------------
    def run_pass(self, resources: list[str] | None = None, *, full: bool = False, push: bool = True,
                 cancelled: Callable[[], bool] = lambda: False) -> tuple[list[PullResult], PushResult | None]:
        """Pull the given resources (in the platform's order), then push what is ready.
        Raises Unreachable, AuthError or Cancelled; what was committed before stays."""
        wanted = set(resources or wire.RESOURCES) - self.not_permitted
        results = []
        for resource in wire.RESOURCES:
            if resource in wanted:
                try:
                    results.append(self.puller.pull(resource, full=full, cancelled=cancelled))
                except Forbidden as err:  # this role may not read it (an agent and revenue figures)
                    self.not_permitted.add(resource)
                    self.events.emit(SyncEvent("not_permitted", resource, message=err.message))
        pushed = self.pusher.push(cancelled=cancelled) if push else None
        self._set_online(True)
        return results, pushed

    # --- the worker ------------------------------------------------------------------------
    def _work(self) -> None:
        probe_wait = self.probe_min
        next_safety = time.monotonic() + self.safety_interval
        while not self._stopping.is_set():
            timeout = max(0.0, next_safety - time.monotonic())
            retry = self._next_push_retry()
            if retry is not None:
                timeout = min(timeout, retry)
            if self._online is False:
                timeout = min(timeout, probe_wait)
            self._wake.wait(timeout)
            self._wake.clear()
            if self._stopping.is_set():
                break
            if not self._signed_in:
                continue
            if self._online is False and not self._probe():
                probe_wait = min(self.probe_max, probe_wait * 2)
                continue
            probe_wait = self.probe_min
            if time.monotonic() >= next_safety:
                next_safety = time.monotonic() + self.safety_interval
                self.request_sync()
            with self._lock:
                dirty, full, position = self._dirty, self._full, self._feed_position
                self._dirty, self._full = set(), False
            self._syncing = True
            try:
                self.run_pass(sorted(dirty) if dirty else [], full=full, cancelled=self._stopping.is_set) \
                    if dirty else self.pusher.push(cancelled=self._stopping.is_set)
                if position is not None and dirty:
                    self._store_feed_position(position)
                self.passes += 1
                if self._online is not False:  # a push can end "offline" without raising: keep its reason
                    self._last_error = ""
            except Cancelled:
                break
            except Unreachable as err:
                self._requeue(dirty, full)
                if err.code != "cancelled":
                    self._last_error = err.message
                    self._set_online(False, err.message)
            except AuthError as err:
                self._requeue(dirty, full)
                self._signed_in = False
                self._last_error = err.message
                self.events.emit(SyncEvent("signed_out", message=err.message))
            except PlatformError as err:  # a refusal while pulling (e.g. a role that may not read a resource)
                self._last_error = f"{err.code or err.status}: {err.message}"
                self.events.emit(SyncEvent("error", message=self._last_error))
            except Exception as err:  # noqa: BLE001 - the sync thread must survive a bug and say so
                self._requeue(dirty, full)
                self._last_error = f"{type(err).__name__}: {err}"
                self.events.emit(SyncEvent("error", message=self._last_error))
                self._stopping.wait(self.probe_min)
            finally:
                self._syncing = False
            self.events.emit(SyncEvent("status", message=self._last_error, status=self.status()))

    def _requeue(self, dirty: set[str], full: bool) -> None:
        with self._lock:
            self._dirty |= dirty
            self._full |= full

    def _next_push_retry(self) -> float | None:
        with self.engine.connect() as conn:
            due = conn.execute(select(func.min(OUTBOX.c.next_attempt_at)).where(OUTBOX.c.state == "pending")).scalar()
        if due is None:
            return None
        return max(0.0, due - time.time()) + 0.01

    def _probe(self) -> bool:
        try:
            self.client.health()
        except PlatformError:
            return False
        self._set_online(True)
        return True

    def _set_online(self, online: bool, message: str = "") -> None:
        if not online and message:
            self._last_error = message  # whichever thread found the platform unreachable says why
        if self._online is online:
            return
        self._online = online
        self.events.emit(SyncEvent("online" if online else "offline", message=message))
        if online:
            self._wake.set()  # what waited for the network goes now

    def _relay(self, event: SyncEvent) -> None:
        """Events of the puller and pusher: online/offline become state changes, the rest passes."""
        if event.kind == "online":
            self._set_online(True)
        elif event.kind == "offline":
            self._set_online(False, event.message)
        else:
            self.events.emit(event)

    # --- the change feed -------------------------------------------------------------------
    def feed_position(self) -> int | None:
        with self.engine.connect() as conn:
            stored = conn.execute(select(SYNC_STATE.c.cursor).where(SYNC_STATE.c.resource == FEED_ROW)).scalar()
        return int(stored) if stored else None

    def _store_feed_position(self, position: int) -> None:
        values = {"cursor": str(position), "last_pull_at": utc_now_iso()}
        with self.engine.begin() as conn:
            conn.execute(sqlite_insert(SYNC_STATE).values(resource=FEED_ROW, full_sync_done=True, records=0, **values)
                         .on_conflict_do_update(index_elements=[SYNC_STATE.c.resource], set_=values))

    def _listen(self) -> None:
        position = self.feed_position()
        pause = self.probe_min
        while not self._stopping.is_set():
            if not self._signed_in:
                self._stopping.wait(1.0)
                continue
            try:
                if position is None:
                    # take the position first, then a full pass: nothing can fall between the two
                    position = int(self.client.events(None, timeout=0)["next"])
                    self._changed(wire.RESOURCES, position)
                    continue
                answer = self.client.events(position, timeout=self.feed_timeout)
            except Unreachable as err:
                if err.code == "cancelled":
                    break
                self._set_online(False, err.message)
                self._stopping.wait(pause)
                pause = min(self.probe_max, pause * 2)
                continue
            except AuthError:
                self._stopping.wait(1.0)   # the worker reports it; wait for new credentials
                continue
            except PlatformError as err:
                self._last_error = f"change feed: {err.message}"
                self._stopping.wait(pause)
                pause = min(self.probe_max, pause * 2)
                continue
            pause = self.probe_min
            self._set_online(True)
            position = int(answer["next"])
            if answer.get("reset"):
                self.events.emit(SyncEvent("cursor_reset", message="the platform's change feed restarted"))
                self._changed(wire.RESOURCES, position)
            else:
                changed = sorted({e["resource"] for e in answer.get("events", [])} & set(wire.RESOURCES))
                if changed:
                    self._changed(changed, position)

    def _changed(self, resources, position: int) -> None:
        with self._lock:
            self._dirty.update(resources)
            self._feed_position = position
        self.events.emit(SyncEvent("remote_change", message=", ".join(resources)))
        self._wake.set()
