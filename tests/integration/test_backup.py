"""Backups, a damaged cache rebuilt with every unsynced edit kept, and a restore (issue 7)."""

from __future__ import annotations

import sqlite3
import threading

from sqlalchemy import func, select

import merchant_app.services  # noqa: F401 - registers the mutations
from merchant_app.models import Base
from merchant_app.services.edits import Actor, perform
from merchant_app.store import backup
from merchant_app.sync.mapping import read_record

from .conftest import connect, find

OWNER = Actor("owner", "owner")
OUTBOX = Base.metadata.tables["outbox"]


def unsent(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(OUTBOX).where(OUTBOX.c.state == "pending")).scalar_one()


def test_backups_are_consistent_while_the_cache_is_written_and_only_the_newest_are_kept(desk, sandbox):
    engine, _, _ = desk()
    cache = backup.cache_of(engine)
    level = find(sandbox, "inventory", "location_id = 1")[0]
    stop = threading.Event()

    def writer():
        while not stop.is_set():
            perform(engine, OWNER, "inventory.adjust", level["id"], delta=1, reason="correction")

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        made = [backup.back_up(cache, keep=2) for _ in range(3)]
    finally:
        stop.set()
        thread.join()
    kept = backup.backups(cache)
    assert kept == sorted(made[1:], reverse=True) and not made[0].exists()
    for path in kept:
        assert backup.check(path).ok
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] > 1000
        finally:
            conn.close()


def test_a_damaged_cache_is_rebuilt_at_start_with_the_unsynced_edits_kept(desk, sandbox):
    engine, _, _ = desk()
    cache = backup.cache_of(engine)
    level = find(sandbox, "inventory", "location_id = 1")[0]
    review = find(sandbox, "reviews", "json_extract(body, '$.reply') IS NULL")[0]
    perform(engine, OWNER, "inventory.adjust", level["id"], delta=7, reason="received", note="PO-9")
    perform(engine, OWNER, "reviews.reply", review["id"], body="谢谢！")
    assert backup.save_outbox(engine, cache) == 2
    engine.dispose()
    with open(cache, "r+b") as f:          # a crash or a bad disk scribbles over part of the file
        f.seek(8192)
        f.write(b"\x5a" * 16384)
    assert not backup.check(cache).ok

    engine, rebuilt = backup.ensure_healthy(cache)
    assert rebuilt is not None and rebuilt.edits_kept == 2 and rebuilt.damaged.exists()
    assert backup.check(cache).ok and unsent(engine) == 2
    from merchant_app.sync.pull import Puller
    from merchant_app.sync.push import Pusher

    client = connect(sandbox.url)
    for resource in ("locations", "listings", "inventory", "reviews"):
        Puller(engine, client).pull(resource)
    assert Pusher(engine, client).push().done == 2
    assert sandbox.storage.get("inventory", level["id"])["on_hand"] == level["on_hand"] + 7
    assert sandbox.storage.get("reviews", review["id"])["reply"]["body"] == "谢谢！"


def test_an_unreadable_file_is_set_aside_too(tmp_path):
    cache = tmp_path / "caches" / "someone-1.sqlite"
    cache.parent.mkdir()
    cache.write_bytes(b"this is not a database" * 100)
    engine, rebuilt = backup.ensure_healthy(cache)
    assert rebuilt is not None and rebuilt.edits_kept == 0 and rebuilt.damaged.read_bytes().startswith(b"this")
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(OUTBOX)).scalar_one() == 0


def test_restoring_a_backup_keeps_the_edits_made_since(desk, sandbox):
    engine, _, _ = desk()
    cache = backup.cache_of(engine)
    level = find(sandbox, "inventory", "location_id = 1")[0]
    saved = backup.back_up(cache)
    perform(engine, OWNER, "inventory.adjust", level["id"], delta=3, reason="received")
    backup.save_outbox(engine, cache)
    engine.dispose()
    engine, kept = backup.restore(cache, saved)
    assert kept == 1 and unsent(engine) == 1
    with engine.connect() as conn:
        assert read_record(conn, "inventory", level["id"])["on_hand"] == level["on_hand"], "the backup's state"
