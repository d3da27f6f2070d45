"""The console's platform client against the real sandbox: auth, retries, pacing, validation."""

from __future__ import annotations

import base64
import time
import uuid

import httpx
import pytest

from merchant_app.platform.client import (
    AuthError, Conflict, CursorReset, Forbidden, InsecureURL, PlatformClient, Rejected, Unreachable, check_url,
)

from .conftest import admin, find


@pytest.fixture
def client(sandbox):
    c = PlatformClient(sandbox.url, backoff_base=0.01, backoff_cap=0.2)
    c.sign_in("owner", "demo")
    yield c
    c.close()


def test_plain_http_only_to_this_computer():
    assert check_url("http://127.0.0.1:8765/") == "http://127.0.0.1:8765"
    assert check_url("http://localhost:1") and check_url("http://[::1]:1") and check_url("https://shop.example")
    for bad in ("http://shop.example", "http://10.0.0.5:8765", "ftp://127.0.0.1", "not a url"):
        with pytest.raises(InsecureURL):
            check_url(bad)


def test_sign_in_and_wrong_password(sandbox):
    c = PlatformClient(sandbox.url)
    with pytest.raises(AuthError) as err:
        c.sign_in("owner", "wrong")
    assert err.value.code == "invalid_credentials"
    session = c.sign_in("agent", "demo")
    assert session.role == "agent" and session.shop["currency"] == "CNY"
    with pytest.raises(Forbidden):
        c.page("analytics/daily")


def test_an_expired_token_is_refreshed_once_transparently(sandbox, client):
    admin(sandbox, "config", {"token_ttl": 1})
    client.sign_in("owner", "demo")
    first = client.session.access_token
    time.sleep(1.2)
    admin(sandbox, "config", {"token_ttl": 3600})
    page = client.page("locations")
    assert len(page.items) == 3
    assert client.session.access_token != first


def test_a_revoked_session_asks_to_sign_in_again(sandbox):
    c = PlatformClient(sandbox.url)
    c.use_access_token("not-a-token")
    with pytest.raises(AuthError):
        c.page("locations")


def test_5xx_and_429_are_retried_until_they_pass(sandbox, client):
    httpx.put(f"{sandbox.url}/v1/_admin/faults", json={"seed": 1, "rules": [
        {"route": "^/v1/listings$", "error_rate": 0.5},
        {"route": "^/v1/customers$", "storm_seconds": 1.5, "storm_retry_after": 1}]})
    started = time.perf_counter()
    pages = [client.page("listings", limit=20) for _ in range(8)]
    assert all(len(p.items) == 20 for p in pages)
    assert len(client.page("customers", limit=5).items) == 5
    assert time.perf_counter() - started >= 1.0, "the storm's Retry-After was honoured"
    assert client.rate.throttled >= 1


def test_a_platform_that_stays_down_is_reported_unreachable(sandbox):
    c = PlatformClient(sandbox.url, max_attempts=3, backoff_base=0.01)
    c.sign_in("owner", "demo")
    httpx.put(f"{sandbox.url}/v1/_admin/faults", json={"rules": [{"route": "^/v1/orders$", "error_rate": 1.0}]})
    with pytest.raises(Unreachable):
        c.page("orders")
    dead = PlatformClient("http://127.0.0.1:9", max_attempts=2, backoff_base=0.01)
    with pytest.raises(Unreachable) as err:
        dead.sign_in("owner", "demo")
    assert err.value.code == "network"


def test_a_write_whose_answer_is_lost_is_retried_with_the_same_key_and_applies_once(sandbox, client):
    level = find(sandbox, "inventory", "location_id = 1")[0]
    httpx.put(f"{sandbox.url}/v1/_admin/faults", json={"seed": 2, "rules": [{"route": "/adjust$", "drop_rate": 0.6}]})
    key = uuid.uuid4().hex
    result = client.send("POST", f"/v1/inventory/{level['id']}/adjust", {"delta": 9, "reason": "received"},
                         idempotency_key=key, if_match=level["version"])
    assert result["on_hand"] == level["on_hand"] + 9
    httpx.delete(f"{sandbox.url}/v1/_admin/faults")
    assert client.record("inventory", level["id"])["on_hand"] == level["on_hand"] + 9


def test_refusals_come_back_typed(sandbox, client):
    level = find(sandbox, "inventory", "location_id = 1")[0]
    with pytest.raises(Conflict) as err:
        client.send("POST", f"/v1/inventory/{level['id']}/adjust", {"delta": 1, "reason": "received"},
                    idempotency_key=uuid.uuid4().hex, if_match=level["version"] - 1 or 999)
    assert err.value.current["id"] == level["id"]
    with pytest.raises(Rejected) as err:
        client.send("POST", f"/v1/inventory/{level['id']}/adjust", {"delta": 0, "reason": "received"},
                    idempotency_key=uuid.uuid4().hex, if_match=level["version"])
    assert err.value.code == "invalid_quantity" and err.value.status == 422
    with pytest.raises(Rejected):
        client.page("tickets", "c1.bm9wZQ")  # not a cursor at all
    other_history = "c1." + base64.urlsafe_b64encode(b"tickets:1:0ther").decode()
    with pytest.raises(CursorReset):
        client.page("tickets", other_history)


def test_malformed_items_are_set_apart_and_the_rest_of_the_page_is_usable(sandbox, client):
    httpx.put(f"{sandbox.url}/v1/_admin/faults", json={"seed": 4, "rules": [{"route": "^/v1/reviews$",
                                                                              "malformed_rate": 0.2}]})
    page = client.page("reviews", limit=200)
    assert page.invalid and page.items
    assert len(page.items) + len(page.invalid) == 200
    for bad in page.invalid:
        assert bad.reason and len(bad.payload) <= 20_100
    assert all(isinstance(it["id"], int) and it["status"] in ("published", "hidden", "reported")
               for it in page.items)
