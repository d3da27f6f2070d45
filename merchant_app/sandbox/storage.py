"""The sandbox platform's database: one table per resource, each record stored as its JSON body.

Every write goes through :meth:`Storage.transaction`, which holds the process-wide write lock for
the whole transaction. Inside it each changed record gets the next value of one shop-wide change
sequence (``seq``), a version one higher and an ``updated_at`` that never goes backwards. Because
sequence numbers are handed out and committed in one order, a reader that pages by ``seq`` sees a
prefix of history: it can never skip a record that is committed later with a smaller number. That
is what makes the paging cursor gap-free under concurrent writes (docs/platform-api.md, "Paging").
"""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import (
    BigInteger, Boolean, Column, Float, Index, Integer, MetaData, String, Table, Text, create_engine,
    event, func, select, text,
)
from sqlalchemy.engine import Connection, Engine

from .schemas import RESOURCES

metadata = MetaData()

# Columns copied out of a record's body so that the platform's own rules can find records fast.
LOOKUP_COLUMNS: dict[str, tuple[str, ...]] = {
    "inventory": ("variant_id", "location_id", "listing_id", "sku"),
    "inventory_adjustments": ("inventory_level_id",),
    "orders": ("customer_id",),
    "tickets": ("order_id",),
    "reviews": ("listing_id", "order_id"),
}


def table_name(resource: str) -> str:
    return resource.replace("/", "_")


def _resource_table(resource: str) -> Table:
    name = table_name(resource)
    cols = [
        Column("id", Integer, primary_key=True, autoincrement=False),
        Column("seq", BigInteger, nullable=False),
        Column("version", Integer, nullable=False),
        Column("updated_at", String(32), nullable=False),
        Column("deleted", Boolean, nullable=False, default=False),
        Column("body", Text, nullable=False),
    ]
    cols += [Column(c, String(64) if c == "sku" else Integer, nullable=True) for c in LOOKUP_COLUMNS.get(name, ())]
    table = Table(name, metadata, *cols)
    Index(f"ix_{name}_seq", table.c.seq, unique=True)
    for c in LOOKUP_COLUMNS.get(name, ()):
        Index(f"ix_{name}_{c}", table.c[c])
    return table


RESOURCE_TABLES: dict[str, Table] = {r: _resource_table(r) for r in RESOURCES}

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("username", String(64), nullable=False, unique=True),
    Column("password_hash", String(200), nullable=False),
    Column("role", String(16), nullable=False),
    Column("display_name", String(100), nullable=False),
)

tokens = Table(
    "tokens", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("kind", String(8), nullable=False),  # access | refresh
    Column("user_id", Integer, nullable=False),
    Column("expires_at", Float, nullable=False),
)

idempotency = Table(
    "idempotency_keys", metadata,
    Column("user_id", Integer, primary_key=True, autoincrement=False),
    Column("key", String(255), primary_key=True),
    Column("fingerprint", String(64), nullable=False),
    Column("status", Integer, nullable=False),
    Column("response", Text, nullable=False),
    Column("created_at", Float, nullable=False),
)

events = Table(
    "change_events", metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("resource", String(32), nullable=False),
    Column("record_id", Integer, nullable=False),
    Column("kind", String(8), nullable=False),
    Column("at", String(32), nullable=False),
)

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


# json.dumps(body, ensure_ascii=False, separators=(",", ":")), without building an encoder per record
_encode_body = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def format_ts(dt: datetime) -> str:
    """ISO 8601 UTC with microseconds and a Z, the platform's only timestamp format."""
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_ts(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(timezone.utc)


def hash_secret(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def hash_password(password: str, salt: str | None = None) -> str:
    salt = salt or secrets.token_hex(8)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 20_000).hex()
    return f"pbkdf2${salt}${digest}"


def check_password(password: str, stored: str) -> bool:
    _, salt, _ = stored.split("$", 2)
    return secrets.compare_digest(hash_password(password, salt), stored)


class Clock:
    """Wall-clock UTC time that never goes backwards within the process (updated_at must not).

    Counted in whole microseconds, the resolution of the timestamps the platform prints."""

    def __init__(self) -> None:
        self._last_us = 0
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            self._last_us = max(time.time_ns() // 1000, self._last_us + 1)
            us = self._last_us
        return _EPOCH + timedelta(microseconds=us)

    def not_before(self, ts: datetime) -> None:
        us = (ts - _EPOCH) // timedelta(microseconds=1)
        with self._lock:
            self._last_us = max(self._last_us, us)


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@dataclass
class Change:
    seq: int
    resource: str
    id: int
    kind: str
    at: str


class Tx:
    """One write transaction: read records, write them back with seq/version/updated_at bumped."""

    def __init__(self, storage: Storage, conn: Connection) -> None:
        self.storage = storage
        self.conn = conn
        self.now = storage.clock.now()
        self.now_str = format_ts(self.now)
        self.changes: list[Change] = []

    # reads
    def get(self, resource: str, record_id: int, *, include_deleted: bool = False) -> dict | None:
        table = RESOURCE_TABLES[resource]
        row = self.conn.execute(select(table.c.body, table.c.deleted).where(table.c.id == record_id)).first()
        if row is None or (row.deleted and not include_deleted):
            return None
        return json.loads(row.body)

    def find(self, resource: str, **where: int | str) -> list[dict]:
        table = RESOURCE_TABLES[resource]
        stmt = select(table.c.body).where(table.c.deleted.is_(False))
        for col, value in where.items():
            stmt = stmt.where(table.c[col] == value)
        return [json.loads(r.body) for r in self.conn.execute(stmt.order_by(table.c.id))]

    def recent(self, resource: str, n: int) -> list[dict]:
        """The n newest live records (by id): where the platform's own activity happens."""
        table = RESOURCE_TABLES[resource]
        rows = self.conn.execute(
            select(table.c.body).where(table.c.deleted.is_(False)).order_by(table.c.id.desc()).limit(n))
        return [json.loads(r.body) for r in rows]

    def random_ids(self, resource: str, n: int, rng) -> list[int]:
        """Up to n live record ids picked with `rng` (uniform over the id range, deleted skipped)."""
        table = RESOURCE_TABLES[resource]
        lo, hi = self.conn.execute(select(func.min(table.c.id), func.max(table.c.id))).one()
        if lo is None:
            return []
        out: list[int] = []
        for _ in range(n * 3):
            if len(out) >= n:
                break
            probe = rng.randint(lo, hi)
            row = self.conn.execute(
                select(table.c.id).where(table.c.id >= probe, table.c.deleted.is_(False)).order_by(table.c.id).limit(1)
            ).first()
            if row is not None and row.id not in out:
                out.append(row.id)
        return out

    def next_id(self, resource: str) -> int:
        table = RESOURCE_TABLES[resource]
        current = self.conn.execute(select(func.max(table.c.id))).scalar()
        return (current or 0) + 1

    def next_sub_id(self, kind: str) -> int:
        """Ids of nested objects (variants, order lines, fulfilments, messages...), unique shop-wide."""
        return self.storage._bump_counter(self.conn, f"id:{kind}")

    # writes
    def put(self, resource: str, record: dict, *, created: bool = False) -> dict:
        """Write `record` as its next version: version+1, updated_at=now, a new seq."""
        table = RESOURCE_TABLES[resource]
        seq = self.storage._next_seq()
        record["version"] = (record.get("version") or 0) + 1
        record["updated_at"] = self.now_str
        record["deleted"] = False
        values = {
            "id": record["id"], "seq": seq, "version": record["version"], "updated_at": self.now_str,
            "deleted": False, "body": json.dumps(record, ensure_ascii=False, separators=(",", ":")),
        }
        values.update(_lookup_values(table.name, record))
        if created:
            self.conn.execute(table.insert().values(**values))
        else:
            self.conn.execute(table.update().where(table.c.id == record["id"]).values(**values))
        self._record_change(seq, resource, record["id"], "created" if created else "updated")
        return record

    def delete(self, resource: str, record: dict) -> dict:
        """Replace a record by its tombstone; it keeps coming back from paging as `deleted: true`."""
        table = RESOURCE_TABLES[resource]
        seq = self.storage._next_seq()
        tomb = {"id": record["id"], "version": record["version"] + 1, "updated_at": self.now_str, "deleted": True}
        self.conn.execute(
            table.update().where(table.c.id == record["id"]).values(
                seq=seq, version=tomb["version"], updated_at=self.now_str, deleted=True,
                body=json.dumps(tomb, separators=(",", ":")),
            )
        )
        self._record_change(seq, resource, record["id"], "deleted")
        return tomb

    def _record_change(self, seq: int, resource: str, record_id: int, kind: str) -> None:
        self.conn.execute(events.insert().values(seq=seq, resource=resource, record_id=record_id, kind=kind, at=self.now_str))
        self.changes.append(Change(seq, resource, record_id, kind, self.now_str))


class Storage:
    """The platform database behind the sandbox: SQLite by default, any SQLAlchemy URL."""

    def __init__(self, url: str, *, create: bool = True) -> None:
        self.url = url
        self.engine: Engine = create_engine(url, future=True, pool_pre_ping=not url.startswith("sqlite"))
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if create:
            metadata.create_all(self.engine)
        self.clock = Clock()
        self.write_lock = threading.RLock()
        self._listeners: list = []
        with self.engine.begin() as conn:
            self._seq = int(self._meta(conn, "seq") or 0)
            last = conn.execute(select(func.max(events.c.at))).scalar()
            # names this database's history: cursors from another one (a regenerated shop) are refused
            self.history = self._meta(conn, "history")
            if self.history is None:
                self.history = secrets.token_hex(4)
                self.set_meta(conn, "history", self.history)
        if last:
            self.clock.not_before(parse_ts(last))
        self.latest_seq = self._seq

    # --- bookkeeping ------------------------------------------------------------------------
    def _meta(self, conn: Connection, key: str) -> str | None:
        return conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()

    def set_meta(self, conn: Connection, key: str, value: str) -> None:
        if self._meta(conn, key) is None:
            conn.execute(meta.insert().values(key=key, value=value))
        else:
            conn.execute(meta.update().where(meta.c.key == key).values(value=value))

    def get_meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return self._meta(conn, key)

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def _bump_counter(self, conn: Connection, key: str) -> int:
        value = int(self._meta(conn, key) or 0) + 1
        self.set_meta(conn, key, str(value))
        return value

    def on_commit(self, listener) -> None:
        """Call listener(changes) after every committed write transaction (the change feed)."""
        self._listeners.append(listener)

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        with self.write_lock:
            start_seq = self._seq
            try:
                with self.engine.begin() as conn:
                    tx = Tx(self, conn)
                    yield tx
                    if self._seq != start_seq:
                        self.set_meta(conn, "seq", str(self._seq))
            except BaseException:
                self._seq = start_seq
                raise
            self.latest_seq = self._seq
        if tx.changes:
            for listener in list(self._listeners):
                listener(tx.changes)

    # --- reads ------------------------------------------------------------------------------
    def get(self, resource: str, record_id: int) -> dict | None:
        table = RESOURCE_TABLES[resource]
        with self.engine.connect() as conn:
            row = conn.execute(select(table.c.body, table.c.deleted).where(table.c.id == record_id)).first()
        return None if row is None or row.deleted else json.loads(row.body)

    def page(self, resource: str, after_seq: int, limit: int) -> tuple[list[str], int, bool]:
        """Bodies (raw JSON) with seq > after_seq in seq order: (bodies, last seq, has_more)."""
        table = RESOURCE_TABLES[resource]
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(table.c.seq, table.c.body).where(table.c.seq > after_seq).order_by(table.c.seq).limit(limit + 1)
            ).all()
        has_more = len(rows) > limit
        rows = rows[:limit]
        last = rows[-1].seq if rows else after_seq
        return [r.body for r in rows], last, has_more

    def seq_before(self, resource: str, updated_at: str) -> int:
        """The cursor that starts a page at the first record updated after `updated_at`."""
        table = RESOURCE_TABLES[resource]
        latest = self.latest_seq  # read first: a record committed meanwhile comes after it, not before
        with self.engine.connect() as conn:
            first = conn.execute(select(func.min(table.c.seq)).where(table.c.updated_at > updated_at)).scalar()
        return (first - 1) if first is not None else latest

    def changes_since(self, since: int, limit: int = 1000) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(events).where(events.c.seq > since).order_by(events.c.seq).limit(limit)).all()
        return [{"seq": r.seq, "resource": r.resource, "id": r.record_id, "kind": r.kind, "at": r.at} for r in rows]

    def first_event_seq(self) -> int | None:
        with self.engine.connect() as conn:
            return conn.execute(select(func.min(events.c.seq))).scalar()

    def count(self, resource: str) -> int:
        table = RESOURCE_TABLES[resource]
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(table).where(table.c.deleted.is_(False))).scalar()

    # --- bulk load (the seed generator) -----------------------------------------------------
    def bulk_insert(self, resource: str, records: Iterable[dict], chunk: int = 5000) -> int:
        """Insert seed records fast. Their seq is provisional until :meth:`finish_seed` orders
        them by (updated_at, id); version and updated_at are taken as given."""
        table = RESOURCE_TABLES[resource]
        n = 0
        batch: list[dict] = []
        with self.engine.begin() as conn:
            for rec in records:
                rec.setdefault("deleted", False)
                row = {
                    "id": rec["id"], "seq": -rec["id"], "version": rec["version"], "updated_at": rec["updated_at"],
                    "deleted": rec["deleted"], "body": _encode_body(rec),
                }
                row.update(_lookup_values(table.name, rec))
                batch.append(row)
                if len(batch) >= chunk:
                    conn.execute(table.insert(), batch)
                    n += len(batch)
                    batch = []
            if batch:
                conn.execute(table.insert(), batch)
                n += len(batch)
        return n

    def finish_seed(self, **meta_values: str) -> None:
        """Give every seeded record its place in the change sequence, by (updated_at, id)."""
        with self.write_lock, self.engine.begin() as conn:
            seq = self._seq
            latest = ""
            for resource, table in RESOURCE_TABLES.items():
                name = table.name
                conn.execute(text("DROP TABLE IF EXISTS _seed_order"))
                conn.execute(text(
                    f"CREATE TEMP TABLE _seed_order AS SELECT id, "
                    f"row_number() OVER (ORDER BY updated_at, id) + {seq} AS s FROM {name} WHERE seq < 0"
                ))
                conn.execute(text("CREATE UNIQUE INDEX _seed_order_id ON _seed_order (id)"))
                n = conn.execute(text("SELECT count(*) FROM _seed_order")).scalar()
                if n:
                    conn.execute(text(
                        f"UPDATE {name} SET seq = (SELECT s FROM _seed_order o WHERE o.id = {name}.id) WHERE seq < 0"
                    ))
                    seq += n
                    latest = max(latest, conn.execute(text(f"SELECT max(updated_at) FROM {name}")).scalar() or "")
                conn.execute(text("DROP TABLE _seed_order"))
            self._seq = seq
            self.latest_seq = seq
            self.set_meta(conn, "seq", str(seq))
            self.set_meta(conn, "feed_start", str(seq))  # the change feed covers what happens after this
            for key, value in meta_values.items():
                self.set_meta(conn, key, value)
        if latest:
            self.clock.not_before(parse_ts(latest))

    def is_seeded(self) -> bool:
        return self.get_meta("seeded") is not None

    # --- users and tokens -------------------------------------------------------------------
    def add_user(self, conn: Connection, user_id: int, username: str, password: str, role: str, display_name: str) -> None:
        conn.execute(users.insert().values(
            id=user_id, username=username, password_hash=hash_password(password), role=role, display_name=display_name,
        ))

    def user_by_name(self, username: str):
        with self.engine.connect() as conn:
            return conn.execute(select(users).where(users.c.username == username)).first()

    def user_by_id(self, user_id: int):
        with self.engine.connect() as conn:
            return conn.execute(select(users).where(users.c.id == user_id)).first()

    def list_users(self) -> list:
        with self.engine.connect() as conn:
            return conn.execute(select(users).order_by(users.c.id)).all()

    def issue_token(self, kind: str, user_id: int, ttl: float) -> str:
        token = secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            conn.execute(tokens.insert().values(
                token_hash=hash_secret(token), kind=kind, user_id=user_id, expires_at=time.time() + ttl,
            ))
        return token

    def token_owner(self, token: str, kind: str) -> tuple[int, float] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(tokens).where(tokens.c.token_hash == hash_secret(token), tokens.c.kind == kind)).first()
        return (row.user_id, row.expires_at) if row else None


def _lookup_values(name: str, record: dict) -> dict:
    out = {}
    for col in LOOKUP_COLUMNS.get(name, ()):
        if col == "customer_id" and "customer" in record:
            out[col] = record["customer"]["id"]
        else:
            out[col] = record.get(col)
    return out


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()
