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
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, insert

from ..models import Base, utc_now_iso
from ..sync.mapping import changed_paths, get_path, read_record, write_record
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


MUTATIONS: dict[str, Mutation] = {}


def register(m: Mutation) -> Mutation:
    MUTATIONS[m.action] = m
    return m


def perform(engine: Engine, actor: Actor, action: str, record_id: int, **params: Any) -> Changes:
    """Make one change: checked, applied to the cache, queued for the platform, audited — or nothing."""
    return perform_all(engine, actor, [(action, record_id, params)])[0]


def perform_all(engine: Engine, actor: Actor, steps: list[tuple[str, int, Params]]) -> list[Changes]:
    """Several changes as one: all are made, or — when any is refused — none (a form saved with a
    price and a title, a bulk price change). Each still gets its own outbox entry, in order."""
    for action, _, params in steps:
        m = MUTATIONS[action]
        for permission in (m.permission, *m.extra_permissions(params)):
            if not allowed(actor.role, permission):
                raise NotAllowed("forbidden", f"Your role ({actor.role}) may not do this.")
    with engine.begin() as conn:
        return [_perform_in(conn, actor, MUTATIONS[action], record_id, dict(params))
                for action, record_id, params in steps]


def _perform_in(conn: Connection, actor: Actor, m: Mutation, record_id: int, params: Params) -> Changes:
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
        body=body, base_version=before["version"], state="pending", attempts=0, created_at=now, updated_at=now))
    conn.execute(insert(AUDIT).values(
        at=now, actor=actor.username, action=m.action, resource=m.resource, record_id=record_id,
        before={p: get_path(before, p) for p in paths}, after={p: get_path(record, p) for p in paths},
        outbox_key=key, synced=False))
    return Changes(m.resource, frozenset({record_id}), key, tuple(paths))
