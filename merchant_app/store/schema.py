"""The cache's schema revision: Alembic, driven from code.

There is no ``alembic.ini``: the configuration is built here, with ``script_location`` pointing
at the ``migrations`` package next to this module, so migrations run the same from a source
checkout, an installed package or a frozen bundle. The connection to migrate is handed to
``migrations/env.py`` through ``Config.attributes["connection"]``; env.py never opens one itself.

To add a revision after changing the models::

    python -m merchant_app.store.migrations new-revision "what changed"

then read the generated file in ``migrations/versions/`` and correct it by hand.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any, Final

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from merchant_app.config import package_dir
from merchant_app.models import Base
from merchant_app.store.errors import CacheTooNewError
from merchant_app.store.search import is_search_table

MIGRATIONS_DIR: Final = package_dir() / "store" / "migrations"

def _is_model_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Search index tables (FTS5, created by SQL in a migration) are not models: leave them out."""
    return not (type_ == "table" and name is not None and is_search_table(name))


MIGRATION_OPTIONS: Final[dict[str, Any]] = {
    # SQLite cannot ALTER most things in place: batch mode recreates the table and copies the rows.
    "render_as_batch": True,
    "compare_type": True,
    "include_object": _is_model_object,
}
"""Options of every migration context, shared by env.py and ``schema_differences`` so that the
test comparing models and migrations sees exactly what autogenerate would."""


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the cache's migrations, optionally carrying the connection to use."""
    config = Config()
    # ConfigParser interpolates "%": escape it, a user's home directory may contain one.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this version of the app knows (the migrations form one line)."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations in {MIGRATIONS_DIR}")
    return head


def known_revisions() -> set[str]:
    """Every schema revision this version of the app can migrate from."""
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision the cache on ``connection`` is at; None for a new, empty file."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_schema(connection: Connection, revision: str = "head") -> None:
    """Run the migrations on ``connection`` up to ``revision``, inside the caller's transaction.

    Raises ``CacheTooNewError`` when the cache is at a revision this app does not know: a newer
    version of the app migrated it, and running older code on it could lose data.
    """
    current = current_revision(connection)
    if current is not None and current not in known_revisions():
        raise CacheTooNewError(
            Path(connection.engine.url.database or ""),
            f"This cache was last opened by a newer version of Merchant Console (schema {current}): "
            "update the app to open it.",
            revision=current,
        )
    command.upgrade(alembic_config(connection), revision)


def schema_differences(connection: Connection) -> list[Any]:
    """What autogenerate would still write for the database on ``connection``: empty when the
    migrations create exactly the tables, columns, types, indexes and constraints of the models."""
    context = MigrationContext.configure(connection, opts=dict(MIGRATION_OPTIONS))
    return list(compare_metadata(context, Base.metadata))


def write_revision(message: str) -> Path:
    """Autogenerate the next revision (``0002_...``) from the difference between head and the models.

    The comparison runs against a throw-away cache migrated to head. Returns the new file, which
    still has to be reviewed by hand.
    """
    from merchant_app.store.engine import migrate_cache, migration_engine  # the engine module imports this one

    numbers = [int(rev) for rev in known_revisions() if re.fullmatch(r"\d+", rev)]
    next_id = f"{max(numbers, default=0) + 1:04d}"
    with tempfile.TemporaryDirectory() as scratch:
        scratch_cache = Path(scratch) / "head.sqlite"
        migrate_cache(scratch_cache)
        engine = migration_engine(scratch_cache)
        try:
            with engine.begin() as connection:
                script = command.revision(
                    alembic_config(connection), message=message, autogenerate=True, rev_id=next_id
                )
        finally:
            engine.dispose()
    if script is None or isinstance(script, list):
        raise RuntimeError("Alembic did not write exactly one revision")
    return Path(script.path)
