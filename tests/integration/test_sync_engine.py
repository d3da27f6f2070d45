"""The background sync engine: the change feed, online/offline, roles, signing out, the CLI."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

import merchant_app.services  # noqa: F401 - registers the mutations
from merchant_app.models import RECORD_TABLES
from merchant_app.platform.client import PlatformClient
from merchant_app.sandbox.app import SandboxConfig
from merchant_app.sandbox.server import SandboxServer
from merchant_app.sandbox.storage import Storage
from merchant_app.services.edits import Actor, perform
from merchant_app.store import cache_path, open_cache
from merchant_app.store.engine import connect as cache_connect
from merchant_app.store.engine import sqlcipher
from merchant_app.sync.engine import SyncEngine, read_counts
from merchant_app.sync.events import Broadcaster

from .conftest import find
from .test_pull import assert_mirror, cache_versions

OWNER = Actor("owner", "owner")


def wait_until(condition, timeout: float = 20.0, what: str = "condition") -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():
            return time.monotonic() - started
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def connect(url: str, user: str = "owner", attempts: int = 4) -> PlatformClient:
    client = PlatformClient(url, backoff_base=0.01, backoff_cap=0.1, max_attempts=attempts)
    client.sign_in(user, "demo")
    return client


@pytest.fixture
def recorder():
    events = Broadcaster()
    seen: list = []
    events.subscribe(seen.append)
    return events, seen


def cached(engine, resource: str, record_id: int) -> int | None:
    table = RECORD_TABLES[resource]
    with engine.connect() as conn:
        return conn.execute(select(table.c.version).where(table.c.id == record_id)).scalar()


def test_a_platform_change_reaches_the_cache_within_seconds(sandbox, tmp_path, recorder):
    events, seen = recorder
    engine = open_cache(tmp_path / "cache.sqlite")
    sync = SyncEngine(engine, connect(sandbox.url), events, feed_timeout=2, safety_interval=3600).start()
    try:
        wait_until(lambda: sync.passes >= 1 and sync.feed_position() is not None, 60, "the first pass")
        assert_mirror(engine, sandbox.storage)
        assert sync.online is True and any(e.kind == "online" for e in seen)
        order = find(sandbox, "orders", "1=1")[3]
        r = httpx.post(f"{sandbox.url}/v1/_admin/edit/orders/{order['id']}", json={"set": {"risk_level": "high"}})
        assert r.status_code == 200, r.text
        version = sandbox.storage.get("orders", order["id"])["version"]
        took = wait_until(lambda: cached(engine, "orders", order["id"]) == version, 10, "the edit in the cache")
        assert took < 10  # "within seconds": the feed answers within a second, the pull follows at once
        assert any(e.kind == "remote_change" and "orders" in e.message for e in seen)
        position = sync.feed_position()
        assert position is not None
        status = sync.status()
        assert status.online and status.pending == 0 and status.last_sync_at
    finally:
        sync.stop()
    # a restart continues from the stored feed position, it does not start over
    sync2 = SyncEngine(engine, connect(sandbox.url), feed_timeout=2, safety_interval=3600)
    assert sync2.feed_position() == position


def test_offline_edits_wait_then_go_when_the_platform_is_back(shop_db, tmp_path, recorder):
    events, seen = recorder
    config = SandboxConfig(db_url=shop_db, test_mode=True)
    server = SandboxServer(config).start()
    port = server.port
    engine = open_cache(tmp_path / "cache.sqlite")
    sync = SyncEngine(engine, connect(server.url, attempts=2), events, feed_timeout=1, safety_interval=3600,
                      probe_min=0.1, probe_max=0.5, retry_base=0.05, retry_cap=0.3).start()
    try:
        wait_until(lambda: sync.passes >= 1, 60, "the first pass")
        server.stop()
        level = find(server, "inventory", "location_id = 1")[0]
        perform(engine, OWNER, "inventory.adjust", level["id"], delta=4, reason="received", note="offline edit")
        sync.push_soon()
        wait_until(lambda: sync.online is False, 20, "going offline")
        assert read_counts(engine)["pending"] == 1, "the edit waits in the outbox"
        assert sync.status().online is False and sync.status().last_error
        server = SandboxServer(config, port=port).start()
        wait_until(lambda: read_counts(engine)["pending"] == 0, 30, "the edit to be sent")
        assert sync.online is True
        kinds = [e.kind for e in seen if e.kind in ("online", "offline")]
        assert kinds[:2] == ["online", "offline"] and kinds[-1] == "online"
        assert all(a != b for a, b in zip(kinds, kinds[1:])), "each change of state is told once"
        # (a request that was already under way when the platform came back may still fail once:
        # offline, then online again, is a true account of that)
        assert server.storage.get("inventory", level["id"])["on_hand"] == level["on_hand"] + 4
    finally:
        sync.stop()
        server.stop()


def test_an_agent_syncs_everything_its_role_may_read(sandbox, tmp_path, recorder):
    events, seen = recorder
    engine = open_cache(tmp_path / "cache.sqlite")
    sync = SyncEngine(engine, connect(sandbox.url, "agent"), events, feed=False)
    results, _ = sync.run_pass()
    assert sync.not_permitted == {"analytics/daily"}
    assert {r.resource for r in results} >= {"orders", "tickets", "reviews", "listings"}
    assert cache_versions(engine, "analytics/daily") == {}
    assert len(cache_versions(engine, "tickets")) > 50
    assert [e.resource for e in seen if e.kind == "not_permitted"] == ["analytics/daily"]


def test_a_token_the_platform_refuses_stops_the_sync_until_signing_in_again(sandbox, tmp_path, recorder):
    events, seen = recorder
    engine = open_cache(tmp_path / "cache.sqlite")
    client = PlatformClient(sandbox.url, max_attempts=2)
    client.use_access_token("expired-or-revoked")
    sync = SyncEngine(engine, client, events, feed=False, probe_min=0.1).start()
    try:
        wait_until(lambda: any(e.kind == "signed_out" for e in seen), 20, "signed_out")
        assert sync.status().signed_in is False
        time.sleep(0.5)
        assert sum(e.kind == "signed_out" for e in seen) == 1, "no retry storm with a refused token"
        client.sign_in("merchant", "demo")
        sync.credentials_changed()
        wait_until(lambda: sync.passes >= 1, 60, "a pass after signing in")
        assert sync.status().signed_in
    finally:
        sync.stop()


# --- the CLI, against a sandbox in its own process ---------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_sandbox_process(db_url: str, port: int, home: Path) -> subprocess.Popen:
    env = dict(os.environ, MERCHANT_APP_HOME=str(home))
    proc = subprocess.Popen([sys.executable, "-m", "merchant_app", "sandbox", "--port", str(port), "--db", db_url,
                             "--no-activity", "--test-mode"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_until(lambda: _healthy(port), 60, "the sandbox process to serve")
    return proc


def _healthy(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200
    except httpx.TransportError:
        return False


CACHE_KEY = bytes(range(32))
"""The CLI's cache key in these tests ($MERCHANT_APP_CACHE_KEY: the test machine has no keyring)."""


def run_cli(*args: str, home: Path, token: str | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    env = dict(os.environ, MERCHANT_APP_HOME=str(home), MERCHANT_APP_CACHE_KEY=CACHE_KEY.hex())
    env.pop("MERCHANT_APP_TOKEN", None)
    if token is not None:
        env["MERCHANT_APP_TOKEN"] = token
    return subprocess.run([sys.executable, "-m", "merchant_app", "sync", *args], env=env, capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL, check=False)


def token_for(url: str, user: str = "owner") -> str:
    r = httpx.post(f"{url}/v1/auth/token", json={"username": user, "password": "demo"})
    return r.json()["access_token"]


def test_cli_sync_with_a_token_from_the_environment(sandbox, tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("MERCHANT_APP_HOME", str(home))
    done = run_cli("--server", sandbox.url, "--json", home=home, token=token_for(sandbox.url))
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["ok"] and summary["pulled"]["orders"]["applied"] > 1000
    path = Path(summary["cache"])
    assert path == cache_path("owner", 1) and path.is_relative_to(home), "one cache per account and shop, under home"
    engine = open_cache(path, CACHE_KEY)
    assert_mirror(engine, sandbox.storage)
    # an edit queued in the cache goes out with the next run; the human summary says so
    level = find(sandbox, "inventory", "location_id = 1")[0]
    perform(engine, OWNER, "inventory.adjust", level["id"], delta=2, reason="received")
    engine.dispose()
    again = run_cli("--server", sandbox.url, home=home, token=token_for(sandbox.url))
    assert again.returncode == 0, again.stderr
    assert "orders" in again.stderr and "records" in again.stderr, "a progress bar per resource"
    assert "1 edits sent" in again.stdout and "Waiting: 0" in again.stdout
    assert sandbox.storage.get("inventory", level["id"])["on_hand"] == level["on_hand"] + 2


def test_cli_sync_says_clearly_what_went_wrong(sandbox, tmp_path):
    home = tmp_path / "home"
    bad = run_cli("--server", sandbox.url, home=home, token="not-a-token")
    assert bad.returncode == 2 and "not signed in" in bad.stderr
    down = run_cli("--server", f"http://127.0.0.1:{free_port()}", home=home, token="x")
    assert down.returncode == 1 and "could not be reached" in down.stderr
    insecure = run_cli("--server", "http://shop.example.com", home=home, token="x")
    assert insecure.returncode == 1 and "https" in insecure.stderr
    assert not (home / "caches").exists() or not any((home / "caches").iterdir()), "nothing written on failure"


def test_killing_the_platform_process_mid_full_sync_then_syncing_again_mirrors_it(shop_db, tmp_path, monkeypatch):
    """The sandbox is a separate process, SIGKILLed while the CLI pages through orders."""
    home = tmp_path / "home"
    monkeypatch.setenv("MERCHANT_APP_HOME", str(home))
    port = free_port()
    proc = start_sandbox_process(shop_db, port, home)
    url = f"http://127.0.0.1:{port}"
    token = token_for(url)
    # slow the orders pages down so the kill lands in the middle of them
    httpx.put(f"{url}/v1/_admin/faults", json={"rules": [{"route": "^/v1/orders$", "latency_ms": 150}]})
    env = dict(os.environ, MERCHANT_APP_HOME=str(home), MERCHANT_APP_TOKEN=token, MERCHANT_APP_CACHE_KEY=CACHE_KEY.hex())
    cli = subprocess.Popen([sys.executable, "-m", "merchant_app", "sync", "--server", url, "--json"], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    path = cache_path("owner", 1)

    def orders_in_cache() -> int:
        if not path.exists():
            return 0
        try:
            conn = cache_connect(path, CACHE_KEY)   # the CLI's cache is encrypted
            try:
                conn.execute("PRAGMA busy_timeout = 5000")
                return conn.execute("SELECT count(*) FROM orders").fetchone()[0]
            finally:
                conn.close()
        except sqlcipher.Error:  # the schema (or the encrypted file) may not be there yet
            return 0

    wait_until(lambda: orders_in_cache() >= 1000, 120, "the sync to be in the middle of orders")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    out, err = cli.communicate(timeout=180)
    assert cli.returncode == 1, (out, err)
    partial = orders_in_cache()
    assert 1000 <= partial < 5000, partial
    proc = start_sandbox_process(shop_db, port, home)
    try:
        again = run_cli("--server", url, "--json", home=home, token=token)
        assert again.returncode == 0, again.stderr
        engine = open_cache(path, CACHE_KEY)
        storage = Storage(shop_db)
        assert_mirror(engine, storage)
        engine.dispose()
        storage.engine.dispose()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()

