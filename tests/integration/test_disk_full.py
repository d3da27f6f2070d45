"""A full disk (issue 7): a change the cache has no room for is refused with a clear error and
applies nothing; a pull that cannot write a page stops there and resumes; a safety copy of the
outbox that cannot be written leaves the change in the cache. The disk is "full" through SQLite's
``max_page_count`` (SQLITE_FULL, as a full disk gives) and ENOSPC from the OS."""

from __future__ import annotations

import errno

import pytest
from sqlalchemy import event, func, select, text

import merchant_app.services  # noqa: F401 - registers the mutations
from merchant_app.models import Base
from merchant_app.services.edits import ServiceError
from merchant_app.services.workspace import Workspace
from merchant_app.store import backup
from merchant_app.store.errors import DISK_FULL_MESSAGE, is_disk_full
from merchant_app.sync.pull import Puller

from .conftest import Api, connect

ORDERS, OUTBOX, AUDIT = (Base.metadata.tables[n] for n in ("orders", "outbox", "audit_log"))
NOTE = "Customer called about the delivery. " * 130   # ~4.7 kB: the order, its audit entry and outbox grow


CAPS: dict[int, object] = {}


def fill_disk(engine, room: int = 0) -> None:
    """Every connection from now on may not grow the file past its current size (plus ``room`` pages)."""
    engine.dispose()
    with engine.connect() as conn:
        conn.exec_driver_sql("VACUUM")
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()

    def cap(dbapi_conn, _):
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + room}")
    event.listen(engine, "connect", cap)
    engine.dispose()
    CAPS[id(engine)] = cap


def free_disk(engine) -> None:
    event.remove(engine, "connect", CAPS.pop(id(engine)))
    engine.dispose()


def snapshot(engine, order_id: int) -> tuple:
    with engine.connect() as conn:
        return (conn.execute(select(ORDERS.c.events, ORDERS.c.version).where(ORDERS.c.id == order_id)).one(),
                conn.execute(select(func.count()).select_from(OUTBOX)).scalar_one(),
                conn.execute(select(func.count()).select_from(AUDIT)).scalar_one(),
                conn.execute(select(func.count()).select_from(ORDERS)).scalar_one())


def test_a_change_on_a_full_disk_is_refused_whole_and_goes_through_once_there_is_room(desk, sandbox):
    engine, _, _ = desk()
    workspace = Workspace.open(engine, connect(sandbox.url))
    try:
        with engine.connect() as conn:
            order_id = conn.execute(select(ORDERS.c.id).limit(1)).scalar_one()
        workspace.perform("orders.add_note", order_id, body="a first note, before the disk fills")
        before = snapshot(engine, order_id)
        saved = backup.load_outbox(backup.outbox_file(backup.cache_of(engine)), backup.cache_key(backup.cache_of(engine)))

        fill_disk(engine)
        with pytest.raises(ServiceError) as refused:
            workspace.perform("orders.add_note", order_id, body=NOTE)
        assert refused.value.code == "disk_full" and refused.value.message == DISK_FULL_MESSAGE
        assert is_disk_full(refused.value.__cause__)
        assert snapshot(engine, order_id) == before          # nothing half-applied, nothing else lost
        assert backup.load_outbox(backup.outbox_file(backup.cache_of(engine)),
                                  backup.cache_key(backup.cache_of(engine))) == saved

        free_disk(engine)
        workspace.perform("orders.add_note", order_id, body=NOTE)
        (events, _), outbox, audit, orders = snapshot(engine, order_id)
        assert events[-1]["message"] == NOTE.strip()
        assert (outbox, audit, orders) == (before[1] + 1, before[2] + 1, before[3])
    finally:
        workspace.close()


def test_an_outbox_copy_on_a_full_disk_keeps_the_change_and_says_why(desk, sandbox, monkeypatch):
    engine, _, _ = desk()
    workspace = Workspace.open(engine, connect(sandbox.url))
    try:
        cache = backup.cache_of(engine)
        with engine.connect() as conn:
            order_id = conn.execute(select(ORDERS.c.id).limit(1)).scalar_one()
        workspace.perform("orders.add_note", order_id, body="kept in the copy")
        kept = backup.outbox_file(cache).read_bytes()

        real_open = open

        def no_space(path, mode="r", *args, **kwargs):
            if "w" in mode:
                raise OSError(errno.ENOSPC, "No space left on device", str(path))
            return real_open(path, mode, *args, **kwargs)
        monkeypatch.setattr(backup, "open", no_space, raising=False)
        changes = workspace.perform("orders.add_note", order_id, body="made while the disk is full")
        assert order_id in changes.ids
        assert "disk is full" in workspace.outbox_copy_error and "saved in the cache" in workspace.outbox_copy_error
        with engine.connect() as conn:
            events = conn.execute(select(ORDERS.c.events).where(ORDERS.c.id == order_id)).scalar_one()
            queued = conn.execute(text("SELECT count(*) FROM outbox WHERE state = 'pending'")).scalar_one()
        assert events[-1]["message"] == "made while the disk is full" and queued == 2
        assert backup.outbox_file(cache).read_bytes() == kept     # the previous copy is still whole

        monkeypatch.undo()
        workspace.perform("orders.add_note", order_id, body="room again")
        assert workspace.outbox_copy_error is None
        assert len(backup.load_outbox(backup.outbox_file(cache), backup.cache_key(cache))) == 3
    finally:
        workspace.close()


def test_a_pull_on_a_full_disk_stops_with_the_cursor_on_what_was_written_and_resumes(desk, sandbox):
    engine, _, _ = desk()
    puller = Puller(engine, connect(sandbox.url), page_size=50)
    api = Api(sandbox.url, "owner")
    platform_ids = {c["id"] for c in api.pull_all("customers")[0]}
    assert len(platform_ids) > 200

    fill_disk(engine, room=12)                 # room for a few pages of customers, not all of them
    with pytest.raises(Exception) as stopped:
        puller.pull("customers")
    assert is_disk_full(stopped.value), stopped.value
    with engine.connect() as conn:
        cursor = conn.execute(text("SELECT cursor FROM sync_state WHERE resource = 'customers'")).scalar()
        kept = set(conn.execute(text("SELECT id FROM customers")).scalars())
    assert 0 < len(kept) < len(platform_ids), len(kept)
    # the cursor stands on the last page written whole: from it the platform serves just the rest
    rest = {c["id"] for c in api.pull_all("customers", cursor)[0]} if cursor else platform_ids
    assert kept | rest == platform_ids and not kept & rest

    free_disk(engine)
    puller.pull("customers")                    # the next sync resumes and converges
    with engine.connect() as conn:
        assert set(conn.execute(text("SELECT id FROM customers")).scalars()) == platform_ids
    api.close()
