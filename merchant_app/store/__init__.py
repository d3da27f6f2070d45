"""The local cache's storage: the SQLite engine, one file per account and shop, and its migrations.

``open_cache(cache_path(account, shop_id))`` is how the app gets the engine of a cache: the file
is created when missing and migrated to the newest schema before the engine is returned.
"""

from __future__ import annotations

from merchant_app.store.engine import cache_path, create_cache_engine, migrate_cache, open_cache, write_transaction
from merchant_app.store.errors import CacheOpenError, CacheTooNewError, CacheUnreadableError

__all__ = [
    "CacheOpenError",
    "CacheTooNewError",
    "CacheUnreadableError",
    "cache_path",
    "create_cache_engine",
    "migrate_cache",
    "open_cache",
    "write_transaction",
]
