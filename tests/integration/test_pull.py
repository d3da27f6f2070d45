"""Pull: the cache becomes an exact copy of the platform, whatever happens on the way."""

from __future__ import annotations

import threading

import httpx
import pytest
from sqlalchemy import func, select, text

from merchant_app.models import RECORD_TABLES, Base
from merchant_app.platform import wire
from merchant_app.platform.client import PlatformClient, Unreachable
from merchant_app.sandbox.app import SandboxConfig
from merchant_app.sandbox.server import SandboxServer
from merchant_app.store import open_cache
from merchant_app.sync.events import Broadcaster
from merchant_app.sync.pull import Puller

from .conftest import admin


@pytest.fixture
def cache(tmp_path):
    engine = open_cache(tmp_path / "cache.sqlite")
    yield engine
    engine.dispose()


def connect(url: str) -> PlatformClient:
    client = PlatformClient(url, backoff_base=0.01, backoff_cap=0.2, max_attempts=4)
    client.sign_in("owner", "demo")
    return client


def server_versions(storage, resource: str) -> dict[int, int]:
    table = resource.replace("/", "_")
    with storage.engine.connect() as conn:
        return dict(conn.execute(text(f"SELECT id, version FROM {table} WHERE NOT deleted")).all())


def cache_versions(cache, resource: str) -> dict[int, int]:
    table = RECORD_TABLES[resource]
    with cache.connect() as conn:
        return dict(conn.execute(select(table.c.id, table.c.version)).all())


def assert_mirror(cache, storage) -> None:
    for resource in wire.RESOURCES:
        assert cache_versions(cache, resource) == server_versions(storage, resource), resource


def test_a_full_pull_mirrors_the_platform(cache, sandbox):
    events = Broadcaster()
    seen = []
    events.subscribe(seen.append)
    results = Puller(cache, connect(sandbox.url), events).pull_all()
    assert_mirror(cache, sandbox.storage)
    assert sum(r.applied for r in results) > 20_000 and not any(r.quarantined for r in results)
    with cache.connect() as conn:
        variants = conn.execute(select(func.count()).select_from(Base.metadata.tables["variants"])).scalar()
        lines = conn.execute(select(func.count()).select_from(Base.metadata.tables["order_lines"])).scalar()
        listing = conn.execute(select(RECORD_TABLES["listings"]).limit(1)).mappings().one()
        state = dict(conn.execute(text("SELECT resource, records FROM sync_state")).all())
    with sandbox.storage.engine.connect() as conn:
        want_variants = conn.execute(text("SELECT sum(json_array_length(body, '$.variants')) FROM listings")).scalar()
        want_lines = conn.execute(text("SELECT sum(json_array_length(body, '$.lines')) FROM orders")).scalar()
    assert (variants, lines) == (want_variants, want_lines)
    assert listing["min_price"] <= listing["max_price"] and listing["variant_count"] >= 1
    assert state["orders"] == sandbox.storage.count("orders")
    kinds = {e.kind for e in seen}
    assert {"pull_started", "pull_progress", "pull_done"} <= kinds


def test_an_incremental_pull_brings_only_the_changes_and_tombstones_delete(cache, sandbox):
    puller = Puller(cache, connect(sandbox.url))
    puller.pull_all()
    admin(sandbox, "activity/tick", {"steps": 30})
    admin(sandbox, "delete/reviews/1")
    results = {r.resource: r for r in puller.pull_all()}
    assert results["reviews"].deleted == 1
    assert sum(r.applied for r in results.values()) < 200
    assert_mirror(cache, sandbox.storage)
    with cache.connect() as conn:  # the record counts kept up with the new records and the deletion
        state = dict(conn.execute(text("SELECT resource, records FROM sync_state")).all())
    assert all(state[r] == len(cache_versions(cache, r)) for r in wire.RESOURCES)


def test_killing_the_platform_mid_pull_then_pulling_again_leaves_no_gap(cache, shop_db):
    config = SandboxConfig(db_url=shop_db, test_mode=True)
    server = SandboxServer(config).start()
    port = server.port
    client = connect(server.url)
    puller = Puller(cache, client, page_size=100)
    pages = {"n": 0}

    def kill_after_a_few_pages(event):
        if event.kind == "pull_progress" and event.resource == "orders":
            pages["n"] += 1
            if pages["n"] == 5:
                threading.Thread(target=server.stop).start()

    puller.events.subscribe(kill_after_a_few_pages)
    with pytest.raises(Unreachable):
        puller.pull_all()
    partial = cache_versions(cache, "orders")
    assert 400 <= len(partial) < 4000, "the pull stopped in the middle of orders"
    server = SandboxServer(config, port=port).start()
    try:
        admin(server, "activity/tick", {"steps": 20})  # the platform moved on meanwhile
        puller.pull_all()
        assert_mirror(cache, server.storage)
    finally:
        server.stop()


def test_records_changed_locally_and_not_yet_pushed_are_left_alone(cache, sandbox):
    puller = Puller(cache, connect(sandbox.url))
    puller.pull_all()
    outbox = Base.metadata.tables["outbox"]
    with cache.begin() as conn:
        conn.execute(outbox.insert().values(idempotency_key="k1", resource="listings", record_id=3,
                                            action="listings.update", method="PATCH", path="/listings/3",
                                            body={"title": "mine"}, base_version=1, state="pending", attempts=0))
        conn.execute(RECORD_TABLES["listings"].update().where(RECORD_TABLES["listings"].c.id == 3)
                     .values(title="mine"))
    admin(sandbox, "edit/listings/3", {"set": {"title": "theirs"}})
    result = puller.pull("listings")
    assert result.skipped == 1
    with cache.connect() as conn:
        assert conn.execute(select(RECORD_TABLES["listings"].c.title).where(
            RECORD_TABLES["listings"].c.id == 3)).scalar() == "mine"


def test_malformed_records_are_quarantined_and_everything_else_syncs(cache, sandbox):
    httpx.put(f"{sandbox.url}/v1/_admin/faults", json={"seed": 8, "rules": [
        {"route": "^/v1/(reviews|orders)$", "malformed_rate": 0.05}]})
    seen = []
    events = Broadcaster()
    events.subscribe(seen.append)
    results = {r.resource: r for r in Puller(cache, connect(sandbox.url), events).pull_all()}
    bad = results["reviews"].quarantined + results["orders"].quarantined
    assert bad > 50
    with cache.connect() as conn:
        rows = conn.execute(text("SELECT resource, record_id, reason, length(payload) FROM quarantine")).all()
    assert len(rows) == bad and all(r.reason for r in rows) and max(r[3] for r in rows) <= 20_100
    assert any(e.kind == "quarantined" for e in seen)
    for resource in ("reviews", "orders"):
        local, remote = cache_versions(cache, resource), server_versions(sandbox.storage, resource)
        assert set(local) <= set(remote)
        assert len(remote) - len(local) <= results[resource].quarantined
        assert all(remote[i] == v for i, v in local.items())
    for resource in ("listings", "customers", "tickets", "inventory"):
        assert cache_versions(cache, resource) == server_versions(sandbox.storage, resource)


def test_a_regenerated_platform_resets_the_cursors_and_the_cache_follows(cache, sandbox, tmp_path):
    client = connect(sandbox.url)
    Puller(cache, client).pull_all()
    other = SandboxServer(SandboxConfig(db_url=f"sqlite:///{tmp_path / 'new.db'}", seed=42)).start()
    try:
        fresh = connect(other.url)
        results = {r.resource: r for r in Puller(cache, fresh).pull_all()}
        assert all(r.reset for r in results.values()), "every stored cursor belonged to the old history"
        assert results["orders"].reset and results["orders"].applied > 1000
        assert_mirror(cache, other.storage)
    finally:
        other.stop()


def table_rows(cache, name: str) -> list[tuple]:
    with cache.connect() as conn:
        return [tuple(r) for r in conn.execute(text(f"SELECT * FROM {name} ORDER BY 1")).all()]


def test_pages_prepared_in_the_worker_process_write_what_pages_prepared_here_write(sandbox, tmp_path):
    from merchant_app.sync.pages import Preparer

    caches = []
    for name, preparer in (("here", Preparer(processes=0)), ("worker", Preparer(processes=1, min_bytes=0))):
        engine = open_cache(tmp_path / f"{name}.sqlite")
        results = Puller(engine, connect(sandbox.url), preparer=preparer).pull_all()
        assert sum(r.received for r in results) == sum(r.applied for r in results) > 20_000
        caches.append(engine)
    for name in ("listings", "variants", "orders", "order_lines", "tickets", "reviews", "customers", "sync_state"):
        here, worker = (table_rows(c, name) for c in caches)
        if name == "sync_state":   # the time of the last pull differs
            here, worker = ([r[:2] + r[3:] for r in rows] for rows in (here, worker))
        assert here == worker and here, name
    for engine in caches:
        engine.dispose()


def test_a_worker_process_killed_mid_pull_costs_nothing(cache, sandbox):
    import os
    import signal

    from merchant_app.sync import pages

    puller = Puller(cache, connect(sandbox.url), page_size=100, preparer=pages.Preparer(processes=1, min_bytes=0))
    killed = []

    def kill_the_worker(event):
        if event.kind == "pull_progress" and event.resource == "orders" and not killed:
            pool = pages._shared
            pids = list(pool._processes) if pool is not None else []
            for pid in pids:
                os.kill(pid, signal.SIGKILL)
            killed.extend(pids)

    puller.events.subscribe(kill_the_worker)
    puller.pull_all()
    assert killed, "a worker process was running"
    assert_mirror(cache, sandbox.storage)


def test_a_page_asked_for_with_a_cursor_its_predecessor_does_not_give_is_never_written(cache, sandbox, monkeypatch):
    puller = Puller(cache, connect(sandbox.url), page_size=100)
    monkeypatch.setattr(wire, "peek_cursor", lambda raw: ("", True))   # an end misread: the first page again
    with pytest.raises(wire.MalformedPage):
        puller.pull("customers")
    with cache.connect() as conn:
        state = conn.execute(text("SELECT cursor FROM sync_state WHERE resource = 'customers'")).scalar()
    held = len(cache_versions(cache, "customers"))
    assert (held, state is None) in ((100, False), (0, True)), "the first page with its cursor, or nothing"
    monkeypatch.undo()
    puller.pull("customers")
    assert cache_versions(cache, "customers") == server_versions(sandbox.storage, "customers")


def test_the_cursor_is_read_off_a_page_only_where_it_is_the_page_own():
    assert wire.peek_cursor(b'{"items":[],"next_cursor":"c1.abc=","has_more":true}') == ("c1.abc=", True)
    assert wire.peek_cursor(b'{"items":[{"a":1}], "has_more": false, "next_cursor": "c1"}\n') == ("c1", False)
    assert wire.peek_cursor(b'{"items":[{"next_cursor":"x","has_more":true}]}') is None
    assert wire.peek_cursor(b'{"items":[],"x":{"next_cursor":"x","has_more":true}}') is None
    assert wire.peek_cursor(b'{"items":[],"next_cursor":"a\\"b","has_more":true}') is None
