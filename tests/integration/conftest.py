"""The real sandbox over loopback HTTP: a seeded small shop, copied fresh for every test."""

from __future__ import annotations

import json
import shutil
import threading
import uuid
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from merchant_app.platform.client import PlatformClient
from merchant_app.sandbox.app import SandboxConfig
from merchant_app.sandbox.seed import generate
from merchant_app.sandbox.server import SandboxServer
from merchant_app.sandbox.storage import Storage
from merchant_app.store import open_cache
from merchant_app.sync.pull import Puller
from merchant_app.sync.push import Pusher

ANCHOR = date(2026, 11, 20)
SEED = 7


@pytest.fixture(scope="session")
def shop_template(tmp_path_factory) -> Path:
    """The small demo shop, generated once per test session."""
    path = tmp_path_factory.mktemp("template") / "shop.db"
    storage = Storage(f"sqlite:///{path}")
    generate(storage, seed=SEED, scale="small", anchor=ANCHOR)
    with storage.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    storage.engine.dispose()
    return path


@pytest.fixture
def shop_db(shop_template, tmp_path) -> str:
    target = tmp_path / "platform" / "shop.db"
    target.parent.mkdir()
    shutil.copyfile(shop_template, target)
    return f"sqlite:///{target}"


@pytest.fixture
def sandbox(shop_db):
    config = SandboxConfig(db_url=shop_db, test_mode=True, seed=SEED)
    with SandboxServer(config) as server:
        yield server


class Api:
    """A thin test client: signs in, adds Idempotency-Key and If-Match to writes."""

    def __init__(self, base_url: str, username: str, password: str = "demo") -> None:
        self.base_url = base_url
        self.http = httpx.Client(base_url=base_url, timeout=30)
        r = self.http.post("/v1/auth/token", json={"username": username, "password": password})
        assert r.status_code == 200, r.text
        self.session = r.json()
        self.http.headers["Authorization"] = f"Bearer {self.session['access_token']}"

    def get(self, path: str, **params) -> httpx.Response:
        return self.http.get(path, params=params)

    def record(self, resource: str, record_id: int) -> dict:
        r = self.get(f"/v1/{resource}/{record_id}")
        assert r.status_code == 200, r.text
        return r.json()

    def write(self, method: str, path: str, body: dict | None = None, *, version: int | None = None,
              key: str | None = None) -> httpx.Response:
        headers = {"Idempotency-Key": key or uuid.uuid4().hex}
        if version is not None:
            headers["If-Match"] = str(version)
        return self.http.request(method, path, json=body, headers=headers)

    def act(self, resource: str, record_id: int, action: str, body: dict | None = None, **kw) -> httpx.Response:
        """POST /v1/{resource}/{id}/{action} based on the record's current version."""
        version = kw.pop("version", None) or self.record(resource, record_id)["version"]
        return self.write("POST", f"/v1/{resource}/{record_id}/{action}", body, version=version, **kw)

    def pull_all(self, resource: str, cursor: str | None = None, limit: int = 500) -> tuple[list[dict], str]:
        items: list[dict] = []
        while True:
            params = {"limit": limit}
            if cursor:
                params["updated_since"] = cursor
            r = self.get(f"/v1/{resource}", **params)
            assert r.status_code == 200, r.text
            page = r.json()
            items += page["items"]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return items, cursor

    def close(self) -> None:
        self.http.close()


@pytest.fixture
def api(sandbox):
    """api(role) -> a signed-in client for the owner, merchant or agent demo account."""
    clients: list[Api] = []

    def make(username: str = "owner") -> Api:
        client = Api(sandbox.url, username)
        clients.append(client)
        return client

    yield make
    for c in clients:
        c.close()


def admin(sandbox, path: str, body: dict | None = None) -> dict:
    r = httpx.post(f"{sandbox.url}/v1/_admin/{path}", json=body or {}, timeout=30)
    assert r.status_code == 200, r.text
    return r.json()


def find(sandbox, resource: str, where: str, **params) -> list[dict]:
    """Records matching an SQL condition on their JSON body (json_extract(body, '$.field'))."""
    table = resource.replace("/", "_")
    with sandbox.storage.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT body FROM {table} WHERE NOT deleted AND ({where}) ORDER BY id LIMIT 50"),
                            params).all()
    return [json.loads(r.body) for r in rows]


def page_while_writing(sandbox, client: Api, hot_ids: list[int], page_size: int = 25) -> None:
    """Page through orders while another thread edits them and live activity adds more; then check
    the client holds exactly the platform's latest versions and never got a stale duplicate.

    The reader asks for each page only after the writer has landed another edit, so the two really
    interleave however fast the platform answers (a page takes ~3 ms on loopback, an edit ~8 ms)."""
    order_ids = hot_ids + list(range(100, 5000, 37))
    max_edits = 400
    stop = threading.Event()
    edits = {"n": 0, "done": False}
    progress = threading.Condition()

    def writer():
        i = 0
        try:
            while not stop.is_set() and i < max_edits:
                oid = order_ids[i % len(order_ids)]
                r = httpx.post(f"{sandbox.url}/v1/_admin/edit/orders/{oid}",
                               json={"set": {"risk_level": ["low", "medium", "high"][i % 3]}}, timeout=30)
                if i % 20 == 0:
                    admin(sandbox, "activity/tick", {"steps": 1})
                with progress:
                    edits["n"] += r.status_code == 200
                    progress.notify_all()
                i += 1
        finally:
            with progress:
                edits["done"] = True
                progress.notify_all()

    thread = threading.Thread(target=writer)
    seen: dict[int, int] = {}
    pairs: set[tuple[int, int]] = set()
    thread.start()
    cursor = None
    pages = 0
    try:
        while True:
            with progress:
                progress.wait_for(lambda: edits["n"] > pages or edits["done"], timeout=30)
            pages += 1
            params = {"limit": page_size}
            if cursor:
                params["updated_since"] = cursor
            page = client.get("/v1/orders", **params).json()
            for o in page["items"]:
                assert (o["id"], o["version"]) not in pairs, "the same version was sent twice"
                pairs.add((o["id"], o["version"]))
                if o["id"] in seen:
                    assert o["version"] > seen[o["id"]], "a record came back without having changed"
                seen[o["id"]] = o["version"]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
    finally:
        stop.set()
        thread.join()
    assert edits["n"] > 20, "the writer really raced the reader"
    rest, _ = client.pull_all("orders", cursor=cursor)
    for o in rest:
        seen[o["id"]] = o["version"]
    with sandbox.storage.engine.connect() as conn:
        truth = dict(conn.exec_driver_sql("SELECT id, version FROM orders").all())
    assert seen == truth


def connect(url: str, user: str = "owner") -> PlatformClient:
    client = PlatformClient(url, backoff_base=0.01, backoff_cap=0.2, max_attempts=4)
    client.sign_in(user, "demo")
    return client


@pytest.fixture
def desk(sandbox, tmp_path):
    """desk(name, user) -> (cache engine, puller, pusher): a signed-in console, its cache pulled from the sandbox."""
    def make(name: str = "a", user: str = "owner"):
        engine = open_cache(tmp_path / f"{name}.sqlite")
        client = connect(sandbox.url, user)
        puller, pusher = Puller(engine, client), Pusher(engine, client, retry_base=0.05, retry_cap=0.5)
        for resource in ("locations", "listings", "inventory", "orders", "tickets", "reviews"):
            puller.pull(resource)
        return engine, puller, pusher
    return make
