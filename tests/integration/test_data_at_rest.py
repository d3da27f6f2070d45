"""Data at rest (issue 7): after a sync, local edits, a backup, logs and settings, no file under the
app's data directory holds the tokens or the customers' names; forgetting the shop deletes its files
and its key."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from sqlalchemy import text

import merchant_app.services  # noqa: F401 - registers the mutations
from merchant_app import logs
from merchant_app.accounts import CACHE_KEY_ENTRY, SERVICE, AccountStore, KeyringVault, cache_key, forget, sign_in
from merchant_app.config import data_dir
from merchant_app.services.edits import Actor, perform
from merchant_app.store import backup
from merchant_app.store.engine import connect
from merchant_app.sync.pull import Puller

from .conftest import find

OWNER = Actor("owner", "owner")


def every_file() -> list[Path]:
    return sorted(p for p in data_dir().rglob("*") if p.is_file())


def forms(secret: str) -> set[bytes]:
    """How a string can sit in a file: UTF-8, and as JSON writes it with ``ensure_ascii``."""
    return {secret.encode("utf-8"), json.dumps(secret)[1:-1].encode("ascii")}


def hits(secrets: list[str]) -> list[tuple[str, str]]:
    found = []
    for path in every_file():
        data = path.read_bytes()
        for secret in secrets:
            if any(form in data for form in forms(secret)):
                found.append((str(path.relative_to(data_dir())), secret))
    return found


@pytest.fixture
def synced(sandbox, memory_keyring):
    """Signed in with a remembered token, the shop pulled into its encrypted cache, edits made."""
    vault, store = KeyringVault(), AccountStore()
    logs.setup()
    client, account = sign_in(sandbox.url, "owner", "demo", vault, remember=True, store=store)
    key = cache_key(account, vault)
    engine, _ = backup.ensure_healthy(account.cache_path(), key)
    Puller(engine, client).pull_all()
    logging.getLogger("merchant_app.test").info("synced %s", account.label)
    yield client, account, engine, key, vault, store
    engine.dispose()
    client.close()


def test_no_file_under_the_data_directory_holds_a_token_or_a_customers_name(synced, sandbox, memory_keyring):
    from PySide6.QtCore import QSettings

    client, account, engine, key, _, _ = synced
    cache = account.cache_path()
    tickets = find(sandbox, "tickets", "json_extract(body, '$.status') IN ('new', 'open', 'reopened')")[:3]
    customers = [sandbox.storage.get("customers", t["customer_id"]) for t in tickets]
    names = sorted({c["name"] for c in customers} | {c["email"] for c in customers})
    for ticket, customer in zip(tickets, customers, strict=True):
        perform(engine, OWNER, "tickets.reply", ticket["id"], body=f"Dear {customer['name']}, your parcel is on its way.")
        perform(engine, OWNER, "tickets.reply", ticket["id"], body=f"Called {customer['name']}", kind="internal_note")
    backup.save_outbox(engine, cache)
    backup.back_up(cache)
    ini = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    ini.setValue("window/last_account", account.label)
    ini.sync()
    for handler in logging.getLogger().handlers:
        handler.flush()

    session = client.session
    secrets = [session.access_token, session.refresh_token, *names]
    assert all(secrets) and len(names) >= 2
    files = {str(p.relative_to(data_dir())) for p in every_file()}
    assert {"settings.ini", "accounts.json", "logs/merchant-console.log", f"caches/{cache.name}",
            f"caches/{cache.name}-wal", f"caches/{cache.stem}.outbox.json"} <= files
    assert any(f.startswith(f"backups/{cache.stem}/") and f.endswith(".outbox.json") for f in files)

    # the test can fail: the names are in the cache, readable with its key, and in the key's absence not
    conn = connect(cache, key)
    try:
        assert conn.execute("PRAGMA encoding").fetchone()[0] == "UTF-8"  # text is stored as UTF-8, never UTF-16
        stored = " ".join(r[0] for r in conn.execute("SELECT messages FROM tickets"))
        assert all(name in stored for name in {c["name"] for c in customers})
    finally:
        conn.close()
    with engine.connect() as live:  # the cache's WAL holds the edits not yet checkpointed
        assert live.execute(text("SELECT count(*) FROM outbox")).scalar_one() >= len(tickets)

    assert hits(secrets) == []
    assert (SERVICE, f"{cache.stem}@{CACHE_KEY_ENTRY}") in memory_keyring.entries


def test_forgetting_the_shop_deletes_its_cache_backups_outbox_and_keys(synced, memory_keyring):
    _, account, engine, _, vault, store = synced
    cache = account.cache_path()
    backup.save_outbox(engine, cache)
    backup.back_up(cache)
    engine.dispose()
    before = every_file()
    assert cache in before and backup.backups(cache)

    done = forget(account, store, vault)

    assert done.token_removed and done.key_removed
    assert cache in done.files_removed and backup.outbox_file(cache) in done.files_removed
    left = [str(p.relative_to(data_dir())) for p in every_file()]
    assert not [f for f in left if cache.stem in f]
    assert memory_keyring.entries == {}
    assert store.accounts() == []


def test_a_plain_cache_of_an_earlier_version_is_encrypted_when_first_opened(tmp_path):
    from merchant_app.store import open_cache
    from merchant_app.store.engine import is_plain, new_key
    from merchant_app.store.errors import CacheUnreadableError

    path = tmp_path / "old.sqlite"
    plain = open_cache(path)
    with plain.begin() as conn:
        conn.execute(text("INSERT INTO customers (id, version, updated_at, created_at, name, country, tags) "
                          "VALUES (1, 1, '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', "
                          "'Wilhelmina Quist', 'NL', '[]')"))
    plain.dispose()
    assert is_plain(path)

    key = new_key()
    engine = open_cache(path, key)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM customers")).scalar_one() == "Wilhelmina Quist"
    engine.dispose()
    assert not is_plain(path) and b"Wilhelmina" not in path.read_bytes()
    assert not Path(f"{path}-wal").exists() or b"Wilhelmina" not in Path(f"{path}-wal").read_bytes()
    with pytest.raises(CacheUnreadableError):
        open_cache(path, new_key())  # another key does not open it
