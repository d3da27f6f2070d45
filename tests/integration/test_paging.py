"""Incremental pull: complete, gap-free and duplicate-free paging, even while the shop changes."""

from __future__ import annotations

from merchant_app.sandbox import schemas

from .conftest import Api, admin, find, page_while_writing


def test_paging_every_resource_returns_each_record_once_and_valid(api, sandbox):
    owner = api("owner")
    for resource, model in schemas.RESOURCES.items():
        items, cursor = owner.pull_all(resource, limit=500)
        ids = [it["id"] for it in items]
        assert len(ids) == len(set(ids)), resource
        assert len(ids) == sandbox.storage.count(resource), resource
        for it in items[:200]:
            model.model_validate(it)
        stamps = [(it["updated_at"], it["id"]) for it in items]
        assert stamps == sorted(stamps), f"{resource} is not ordered by (updated_at, id)"
        # nothing new: the cursor returns an empty page
        page = owner.get(f"/v1/{resource}", updated_since=cursor).json()
        assert page == {"items": [], "next_cursor": cursor, "has_more": False}


def test_small_pages_and_limits(api):
    owner = api("owner")
    first = owner.get("/v1/orders", limit=3).json()
    assert len(first["items"]) == 3 and first["has_more"]
    second = owner.get("/v1/orders", limit=3, updated_since=first["next_cursor"]).json()
    assert not {o["id"] for o in first["items"]} & {o["id"] for o in second["items"]}
    assert owner.get("/v1/orders", limit=501).status_code == 422
    assert owner.get("/v1/orders", limit=0).status_code == 422
    r = owner.get("/v1/orders", updated_since="garbage")
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_cursor"
    r = owner.get("/v1/listings", updated_since=first["next_cursor"])
    assert r.status_code == 400, "a cursor of orders is refused for listings"


def test_timestamp_cursor_starts_after_that_time(api):
    owner = api("owner")
    items, _ = owner.pull_all("orders")
    middle = items[len(items) // 2]["updated_at"]
    later, _ = owner.pull_all("orders", cursor=middle)
    assert later and all(o["updated_at"] > middle for o in later)
    assert len(later) == sum(1 for o in items if o["updated_at"] > middle)


def test_paging_under_concurrent_writes_has_no_gap_and_no_stale_duplicate(api, sandbox):
    """Edits land while a client pages through orders 25 at a time: when it reaches the end it holds
    the latest version of every order, and an order came twice only if it changed in between."""
    page_while_writing(sandbox, api("owner"), [o["id"] for o in find(sandbox, "orders", "1=1")])


def test_deletions_come_back_as_tombstones(api, sandbox):
    owner = api("owner")
    _, cursor = owner.pull_all("listings")
    draft = find(sandbox, "listings", "json_extract(body, '$.status') IN ('draft', 'delisted')")
    target = next(d for d in draft
                  if all(lv["committed"] == 0 for lv in find(sandbox, "inventory", f"listing_id = {d['id']}")))
    r = owner.write("DELETE", f"/v1/listings/{target['id']}", version=target["version"])
    assert r.status_code == 200, r.text
    assert r.json() == {"id": target["id"], "version": target["version"] + 1, "updated_at": r.json()["updated_at"],
                        "deleted": True}
    other = find(sandbox, "reviews", "1=1")[0]
    admin(sandbox, f"delete/reviews/{other['id']}")

    changed, _ = owner.pull_all("listings", cursor=cursor)
    tomb = next(it for it in changed if it["id"] == target["id"])
    assert tomb["deleted"] is True and set(tomb) == {"id", "version", "updated_at", "deleted"}
    schemas.Tombstone.model_validate(tomb)
    assert owner.get(f"/v1/listings/{target['id']}").status_code == 404
    reviews, _ = owner.pull_all("reviews")
    assert any(it["id"] == other["id"] and it["deleted"] for it in reviews)
    # its stock levels went with it
    levels, _ = owner.pull_all("inventory")
    gone = {v["id"] for v in target["variants"]}
    assert not [lv for lv in levels if not lv["deleted"] and lv["variant_id"] in gone]
    assert sum(1 for lv in levels if lv["deleted"]) >= len(gone)


def test_a_cursor_from_another_history_of_the_shop_asks_for_a_full_pull(api, sandbox, tmp_path):
    """A shop regenerated (or restored from a backup) invalidates the cursors clients hold: 410, start over."""
    from merchant_app.sandbox.app import SandboxConfig
    from merchant_app.sandbox.server import SandboxServer

    _, cursor = api("owner").pull_all("customers")
    other_db = f"sqlite:///{tmp_path / 'other.db'}"
    with SandboxServer(SandboxConfig(db_url=other_db, seed=99)) as other:
        client = Api(other.url, "owner")
        r = client.get("/v1/customers", updated_since=cursor)
        assert r.status_code == 410 and r.json()["error"]["code"] == "cursor_reset"
        assert client.get("/v1/customers", limit=5).status_code == 200
