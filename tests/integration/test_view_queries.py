"""The views' read queries over a cache pulled from the demo shop: windows, sorting, filters, search."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import text

import merchant_app.services  # noqa: F401 - registers the mutations
from merchant_app.platform.client import PlatformClient
from merchant_app.sandbox.app import SandboxConfig
from merchant_app.sandbox.server import SandboxServer
from merchant_app.services.edits import Actor, perform
from merchant_app.store import open_cache
from merchant_app.store.queries import LISTINGS_VIEW, LOW_STOCK_DEFAULT, ORDERS_VIEW, STOCK_VIEW, FilterState
from merchant_app.store.search import matching_listing_ids
from merchant_app.sync.pull import Puller

OWNER = Actor("owner", "owner")


@pytest.fixture(scope="module")
def cache(shop_template, tmp_path_factory):
    """A cache holding the whole small demo shop (pulled once for the module; tests only read)."""
    root = tmp_path_factory.mktemp("views")
    shutil.copyfile(shop_template, root / "shop.db")
    with SandboxServer(SandboxConfig(db_url=f"sqlite:///{root / 'shop.db'}", live_activity=False)) as server:
        client = PlatformClient(server.url)
        client.sign_in("owner", "demo")
        engine = open_cache(root / "cache.sqlite")
        Puller(engine, client).pull_all()
        client.close()
    yield engine
    engine.dispose()


def everything(conn, query, state, sort=None, desc=None):
    return query.window(conn, state, 0, 10**9, sort, desc)


@pytest.mark.parametrize("query", [LISTINGS_VIEW, STOCK_VIEW, ORDERS_VIEW], ids=lambda q: q.name)
def test_windows_tile_the_sorted_result_with_no_gap_or_overlap(cache, query):
    with cache.connect() as conn:
        state = FilterState()
        total = query.count(conn, state)
        assert total > 100
        for column in query.columns:
            for desc in (False, True):
                full = everything(conn, query, state, column.key, desc)
                assert len(full) == total
                tiled = []
                for offset in range(0, total, 97):
                    tiled += query.window(conn, state, offset, 97, column.key, desc)
                assert [r[0] for r in tiled] == [r[0] for r in full], column.key
                # the position of a record is its index in the sorted result
                for i in (0, total // 3, total - 1):
                    assert query.position(conn, state, full[i][0], column.key, desc) == i, (column.key, desc, i)


def test_listing_filters_agree_with_plain_sql(cache):
    q = LISTINGS_VIEW
    with cache.connect() as conn:
        def ids(**values):
            return {r[0] for r in everything(conn, q, FilterState(values))}

        active = set(conn.execute(text("SELECT id FROM listings WHERE status = 'active'")).scalars())
        assert ids(status="active") == active and active
        category = conn.execute(text("SELECT category FROM listings LIMIT 1")).scalar()
        assert ids(category=category) == set(conn.execute(
            text("SELECT id FROM listings WHERE category = :c"), {"c": category}).scalars())
        stock = dict(conn.execute(text(
            "SELECT l.id, coalesce(sum(i.available), 0) FROM listings l LEFT JOIN inventory_levels i "
            "ON i.listing_id = l.id GROUP BY l.id")).all())
        assert ids(stock="out") == {i for i, s in stock.items() if s <= 0}
        assert ids(stock="low") == {i for i, s in stock.items() if 0 < s <= LOW_STOCK_DEFAULT}
        assert ids(stock="in") == {i for i, s in stock.items() if s > LOW_STOCK_DEFAULT}
        prices = dict(conn.execute(text("SELECT id, min_price FROM listings")).all())
        lo, hi = sorted(p for p in prices.values() if p)[len(prices) // 3], sorted(p for p in prices.values() if p)[
            2 * len(prices) // 3]
        inside = ids(price_min=lo, price_max=hi)
        assert inside and all(prices[i] <= hi for i in inside)
        no_image = set(conn.execute(text("SELECT id FROM listings WHERE json_array_length(image_urls) = 0")).scalars())
        assert ids(incomplete="no_image") == no_image
        # filters combine
        assert ids(status="active", stock="out") == active & ids(stock="out")


def test_search_finds_chinese_english_and_skus_by_any_part(cache):
    with cache.connect() as conn:
        def found(query):
            return set(conn.execute(matching_listing_ids(query)).scalars())

        zh = conn.execute(text("SELECT id, title FROM listings WHERE title GLOB '*[一-龥][一-龥][一-龥]*' "
                               "LIMIT 1")).first()
        assert zh is not None, "the demo shop has Chinese titles"
        chinese = next(zh.title[i:i + 3] for i in range(len(zh.title))
                       if all('\u4e00' <= ch <= '\u9fa5' for ch in zh.title[i:i + 3]) and len(zh.title[i:i + 3]) == 3)
        assert zh.id in found(chinese)
        two = chinese[:2]  # shorter than a trigram: the LIKE fallback
        assert zh.id in found(two)
        assert found(two) == set(conn.execute(text(
            "SELECT id FROM listings WHERE title LIKE :p OR brand LIKE :p OR category LIKE :p UNION "
            "SELECT listing_id FROM variants WHERE sku LIKE :p OR barcode LIKE :p"), {"p": f"%{two}%"}).scalars())
        sku, listing_id = conn.execute(text("SELECT sku, listing_id FROM variants LIMIT 1 OFFSET 40")).first()
        assert listing_id in found(sku[2:-1].lower()), "any part of a SKU, in any case"
        en = conn.execute(text("SELECT id, title FROM listings WHERE title GLOB '*[A-Za-z][A-Za-z][A-Za-z][A-Za-z]*' "
                               "LIMIT 1")).first()
        words = [w for w in en.title.split() if len(w) >= 3][:2]
        assert en.id in found(" ".join(w.upper() for w in words)), "every word, case-insensitive"
        # FTS5 syntax in the search box is just text
        for odd in ('"', 'AND', "a*b", "100%", "x_y", "NEAR(", "'; DROP TABLE listings; --"):
            found(odd)
        assert found("no such thing zzzq") == set()


def test_search_follows_edits_in_the_same_transaction(cache, tmp_path):
    with cache.connect() as conn:
        listing_id = conn.execute(text("SELECT id FROM listings WHERE status = 'active' LIMIT 1")).scalar()
    perform(cache, OWNER, "listings.update", listing_id, title="Hand-thrown celadon teapot 青瓷茶壶")
    with cache.connect() as conn:
        assert set(conn.execute(matching_listing_ids("celadon")).scalars()) == {listing_id}
        assert listing_id in set(conn.execute(matching_listing_ids("青瓷茶")).scalars())
        q = LISTINGS_VIEW
        rows = q.window(conn, FilterState(text="celadon teapot"), 0, 10)
        assert [r[0] for r in rows] == [listing_id]
        assert q.count(conn, FilterState({"status": "active"}, "celadon")) == 1


def test_stock_view_filters_by_location_and_state(cache):
    q = STOCK_VIEW
    with cache.connect() as conn:
        location = conn.execute(text("SELECT id FROM locations ORDER BY id LIMIT 1")).scalar()
        got = {r[0] for r in everything(conn, q, FilterState({"location": location, "stock": "low"}))}
        assert got == set(conn.execute(text(
            "SELECT id FROM inventory_levels WHERE location_id = :l AND available > 0 AND available <= :t"),
            {"l": location, "t": LOW_STOCK_DEFAULT}).scalars())
        sku = conn.execute(text("SELECT sku FROM inventory_levels LIMIT 1 OFFSET 7")).scalar()
        assert sku in {r[1] for r in everything(conn, q, FilterState(text=sku))}
