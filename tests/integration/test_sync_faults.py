"""The sync under fire: a hostile network, a busy platform, a killed client."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx
from sqlalchemy import func, select, text

import merchant_app.services  # noqa: F401 - registers the mutations
from merchant_app.models import Base
from merchant_app.platform.client import PlatformClient, Unreachable
from merchant_app.sandbox.activity import LiveActivity
from merchant_app.services.conflicts import open_conflicts, resolve
from merchant_app.services.edits import Actor, ServiceError, perform
from merchant_app.store import open_cache
from merchant_app.sync.pull import Puller
from merchant_app.sync.push import Pusher

from .conftest import find
from .test_pull import assert_mirror

OWNER = Actor("owner", "owner")
OUTBOX = Base.metadata.tables["outbox"]


def connect(url: str) -> PlatformClient:
    client = PlatformClient(url, backoff_base=0.02, backoff_cap=0.3, max_attempts=10)
    client.sign_in("owner", "demo")
    return client


def patiently(step, tries: int = 20):
    """A sync step run until the network lets it through, as the background sync would."""
    for _ in range(tries):
        try:
            return step()
        except Unreachable:
            time.sleep(0.1)
    raise AssertionError("the platform stayed unreachable")


def server_count(sandbox, sql: str, **params) -> int:
    with sandbox.storage.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def test_edits_under_faults_and_platform_activity_converge_exactly_once(sandbox, tmp_path):
    engine = open_cache(tmp_path / "cache.sqlite")
    client = connect(sandbox.url)
    puller, pusher = Puller(engine, client), Pusher(engine, client, retry_base=0.02, retry_cap=0.2)
    patiently(lambda: puller.pull_all())
    httpx.put(f"{sandbox.url}/v1/_admin/faults", json={"seed": 5, "rules": [
        {"route": "^/v1/", "error_rate": 0.2, "throttle_rate": 0.1, "drop_rate": 0.05, "latency_ms": 5}]})
    activity = LiveActivity(sandbox.storage, seed=3)

    levels = [lv["id"] for lv in find(sandbox, "inventory", "location_id = 1 AND json_extract(body, '$.available') > 60")]
    tickets = [t["id"] for t in find(sandbox, "tickets", "json_extract(body, '$.status') NOT IN ('closed')")]
    reviews = [r["id"] for r in find(sandbox, "reviews", "1=1")]
    orders = [o["id"] for o in find(sandbox, "orders", "1=1")]
    listings = [x["id"] for x in find(sandbox, "listings", "json_extract(body, '$.status') = 'active'")]
    tags: dict[str, str] = {}  # unique text of each edit -> its kind
    made = 0
    for i in range(500):
        kind = ("stock", "note", "reply", "review", "listing")[i % 5]
        tag = f"edit-{i:03d}"
        try:
            if kind == "stock":
                perform(engine, OWNER, "inventory.adjust", levels[i % len(levels)], delta=1, reason="correction",
                        note=tag)
            elif kind == "note":
                perform(engine, OWNER, "orders.add_note", orders[i % len(orders)], body=tag)
            elif kind == "reply" and tickets:
                perform(engine, OWNER, "tickets.reply", tickets[i % len(tickets)], body=tag)
            elif kind == "review":
                perform(engine, OWNER, "reviews.reply", reviews[i % len(reviews)], body=tag)
            else:
                perform(engine, OWNER, "listings.update", listings[i % len(listings)], description=tag)
        except ServiceError:
            continue
        tags[tag] = kind
        made += 1
        if i % 25 == 0:  # the platform keeps moving: a day of orders, messages, price changes...
            for _ in range(10):
                activity.step()
        if i % 100 == 99:
            patiently(lambda: pusher.push())
    assert made >= 450
    # settle: push everything, keep mine on every conflict, until the outbox is empty
    for _ in range(30):
        patiently(lambda: pusher.push(wait_for_retries=True))
        conflicts = open_conflicts(engine)
        for c in conflicts:
            resolve(engine, OWNER, c["id"], "keep_mine")
        if not conflicts and pusher.pending() == 0:
            break
    httpx.delete(f"{sandbox.url}/v1/_admin/faults")
    patiently(lambda: puller.pull_all())
    with engine.connect() as conn:
        states = dict(conn.execute(select(OUTBOX.c.state, func.count()).group_by(OUTBOX.c.state)).all())
    assert states == {"done": made}, states
    assert_mirror(engine, sandbox.storage)
    # every edit applied exactly once on the platform
    assert server_count(sandbox, "SELECT count(*) FROM idempotency_keys WHERE user_id = 1") == made
    for tag, kind in tags.items():
        if kind == "stock":
            n = server_count(sandbox, "SELECT count(*) FROM inventory_adjustments WHERE json_extract(body, '$.note') = :t", t=tag)
        elif kind == "note":
            n = server_count(sandbox, "SELECT count(*) FROM orders, json_each(orders.body, '$.events') e "
                                      "WHERE json_extract(e.value, '$.message') = :t", t=tag)
        elif kind == "reply":
            n = server_count(sandbox, "SELECT count(*) FROM tickets, json_each(tickets.body, '$.messages') m "
                                      "WHERE json_extract(m.value, '$.body') = :t", t=tag)
        else:
            continue  # a later reply or description replaces an earlier one: counted by the key total
        assert n == 1, (tag, n)


PUSH_SCRIPT = """
import sys
import merchant_app.services
from merchant_app.platform.client import PlatformClient
from merchant_app.store import open_cache
from merchant_app.sync.push import Pusher
engine = open_cache(sys.argv[1])
client = PlatformClient(sys.argv[2])
client.sign_in("owner", "demo")
print("pushing", flush=True)
Pusher(engine, client, concurrency=2).push(wait_for_retries=True)
print("finished", flush=True)
"""


def test_a_client_killed_mid_push_replays_its_outbox_with_the_same_keys(sandbox, tmp_path):
    path = tmp_path / "cache.sqlite"
    engine = open_cache(path)
    client = connect(sandbox.url)
    puller = Puller(engine, client)
    puller.pull("locations")
    puller.pull("inventory")
    levels = find(sandbox, "inventory", "location_id = 1")[:20]
    before = {lv["id"]: lv["on_hand"] for lv in levels}
    for round_ in range(3):
        for lv in levels:
            perform(engine, OWNER, "inventory.adjust", lv["id"], delta=round_ + 1, reason="received")
    with engine.connect() as conn:
        keys = set(conn.execute(select(OUTBOX.c.idempotency_key)).scalars())
    assert len(keys) == 60
    httpx.put(f"{sandbox.url}/v1/_admin/faults", json={"rules": [{"route": "/adjust$", "latency_ms": 120}]})
    proc = subprocess.Popen([sys.executable, "-c", PUSH_SCRIPT, str(path), sandbox.url],
                            stdout=subprocess.PIPE, text=True, env=dict(os.environ))
    assert proc.stdout.readline().strip() == "pushing"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        applied = server_count(sandbox, "SELECT count(*) FROM idempotency_keys WHERE user_id = 1")
        if applied >= 10:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    httpx.delete(f"{sandbox.url}/v1/_admin/faults")
    applied_at_kill = server_count(sandbox, "SELECT count(*) FROM idempotency_keys WHERE user_id = 1")
    assert 10 <= applied_at_kill < 60, "the client died in the middle of its push"
    with engine.connect() as conn:
        states = dict(conn.execute(select(OUTBOX.c.state, func.count()).group_by(OUTBOX.c.state)).all())
    assert states.get("in_flight", 0) + states.get("pending", 0) > 0
    # the next start replays what was left, with the keys it had
    result = Pusher(engine, client).push(wait_for_retries=True)
    assert result.deferred == 0
    with engine.connect() as conn:
        assert set(conn.execute(select(OUTBOX.c.idempotency_key)).scalars()) == keys
        assert dict(conn.execute(select(OUTBOX.c.state, func.count()).group_by(OUTBOX.c.state)).all()) == {"done": 60}
    with sandbox.storage.engine.connect() as conn:
        server_keys = set(conn.execute(text("SELECT key FROM idempotency_keys WHERE user_id = 1")).scalars())
    assert server_keys == keys, "every change applied, none twice"
    for lv in levels:
        assert sandbox.storage.get("inventory", lv["id"])["on_hand"] == before[lv["id"]] + 6
