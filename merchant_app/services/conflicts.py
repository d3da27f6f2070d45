"""Settling conflicts: a local change the platform refused because the record had changed there.

The user sees, field by field, the value the change was based on, theirs and the platform's, and
picks: keep mine (re-sent on the platform's new version), take theirs (the local change is
discarded, on purpose and on the record), or a merge of the two per field (for edits of fields).
The entry keeps its place in the outbox, so later queued edits of the record still follow it.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Engine, select, update

from ..models import Base, utc_now_iso
from ..platform import wire
from ..store import write_transaction
from ..sync.mapping import get_path, set_path, write_record
from .edits import Actor, Changes, ServiceError

OUTBOX = Base.metadata.tables["outbox"]
AUDIT = Base.metadata.tables["audit_log"]
CONFLICTS = Base.metadata.tables["conflicts"]


def open_conflicts(engine: Engine) -> list[dict]:
    """Each open conflict with its fields as (field, base, mine, theirs)."""
    with engine.connect() as conn:
        rows = conn.execute(select(CONFLICTS).where(CONFLICTS.c.state == "open").order_by(CONFLICTS.c.id)).mappings()
        out = []
        for r in rows:
            out.append({**dict(r), "values": [(f, r["base"].get(f), r["local"].get(f), get_path(r["server"], f))
                                              for f in r["fields"]]})
        return out


def resolve(engine: Engine, actor: Actor, conflict_id: int, choice: str,
            fields: dict[str, str] | None = None) -> Changes:
    if choice not in ("keep_mine", "take_theirs", "merge"):
        raise ServiceError("invalid_choice", "Choose keep_mine, take_theirs or merge.")
    with write_transaction(engine) as conn:
        c = conn.execute(select(CONFLICTS).where(CONFLICTS.c.id == conflict_id)).mappings().first()
        if c is None or c["state"] != "open":
            raise ServiceError("not_open", "This conflict is already settled.")
        entry = conn.execute(select(OUTBOX).where(OUTBOX.c.id == c["outbox_id"])).mappings().one()
        server = wire.validate_item(c["resource"], c["server"])
        if not isinstance(server, dict):
            raise ServiceError("server_record_invalid", f"The platform's copy cannot be used: {server.reason}")
        mine = set(c["fields"])
        if choice == "merge":
            if entry["method"] != "PATCH":
                raise ServiceError("merge_not_possible", "This change is one action: keep it or take theirs.")
            picks = fields or {}
            unknown = set(picks) - mine
            if unknown or any(v not in ("mine", "theirs") for v in picks.values()):
                raise ServiceError("invalid_choice", "Pick mine or theirs for each field of the conflict.")
            mine = {f for f, v in picks.items() if v == "mine"}
            if not mine:
                choice = "take_theirs"
        record = server
        now = utc_now_iso()
        if choice == "take_theirs":
            conn.execute(update(OUTBOX).where(OUTBOX.c.id == entry["id"]).values(
                state="discarded", last_error=f"conflict settled by {actor.username}: took the platform's values",
                updated_at=now))
            resolution = "took_server"
        else:
            for f in mine:
                set_path(record, f, c["local"][f])
            body = entry["body"]
            if choice == "merge":
                body = {k: v for k, v in body.items() if k in mine}
            key = uuid.uuid4().hex
            conn.execute(update(OUTBOX).where(OUTBOX.c.id == entry["id"]).values(
                state="pending", idempotency_key=key, base_version=server["version"], body=body,
                next_attempt_at=None, last_error=None, updated_at=now))
            conn.execute(update(AUDIT).where(AUDIT.c.outbox_key == entry["idempotency_key"]).values(outbox_key=key))
            resolution = "kept_local" if choice == "keep_mine" else "merged"
        write_record(conn, c["resource"], record)
        conn.execute(update(CONFLICTS).where(CONFLICTS.c.id == conflict_id).values(
            state="resolved", resolution=resolution, resolved_at=now))
        conn.execute(AUDIT.insert().values(
            at=now, actor=actor.username, action=f"conflict.{resolution}", resource=c["resource"],
            record_id=c["record_id"], before={f: get_path(c["server"], f) for f in c["fields"]},
            after={f: get_path(record, f) for f in c["fields"]}, outbox_key=None, synced=False))
    return Changes(c["resource"], frozenset({c["record_id"]}), fields=tuple(c["fields"]))


def rejected_edits(engine: Engine) -> list[dict]:
    """Local changes the platform refused for good, with its reason, newest first, until acknowledged."""
    with engine.connect() as conn:
        rows = conn.execute(select(OUTBOX.c.id, OUTBOX.c.action, OUTBOX.c.resource, OUTBOX.c.record_id,
                                   OUTBOX.c.body, OUTBOX.c.last_error, OUTBOX.c.updated_at)
                            .where(OUTBOX.c.state == "rejected").order_by(OUTBOX.c.id.desc())).mappings()
        return [dict(r) for r in rows]


def acknowledge_rejected(engine: Engine, actor: Actor, outbox_id: int) -> None:
    """The user has read why a change was refused: it leaves the list (it stays in the outbox and the audit log)."""
    with write_transaction(engine) as conn:
        done = conn.execute(update(OUTBOX).where(OUTBOX.c.id == outbox_id, OUTBOX.c.state == "rejected").values(
            state="acknowledged", updated_at=utc_now_iso())).rowcount
        if not done:
            raise ServiceError("not_rejected", "This change is not waiting for acknowledgement.")
        conn.execute(AUDIT.insert().values(
            at=utc_now_iso(), actor=actor.username, action="rejection.acknowledged", resource="outbox",
            record_id=outbox_id, before=None, after=None, outbox_key=None, synced=False))
