"""The one door for every change the user makes (docs/architecture.md, "Writes").

A service action is a :class:`Mutation`: how to check the user's input against the record, how the
record changes locally (at once, before the platform hears of it), and which platform call carries
the change. :func:`perform` runs one in a single cache transaction: permission, validation, the
optimistic change, an outbox entry (idempotency key, base version, the request) and an audit entry
(before → after of the fields changed). Bad input raises :class:`ServiceError` and changes nothing.
The returned :class:`Changes` tell the views which rows to reload.
"""

from __future__ import annotations

import copy
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select

from ..models import Base, utc_now_iso
from ..store import write_transaction
from ..sync.mapping import changed_paths, get_path, read_record, set_path, write_record
from .permissions import allowed

OUTBOX = Base.metadata.tables["outbox"]
AUDIT = Base.metadata.tables["audit_log"]


@dataclass(frozen=True)
class Actor:
    username: str
    role: str


@dataclass(frozen=True)
class Changes:
    """What a change touched: the views concerned reload just these rows."""

    resource: str
    ids: frozenset[int]
    outbox_key: str | None = None
    fields: tuple[str, ...] = ()


class ServiceError(Exception):
    """The change cannot be made as asked; nothing was changed. `field` names the bad input."""

    def __init__(self, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code, self.message, self.field = code, message, field


class NotAllowed(ServiceError):
    pass


class RecordMissing(ServiceError):
    pass


Params = dict[str, Any]


@dataclass(frozen=True)
class Mutation:
    action: str
    resource: str
    permission: str
    check: Callable[[Connection, dict, Params], Params]         # -> cleaned params, or ServiceError
    apply: Callable[[dict, Params, str], None]                   # the optimistic change (record, params, actor)
    request: Callable[[dict, Params], tuple[str, str, dict | None]]  # method, path under /v1, body
    extra_permissions: Callable[[Params], tuple[str, ...]] = field(default=lambda p: ())
    creates: bool = False
    """A new record: ``check`` gets no record, ``apply`` fills an empty one that has a temporary
    negative id (see :func:`_create_in`), and no If-Match is sent."""


MUTATIONS: dict[str, Mutation] = {}


def register(m: Mutation) -> Mutation:
    MUTATIONS[m.action] = m
    return m


def perform(engine: Engine, actor: Actor, action: str, record_id: int, **params: Any) -> Changes:
    """Make one change: checked, applied to the cache, queued for the platform, audited — or nothing."""
    return perform_all(engine, actor, [(action, record_id, params)])[0]


def perform_all(engine: Engine, actor: Actor, steps: list[tuple[str, int, Params]],
                hold_seconds: float = 0.0) -> list[Changes]:
    """Several changes as one: all are made, or — when any is refused — none (a form saved with a
    price and a title, a bulk price change). Each still gets its own outbox entry, in order.
    ``hold_seconds`` keeps the entries from being sent for that long, so they can still be undone
    (a bulk change's grace period)."""
    for action, _, params in steps:
        m = MUTATIONS[action]
        for permission in (m.permission, *m.extra_permissions(params)):
            if not allowed(actor.role, permission):
                raise NotAllowed("forbidden", f"Your role ({actor.role}) may not do this.")
    with write_transaction(engine) as conn:
        hold = time.time() + hold_seconds if hold_seconds > 0 else None
        return [_perform_in(conn, actor, MUTATIONS[action], record_id, dict(params), hold)
                for action, record_id, params in steps]


def is_placeholder(record_id: int | None) -> bool:
    """A record made here and not yet on the platform: it has a temporary negative id until the
    platform answers the queued create with the real record (``sync.push``)."""
    return record_id is not None and record_id < 0


def record_id_of(engine: Engine, key: str) -> int | None:
    """The record a change is about now: for a create, its temporary id until the platform made
    it, its real id after."""
    with engine.connect() as conn:
        return conn.execute(select(OUTBOX.c.record_id).where(OUTBOX.c.idempotency_key == key)).scalar()


def _create_in(conn: Connection, actor: Actor, m: Mutation, params: Params, hold_until: float | None) -> Changes:
    """A new record, offline too: it is written at once under a temporary negative id (never one the
    platform hands out, unique in this cache) and its create queued; the push replaces it with the
    platform's record, or removes it when the platform refuses."""
    params = m.check(conn, None, params)
    lowest = min(conn.execute(select(func.min(Base.metadata.tables[m.resource].c.id))).scalar() or 0,
                 -(conn.execute(select(func.max(OUTBOX.c.id))).scalar() or 0), 0)
    record = {"id": lowest - 1, "version": 0}
    m.apply(record, params, actor.username)
    write_record(conn, m.resource, record)
    method, path, body = m.request(record, params)
    key = uuid.uuid4().hex
    now = utc_now_iso()
    conn.execute(insert(OUTBOX).values(
        idempotency_key=key, resource=m.resource, record_id=record["id"], action=m.action, method=method, path=path,
        body=body, base_version=None, state="pending", attempts=0, next_attempt_at=hold_until,
        created_at=now, updated_at=now))
    conn.execute(insert(AUDIT).values(
        at=now, actor=actor.username, action=m.action, resource=m.resource, record_id=record["id"],
        before=None, after=body, outbox_key=key, synced=False))
    return Changes(m.resource, frozenset({record["id"]}), key, ())


def _perform_in(conn: Connection, actor: Actor, m: Mutation, record_id: int | None, params: Params,
                hold_until: float | None = None) -> Changes:
    if m.creates:
        return _create_in(conn, actor, m, params, hold_until)
    if is_placeholder(record_id):
        raise ServiceError("not_synced_yet", "This record has not reached the platform yet; change it once it has.")
    record = read_record(conn, m.resource, record_id)
    if record is None:
        raise RecordMissing("not_found", f"There is no {m.resource.rstrip('s')} {record_id} in this shop.")
    params = m.check(conn, record, params)
    before = copy.deepcopy(record)
    m.apply(record, params, actor.username)
    paths = changed_paths(before, record)
    write_record(conn, m.resource, record)
    method, path, body = m.request(before, params)
    key = uuid.uuid4().hex
    now = utc_now_iso()
    conn.execute(insert(OUTBOX).values(
        idempotency_key=key, resource=m.resource, record_id=record_id, action=m.action, method=method, path=path,
        body=body, base_version=before["version"], state="pending", attempts=0, next_attempt_at=hold_until,
        created_at=now, updated_at=now))
    conn.execute(insert(AUDIT).values(
        at=now, actor=actor.username, action=m.action, resource=m.resource, record_id=record_id,
        before={p: get_path(before, p) for p in paths}, after={p: get_path(record, p) for p in paths},
        outbox_key=key, synced=False))
    return Changes(m.resource, frozenset({record_id}), key, tuple(paths))


def undo(engine: Engine, actor: Actor, keys: list[str]) -> list[Changes]:
    """Take back local changes the platform has not received yet (their outbox entries still
    pending), newest first: the fields go back to their values before, the entries are dropped
    from the outbox, and the audit log says so. All or nothing: if any of them has already left
    (in flight, sent, or in conflict), nothing is undone and the error says which."""
    changes = []
    with write_transaction(engine) as conn:
        entries = conn.execute(select(OUTBOX).where(OUTBOX.c.idempotency_key.in_(keys))
                               .order_by(OUTBOX.c.id.desc())).mappings().all()
        missing = set(keys) - {e["idempotency_key"] for e in entries}
        if missing:
            raise ServiceError("unknown_change", "Some of these changes no longer exist.")
        gone = [e for e in entries if e["state"] != "pending"]
        if gone:
            raise ServiceError("already_sent", f"{len(gone)} of these changes already went to the platform "
                               "and cannot be undone here; change the values back instead.")
        for e in entries:
            later = conn.execute(select(func.count()).select_from(OUTBOX).where(
                OUTBOX.c.resource == e["resource"], OUTBOX.c.record_id == e["record_id"], OUTBOX.c.id > e["id"],
                OUTBOX.c.state.in_(("pending", "in_flight", "conflict")),
                OUTBOX.c.idempotency_key.not_in(keys))).scalar_one()
            if later:
                raise ServiceError("changed_since", "The record was changed again after this; undo the later "
                                   "change first.")
            audit = conn.execute(select(AUDIT).where(AUDIT.c.outbox_key == e["idempotency_key"])).mappings().first()
            record = read_record(conn, e["resource"], e["record_id"])
            if is_placeholder(e["record_id"]):   # a create taken back: the record was never anywhere else
                conn.execute(delete(Base.metadata.tables[e["resource"]]).where(
                    Base.metadata.tables[e["resource"]].c.id == e["record_id"]))
            elif audit is not None and record is not None:
                for path, value in (audit["before"] or {}).items():
                    set_path(record, path, value)
                write_record(conn, e["resource"], record)
            conn.execute(delete(OUTBOX).where(OUTBOX.c.id == e["id"]))
            now = utc_now_iso()
            conn.execute(insert(AUDIT).values(
                at=now, actor=actor.username, action=f"undo:{e['action']}", resource=e["resource"],
                record_id=e["record_id"], before=audit["after"] if audit else None,
                after=audit["before"] if audit else None, outbox_key=None, synced=True))
            if audit is not None:
                conn.execute(AUDIT.update().where(AUDIT.c.id == audit["id"]).values(outbox_key=None))
            changes.append(Changes(e["resource"], frozenset({e["record_id"]})))
    return changes


def dry_run(engine: Engine, actor: Actor, steps: list[tuple[str, int, Params]]) -> list[tuple[int, ServiceError]]:
    """Check every step as ``perform_all`` would, each on top of the ones before, and change
    nothing: the transaction is rolled back. Returns (step index, error) for each refused step, so
    an import can list every bad row at once instead of stopping at the first."""
    problems: list[tuple[int, ServiceError]] = []
    with engine.connect() as conn:
        transaction = conn.begin()
        try:
            for i, (action, record_id, params) in enumerate(steps):
                m = MUTATIONS[action]
                if not all(allowed(actor.role, p) for p in (m.permission, *m.extra_permissions(params))):
                    problems.append((i, NotAllowed("forbidden", f"Your role ({actor.role}) may not do this.")))
                    continue
                try:
                    # a refusal is raised by the check, before the step writes anything
                    _perform_in(conn, actor, m, record_id, dict(params))
                except ServiceError as err:
                    problems.append((i, err))
        finally:
            transaction.rollback()
    return problems
