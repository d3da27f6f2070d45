"""Where each cache file lives, and how it is opened.

One SQLite file per account and shop, under ``<data dir>/caches/``. ``open_cache`` is the way in:
it creates the file when missing, migrates it to the newest schema, and returns an engine whose
connections use WAL (readers never block the writer), ``synchronous=NORMAL`` (durable across
application crashes; a power cut may lose the last transactions, which the next sync pulls again),
enforced foreign keys and a busy timeout.

Data at rest: a cache opened with a ``key`` (32 random bytes, kept in the OS keyring by
``merchant_app.accounts``) is a SQLCipher file — every page, the WAL included, encrypted with
AES-256 and authenticated — so customers' names, addresses and messages are unreadable without it.
The key is given as a raw key (``PRAGMA key = "x'…'"``: no key derivation on each connection) before
any other statement on every connection. A plain cache from an earlier version is converted on its
first keyed open (``sqlcipher_export``) and the plain file removed. ``cache_key(path)`` is the key
the cache at ``path`` was opened with in this process (backups use it).
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import ConnectionPoolEntry, NullPool
from sqlcipher3 import dbapi2 as sqlcipher

from merchant_app.config import data_dir
from merchant_app.store.errors import CacheUnreadableError
from merchant_app.store.schema import current_revision, head_revision, upgrade_schema

BUSY_TIMEOUT_MS: Final = 10_000
"""How long a connection waits for another one's write lock before giving up with "database is locked"."""

CACHES_DIR_NAME: Final = "caches"

_READABLE_PART_LENGTH: Final = 64
_UNREADABLE_FILE_ERRORS: Final = frozenset({"SQLITE_NOTADB", "SQLITE_CORRUPT"})
KEY_BYTES: Final = 32
"""SQLCipher's raw key: AES-256."""
PLAIN_HEADER: Final = b"SQLite format 3\x00"
ENCRYPTED_CACHE_KIB: Final = 32_768
"""SQLite's page cache per connection of an encrypted cache (the default is 2 MiB)."""

_keys: dict[Path, bytes] = {}


def new_key() -> bytes:
    """A fresh random key for a new cache."""
    return os.urandom(KEY_BYTES)


def cache_key(path: str | os.PathLike[str]) -> bytes | None:
    """The key the cache at ``path`` was opened with in this process; ``None`` for a plain cache."""
    return _keys.get(Path(path).resolve())


def remember_key(path: str | os.PathLike[str], key: bytes | None) -> None:
    if key is None:
        _keys.pop(Path(path).resolve(), None)
    else:
        _keys[Path(path).resolve()] = key


def key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError(f"a cache key is {KEY_BYTES} bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: str | os.PathLike[str], key: bytes | None, *, uri: bool = False) -> sqlcipher.Connection:
    """A DB-API connection on a cache file (plain when ``key`` is ``None``), keyed before anything else."""
    conn = sqlcipher.connect(os.fspath(path), uri=uri)
    if key is not None:
        conn.execute(key_pragma(key))
    return conn


def is_plain(path: str | os.PathLike[str]) -> bool:
    """Whether the file starts with SQLite's plain header (an encrypted file starts with random salt)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def encrypt_plain_cache(path: str | os.PathLike[str], key: bytes) -> None:
    """Turn the plain cache at ``path`` into an encrypted one with ``key`` (``sqlcipher_export``): the
    encrypted copy is written beside it, then replaces it; the plain file and its WAL are removed."""
    path = Path(path)
    partial = path.with_name(path.name + ".encrypting")
    partial.unlink(missing_ok=True)
    conn = sqlcipher.connect(os.fspath(path), isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ATTACH DATABASE ? AS encrypted KEY \"x'" + key.hex() + "'\"", (os.fspath(partial),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    os.replace(partial, path)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def cache_path(account: str, shop_id: int | str) -> Path:
    """The cache file of one account on one shop: ``<data dir>/caches/<account>-<shop>.sqlite``.

    Both parts are made safe for file names on every platform: lower-case ASCII letters, digits,
    ``.`` and ``_`` are kept (and ``-`` in the account), anything else — and upper case, since
    macOS and Windows file names ignore case — turns the part into a readable stem plus ``~`` and
    a hash of the original, so that two different accounts never share a file. The shop part never
    contains ``-``, so the last ``-`` in the name always separates the two parts.
    """
    if not account:
        raise ValueError("an account name is required")
    shop = str(shop_id)
    if not shop:
        raise ValueError("a shop id is required")
    account_part = _file_name_part(account, keep="a-z0-9._-", fallback="account")
    shop_part = _file_name_part(shop, keep="a-z0-9._", fallback="shop")
    return data_dir() / CACHES_DIR_NAME / f"{account_part}-{shop_part}.sqlite"


def _file_name_part(text: str, *, keep: str, fallback: str) -> str:
    """``text`` itself when it only holds characters of ``keep``; otherwise a readable stem and a hash."""
    if re.fullmatch(f"[{keep}]+", text) and text[0] not in ".-" and len(text) <= _READABLE_PART_LENGTH:
        return text
    stem = re.sub(f"[^{keep}]+", "_", text.lower())[:_READABLE_PART_LENGTH].strip("._-") or fallback
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return f"{stem}~{digest}"


def create_cache_engine(path: str | os.PathLike[str], key: bytes | None = None) -> Engine:
    """An engine on the SQLite file at ``path`` with the cache's connection settings (see the module).

    It neither creates tables nor migrates: use ``open_cache`` for a cache the app works with.
    """
    engine = create_engine(_sqlite_url(path), module=sqlcipher)
    event.listen(engine, "connect", _configure(key, foreign_keys=True))
    return engine


def migration_engine(path: str | os.PathLike[str], key: bytes | None = None) -> Engine:
    """An engine for migrating the file at ``path``: foreign keys off, transactions that really cover DDL.

    SQLite's advice for schema changes is to turn foreign key enforcement off (a table rebuilt by
    batch mode is dropped and renamed, which enforcement would cascade or refuse) and to check
    ``PRAGMA foreign_key_check`` before committing. Python's sqlite3 module by default does not
    open a transaction before DDL, so a failed migration would leave half a schema; here
    SQLAlchemy emits ``BEGIN IMMEDIATE`` itself, so a migration commits entirely or not at all,
    holding the write lock from the start.
    """
    engine = create_engine(_sqlite_url(path), poolclass=NullPool, module=sqlcipher)
    event.listen(engine, "connect", _configure(key, foreign_keys=False))
    event.listen(engine, "begin", _begin_immediate)
    return engine


def migrate_cache(path: str | os.PathLike[str], revision: str = "head", key: bytes | None = None) -> None:
    """Create the cache file at ``path`` if missing and migrate it to ``revision``, in one transaction.

    Raises ``CacheTooNewError`` when a newer version of the app has migrated the file past any
    revision this one knows.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = migration_engine(path, key)
    try:
        with engine.begin() as connection:
            upgrade_schema(connection, revision)
            dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            if dangling:
                raise RuntimeError(f"migrating {path} to {revision} left rows pointing nowhere: {dangling[:5]}")
    finally:
        engine.dispose()


def open_cache(path: str | os.PathLike[str], key: bytes | None = None) -> Engine:
    """The engine of the cache at ``path``: created if missing, migrated to the newest schema first.

    With ``key`` the cache is encrypted (see the module); a plain one found there is converted first.

    Opening a cache that is already at the newest revision only reads its revision. Raises
    ``CacheUnreadableError`` when the file is not an SQLite database and ``CacheTooNewError`` when
    a newer version of the app wrote it; nothing is changed in either case.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if key is not None and is_plain(path):
        encrypt_plain_cache(path, key)
    engine = create_cache_engine(path, key)
    try:
        try:
            with engine.connect() as connection:
                revision = current_revision(connection)
        except DBAPIError as error:
            if getattr(error.orig, "sqlite_errorname", None) in _UNREADABLE_FILE_ERRORS:
                raise CacheUnreadableError(
                    path, f"{path} is not a Merchant Console cache or is damaged: {error.orig}"
                ) from error
            raise
        if revision != head_revision():
            migrate_cache(path, key=key)
    except BaseException:
        engine.dispose()
        raise
    remember_key(path, key)
    return engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the cache's write lock from its first statement (``BEGIN IMMEDIATE``).

    Python's sqlite3 begins transactions deferred: the lock is taken at the first write, so two
    services that read a value and then write from it could both read the same value (or one of
    them fail with "database is locked" when its snapshot went stale). A service that reads and
    then writes uses this instead of ``engine.begin()``: the second one waits (up to the busy
    timeout) and then reads what the first one committed. Readers are never blocked (WAL).
    """
    with engine.connect() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.rollback()
            raise
        conn.commit()


def _sqlite_url(path: str | os.PathLike[str]) -> URL:
    # URL.create, not an f-string: a path may hold characters a URL would give a meaning ("?", "%", "#").
    return URL.create("sqlite", database=os.fspath(path))


def _configure(key: bytes | None, *, foreign_keys: bool):
    pragma = key_pragma(key) if key is not None else None

    def configure(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        if pragma is not None:  # before any other statement, on every connection
            dbapi_connection.execute(pragma)
            # pages are decrypted when read into SQLite's own cache, so a larger one keeps scans (the
            # two-character LIKE search) from decrypting the same pages again: see docs/performance.md
            dbapi_connection.execute(f"PRAGMA cache_size=-{ENCRYPTED_CACHE_KIB}")
        if not foreign_keys:  # migrations: sqlite3 opens no transactions of its own; _begin_immediate does
            dbapi_connection.isolation_level = None
        _apply_pragmas(dbapi_connection, foreign_keys=foreign_keys)

    return configure


def _apply_pragmas(dbapi_connection: sqlite3.Connection, *, foreign_keys: bool) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    finally:
        cursor.close()


def _begin_immediate(connection: Connection, *_: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")
