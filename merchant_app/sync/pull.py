"""Pull: bring each resource's changes from the platform into the cache, page by page.

Every page is applied in one cache transaction together with the cursor that follows it, so an
interruption anywhere — a killed platform, a lost network, the app closed — resumes from the last
committed page with no gap and no duplicate. Within a page: tombstones delete; records older than
or as old as what the cache holds are skipped; records the user has changed locally and not yet
pushed are left alone (the push settles them); invalid records go to quarantine with the reason,
and the page goes on. The next page is fetched while the current one is written.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..models import RECORD_TABLES, Base, utc_now_iso
from ..platform import wire
from ..platform.client import CursorReset, PlatformClient
from .events import Broadcaster, SyncEvent
from .mapping import CHILDREN, child_rows, record_row

SYNC_STATE = Base.metadata.tables["sync_state"]
OUTBOX = Base.metadata.tables["outbox"]
QUARANTINE = Base.metadata.tables["quarantine"]
UNSETTLED = ("pending", "in_flight", "conflict")
PAGE_SIZE = 500


@dataclass
class PullResult:
    resource: str
    applied: int = 0
    deleted: int = 0
    skipped: int = 0
    quarantined: int = 0
    pages: int = 0
    seconds: float = 0.0
    reset: bool = False


class Cancelled(Exception):
    """The pull was asked to stop; what was committed stays, the next pull resumes from there."""


def _upsert(table):
    stmt = sqlite_insert(table)
    return stmt.on_conflict_do_update(
        index_elements=[table.c.id],
        set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name != "id"},
    )


_UPSERT = {name: _upsert(t) for name, t in RECORD_TABLES.items()}


class Puller:
    def __init__(self, engine: Engine, client: PlatformClient, events: Broadcaster | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        self.engine = engine
        self.client = client
        self.events = events or Broadcaster()
        self.page_size = page_size
        self._lock = threading.Lock()  # one pull of a resource at a time

    # --- public ----------------------------------------------------------------------------
    def pull_all(self, *, full: bool = False, cancelled: Callable[[], bool] = lambda: False) -> list[PullResult]:
        return [self.pull(r, full=full, cancelled=cancelled) for r in wire.RESOURCES]

    def pull(self, resource: str, *, full: bool = False,
             cancelled: Callable[[], bool] = lambda: False) -> PullResult:
        with self._lock:
            try:
                return self._pull(resource, full, cancelled)
            except CursorReset:
                # the platform's history changed under us: start this resource over, then drop
                # what the new history no longer has
                self.events.emit(SyncEvent("cursor_reset", resource, message="the platform's history changed"))
                result = self._pull(resource, True, cancelled, prune=True)
                result.reset = True
                return result

    def cursor(self, resource: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(SYNC_STATE.c.cursor).where(SYNC_STATE.c.resource == resource)).scalar()

    # --- the loop --------------------------------------------------------------------------
    def _pull(self, resource: str, full: bool, cancelled: Callable[[], bool], prune: bool = False) -> PullResult:
        started = time.perf_counter()
        result = PullResult(resource)
        cursor = None if full else self.cursor(resource)
        seen: set[int] | None = set() if prune else None
        self.events.emit(SyncEvent("pull_started", resource))
        pages: queue.Queue = queue.Queue(maxsize=2)
        stop = threading.Event()

        def fetch() -> None:
            next_cursor = cursor
            try:
                while not stop.is_set():
                    page = self.client.page(resource, next_cursor, self.page_size)
                    pages.put(page)
                    next_cursor = page.next_cursor
                    if not page.has_more:
                        break
            except BaseException as err:  # handed to the writer, which raises it
                pages.put(err)
            pages.put(None)

        fetcher = threading.Thread(target=fetch, name=f"pull-{resource}", daemon=True)
        fetcher.start()
        try:
            while True:
                item = pages.get()
                if item is None:
                    break
                if isinstance(item, BaseException):
                    raise item
                if cancelled():
                    raise Cancelled(resource)
                self._apply(resource, item, result, seen)
                result.pages += 1
                self.events.emit(SyncEvent("pull_progress", resource, count=result.applied, pages=result.pages))
        finally:
            stop.set()
            while fetcher.is_alive():  # let the fetcher finish its current request and leave
                try:
                    pages.get(timeout=0.1)
                except queue.Empty:
                    pass
        if prune and seen is not None:
            result.deleted += self._prune(resource, seen)
        self._finish(resource)
        result.seconds = time.perf_counter() - started
        self.events.emit(SyncEvent("pull_done", resource, count=result.applied, pages=result.pages,
                                   message=f"{result.applied} applied, {result.deleted} deleted, "
                                           f"{result.quarantined} quarantined"))
        return result

    def _apply(self, resource: str, page: wire.Page, result: PullResult, seen: set[int] | None) -> None:
        table = RECORD_TABLES[resource]
        child = CHILDREN.get(resource)
        with self.engine.begin() as conn:
            unsettled = set(conn.execute(select(OUTBOX.c.record_id).where(
                OUTBOX.c.resource == resource, OUTBOX.c.state.in_(UNSETTLED))).scalars())
            ids = [it["id"] for it in page.items]
            if seen is not None:
                seen.update(ids)
            held = dict(conn.execute(select(table.c.id, table.c.version).where(table.c.id.in_(ids))).all()) \
                if ids else {}
            gone: list[int] = []
            fresh: list[dict] = []
            for it in page.items:
                if it["id"] in unsettled:
                    result.skipped += 1
                elif it.get("deleted"):
                    if it["id"] in held:
                        gone.append(it["id"])
                elif it["version"] > held.get(it["id"], 0) or seen is not None:  # a new history overrules
                    fresh.append(it)
                else:
                    result.skipped += 1
            if gone:
                conn.execute(delete(table).where(table.c.id.in_(gone)))
                if child:
                    conn.execute(delete(child.table).where(child.table.c[child.parent_key].in_(gone)))
                result.deleted += len(gone)
            if fresh:
                conn.execute(_UPSERT[resource], [record_row(resource, it) for it in fresh])
                if child:
                    replaced = [it["id"] for it in fresh if it["id"] in held]
                    if replaced:
                        conn.execute(delete(child.table).where(child.table.c[child.parent_key].in_(replaced)))
                    rows = [row for it in fresh for row in child_rows(resource, it)]
                    if rows:
                        if seen is not None:  # in a new history a child id may have belonged elsewhere
                            conn.execute(delete(child.table).where(child.table.c.id.in_([r["id"] for r in rows])))
                        conn.execute(insert(child.table), rows)
                result.applied += len(fresh)
            if page.invalid:
                conn.execute(insert(QUARANTINE), [
                    {"resource": resource, "record_id": bad.record_id, "payload": bad.payload, "reason": bad.reason,
                     "received_at": utc_now_iso(), "resolved": False} for bad in page.invalid])
                result.quarantined += len(page.invalid)
            self._save_cursor(conn, resource, page.next_cursor, done=not page.has_more)
        if page.invalid:
            self.events.emit(SyncEvent("quarantined", resource, count=len(page.invalid),
                                       message=page.invalid[0].reason))

    def _save_cursor(self, conn, resource: str, cursor: str, done: bool) -> None:
        values = {"cursor": cursor, "last_pull_at": utc_now_iso()}
        if done:
            values["full_sync_done"] = True
        stmt = sqlite_insert(SYNC_STATE).values({"resource": resource, "full_sync_done": done, "records": 0, **values})
        conn.execute(stmt.on_conflict_do_update(index_elements=[SYNC_STATE.c.resource], set_=values))

    def _finish(self, resource: str) -> None:
        table = RECORD_TABLES[resource]
        with self.engine.begin() as conn:
            n = conn.execute(select(func.count()).select_from(table)).scalar()
            conn.execute(SYNC_STATE.update().where(SYNC_STATE.c.resource == resource).values(records=n))

    def _prune(self, resource: str, seen: set[int]) -> int:
        """After a full pull of a new history: drop local records the platform no longer has."""
        table = RECORD_TABLES[resource]
        child = CHILDREN.get(resource)
        with self.engine.begin() as conn:
            unsettled = set(conn.execute(select(OUTBOX.c.record_id).where(
                OUTBOX.c.resource == resource, OUTBOX.c.state.in_(UNSETTLED))).scalars())
            local = set(conn.execute(select(table.c.id)).scalars())
            gone = sorted(local - seen - unsettled)
            for i in range(0, len(gone), 500):
                chunk = gone[i:i + 500]
                conn.execute(delete(table).where(table.c.id.in_(chunk)))
                if child:
                    conn.execute(delete(child.table).where(child.table.c[child.parent_key].in_(chunk)))
        return len(gone)
