"""Alembic's entry point for the cache's migrations.

Alembic runs this file for every command. It never opens a database: ``merchant_app.store``
passes the connection to migrate in ``config.attributes["connection"]``, already inside the
transaction the whole upgrade commits in.
"""

from __future__ import annotations

from alembic import context

from merchant_app.models import Base
from merchant_app.store.schema import MIGRATION_OPTIONS

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "the cache's migrations run through merchant_app.store (open_cache, migrate_cache, "
        "python -m merchant_app.store.migrations new-revision), which hand them a connection"
    )

context.configure(connection=connection, target_metadata=Base.metadata, **MIGRATION_OPTIONS)
with context.begin_transaction():
    context.run_migrations()
