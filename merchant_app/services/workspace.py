"""A signed-in user on one shop: the cache, the platform client, the sync engine and who acts.

The window (and the CLI, and the tests) holds one :class:`Workspace` per open shop. Everything a
view does to data goes through :meth:`Workspace.perform`, which runs the service and nudges the
sync engine to push; reading goes through the cache engine with ``store.queries``.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, select

from ..models import Base
from ..platform.client import PlatformClient
from ..store.backup import cache_of, save_outbox
from ..store.errors import DISK_FULL_MESSAGE, is_disk_full
from ..sync.engine import SyncEngine
from ..sync.events import Broadcaster
from ..sync.mapping import read_record
from .edits import Actor, Changes, ServiceError, perform, perform_all, undo
from .permissions import allowed

OUTBOX = Base.metadata.tables["outbox"]


UNDO_GRACE_SECONDS = 10.0
"""How long a bulk change waits before it is sent, so that it can be undone."""


log = logging.getLogger(__name__)


@contextlib.contextmanager
def _disk_full_refused() -> Iterator[None]:
    """A change the cache had no room for was rolled back whole: say so as a refusal, code ``disk_full``."""
    try:
        yield
    except ServiceError:
        raise
    except Exception as err:
        if is_disk_full(err):
            raise ServiceError("disk_full", DISK_FULL_MESSAGE) from err
        raise


@dataclass
class Workspace:
    engine: Engine
    client: PlatformClient
    actor: Actor
    shop: dict[str, Any]
    sync: SyncEngine
    changes: Broadcaster = field(default_factory=Broadcaster)
    """Every successful local change, as :class:`Changes`, for the views to reload the rows touched."""
    outbox_copy_error: str | None = None
    """Why the last copy of the unsent edits beside the cache could not be written (None: it was)."""

    @classmethod
    def open(cls, engine: Engine, client: PlatformClient, *, feed_timeout: float = 25.0, **sync_options) -> Workspace:
        me = client.me()
        actor = Actor(me["user"]["username"], me["user"]["role"])
        sync = SyncEngine(engine, client, feed_timeout=feed_timeout, **sync_options)
        return cls(engine, client, actor, me.get("shop") or {}, sync)

    def on(self, engine: Engine) -> Workspace:
        """The same user, shop and platform client on another cache (a restored backup): a new sync
        engine with the same settings, not started. Stop this workspace's sync first."""
        return Workspace(engine, self.client, self.actor, self.shop, SyncEngine(engine, self.client,
                                                                                **self.sync.options))

    def may(self, permission: str) -> bool:
        return allowed(self.actor.role, permission)

    def perform(self, action: str, record_id: int, **params: Any) -> Changes:
        """One change through the services layer (raises ServiceError, changing nothing, when refused)."""
        with _disk_full_refused():
            changes = perform(self.engine, self.actor, action, record_id, **params)
        self._keep_outbox()
        self.changes.emit(changes)
        self.sync.push_soon()
        return changes

    def _keep_outbox(self) -> None:
        """The unsent edits, saved apart from the cache after every change (store.backup). The change
        itself is in the cache by then: a copy that cannot be written (a full disk) does not undo it;
        ``outbox_copy_error`` says why until a later copy succeeds (the previous copy stays whole)."""
        if self.engine.url.database not in (None, "", ":memory:"):
            try:
                save_outbox(self.engine, cache_of(self.engine))
            except OSError as err:
                self.outbox_copy_error = (
                    "The disk is full: the change is saved in the cache and will be sent, but its safety copy "
                    "could not be written. Free some space on this computer." if is_disk_full(err)
                    else f"The change is saved in the cache and will be sent, but its safety copy could not be "
                         f"written: {err.strerror or err}.")
                log.warning("outbox copy not written: %s", err)
            else:
                self.outbox_copy_error = None

    def perform_all(self, steps: list[tuple[str, int, dict[str, Any]]], hold_seconds: float = 0.0) -> list[Changes]:
        """Several changes, all or none (see ``edits.perform_all``)."""
        with _disk_full_refused():
            done = perform_all(self.engine, self.actor, steps, hold_seconds)
        self._keep_outbox()
        for changes in done:
            self.changes.emit(changes)
        self.sync.push_soon()
        return done

    def undo(self, keys: list[str]) -> list[Changes]:
        """Take back changes not sent yet (see ``edits.undo``)."""
        with _disk_full_refused():
            done = undo(self.engine, self.actor, keys)
        self._keep_outbox()
        for changes in done:
            self.changes.emit(changes)
        return done

    def pending_keys(self, keys: list[str]) -> int:
        """How many of these changes are still waiting to be sent (so can still be undone)."""
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(OUTBOX).where(
                OUTBOX.c.idempotency_key.in_(keys), OUTBOX.c.state == "pending")).scalar_one()

    def record(self, resource: str, record_id: int) -> dict | None:
        """A record as the cache holds it now (with local edits applied)."""
        with self.engine.connect() as conn:
            return read_record(conn, resource, record_id)

    def unsynced(self, resource: str, record_id: int) -> int:
        """How many local changes of this record the platform has not accepted yet."""
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(OUTBOX).where(
                OUTBOX.c.resource == resource, OUTBOX.c.record_id == record_id,
                OUTBOX.c.state.in_(("pending", "in_flight", "conflict")))).scalar_one()

    def close(self) -> None:
        self.sync.stop()
        self.client.close()
        self.engine.dispose()
