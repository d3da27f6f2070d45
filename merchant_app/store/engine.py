"""Where each cache file lives, and how it is opened.

One SQLite file per account and shop, under ``<data dir>/caches/``. ``open_cache`` is the way in:
it creates the file when missing, migrates it to the newest schema, and returns an engine whose
connections use WAL (readers never block the writer), ``synchronous=NORMAL`` (durable across
application crashes; a power cut may lose the last transactions, which the next sync pulls again),
enforced foreign keys and a busy timeout.
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

from merchant_app.config import data_dir
from merchant_app.store.errors import CacheUnreadableError
from merchant_app.store.schema import current_revision, head_revision, upgrade_schema

BUSY_TIMEOUT_MS: Final = 10_000
"""How long a connection waits for another one's write lock before giving up with "database is locked"."""

CACHES_DIR_NAME: Final = "caches"

_READABLE_PART_LENGTH: Final = 64
_UNREADABLE_FILE_ERRORS: Final = frozenset({"SQLITE_NOTADB", "SQLITE_CORRUPT"})


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


def create_cache_engine(path: str | os.PathLike[str]) -> Engine:
    """An engine on the SQLite file at ``path`` with the cache's connection settings (see the module).

    It neither creates tables nor migrates: use ``open_cache`` for a cache the app works with.
    """
    engine = create_engine(_sqlite_url(path))
    event.listen(engine, "connect", _configure_cache_connection)
    return engine


def migration_engine(path: str | os.PathLike[str]) -> Engine:
    """An engine for migrating the file at ``path``: foreign keys off, transactions that really cover DDL.

    SQLite's advice for schema changes is to turn foreign key enforcement off (a table rebuilt by
    batch mode is dropped and renamed, which enforcement would cascade or refuse) and to check
    ``PRAGMA foreign_key_check`` before committing. Python's sqlite3 module by default does not
    open a transaction before DDL, so a failed migration would leave half a schema; here
    SQLAlchemy emits ``BEGIN IMMEDIATE`` itself, so a migration commits entirely or not at all,
    holding the write lock from the start.
    """
    engine = create_engine(_sqlite_url(path), poolclass=NullPool)
    event.listen(engine, "connect", _configure_migration_connection)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def migrate_cache(path: str | os.PathLike[str], revision: str = "head") -> None:
    """Create the cache file at ``path`` if missing and migrate it to ``revision``, in one transaction.

    Raises ``CacheTooNewError`` when a newer version of the app has migrated the file past any
    revision this one knows.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = migration_engine(path)
    try:
        with engine.begin() as connection:
            upgrade_schema(connection, revision)
            dangling = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            if dangling:
                raise RuntimeError(f"migrating {path} to {revision} left rows pointing nowhere: {dangling[:5]}")
    finally:
        engine.dispose()


def open_cache(path: str | os.PathLike[str]) -> Engine:
    """The engine of the cache at ``path``: created if missing, migrated to the newest schema first.

    Opening a cache that is already at the newest revision only reads its revision. Raises
    ``CacheUnreadableError`` when the file is not an SQLite database and ``CacheTooNewError`` when
    a newer version of the app wrote it; nothing is changed in either case.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_cache_engine(path)
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
            migrate_cache(path)
    except BaseException:
        engine.dispose()
        raise
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


def _configure_cache_connection(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    _apply_pragmas(dbapi_connection, foreign_keys=True)


def _configure_migration_connection(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    dbapi_connection.isolation_level = None  # sqlite3 opens no transactions of its own; _begin_immediate does
    _apply_pragmas(dbapi_connection, foreign_keys=False)


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
