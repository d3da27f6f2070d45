"""Why a cache file could not be opened. The caller decides what to tell the user and whether to
start a fresh cache: the cache only mirrors the platform, but its outbox may hold unsent changes."""

from __future__ import annotations

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
