"""Malformed pages and records thrown at the real pull (issue 7): an httpx transport between the
platform client and the real sandbox corrupts the orders pages it is told to. No crash; a page that
is not a page stops the pull with the cursor where it was; bad records are quarantined with a reason
and the good ones of their page stored; a clean sync afterwards converges."""

from __future__ import annotations

import json

import httpx
import pytest
from sqlalchemy import text

from merchant_app.platform.wire import MalformedPage
from merchant_app.store import open_cache
from merchant_app.sync.pull import Puller

from .conftest import Api, connect

HUGE = "x" * 1_000_000


def corrupt_records(items: list) -> list:
    items = [dict(i) for i in items]
    items[0]["total"] = "lots"                                   # wrong type
    items[1]["status"] = "teleported"                            # unknown enum value
    items[2]["customer"] = {**items[2]["customer"], "name": HUGE}  # a 1 MB string
    del items[3]["id"]                                           # no id
    items[4] = "an order"                                        # not even an object
    items[5]["lines"] = {"sku": 1}                               # wrong shape
    items[6]["number"] = HUGE
    items[7]["payment_method"] = None
    return items


class Corrupting(httpx.BaseTransport):
    """Passes everything through but the orders pages named in ``plan`` (by request number, from 1)."""

    def __init__(self, inner: httpx.BaseTransport, plan: dict) -> None:
        self.inner, self.plan, self.pages = inner, plan, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method != "GET" or request.url.path != "/v1/orders":
            return response
        self.pages += 1
        how = self.plan.get(self.pages)
        if how is None:
            return response
        body = response.read()
        if how == "records":
            page = json.loads(body)
            body = json.dumps({**page, "items": corrupt_records(page["items"])}).encode()
        elif how == "not json":
            body = b"<html><body>502 Bad Gateway</body></html>"
        elif how == "wrong shape":
            body = json.dumps(json.loads(body)["items"]).encode()   # a list where a page was
        elif how == "truncated":
            body = body[: len(body) // 2]
        headers = [(k, v) for k, v in response.headers.items() if k.lower() not in ("content-length", "content-encoding")]
        return httpx.Response(response.status_code, headers=headers, content=body, request=request)


def state(engine) -> tuple[str | None, set[int], list[dict]]:
    with engine.connect() as conn:
        cursor = conn.execute(text("SELECT cursor FROM sync_state WHERE resource = 'orders'")).scalar()
        ids = set(conn.execute(text("SELECT id FROM orders")).scalars())
        quarantined = [dict(r) for r in conn.execute(text(
            "SELECT record_id, reason, length(payload) AS size FROM quarantine WHERE resource = 'orders'")).mappings()]
    return cursor, ids, quarantined


def fixture(sandbox, tmp_path, plan: dict):
    api = Api(sandbox.url, "owner")
    platform = [o["id"] for o in api.pull_all("orders")[0]]   # in the platform's order
    engine = open_cache(tmp_path / "fuzz.sqlite")
    client = connect(sandbox.url)
    transport = Corrupting(client.http._transport, plan)
    client.http._transport = transport
    return api, platform, engine, transport, Puller(engine, client, page_size=100)


def test_bad_records_are_quarantined_with_reasons_and_the_good_ones_of_their_page_stored(sandbox, tmp_path):
    api, platform, engine, _, puller = fixture(sandbox, tmp_path, {1: "records", 4: "records"})
    puller.pull("orders")
    _, ids, quarantined = state(engine)
    bad = set(platform[:8]) | set(platform[300:308])
    assert ids == set(platform) - bad
    assert len(quarantined) == 16 and all(q["reason"] for q in quarantined)
    assert {q["record_id"] for q in quarantined} - {None} <= bad
    assert sum(q["record_id"] is None for q in quarantined) <= 4   # the one without an id, the non-object
    puller.pull("orders", full=True)                         # clean from the start: the quarantined ones too
    assert state(engine)[1] == set(platform)
    api.close()


def test_a_page_that_is_not_a_page_stops_the_pull_where_it_was_and_a_clean_sync_converges(sandbox, tmp_path):
    api, platform, engine, transport, puller = fixture(sandbox, tmp_path, {3: "not json"})
    with pytest.raises(MalformedPage) as stopped:
        puller.pull("orders")
    assert "json" in str(stopped.value).lower(), stopped.value

    def consistent() -> tuple:
        """What the cache holds and what the platform serves from the stored cursor: all, once."""
        cursor, ids, quarantined = state(engine)
        rest = [o["id"] for o in api.pull_all("orders", cursor)[0]] if cursor else platform
        assert not ids & set(rest) and ids | set(rest) == set(platform) and not quarantined
        return cursor, ids

    before = consistent()
    for how in ("wrong shape", "truncated", "not json"):    # more broken pages: nothing moves
        transport.plan = {transport.pages + 1: how}
        with pytest.raises(MalformedPage):
            puller.pull("orders")
        assert consistent() == before, how

    transport.plan = {}
    puller.pull("orders")                                    # the next clean sync resumes and converges
    assert state(engine)[1] == set(platform)
    api.close()
