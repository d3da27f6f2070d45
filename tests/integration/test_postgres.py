"""The sandbox on PostgreSQL, the team-server set-up: generation, gap-free paging, exactly-once writes.

Runs when MERCHANT_TEST_POSTGRES_URL names an empty database (SQLAlchemy URL); `.ci/run` starts a
throw-away PostgreSQL server and sets it.
"""

from __future__ import annotations

import os
from datetime import date

import pytest
from sqlalchemy import create_engine

from merchant_app.sandbox.app import SandboxConfig
from merchant_app.sandbox.seed import generate
from merchant_app.sandbox.server import SandboxServer
from merchant_app.sandbox.storage import Storage, metadata

from .conftest import Api, page_while_writing

PG_URL = os.environ.get("MERCHANT_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not PG_URL, reason="MERCHANT_TEST_POSTGRES_URL is not set (see .ci/run)")


@pytest.fixture
def pg_sandbox():
    engine = create_engine(PG_URL)
    metadata.drop_all(engine)
    engine.dispose()
    storage = Storage(PG_URL)
    generate(storage, seed=5, scale="small", anchor=date(2026, 11, 20))
    with SandboxServer(SandboxConfig(db_url=PG_URL, test_mode=True, seed=5), storage=storage) as server:
        yield server
    engine = create_engine(PG_URL)
    metadata.drop_all(engine)
    engine.dispose()


def test_postgres_pages_gap_free_under_concurrent_writes(pg_sandbox):
    owner = Api(pg_sandbox.url, "owner")
    items, _ = owner.pull_all("orders")
    assert len(items) == pg_sandbox.storage.count("orders") > 4000
    stamps = [(o["updated_at"], o["id"]) for o in items]
    assert stamps == sorted(stamps)
    page_while_writing(pg_sandbox, owner, [o["id"] for o in items[-50:]])


def test_postgres_writes_apply_exactly_once(pg_sandbox):
    owner = Api(pg_sandbox.url, "owner")
    level = owner.get("/v1/inventory", limit=1).json()["items"][0]
    body = {"delta": 5, "reason": "received"}
    first = owner.write("POST", f"/v1/inventory/{level['id']}/adjust", body, version=level["version"], key="pg-1")
    again = owner.write("POST", f"/v1/inventory/{level['id']}/adjust", body, version=level["version"], key="pg-1")
    assert first.status_code == again.status_code == 200
    assert again.headers["idempotent-replayed"] == "true"
    assert owner.record("inventory", level["id"])["on_hand"] == level["on_hand"] + 5
    stale = owner.write("POST", f"/v1/inventory/{level['id']}/adjust", body, version=level["version"])
    assert stale.status_code == 409 and stale.json()["current"]["version"] == level["version"] + 1
