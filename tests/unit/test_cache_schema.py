"""The local cache's schema and files: what a fresh cache holds, where it lives, and that the
migrations build exactly the tables the models describe."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, Index, insert, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from merchant_app.models import RECORD_TABLES, AuditEntry, Base, Conflict, OutboxEntry
from merchant_app.store import CacheTooNewError, CacheUnreadableError, cache_path, open_cache
from merchant_app.store import engine as engine_module
from merchant_app.store.schema import current_revision, head_revision, schema_differences
from merchant_app.store.search import SEARCH_TABLES, is_search_table

TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")
TS = "2026-11-20T09:15:02.123456Z"
LATER = "2026-11-21T10:00:00.000000Z"

# One row per table, keyed exactly by column names, as the sync engine writes them.
SAMPLE_ROWS: dict[str, dict[str, Any]] = {
    "listings": {
        "id": 1, "version": 3, "updated_at": TS, "created_at": "2026-10-02T08:00:00.000000Z",
        "title": "龙井绿茶 250 g", "description": "Spring harvest", "category": "tea", "brand": "West Lake",
        "tags": ["green", "明前"], "status": "active", "blocked_reason": None, "currency": "CNY",
        "image_urls": ["https://img.example/lj.jpg"], "min_price": 12800, "max_price": 23800, "variant_count": 2,
    },
    "variants": {
        "id": 11, "listing_id": 1, "sku": "LJ-250", "title": "250 g tin", "price": 12800,
        "compare_at_price": 15800, "cost": 6000, "barcode": None, "weight_grams": 300,
        "options": {"size": "250 g"}, "image_urls": [],
    },
    "locations": {"id": 1, "version": 1, "updated_at": TS, "name": "Hangzhou warehouse", "code": "HZ1",
                  "allows_backorder": False},
    "inventory_levels": {
        "id": 5, "version": 9, "updated_at": TS, "variant_id": 11, "listing_id": 1, "sku": "LJ-250",
        "location_id": 1, "on_hand": 40, "committed": 3, "available": 37,
    },
    "inventory_adjustments": {
        "id": 77, "version": 1, "updated_at": TS, "created_at": TS, "inventory_level_id": 5, "variant_id": 11,
        "location_id": 1, "delta": -2, "reason": "damaged", "note": "crushed in transit", "on_hand_after": 40,
        "actor": "merchant",
    },
    "customers": {
        "id": 300, "version": 2, "updated_at": TS, "created_at": "2025-01-05T02:00:00.000000Z", "name": "王芳",
        "email": "wang.fang@example.cn", "phone": None, "country": "CN", "province": "浙江", "city": "杭州",
        "tags": ["vip"],
    },
    "orders": {
        "id": 9001, "version": 4, "updated_at": TS, "number": "SO-2026-009001", "created_at": TS,
        "status": "shipped", "financial_status": "paid", "fulfillment_status": "fulfilled", "currency": "CNY",
        "subtotal": 25600, "discount_total": 1000, "shipping_total": 800, "tax_total": 0, "total": 25400,
        "paid_total": 25400, "refunded_total": 0, "payment_method": "alipay", "channel": "online_store",
        "customer_id": 300, "customer_name": "王芳", "customer_email": "wang.fang@example.cn",
        "customer_phone": None,
        "shipping_address": {"name": "王芳", "country": "CN", "city": "杭州", "line1": "西湖区 1 号"},
        "risk_level": "low", "campaign_ids": [4], "coupon_code": "SPRING10",
        "fulfilments": [{"id": 1, "carrier": "SF", "tracking_number": "SF123", "status": "in_transit",
                         "lines": [{"line_id": 90011, "quantity": 2}], "shipped_at": LATER,
                         "delivered_at": None}],
        "refunds": [],
        "events": [{"at": TS, "type": "paid", "message": "Paid with Alipay", "actor": "customer"}],
        "paid_at": TS, "cancelled_at": None, "cancel_reason": None, "delivered_at": None, "completed_at": None,
        "replacement_for": {"ticket_id": 120, "ticket_number": "AS-000120", "order_id": 8001,
                            "order_number": "SO-2026-008001"},
    },
    "order_lines": {
        "id": 90011, "order_id": 9001, "listing_id": 1, "variant_id": 11, "sku": "LJ-250", "title": "龙井绿茶 250 g",
        "location_id": 1, "quantity": 2, "unit_price": 12800, "discount": 1000, "total": 24600,
        "fulfilled_quantity": 2, "refunded_quantity": 0,
    },
    "tickets": {
        "id": 123, "version": 5, "updated_at": TS, "number": "AS-000123", "created_at": TS, "type": "return",
        "status": "awaiting_return", "priority": "high", "subject": "Tin arrived dented", "customer_id": 300,
        "customer_name": "王芳", "order_id": 9001, "order_number": "SO-2026-009001", "line_ids": [90011],
        "assignee": "amy", "tags": ["damaged"], "requested_amount": 12800, "first_response_due": TS,
        "next_response_due": None, "resolution_due": LATER, "first_responded_at": TS, "resolved_at": None,
        "closed_at": None,
        "rma": {"number": "RMA-000123", "items": [{"line_id": 90011, "quantity": 1}], "status": "awaiting",
                "approved_at": TS, "received_at": None},
        "dispute_deadline": None, "replacement_order_id": None, "replacement_order_number": None,
        "messages": [{"id": 1, "author_type": "customer", "kind": "message", "author": "王芳",
                      "body": "罐子压坏了", "attachments": [], "at": TS}],
        "last_message_at": TS, "sla_next_due": TS,
    },
    "reviews": {
        "id": 55, "version": 2, "updated_at": TS, "created_at": TS, "listing_id": 1, "variant_id": 11,
        "order_id": 9001, "customer_id": 300, "customer_name": "王芳", "rating": 5, "title": None,
        "body": "Fragrant and fresh 🍵", "language": "en", "media_urls": [], "status": "published",
        "status_reason": None, "tags": [], "reply": {"body": "Thank you!", "author": "merchant", "at": LATER},
        "replied_at": LATER, "sentiment": "positive", "topics": ["taste"],
    },
    "campaigns": {
        "id": 4, "version": 1, "updated_at": TS, "created_at": TS, "name": "Spring tea week", "type": "coupon",
        "status": "active", "starts_at": TS, "ends_at": LATER, "currency": "CNY", "budget": None, "spent": 1000,
        "redemptions": 1, "listing_ids": [1], "rules": {"code": "SPRING10", "amount_off": 1000},
    },
    "analytics_daily": {"id": 1, "version": 1, "updated_at": TS, "date": "2026-11-20", "scope": "shop",
                        "scope_id": None, "visits": 812, "sessions": 640},
    "sync_state": {"resource": "analytics/daily", "cursor": "c1.YW5hbHl0aWNzL2RhaWx5OjEy",
                   "last_pull_at": TS, "full_sync_done": True, "records": 1},
    "outbox": {
        "id": 1, "idempotency_key": "0b7d6a1e-3f1c-4d53-9a51-0c4c1d2f7e10", "resource": "listings",
        "record_id": 1, "action": "listings.set_price", "method": "POST", "path": "/listings/1/price",
        "body": {"price": 11800}, "base_version": 3, "state": "conflict", "attempts": 1,
        "next_attempt_at": 1795000000.5, "last_error": "409 version_conflict", "created_at": TS,
        "updated_at": LATER,
    },
    "conflicts": {
        "id": 1, "outbox_id": 1, "resource": "listings", "record_id": 1, "base": {"price": 12800},
        "local": {"price": 11800}, "server": {"price": 12500}, "fields": ["price"], "state": "open",
        "resolution": None, "created_at": LATER, "resolved_at": None,
    },
    "quarantine": {"id": 1, "resource": "orders", "record_id": 9002, "payload": '{"id": 9002, "total": "oops"',
                   "reason": "not valid JSON", "received_at": TS, "resolved": False},
    "audit_log": {
        "id": 1, "at": TS, "actor": "merchant", "action": "listings.set_price", "resource": "listings",
        "record_id": 1, "before": {"price": 12800}, "after": {"price": 11800},
        "outbox_key": "0b7d6a1e-3f1c-4d53-9a51-0c4c1d2f7e10", "synced": False,
    },
    "stock_rules": {"variant_id": 11, "low_stock_threshold": 3, "lead_time_days": 7, "safety_stock": None,
                    "updated_at": TS},
    "preferences": {"key": "stock.low_threshold", "value": 8, "updated_at": TS},
    # the sales aggregates (migration 0010): shop-local days, minor units of one currency per row
    "sales_daily": {"day": "2026-11-20", "currency": "CNY", "channel": "mobile_app", "payment_method": "wechat_pay",
                    "orders": 2, "units": 3, "gross": 38400, "discounts": 1000, "revenue": 37400, "shipping": 0,
                    "tax": 0},
    "refunds_daily": {"day": "2026-11-21", "currency": "CNY", "refunds": 1, "refunded": 12800},
    "orders_hourly": {"day": "2026-11-20", "hour": 17, "currency": "CNY", "orders": 2},
    "product_sales_daily": {"day": "2026-11-20", "currency": "CNY", "variant_id": 11, "listing_id": 1, "units": 3,
                            "list_revenue": 38400, "revenue": 37400},
    "campaign_sales_daily": {"campaign_id": 4, "day": "2026-11-20", "currency": "CNY", "orders": 1, "units": 1,
                             "gross": 12800, "discounts": 1000, "revenue": 11800},
    "customer_first_orders": {"customer_id": 300, "order_id": 9001, "day": "2026-11-20", "currency": "CNY"},
    # their roll-ups for long ranges (migration 0011)
    "product_sales_monthly": {"month": "2026-11", "currency": "CNY", "listing_id": 1, "units": 3, "revenue": 37400},
    "new_customers_daily": {"day": "2026-11-20", "currency": "CNY", "customers": 1},
}


@pytest.fixture
def cache(tmp_path: Path):
    engine = open_cache(tmp_path / "shop.sqlite")
    yield engine
    engine.dispose()


def _schema_sql(path: Path) -> list[tuple[str, str, str | None]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def test_open_cache_creates_the_file_with_every_table_at_the_newest_revision():
    path = cache_path("owner", 1)
    assert not path.exists()

    engine = open_cache(path)
    try:
        assert path.is_file()
        tables = set(inspect(engine).get_table_names())
        assert {t for t in tables if not is_search_table(t)} == set(Base.metadata.tables) | {"alembic_version"}
        assert set(SEARCH_TABLES) <= tables
        with engine.connect() as connection:
            assert current_revision(connection) == head_revision()
            pragmas = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                       for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}
        assert pragmas == {"journal_mode": "wal", "synchronous": 1, "foreign_keys": 1, "busy_timeout": 10_000}
    finally:
        engine.dispose()


def test_opening_a_cache_again_runs_no_migration_and_keeps_its_data(tmp_path, monkeypatch):
    path = tmp_path / "shop.sqlite"
    engine = open_cache(path)
    with engine.begin() as connection:
        connection.execute(insert(RECORD_TABLES["listings"]), SAMPLE_ROWS["listings"])
    engine.dispose()
    schema_before = _schema_sql(path)

    def no_migration_expected(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a cache at the newest revision was migrated again")

    monkeypatch.setattr(engine_module, "migrate_cache", no_migration_expected)
    engine = open_cache(path)
    try:
        with engine.connect() as connection:
            assert connection.execute(select(RECORD_TABLES["listings"].c.title)).scalars().all() == ["龙井绿茶 250 g"]
            assert current_revision(connection) == head_revision()
    finally:
        engine.dispose()
    assert _schema_sql(path) == schema_before


def test_the_migrations_build_exactly_what_the_models_describe(cache: Engine):
    with cache.connect() as connection:
        assert schema_differences(connection) == []


def test_the_models_versus_migrations_check_notices_a_difference(cache: Engine):
    # The comparison above must be able to fail: a cache missing an index and with an extra column differs.
    with cache.begin() as connection:
        connection.execute(text("DROP INDEX ix_orders_status"))
        connection.execute(text("ALTER TABLE customers ADD COLUMN nickname VARCHAR"))
        differences = schema_differences(connection)
    kinds = {(difference[0], getattr(difference[1], "name", None)) for difference in differences}
    assert ("add_index", "ix_orders_status") in kinds
    assert any(difference[0] == "remove_column" and difference[3].name == "nickname" for difference in differences)


def test_every_model_index_is_named_by_the_convention():
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            assert isinstance(index, Index)
            assert index.name == f"ix_{table.name}_{index.columns[0].name}"


def test_record_tables_cover_every_platform_resource():
    assert set(RECORD_TABLES) == {
        "listings", "locations", "inventory", "inventory_adjustments", "customers", "orders", "tickets",
        "reviews", "campaigns", "analytics/daily",
    }
    for table in RECORD_TABLES.values():
        assert {"id", "version", "updated_at"} <= set(table.c.keys())
        assert table.c.id.primary_key and table.c.id.autoincrement is False


def test_one_row_of_every_table_reads_back_as_written(cache: Engine):
    assert set(SAMPLE_ROWS) == set(Base.metadata.tables)
    for name, row in SAMPLE_ROWS.items():
        assert set(row) == set(Base.metadata.tables[name].c.keys()), f"sample row of {name} misses columns"

    with cache.begin() as connection:
        for table in Base.metadata.sorted_tables:  # parents first: conflicts needs its outbox entry
            connection.execute(insert(table), SAMPLE_ROWS[table.name])
    with cache.connect() as connection:
        for table in Base.metadata.sorted_tables:
            assert dict(connection.execute(select(table)).mappings().one()) == SAMPLE_ROWS[table.name]


def test_optional_json_none_is_stored_as_sql_null(cache: Engine):
    # so "not replied yet" is a plain IS NULL query
    review = dict(SAMPLE_ROWS["reviews"], reply=None, replied_at=None)
    with cache.begin() as connection:
        connection.execute(insert(RECORD_TABLES["reviews"]), review)
        assert connection.execute(text("SELECT count(*) FROM reviews WHERE reply IS NULL")).scalar() == 1


def test_bookkeeping_rows_get_their_defaults_and_timestamps_in_the_platform_format(cache: Engine):
    with Session(cache) as session:
        entry = OutboxEntry(idempotency_key="k-1", resource="orders", record_id=9001, action="orders.ship",
                            method="POST", path="/orders/9001/ship", body={"carrier": "SF", "tracking_number": "1"},
                            base_version=4)
        session.add(entry)
        session.add(AuditEntry(actor="merchant", action="orders.ship", resource="orders", record_id=9001,
                               before=None, after={"status": "shipped"}, outbox_key="k-1"))
        session.commit()
        assert (entry.state, entry.attempts, entry.next_attempt_at) == ("pending", 0, None)
        assert TIMESTAMP.match(entry.created_at) and TIMESTAMP.match(entry.updated_at)
        audit = session.scalars(select(AuditEntry)).one()
        assert audit.synced is False and TIMESTAMP.match(audit.at)
    with cache.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM audit_log WHERE before IS NULL")).scalar() == 1


def test_foreign_keys_are_enforced(cache: Engine):
    with Session(cache) as session:
        session.add(Conflict(outbox_id=999, resource="listings", record_id=1, base={}, local={}, server={},
                             fields=[]))
        with pytest.raises(IntegrityError):
            session.commit()


def test_a_reused_order_number_does_not_block_a_new_history(cache: Engine):
    """Numbers are unique within one history of the shop; a cache following a regenerated or restored
    platform briefly holds a stale order next to a new one with the same number, until the pull prunes."""
    with cache.begin() as connection:
        connection.execute(insert(RECORD_TABLES["orders"]), SAMPLE_ROWS["orders"])
        connection.execute(insert(RECORD_TABLES["orders"]), dict(SAMPLE_ROWS["orders"], id=9002))
    with cache.connect() as connection:
        plan = " ".join(str(r) for r in connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM orders WHERE number = 'x'").all())
    assert "ix_orders_number" in plan, "looking an order up by its number uses the index"


# --- where caches live -----------------------------------------------------------------------

def test_cache_path_lives_under_merchant_app_home(tmp_path, monkeypatch):
    monkeypatch.setenv("MERCHANT_APP_HOME", str(tmp_path / "portable"))
    assert cache_path("owner", 1) == tmp_path / "portable" / "caches" / "owner-1.sqlite"
    monkeypatch.setenv("MERCHANT_APP_HOME", str(tmp_path / "elsewhere"))
    assert cache_path("owner", 1) == tmp_path / "elsewhere" / "caches" / "owner-1.sqlite"


def test_each_account_and_shop_has_its_own_cache():
    paths = {cache_path("owner", 1), cache_path("owner", 2), cache_path("amy", 1), cache_path("amy", "2")}
    assert len(paths) == 4
    assert cache_path("owner", 1) == cache_path("owner", "1")


ODD_ACCOUNTS = [
    "Owner", "owner ", "amy@example.com", "AMY@example.com", "a/b", "a\\b", "../../etc/passwd", ".hidden",
    "-flag", "con", "nul.txt", "a:b*c?d", "张三", "李四", "x" * 300, "x" * 301, "tab\there", "a-1", "a~b",
]


def test_odd_account_names_give_safe_distinct_file_names():
    caches_dir = cache_path("owner", 1).parent
    paths = [cache_path(account, 1) for account in ODD_ACCOUNTS]
    for account, path in zip(ODD_ACCOUNTS, paths, strict=True):
        assert path.parent == caches_dir, account
        assert re.fullmatch(r"[a-z0-9][a-z0-9._~-]*\.sqlite", path.name), (account, path.name)
        assert len(path.name) < 120
    # distinct even where file names ignore case (macOS, Windows)
    assert len({path.name.lower() for path in paths}) == len(ODD_ACCOUNTS)
    caches_dir.mkdir(parents=True, exist_ok=True)
    for path in paths:
        path.touch()
    assert len(list(caches_dir.iterdir())) == len(ODD_ACCOUNTS)


def test_the_account_shop_separator_cannot_be_confused():
    assert cache_path("a-1", 2) != cache_path("a", "1-2")
    assert cache_path("a", "1-2").name.count("-") == 1


def test_a_cache_file_name_never_changes_between_versions():
    # Users' caches are found again by name: changing the scheme would orphan every one of them.
    assert cache_path("owner", 1).name == "owner-1.sqlite"
    assert cache_path("amy@example.com", 7).name == "amy_example.com~2869db370ff7-7.sqlite"
    assert cache_path("Owner", 1).name == "owner~4b1b8aa3608a-1.sqlite"


def test_cache_path_needs_an_account_and_a_shop():
    with pytest.raises(ValueError):
        cache_path("", 1)
    with pytest.raises(ValueError):
        cache_path("owner", "")


def test_a_cache_under_an_odd_account_name_opens():
    engine = open_cache(cache_path("王芳@example.cn", "shop/7"))
    try:
        assert "orders" in inspect(engine).get_table_names()
    finally:
        engine.dispose()


# --- files that cannot be used ---------------------------------------------------------------

def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "shop.sqlite"
    garbage = b"this is not an sqlite file\n" * 200
    path.write_bytes(garbage)
    with pytest.raises(CacheUnreadableError) as refused:
        open_cache(path)
    assert refused.value.path == path
    assert path.read_bytes() == garbage


def test_a_cache_from_a_newer_app_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "shop.sqlite"
    open_cache(path).dispose()
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    schema_before = _schema_sql(path)

    with pytest.raises(CacheTooNewError) as refused:
        open_cache(path)
    assert refused.value.revision == "9999"
    assert _schema_sql(path) == schema_before
