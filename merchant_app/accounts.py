"""Accounts the console knows, and where their sign-in is kept.

An :class:`Account` is one user on one platform (server URL + username; the platform ties a user
to one shop). The list of known accounts lives in ``accounts.json`` under the app's data directory
and holds no secret at all: no password, no token. The refresh token that lets the console sign in
again without the password goes to a :class:`TokenVault`:

- :class:`KeyringVault`: the operating system's password store (Keychain, Windows Credential
  Locker, Secret Service/KWallet) through ``keyring``; service ``merchant-console``, one entry per
  server and username. Where no usable keyring exists it raises :class:`VaultUnavailable`, whose
  message tells the user what happened and what to do, and the caller offers to continue without
  remembering.
- :class:`MemoryVault`: tokens kept in this process only (the demo, "don't remember me"); it
  never touches the OS keyring.

:func:`sign_in`, :func:`resume` and :func:`forget` are the ways in and out. Core code: no Qt.
Nothing here logs a password or a token.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol, runtime_checkable
from urllib.parse import urlsplit

from merchant_app.config import data_dir
from merchant_app.platform.client import AuthError, PlatformClient, Session, check_url

log = logging.getLogger(__name__)

SERVICE = "merchant-console"
"""The keyring service name of every entry the console writes."""

SETTINGS_FILE = "accounts.json"
SIGN_IN_ATTEMPTS = 3
"""Network attempts of an interactive sign-in: the user is waiting, so give up sooner than a sync."""


def _now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def normalize_server(text: str) -> str:
    """The platform URL as typed, with ``https://`` added when no scheme was given.

    Raises :class:`~merchant_app.platform.client.InsecureURL` (a ``ValueError``) for anything that
    is not http(s), and for plain http to another computer.
    """
    text = text.strip()
    if text and "://" not in text:
        text = "https://" + text
    return check_url(text)


# --- accounts --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Account:
    """A user on a platform, as remembered between runs. Never holds a secret."""

    server: str
    username: str
    shop_id: int
    shop_name: str = ""
    role: str = ""
    display_name: str = ""
    last_used: str = ""  # ISO 8601 UTC, as the cache writes its timestamps

    @property
    def key(self) -> tuple[str, str]:
        return (self.server, self.username)

    @property
    def label(self) -> str:
        """How a list of accounts shows this one: who, which shop, where."""
        who = self.display_name or self.username
        if self.display_name and self.display_name != self.username:
            who = f"{self.display_name} ({self.username})"
        shop = self.shop_name or f"#{self.shop_id}"
        return f"{who} — {shop} — {self.server}"

    def cache_path(self) -> Path:
        """The local cache file of this account's shop (``store.cache_path``). The account part names
        the platform too, so ``owner`` on two platforms' shop 1 never share a file."""
        from merchant_app.store import cache_path

        return cache_path(f"{self.username}@{urlsplit(self.server).netloc}", self.shop_id)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Account:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        account = cls(**values)
        if not isinstance(account.server, str) or not isinstance(account.username, str) \
                or not account.server or not account.username:
            raise ValueError("an account needs a server and a username")
        return replace(account, shop_id=int(account.shop_id))


class AccountStore:
    """The known accounts, most recently used first, in a JSON file written atomically.

    Safe to use from several threads. A file that cannot be read (hand-edited, truncated) is set
    aside as ``accounts.json.unreadable`` on the next write rather than silently lost.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else data_dir() / SETTINGS_FILE
        self._lock = threading.RLock()
        self._unreadable = False

    def accounts(self) -> list[Account]:
        """Every known account, the most recently used first."""
        with self._lock:
            return sorted(self._load(), key=lambda a: a.last_used, reverse=True)

    def get(self, server: str, username: str) -> Account | None:
        with self._lock:
            return next((a for a in self._load() if a.key == (server, username)), None)

    def last_used(self) -> Account | None:
        found = self.accounts()
        return found[0] if found else None

    def save(self, account: Account) -> None:
        """Add the account, or replace the one with the same server and username."""
        with self._lock:
            rest = [a for a in self._load() if a.key != account.key]
            self._write(rest + [account])

    def remove(self, server: str, username: str) -> bool:
        with self._lock:
            accounts = self._load()
            rest = [a for a in accounts if a.key != (server, username)]
            if len(rest) == len(accounts):
                return False
            self._write(rest)
            return True

    def _load(self) -> list[Account]:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        try:
            data = json.loads(raw)
            return [Account.from_json(item) for item in data["accounts"]]
        except (ValueError, KeyError, TypeError) as err:
            log.warning("The list of accounts in %s cannot be read (%s); starting from an empty list.",
                        self.path, err.__class__.__name__)
            self._unreadable = True
            return []

    def _write(self, accounts: list[Account]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._unreadable and self.path.exists():
            os.replace(self.path, self.path.with_name(self.path.name + ".unreadable"))
            self._unreadable = False
        payload = json.dumps({"version": 1, "accounts": [a.to_json() for a in accounts]},
                             ensure_ascii=False, indent=2)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(payload)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise


# --- token vaults ----------------------------------------------------------------------------
class VaultUnavailable(Exception):
    """The OS password store cannot be used. ``str()`` is a message for the user; ``reason`` is
    the technical cause, for support."""

    MESSAGE = ("This computer has no password store (keyring) that Merchant Console can use, so it "
               "cannot remember your sign-in. You can continue without remembering it: you will be "
               "asked for your password next time. To be remembered, install and unlock a keyring "
               "service (for example GNOME Keyring or KWallet on Linux) and sign in again.")

    def __init__(self, reason: str) -> None:
        super().__init__(self.MESSAGE)
        self.reason = reason


@runtime_checkable
class TokenVault(Protocol):
    """Where refresh tokens are kept, one per server and username."""

    persistent: bool  # survives the app quitting

    def check(self) -> None:
        """Raise :class:`VaultUnavailable` when tokens cannot be kept here."""

    def get(self, server: str, username: str) -> str | None: ...

    def set(self, server: str, username: str, token: str) -> None: ...

    def delete(self, server: str, username: str) -> None:
        """Remove the entry; no error when there is none."""


def _entry_name(server: str, username: str) -> str:
    return f"{username}@{server}"


class MemoryVault:
    """Tokens in this process only: the demo, and sign-ins the user chose not to remember."""

    persistent = False

    def __init__(self) -> None:
        self._tokens: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def check(self) -> None:
        return None

    def get(self, server: str, username: str) -> str | None:
        with self._lock:
            return self._tokens.get((server, username))

    def set(self, server: str, username: str, token: str) -> None:
        with self._lock:
            self._tokens[(server, username)] = token

    def delete(self, server: str, username: str) -> None:
        with self._lock:
            self._tokens.pop((server, username), None)


class KeyringVault:
    """The OS password store, through ``keyring``.

    ``backend`` defaults to whatever ``keyring.get_keyring()`` answers at the time of each call, so
    ``keyring.set_keyring`` (tests, a user's keyring configuration) is honoured.
    """

    persistent = True

    def __init__(self, backend=None, service: str = SERVICE) -> None:
        self._backend = backend
        self.service = service

    def backend(self):
        """The usable keyring backend, or :class:`VaultUnavailable`."""
        try:
            import keyring
            from keyring.backends import chainer, fail
        except Exception as err:  # keyring missing or broken in this installation
            raise VaultUnavailable(f"keyring cannot be imported: {err.__class__.__name__}: {err}") from err
        try:
            backend = self._backend or keyring.get_keyring()
        except Exception as err:
            raise VaultUnavailable(f"no keyring backend: {err.__class__.__name__}: {err}") from err
        if isinstance(backend, fail.Keyring):
            raise VaultUnavailable("no recommended keyring backend is installed (keyring.backends.fail)")
        if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
            raise VaultUnavailable("the keyring chainer has no usable backend")
        if type(backend).__module__ == "keyring.backends.null":
            raise VaultUnavailable("the keyring is switched off (keyring.backends.null)")
        return backend

    def check(self) -> None:
        self.backend()

    def get(self, server: str, username: str) -> str | None:
        backend = self.backend()
        try:
            return backend.get_password(self.service, _entry_name(server, username))
        except Exception as err:
            raise self._failed("read", err) from err

    def set(self, server: str, username: str, token: str) -> None:
        backend = self.backend()
        try:
            backend.set_password(self.service, _entry_name(server, username), token)
        except Exception as err:
            raise self._failed("write", err) from err

    def delete(self, server: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        backend = self.backend()
        try:
            backend.delete_password(self.service, _entry_name(server, username))
        except PasswordDeleteError:
            pass  # there was no entry
        except Exception as err:
            raise self._failed("delete", err) from err

    @staticmethod
    def _failed(what: str, err: Exception) -> VaultUnavailable:
        # the backend's own message never contains the token: keyring backends do not echo secrets
        return VaultUnavailable(f"the keyring failed to {what} an entry: {err.__class__.__name__}: {err}")


def drop_token(vault: TokenVault, server: str, username: str) -> bool:
    """Remove a stored token if the vault can; ``False`` when the vault could not be reached."""
    try:
        vault.delete(server, username)
    except VaultUnavailable as err:
        log.info("No token removed for %s on %s: %s", username, server, err.reason)
        return False
    return True


# --- signing in ------------------------------------------------------------------------------
def _keep_tokens(client: PlatformClient, vault: TokenVault, server: str, username: str) -> None:
    def on_session(session: Session) -> None:
        if session.refresh_token:
            try:
                vault.set(server, username, session.refresh_token)
            except VaultUnavailable as err:  # on a sync thread: the session itself still works
                log.warning("The new refresh token of %s could not be stored: %s", username, err.reason)

    client.on_session = on_session


def _account_of(client: PlatformClient, server: str, username: str) -> Account:
    session = client.session
    assert session is not None
    me = client.me()
    user = me.get("user") or {}
    shop = me.get("shop") or session.shop or {}
    return Account(server=server, username=user.get("username") or username, shop_id=int(shop.get("id", 0)),
                   shop_name=str(shop.get("name", "")), role=user.get("role") or session.role,
                   display_name=str(user.get("display_name") or ""), last_used=_now_iso())


@contextmanager
def _interactive(client: PlatformClient, attempts: int, cancelled: Callable[[], bool] | None):
    """While a person waits on a sign-in: few attempts, and Cancel works. On failure the client is
    closed; either way it goes back to the patience the sync expects of it afterwards."""
    patience, never = client.max_attempts, client.cancelled
    client.max_attempts, client.cancelled = attempts, cancelled or never
    try:
        yield
    except BaseException:
        client.close()
        raise
    finally:
        client.max_attempts, client.cancelled = patience, never


def sign_in(server: str, username: str, password: str, vault: TokenVault, remember: bool, *,
            store: AccountStore | None = None, cancelled: Callable[[], bool] | None = None,
            attempts: int = SIGN_IN_ATTEMPTS) -> tuple[PlatformClient, Account]:
    """Sign in with a password; returns the signed-in client and the account.

    ``remember``: keep the refresh token in ``vault`` (and every rotated one after it), so that
    :func:`resume` can sign in again without the password — with a :class:`MemoryVault` that lasts
    until the app quits. ``remember=False`` keeps no token and removes any stale one for this
    account from ``vault``.

    Raises ``InsecureURL`` (ValueError) before any network call for a refused URL,
    :class:`VaultUnavailable` (also before the network call when it can tell) when ``remember`` and
    the vault cannot be used, ``AuthError`` for a wrong username or password, ``Unreachable`` when
    the platform does not answer. With ``store``, the account is saved as the most recent one.
    """
    server = normalize_server(server)
    username = username.strip()
    if remember:
        vault.check()
    client = PlatformClient(server)
    with _interactive(client, attempts, cancelled):
        session = client.sign_in(username, password)
        account = _account_of(client, server, username)
        if remember:
            if session.refresh_token:
                vault.set(server, account.username, session.refresh_token)
            _keep_tokens(client, vault, server, account.username)
        else:
            drop_token(vault, server, account.username)
    if store is not None:
        store.save(account)
    return client, account


def resume(account: Account, vault: TokenVault, *, store: AccountStore | None = None,
           cancelled: Callable[[], bool] | None = None,
           attempts: int = SIGN_IN_ATTEMPTS) -> PlatformClient | None:
    """Sign in again with the account's stored refresh token; ``None`` when there is none or the
    platform no longer accepts it (the stale token is then removed): ask for the password.

    Raises :class:`VaultUnavailable` when the vault cannot be read, ``Unreachable`` when the
    platform does not answer. With ``store``, the account's details and last use are updated.
    """
    token = vault.get(account.server, account.username)
    if not token:
        return None
    client = PlatformClient(account.server)
    with _interactive(client, attempts, cancelled):
        try:
            session = client.resume(token, account.username)
        except AuthError:
            client.close()
            drop_token(vault, account.server, account.username)
            return None
        if session.refresh_token and session.refresh_token != token:
            vault.set(account.server, account.username, session.refresh_token)
        _keep_tokens(client, vault, account.server, account.username)
        fresh = _account_of(client, account.server, account.username)
    if store is not None:
        store.save(fresh)
    return client


# --- the cache's key -------------------------------------------------------------------------
CACHE_KEY_ENTRY = "cache-key"
"""The vault's "server" part of a cache key's entry; the "username" part is the cache file's stem."""


def cache_key(account: Account, vault: TokenVault) -> bytes:
    """The key of the account's encrypted cache (``store.engine``), made and stored in ``vault`` the
    first time. Raises :class:`VaultUnavailable` when the vault cannot be used."""
    return cache_key_of(account.cache_path(), vault)


def cache_key_of(cache: Path, vault: TokenVault, *, create: bool = True) -> bytes | None:
    """The key of the encrypted cache file ``cache`` in ``vault`` (one entry per cache file), made
    and stored when there is none and ``create``."""
    from merchant_app.store.engine import KEY_BYTES, new_key

    stem = cache.stem
    stored = vault.get(CACHE_KEY_ENTRY, stem)
    if stored:
        try:
            key = bytes.fromhex(stored)
        except ValueError:
            key = b""
        if len(key) == KEY_BYTES:
            return key
        log.warning("The stored key of %s is not a key; a new cache is made", stem)
    if not create:
        return None
    key = new_key()
    vault.set(CACHE_KEY_ENTRY, stem, key.hex())
    return key


@dataclass(frozen=True)
class Forgotten:
    """What :func:`forget` did."""

    account: Account
    cache_path: Path
    token_removed: bool  # False: the vault could not be reached; an old entry may remain there
    files_removed: tuple[Path, ...] = ()  # the cache, its WAL, outbox copy, backups
    key_removed: bool = False


def forget(account: Account, store: AccountStore, vault: TokenVault, *, remove_cache: bool = True) -> Forgotten:
    """Sign out and forget this shop: remove the account from the known accounts, its token and its
    cache's key from the vault and (``remove_cache``) the cache, its WAL, its outbox copy and its
    backups from disk. Edits not yet sent to the platform go with them. Every engine on the cache
    must be closed first."""
    from merchant_app.store.backup import remove_cache as remove_files

    store.remove(account.server, account.username)
    removed = drop_token(vault, account.server, account.username)
    files: list[Path] = []
    key_removed = False
    if remove_cache:
        files = remove_files(account.cache_path())
        key_removed = drop_token(vault, CACHE_KEY_ENTRY, account.cache_path().stem)
    return Forgotten(account, account.cache_path(), removed, tuple(files), key_removed)
