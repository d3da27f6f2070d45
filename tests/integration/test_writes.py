"""Exactly-once writes (Idempotency-Key) and optimistic concurrency (If-Match)."""

from __future__ import annotations

from .conftest import find


def _active_listing(sandbox):
    return find(sandbox, "listings", "json_extract(body, '$.status') = 'active'")[0]


def test_replaying_an_idempotency_key_returns_the_first_response_and_applies_once(api, sandbox):
    owner = api("owner")
    level = find(sandbox, "inventory", "location_id = 1")[0]
    body = {"delta": 7, "reason": "received", "note": "PO-1001"}
    first = owner.write("POST", f"/v1/inventory/{level['id']}/adjust", body, version=level["version"], key="k-adj-1")
    assert first.status_code == 200, first.text
    again = owner.write("POST", f"/v1/inventory/{level['id']}/adjust", body, version=level["version"], key="k-adj-1")
    assert again.status_code == 200
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json() == first.json()
    now = owner.record("inventory", level["id"])
    assert now["on_hand"] == level["on_hand"] + 7
    assert now["version"] == level["version"] + 1
    moves = find(sandbox, "inventory_adjustments", f"inventory_level_id = {level['id']} AND "
                                                   "json_extract(body, '$.note') = 'PO-1001'")
    assert len(moves) == 1


def test_same_key_with_a_different_request_is_422(api, sandbox):
    owner = api("owner")
    level = find(sandbox, "inventory", "location_id = 1")[0]
    ok = owner.write("POST", f"/v1/inventory/{level['id']}/adjust", {"delta": 1, "reason": "received"},
                     version=level["version"], key="k-reuse")
    assert ok.status_code == 200
    r = owner.write("POST", f"/v1/inventory/{level['id']}/adjust", {"delta": 2, "reason": "received"},
                    version=level["version"], key="k-reuse")
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "idempotency_key_reused"
    assert owner.record("inventory", level["id"])["on_hand"] == level["on_hand"] + 1


def test_keys_belong_to_their_user(api, sandbox):
    owner, merchant = api("owner"), api("merchant")
    level = find(sandbox, "inventory", "location_id = 1")[0]
    a = owner.write("POST", f"/v1/inventory/{level['id']}/adjust", {"delta": 1, "reason": "received"},
                    version=level["version"], key="shared-key")
    b = merchant.write("POST", f"/v1/inventory/{level['id']}/adjust", {"delta": 1, "reason": "received"},
                       version=level["version"] + 1, key="shared-key")
    assert a.status_code == 200 and b.status_code == 200
    assert "idempotent-replayed" not in b.headers
    assert owner.record("inventory", level["id"])["on_hand"] == level["on_hand"] + 2


def test_writes_without_an_idempotency_key_are_refused(api, sandbox):
    owner = api("owner")
    listing = _active_listing(sandbox)
    r = owner.http.post(f"/v1/listings/{listing['id']}/delist", headers={"If-Match": str(listing["version"])})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "idempotency_key_required"
    assert owner.record("listings", listing["id"])["status"] == "active"


def test_stale_if_match_is_409_with_the_current_record(api, sandbox):
    owner = api("owner")
    listing = _active_listing(sandbox)
    variant = listing["variants"][0]
    # the platform (or another desktop) changes the listing first
    first = owner.write("POST", f"/v1/listings/{listing['id']}/variants/{variant['id']}/price",
                        {"price": variant["price"] + 500}, version=listing["version"])
    assert first.status_code == 200
    assert first.headers["etag"] == f'"{listing["version"] + 1}"'
    stale = owner.write("PATCH", f"/v1/listings/{listing['id']}", {"title": "Mine"}, version=listing["version"])
    assert stale.status_code == 409
    body = stale.json()
    assert body["error"]["code"] == "version_conflict"
    assert body["current"]["version"] == listing["version"] + 1
    assert body["current"]["variants"][0]["price"] == variant["price"] + 500
    assert owner.record("listings", listing["id"])["title"] == listing["title"]
    # re-sent on the new version it applies
    again = owner.write("PATCH", f"/v1/listings/{listing['id']}", {"title": "Mine"}, version=body["current"]["version"])
    assert again.status_code == 200 and again.json()["title"] == "Mine"


def test_updates_without_if_match_are_428(api, sandbox):
    owner = api("owner")
    listing = _active_listing(sandbox)
    r = owner.write("PATCH", f"/v1/listings/{listing['id']}", {"title": "No base"})
    assert r.status_code == 428
    assert r.json()["error"]["code"] == "precondition_required"
    r = owner.write("PATCH", f"/v1/listings/{listing['id']}", {"title": "No base"}, version="abc")  # type: ignore[arg-type]
    assert r.status_code == 400


def test_a_conflict_is_not_remembered_under_its_key(api, sandbox):
    """A 409 can be retried with the same key once the client has rebased."""
    owner = api("owner")
    listing = _active_listing(sandbox)
    r = owner.write("PATCH", f"/v1/listings/{listing['id']}", {"title": "T1"}, version=listing["version"] - 1 or 99,
                    key="k-rebase")
    assert r.status_code == 409
    r = owner.write("PATCH", f"/v1/listings/{listing['id']}", {"title": "T1"}, version=listing["version"], key="k-rebase")
    assert r.status_code == 200


def test_unknown_records_are_404_and_bad_bodies_422(api):
    owner = api("owner")
    r = owner.write("POST", "/v1/orders/999999/ship", {"carrier": "SF", "tracking_number": "1"}, version=1)
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    assert owner.get("/v1/orders/999999").status_code == 404
    r = owner.write("POST", "/v1/listings", {"title": "No variants", "category": "home", "variants": []})
    assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error"
    r = owner.write("POST", "/v1/listings", {"title": "x", "category": "home", "variants": [{"sku": "A"}],
                                             "surprise": 1})
    assert r.status_code == 422
