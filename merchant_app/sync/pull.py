"""Pull: bring each resource's changes from the platform into the cache, page by page.

Every page is applied in a cache transaction together with the cursor that follows it, so an
interruption anywhere — a killed platform, a lost network, the app closed — resumes from the last
committed page with no gap and no duplicate. Within a page: tombstones delete; records older than
or as old as what the cache holds are skipped; records the user has changed locally and not yet
pushed are left alone (the push settles them); invalid records go to quarantine with the reason,
and the page goes on. The next pages are fetched while the current one is written; pages that have
arrived meanwhile share the next transaction (up to ``BATCH_PAGES``), with the cursor after the
last of them. Rows are bound through the driver in bulk (``pages.BulkWrite``), not row by row.

Pages are parsed, validated and turned into bound rows by ``pages.prepare`` — big ones in a worker
process (``pages.Preparer``), so that the window's interpreter is never held for a whole page and
the sync uses a second core. The fetcher asks for the next page as soon as the current one has
arrived, with the cursor read off the page's end (``wire.peek_cursor``); the writer checks that
every page was asked for with the cursor its predecessor, validated, gives, so a page is never
written after a gap.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import CancelledError
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from pydantic_core import to_json as _to_json
from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..models import RECORD_TABLES, Base, utc_now_iso
from ..platform import wire
from ..platform.client import AuthError, CursorReset, PlatformClient, PlatformError, Unreachable
from . import aggregates
from .events import Broadcaster, SyncEvent
from .mapping import CHILDREN, ticket_calendar
from .pages import WRITE, WRITE_CHILDREN, Prepared, Preparer, here, recover
from .shop import remember_shop

SYNC_STATE = Base.metadata.tables["sync_state"]
OUTBOX = Base.metadata.tables["outbox"]
QUARANTINE = Base.metadata.tables["quarantine"]
UNSETTLED = ("pending", "in_flight", "conflict")
PAGE_SIZE = 500
BATCH_PAGES = 4  # at most this many pages (already fetched) per cache transaction
PULL_CACHE_KIB = 64 * 1024
"""SQLite's page cache on the connection that writes pulled pages (the default is 2 MiB): the large
cache's indexes outgrow 2 MiB, and the writer then spends much of its time reading and writing
pages through the kernel. Memory SQLite takes only as it needs it, on that connection only."""
SHOP_REFRESH_SECONDS = 3600.0
"""How often a running puller asks the platform for the shop's calendar again (tickets' SLA clocks)."""
_NOTHING = object()


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
    received: int = 0   # items on the pages: records, tombstones and invalid ones


_HELD = {name: f"SELECT id, version FROM {t.name} WHERE id IN (SELECT value FROM json_each(?))"
         for name, t in RECORD_TABLES.items()}
"""The versions the cache holds of a page's records: one statement and one parameter, not 500."""


class Cancelled(Exception):
    """The pull was asked to stop; what was committed stays, the next pull resumes from there."""


class Puller:
    def __init__(self, engine: Engine, client: PlatformClient, events: Broadcaster | None = None,
                 page_size: int = PAGE_SIZE, preparer: Preparer | None = None) -> None:
        self.engine = engine
        self.client = client
        self.events = events or Broadcaster()
        self.page_size = page_size
        self.preparer = preparer or Preparer()
        self._lock = threading.Lock()  # one pull of a resource at a time
        self._shop_learnt: float | None = None

    # --- public ----------------------------------------------------------------------------
    def pull_all(self, *, full: bool = False, cancelled: Callable[[], bool] = lambda: False) -> list[PullResult]:
        return [self.pull(r, full=full, cancelled=cancelled) for r in wire.RESOURCES]

    def pull(self, resource: str, *, full: bool = False,
             cancelled: Callable[[], bool] = lambda: False) -> PullResult:
        with self._lock:
            if resource == "tickets":
                self._learn_shop(force=full)
            bulk = False
            if resource == "orders":  # the aggregates' days are the shop's: learn its zone first
                self._learn_shop(force=full)
                # a pull from the start writes every order: keeping the aggregates page by page would
                # cost as much again as the pull (measured: half of a full sync); they are built once
                # at the end instead. An interrupted pull leaves them unbuilt, and the next pull builds
                # them from the rows it has before going on by deltas.
                bulk = full or self.cursor(resource) is None
                if bulk:
                    aggregates.suspend(self.engine)
                else:
                    aggregates.ensure(self.engine)
            try:
                result = self._pull(resource, full, cancelled)
            except CursorReset:
                # the platform's history changed under us: start this resource over, then drop
                # what the new history no longer has
                self.events.emit(SyncEvent("cursor_reset", resource, message="the platform's history changed"))
                if resource == "orders" and not bulk:
                    aggregates.suspend(self.engine)
                    bulk = True
                result = self._pull(resource, True, cancelled, prune=True)
                result.reset = True
            if bulk:
                aggregates.ensure(self.engine)
            return result

    def _learn_shop(self, force: bool = False) -> None:
        """Before tickets are written: the shop's calendar and SLA targets (``GET /v1/me``), kept in
        the cache; when they changed every ticket's dues are computed again (``shop.remember_shop``).
        Asked once per puller, then again after :data:`SHOP_REFRESH_SECONDS` or on a full pull."""
        if not force and self._shop_learnt is not None and time.monotonic() - self._shop_learnt < SHOP_REFRESH_SECONDS:
            return
        try:
            shop = self.client.me().get("shop")
        except (Unreachable, AuthError):
            raise
        except (PlatformError, AttributeError):   # no shop to be had: the calendar kept is used
            return
        remember_shop(self.engine, shop)
        self._shop_learnt = time.monotonic()

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
        calendar = None
        if resource == "tickets":   # the dues are counted in the calendar learnt before the pull
            with self.engine.connect() as conn:
                calendar = ticket_calendar(conn)
        pages: queue.Queue = queue.Queue(maxsize=BATCH_PAGES)
        stop = threading.Event()

        def fetch() -> None:
            next_cursor = cursor
            try:
                while not stop.is_set():
                    raw = self.client.page_bytes(resource, next_cursor, self.page_size)
                    prepared = self.preparer.submit(resource, raw, calendar)
                    pages.put((next_cursor, raw, prepared))
                    peeked = wire.peek_cursor(raw)
                    if peeked is None:   # not read off the end: wait for the page's own
                        try:
                            page = prepared.result()
                        except BaseException:  # noqa: BLE001 - the writer raises it in its turn
                            break
                        peeked = (page.next_cursor, page.has_more)
                    next_cursor, has_more = peeked
                    if not has_more:
                        break
            except BaseException as err:  # handed to the writer, which raises it
                pages.put(err)
            pages.put(None)

        def ready(item) -> Prepared:
            asked_with, raw, prepared = item
            try:
                page = prepared.result()
            except (BrokenProcessPool, CancelledError) as err:   # the worker process died: prepared here
                recover(err)
                page = here(resource, raw, calendar).result()
            if asked_with != expected[0]:   # only if the page's end said otherwise than the page itself
                raise wire.MalformedPage(f"the {resource} page's cursor does not follow the previous page")
            expected[0] = page.next_cursor
            return page

        expected = [cursor]
        fetcher = threading.Thread(target=fetch, name=f"pull-{resource}", daemon=True)
        fetcher.start()
        held_back = _NOTHING  # taken from the queue while batching, handled next
        try:
            while True:
                item = pages.get() if held_back is _NOTHING else held_back
                held_back = _NOTHING
                if item is None:
                    break
                if isinstance(item, BaseException):
                    raise item
                if cancelled():
                    raise Cancelled(resource)
                # pages already prepared go into the same transaction: fewer commits when the writer
                # is what holds the pull back, and no waiting for pages that are not ready
                batch = [ready(item)]
                while len(batch) < BATCH_PAGES:
                    try:
                        more = pages.get_nowait()
                    except queue.Empty:
                        break
                    if not isinstance(more, tuple) or not more[2].done() or cancelled():
                        held_back = more
                        break
                    batch.append(ready(more))
                for applied in self._apply(resource, batch, result, seen):
                    result.pages += 1
                    self.events.emit(SyncEvent("pull_progress", resource, count=applied, pages=result.pages))
        finally:
            stop.set()
            while fetcher.is_alive():  # let the fetcher finish its current request and leave
                try:
                    pages.get(timeout=0.1)
                except queue.Empty:
                    pass
        if prune and seen is not None:
            result.deleted += self._prune(resource, seen)
        if cursor is None:  # a pull from the start counts the rows; later pulls keep the count as they go
            self._count(resource)
        result.seconds = time.perf_counter() - started
        self.events.emit(SyncEvent("pull_done", resource, count=result.applied, pages=result.pages,
                                   message=f"{result.applied} applied, {result.deleted} deleted, "
                                           f"{result.quarantined} quarantined"))
        return result

    def _apply(self, resource: str, pages: list[Prepared], result: PullResult, seen: set[int] | None) -> list[int]:
        """Write pages in one transaction, with the cursor that follows the last of them; -> the
        count of records applied so far after each page."""
        applied: list[int] = []
        added = 0
        with self.engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA cache_size = -{PULL_CACHE_KIB}")
            unsettled = set(conn.execute(select(OUTBOX.c.record_id).where(
                OUTBOX.c.resource == resource, OUTBOX.c.state.in_(UNSETTLED))).scalars())
            for page in pages:
                added += self._write_page(conn, resource, page, result, seen, unsettled)
                applied.append(result.applied)
            last = pages[-1]
            self._save_cursor(conn, resource, last.next_cursor, done=not last.has_more, added=added)
        for page in pages:
            if page.invalid:
                self.events.emit(SyncEvent("quarantined", resource, count=len(page.invalid),
                                           message=page.invalid[0].reason))
        return applied

    def _write_page(self, conn, resource: str, page: Prepared, result: PullResult, seen: set[int] | None,
                    unsettled: set[int]) -> int:
        """Apply one page; -> how many rows the resource's table gained (new records less deleted ones)."""
        table = RECORD_TABLES[resource]
        child = CHILDREN.get(resource)
        ids = page.ids
        result.received += page.received
        if seen is not None:
            seen.update(ids)
        held = dict(conn.exec_driver_sql(_HELD[resource], (_to_json(ids).decode(),)).fetchall()) if ids else {}
        gone: list[int] = []
        fresh: list[int] = []   # positions on the page
        for i, (record_id, version, deleted) in enumerate(zip(ids, page.versions, page.deleted, strict=True)):
            if record_id in unsettled:
                result.skipped += 1
            elif deleted:
                if record_id in held:
                    gone.append(record_id)
            elif version > held.get(record_id, 0) or seen is not None:  # a new history overrules
                fresh.append(i)
            else:
                result.skipped += 1
        fresh_ids = [ids[i] for i in fresh]
        tally = aggregates.Tally(conn) if resource == "orders" else None
        if tally is not None:  # the versions about to be replaced or deleted leave the aggregates
            tally.remove(conn, gone + [i for i in fresh_ids if i in held])
        if gone:
            conn.execute(delete(table).where(table.c.id.in_(gone)))
            if child:
                conn.execute(delete(child.table).where(child.table.c[child.parent_key].in_(gone)))
            result.deleted += len(gone)
        if fresh:
            WRITE[resource].execute(conn, [page.rows[i] for i in fresh])
            if child:
                replaced = [i for i in fresh_ids if i in held]
                if replaced:
                    conn.execute(delete(child.table).where(child.table.c[child.parent_key].in_(replaced)))
                rows = [row for i in fresh for row in page.children[i]]
                if rows:
                    if seen is not None:  # in a new history a child id may have belonged elsewhere
                        at = WRITE_CHILDREN[resource].columns.index("id")
                        conn.execute(delete(child.table).where(child.table.c.id.in_([r[at] for r in rows])))
                    WRITE_CHILDREN[resource].execute(conn, rows)
            result.applied += len(fresh)
        if tally is not None:
            if tally.active and fresh:
                tally.add(_orders(page, fresh))
            tally.apply(conn)
        if page.invalid:
            conn.execute(insert(QUARANTINE), [
                {"resource": resource, "record_id": bad.record_id, "payload": bad.payload, "reason": bad.reason,
                 "received_at": utc_now_iso(), "resolved": False} for bad in page.invalid])
            result.quarantined += len(page.invalid)
        return len(set(fresh_ids).difference(held)) - len(gone)

    def _save_cursor(self, conn, resource: str, cursor: str, done: bool, added: int = 0) -> None:
        """The cursor, and the record count kept in step with the rows, in the page's transaction."""
        values = {"cursor": cursor, "last_pull_at": utc_now_iso()}
        if done:
            values["full_sync_done"] = True
        stmt = sqlite_insert(SYNC_STATE).values({"resource": resource, "full_sync_done": done, "records": added,
                                                 **values})
        conn.execute(stmt.on_conflict_do_update(index_elements=[SYNC_STATE.c.resource],
                                                set_={**values, "records": SYNC_STATE.c.records + added}))

    def _count(self, resource: str) -> None:
        """Count the resource's rows (counting a big table takes a while: only after pulls from the start)."""
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
                tally = aggregates.Tally(conn) if resource == "orders" else None
                if tally is not None:
                    tally.remove(conn, chunk)
                conn.execute(delete(table).where(table.c.id.in_(chunk)))
                if child:
                    conn.execute(delete(child.table).where(child.table.c[child.parent_key].in_(chunk)))
                if tally is not None:
                    tally.apply(conn)
            conn.execute(SYNC_STATE.update().where(SYNC_STATE.c.resource == resource)
                         .values(records=SYNC_STATE.c.records - len(gone)))
        return len(gone)


def _orders(page: Prepared, positions: list[int]) -> list[dict]:
    """Orders of a prepared page in the shape the aggregates read (row columns, ``lines``, ``customer``)."""
    columns, line_columns = WRITE["orders"].columns, WRITE_CHILDREN["orders"].columns
    out = []
    for i in positions:
        order = dict(zip(columns, page.rows[i], strict=True))
        order["lines"] = [dict(zip(line_columns, line, strict=True)) for line in page.children[i]]
        order["customer"] = {"id": order["customer_id"]}
        out.append(order)
    return out
