"""Why a cache file could not be opened. The caller decides what to tell the user and whether to
start a fresh cache: the cache only mirrors the platform, but its outbox may hold unsent changes."""

from __future__ import annotations

import errno
from pathlib import Path


class CacheOpenError(Exception):
    """The cache file at ``path`` cannot be used as it is."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


class CacheUnreadableError(CacheOpenError):
    """The file is not an SQLite database (or is damaged beyond SQLite's reading)."""


class CacheTooNewError(CacheOpenError):
    """The file was migrated by a newer version of the app, to a schema revision this version does not know."""

    def __init__(self, path: Path, message: str, revision: str) -> None:
        super().__init__(path, message)
        self.revision = revision


DISK_FULL_MESSAGE = "The disk is full: nothing was saved. Free some space on this computer and try again."


def is_disk_full(err: BaseException | None) -> bool:
    """Whether ``err`` (or what it wraps: SQLAlchemy's ``orig``, a ``__cause__``) is a full disk:
    SQLite's SQLITE_FULL — the disk, or the cache's ``max_page_count`` — or ENOSPC from the OS."""
    seen = 0
    while err is not None and seen < 8:
        if isinstance(err, OSError) and err.errno == errno.ENOSPC:
            return True
        if getattr(err, "sqlite_errorname", None) == "SQLITE_FULL" or "database or disk is full" in str(err):
            return True
        err = getattr(err, "orig", None) or err.__cause__
        seen += 1
    return False
