"""Migrations keep the data already in users' caches.

Each test builds a cache at an old schema revision, fills it with rows shaped as that revision
had them, migrates it and checks the rows are still there: the cache is built at 0001 and stepped
through 0002, 0003... one revision at a time, with the rows checked after each.

When a migration changes data on purpose (a column renamed, a value converted), say so in
``CHANGED_ON_PURPOSE`` rather than editing ``ROWS_AT_0001``: those rows are frozen, they are what
a user who last opened the app at revision 0001 has on disk.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import textwrap
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData, and_, insert, inspect, select, text

from merchant_app.store import create_cache_engine, migrate_cache, open_cache, schema
from merchant_app.store.schema import alembic_config, current_revision, head_revision, schema_differences

OLDEST_REVISION = "0001"
TS = "2026-11-20T09:15:02.123456Z"

# Frozen: the shape of every table at revision 0001. Never update these when the models change.
ROWS_AT_0001: dict[str, list[dict[str, Any]]] = {
    "listings": [{
        "id": 1, "version": 3, "updated_at": TS, "created_at": TS, "title": "龙井绿茶", "description": None,
        "category": "tea", "brand": None, "tags": ["green"], "status": "active", "blocked_reason": None,
        "currency": "CNY", "image_urls": [], "min_price": 12800, "max_price": 12800, "variant_count": 1,
    }],
    "variants": [{
        "id": 11, "listing_id": 1, "sku": "LJ-250", "title": "250 g", "price": 12800, "compare_at_price": None,
        "cost": 6000, "barcode": None, "weight_grams": 300, "options": {"size": "250 g"}, "image_urls": [],
    }],
    "locations": [{"id": 1, "version": 1, "updated_at": TS, "name": "Hangzhou", "code": "HZ1",
                   "allows_backorder": True}],
    "inventory_levels": [{"id": 5, "version": 2, "updated_at": TS, "variant_id": 11, "listing_id": 1,
                          "sku": "LJ-250", "location_id": 1, "on_hand": 4, "committed": 6, "available": -2}],
    "inventory_adjustments": [{
        "id": 7, "version": 1, "updated_at": TS, "created_at": TS, "inventory_level_id": 5, "variant_id": 11,
        "location_id": 1, "delta": 4, "reason": "received", "note": None, "on_hand_after": 4, "actor": "owner",
    }],
    "customers": [{"id": 300, "version": 1, "updated_at": TS, "created_at": TS, "name": "王芳", "email": None,
                   "phone": "+86 138 0000 0000", "country": "CN", "province": None, "city": None, "tags": []}],
    "orders": [{
        "id": 9001, "version": 2, "updated_at": TS, "number": "SO-9001", "created_at": TS, "status": "paid",
        "financial_status": "paid", "fulfillment_status": "unfulfilled", "currency": "CNY", "subtotal": 12800,
        "discount_total": 0, "shipping_total": 0, "tax_total": 0, "total": 12800, "paid_total": 12800,
        "refunded_total": 0, "payment_method": "wechat_pay", "channel": "mobile_app", "customer_id": 300,
        "customer_name": "王芳", "customer_email": None, "customer_phone": None,
        "shipping_address": {"name": "王芳", "country": "CN", "city": "杭州", "line1": "1 号"}, "risk_level": "low",
        "campaign_ids": [], "coupon_code": None, "fulfilments": [], "refunds": [], "events": [], "paid_at": TS,
        "cancelled_at": None, "cancel_reason": None, "delivered_at": None, "completed_at": None,
    }],
    "order_lines": [{
        "id": 90011, "order_id": 9001, "listing_id": 1, "variant_id": 11, "sku": "LJ-250", "title": "龙井绿茶",
        "location_id": 1, "quantity": 1, "unit_price": 12800, "discount": 0, "total": 12800,
        "fulfilled_quantity": 0, "refunded_quantity": 0,
    }],
    "tickets": [{
        "id": 123, "version": 1, "updated_at": TS, "number": "AS-000123", "created_at": TS, "type": "inquiry",
        "status": "new", "priority": "normal", "subject": "When will it ship?", "customer_id": 300,
        "customer_name": "王芳", "order_id": 9001, "order_number": "SO-9001", "line_ids": [], "assignee": None,
        "tags": [], "requested_amount": None, "first_response_due": TS, "next_response_due": None,
        "resolution_due": TS, "first_responded_at": None, "resolved_at": None, "closed_at": None, "rma": None,
        "dispute_deadline": None, "messages": [], "last_message_at": None,
    }],
    "reviews": [{
        "id": 55, "version": 1, "updated_at": TS, "created_at": TS, "listing_id": 1, "variant_id": None,
        "order_id": None, "customer_id": 300, "customer_name": "王芳", "rating": 4, "title": None, "body": "好喝",
        "language": "zh", "media_urls": [], "status": "published", "status_reason": None, "tags": [],
        "reply": None, "replied_at": None,
    }],
    "campaigns": [{
        "id": 4, "version": 1, "updated_at": TS, "created_at": TS, "name": "Flash", "type": "flash_sale",
        "status": "scheduled", "starts_at": TS, "ends_at": TS, "currency": "CNY", "budget": 50000, "spent": 0,
        "redemptions": 0, "listing_ids": [1], "rules": {"percent_off": 20, "stock_cap": 10},
    }],
    "analytics_daily": [{"id": 1, "version": 1, "updated_at": TS, "date": "2026-11-20", "scope": "listing",
                         "scope_id": 1, "visits": 10, "sessions": 8}],
    "sync_state": [{"resource": "orders", "cursor": "c1.abc", "last_pull_at": TS, "full_sync_done": False,
                    "records": 1}],
    "outbox": [{
        "id": 1, "idempotency_key": "key-1", "resource": "orders", "record_id": 9001, "action": "orders.cancel",
        "method": "POST", "path": "/orders/9001/cancel", "body": {"reason": "customer asked"}, "base_version": 2,
        "state": "pending", "attempts": 0, "next_attempt_at": None, "last_error": None, "created_at": TS,
        "updated_at": TS,
    }],
    "conflicts": [{
        "id": 1, "outbox_id": 1, "resource": "orders", "record_id": 9001, "base": {"status": "paid"},
        "local": {"status": "cancelled"}, "server": {"status": "shipped"}, "fields": ["status"], "state": "open",
        "resolution": None, "created_at": TS, "resolved_at": None,
    }],
    "quarantine": [{"id": 1, "resource": "reviews", "record_id": None, "payload": "{", "reason": "truncated",
                    "received_at": TS, "resolved": False}],
    "audit_log": [{
        "id": 1, "at": TS, "actor": "owner", "action": "orders.cancel", "resource": "orders", "record_id": 9001,
        "before": {"status": "paid"}, "after": {"status": "cancelled"}, "outbox_key": "key-1", "synced": False,
    }],
}

CHANGED_ON_PURPOSE: dict[tuple[str, str], Callable[[dict[str, Any]], Any]] = {
    # (table, column at head) -> the value expected after migrating, computed from the row at 0001.
    # e.g. ("orders", "customer_country"): lambda row: row["shipping_address"]["country"],
}


def revisions_after(oldest: str) -> list[str]:
    """Every revision after ``oldest`` up to head, oldest first (empty while ``oldest`` is head)."""
    script = ScriptDirectory.from_config(alembic_config())
    newest_first = [revision.revision for revision in script.iterate_revisions("heads", oldest)]
    return list(reversed(newest_first))


def build_cache_at(path: Path, revision: str, rows: dict[str, list[dict[str, Any]]]) -> None:
    """A cache file at ``path`` migrated only up to ``revision``, holding ``rows`` (table -> rows)."""
    migrate_cache(path, revision)
    engine = create_cache_engine(path)
    try:
        tables = _reflect(engine)
        with engine.begin() as connection:
            for table in tables.sorted_tables:  # referenced tables first
                if rows.get(table.name):
                    connection.execute(insert(table), rows[table.name])
    finally:
        engine.dispose()


def assert_rows_survived(path: Path, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Every row written at the old revision is still there, with every column that still exists unchanged."""
    engine = create_cache_engine(path)
    try:
        tables = _reflect(engine)
        with engine.connect() as connection:
            for table_name, table_rows in rows.items():
                assert table_name in tables.tables, f"table {table_name} (and its rows) disappeared"
                table = tables.tables[table_name]
                for old in table_rows:
                    key = and_(*(column == old[column.name] for column in table.primary_key.columns))
                    found = connection.execute(select(table).where(key)).mappings().one_or_none()
                    assert found is not None, f"a row of {table_name} disappeared: {old}"
                    for column in table.columns:
                        if (table_name, column.name) in CHANGED_ON_PURPOSE:
                            expected = CHANGED_ON_PURPOSE[table_name, column.name](old)
                        elif column.name in old:
                            expected = old[column.name]
                        else:
                            continue  # a column added later: its value is the migration's to choose
                        assert found[column.name] == expected, f"{table_name}.{column.name} of {old}"
    finally:
        engine.dispose()


def _reflect(engine: Engine) -> MetaData:
    tables = MetaData()
    tables.reflect(engine)
    tables.remove(tables.tables["alembic_version"])
    return tables


def test_the_frozen_rows_fill_every_table_of_the_oldest_revision(tmp_path):
    # Guards the scaffold itself: if 0001's tables and ROWS_AT_0001 disagree, the tests below prove less.
    path = tmp_path / "cache.sqlite"
    migrate_cache(path, OLDEST_REVISION)
    engine = create_cache_engine(path)
    try:
        tables = _reflect(engine)
    finally:
        engine.dispose()
    assert set(tables.tables) == set(ROWS_AT_0001)
    for name, table in tables.tables.items():
        assert set(ROWS_AT_0001[name][0]) == set(table.columns.keys()), name


def test_data_survives_every_migration_one_revision_at_a_time(tmp_path):
    path = tmp_path / "cache.sqlite"
    build_cache_at(path, OLDEST_REVISION, ROWS_AT_0001)
    for revision in revisions_after(OLDEST_REVISION):
        migrate_cache(path, revision)
        assert_rows_survived(path, ROWS_AT_0001)

    engine = open_cache(path)
    try:
        with engine.connect() as connection:
            assert current_revision(connection) == head_revision()
            assert schema_differences(connection) == []
    finally:
        engine.dispose()


def test_0007_fills_each_tickets_next_due_from_its_due_columns(tmp_path):
    """Until the sync has learnt the shop's calendar, the queue sorts as it did: by the earliest of
    the due columns (first response only while unanswered), closed tickets last."""
    path = tmp_path / "cache.sqlite"
    answered = {**ROWS_AT_0001["tickets"][0], "id": 124, "number": "AS-000124", "first_responded_at": TS,
                "first_response_due": "2026-01-01T00:00:00.000000Z", "resolution_due": "2026-12-01T00:00:00.000000Z"}
    closed = {**ROWS_AT_0001["tickets"][0], "id": 125, "number": "AS-000125", "status": "closed"}
    build_cache_at(path, "0006", {"tickets": [ROWS_AT_0001["tickets"][0], answered, closed]})
    migrate_cache(path, "0007")
    engine = create_cache_engine(path)
    try:
        with engine.connect() as connection:
            found = dict(connection.exec_driver_sql("SELECT id, sla_next_due FROM tickets").all())
    finally:
        engine.dispose()
    assert found == {123: TS, 124: "2026-12-01T00:00:00.000000Z", 125: "9999"}


@pytest.mark.parametrize("revision", [OLDEST_REVISION, *revisions_after(OLDEST_REVISION)])
def test_open_cache_brings_a_cache_at_any_revision_to_head(tmp_path, revision):
    path = tmp_path / "cache.sqlite"
    build_cache_at(path, OLDEST_REVISION, ROWS_AT_0001)
    migrate_cache(path, revision)

    open_cache(path).dispose()
    assert_rows_survived(path, ROWS_AT_0001)
    engine = create_cache_engine(path)
    try:
        with engine.connect() as connection:
            assert current_revision(connection) == head_revision()
    finally:
        engine.dispose()


# --- a migration that fails changes nothing ----------------------------------------------------

BROKEN_MIGRATIONS = {
    "raises half-way": """
        op.create_table("scratch", sa.Column("id", sa.Integer(), primary_key=True))
        op.execute("UPDATE customers SET name = 'overwritten'")
        with op.batch_alter_table("orders", recreate="always"):
            pass
        raise RuntimeError("a bug in the migration")
    """,
    "leaves rows pointing nowhere": """
        op.execute("DELETE FROM outbox")
    """,
}


@pytest.mark.parametrize("body", BROKEN_MIGRATIONS.values(), ids=BROKEN_MIGRATIONS.keys())
def test_a_failing_migration_leaves_the_cache_as_it_was(tmp_path, monkeypatch, body):
    migrations = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    head = head_revision()
    (migrations / "versions" / "9999_broken.py").write_text(
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f"revision = '9999'\ndown_revision = {head!r}\nbranch_labels = None\ndepends_on = None\n\n"
        f"def upgrade():\n{textwrap.indent(textwrap.dedent(body).strip(), '    ')}\n\n"
        "def downgrade():\n    pass\n",
        encoding="utf-8",
    )
    path = tmp_path / "cache.sqlite"
    build_cache_at(path, head, ROWS_AT_0001)
    schema_before = _schema_sql(path)

    monkeypatch.setattr(schema, "MIGRATIONS_DIR", migrations)
    with pytest.raises(RuntimeError):
        open_cache(path)

    assert _schema_sql(path) == schema_before
    assert_rows_survived(path, ROWS_AT_0001)
    engine = create_cache_engine(path)
    try:
        with engine.connect() as connection:
            assert current_revision(connection) == head
    finally:
        engine.dispose()


def _schema_sql(path: Path) -> list[tuple[str, str, str | None]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def test_migration_0009_reads_the_sentiment_and_topics_of_the_reviews_already_cached(tmp_path):
    path = tmp_path / "cache.sqlite"
    review = ROWS_AT_0001["reviews"][0]
    rows = {"reviews": [review, dict(review, id=56, title="Disappointed", body="The box was crushed and it leaks.",
                                     language="en", rating=5)]}
    build_cache_at(path, "0008", rows)
    migrate_cache(path, "0009")
    engine = create_cache_engine(path)
    try:
        with engine.connect() as connection:
            found = {r.id: (r.sentiment, r.topics) for r in connection.execute(
                text("SELECT id, sentiment, topics FROM reviews ORDER BY id"))}
            indexes = {i["name"] for i in inspect(connection).get_indexes("reviews")}
    finally:
        engine.dispose()
    assert found[55] == ("positive", '["taste"]')   # 好喝: the text, whatever the stars
    assert found[56][0] == "negative" and json.loads(found[56][1]) == ["packaging", "function"]
    assert "ix_reviews_sentiment" in indexes
    assert_rows_survived(path, rows)
