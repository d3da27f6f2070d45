"""What makes the sandbox behave like a busy production platform: rate limits, faults, the feed."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from .conftest import admin, find


def test_rate_limit_answers_429_with_retry_after_and_refills(api, sandbox):
    admin(sandbox, "config", {"burst": 5, "per_second": 2})
    owner = api("owner")
    remaining = []
    for _ in range(5):
        r = owner.get("/v1/shop")
        assert r.status_code == 200
        assert r.headers["x-ratelimit-limit"] == "5"
        assert r.headers["x-ratelimit-refill"] == "2"
        remaining.append(int(r.headers["x-ratelimit-remaining"]))
    assert remaining == sorted(remaining, reverse=True) and remaining[-1] <= 1
    r = owner.get("/v1/shop")
    assert r.status_code == 429
    assert r.json()["error"]["code"] == "rate_limited"
    retry_after = int(r.headers["retry-after"])
    assert 1 <= retry_after <= 2
    time.sleep(retry_after)
    assert owner.get("/v1/shop").status_code == 200
    # buckets are per token: another session is not throttled by this one
    assert api("merchant").get("/v1/shop").status_code == 200


def test_unknown_rate_profile_is_refused(sandbox):
    r = httpx.post(f"{sandbox.url}/v1/_admin/config", json={"rate_limit": "glacial"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "unknown_profile"


def test_realistic_profile_is_burst_40_at_2_per_second(api, sandbox):
    admin(sandbox, "config", {"rate_limit": "realistic"})
    owner = api("owner")
    started = time.perf_counter()
    codes = [owner.get("/v1/shop").status_code for _ in range(60)]
    elapsed = time.perf_counter() - started
    assert codes[:40] == [200] * 40, "the whole burst is granted"
    assert 429 in codes
    # beyond the burst, no more than the refill rate got through
    assert codes.count(200) <= 40 + 2 * elapsed + 1


def test_injected_errors_latency_and_storms(api, sandbox):
    owner = api("owner")
    r = httpx.put(f"{sandbox.url}/v1/_admin/faults", json={"rules": [
        {"route": "^/v1/orders$", "error_rate": 1.0, "error_status": 502},
        {"route": "^/v1/shop$", "latency_ms": 300},
    ]})
    assert r.status_code == 200
    r = owner.get("/v1/orders")
    assert r.status_code == 502 and r.json()["error"]["code"] == "injected_fault"
    assert owner.get("/v1/listings", limit=1).status_code == 200, "faults apply per route"
    started = time.perf_counter()
    assert owner.get("/v1/shop").status_code == 200
    assert time.perf_counter() - started >= 0.3
    httpx.put(f"{sandbox.url}/v1/_admin/faults", json={"rules": [{"route": "^/v1/", "storm_seconds": 1.0,
                                                                   "storm_retry_after": 1}]})
    r = owner.get("/v1/listings")
    assert r.status_code == 429 and r.headers["retry-after"] == "1"
    time.sleep(1.1)
    assert owner.get("/v1/listings", limit=1).status_code == 200
    httpx.delete(f"{sandbox.url}/v1/_admin/faults")
    assert owner.get("/v1/orders", limit=1).status_code == 200


def test_dropped_connection_after_apply_and_the_retry_is_exactly_once(api, sandbox):
    owner = api("owner")
    level = find(sandbox, "inventory", "location_id = 1")[0]
    httpx.put(f"{sandbox.url}/v1/_admin/faults", json={"rules": [{"route": "/adjust$", "drop_rate": 1.0}]})
    body = {"delta": 4, "reason": "received"}
    with pytest.raises(httpx.TransportError):
        owner.write("POST", f"/v1/inventory/{level['id']}/adjust", body, version=level["version"], key="drop-1")
    # the platform applied it; the response was lost
    assert owner.record("inventory", level["id"])["on_hand"] == level["on_hand"] + 4
    httpx.delete(f"{sandbox.url}/v1/_admin/faults")
    r = owner.write("POST", f"/v1/inventory/{level['id']}/adjust", body, version=level["version"], key="drop-1")
    assert r.status_code == 200 and r.headers["idempotent-replayed"] == "true"
    assert owner.record("inventory", level["id"])["on_hand"] == level["on_hand"] + 4


def test_malformed_records_can_be_injected(api, sandbox):
    owner = api("owner")
    httpx.put(f"{sandbox.url}/v1/_admin/faults", json={"seed": 3, "rules": [{"route": "^/v1/reviews$",
                                                                              "malformed_rate": 0.5}]})
    items = owner.get("/v1/reviews", limit=100).json()["items"]
    broken = [it for it in items if not isinstance(it, dict) or "id" not in it or not isinstance(it.get("version"), int)
              or it.get("status") == "teleported" or it.get("updated_at") is None
              or len(str(it.get("body", ""))) > 1_000_000]
    assert 25 <= len(broken) <= 75


def test_change_feed_reports_a_change_within_a_second(api, sandbox):
    owner = api("owner")
    start = owner.get("/v1/events").json()
    assert start["events"] == [] and start["reset"] is False
    level = find(sandbox, "inventory", "location_id = 1")[0]
    result = {}

    def listen():
        t0 = time.perf_counter()
        result["page"] = owner.get("/v1/events", since=start["next"], timeout=10).json()
        result["at"] = time.perf_counter() - t0

    listener = threading.Thread(target=listen)
    listener.start()
    time.sleep(0.5)
    writer = api("merchant")
    t_write = time.perf_counter()
    r = writer.write("POST", f"/v1/inventory/{level['id']}/adjust", {"delta": 1, "reason": "received"},
                     version=level["version"])
    assert r.status_code == 200
    listener.join()
    page = result["page"]
    assert {"resource": "inventory", "id": level["id"], "kind": "updated"}.items() <= page["events"][0].items()
    assert any(e["resource"] == "inventory_adjustments" and e["kind"] == "created" for e in page["events"])
    assert result["at"] < 0.5 + (time.perf_counter() - t_write) + 1.0
    assert page["next"] == page["events"][-1]["seq"]
    # nothing more: a short poll times out empty, with the same position
    again = owner.get("/v1/events", since=page["next"], timeout=0.2).json()
    assert again == {"events": [], "next": page["next"], "reset": False}
    # a position from before the feed began asks for a full pull
    assert owner.get("/v1/events", since=0, timeout=0).json()["reset"] is True


def test_the_server_socket_says_it_is_tcp_so_answers_are_not_held_back(sandbox):
    """asyncio sets TCP_NODELAY only on sockets created as IPPROTO_TCP; without it every answer on a
    kept-alive connection waited for the client's delayed ACK (~40 ms, Nagle's algorithm)."""
    import socket

    assert sandbox._sock.proto == socket.IPPROTO_TCP
