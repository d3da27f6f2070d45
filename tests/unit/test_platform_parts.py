"""Pure parts of the sandbox: token buckets, cursors, the permission table, the change sequence."""

from __future__ import annotations

import base64
import time

import pytest

from merchant_app.sandbox.app import ApiError, decode_cursor, encode_cursor
from merchant_app.sandbox.permissions import PERMISSIONS, READ_PERMISSION, allowed, permissions_of
from merchant_app.sandbox.ratelimit import RateProfile, TokenBuckets
from merchant_app.sandbox.schemas import RESOURCES
from merchant_app.sandbox.storage import Clock, Storage


def test_bucket_allows_the_burst_then_asks_to_wait():
    buckets = TokenBuckets(RateProfile(burst=3, per_second=1.0))
    assert [buckets.take("a")[0] for _ in range(3)] == [True, True, True]
    ok, remaining, retry_after = buckets.take("a")
    assert not ok and remaining == 0 and retry_after == 1
    assert buckets.take("b")[0], "each token has its own bucket"


def test_bucket_refills_at_its_rate():
    buckets = TokenBuckets(RateProfile(burst=2, per_second=20.0))
    buckets.take("a"), buckets.take("a")
    assert not buckets.take("a")[0]
    time.sleep(0.06)
    assert buckets.take("a")[0]


def test_cursor_round_trip_and_refusals(tmp_path):
    storage = Storage(f"sqlite:///{tmp_path / 'p.db'}")
    with storage.transaction() as tx:
        for i in (1, 2, 3):
            tx.put("locations", {"id": i, "name": "L", "code": f"L{i}", "allows_backorder": False}, created=True)
    h = storage.history
    assert decode_cursor("orders", encode_cursor("orders", 2, h), storage) == 2
    assert decode_cursor("orders", None, storage) == 0
    for foreign in (encode_cursor("orders", 1234, h), encode_cursor("orders", 2, "0ther")):
        with pytest.raises(ApiError) as err:
            decode_cursor("orders", foreign, storage)
        assert (err.value.status, err.value.code) == (410, "cursor_reset")
    for bad in ("c1.!!!", "c1." + base64.urlsafe_b64encode(b"orders:two:" + h.encode()).decode(), "yesterday"):
        with pytest.raises(ApiError) as err:
            decode_cursor("orders", bad, storage)
        assert err.value.code == "invalid_cursor"
    with pytest.raises(ApiError):
        decode_cursor("listings", encode_cursor("orders", 2, h), storage)
    assert Storage(storage.url).history == h, "the history name is kept"


def test_permission_table_is_complete_and_as_documented():
    assert set(READ_PERMISSION) == set(RESOURCES)
    assert set(READ_PERMISSION.values()) <= set(PERMISSIONS)
    assert not allowed("agent", "analytics:read")
    assert not allowed("agent", "prices:write")
    assert not allowed("merchant", "campaigns:budget") and not allowed("merchant", "users:manage")
    assert set(permissions_of("owner")) == set(PERMISSIONS)
    assert allowed("agent", "orders:refund") and allowed("agent", "tickets:write")


def test_clock_never_goes_backwards():
    clock = Clock()
    stamps = [clock.now() for _ in range(1000)]
    assert all(a < b for a, b in zip(stamps, stamps[1:]))


def test_sequence_is_rolled_back_with_a_failed_transaction(tmp_path):
    storage = Storage(f"sqlite:///{tmp_path / 'p.db'}")
    with storage.transaction() as tx:
        tx.put("locations", {"id": 1, "name": "A", "code": "A", "allows_backorder": False}, created=True)
    before = storage.latest_seq
    with pytest.raises(RuntimeError):
        with storage.transaction() as tx:
            tx.put("locations", {"id": 2, "name": "B", "code": "B", "allows_backorder": False}, created=True)
            raise RuntimeError("rule broken")
    assert storage.latest_seq == before
    assert storage.get("locations", 2) is None
    with storage.transaction() as tx:
        rec = tx.put("locations", {"id": 2, "name": "B", "code": "B", "allows_backorder": False}, created=True)
    assert storage.page("locations", before, 10)[1] == before + 1
    assert rec["version"] == 1
    reopened = Storage(storage.url)
    assert reopened.latest_seq == storage.latest_seq, "the sequence survives a restart"
