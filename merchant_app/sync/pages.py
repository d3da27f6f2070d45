"""Pages made ready to write: parsed, validated and turned into the rows the cache binds.

:func:`prepare` takes a page as it arrived (bytes) and gives a :class:`Prepared` page: the cursor
after it, the invalid items with their reasons (``wire.parse_page``), and for every valid item its
id, version, whether it is a tombstone, and its row and child rows (``mapping.record_row``,
``child_rows``) already bound for the driver — JSON columns encoded, values in the column order of
the compiled upsert (:class:`BulkWrite`). The puller then only decides which rows to write and
writes them.

**Off the window's interpreter.** Validating a 500-order page is one call into pydantic-core that
holds Python's interpreter lock for tens of milliseconds (longer on a loaded machine); building
and encoding the rows is as much again in Python. In the window's process that starves the UI
thread (a frame waits for the lock) and it keeps the sync on one core. So pages of at least
:data:`WORKER_BYTES` are prepared in a worker process (:class:`Preparer`: a ``concurrent.futures``
process pool with the *spawn* start method, one process, shared by every puller of the process and
started on first use), and only the small, flat result comes back (unpickled in a few
milliseconds). Small pages — an incremental pull, tests — are prepared in the calling thread, as
sending them would cost more than it saves. If the worker process dies, its pages are prepared in
the calling thread and a new process is started for the next ones. Nothing here imports Qt; a
bundle must call ``multiprocessing.freeze_support()`` first thing (``cli.main`` does).

The worker is pure: it reads no cache and writes nothing. Everything that makes the sync safe —
the version check, records with unsettled local edits left alone, tombstones, quarantine, the
cursor committed with its page — stays in the puller's transaction.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from operator import itemgetter

from pydantic_core import to_json as _to_json
from sqlalchemy import JSON, insert
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..models import RECORD_TABLES
from ..platform import wire
from .mapping import CHILDREN, child_rows, record_row

WORKER_BYTES = 64 * 1024
"""Pages at least this long (bytes as they arrived) are prepared in the worker process."""

_DIALECT = sqlite_dialect()


class BulkWrite:
    """One Core statement compiled once, executed with plain tuples through the driver.

    A page is thousands of rows: SQLAlchemy's per-row parameter processing (and the stdlib JSON
    encoder behind its JSON type) cost more than SQLite's own work, so the rows are bound here the
    way the column types would bind them — JSON columns as JSON text (``None`` as SQL NULL where the
    column says so, else the JSON ``null``), everything else as it is. :meth:`bind` runs where the
    page is prepared (perhaps another process), :meth:`execute` in the writer's transaction.
    """

    def __init__(self, stmt, table) -> None:
        compiled = stmt.compile(dialect=_DIALECT, column_keys=[c.name for c in table.columns])
        self.sql = compiled.string
        self.columns = tuple(compiled.positiontup)
        self.row = itemgetter(*self.columns)
        self.json = tuple((c.name, c.type.none_as_null) for c in table.columns if isinstance(c.type, JSON))

    def bind(self, row: dict) -> tuple:
        for name, none_as_null in self.json:
            value = row[name]
            row[name] = _to_json(value).decode() if value is not None else (None if none_as_null else "null")
        return self.row(row)

    def execute(self, conn, rows: list[tuple]) -> None:
        conn.exec_driver_sql(self.sql, rows)


def _upsert(table):
    stmt = sqlite_insert(table)
    return stmt.on_conflict_do_update(
        index_elements=[table.c.id],
        set_={c.name: stmt.excluded[c.name] for c in table.columns if c.name != "id"},
    )


WRITE = {name: BulkWrite(_upsert(t), t) for name, t in RECORD_TABLES.items()}
WRITE_CHILDREN = {name: BulkWrite(insert(child.table), child.table) for name, child in CHILDREN.items()}


class Prepared:
    """One page, validated, with its rows bound: what the puller writes."""

    __slots__ = ("children", "deleted", "has_more", "ids", "invalid", "next_cursor", "rows", "versions")

    def __init__(self, next_cursor: str, has_more: bool, invalid: list[wire.Invalid], ids: list[int],
                 versions: list[int], deleted: list[bool], rows: list[tuple | None],
                 children: list[list[tuple]] | None) -> None:
        self.next_cursor, self.has_more, self.invalid = next_cursor, has_more, invalid
        self.ids, self.versions, self.deleted = ids, versions, deleted
        self.rows, self.children = rows, children   # per item; a tombstone's row is None

    def __getstate__(self):
        return tuple(getattr(self, s) for s in self.__slots__)

    def __setstate__(self, state) -> None:
        for name, value in zip(self.__slots__, state, strict=True):
            setattr(self, name, value)

    @property
    def received(self) -> int:
        """Items on the page: records, tombstones and invalid ones."""
        return len(self.ids) + len(self.invalid)


def prepare(resource: str, raw: bytes, calendar=None) -> Prepared:
    """Parse and validate a page (``wire.parse_page``) and bind the rows of its records (a ticket's
    SLA dues counted in ``calendar``). Pure: runs in any thread or process."""
    page = wire.parse_page(resource, raw)
    write, child_write = WRITE[resource], WRITE_CHILDREN.get(resource)
    ids, versions, deleted, rows = [], [], [], []
    children: list[list[tuple]] | None = [] if child_write else None
    for item in page.items:
        ids.append(item["id"])
        versions.append(item["version"])
        gone = bool(item.get("deleted"))
        deleted.append(gone)
        if gone:
            rows.append(None)
            if children is not None:
                children.append([])
            continue
        if children is not None:   # before record_row, which may keep the record's lists
            children.append([child_write.bind(r) for r in child_rows(resource, item)])
        rows.append(write.bind(record_row(resource, item, calendar)))
    return Prepared(page.next_cursor, page.has_more, page.invalid, ids, versions, deleted, rows, children)


def _worker_init() -> None:
    # the worker only computes: it must never hold the machine's second core against the window
    try:
        os.nice(5)
    except (AttributeError, OSError):
        pass


class Preparer:
    """Where pages are prepared: big ones in the shared worker process, small ones right here."""

    def __init__(self, processes: int | None = None, min_bytes: int = WORKER_BYTES) -> None:
        self.processes = default_processes() if processes is None else processes
        self.min_bytes = min_bytes

    def submit(self, resource: str, raw: bytes, calendar=None) -> Future:
        if self.processes and len(raw) >= self.min_bytes:
            pool = _pool(self.processes)
            if pool is not None:
                try:
                    return pool.submit(prepare, resource, raw, calendar)
                except (BrokenProcessPool, RuntimeError):
                    _drop_pool(pool)
        return here(resource, raw, calendar)


def here(resource: str, raw: bytes, calendar=None) -> Future:
    """:func:`prepare` in this thread, its result or error in a finished future."""
    done: Future = Future()
    try:
        done.set_result(prepare(resource, raw, calendar))
    except BaseException as err:  # noqa: BLE001 - handed over with the future
        done.set_exception(err)
    return done


def default_processes() -> int:
    """One worker process when there is a second core (``MERCHANT_SYNC_PROCESSES`` overrides; 0: none)."""
    env = os.environ.get("MERCHANT_SYNC_PROCESSES")
    if env is not None and env.strip().isdigit():
        return int(env)
    return 1 if (os.cpu_count() or 1) > 1 else 0


_lock = threading.Lock()
_shared: ProcessPoolExecutor | None = None
_failed = False


def _pool(processes: int) -> ProcessPoolExecutor | None:
    global _shared, _failed
    with _lock:
        if _shared is None and not _failed:
            try:
                _shared = ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("spawn"),
                                              initializer=_worker_init)
            except (OSError, ValueError, NotImplementedError):   # no processes here: prepare in-thread
                _failed = True
        return _shared


def _drop_pool(pool: ProcessPoolExecutor) -> None:
    global _shared
    with _lock:
        if _shared is pool:
            _shared = None
    pool.shutdown(wait=False)   # its pending pages fail with BrokenProcessPool: prepared in-thread


def recover(pool_error: BaseException) -> None:
    """After a page's future failed with ``BrokenProcessPool``: the next pages get a new process."""
    with _lock:
        pool = _shared
    if pool is not None and isinstance(pool_error, BrokenProcessPool):
        _drop_pool(pool)


def shutdown() -> None:
    """Stop the worker process (it is started again when needed)."""
    with _lock:
        pool = _shared
    if pool is not None:
        _drop_pool(pool)
