"""Accounts, the token vaults and signing in (merchant_app/accounts.py).

The OS keyring is the one thing replaced: an in-memory keyring backend set with
``keyring.set_keyring``, and keyring's own ``fail`` backend for a computer without one. The
sign-in tests at the end run against the real sandbox on loopback (hence this file lives with the
integration tests).
"""

from __future__ import annotations

import json
import os
import socket
import time
import uuid
from urllib.parse import urlsplit

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked

from merchant_app import accounts
from merchant_app.accounts import (
    SERVICE,
    Account,
    AccountStore,
    KeyringVault,
    MemoryVault,
    VaultUnavailable,
    forget,
    resume,
    sign_in,
)
from merchant_app.platform.client import AuthError, InsecureURL, PlatformClient, Unreachable
from merchant_app.store import cache_path

from .conftest import admin


class LockedKeyring(KeyringBackend):
    """A keyring that exists but refuses every use (a locked or broken Secret Service)."""

    priority = 1

    def get_password(self, service, username):
        raise KeyringLocked("the collection is locked")

    def set_password(self, service, username, password):
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")

    def delete_password(self, service, username):
        raise KeyringLocked("the collection is locked")


@pytest.fixture
def no_keyring():
    """A bare Linux box: keyring found no backend at all."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def account(username="owner", server="https://shop.example.com", last_used="2026-11-20T09:00:00.000000Z", **kw):
    return Account(server=server, username=username, shop_id=kw.pop("shop_id", 1), last_used=last_used, **kw)


# --- the list of accounts ----------------------------------------------------------------------
def test_accounts_are_kept_in_the_app_home_most_recent_first(tmp_path):
    store = AccountStore()
    assert store.path == tmp_path / "app-home" / "accounts.json"
    assert store.accounts() == [] and store.last_used() is None
    store.save(account("owner", last_used="2026-11-20T09:00:00.000000Z", shop_name="Tea house", role="owner"))
    store.save(account("amy", last_used="2026-11-21T09:00:00.000000Z", display_name="Amy"))
    store.save(account("owner", server="https://other.example.com", last_used="2026-11-19T09:00:00.000000Z"))

    again = AccountStore()  # another run of the app
    assert [(a.username, a.server) for a in again.accounts()] == [
        ("amy", "https://shop.example.com"), ("owner", "https://shop.example.com"),
        ("owner", "https://other.example.com")]
    assert again.get("https://shop.example.com", "owner").shop_name == "Tea house"
    assert again.last_used().display_name == "Amy"

    store.save(account("owner", last_used="2026-11-22T09:00:00.000000Z", shop_name="Tea house 2"))
    assert [a.shop_name for a in again.accounts()][:1] == ["Tea house 2"]
    assert len(again.accounts()) == 3, "the same server and username is one account"
    assert store.remove("https://shop.example.com", "amy") is True
    assert store.remove("https://shop.example.com", "amy") is False
    assert [a.username for a in again.accounts()] == ["owner", "owner"]
    assert sorted(os.listdir(store.path.parent)) == ["accounts.json"], "no temporary file left behind"


def test_a_failed_write_leaves_the_previous_list_intact(tmp_path, monkeypatch):
    store = AccountStore()
    store.save(account("owner"))
    before = store.path.read_bytes()

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(accounts.os, "replace", disk_full)
    with pytest.raises(OSError):
        store.save(account("amy"))
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert sorted(os.listdir(store.path.parent)) == ["accounts.json"]


def test_an_unreadable_list_is_set_aside_not_fatal(tmp_path):
    store = AccountStore()
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text('{"accounts": [{"server": "https://x.example.com", "user', encoding="utf-8")
    assert store.accounts() == []
    store.save(account("owner"))
    assert [a.username for a in store.accounts()] == ["owner"]
    assert store.path.with_name("accounts.json.unreadable").read_text(encoding="utf-8").startswith('{"accounts"')


def test_the_platform_address_is_checked_before_anything_is_sent():
    assert accounts.normalize_server(" shop.example.com/ ") == "https://shop.example.com"
    assert accounts.normalize_server("http://127.0.0.1:8765") == "http://127.0.0.1:8765"
    with pytest.raises(InsecureURL, match="https"):
        accounts.normalize_server("http://shop.example.com")
    with pytest.raises(InsecureURL):
        accounts.normalize_server("ftp://shop.example.com")


# --- vaults --------------------------------------------------------------------------------------
def test_keyring_vault_keeps_one_entry_per_server_and_username(memory_keyring):
    vault = KeyringVault()
    vault.check()
    vault.set("https://a.example.com", "owner", "token-a")
    vault.set("https://b.example.com", "owner", "token-b")
    assert vault.get("https://a.example.com", "owner") == "token-a"
    assert vault.get("https://b.example.com", "owner") == "token-b"
    assert vault.get("https://a.example.com", "amy") is None
    assert {service for service, _ in memory_keyring.entries} == {SERVICE}
    vault.delete("https://a.example.com", "owner")
    vault.delete("https://a.example.com", "owner")  # nothing left: not an error
    assert vault.get("https://a.example.com", "owner") is None
    assert vault.get("https://b.example.com", "owner") == "token-b"


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), chainer.ChainerBackend()],
                         ids=["fail", "null", "empty-chainer"])
def test_no_usable_keyring_is_a_clear_message_not_a_crash(backend, monkeypatch):
    if isinstance(backend, chainer.ChainerBackend):
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        vault = KeyringVault()
        for use in (vault.check, lambda: vault.get("https://x.example.com", "owner"),
                    lambda: vault.set("https://x.example.com", "owner", "secret-token")):
            with pytest.raises(VaultUnavailable) as caught:
                use()
            assert "password store (keyring)" in str(caught.value)
            assert "continue without remembering" in str(caught.value)
            assert caught.value.reason
        assert accounts.drop_token(vault, "https://x.example.com", "owner") is False
    finally:
        keyring.set_keyring(previous)


def test_a_keyring_that_fails_on_use_is_unavailable_too():
    vault = KeyringVault(LockedKeyring())
    vault.check()  # the backend exists; it fails only when used
    with pytest.raises(VaultUnavailable, match="keyring") as caught:
        vault.set("https://x.example.com", "owner", "secret-token")
    assert "ServiceUnknown" in caught.value.reason and "secret-token" not in caught.value.reason
    with pytest.raises(VaultUnavailable):
        vault.get("https://x.example.com", "owner")


def test_memory_vault_never_touches_the_os_keyring(memory_keyring):
    vault = MemoryVault()
    vault.check()
    vault.set("https://x.example.com", "owner", "t")
    assert vault.get("https://x.example.com", "owner") == "t"
    vault.delete("https://x.example.com", "owner")
    assert vault.get("https://x.example.com", "owner") is None
    assert memory_keyring.calls == 0


# --- signing in, against the real sandbox --------------------------------------------------------
PASSWORD = "Pa55-word-" + uuid.uuid4().hex[:8]


@pytest.fixture
def staff(sandbox):
    """A staff account with a password no shop data could contain by chance."""
    owner = PlatformClient(sandbox.url)
    owner.sign_in("owner", "demo")
    owner.send("POST", "/v1/users", {"username": "lena", "password": PASSWORD, "role": "merchant",
                                      "display_name": "Lena Park"}, idempotency_key=uuid.uuid4().hex)
    owner.close()
    return sandbox


def test_sign_in_remembers_the_refresh_token_only_in_the_keyring(staff, memory_keyring):
    store = AccountStore()
    client, acc = sign_in(staff.url, "lena", PASSWORD, KeyringVault(), remember=True, store=store)
    try:
        assert client.me()["user"]["username"] == "lena"
        assert (acc.server, acc.username, acc.role, acc.display_name) == (staff.url, "lena", "merchant", "Lena Park")
        assert acc.shop_id == 1 and acc.shop_name
        assert acc.last_used.endswith("Z")
        session = client.session
        assert memory_keyring.entries == {(SERVICE, f"lena@{staff.url}"): session.refresh_token}
        assert store.accounts() == [acc]

        saved = store.path.read_text(encoding="utf-8")
        for secret in (PASSWORD, session.refresh_token, session.access_token):
            assert secret not in saved
        assert set(json.loads(saved)["accounts"][0]) == {
            "server", "username", "shop_id", "shop_name", "role", "display_name", "last_used"}
        leftovers = [p for p in store.path.parent.rglob("*") if p.is_file()]
        for path in leftovers:  # nothing else the app wrote holds a secret either
            data = path.read_bytes()
            assert PASSWORD.encode() not in data and session.refresh_token.encode() not in data, path
    finally:
        client.close()


def test_a_remembered_account_signs_in_again_and_keeps_the_rotated_token(staff, memory_keyring):
    store, vault = AccountStore(), KeyringVault()
    first, acc = sign_in(staff.url, "lena", PASSWORD, vault, remember=True, store=store)
    first_token = first.session.refresh_token
    first.close()

    admin(staff, "config", {"token_ttl": 1})
    client = resume(acc, vault, store=store)
    assert client is not None
    try:
        second_token = vault.get(staff.url, "lena")
        assert second_token == client.session.refresh_token != first_token
        assert store.get(staff.url, "lena").last_used >= acc.last_used

        time.sleep(1.2)  # the access token expires; the client refreshes it by itself
        assert client.me()["user"]["username"] == "lena"
        assert vault.get(staff.url, "lena") == client.session.refresh_token != second_token
    finally:
        client.close()


def test_a_wrong_password_stores_nothing(staff, memory_keyring):
    store = AccountStore()
    with pytest.raises(AuthError) as caught:
        sign_in(staff.url, "lena", "not-the-password", KeyringVault(), remember=True, store=store)
    assert caught.value.code == "invalid_credentials"
    assert memory_keyring.entries == {} and store.accounts() == []


def test_without_a_keyring_remembering_fails_clearly_and_not_remembering_works(staff, no_keyring):
    store = AccountStore()
    with pytest.raises(VaultUnavailable):
        sign_in(staff.url, "lena", PASSWORD, KeyringVault(), remember=True, store=store)
    assert store.accounts() == []

    client, acc = sign_in(staff.url, "lena", PASSWORD, KeyringVault(), remember=False, store=store)
    try:
        assert client.me()["user"]["role"] == "merchant"
        assert store.accounts() == [acc]
        assert resume(acc, MemoryVault()) is None, "nothing was remembered"
    finally:
        client.close()


def test_not_remembering_removes_an_earlier_remembered_token(staff, memory_keyring):
    vault = KeyringVault()
    client, _ = sign_in(staff.url, "lena", PASSWORD, vault, remember=True)
    client.close()
    assert memory_keyring.entries
    client, acc = sign_in(staff.url, "lena", PASSWORD, vault, remember=False)
    client.close()
    assert memory_keyring.entries == {}
    assert resume(acc, vault) is None


def test_the_demo_keeps_its_tokens_in_memory_and_never_touches_the_keyring(staff, memory_keyring):
    admin(staff, "config", {"token_ttl": 1})
    vault = MemoryVault()
    client, acc = sign_in(staff.url, "owner", "demo", vault, remember=True)
    try:
        time.sleep(1.2)
        assert client.me()["user"]["username"] == "owner"  # refreshed
        assert vault.get(staff.url, "owner") == client.session.refresh_token
        again = resume(acc, vault)
        assert again is not None
        again.close()
    finally:
        client.close()
    assert memory_keyring.calls == 0


def test_a_token_the_platform_no_longer_accepts_means_the_password_is_asked(staff, memory_keyring):
    vault = KeyringVault()
    acc = account("lena", server=staff.url)
    vault.set(staff.url, "lena", "expired-or-made-up")
    assert resume(acc, vault) is None
    assert memory_keyring.entries == {}, "the useless token is removed"


def test_an_unreachable_platform_is_reported_quickly(memory_keyring):
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(Unreachable):
        sign_in(f"http://127.0.0.1:{port}", "owner", "demo", KeyringVault(), remember=True)
    assert time.monotonic() - started < 15, "an interactive sign-in gives up after a few attempts"
    assert memory_keyring.entries == {}


def test_forgetting_an_account_removes_its_entry_and_token_and_names_its_cache(staff, memory_keyring):
    store, vault = AccountStore(), KeyringVault()
    client, acc = sign_in(staff.url, "lena", PASSWORD, vault, remember=True, store=store)
    client.close()
    other, _ = sign_in(staff.url, "owner", "demo", vault, remember=True, store=store)
    other.close()

    done = forget(acc, store, vault)
    assert done.token_removed
    assert done.cache_path == acc.cache_path() == cache_path(f"lena@{urlsplit(staff.url).netloc}", 1)
    assert [a.username for a in store.accounts()] == ["owner"]
    assert list(memory_keyring.entries) == [(SERVICE, f"owner@{staff.url}")]
    assert resume(acc, vault) is None
