"""Backups of a cache, its health at start-up, and a rebuild that keeps every unsynced edit (issue 7).

- :func:`back_up` copies a cache with SQLite's online backup API (consistent while the sync writes)
  into ``<data dir>/backups/<cache name>/`` and keeps the newest ``keep`` copies.
- The outbox — the edits the platform has not confirmed — is what a lost cache would lose for good
  (everything else comes back from the platform). :func:`save_outbox` keeps it apart, in a small JSON
  file next to the cache, rewritten atomically after every local change; a backup carries one too.
- :func:`check` runs ``PRAGMA quick_check``; :func:`ensure_healthy`, at start-up, moves a damaged
  or unreadable cache aside, lets a new one be created, and puts the saved outbox back in it first,
  so the next sync pulls everything again and then sends the edits. An entry the platform had
  already received is harmless to send again: its Idempotency-Key makes the platform answer with the
  first response instead of applying it twice.
- :func:`restore` puts a backup in the cache's place the same way, with the edits made since the
  backup added back from the saved outbox.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from sqlalchemy import Engine, insert, select

from merchant_app.config import data_dir
from merchant_app.models import Base
from merchant_app.store.engine import cache_key, connect, is_plain, open_cache, sqlcipher
from merchant_app.store.errors import CacheUnreadableError

OUTBOX = Base.metadata.tables["outbox"]
OUTBOX_FIELDS = ("idempotency_key", "resource", "record_id", "action", "method", "path", "body", "base_version",
                 "state", "attempts", "last_error", "created_at")
KEEP_DEFAULT = 7
UNSENT = ("pending", "in_flight", "conflict")


@dataclass(frozen=True)
class Health:
    ok: bool
    problem: str | None = None


@dataclass(frozen=True)
class Rebuilt:
    damaged: Path          # where the damaged file was moved
    edits_kept: int        # outbox entries put back in the new cache


def backup_dir(cache: Path) -> Path:
    path = data_dir() / "backups" / cache.stem
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_of(engine: Engine) -> Path:
    """The file of a cache's engine."""
    return Path(engine.url.database)


def outbox_file(cache: Path) -> Path:
    return cache.with_name(cache.stem + ".outbox.json")


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


# --- the outbox, kept apart ----------------------------------------------------------------

def read_outbox(engine: Engine) -> list[dict]:
    """Every entry the platform has not confirmed (waiting, being sent, or in conflict), oldest first."""
    with engine.connect() as conn:
        rows = conn.execute(select(*[OUTBOX.c[f] for f in OUTBOX_FIELDS]).where(OUTBOX.c.state.in_(UNSENT))
                            .order_by(OUTBOX.c.id)).mappings()
        return [dict(r) for r in rows]


_SEALED: Final = b"MCOX1"  # an outbox copy sealed with the cache's key: magic, 12-byte nonce, AES-GCM


def _outbox_cipher(key: bytes):
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"merchant-console outbox copy").derive(key)
    return AESGCM(derived)


def seal(data: bytes, key: bytes | None) -> bytes:
    """``data`` encrypted and authenticated with a key derived from the cache's key (as is when ``None``)."""
    if key is None:
        return data
    nonce = os.urandom(12)
    return _SEALED + nonce + _outbox_cipher(key).encrypt(nonce, data, _SEALED)


def unseal(data: bytes, key: bytes | None) -> bytes:
    """What :func:`seal` sealed; ``ValueError`` when the key is wrong or the file was changed."""
    if not data.startswith(_SEALED):
        return data  # an outbox copy saved by an earlier version, in clear
    if key is None:
        raise ValueError("the outbox copy is encrypted and no key was given")
    from cryptography.exceptions import InvalidTag

    nonce, body = data[len(_SEALED):len(_SEALED) + 12], data[len(_SEALED) + 12:]
    try:
        return _outbox_cipher(key).decrypt(nonce, body, _SEALED)
    except InvalidTag as err:
        raise ValueError("the outbox copy does not open with this cache's key") from err


def save_outbox(engine: Engine, cache: Path) -> int:
    """Write the unsent edits beside the cache (atomically, encrypted with the cache's key); returns how many."""
    entries = read_outbox(engine)
    data = json.dumps({"saved_at": _stamp(), "entries": entries}, ensure_ascii=False).encode("utf-8")
    _write_atomically(outbox_file(cache), seal(data, cache_key(cache)))
    return len(entries)


def load_outbox(path: Path, key: bytes | None = None) -> list[dict]:
    try:
        data = json.loads(unseal(path.read_bytes(), key).decode("utf-8"))
    except (OSError, ValueError):
        return []
    entries = data.get("entries") if isinstance(data, dict) else None
    return [e for e in entries or [] if isinstance(e, dict) and e.get("idempotency_key")]


def put_back(engine: Engine, entries: list[dict]) -> int:
    """Add saved entries the cache does not have (by idempotency key), to be sent again; returns how many."""
    if not entries:
        return 0
    with engine.begin() as conn:
        have = set(conn.execute(select(OUTBOX.c.idempotency_key)).scalars())
        new = [e for e in entries if e["idempotency_key"] not in have]
        for e in new:
            values = {f: e.get(f) for f in OUTBOX_FIELDS}
            # a conflict is raised again by the platform if it still is one; in flight means unsure
            values.update(state="pending", next_attempt_at=None, updated_at=values["created_at"])
            conn.execute(insert(OUTBOX).values(**values))
    return len(new)


# --- backups -------------------------------------------------------------------------------

def back_up(cache: Path, keep: int = KEEP_DEFAULT, key: bytes | None = None) -> Path:
    """A consistent copy of the cache (the online backup API: the sync may go on writing), with its
    outbox beside it; the oldest copies beyond ``keep`` are removed. An encrypted cache's copy is
    encrypted with the same key (``key``, or the one the cache was opened with in this process)."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    folder = backup_dir(cache)
    target = folder / f"{cache.stem}-{_stamp()}.sqlite"
    partial = target.with_name(target.name + ".partial")
    key = key if key is not None else cache_key(cache)
    source = connect(f"file:{cache}?mode=ro", key, uri=True)
    try:
        copy = connect(partial, key)
        try:
            source.backup(copy, pages=4096)
            copy.execute("PRAGMA journal_mode=DELETE")   # one self-contained file
        finally:
            copy.close()
    finally:
        source.close()
    os.replace(partial, target)
    outbox = outbox_file(cache)
    if outbox.exists():
        shutil.copyfile(outbox, target.with_suffix(".outbox.json"))
    for old in backups(cache)[keep:]:
        old.unlink(missing_ok=True)
        old.with_suffix(".outbox.json").unlink(missing_ok=True)
    return target


def backups(cache: Path) -> list[Path]:
    """The cache's backups, newest first."""
    return sorted(backup_dir(cache).glob(f"{cache.stem}-*.sqlite"), reverse=True)


def remove_cache(cache: Path) -> list[Path]:
    """Delete the cache, its WAL and shared memory, its outbox copy, the copies moved aside and its
    backups (with theirs); returns what was deleted. The caller closes every engine on it first."""
    removed: list[Path] = []
    candidates = [cache, outbox_file(cache), outbox_file(cache).with_name(outbox_file(cache).name + ".tmp")]
    candidates += sorted(cache.parent.glob(f"{cache.stem}.*-*.sqlite*"))  # moved aside: damaged, replaced
    folder = data_dir() / "backups" / cache.stem
    if folder.is_dir():
        candidates += sorted(p for p in folder.iterdir() if p.is_file())
    for path in candidates:
        for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
            if extra.exists():
                extra.unlink()
                removed.append(extra)
    if folder.is_dir():
        shutil.rmtree(folder, ignore_errors=True)
    return removed


# --- health --------------------------------------------------------------------------------

def check(cache: Path, key: bytes | None = None) -> Health:
    """``PRAGMA quick_check`` of the file (a missing file is healthy: it will be created)."""
    if not cache.exists():
        return Health(True)
    if key is not None and is_plain(cache):
        key = None  # a plain cache of an earlier version, encrypted when opened
    try:
        conn = connect(f"file:{cache}?mode=ro", key, uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except (sqlite3.DatabaseError, sqlcipher.DatabaseError) as err:
        return Health(False, str(err))
    if rows == ["ok"]:
        return Health(True)
    return Health(False, "; ".join(rows[:5]))


def _move_aside(cache: Path, why: str) -> Path:
    aside = cache.with_name(f"{cache.stem}.{why}-{_stamp()}.sqlite")
    os.replace(cache, aside)
    for suffix in ("-wal", "-shm"):
        extra = Path(str(cache) + suffix)
        if extra.exists():
            os.replace(extra, Path(str(aside) + suffix))
    return aside


def ensure_healthy(cache: Path, key: bytes | None = None) -> tuple[Engine, Rebuilt | None]:
    """Open the cache (encrypted with ``key``); when it is damaged or unreadable, move it aside, open a
    new one and put the saved outbox back in it. Returns the engine and what was rebuilt, if anything."""
    health = check(cache, key)
    if health.ok:
        try:
            return open_cache(cache, key), None
        except CacheUnreadableError:
            pass
    damaged = _move_aside(cache, "damaged")
    engine = open_cache(cache, key)
    kept = put_back(engine, load_outbox(outbox_file(cache), key))
    save_outbox(engine, cache)
    return engine, Rebuilt(damaged, kept)


def restore(cache: Path, backup: Path) -> tuple[Engine, int]:
    """Put ``backup`` in the cache's place (the current file moved aside, not deleted) and add back
    the edits saved since; returns the engine and how many edits were added back. The caller closes
    every engine on the cache first."""
    key = cache_key(cache)
    saved = load_outbox(outbox_file(cache), key)
    if cache.exists():
        _move_aside(cache, "replaced")
    shutil.copyfile(backup, cache)
    engine = open_cache(cache, key)
    kept = put_back(engine, saved)
    save_outbox(engine, cache)
    return engine, kept
