"""Push: send the outbox to the platform, exactly once per change, in order per record.

Each entry is sent with its own Idempotency-Key on every attempt, so a retry after a lost answer
cannot apply a change twice, and with If-Match: the record version it was based on. For each
record only its oldest unsettled entry is sent; different records go in parallel, as many as the
rate control lets through. The outcome of an entry:

- 2xx: done. The platform's record replaces the cache's copy (unless later local edits of the same
  record are still queued: then they are rebased on the new version and the last answer wins).
- network error, 5xx, 429 (after the client's own retries): back to pending, retried later with
  backoff; the engine reports itself offline.
- 401 that a refresh did not cure: back to pending; the user must sign in again.
- 409: a conflict with base, local and server values, for the user to resolve.
- other 4xx: rejected, with the platform's reason; the optimistic change is rolled back by
  taking the platform's copy of the record.

Nothing is ever dropped: an entry ends done, in conflict, or rejected, and each is visible.

A create (a record made here, offline too) is cached under a temporary negative id until its entry
is sent: on 2xx the platform's record takes its place (the entry and its audit entry then name the
real id, and a ``created`` event says which id became which); rejected, it is removed.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from sqlalchemy import Engine, and_, delete, func, select, update

from ..models import Base, utc_now_iso
from ..platform import wire
from ..platform.client import AuthError, Conflict, NotFound, PlatformClient, PlatformError, Unreachable
from .events import Broadcaster, SyncEvent
from .mapping import read_record, set_path, write_record

OUTBOX = Base.metadata.tables["outbox"]
AUDIT = Base.metadata.tables["audit_log"]
CONFLICTS = Base.metadata.tables["conflicts"]
UNSETTLED = ("pending", "in_flight", "conflict")


def _placeholder(record_id: int | None) -> bool:
    """A record created here, cached under a temporary negative id until the platform answers."""
    return record_id is not None and record_id < 0


@dataclass
class PushResult:
    done: int = 0
    conflicts: int = 0
    rejected: int = 0
    deferred: int = 0
    seconds: float = 0.0


class Pusher:
    def __init__(self, engine: Engine, client: PlatformClient, events: Broadcaster | None = None,
                 concurrency: int = 6, retry_base: float = 1.0, retry_cap: float = 300.0) -> None:
        self.engine = engine
        self.client = client
        self.events = events or Broadcaster()
        self.concurrency = concurrency
        self.retry_base, self.retry_cap = retry_base, retry_cap
        self._jitter = random.Random()
        self._lock = threading.Lock()

    def recover(self) -> int:
        """After a crash: entries caught in flight go back to pending (their keys make resending safe)."""
        with self.engine.begin() as conn:
            return conn.execute(update(OUTBOX).where(OUTBOX.c.state == "in_flight")
                                .values(state="pending", updated_at=utc_now_iso())).rowcount

    def pending(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(OUTBOX)
                                .where(OUTBOX.c.state.in_(("pending", "in_flight")))).scalar_one()

    def push(self, *, cancelled: Callable[[], bool] = lambda: False, wait_for_retries: bool = False) -> PushResult:
        """Send what is ready until nothing is; with wait_for_retries, also wait out the backoffs."""
        started = time.perf_counter()
        result = PushResult()
        with self._lock, ThreadPoolExecutor(self.concurrency, thread_name_prefix="push") as pool:
            self.recover()
            while not cancelled():
                batch, wait = self._ready()
                if not batch:
                    if wait is None or not wait_for_retries:
                        break
                    time.sleep(min(wait, 1.0))
                    continue
                offline = False
                for entry, outcome in zip(batch, pool.map(self._send, batch)):
                    kind = self._settle(entry, outcome, result)
                    offline |= kind == "offline"
                    if kind == "auth":
                        raise outcome
                if offline and not wait_for_retries:
                    break
        result.deferred = self.pending()
        result.seconds = time.perf_counter() - started
        self.events.emit(SyncEvent("push_done", count=result.done,
                                   message=f"{result.done} sent, {result.conflicts} conflicts, "
                                           f"{result.rejected} rejected, {result.deferred} waiting"))
        return result

    # --- choosing ----------------------------------------------------------------------------
    def _ready(self) -> tuple[list[dict], float | None]:
        """The oldest unsettled entry of each record, if it is pending and due, marked in flight; and
        when the next head that is still backing off falls due (None: nothing can be sent, only
        conflicts for the user to resolve or nothing at all)."""
        now = time.time()
        with self.engine.begin() as conn:
            rows = conn.execute(select(OUTBOX).where(OUTBOX.c.state.in_(UNSETTLED)).order_by(OUTBOX.c.id)).mappings().all()
            heads: dict[tuple, dict] = {}
            for r in rows:
                heads.setdefault((r["resource"], r["record_id"]), dict(r))
            pending = [e for e in heads.values() if e["state"] == "pending"]
            batch = [e for e in pending if (e["next_attempt_at"] or 0) <= now][: self.concurrency * 4]
            if batch:
                conn.execute(update(OUTBOX).where(OUTBOX.c.id.in_([e["id"] for e in batch]))
                             .values(state="in_flight", attempts=OUTBOX.c.attempts + 1, updated_at=utc_now_iso()))
        waiting = [e["next_attempt_at"] for e in pending if (e["next_attempt_at"] or 0) > now]
        return batch, (max(0.0, min(waiting) - now) if waiting else None)

    # --- sending -----------------------------------------------------------------------------
    def _send(self, entry: dict):
        try:
            return self.client.send(entry["method"], "/v1" + entry["path"], entry["body"],
                                    idempotency_key=entry["idempotency_key"], if_match=entry["base_version"])
        except PlatformError as err:
            return err

    def _settle(self, entry: dict, outcome, result: PushResult) -> str:
        resource, record_id = entry["resource"], entry["record_id"]
        if isinstance(outcome, dict):
            self._done(entry, outcome)
            result.done += 1
            self.events.emit(SyncEvent("online"))
            if _placeholder(record_id) and isinstance(outcome.get("id"), int):
                self.events.emit(SyncEvent("created", resource, changed_ids=(record_id, outcome["id"]),
                                           message=str(outcome.get("number") or outcome["id"])))
            return "done"
        if isinstance(outcome, AuthError):
            self._back_to_pending(entry, outcome, delay=0)
            self.events.emit(SyncEvent("error", resource, message="Sign in again: " + outcome.message))
            return "auth"
        if isinstance(outcome, Unreachable):
            self._back_to_pending(entry, outcome, delay=self._delay(entry["attempts"]))
            self.events.emit(SyncEvent("offline", resource, message=outcome.message))
            return "offline"
        if isinstance(outcome, Conflict):
            self._conflict(entry, outcome.current)
            result.conflicts += 1
            self.events.emit(SyncEvent("conflict", resource, changed_ids=(record_id,), message=outcome.message))
            return "conflict"
        self._reject(entry, outcome)
        result.rejected += 1
        self.events.emit(SyncEvent("rejected", resource, changed_ids=(record_id,),
                                   message=f"{outcome.code}: {outcome.message}"))
        return "rejected"

    def _delay(self, attempts: int) -> float:
        return min(self.retry_cap, self.retry_base * 2 ** max(0, attempts - 1)) * self._jitter.uniform(0.5, 1.5)

    def _back_to_pending(self, entry: dict, err: PlatformError, delay: float) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(OUTBOX).where(OUTBOX.c.id == entry["id"]).values(
                state="pending", next_attempt_at=time.time() + delay, last_error=f"{err.code}: {err.message}"[:2000],
                updated_at=utc_now_iso()))

    def _later_entries(self, conn, entry: dict) -> list:
        return conn.execute(select(OUTBOX.c.id).where(and_(
            OUTBOX.c.resource == entry["resource"], OUTBOX.c.record_id == entry["record_id"],
            OUTBOX.c.id > entry["id"], OUTBOX.c.state.in_(UNSETTLED)))).scalars().all()

    def _done(self, entry: dict, answer: dict) -> None:
        checked = wire.validate_item(entry["resource"], answer)
        with self.engine.begin() as conn:
            if _placeholder(entry["record_id"]):
                self._created(conn, entry, checked)
                return
            later = self._later_entries(conn, entry)
            if later:
                # queued edits of the same record were made on top of this one: base them on its result
                conn.execute(update(OUTBOX).where(OUTBOX.c.id.in_(later)).values(base_version=answer.get("version")))
            elif isinstance(checked, dict) and not checked.get("deleted"):
                write_record(conn, entry["resource"], checked)
            conn.execute(update(OUTBOX).where(OUTBOX.c.id == entry["id"]).values(
                state="done", last_error=None, updated_at=utc_now_iso()))
            conn.execute(update(AUDIT).where(AUDIT.c.outbox_key == entry["idempotency_key"]).values(synced=True))

    def _created(self, conn, entry: dict, record) -> None:
        """The platform made the record: its copy replaces the placeholder, and the bookkeeping
        names the real id from now on."""
        table = Base.metadata.tables[entry["resource"]]
        conn.execute(delete(table).where(table.c.id == entry["record_id"]))
        real = record.get("id") if isinstance(record, dict) else None
        if isinstance(record, dict):
            write_record(conn, entry["resource"], record)
        conn.execute(update(OUTBOX).where(OUTBOX.c.id == entry["id"]).values(
            state="done", last_error=None, record_id=real, updated_at=utc_now_iso()))
        conn.execute(update(AUDIT).where(AUDIT.c.outbox_key == entry["idempotency_key"]).values(
            synced=True, record_id=real))

    def _conflict(self, entry: dict, current: dict) -> None:
        with self.engine.begin() as conn:
            audit = conn.execute(select(AUDIT.c.before, AUDIT.c.after).where(
                AUDIT.c.outbox_key == entry["idempotency_key"])).first()
            before, after = (audit.before or {}, audit.after or {}) if audit else ({}, {})
            conn.execute(CONFLICTS.insert().values(
                outbox_id=entry["id"], resource=entry["resource"], record_id=entry["record_id"],
                base=before, local=after, server=current, fields=sorted(after), state="open",
                created_at=utc_now_iso()))
            conn.execute(update(OUTBOX).where(OUTBOX.c.id == entry["id"]).values(
                state="conflict", last_error="the record changed on the platform first", updated_at=utc_now_iso()))

    def _reject(self, entry: dict, err: PlatformError) -> None:
        server = None
        if not isinstance(err, NotFound) and entry["record_id"] is not None and not _placeholder(entry["record_id"]):
            try:
                server = self.client.record(entry["resource"], entry["record_id"])
            except PlatformError:
                server = None
        with self.engine.begin() as conn:
            conn.execute(update(OUTBOX).where(OUTBOX.c.id == entry["id"]).values(
                state="rejected", last_error=f"{err.code or err.status}: {err.message}"[:2000],
                updated_at=utc_now_iso()))
            checked = wire.validate_item(entry["resource"], server) if server else None
            if _placeholder(entry["record_id"]):   # a refused create: the record never existed
                table = Base.metadata.tables[entry["resource"]]
                conn.execute(delete(table).where(table.c.id == entry["record_id"]))
            elif isinstance(checked, dict):
                write_record(conn, entry["resource"], checked)  # the optimistic change is undone
            else:
                self._undo_locally(conn, entry)

    def _undo_locally(self, conn, entry: dict) -> None:
        """Without the platform's copy: put back the fields the rejected change had changed."""
        audit = conn.execute(select(AUDIT.c.before).where(AUDIT.c.outbox_key == entry["idempotency_key"])).first()
        record = read_record(conn, entry["resource"], entry["record_id"])
        if audit is None or record is None:
            return
        for path, value in (audit.before or {}).items():
            set_path(record, path, value)
        write_record(conn, entry["resource"], record)
